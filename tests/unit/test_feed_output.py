"""prepare_feeds and fix_json_feeds on mkdocs-rss-plugin's own data classes."""

import dataclasses
import datetime
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree

import feedparser
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup
from mkdocs_rss_plugin.models import MkdocsPageSubset, PageInformation, RssFeedBase
from stay_tuned import feed_output, site_feeds

POST = "https://x.org/blog/post/"
VIEW = "https://x.org/blog/archive/2026/"
PAGE = "https://x.org/about/"


def entry(url: str, title: str, **fields: Any) -> PageInformation:
    ref = MkdocsPageSubset(abs_src_path="a.md", dest_uri="a/", src_uri="a.md", meta={})
    return PageInformation(guid=url, link=url, title=title, _mkdocs_page_ref=ref, **fields)


def rss(*entries: PageInformation, logo: str | None = None) -> Any:
    return SimpleNamespace(
        pages_to_filter=list(entries),
        feed_created=RssFeedBase(title="Tom & Jerry", logo_url=logo),
        feed_updated=RssFeedBase(title="Tom & Jerry", logo_url=logo),
    )


def post(image: site_feeds.FeedImage | None = None, *, has_image_meta: bool = False) -> Any:
    return feed_output.FeedPost(
        title="Love & Trust <3",
        categories=("Dating",),
        image=image,
        has_image_meta=has_image_meta,
    )


def test_prepare_drops_pages_that_are_not_published_posts() -> None:
    plugin = rss(entry(POST, "x"), entry(VIEW, "Archive"), entry(PAGE, "About"))
    feed_output.prepare_feeds(
        plugin,
        posts={POST: post()},
        excluded={VIEW},
        extra_categories=lambda url: [],
        channel_image=None,
    )
    assert [e.guid for e in plugin.pages_to_filter] == [POST, PAGE]


def test_prepare_makes_titles_plain_and_unescaped_fields_xml_safe() -> None:
    plugin = rss(
        entry(POST, "Love &amp; Trust &lt;3", categories=["Dating"], authors=("Ann & Bob",))
    )
    prepared = feed_output.prepare_feeds(
        plugin,
        posts={POST: post()},
        excluded=(),
        extra_categories=lambda url: ["Series & Co", "Dating"],
        channel_image="https://x.org/logo.png",
    )
    (item,) = plugin.pages_to_filter
    assert item.title == "Love & Trust <3"  # the template escapes titles itself
    assert item.categories == [Markup("Dating"), Markup("Series &amp; Co")]
    assert item.authors == (Markup("Ann &amp; Bob"),)
    assert plugin.feed_created.title == Markup("Tom &amp; Jerry")
    assert plugin.feed_updated.logo_url == "https://x.org/logo.png"
    assert prepared.title == "Tom & Jerry"
    assert prepared.icon == "https://x.org/logo.png"
    assert prepared.items[POST] == site_feeds.FeedItemText(
        categories=["Dating", "Series & Co"], authors=["Ann & Bob"]
    )


def test_prepare_keeps_the_rss_plugins_own_channel_image() -> None:
    plugin = rss(logo="https://x.org/own.png")
    prepared = feed_output.prepare_feeds(
        plugin, posts={}, excluded=(), extra_categories=lambda url: [], channel_image="other"
    )
    assert plugin.feed_created.logo_url == prepared.icon == "https://x.org/own.png"


def test_prepare_sets_the_enclosure_of_posts_with_a_front_matter_image() -> None:
    image = site_feeds.FeedImage("https://x.org/c.png", "image/png", 12)
    plugin = rss(entry(POST, "T"), entry(PAGE, "About"))
    feed_output.prepare_feeds(
        plugin,
        posts={POST: post(image, has_image_meta=True)},
        excluded=(),
        extra_categories=lambda url: [],
        channel_image=None,
    )
    with_image, other = plugin.pages_to_filter
    assert with_image.image == ("https://x.org/c.png", "image/png", 12)
    assert with_image._mkdocs_page_ref is None  # the rss plugin will not compute it again
    assert other.image is None and other._mkdocs_page_ref is not None  # left to the rss plugin


def test_unresolved_front_matter_image_gives_no_enclosure() -> None:
    plugin = rss(entry(POST, "T"))
    feed_output.prepare_feeds(
        plugin,
        posts={POST: post(None, has_image_meta=True)},
        excluded=(),
        extra_categories=lambda url: [],
        channel_image=None,
    )
    assert plugin.pages_to_filter[0].image is None
    assert plugin.pages_to_filter[0]._mkdocs_page_ref is None


def test_fix_json_feeds_rewrites_the_files_that_exist(tmp_path: Path) -> None:
    written = tmp_path / "feed.json"
    written.write_text(json.dumps({"title": "A &amp; B", "icon": None, "items": []}))
    prepared = feed_output.PreparedFeeds(title="A & B", icon=None, items={})
    feed_output.fix_json_feeds([written, tmp_path / "missing.json"], prepared, indent=None)
    assert json.loads(written.read_text()) == {"title": "A & B", "items": []}
    assert not (tmp_path / "missing.json").exists()


def test_json_feed_paths_follow_the_rss_options() -> None:
    names = SimpleNamespace(json_created="new.json", json_updated="upd.json")
    plugin = SimpleNamespace(config=SimpleNamespace(json_feed_enabled=True, feeds_filenames=names))
    assert feed_output.json_feed_paths(plugin, "/site") == [
        Path("/site/new.json"),
        Path("/site/upd.json"),
    ]
    plugin.config.json_feed_enabled = False
    assert feed_output.json_feed_paths(plugin, "/site") == []


