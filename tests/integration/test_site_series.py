"""The Love and Dating site's first series: the first article is Part 1 of
"Building Emotional Connection", whose next parts are announced from its strategies.
The build is pinned to 2026-11-26 (SOURCE_DATE_EPOCH, tests/conftest.py)."""

from __future__ import annotations

import datetime
import itertools
import json
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup

from tests.feeds import json_feed_problems
from tests.integration.realsite import POST
from tests.sitebuilder import REPO_ROOT

SERIES = "blog/series/emotional-connection/"
FIRST_ARTICLE_DATE = datetime.date(2026, 11, 25)


@pytest.fixture
def site(built: tuple[Path, str]) -> Path:
    site_dir, log = built
    assert "WARNING" not in log and "ERROR" not in log, log
    return site_dir


def html(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_series_file_dates_parts_two_to_five_weeks_apart_and_a_sixth_without_date() -> None:
    data = yaml.safe_load((REPO_ROOT / "docs/blog/.series.yml").read_text(encoding="utf-8"))
    series = data["series"]["emotional-connection"]
    assert series["title"] == "Building Emotional Connection"
    upcoming = series["upcoming"]
    assert [entry["part"] for entry in upcoming] == [2, 3, 4, 5, 6]
    dated = [entry for entry in upcoming if "date" in entry]
    assert [entry["part"] for entry in dated] == [2, 3, 4, 5]
    dates = [FIRST_ARTICLE_DATE] + [entry["date"] for entry in dated]
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    assert all(14 <= gap <= 35 for gap in gaps), gaps


def test_the_first_article_is_part_one_of_six(site: Path) -> None:
    article = html(site, POST).select_one("article.md-content__inner")
    assert article is not None
    box = article.select_one("nav.st-series-box")
    assert box is not None
    assert " ".join(box.select_one(".st-series-box__title").get_text(" ").split()) == (
        "Part 1 of 6 · Building Emotional Connection"
    )
    series = box.select_one(".st-series-box__title a.st-series-box__series")
    assert urljoin(SITE + POST, series["href"]) == SITE + SERIES
    # How far the series is: a bar and its words.
    bar = box.select_one("progress.st-series-box__bar")
    assert (bar["value"], bar["max"]) == ("1", "6")
    assert box.select_one(".st-series-box__progress").get_text(" ", strip=True) == (
        "Ongoing: 1 of 6 parts published"
    )
    # What comes next, and when: announced, so not a link.
    upcoming = box.select_one(".st-series-box__next")
    assert " ".join(upcoming.get_text(" ").split()) == (
        "Next: Part 2 — Active Listening in Practice · December 10, 2026"
    )
    assert upcoming.select("a") == []
    assert upcoming.select_one("time")["datetime"] == "2026-12-10"
    # Every part one tap away, in a disclosure that needs no script (closed at first).
    disclosure = box.select_one("details.st-series-box__all")
    assert disclosure is not None and not disclosure.has_attr("open")
    assert disclosure.select_one("summary").get_text() == "All parts of the series"
    parts = disclosure.select("li.st-series-part")
    assert parts[0].select_one('[aria-current="page"]') is not None
    # On 2026-11-26 parts 2 to 5 are written but scheduled, part 6 only announced: all
    # "Coming soon", without a link.
    assert all("st-series-part--announced" in li["class"] for li in parts[1:])
    assert all(li.select_one("a") is None for li in parts[1:])
    announced = [li.select_one(".st-series-part__title").get_text() for li in parts[1:]]
    # The article's strategies, one part each (quality time and empathy together), then
    # a part without a date yet.
    for title, strategy in zip(
        announced,
        ("Listening", "Appreciation", "Vulnerabilit", "Empathy", "After Conflict"),
        strict=True,
    ):
        assert strategy in title
    assert all(li.select_one("time") is not None for li in parts[1:5])
    assert parts[5].select_one("time") is None
    # Nothing in the box links to a part that is not published.
    assert [a.get_text() for a in box.select("a")] == ["Building Emotional Connection"]

    block = article.select_one("aside.st-stay-tuned--announced")
    assert block is not None
    assert (
        "Coming next: Part 2 — Active Listening in Practice, on December 10, 2026."
        in block.get_text()
    )
    assert block.find_next_sibling("aside", class_="st-sign-off") is not None


def test_the_series_page_index_and_json(site: Path) -> None:
    page = html(site, SERIES).select_one("article.md-content__inner")
    assert page is not None
    assert page.select_one(".st-series-status").get_text() == "Ongoing: 1 of 6 parts published"
    assert len(page.select("ol.st-series-page__parts > li")) == 6
    index = html(site, "blog/series/").select_one("article.md-content__inner")
    assert index is not None and index.select_one("a.st-series-index__series") is not None
    data = json.loads((site / "series.json").read_text(encoding="utf-8"))
    (series,) = data["series"]
    assert [part["status"] for part in series["parts"]] == ["published"] + ["announced"] * 5
    assert series["url"].endswith("/" + SERIES)


def test_the_blog_index_labels_the_excerpt(site: Path) -> None:
    label = html(site, "blog/").select_one("article.md-post--excerpt .st-series-label")
    assert label is not None
    assert label.get_text() == "Part 1 of 6 · Building Emotional Connection"


def test_the_article_has_structured_data(site: Path) -> None:
    blocks = html(site, POST).select('head script[type="application/ld+json"]')
    (posting,) = [json.loads(block.string or "") for block in blocks]
    assert posting["@type"] == "BlogPosting"
    assert posting["isPartOf"]["name"] == "Building Emotional Connection"
    assert posting["position"] == 1
    assert posting["author"] == [{"@type": "Person", "name": "The Love and Dating editors"}]


SITE = "https://love-and-dating.github.io/love-and-dating/"
TITLE = "The Importance of Emotional Connection in Relationships"
SERIES_TITLE = "Building Emotional Connection"
FEEDS = (SERIES + "feed_rss.xml", SERIES + "feed.json")


def test_the_series_feeds_hold_the_published_part(site: Path) -> None:
    text = (site / FEEDS[0]).read_text(encoding="utf-8")
    assert "None" not in text
    rss = feedparser.parse(text)
    assert not rss.bozo, rss.get("bozo_exception")
    assert rss.feed.title == SERIES_TITLE
    assert rss.feed.link == SITE + SERIES
    assert rss.feed.subtitle.startswith("A guide in six parts to the emotional bond")
    assert rss.feed.image.href == SITE + "assets/images/logo.svg"
    assert rss.feed.language == "en"
    # Only part 1 is published; parts 2 to 5 are scheduled, part 6 announced.
    (entry,) = rss.entries
    assert (entry.title, entry.link, entry.id) == (TITLE, SITE + POST, SITE + POST)
    assert entry.published_parsed[:3] == (2026, 11, 25)
    assert [tag.term for tag in entry.tags] == ["Relationships", SERIES_TITLE]
    assert entry.author == "The Love and Dating editors"
    description = BeautifulSoup(entry.summary, "html.parser")
    assert description.select_one(".st-series-label").get_text() == (
        "Part 1 of 6 · " + SERIES_TITLE
    )

    feed = json.loads((site / FEEDS[1]).read_text(encoding="utf-8"))
    assert json_feed_problems(feed) == []
    assert feed["title"] == SERIES_TITLE
    assert feed["feed_url"] == SITE + FEEDS[1]
    assert feed["icon"] == SITE + "assets/images/logo.svg"
    (item,) = feed["items"]
    assert (item["id"], item["url"], item["title"]) == (SITE + POST, SITE + POST, TITLE)
    assert item["date_published"] == "2026-11-25T00:00:00+00:00"
    assert item["tags"] == ["Relationships", SERIES_TITLE]


def test_the_article_and_the_series_page_advertise_and_link_the_series_feeds(
    site: Path,
) -> None:
    for url in (POST, SERIES):
        page = html(site, url)
        assert page.head is not None
        links = [
            link
            for link in page.head.select('link[rel="alternate"]')
            if str(link.get("title", "")).startswith(SERIES_TITLE)
        ]
        assert [(link["type"], link["title"]) for link in links] == [
            ("application/rss+xml", SERIES_TITLE + " (RSS)"),
            ("application/feed+json", SERIES_TITLE + " (JSON Feed)"),
        ]
        for link in links:
            target = urljoin(SITE + url, str(link["href"]))
            assert target in (SITE + FEEDS[0], SITE + FEEDS[1])
            assert (site / target[len(SITE) :]).is_file()
    block = html(site, POST).select_one("div.st-closing aside.st-follow")
    assert block is not None
    assert block.select_one(".st-follow__title").get_text() == "Follow this series"
    assert block.select("form") == []  # the site has no newsletter provider
    # Readers get one link, the RSS feed; the JSON Feed is in <head> (above) and on the
    # series page.
    targets = [urljoin(SITE + POST, str(a["href"])) for a in block.select("a")]
    assert targets == [SITE + FEEDS[0]]
    follow = html(site, SERIES).select("article aside.st-follow a")
    assert [urljoin(SITE + SERIES, str(a["href"])) for a in follow] == [
        SITE + FEEDS[0],
        SITE + FEEDS[1],
    ]
