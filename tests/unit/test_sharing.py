import datetime
import json
import re
from pathlib import Path

import material
import pytest
import yaml
from bs4 import BeautifulSoup
from stay_tuned import render, sharing

CASES = yaml.safe_load(
    (Path(__file__).parent.parent / "cases" / "sharing_description.yml").read_text(encoding="utf-8")
)
NASTY = 'Tom & Jerry\'s "<b>love</b>" — café </script>'


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_descriptions(case: dict[str, str]) -> None:
    assert sharing.description_for(None, case["html"], "fallback") == case["text"]


def test_description_prefers_front_matter_then_excerpt_then_site() -> None:
    assert sharing.description_for("  Own words. ", "<p>Excerpt</p>", "Site") == "Own words."
    assert sharing.description_for(None, "<p>Excerpt</p>", "Site") == "Excerpt"
    assert sharing.description_for(["not text"], "", "Site") == "Site"
    assert sharing.description_for(None, None, None) == ""


def test_shorten_keeps_short_text_and_never_exceeds_the_limit() -> None:
    assert sharing.shorten("  a  b ") == "a b"
    cut = sharing.shorten("x" * 500, limit=50)
    assert len(cut) == 50 and cut.endswith("…")
    assert sharing.shorten("one two, three", limit=10) == "one two…"


