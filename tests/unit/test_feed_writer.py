"""The plugin's own RSS 2.0 and JSON Feed 1.1 documents, read back with feedparser."""

import dataclasses
import datetime
import json
from pathlib import Path
from xml.etree import ElementTree

import feedparser
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from stay_tuned import feed_writer
from stay_tuned.site_feeds import FeedImage

from tests.feeds import json_feed_problems, nulls

UTC = datetime.timezone.utc
TRICKY = 'Fish & Chips "é" <3 ]]>'

CHANNEL = feed_writer.FeedChannel(
    title="Love & <Lab>",
    description='Experiments in "love" & more.',
    home_page_url="https://x.org/blog/series/lab/",
    rss_url="https://x.org/blog/series/lab/feed_rss.xml",
    json_url="https://x.org/blog/series/lab/feed.json",
    language="en",
    image="https://x.org/logo.svg",
    authors=("The editors",),
)

ONE = feed_writer.FeedEntry(
    id="https://x.org/one/",
    url="https://x.org/one/",
    title=TRICKY,
    content_html='<p>Intro &amp; <a href="https://x.org/two/">more</a>.</p>',
    published=datetime.datetime(2026, 1, 10, tzinfo=UTC),
    modified=datetime.datetime(2026, 2, 3, 12, 30, tzinfo=UTC),
    authors=("Ann & Bob",),
    categories=("Dating", "Love & <Lab>"),
    image=FeedImage("https://x.org/cover.png", "image/png", 1234),
)
TWO = feed_writer.FeedEntry(
    id="https://x.org/two/",
    url="https://x.org/two/",
    title="Two",
    content_html="",
    published=datetime.datetime(2026, 1, 20, tzinfo=UTC),
    modified=datetime.datetime(2026, 1, 20, tzinfo=UTC),
)


BARE = feed_writer.FeedChannel(
    title="T",
    description="D",
    home_page_url="https://x.org/",
    rss_url="https://x.org/f.xml",
    json_url="https://x.org/f.json",
)
"""A channel with none of the optional members."""


def parse(document: bytes) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(document)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_rss_document_is_valid_rss_with_every_field() -> None:
    document = feed_writer.rss_document(CHANNEL, [ONE, TWO])
    assert document.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    assert b"None" not in document
    feed = parse(document)
    assert feed.version == "rss20"
    assert feed.feed.title == "Love & <Lab>"
    assert feed.feed.subtitle == 'Experiments in "love" & more.'
    assert feed.feed.link == "https://x.org/blog/series/lab/"
    assert feed.feed.language == "en"
    assert feed.feed.image.href == "https://x.org/logo.svg"
    assert feed.feed.image.title == "Love & <Lab>"
    self_link = [link for link in feed.feed.links if link.rel == "self"]
    assert [link.href for link in self_link] == [CHANNEL.rss_url]
    # lastBuildDate: the newest item date, so identical posts give an identical file.
    assert feed.feed.updated_parsed[:5] == (2026, 2, 3, 12, 30)

    one, two = feed.entries  # in the order given
    assert one.title == TRICKY
    assert (one.link, one.id) == (ONE.url, ONE.id)
    assert one.published_parsed[:3] == (2026, 1, 10)
    assert one.updated_parsed[:5] == (2026, 2, 3, 12, 30)
    assert one.author == "Ann & Bob"
    assert [tag.term for tag in one.tags] == ["Dating", "Love & <Lab>"]
    summary = BeautifulSoup(one.summary, "html.parser")
    assert summary.get_text() == "Intro & more."
    assert summary.a is not None and summary.a["href"] == "https://x.org/two/"
    (enclosure,) = one.enclosures
    assert (enclosure.href, enclosure.type, enclosure.length) == (
        "https://x.org/cover.png",
        "image/png",
        "1234",
    )
    assert two.title == "Two"
    assert "tags" not in two and two.enclosures == [] and "author" not in two


def test_rss_document_leaves_out_what_is_unknown() -> None:
    document = feed_writer.rss_document(BARE, [])
    feed = parse(document)
    assert feed.entries == []
    assert "image" not in feed.feed and "language" not in feed.feed
    assert b"lastBuildDate" not in document and b"None" not in document


def test_json_feed_is_valid_json_feed_1_1_without_null() -> None:
    feed = feed_writer.json_feed(CHANNEL, [ONE, TWO])
    assert json_feed_problems(feed) == []
    assert feed["title"] == "Love & <Lab>"
    assert feed["home_page_url"] == CHANNEL.home_page_url
    assert feed["feed_url"] == CHANNEL.json_url
    assert feed["icon"] == "https://x.org/logo.svg"
    assert feed["authors"] == [{"name": "The editors"}]
    assert feed["language"] == "en"
    one, two = feed["items"]
    assert one == {
        "id": ONE.id,
        "url": ONE.url,
        "title": TRICKY,
        "content_html": ONE.content_html,
        "date_published": "2026-01-10T00:00:00+00:00",
        "date_modified": "2026-02-03T12:30:00+00:00",
        "image": "https://x.org/cover.png",
        "authors": [{"name": "Ann & Bob"}],
        "tags": ["Dating", "Love & <Lab>"],
    }
    # No empty lists, no nulls.
    assert set(two) == {"id", "url", "title", "content_html", "date_published", "date_modified"}


def test_json_feed_without_optional_channel_members() -> None:
    feed = feed_writer.json_feed(BARE, [])
    assert json_feed_problems(feed) == []
    assert nulls(feed) == [] and feed["items"] == []
    assert not {"icon", "authors", "language"} & set(feed)


def test_write_feeds_creates_the_folder(tmp_path: Path) -> None:
    rss = tmp_path / "blog" / "series" / "lab" / "feed_rss.xml"
    json_path = tmp_path / "blog" / "series" / "lab" / "feed.json"
    feed_writer.write_feeds(CHANNEL, [ONE], rss_path=rss, json_path=json_path)
    assert [e.title for e in parse(rss.read_bytes()).entries] == [TRICKY]
    assert json.loads(json_path.read_text(encoding="utf-8"))["items"][0]["title"] == TRICKY


def test_dates_without_zone_are_utc() -> None:
    assert feed_writer.aware(datetime.date(2026, 1, 2)) == datetime.datetime(2026, 1, 2, tzinfo=UTC)
    naive = datetime.datetime(2026, 1, 2, 9, 30)
    assert feed_writer.aware(naive).isoformat() == "2026-01-02T09:30:00+00:00"
    paris = datetime.timezone(datetime.timedelta(hours=1))
    assert feed_writer.rfc822(datetime.datetime(2026, 1, 2, 9, tzinfo=paris)) == (
        "Fri, 02 Jan 2026 09:00:00 +0100"
    )


@settings(max_examples=100, deadline=None)
@given(text=st.text(), other=st.text())
def test_rss_document_parses_whatever_the_text(text: str, other: str) -> None:
    """Any title, author, category, excerpt or description an author may write (markup,
    control characters, lone surrogates): the document stays XML that parsers accept."""
    entry = dataclasses.replace(
        ONE, title=text, authors=(other,), categories=(text, other), content_html=other
    )
    channel = dataclasses.replace(CHANNEL, title=other, description=text)
    document = feed_writer.rss_document(channel, [entry, TWO])
    ElementTree.fromstring(document)
    parsed = feedparser.parse(document)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 2