def test_prepare_resolves_a_relative_channel_image_against_site_url() -> None:
    plugin = rss(logo="assets/logo.png")
    prepared = feed_output.prepare_feeds(
        plugin,
        posts={},
        excluded=(),
        extra_categories=lambda url: [],
        channel_image=None,
        site_url="https://x.org/site/",
    )
    assert plugin.feed_updated.logo_url == prepared.icon == "https://x.org/site/assets/logo.png"


def _rss_with_config(*entries: PageInformation, abstract_chars_count: int = 160) -> Any:
    plugin = rss(*entries)
    plugin.config = SimpleNamespace(abstract_chars_count=abstract_chars_count)
    return plugin


def test_rich_excerpts_replace_the_description_only_when_given() -> None:
    rich = dataclasses.replace(post(), description="<p>Rich</p>")
    for facts, chars, expected in (
        (post(), 160, "Curated."),  # feed_excerpts off: the rss plugin's description
        (rich, 160, "<p>Rich</p>"),
        (rich, -1, "Curated."),  # a full-content feed keeps the rss plugin's content
    ):
        plugin = _rss_with_config(
            entry(POST, "T", description="Curated."), abstract_chars_count=chars
        )
        feed_output.prepare_feeds(
            plugin,
            posts={POST: facts},
            excluded=(),
            extra_categories=lambda url: [],
            channel_image=None,
        )
        assert plugin.pages_to_filter[0].description == expected


def test_prepare_escapes_the_enclosure_url_and_keeps_it_plain_for_json() -> None:
    url = "https://cdn.example.org/photo.jpg?w=1200&h=630"
    image = site_feeds.FeedImage(url, "image/jpeg", 0)
    plugin = rss(entry(POST, "T"))
    prepared = feed_output.prepare_feeds(
        plugin,
        posts={POST: post(image, has_image_meta=True)},
        excluded=(),
        extra_categories=lambda url: [],
        channel_image=None,
    )
    (item,) = plugin.pages_to_filter
    assert item.image == (
        Markup("https://cdn.example.org/photo.jpg?w=1200&amp;h=630"),
        "image/jpeg",
        0,
    )
    assert prepared.items[POST].image == url
    fixed = site_feeds.fix_json_feed(
        {"items": [{"id": POST, "image": str(item.image[0])}]},
        title="T",
        icon=None,
        items=prepared.items,
    )
    assert fixed["items"][0]["image"] == url


def test_prepare_drops_characters_xml_cannot_hold() -> None:
    plugin = rss(
        entry(
            PAGE,
            "Form\ffeed",
            description="<p>vertical\vtab\x00</p>",
            categories=["Love\fTrust"],
            authors=("Ann\x1b",),
        )
    )
    plugin.feed_created.description = "Site\x07"
    prepared = feed_output.prepare_feeds(
        plugin, posts={}, excluded=(), extra_categories=lambda url: [], channel_image=None
    )
    (item,) = plugin.pages_to_filter
    assert (item.title, item.description) == ("Form feed", "<p>vertical tab</p>")
    assert item.categories == [Markup("Love Trust")] and item.authors == (Markup("Ann"),)
    assert plugin.feed_created.description == "Site"
    assert prepared.items[PAGE] == site_feeds.FeedItemText(
        categories=["Love Trust"], authors=["Ann"]
    )


def _render_rss_plugin_template(plugin: Any) -> str:
    """The RSS document mkdocs-rss-plugin renders from its feed, as its on_post_build
    does (its own template and Jinja environment, `asdict` of the feed)."""
    from dataclasses import asdict
    from email.utils import format_datetime

    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from mkdocs_rss_plugin.constants import DEFAULT_TEMPLATE_FILENAME, DEFAULT_TEMPLATE_FOLDER

    env = Environment(
        autoescape=select_autoescape(["html", "xml"]),
        loader=FileSystemLoader(DEFAULT_TEMPLATE_FOLDER),
        lstrip_blocks=True,
        trim_blocks=True,
    )
    feed = plugin.feed_created
    feed.entries = list(plugin.pages_to_filter)
    for page in feed.entries:
        page.pub_date = format_datetime(page.created)
    template = env.get_template(Path(DEFAULT_TEMPLATE_FILENAME).name)
    return template.render(feed=asdict(feed))


@settings(max_examples=100, deadline=None)
@given(text=st.text(), other=st.text(), query=st.text())
def test_the_rss_plugins_feed_parses_whatever_the_posts_contain(
    text: str, other: str, query: str
) -> None:
    """A post's title, excerpt, categories, authors and image URL may hold anything an
    author can write (markup, `&`, control characters): once prepared, the document the
    rss plugin's own template renders is well-formed XML that feedparser accepts."""
    created = datetime.datetime(2026, 1, 5, tzinfo=datetime.timezone.utc)
    url = "https://cdn.example.org/p.jpg?" + urlencode({"q": query, "w": "1200"})
    image = site_feeds.FeedImage(url, "image/jpeg", 0)
    plugin = _rss_with_config(
        entry(
            POST,
            text,
            description=other,
            categories=[text, other],
            authors=(other,),
            created=created,
            updated=created,
        ),
        entry(PAGE, other, description=text, created=created, updated=created),
    )
    plugin.feed_created.description = text
    given_post = dataclasses.replace(post(image, has_image_meta=True), title=text)
    feed_output.prepare_feeds(
        plugin,
        posts={POST: given_post},
        excluded=(),
        extra_categories=lambda url: [other],
        channel_image=None,
    )
    document = _render_rss_plugin_template(plugin).encode("utf-8")
    ElementTree.fromstring(document)
    parsed = feedparser.parse(document)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [e.enclosures[0].href for e in parsed.entries if e.get("enclosures")] == [url]
