"""A feed per series: file places, channel, items and the head links."""

from __future__ import annotations

import datetime

import pytest
from stay_tuned import i18n
from stay_tuned.feed_writer import FeedEntry
from stay_tuned.series import feeds
from stay_tuned.series.model import Part, Series, Status
from stay_tuned.site_feeds import SiteFeed

PUB, ANN = Status.PUBLISHED, Status.ANNOUNCED
SITE = "https://x.org/blog-site/"
LABELS = i18n.labels_for("en")


def entry(where: str) -> FeedEntry:
    moment = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    return FeedEntry(
        id=where, url=where, title=where, content_html="", published=moment, modified=moment
    )


def test_feeds_live_in_a_folder_named_after_the_series_page() -> None:
    rss, json = feeds.feed_files("blog/series/love-lab.md")
    assert (rss.kind, rss.path, rss.media_type) == (
        "rss",
        "blog/series/love-lab/feed_rss.xml",
        "application/rss+xml",
    )
    assert (json.kind, json.path, json.media_type) == (
        "json",
        "blog/series/love-lab/feed.json",
        "application/feed+json",
    )


def test_channel_description_is_the_rendered_description_as_text() -> None:
    html = '<p>Experiments in <em>love</em> &amp; <a href="../x/">more</a>.</p>'
    fallback = LABELS["series_feed_description"]
    assert feeds.description_text(html, "Lab", fallback) == "Experiments in love & more."
    assert feeds.description_text("", "Lab & co", fallback) == (
        "Every part of the series Lab & co, as it is published."
    )
    assert feeds.description_text(None, "Lab", "{series}") == "Lab"


def test_channel_urls_are_absolute() -> None:
    series = Series("lab", "Lab & <co>")
    channel = feeds.channel(
        series,
        description="D",
        page_url="blog/series/lab/",
        feeds=feeds.feed_files("blog/series/lab.md"),
        site_url=SITE,
        language="en",
        image=SITE + "logo.svg",
        authors=["Eds"],
    )
    assert channel.title == "Lab & <co>"
    assert channel.home_page_url == SITE + "blog/series/lab/"
    assert channel.rss_url == SITE + "blog/series/lab/feed_rss.xml"
    assert channel.json_url == SITE + "blog/series/lab/feed.json"
    assert (channel.language, channel.image, channel.authors) == ("en", SITE + "logo.svg", ("Eds",))


def test_items_are_the_published_parts_in_part_order() -> None:
    series = Series(
        "lab",
        "Lab",
        parts=(
            Part(1, "One", PUB, where="one.md", url="one/"),
            Part(2, "Two", PUB, where="two.md", url="two/"),  # rendered by serve, a draft
            Part(3, "Three", ANN, where="three.md"),  # scheduled
            Part(4, "Four", ANN),  # announced in the registry
            Part(5, "Five", PUB, where="five.md", url="five/"),
        ),
    )
    known = {"one.md": entry("one.md"), "five.md": entry("five.md")}
    seen: list[str] = []

    def entry_at(where: str) -> FeedEntry | None:
        seen.append(where)
        return known.get(where)

    assert [e.id for e in feeds.entries(series, entry_at)] == ["one.md", "five.md"]
    assert seen == ["one.md", "two.md", "five.md"]  # announced parts are never asked for


@pytest.mark.parametrize(
    ("page_url", "rss", "json"),
    [
        ("blog/series/lab/", "feed_rss.xml", "feed.json"),
        ("blog/series/lab.html", "lab/feed_rss.xml", "lab/feed.json"),
        ("blog/2026/01/10/one/", "../../../../series/lab/feed_rss.xml", None),
        ("blog/2026/01/10/one.html", "../../../series/lab/feed_rss.xml", None),
    ],
)
def test_alternate_links_are_relative_to_the_page(
    page_url: str, rss: str, json: str | None
) -> None:
    links = feeds.alternate_links(
        'Lab & "co"', feeds.feed_files("blog/series/lab.md"), page_url, LABELS
    )
    assert [(link.title, link.media_type) for link in links] == [
        ('Lab & "co" (RSS)', "application/rss+xml"),
        ('Lab & "co" (JSON Feed)', "application/feed+json"),
    ]
    assert links[0].url == rss
    if json is not None:
        assert links[1].url == json


def test_alternate_link_titles_follow_the_labels() -> None:
    labels = i18n.labels_for("de", {"series_feed_rss": "RSS: {series}"})
    links = feeds.alternate_links(
        "Lab", [SiteFeed("rss", "a.xml"), SiteFeed("json", "a.json")], "", labels
    )
    assert [link.title for link in links] == ["RSS: Lab", "Lab (JSON-Feed)"]