@pytest.mark.parametrize(
    ("language", "locale"),
    [
        ("en", "en_US"),
        ("fr", "fr_FR"),
        ("de", "de_DE"),
        ("pt-BR", "pt_BR"),
        ("en_gb", "en_GB"),
        ("pt", "pt_PT"),
        ("ja", "ja_JP"),
        ("zh", "zh_CN"),
        ("es", "es_ES"),
        ("it", "it_IT"),
        ("nl", "nl_NL"),
        ("pl", "pl_PL"),
        ("ru", "ru_RU"),
        ("zh-TW", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh-Hans", "zh_CN"),
        ("zh_Hant_HK", "zh_HK"),
        ("ku-IQ", "ku_IQ"),
        ("EN-us", "en_US"),
        ("eo", None),  # Esperanto: no territory to claim
        ("es-419", None),  # Latin America is not a country
        ("english", None),
        (None, None),
        ("", None),
    ],
)
def test_og_locale(language: str | None, locale: str | None) -> None:
    assert sharing.og_locale(language) == locale


MATERIAL_LANGUAGES = sorted(
    path.stem
    for path in (Path(material.__file__).parent / "templates/partials/languages").glob("*.html")
    if path.stem != "custom"
)


def test_every_material_language_gives_an_ll_cc_locale_or_none() -> None:
    assert len(MATERIAL_LANGUAGES) > 50
    locales = {language: sharing.og_locale(language) for language in MATERIAL_LANGUAGES}
    assert [language for language, locale in locales.items() if locale is None] == ["eo", "sh"]
    for language, locale in locales.items():
        assert locale is None or re.fullmatch(r"[a-z]{2,3}_[A-Z]{2}", locale), language
        assert locale is None or locale.startswith(language.split("-")[0] + "_"), language


def test_iso_datetime_takes_times_without_zone_as_utc() -> None:
    utc = datetime.timezone.utc
    assert sharing.iso_datetime(datetime.datetime(2026, 1, 2, 3, 4, tzinfo=utc)) == (
        "2026-01-02T03:04:00+00:00"
    )
    assert sharing.iso_datetime(datetime.datetime(2026, 1, 2)) == "2026-01-02T00:00:00+00:00"
    assert sharing.iso_datetime(datetime.date(2026, 1, 2)) == "2026-01-02T00:00:00+00:00"
    paris = datetime.timezone(datetime.timedelta(hours=1))
    assert sharing.iso_datetime(datetime.datetime(2026, 1, 2, 9, tzinfo=paris)).endswith("+01:00")


def test_author_reference_prefers_the_profile_url() -> None:
    assert sharing.author_reference({"name": "Ann", "url": "https://ann.org/"}) == (
        "https://ann.org/"
    )
    assert sharing.author_reference({"name": " Ann ", "url": None}) == "Ann"
    assert sharing.author_reference({}) is None


def test_json_ld_cannot_close_its_script_element() -> None:
    data = sharing.website_data(name=NASTY, url="https://x.org/?a=1&b=2", description="<!--")
    text = str(sharing.json_ld(data))
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text
    assert json.loads(text) == {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": NASTY,
        "url": "https://x.org/?a=1&b=2",
        "description": "<!--",
    }


def test_website_data_leaves_out_what_the_site_lacks() -> None:
    assert sharing.website_data(name="S", url=None, description="") == {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": "S",
    }


def render_head(share: sharing.Sharing, json_ld: list[object] | None = None) -> BeautifulSoup:
    html = render.Renderer([]).render("head-social.html", sharing=share, json_ld=json_ld or [])
    return BeautifulSoup(f"<head>{html}</head>", "html.parser")


def tags(head: BeautifulSoup) -> list[tuple[str, str]]:
    return [
        (str(meta.get("property") or meta.get("name")), str(meta["content"]))
        for meta in head.select("meta")
    ]


def test_article_tags() -> None:
    facts = sharing.PostFacts(
        title=NASTY,
        description=NASTY,
        published="2026-01-01T00:00:00+00:00",
        modified="2026-01-02T00:00:00+00:00",
        categories=("Love & Trust", "Dating"),
        authors=("Ann", "https://bob.org/"),
        image="https://x.org/cover.png",
    )
    share = sharing.post_sharing(facts, url="https://x.org/p/", site_name="S&S", locale="en_US")
    assert share.twitter_card == "summary_large_image"
    assert tags(render_head(share)) == [
        ("og:type", "article"),
        ("og:title", NASTY),
        ("og:description", NASTY),
        ("og:url", "https://x.org/p/"),
        ("og:site_name", "S&S"),
        ("og:locale", "en_US"),
        ("og:image", "https://x.org/cover.png"),
        ("article:published_time", "2026-01-01T00:00:00+00:00"),
        ("article:modified_time", "2026-01-02T00:00:00+00:00"),
        ("article:section", "Love & Trust"),
        ("article:author", "Ann"),
        ("article:author", "https://bob.org/"),
        ("article:tag", "Love & Trust"),
        ("article:tag", "Dating"),
        ("twitter:card", "summary_large_image"),
        ("twitter:title", NASTY),
        ("twitter:description", NASTY),
        ("twitter:image", "https://x.org/cover.png"),
    ]


def test_website_tags_without_url_or_image() -> None:
    share = sharing.page_sharing(
        title="About", description="", url=None, site_name="S", locale=None
    )
    assert share.twitter_card == "summary"
    assert tags(render_head(share)) == [
        ("og:type", "website"),
        ("og:title", "About"),
        ("og:site_name", "S"),
        ("twitter:card", "summary"),
        ("twitter:title", "About"),
    ]


def test_only_article_tags_when_materials_social_plugin_writes_the_others() -> None:
    facts = sharing.PostFacts(title="T", description="D", published="p", modified="m")
    share = sharing.post_sharing(
        facts, url="u", site_name="S", locale="en_US", article_tags_only=True
    )
    assert tags(render_head(share)) == [
        ("article:published_time", "p"),
        ("article:modified_time", "m"),
    ]


def test_json_ld_script_is_rendered_as_given() -> None:
    data = sharing.website_data(name=NASTY, url=None, description=None)
    share = sharing.page_sharing(title="H", description="", url=None, site_name="S", locale=None)
    head = render_head(share, [sharing.json_ld(data)])
    (script,) = head.select('script[type="application/ld+json"]')
    assert json.loads(script.get_text())["name"] == NASTY


def test_unique_keeps_order_and_drops_blanks() -> None:
    assert sharing.unique(["b", None, "a", "", "b"]) == ("b", "a")


def test_author_reference_makes_a_site_relative_profile_url_absolute() -> None:
    # Material's `authors_profiles` and hand-written `url: author/di/` are site-relative.
    ann = {"name": "Ann", "url": "author/ann/"}
    assert sharing.author_reference(ann, "https://example.org/blog/") == (
        "https://example.org/blog/author/ann/"
    )
    elsewhere = {"name": "Ann", "url": "https://ann.org/"}
    assert sharing.author_reference(elsewhere, "https://example.org/") == "https://ann.org/"


TRICKY_EXCERPT = (
    '<p class="st-series-label"><span>Part 2 of 5</span> · <a href="../s/">Love &amp; '
    'Trust</a></p>\n<h2 id="why">Why it matters<a class="headerlink" href="#why">¶</a>'
    "</h2>\n<p>Caf&eacute; talks &#8212; &#x2014; at 5&lt;6 <em>really</em> help.</p>"
    "<script>var x = '<p>no</p>';</script><!-- a comment -->\n"
    "<ul><li>One&nbsp;thing</li><li>Another   thing</li></ul><p>"
    + " ".join(f"word{n}" for n in range(80))
    + "</p>"
)


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 64, 1024])
def test_a_description_read_in_chunks_is_the_one_read_whole(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fed a chunk at a time (cut inside tags, entities, comments and scripts), the
    parser sees the same text; stopping once the text is long enough gives the same
    shortened description."""
    whole = sharing.html_to_text(TRICKY_EXCERPT)
    monkeypatch.setattr(sharing, "HTML_CHUNK", chunk)
    for enough in (10, 60, 200, len(whole) + 5):
        begun = sharing.html_to_text(TRICKY_EXCERPT, enough=enough)
        assert whole.startswith(begun)
        assert len(begun) > enough or begun == whole
        assert sharing.shorten(begun, enough) == sharing.shorten(whole, enough)
    assert sharing.description_for(None, TRICKY_EXCERPT, None) == sharing.shorten(whole)
    assert "Café talks — — at 5<6 really help." in whole and "no" not in whole.split()
