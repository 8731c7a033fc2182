from stay_tuned import i18n


def test_base_language_strips_region_and_normalises_case() -> None:
    assert i18n.base_language("pt-BR") == "pt"
    assert i18n.base_language("FR_ca") == "fr"
    assert i18n.base_language(None) == "en"
    assert i18n.base_language("") == "en"


def test_labels_follow_language_with_english_fallback() -> None:
    assert i18n.labels_for("fr")["sign_off"] == "Mot de la fin"
    assert i18n.labels_for("ja")["sign_off"] == "Sign-off"


def test_site_overrides_win_over_shipped_labels() -> None:
    assert i18n.labels_for("de", {"sign_off": "Tschüss"})["sign_off"] == "Tschüss"


def test_every_shipped_language_has_every_english_key() -> None:
    english = set(i18n.LABELS["en"])
    for language, labels in i18n.LABELS.items():
        assert set(labels) == english, language


def test_unknown_override_keys_are_reported() -> None:
    assert i18n.unknown_label_keys({"sign_off": "x", "sing_off": "y"}) == ["sing_off"]
