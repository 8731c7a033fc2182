"""A feed per series in real Material builds: the feeds' files and items, the head links
that advertise them, the follow links of the stay-tuned block and the series page, the
newsletter form in the stay-tuned block, and a site without site_url."""

from __future__ import annotations

import json
import logging
from collections import Counter
from typing import Any

import feedparser
import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.exceptions import Abort

from tests.conftest import ExpectedWarnings
from tests.feeds import json_feed_problems, nulls
from tests.integration.test_series import (
    FUTURE,
    ONE,
    SERIES_PAGE,
    THREE,
    TWO,
    article,
    love_lab,
    registry,
    resolves,
)
from tests.sitebuilder import BuiltSite, SiteProject, post

SITE = "https://example.org/blog-site/"
RSS = SERIES_PAGE + "feed_rss.xml"
JSON = SERIES_PAGE + "feed.json"
FEED_TYPES = ["application/rss+xml", "application/feed+json"]


def rss(site: BuiltSite, url: str = RSS) -> Any:
    text = site.text(url)
    assert "None" not in text
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    return parsed


def json_feed(site: BuiltSite, url: str = JSON) -> Any:
    feed = site.json(url)
    assert json_feed_problems(feed) == []
    assert nulls(feed) == []
    return feed


def series_links(site: BuiltSite, url: str) -> list[Tag]:
    """The head's feed links that are not the site's own (mkdocs-rss-plugin's)."""
    head = site.html(url).head
    assert head is not None
    return [
        link
        for link in head.select('link[rel="alternate"]')
        if link.get("type") in FEED_TYPES
        and not str(link["href"]).endswith(("feed_rss_created.xml", "feed_rss_updated.xml"))
    ]


def stay_tuned(site: BuiltSite, url: str) -> Tag:
    """The closing card of a part: what comes next, the way to follow, the sign-off."""
    (block,) = article(site, url).select("div.st-closing")
    return block


# -- the feeds ------------------------------------------------------------------------


def test_series_feeds_hold_the_published_parts_in_part_order(project: SiteProject) -> None:
    love_lab(project)
    # Part numbers, not dates, give the order: part 2 is the oldest post.
    project.files["blog/posts/two.md"] = post(
        "Two", "2026-01-05", series="love-lab", part=2, slug="two"
    )
    site = project.build(strict=True)
    two = "blog/2026/01/05/two/"

    feed = rss(site)
    assert [e.title for e in feed.entries] == ["One", "Two", "Three"]
    assert [e.link for e in feed.entries] == [SITE + ONE, SITE + two, SITE + THREE]
    assert [e.id for e in feed.entries] == [SITE + ONE, SITE + two, SITE + THREE]
    items = json_feed(site)["items"]
    assert [i["title"] for i in items] == ["One", "Two", "Three"]
    assert [i["url"] for i in items] == [SITE + ONE, SITE + two, SITE + THREE]
    # Posts outside the series are in no series feed.
    assert "Other" not in site.text(RSS) and "Other" not in site.text(JSON)


def test_series_feed_channel(project: SiteProject) -> None:
    love_lab(project)
    project.config["site_author"] = "The editors"
    site = project.build(strict=True)
    channel = rss(site).feed
    assert channel.title == "Love Lab"
    # The registry's Markdown description as plain text.
    assert channel.subtitle == "Experiments in love. Start with part one."
    assert channel.link == SITE + SERIES_PAGE
    assert channel.language == "en"
    assert channel.image.href == SITE + "assets/images/favicon.png"  # as the site feed's
    assert channel.image.href == rss(site, "feed_rss_created.xml").feed.image.href
    assert [link.href for link in channel.links if link.rel == "self"] == [SITE + RSS]

    feed = json_feed(site)
    assert feed["title"] == "Love Lab"
    assert feed["description"] == "Experiments in love. Start with part one."
    assert feed["home_page_url"] == SITE + SERIES_PAGE
    assert feed["feed_url"] == SITE + JSON
    assert feed["icon"] == SITE + "assets/images/favicon.png"
    assert feed["language"] == "en"
    assert feed["authors"] == [{"name": "The editors"}]


