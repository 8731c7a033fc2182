"""Following the blog in real Material builds: the site feeds, the follow block and
newsletter form under every post, sharing metadata, and a site without site_url."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urljoin

import feedparser
import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.exceptions import Abort
from mkdocs.plugins import PluginCollection
from stay_tuned import following
from stay_tuned.site_feeds import SiteFeed

from tests.feeds import json_feed_problems, nulls
from tests.sitebuilder import BuiltSite, SiteProject, post

SITE = "https://example.org/blog-site/"
FIRST = "blog/2026/01/10/first-steps/"
SECOND = "blog/2026/01/20/second/"
FEEDS = (
    "feed_rss_created.xml",
    "feed_rss_updated.xml",
    "feed_json_created.json",
    "feed_json_updated.json",
)
# Contents do not matter for a file the build copies and measures.
PNG = "not really a PNG"


def _blog(project: SiteProject) -> None:
    # A site that turns on what these tests are about: rich feed excerpts, follow blocks.
    project.options().update({"feed_excerpts": True, "follow": True})
    project.config["plugins"][1]["blog"]["draft_if_future_date"] = True
    project.files["blog/posts/first.md"] = post(
        "First steps",
        "2026-01-10",
        """
        Intro with a [link to the second post](second.md) and ![a heart](heart.png).

        !!! tip "Try this"
            Say thank you today.

        <!-- more -->

        The rest of the article.
        """,
        categories=["Dating"],
        authors=["ann"],
        slug="first-steps",
    )
    project.files["blog/posts/second.md"] = post(
        "Second", "2026-01-20", slug="second", categories=["Trust", "Dating"], updated="2026-02-03"
    )
    project.files["blog/posts/heart.png"] = ""
    project.files["blog/posts/draft.md"] = post("Unfinished", "2026-01-15", draft=True)
    project.files["blog/posts/scheduled.md"] = post("Next year", "2099-01-01")
    project.config["plugins"][1]["blog"]["categories_allowed"] = ["Dating", "Trust"]


def rss(site: BuiltSite, name: str = "feed_rss_created.xml") -> Any:
    parsed = feedparser.parse(site.text(name))
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def json_feed(site: BuiltSite, name: str = "feed_json_created.json") -> Any:
    feed = site.json(name)
    assert json_feed_problems(feed) == []
    return feed


def head_tags(page: BeautifulSoup) -> dict[str, list[str]]:
    """`og:*`, `article:*` and `twitter:*` meta tags of the page's head."""
    assert page.head is not None
    found: dict[str, list[str]] = {}
    for meta in page.head.select("meta[property], meta[name]"):
        key = str(meta.get("property") or meta.get("name"))
        if key.split(":", 1)[0] in {"og", "article", "twitter"}:
            found.setdefault(key, []).append(str(meta["content"]))
    return found


def resolve(site: BuiltSite, page_url: str, href: str) -> Path:
    """The file a relative link on the page at `page_url` leads to."""
    absolute = urljoin(SITE + page_url, href)
    assert absolute.startswith(SITE), absolute
    return site.path(absolute[len(SITE) :])


def follow_block(site: BuiltSite, url: str) -> Tag:
    article = site.html(url).select_one("article.md-content__inner")
    assert article is not None
    (block,) = article.select("aside.st-follow")
    return block


# Site feeds ---------------------------------------------------------------------------


def test_every_feed_holds_each_published_post_once(project: SiteProject) -> None:
    _blog(project)
    site = project.build(strict=True)

    for name in FEEDS:
        if name.endswith(".xml"):
            titles = [entry.title for entry in rss(site, name).entries]
        else:
            titles = [item["title"] for item in json_feed(site, name)["items"]]
        # No draft, no scheduled post, no blog index/archive/category page.
        assert sorted(titles) == ["First steps", "Second"], name
    assert [e.title for e in rss(site).entries] == ["Second", "First steps"]
    # First steps has no `date.updated`: the rss plugin dates its update at the build.
    assert [e.title for e in rss(site, "feed_rss_updated.xml").entries] == [
        "First steps",
        "Second",
    ]


