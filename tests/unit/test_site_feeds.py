import datetime
from pathlib import Path

import jinja2
import pytest
import yaml
from markupsafe import Markup
from stay_tuned import site_feeds

UTC = datetime.timezone.utc
NOW = datetime.datetime(2026, 6, 1, tzinfo=UTC)
PAST = datetime.datetime(2026, 5, 1, tzinfo=UTC)
FUTURE = datetime.datetime(2026, 7, 1, tzinfo=UTC)

CASES = yaml.safe_load(
    (Path(__file__).parent.parent / "cases" / "json_feed.yml").read_text(encoding="utf-8")
)


def test_site_feeds_follow_the_rss_plugin_options() -> None:
    feeds = site_feeds.site_feeds(
        rss_enabled=True, json_enabled=True, rss_path="news.xml", json_path="/feeds/news.json"
    )
    assert [(f.kind, f.path, f.media_type) for f in feeds] == [
        ("rss", "news.xml", "application/rss+xml"),
        ("json", "feeds/news.json", "application/feed+json"),
    ]
    assert site_feeds.site_feeds(
        rss_enabled=False, json_enabled=True, rss_path="a.xml", json_path="a.json"
    ) == [site_feeds.SiteFeed("json", "a.json")]


def test_missing_site_url_message_names_the_key_the_file_and_the_fix() -> None:
    message = site_feeds.missing_site_url_message("/site/mkdocs.yml", has_feeds=True)
    assert "'site_url' is not set in /site/mkdocs.yml" in message
    assert "the site's RSS and JSON feeds and the feeds of its series are not written" in message
    assert message.endswith("site_url: https://example.org/blog/")
    without = site_feeds.missing_site_url_message(None, has_feeds=False)
    assert "mkdocs.yml" in without
    assert "so the feeds of its series are not written" in without
    assert "RSS" not in without


def test_meta_categories_read_the_keys_like_the_rss_plugin() -> None:
    meta = {"categories": ["Trust", "Dating"], "tags": "love", "other": ["x"], "bad": 3}
    assert site_feeds.meta_categories(meta, ["categories", "tags", "bad"]) == [
        "Dating",
        "Trust",
        "love",
    ]
    assert site_feeds.meta_categories(meta, ()) == []


def test_text_as_html_escapes_plain_text() -> None:
    assert site_feeds.text_as_html('Fish & "chips" <3') == "<p>Fish &amp; &#34;chips&#34; &lt;3</p>"
    assert site_feeds.text_as_html("  ") == ""


@pytest.mark.parametrize(
    ("draft", "created", "future_is_draft", "published"),
    [
        (None, PAST, False, True),
        (None, FUTURE, False, True),  # Material publishes future posts unless told not to
        (None, FUTURE, True, False),  # scheduled
        (None, PAST, True, True),
        (True, PAST, False, False),
        (False, FUTURE, True, True),  # an explicit draft: false wins
    ],
)
def test_is_published_as_material_decides(
    draft: bool | None, created: datetime.datetime, future_is_draft: bool, published: bool
) -> None:
    assert (
        site_feeds.is_published(
            draft=draft, created=created, draft_if_future_date=future_is_draft, now=NOW
        )
        is published
    )


def test_plain_title_decodes_heading_entities_only() -> None:
    assert site_feeds.plain_title("Love &amp; Trust &lt;3", from_front_matter=False) == (
        "Love & Trust <3"
    )
    assert site_feeds.plain_title("AT&amp;T", from_front_matter=True) == "AT&amp;T"


def test_extra_categories_are_unique_trimmed_and_new() -> None:
    assert site_feeds.extra_categories(
        ["Dating"], ["Dating", "  First   dates ", "", "First dates", "Trust & Co"]
    ) == ["First dates", "Trust & Co"]


@pytest.mark.parametrize("template", ["{{ x }}", "{{ x|e }}", "{{ x | e }}"])
def test_xml_safe_text_is_escaped_once_whether_or_not_the_template_escapes(
    template: str,
) -> None:
    env = jinja2.Environment(autoescape=False)
    rendered = env.from_string(template).render(x=site_feeds.xml_safe('Tom & Jerry\'s <b> "é"'))
    assert rendered == "Tom &amp; Jerry&#39;s &lt;b&gt; &#34;é&#34;"


def test_image_candidates_next_to_the_post_then_from_docs() -> None:
    assert site_feeds.image_candidates("cover.png", "blog/posts/a.md") == [
        "blog/posts/cover.png",
        "cover.png",
    ]
    # Nothing outside the docs folder.
    assert site_feeds.image_candidates("../img/c.png", "blog/posts/a.md") == ["blog/img/c.png"]
    assert site_feeds.image_candidates("../../../c.png", "blog/posts/a.md") == []
    assert site_feeds.image_candidates("/assets/c.png", "blog/posts/a.md") == ["assets/c.png"]


def test_resolve_image() -> None:
    files = {"blog/posts/cover.png": ("blog/cover.png", 123), "assets/c.jpg": ("assets/c.jpg", 9)}
    site = "https://x.org/site/"
    assert site_feeds.resolve_image("cover.png", "blog/posts/a.md", site, files.get) == (
        site_feeds.FeedImage("https://x.org/site/blog/cover.png", "image/png", 123)
    )
    assert site_feeds.resolve_image(" /assets/c.jpg ", "blog/posts/a.md", site, files.get) == (
        site_feeds.FeedImage("https://x.org/site/assets/c.jpg", "image/jpeg", 9)
    )
    assert site_feeds.resolve_image(
        "https://cdn.org/i.webp?x=1", "blog/posts/a.md", site, files.get
    ) == site_feeds.FeedImage("https://cdn.org/i.webp?x=1", "image/webp", 0)
    assert site_feeds.resolve_image("gone.png", "blog/posts/a.md", site, files.get) is None