def test_series_feed_items_have_the_site_feed_items_content(project: SiteProject) -> None:
    project.options()["feed_excerpts"] = True  # the site feeds' rich excerpts
    love_lab(project)
    project.config["plugins"][1]["blog"]["categories_allowed"] = ["Dating", "Trust"]
    project.files["blog/posts/cover.png"] = "not a PNG"
    project.files["blog/posts/one.md"] = post(
        "One",
        "2026-01-10",
        """
        Intro with a [link to part two](two.md).

        !!! tip "Try this"
            Say thank you today.

        <!-- more -->

        The rest.
        """,
        series="love-lab",
        part=1,
        slug="one",
        categories=["Trust", "Dating"],
        authors=["ann"],
        image="cover.png",
        updated="2026-02-03",
    )
    site = project.build(strict=True)

    one = rss(site).entries[0]
    site_one = next(e for e in rss(site, "feed_rss_created.xml").entries if e.title == "One")
    assert one.published_parsed[:3] == (2026, 1, 10)
    assert one.updated_parsed[:3] == (2026, 2, 3)
    assert one.author == "Ann Author" == site_one.author
    assert [t.term for t in one.tags] == ["Dating", "Trust", "Love Lab"]
    assert [t.term for t in one.tags] == [t.term for t in site_one.tags]
    # The same rendered excerpt (the rss plugin writes it on one line).
    assert one.summary.split() == site_one.summary.split()
    description = BeautifulSoup(one.summary, "html.parser")
    assert description.select_one(".st-series-label").get_text() == "Part 1 of 4 · Love Lab"
    assert description.select_one("div.admonition.tip") is not None
    link = description.find("a", string="link to part two")
    assert link is not None and link["href"] == SITE + TWO
    assert "The rest." not in description.get_text()
    (enclosure,) = one.enclosures
    assert enclosure.href == SITE + "blog/cover.png" == site_one.enclosures[0].href

    item = json_feed(site)["items"][0]
    site_item = next(
        i for i in json_feed(site, "feed_json_created.json")["items"] if i["title"] == "One"
    )
    for key in ("id", "url", "date_published", "tags", "authors", "image"):
        assert item[key] == site_item[key], key
    assert item["content_html"].split() == site_item["content_html"].split()
    assert item["date_published"] == "2026-01-10T00:00:00+00:00"
    assert item["date_modified"] == "2026-02-03T00:00:00+00:00"


def test_drafts_scheduled_and_announced_parts_never_reach_a_series_feed(
    project: SiteProject, plugin_warnings: ExpectedWarnings
) -> None:
    love_lab(project, upcoming=[{"part": 6, "title": "Six, announced", "date": FUTURE}])
    project.config["plugins"][1]["blog"]["draft_if_future_date"] = True
    project.files["blog/posts/four.md"] = post(
        "Four, scheduled", "2099-01-01", series="love-lab", part=4, slug="four"
    )
    project.files["blog/posts/five.md"] = post(
        "Five, a draft", "2026-01-25", series="love-lab", part=5, slug="five", draft=True
    )
    for command in ("build", "serve"):  # serve renders drafts and scheduled posts
        site = project.build(command=command)
        titles = ["One", "Two", "Three"]
        assert [e.title for e in rss(site).entries] == titles, command
        assert [i["title"] for i in json_feed(site)["items"]] == titles, command
    # Part 5 is a draft dated in the past: a broken promise.
    plugin_warnings.expect(r"part 5 \('Five, a draft'\) was announced for 2026-01-25")
    assert site.path("blog/2026/01/25/five/").is_file()  # rendered by serve ...
    assert "Five" not in site.text(RSS)  # ... yet not in the feed


