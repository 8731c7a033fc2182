import pytest
from stay_tuned import i18n


def test_base_language_strips_region_and_normalises_case() -> None:
    assert i18n.base_language("pt-BR") == "pt"
    assert i18n.base_language("FR_ca") == "fr"
    assert i18n.base_language(None) == "en"
    assert i18n.base_language("") == "en"
    assert i18n.base_language("not a language") == "en"


@pytest.mark.parametrize(
    ("language", "tag"),
    [
        ("pt-BR", i18n.LanguageTag("pt", None, "BR")),
        ("zh_hant_tw", i18n.LanguageTag("zh", "Hant", "TW")),
        ("zh-Hant", i18n.LanguageTag("zh", "Hant", None)),
        ("es-419", i18n.LanguageTag("es", None, "419")),
        ("ku-IQ", i18n.LanguageTag("ku", None, "IQ")),
        ("EN", i18n.LanguageTag("en")),
        ("english", i18n.LanguageTag("")),
        (None, i18n.LanguageTag("")),
    ],
)
def test_language_tag(language: str | None, tag: i18n.LanguageTag) -> None:
    assert i18n.language_tag(language) == tag


def test_labels_follow_language_with_english_fallback() -> None:
    assert i18n.labels_for("fr")["sign_off"] == "Mot de la fin"
    assert i18n.labels_for("ko")["sign_off"] == "Sign-off"
    assert i18n.labels_for(None)["sign_off"] == "Sign-off"


def test_the_languages_most_blogs_use_ship() -> None:
    assert {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja"} <= set(i18n.LABELS)


@pytest.mark.parametrize(
    ("language", "shipped", "follow"),
    [
        ("es", ["es"], "Sigue este blog"),
        ("pt-BR", ["pt"], "Siga este blog"),
        ("ja", ["ja"], "このブログをフォロー"),
        ("zh", ["zh"], "关注本博客"),
        ("zh-Hans", ["zh"], "关注本博客"),
        ("zh-CN", ["zh"], "关注本博客"),
        ("zh-Hant", ["zh", "zh-Hant"], "追蹤這個部落格"),
        ("zh-TW", ["zh", "zh-Hant"], "追蹤這個部落格"),
        ("zh_hk", ["zh", "zh-Hant"], "追蹤這個部落格"),
        ("en-GB", ["en"], "Follow this blog"),
        ("ko", [], "Follow this blog"),
    ],
)
def test_a_region_or_script_falls_back_to_the_bare_language(
    language: str, shipped: list[str], follow: str
) -> None:
    assert i18n.label_languages(language) == shipped
    assert i18n.labels_for(language)["follow"] == follow


def test_site_overrides_win_over_shipped_labels() -> None:
    assert i18n.labels_for("de", {"sign_off": "Tschüss"})["sign_off"] == "Tschüss"


def test_every_shipped_language_has_every_english_key() -> None:
    english = set(i18n.LABELS["en"])
    for language, labels in i18n.LABELS.items():
        assert set(labels) == english, language


def test_unknown_override_keys_are_reported() -> None:
    assert i18n.unknown_label_keys({"sign_off": "x", "sing_off": "y"}) == ["sing_off"]
