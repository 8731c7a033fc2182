"""The Love and Dating site as readers follow and share it: its feeds, the follow links
under the article, and the sharing metadata of its pages."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import urljoin

import feedparser
from bs4 import BeautifulSoup

from tests.feeds import json_feed_problems
from tests.integration.realsite import ENV, POST, copy_site, engine
from tests.integration.test_site import page

SITE = "https://love-and-dating.github.io/love-and-dating/"
TITLE = "The Importance of Emotional Connection in Relationships"


def test_every_feed_parses_and_lists_the_article_once(built: tuple[Path, str]) -> None:
    site, _ = built
    for name in ("feed_rss_created.xml", "feed_rss_updated.xml"):
        rss = feedparser.parse((site / name).read_text(encoding="utf-8"))
        assert not rss.bozo, (name, rss.get("bozo_exception"))
        assert rss.feed.title == "Love and Dating"
        assert rss.feed.image.href == SITE + "assets/images/logo.svg"
        (entry,) = rss.entries
        assert (entry.title, entry.link, entry.id) == (TITLE, SITE + POST, SITE + POST)
        assert [tag.term for tag in entry.tags] == [
            "Relationships",
            "Building Emotional Connection",
        ]
        assert "None" not in (site / name).read_text(encoding="utf-8")
    for name in ("feed_json_created.json", "feed_json_updated.json"):
        feed = json.loads((site / name).read_text(encoding="utf-8"))
        assert json_feed_problems(feed) == []
        (item,) = feed["items"]
        assert (item["title"], item["url"]) == (TITLE, SITE + POST)
        assert item["tags"] == ["Relationships", "Building Emotional Connection"]
        assert item["date_published"] == "2026-11-25T00:00:00+00:00"
        description = BeautifulSoup(item["content_html"], "html.parser")
        label, intro = description.find_all("p")[:2]
        assert label["class"] == ["st-series-label"]
        assert label.get_text() == "Part 1 of 6 · Building Emotional Connection"
        assert intro.get_text().startswith("In this blog post, we will delve")


def test_the_article_offers_the_feeds_and_no_form(built: tuple[Path, str]) -> None:
    site, _ = built
    article = page(site, POST).select_one("article.md-content__inner")
    assert article is not None
    # One follow block, in the closing card: a part of an ongoing series follows the
    # series (test_site_series.py), not the blog as well.
    (block,) = article.select("aside.st-follow")
    assert block.parent is not None and "st-closing" in block.parent["class"]
    assert block.select("form") == []  # no newsletter provider is configured
    links = block.select("a.st-follow__feed")
    assert [a.get_text() for a in links] == ["RSS feed"]
    for link in links:
        target = urljoin(SITE + POST, str(link["href"]))
        assert (site / target[len(SITE) :]).is_file(), target


def test_the_article_and_the_home_page_describe_themselves(built: tuple[Path, str]) -> None:
    site, _ = built
    head = page(site, POST).head
    assert head is not None
    og = {str(m["property"]): str(m["content"]) for m in head.select("meta[property]")}
    assert og["og:type"] == "article"
    assert og["og:title"] == TITLE
    assert og["og:url"] == SITE + POST
    assert og["og:description"].startswith("Why emotional connection matters")
    assert og["article:published_time"] == "2026-11-25T00:00:00+00:00"
    assert og["article:section"] == "Relationships"
    home = page(site, "").head
    assert home is not None
    (script,) = home.select('script[type="application/ld+json"]')
    assert json.loads(script.get_text())["@type"] == "WebSite"


def test_published_elsewhere_every_url_follows_site_url(tmp_path: Path) -> None:
    root = copy_site(tmp_path / "site")
    elsewhere = "https://someone.github.io/blog/"
    env = {**ENV, "SITE_URL": elsewhere}
    subprocess.run(
        [engine(), "build", "--strict"], cwd=root, env=env, check=True, capture_output=True
    )
    site = root / "site"
    rss = feedparser.parse((site / "feed_rss_created.xml").read_text(encoding="utf-8"))
    assert rss.feed.image.href == elsewhere + "assets/images/logo.svg"
    assert rss.entries[0].link == elsewhere + POST
    feed = json.loads((site / "feed_json_created.json").read_text(encoding="utf-8"))
    assert feed["icon"] == elsewhere + "assets/images/logo.svg"
    head = page(site, POST).head
    assert head is not None
    og_url = head.select_one('meta[property="og:url"]')
    assert og_url is not None and og_url["content"] == elsewhere + POST