def test_feed_items_carry_dates_link_categories_and_rendered_excerpt(
    project: SiteProject,
) -> None:
    _blog(project)
    site = project.build()
    feed = rss(site)
    assert feed.feed.title == "Test Blog"
    assert feed.feed.image.href == SITE + "assets/images/favicon.png"  # the theme's favicon
    second, first = feed.entries
    assert first.link == first.id == SITE + FIRST
    assert first.published_parsed[:3] == (2026, 1, 10)
    assert [tag.term for tag in first.tags] == ["Dating"]
    assert first.author == "Ann Author"
    description = BeautifulSoup(first.summary, "html.parser")
    assert description.select_one("div.admonition.tip") is not None
    link = description.find("a", string="link to the second post")
    assert link is not None and link["href"] == SITE + SECOND
    img = description.select_one("img")
    # Material publishes a post's media under the blog folder; the URL leads there.
    assert img is not None and img["src"] == SITE + "blog/heart.png"
    assert site.path("blog/heart.png").is_file()
    assert "The rest of the article." not in description.get_text()
    assert [tag.term for tag in second.tags] == ["Dating", "Trust"]
    updated = {e.title: e for e in rss(site, "feed_rss_updated.xml").entries}["Second"]
    assert updated.published_parsed[:3] == (2026, 2, 3)

    items = {item["title"]: item for item in json_feed(site)["items"]}
    assert items["Second"]["date_published"] == "2026-01-20T00:00:00+00:00"
    assert items["Second"]["date_modified"] == "2026-02-03T00:00:00+00:00"
    assert items["First steps"]["url"] == SITE + FIRST
    assert items["First steps"]["tags"] == ["Dating"]
    assert items["First steps"]["authors"] == [{"name": "Ann Author"}]
    assert "image" not in items["First steps"]
    channel = json_feed(site)
    assert channel["icon"] == SITE + "assets/images/favicon.png"
    assert channel["title"] == "Test Blog"


def test_generated_pages_never_reach_the_feeds_even_with_a_broad_match_path(
    project: SiteProject,
) -> None:
    _blog(project)
    project.options("rss")["match_path"] = ".*"
    site = project.build()
    assert site.path("blog/category/dating/").is_file()  # the pages exist ...
    titles = {item["title"] for item in json_feed(site)["items"]}
    # ... but only posts and the site's own pages are items.
    assert titles == {"First steps", "Second", "Home"}


def test_front_matter_text_is_escaped_in_the_feeds(project: SiteProject) -> None:
    project.config["site_name"] = "Tom & Jerry's <blog>"
    project.config["plugins"][1]["blog"]["categories_allowed"] = ["Love & Trust"]
    project.files["blog/.authors.yml"] = (
        'authors:\n  ann:\n    name: "Ann & Bob <x>"\n    description: W\n'
        "    avatar: https://example.org/a.png\n"
    )
    project.files["blog/posts/a.md"] = post(
        'Fish & Chips "é" <3',
        "2026-01-02",
        categories=["Love & Trust"],
        authors=["ann"],
        updated="2026-01-02",
    )
    project.files["blog/posts/b.md"] = post(
        "B", "2026-01-03", slug="b", updated="2026-01-03"
    ).replace("slug: b", "slug: b\ntitle: 'Title & <b>\"front matter\"</b>'")
    site = project.build()
    for name in FEEDS[:2]:
        feed = rss(site, name)
        assert feed.feed.title == "Tom & Jerry's <blog>"
        assert feed.feed.image.title == "Tom & Jerry's <blog>"
        b, a = feed.entries
        assert a.title == 'Fish & Chips "é" <3'
        assert b.title == 'Title & <b>"front matter"</b>'
        assert [tag.term for tag in a.tags] == ["Love & Trust"]
        assert a.author == "Ann & Bob <x>"
    for name in FEEDS[2:]:
        feed = json_feed(site, name)
        assert feed["title"] == "Tom & Jerry's <blog>"
        b, a = feed["items"]
        assert a["title"] == 'Fish & Chips "é" <3'
        assert b["title"] == 'Title & <b>"front matter"</b>'
        assert a["tags"] == ["Love & Trust"]
        assert a["authors"] == [{"name": "Ann & Bob <x>"}]