def test_enclosure_tuple_is_what_the_rss_template_reads() -> None:
    image = site_feeds.FeedImage("https://x.org/a.png", "image/png", 5)
    assert image.as_enclosure() == ("https://x.org/a.png", "image/png", 5)


@pytest.mark.parametrize(
    ("logo", "favicon", "expected"),
    [
        ("assets/logo.png", "assets/favicon.png", "https://x.org/s/assets/logo.png"),
        (
            "material/heart",
            "assets/images/favicon.png",
            "https://x.org/s/assets/images/favicon.png",
        ),
        (None, "https://cdn.org/f.png", "https://cdn.org/f.png"),
        (None, None, None),
        # RSS 2.0 channel images are GIF, JPEG or PNG: a raster favicon beats an SVG logo.
        ("images/logo.svg", "images/favicon.png", "https://x.org/s/images/favicon.png"),
        ("images/logo.svg", None, "https://x.org/s/images/logo.svg"),
        # A path with spaces becomes a URL (the theme resolves it the same way).
        (
            "images/icons/logo light transparent.svg",
            None,
            "https://x.org/s/images/icons/logo%20light%20transparent.svg",
        ),
        ("images/caf%C3%A9.png", None, "https://x.org/s/images/caf%C3%A9.png"),
    ],
)
def test_site_image_url(logo: str | None, favicon: str | None, expected: str | None) -> None:
    assert site_feeds.site_image_url("https://x.org/s/", logo=logo, favicon=favicon) == expected


def test_drop_nulls_walks_every_level() -> None:
    value = {"a": None, "b": [1, None, {"c": None, "d": 0, "authors": []}], "tags": [], "e": ""}
    assert site_feeds.drop_nulls(value) == {"b": [1, {"d": 0}], "e": ""}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_json_feeds(case: dict[str, object]) -> None:
    items = {
        url: site_feeds.FeedItemText(**text)  # type: ignore[arg-type]
        for url, text in dict(case.get("items") or {}).items()  # type: ignore[call-overload]
    }
    fixed = site_feeds.fix_json_feed(
        case["feed"],
        title=str(case["title"]),
        icon=case.get("icon"),  # type: ignore[arg-type]
        items=items,
    )
    assert fixed == case["expected"]


def test_xml_text_drops_what_xml_cannot_hold() -> None:
    assert site_feeds.xml_text("Form\ffeed and vertical\vtab") == "Form feed and vertical tab"
    assert site_feeds.xml_text("bell\x07 nul\x00 esc\x1b \ufffe\ud800") == "bell nul esc "
    assert site_feeds.xml_text("tab\tline\ncr\r é ✓") == "tab\tline\ncr\r é ✓"
    # C1 controls: feed readers show U+0085 as "…" and U+008C as "Œ" (Windows-1252).
    assert (
        site_feeds.xml_text("next\x85line oe\x8c del\x7f \xa0nbsp") == "next line oe del \xa0nbsp"
    )
    assert site_feeds.xml_safe("A\f& B") == Markup("A &amp; B")


@pytest.mark.parametrize(
    ("template", "written"),
    [("{{ x }}", "Tom's blog"), ("{{ x|e }}", "Tom&#39;s blog")],
)
def test_xml_safe_leaves_text_that_needs_no_escaping_to_the_template(
    template: str, written: str
) -> None:
    """Only what would break the feed is escaped ahead of the template: an apostrophe
    comes out as the rss plugin writes it without stay-tuned."""
    value = site_feeds.xml_safe("Tom's blog")
    assert not isinstance(value, Markup)
    rendered = jinja2.Environment(autoescape=False).from_string(template).render(x=value)
    assert rendered == written


def test_image_candidates_are_also_url_decoded() -> None:
    assert site_feeds.image_candidates("assets/r720%20on%20wall.webP", "blog/posts/a.md") == [
        "blog/posts/assets/r720%20on%20wall.webP",
        "assets/r720%20on%20wall.webP",
        "blog/posts/assets/r720 on wall.webP",
        "assets/r720 on wall.webP",
    ]


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        ("https://cdn.org/p.jpg?w=1200&h=630", True),
        ("HTTP://cdn.org/p.jpg", True),
        ("JAVASCRIPT://cdn.org/%0Aalert(1)", False),
        ("javascript:alert(1)", False),
        ("data:image/png;base64,AAAA", False),
        ("ftp://cdn.org/p.jpg", False),
    ],
)
def test_only_http_and_https_image_urls_are_accepted(value: str, accepted: bool) -> None:
    found = site_feeds.resolve_image(value, "blog/posts/a.md", "https://x.org/", lambda p: None)
    assert (found is not None) == accepted
    assert site_feeds.is_image_url(value) == accepted
    assert site_feeds.has_scheme(value)
    assert not site_feeds.has_scheme("assets/cover.jpg")


def test_site_url_is_needed_only_by_what_the_site_uses() -> None:
    assert site_feeds.site_url_needed_by(follow=False, feed_excerpts=False, series_file=None) == []
    assert site_feeds.site_url_needed_by(
        follow=True, feed_excerpts=True, series_file="blog/.series.yml"
    ) == ["follow", "feed_excerpts", "series (blog/.series.yml)"]
    message = site_feeds.missing_site_url_message(
        "mkdocs.yml", has_feeds=True, needed_by=["follow", "series (blog/.series.yml)"]
    )
    assert "'site_url' is not set in mkdocs.yml (needed by follow, series (blog/.series.yml))" in (
        message
    )