def test_two_builds_in_one_process_write_the_same_series_feeds(project: SiteProject) -> None:
    love_lab(project)
    first = project.build(command="serve")
    before = (first.text(RSS), first.text(JSON))
    second = project.build(command="serve")
    assert (second.text(RSS), second.text(JSON)) == before
    assert len(rss(second).entries) == 3


def test_a_series_with_no_published_part_has_an_empty_feed(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = registry(
        soon={"title": "Soon", "upcoming": [{"part": 1, "title": "Opening", "date": FUTURE}]}
    )
    project.files["blog/posts/x.md"] = post("Unrelated", "2026-01-10", slug="x")
    site = project.build(strict=True)
    feed = rss(site, "blog/series/soon/feed_rss.xml")
    assert feed.entries == []
    # No description in the series file: the channel still describes itself.
    assert feed.feed.subtitle == "Every part of the series Soon, as it is published."
    assert json_feed(site, "blog/series/soon/feed.json")["items"] == []


def test_front_matter_text_is_escaped_in_series_feeds(project: SiteProject) -> None:
    title = 'Love & <b>"Lab"</b> ]]>'
    project.files["blog/.series.yml"] = registry(tricky={"title": title})
    post_title = "Post <3 & “Ünïcode”"
    project.files["blog/posts/t.md"] = post(post_title, "2026-01-10", series="tricky", slug="t")
    site = project.build(strict=True)
    feed = rss(site, "blog/series/tricky/feed_rss.xml")
    assert feed.feed.title == title
    assert feed.feed.image.title == title
    (entry,) = feed.entries
    assert entry.title == post_title
    assert [t.term for t in entry.tags] == [title]
    item = json_feed(site, "blog/series/tricky/feed.json")
    assert item["title"] == title
    assert item["items"][0]["title"] == post_title
    assert item["items"][0]["tags"] == [title]
    titles = [str(link["title"]) for link in series_links(site, "blog/2026/01/10/t/")]
    assert titles == [f"{title} (RSS)", f"{title} (JSON Feed)"]


def test_channel_image_is_the_rss_plugins_image_when_set(project: SiteProject) -> None:
    love_lab(project)
    project.files["assets/feed.png"] = ""
    project.options("rss")["image"] = "assets/feed.png"
    site = project.build(strict=True)
    assert rss(site).feed.image.href == SITE + "assets/feed.png"
    assert rss(site).feed.image.href == rss(site, "feed_rss_created.xml").feed.image.href
    assert json_feed(site)["icon"] == SITE + "assets/feed.png"


def test_series_feeds_without_directory_urls(project: SiteProject) -> None:
    project.config["use_directory_urls"] = False
    love_lab(project)
    site = project.build(strict=True)
    page = "blog/series/love-lab.html"
    feed = rss(site)  # the same place: a folder beside love-lab.html
    assert feed.feed.link == SITE + page
    assert feed.entries[0].link == SITE + "blog/2026/01/10/one.html"
    assert json_feed(site)["home_page_url"] == SITE + page
    for url in (page, "blog/2026/01/20/two.html"):
        hrefs = [str(link["href"]) for link in series_links(site, url)]
        assert [resolves(site, url, href) for href in hrefs] == [RSS, JSON]
    follow = article(site, page).select("aside.st-follow a")
    assert [resolves(site, page, str(a["href"])) for a in follow] == [RSS, JSON]


def test_a_file_where_a_series_feed_goes_is_an_error(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.files["blog/series/love-lab/feed.json"] = "{}"
    with pytest.raises(Abort):
        project.build()
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(
        "blog/series/love-lab/feed.json is where the JSON feed of series 'love-lab' goes" in e
        for e in errors
    ), errors


# -- advertising them -----------------------------------------------------------------


def test_parts_and_series_pages_advertise_the_series_feeds(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)
    for url in (ONE, TWO, THREE, SERIES_PAGE):
        links = series_links(site, url)
        assert [(link["type"], link["title"]) for link in links] == [
            ("application/rss+xml", "Love Lab (RSS)"),
            ("application/feed+json", "Love Lab (JSON Feed)"),
        ], url
        assert [resolves(site, url, str(link["href"])) for link in links] == [RSS, JSON]
    # Only there: not on posts outside the series, the blog or the series index.
    for url in ("blog/2026/01/15/other/", "blog/", "blog/series/", ""):
        assert series_links(site, url) == [], url
    # The site's own feeds are still advertised beside them.
    head = site.html(TWO).head
    assert head is not None
    assert head.select_one('link[href$="feed_rss_created.xml"]') is not None


# -- following them -------------------------------------------------------------------


def test_stay_tuned_and_series_page_offer_to_follow_the_series(project: SiteProject) -> None:
    love_lab(project)
    project.options()["sign_off"] = "Thanks."
    project.options()["follow"] = True  # the site's own follow block too
    site = project.build(strict=True)
    for url in (ONE, THREE):  # the next part published, and announced
        (follow,) = stay_tuned(site, url).select("aside.st-follow")
        assert follow.select_one(".st-follow__title").get_text() == "Follow this series"
        # One way to follow: the series' RSS feed (its JSON Feed is in <head>), and no
        # second block for the whole blog, although the site turns `follow` on.
        links = follow.select("a.st-follow__feed")
        assert [(a.get_text(), a["type"]) for a in links] == [("RSS feed", "application/rss+xml")]
        assert [resolves(site, url, str(a["href"])) for a in links] == [RSS]
        assert follow.select("form") == []  # no `subscribe` option
        assert len(article(site, url).select("aside.st-follow")) == 1
        head = site.html(url).head
        assert head is not None
        json_link = head.select_one('link[rel="alternate"][type="application/feed+json"]')
        assert json_link is not None and resolves(site, url, str(json_link["href"])) == JSON

    (follow,) = article(site, SERIES_PAGE).select("aside.st-follow")
    assert follow.select_one(".st-follow__title").get_text() == "Follow this series"
    links = follow.select("a.st-follow__feed")
    assert [resolves(site, SERIES_PAGE, str(a["href"])) for a in links] == [RSS, JSON]
    assert follow.find_previous_sibling("ol", class_="st-series-page__parts") is not None


def test_a_complete_series_offers_no_follow_links(project: SiteProject) -> None:
    love_lab(project, upcoming=[])
    site = project.build(strict=True)
    for url in (ONE, THREE):
        assert stay_tuned(site, url).select("aside.st-follow, a.st-stay-tuned__follow") == []
    # Its page still links its feeds: they hold every part.
    assert len(article(site, SERIES_PAGE).select("aside.st-follow a")) == 2


def test_stay_tuned_block_shows_the_newsletter_form(project: SiteProject) -> None:
    love_lab(project)
    project.options()["sign_off"] = "Thanks."
    project.options()["subscribe"] = {
        "action": "https://newsletter.example.org/subscribe",
        "email_field": "EMAIL",
        "hidden": {"list": "love"},
    }
    project.options()["follow"] = True  # the site's own follow block, with its form
    site = project.build(strict=True)
    page = site.html(THREE)
    (form,) = stay_tuned(site, THREE).select("form.st-subscribe")
    assert (form["action"], form["method"]) == ("https://newsletter.example.org/subscribe", "post")
    field = form.select_one("input.st-subscribe__input")
    assert field is not None
    assert (field["type"], field["name"]) == ("email", "EMAIL") and field.has_attr("required")
    label = form.select_one("label")
    assert label is not None and label["for"] == field["id"]
    assert label.get_text() == "Email address"
    hint = page.select_one(f"#{field['aria-describedby']}")
    assert hint is not None and hint in form.descendants
    hidden = {str(i["name"]): i["value"] for i in form.select('input[type="hidden"]')}
    assert hidden == {"list": "love"}
    assert form.select_one('button[type="submit"]') is not None
    assert page.select("form script") == []
    # One form on the page (the series', in the closing card: one way to follow, even
    # with `follow` on); every id is unique, and every label and aria reference points
    # into its own form.
    forms = page.select("article form.st-subscribe")
    assert len(forms) == 1
    assert page.select("article a.st-follow__feed") == []
    ids = Counter(str(element["id"]) for element in page.select("[id]"))
    assert [name for name, count in ids.items() if count > 1] == []
    for each in forms:
        for label in each.select("label[for]"):
            target = page.select_one(f"#{label['for']}")
            assert target is not None and target in each.descendants
    block = stay_tuned(site, THREE).select_one("aside.st-follow")
    assert block is not None
    title = block.select_one(".st-follow__title")
    assert title is not None and block["aria-labelledby"] == title["id"]
    # The series page links its feeds, without a form.
    assert article(site, SERIES_PAGE).select("form") == []


# -- series pages describe themselves -------------------------------------------------


def test_series_page_sharing_tags_and_json_ld_carry_its_description(
    project: SiteProject,
) -> None:
    love_lab(project)
    site = project.build(strict=True)
    head = site.html(SERIES_PAGE).head
    assert head is not None
    description = head.select_one('meta[property="og:description"]')
    assert description is not None
    assert description["content"] == "Experiments in love. Start with part one."
    scripts = head.select('script[type="application/ld+json"]')

    (work,) = [json.loads(s.string or "") for s in scripts]
    assert work["description"] == "Experiments in love. Start with part one."


def test_a_parts_json_ld_headline_is_plain_text(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = registry(s={"title": "S"})
    project.files["blog/posts/a.md"] = post('Post <3 & "Ünï"', "2026-01-10", series="s", slug="a")
    site = project.build(strict=True)
    head = site.html("blog/2026/01/10/a/").head
    assert head is not None

    (posting,) = [
        json.loads(s.string or "") for s in head.select('script[type="application/ld+json"]')
    ]
    assert posting["headline"] == 'Post <3 & "Ünï"'


# -- without site_url -----------------------------------------------------------------


def test_without_site_url_no_series_feeds_and_no_links_to_them(
    project: SiteProject, plugin_warnings: Any
) -> None:
    del project.config["site_url"]
    love_lab(project)
    site = project.build()
    warning = plugin_warnings.expect(r"'site_url' is not set")
    assert "the feeds of its series are not written" in warning
    assert plugin_warnings.unexpected() == []
    assert not site.path("blog/series/love-lab/feed_rss.xml").exists()
    assert not site.path("blog/series/love-lab/feed.json").exists()
    assert site.json("series.json")["series"][0]["feeds"] == {}
    for url in (ONE, THREE, SERIES_PAGE):
        head = site.html(url).head
        assert head is not None and head.select('link[rel="alternate"]') == [], url
        assert article(site, url).select("aside.st-follow") == [], url
    # The stay-tuned block still tells readers where the next part will appear.
    follow = stay_tuned(site, THREE).select_one("a.st-stay-tuned__follow")
    assert follow is not None and follow.get_text() == "Follow this series"
    assert resolves(site, THREE, str(follow["href"])) == SERIES_PAGE
    # Every link on a part's page still resolves.
    for link in article(site, THREE).select("a[href]"):
        href = str(link["href"])
        if not href.startswith(("#", "http")):
            resolves(site, THREE, href)


def test_without_site_url_the_stay_tuned_block_keeps_the_form(
    project: SiteProject, plugin_warnings: Any
) -> None:
    del project.config["site_url"]
    love_lab(project)
    project.options()["subscribe"] = {"action": "https://x.example.org/s"}
    site = project.build()
    plugin_warnings.expect(r"'site_url' is not set")
    block = stay_tuned(site, THREE).select_one("aside.st-follow")
    assert block is not None
    assert block.select("a") == [] and len(block.select("form")) == 1