@pytest.fixture
def series_categories(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand in for a feature that adds categories to feed items (the series)."""
    original = following.Following.__init__

    def init(self: following.Following, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.feed_categories.append(lambda post: ["Dating", f"Series: {post.title} & co"])

    monkeypatch.setattr(following.Following, "__init__", init)


@pytest.mark.usefixtures("series_categories")
def test_features_add_categories_to_feed_items(project: SiteProject) -> None:
    _blog(project)
    site = project.build(command="serve")
    site = project.build(command="serve")  # a rebuild adds them once, not twice
    first = rss(site).entries[1]
    assert [tag.term for tag in first.tags] == ["Dating", "Series: First steps & co"]
    items = {item["title"]: item for item in json_feed(site)["items"]}
    assert items["First steps"]["tags"] == ["Dating", "Series: First steps & co"]
    assert items["Second"]["tags"] == ["Dating", "Trust", "Series: Second & co"]


def test_post_images_reach_feeds_and_sharing_tags(
    project: SiteProject, plugin_warnings: Any
) -> None:
    project.files["blog/posts/cover.png"] = PNG
    project.files["assets/shared.png"] = ""
    project.files["blog/posts/a.md"] = post("A", "2026-01-01", slug="a", image="cover.png")
    project.files["blog/posts/b.md"] = post("B", "2026-01-02", slug="b", image="/assets/shared.png")
    project.files["blog/posts/c.md"] = post(
        "C", "2026-01-03", slug="c", image="https://cdn.example.org/c.jpg"
    )
    project.files["blog/posts/d.md"] = post("D", "2026-01-04", slug="d", image="missing.png")
    site = project.build()
    plugin_warnings.expect(r"'image: missing\.png' of blog/posts/d\.md names no file")

    expected = {
        "A": (SITE + "blog/cover.png", "image/png", str(len(PNG))),
        "B": (SITE + "assets/shared.png", "image/png", "0"),
        "C": ("https://cdn.example.org/c.jpg", "image/jpeg", "0"),
    }
    entries = {entry.title: entry for entry in rss(site).entries}
    for title, (url, media_type, length) in expected.items():
        (enclosure,) = entries[title].enclosures
        assert (enclosure.href, enclosure.type, enclosure.length) == (url, media_type, length)
        assert site.path(url[len(SITE) :]).is_file() or not url.startswith(SITE)
    assert entries["D"].enclosures == []

    items = {item["title"]: item for item in json_feed(site)["items"]}
    assert {t: items[t].get("image") for t in "ABCD"} == {
        "A": SITE + "blog/cover.png",
        "B": SITE + "assets/shared.png",
        "C": "https://cdn.example.org/c.jpg",
        "D": None,
    }
    tags = head_tags(site.html("blog/2026/01/01/a/"))
    assert tags["og:image"] == [SITE + "blog/cover.png"]
    assert tags["twitter:image"] == [SITE + "blog/cover.png"]
    assert tags["twitter:card"] == ["summary_large_image"]
    tags = head_tags(site.html("blog/2026/01/04/d/"))
    assert "og:image" not in tags and tags["twitter:card"] == ["summary"]


def test_a_malformed_image_is_a_clear_error(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    project.files["blog/posts/a.md"] = post("A", "2026-01-01", image=["a.png"])
    with pytest.raises(Abort):
        project.build()
    # MkDocs names the page ("Error reading page ..."), then prints the plugin's error.
    error = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR][-1]
    assert "front matter 'image' of blog/posts/a.md must be a path or a URL" in error
    assert "image: cover.jpg" in error


def test_serve_rebuilds_give_the_same_feeds_without_nulls(project: SiteProject) -> None:
    _blog(project)
    first = project.build(command="serve")
    before = {name: first.json(name) for name in FEEDS[2:]}
    second = project.build(command="serve")
    for name in FEEDS[2:]:
        after = second.json(name)
        assert nulls(after) == []
        assert after["items"] == before[name]["items"]
    # `mkdocs serve` renders drafts and scheduled posts; the feeds still leave them out.
    assert second.path("blog/2099/01/01/next-year/").is_file()
    assert [entry.title for entry in rss(second).entries] == ["Second", "First steps"]


# Follow block and newsletter form ---------------------------------------------------


def test_follow_links_close_every_post_and_resolve(project: SiteProject) -> None:
    project.options()["sign_off"] = "Thanks."
    _blog(project)
    site = project.build(strict=True)
    for url in (FIRST, SECOND):
        block = follow_block(site, url)
        # In the closing card, before the sign-off.
        assert block.parent is not None and "st-closing" in block.parent["class"]
        sign_off = block.find_next_sibling("aside")
        assert sign_off is not None and "st-sign-off" in sign_off["class"]
        title = block.select_one(".st-follow__title")
        assert title is not None and title.get_text() == "Follow this blog"
        assert block["aria-labelledby"] == title["id"]
        links = block.select("a.st-follow__feed")
        # One link for readers, RSS; the JSON Feed is for feed readers, in <head>.
        assert [(a.get_text(), a["type"]) for a in links] == [("RSS feed", "application/rss+xml")]
        head = site.html(url).head
        assert head is not None
        (json_link,) = head.select('link[rel="alternate"][type="application/feed+json"]')
        targets = [resolve(site, url, str(a["href"])) for a in [*links, json_link]]
        assert targets == [site.path("feed_rss_created.xml"), site.path("feed_json_created.json")]
        assert all(target.is_file() for target in targets)
        assert block.select("form") == []  # no form without the `subscribe` option
    # Only posts end with it; excerpts on the blog index do not carry it.
    for url in ("", "blog/"):
        assert site.html(url).select("aside.st-follow") == []


@pytest.mark.parametrize("name", ["material/social", "materialx/social"])
def test_an_image_among_the_social_plugins_cards_is_kept_without_a_warning(
    project: SiteProject, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Material's (or MaterialX's) social plugin makes its cards during the build, outside
    `docs`: a post whose `image` names its card keeps it in the feeds, and the build
    warns of nothing."""
    social = SimpleNamespace(
        config=SimpleNamespace(enabled=True, cards=True, cards_dir="assets/images/social")
    )
    original = following.Following.__init__

    def init(self: following.Following, config: Any, **kwargs: Any) -> None:
        # The social plugin needs fonts from the network: a stand-in with its options,
        # seen by this plugin only.
        plugins = config["plugins"]
        config["plugins"] = PluginCollection({**plugins, name: social})
        try:
            original(self, config, **kwargs)
        finally:
            config["plugins"] = plugins

    monkeypatch.setattr(following.Following, "__init__", init)
    card = "assets/images/social/blog/posts/a.png"
    project.files["blog/posts/a.md"] = post("A", "2026-01-01", slug="a", image=card)
    site = project.build(strict=True)
    (enclosure,) = rss(site).entries[0].enclosures
    assert (enclosure.href, enclosure.type, enclosure.length) == (SITE + card, "image/png", "0")


def test_the_card_does_not_repeat_the_feed_link_of_the_footer(project: SiteProject) -> None:
    # The site's footer (Material's `extra.social`, on every page) links the blog's RSS
    # feed: the closing card does not offer it a second time; the sign-off stays.
    project.options()["sign_off"] = "Thanks."
    project.config["extra"] = {
        "social": [
            {
                "icon": "fontawesome/solid/rss",
                "link": "/blog-site/feed_rss_created.xml",
                "name": "RSS",
            }
        ]
    }
    _blog(project)
    site = project.build(strict=True)
    for url in (FIRST, SECOND):
        page = site.html(url)
        assert page.select("aside.st-follow") == []
        footer = [a["href"] for a in page.select(".md-social a.md-social__link")]
        assert footer == ["/blog-site/feed_rss_created.xml"]
        card = page.select_one(".st-closing")
        assert card is not None and card.select_one("aside.st-sign-off") is not None


def test_follow_links_follow_renamed_feeds_and_file_urls(project: SiteProject) -> None:
    project.config["use_directory_urls"] = False
    project.options("rss")["feeds_filenames"] = {"rss_created": "news.xml"}
    project.options("rss")["json_feed_enabled"] = False
    _blog(project)
    site = project.build()
    url = "blog/2026/01/10/first-steps.html"
    links = follow_block(site, url).select("a.st-follow__feed")
    assert [a.get_text() for a in links] == ["RSS feed"]
    assert resolve(site, url, str(links[0]["href"])) == site.path("news.xml")
    assert site.path("news.xml").is_file()


SUBSCRIBE = {
    "action": "https://newsletter.example.org/subscribe?list=1&x=2",
    "email_field": "EMAIL",
    "hidden": {"tag": 'love "&" <dating>', "embed": 1},
}


def test_subscribe_form_works_without_javascript(project: SiteProject) -> None:
    project.options()["subscribe"] = SUBSCRIBE
    _blog(project)
    site = project.build(strict=True)
    page = site.html(FIRST)
    block = follow_block(site, FIRST)
    (form,) = block.select("form.st-subscribe")
    assert form["action"] == SUBSCRIBE["action"]
    assert form["method"] == "post"
    field = form.select_one("input.st-subscribe__input")
    assert field is not None
    assert (field["type"], field["name"], field["autocomplete"]) == ("email", "EMAIL", "email")
    assert field.has_attr("required")
    label = form.select_one("label.st-subscribe__label")
    assert label is not None and label["for"] == field["id"]
    assert label.get_text() == "Email address"
    assert len(page.select(f"#{field['id']}")) == 1  # the id is unique on the page
    hint = page.select_one(f"#{field['aria-describedby']}")
    assert hint is not None and hint.get_text() == "Get new articles by email."
    hidden = {str(i["name"]): i["value"] for i in form.select('input[type="hidden"]')}
    assert hidden == {"tag": 'love "&" <dating>', "embed": "1"}
    button = form.select_one('button[type="submit"]')
    assert button is not None and button.get_text() == "Subscribe"
    assert form.select("script") == [] and page.select("form script") == []
    # One way to follow: the form, without feed links beside it (the feeds stay in
    # <head> and in the site's footer).
    assert block.select("a.st-follow__feed") == []


def test_subscribe_labels_follow_the_site_language(project: SiteProject) -> None:
    project.config["theme"]["language"] = "fr"
    project.options()["subscribe"] = {"action": "https://x.example.org/s"}
    _blog(project)
    block = follow_block(project.build(), FIRST)
    assert block.select("a.st-follow__feed") == []  # the form is the way to follow
    hint = block.select_one(".st-subscribe__label")
    assert hint is not None and hint.get_text() == "Adresse e-mail"
    button = block.select_one("button")
    assert button is not None and button.get_text() == "S'abonner"
    title = block.select_one(".st-follow__title")
    assert title is not None and title.get_text() == "Suivre ce blog"


def test_subscribe_button_label_from_config(project: SiteProject) -> None:
    project.options()["subscribe"] = {"action": "https://x.example.org/s", "button": "Join <us>"}
    _blog(project)
    button = follow_block(project.build(), FIRST).select_one("button")
    assert button is not None and button.get_text() == "Join <us>"


@pytest.mark.parametrize(
    ("subscribe", "message"),
    [
        ({"email_field": "email"}, "Sub-option 'action': the URL your newsletter provider"),
        ({"action": "javascript:alert(1)"}, "Sub-option 'action': The URL isn't valid"),
        ({"action": "https://x.org/s", "hidden": ["list"]}, "Sub-option 'hidden'"),
    ],
)
def test_bad_subscribe_option_is_a_clear_error(
    project: SiteProject,
    caplog: pytest.LogCaptureFixture,
    subscribe: dict[str, Any],
    message: str,
) -> None:
    project.options()["subscribe"] = subscribe
    with pytest.raises(Abort):
        project.build()
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("Plugin 'stay-tuned' option 'subscribe'" in e and message in e for e in errors)


# Sharing metadata -------------------------------------------------------------------


def test_posts_carry_article_sharing_tags(project: SiteProject) -> None:
    project.files["blog/.authors.yml"] = (
        "authors:\n  ann:\n    name: Ann Author\n    description: W\n"
        "    avatar: https://example.org/a.png\n    url: https://example.org/ann/\n"
        "  bob:\n    name: Bob\n    description: W\n    avatar: https://example.org/b.png\n"
    )
    _blog(project)
    project.files["blog/posts/second.md"] = post(
        'Love & "Trust" <3 café',
        "2026-01-20",
        slug="second",
        categories=["Trust", "Dating"],
        authors=["ann", "bob"],
        description='Short & "sweet" <summary>',
        updated="2026-02-03",
    )
    site = project.build()

    tags = head_tags(site.html(SECOND))
    assert tags == {
        "og:type": ["article"],
        "og:title": ['Love & "Trust" <3 café'],
        "og:description": ['Short & "sweet" <summary>'],
        "og:url": [SITE + SECOND],
        "og:site_name": ["Test Blog"],
        "og:locale": ["en_US"],
        "article:published_time": ["2026-01-20T00:00:00+00:00"],
        "article:modified_time": ["2026-02-03T00:00:00+00:00"],
        "article:section": ["Trust"],
        "article:author": ["https://example.org/ann/", "Bob"],
        "article:tag": ["Trust", "Dating"],
        "twitter:card": ["summary"],
        "twitter:title": ['Love & "Trust" <3 café'],
        "twitter:description": ['Short & "sweet" <summary>'],
    }
    # Without a front-matter description, the excerpt as plain text.
    tags = head_tags(site.html(FIRST))
    assert tags["og:description"] == [
        "Intro with a link to the second post and . Try this Say thank you today."
    ]
    assert tags["article:author"] == ["https://example.org/ann/"]
    assert tags["article:modified_time"] == ["2026-01-10T00:00:00+00:00"]
    # One set of tags per page, in <head> only.
    page = site.html(FIRST)
    assert page.body is not None and page.body.select('meta[property^="og:"]') == []


def test_other_pages_are_websites_and_the_home_page_describes_the_site(
    project: SiteProject,
) -> None:
    project.config["site_name"] = "Tom & Jerry's </script><b>"
    project.files["about.md"] = "---\ndescription: About us & more\n---\n\n# About &amp; us\n"
    _blog(project)
    site = project.build()

    about = head_tags(site.html("about/"))
    assert about["og:type"] == ["website"]
    assert about["og:title"] == ["About & us"]
    assert about["og:description"] == ["About us & more"]
    assert about["og:url"] == [SITE + "about/"]
    assert "article:published_time" not in about
    blog = head_tags(site.html("blog/"))
    assert blog["og:type"] == ["website"] and blog["og:description"] == ["A blog for tests"]

    home = site.html("")
    tags = head_tags(home)
    assert tags["og:title"] == ["Tom & Jerry's </script><b>"]
    assert tags["og:url"] == [SITE]
    assert home.head is not None
    (script,) = home.head.select('script[type="application/ld+json"]')
    assert json.loads(script.get_text()) == {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": "Tom & Jerry's </script><b>",
        "url": SITE,
        "description": "A blog for tests",
    }
    assert "</script><b>" not in site.text("").split("application/ld+json", 1)[1].split("\n")[0]
    # Only the home page carries it.
    assert site.html("about/").select('script[type="application/ld+json"]') == []


# A site without site_url --------------------------------------------------------------


def _rss_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR and "stay_tuned" not in r.name
    ]


def test_without_site_url_one_warning_and_no_feeds_to_break(
    project: SiteProject, plugin_warnings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    del project.config["site_url"]
    _blog(project)
    site = project.build()
    warning = plugin_warnings.expect(r"'site_url' is not set in .*mkdocs\.yml")
    assert "site_url: https://example.org/blog/" in warning
    assert plugin_warnings.unexpected() == []
    assert _rss_errors(caplog) == []  # the rss plugin's own error is not logged

    for name in FEEDS:
        assert not site.path(name).exists()
    for url in ("", FIRST, "blog/"):
        page = site.html(url)
        assert page.select('link[rel="alternate"][type="application/rss+xml"]') == []
        assert page.select("aside.st-follow") == []
        assert "og:url" not in head_tags(page)
    assert head_tags(site.html(FIRST))["og:type"] == ["article"]


def test_without_site_url_the_form_is_still_offered(
    project: SiteProject, plugin_warnings: Any
) -> None:
    del project.config["site_url"]
    project.options()["subscribe"] = {"action": "https://x.example.org/s"}
    _blog(project)
    site = project.build()
    plugin_warnings.expect("'site_url' is not set")
    block = follow_block(site, FIRST)
    assert block.select("a") == [] and len(block.select("form")) == 1


def test_without_site_url_a_strict_build_fails(project: SiteProject, plugin_warnings: Any) -> None:
    del project.config["site_url"]
    _blog(project)
    with pytest.raises(Abort):
        project.build(strict=True)
    plugin_warnings.expect("'site_url' is not set")


def test_other_blocks_render_the_follow_template_with_their_own_feeds(
    project: SiteProject,
) -> None:
    project.options()["subscribe"] = {"action": "https://x.example.org/s"}
    _blog(project)
    site = project.build()
    follow = site.config.plugins["stay-tuned"]._build.following
    html = follow.follow_block(
        SimpleNamespace(url="blog/series/love/"),
        block_id="st-follow-series",
        heading="Follow this series",
        feeds=[SiteFeed("rss", "blog/series/love/feed_rss.xml")],
    )
    block = BeautifulSoup(html, "html.parser").select_one("aside.st-follow")
    assert block is not None
    assert block["aria-labelledby"] == "st-follow-series-title"
    title = block.select_one("#st-follow-series-title")
    assert title is not None and title.get_text() == "Follow this series"
    assert [a["href"] for a in block.select("a.st-follow__feed")] == ["feed_rss.xml"]
    label = block.select_one("label")
    assert label is not None and label["for"] == "st-follow-series-email"
