"""Series in real Material blog builds, read as a reader (and a search engine) would."""

from __future__ import annotations

import json
import posixpath
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from mkdocs.exceptions import Abort

from tests.conftest import ExpectedWarnings
from tests.sitebuilder import BuiltSite, SiteProject, post

FUTURE = "2099-03-01"
PASSED = "2020-03-01"
ONE = "blog/2026/01/10/one/"
TWO = "blog/2026/01/20/two/"
THREE = "blog/2026/02/01/three/"
SERIES_PAGE = "blog/series/love-lab/"
INDEX = "blog/series/"


def registry(**series: Any) -> str:
    return yaml.safe_dump({"series": series}, allow_unicode=True, sort_keys=False)


def love_lab(project: SiteProject, *, upcoming: list[dict[str, Any]] | None = None) -> None:
    """Three published parts of 'Love Lab' and, by default, Part 4 announced."""
    if upcoming is None:
        upcoming = [{"part": 4, "title": "The Fourth", "date": FUTURE}]
    project.files["blog/.series.yml"] = registry(
        **{
            "love-lab": {
                "title": "Love Lab",
                "description": "Experiments in *love*. Start with [part one](../posts/one.md).",
                "upcoming": upcoming,
            }
        }
    )
    project.files["blog/posts/one.md"] = post(
        "One", "2026-01-10", series="love-lab", part=1, slug="one", categories=["Dating"]
    )
    project.files["blog/posts/two.md"] = post(
        "Two", "2026-01-20", series="love-lab", part=2, slug="two"
    )
    project.files["blog/posts/three.md"] = post(
        "Three", "2026-02-01", series="love-lab", part=3, slug="three"
    )
    project.files["blog/posts/other.md"] = post("Other", "2026-01-15", slug="other")


def article(site: BuiltSite, url: str) -> Tag:
    found = site.html(url).select_one("article.md-content__inner")
    assert found is not None, url
    return found


def resolves(site: BuiltSite, page_url: str, href: str) -> str:
    """The site-relative URL ``href`` (on ``page_url``) points to; fails when no file
    serves it."""
    base = "https://example.invalid/"
    absolute = urljoin(base + page_url, href)
    assert absolute.startswith(base), href
    target = posixpath.normpath(urlsplit(absolute).path.lstrip("/"))
    target = "" if target == "." else target
    if urlsplit(absolute).path.endswith("/") and target:
        target += "/"
    assert site.path(target).is_file(), f"{href} on {page_url} -> {target} does not exist"
    return target


def jsonld(site: BuiltSite, url: str) -> list[dict[str, Any]]:
    blocks = site.html(url).select('head script[type="application/ld+json"]')
    return [json.loads(block.string or "") for block in blocks]


# -- the series box -------------------------------------------------------------------


def test_series_box_lists_every_part_under_the_title(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)

    page = article(site, TWO)
    boxes = page.select("nav.st-series-box")
    assert len(boxes) == 1
    box = boxes[0]
    # Right under the title: the page keeps its <h1> title first.
    assert page.find(True).name == "h1"
    assert page.find(True).find_next_sibling() is box
    title = box.select_one(".st-series-box__title")
    assert title is not None
    assert " ".join(title.get_text(" ", strip=True).split()) == "Part 2 of 4 · Love Lab"
    series_link = box.select_one("a.st-series-box__series")
    assert series_link is not None
    assert resolves(site, TWO, series_link["href"]) == SERIES_PAGE

    items = box.select("li.st-series-part")
    assert [li["value"] for li in items] == ["1", "2", "3", "4"]
    one, two, three, four = items
    link = one.select_one("a.st-series-part__title")
    assert link is not None and link.get_text() == "One"
    assert resolves(site, TWO, link["href"]) == ONE
    # The current part is marked, not linked.
    assert two.select("a") == []
    current = two.select_one('[aria-current="page"]')
    assert current is not None and current.get_text() == "Two"
    assert "st-series-part--current" in two["class"]
    assert resolves(site, TWO, three.a["href"]) == THREE
    # The announced part: unlinked, "Coming soon", with its expected date.
    assert four.select("a") == []
    assert "st-series-part--announced" in four["class"]
    assert four.select_one(".st-series-part__status").get_text() == "Coming soon"
    time = four.select_one("time")
    assert time is not None and time["datetime"] == FUTURE
    assert time.get_text() == "March 1, 2099"
    # The list is one tap away, in a disclosure that opens without a script.
    assert all(li.find_parent("details", class_="st-series-box__all") for li in items)
    # What comes next: the published Part 3, linked.
    upcoming = box.select_one(".st-series-box__next")
    assert " ".join(upcoming.get_text(" ", strip=True).split()) == "Next: Part 3 — Three"
    assert resolves(site, TWO, upcoming.a["href"]) == THREE
    # On Part 3, the announced Part 4 with its date, and no link to it.
    upcoming = article(site, THREE).select_one("nav.st-series-box .st-series-box__next")
    assert " ".join(upcoming.get_text(" ", strip=True).split()) == (
        "Next: Part 4 — The Fourth · March 1, 2099"
    )
    assert upcoming.select("a") == []
    # The read marks' script is shipped, and linked from the box.
    script = box.find_next_sibling("script")
    assert script is not None
    assert resolves(site, TWO, script["src"]) == "assets/stay_tuned/series-read.js"


def test_first_part_counts_announced_parts_in_its_total(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = registry(
        start={
            "title": "Start",
            "upcoming": [{"part": n, "title": f"Later {n}"} for n in range(2, 6)],
        }
    )
    project.files["blog/posts/first.md"] = post("First", "2026-01-10", series="start", slug="f")
    site = project.build(strict=True)
    box = article(site, "blog/2026/01/10/f/").select_one(".st-series-box__position")
    assert box is not None and box.get_text() == "Part 1 of 5"
    later = article(site, "blog/2026/01/10/f/").select("li.st-series-part--announced")
    assert [li.select_one("time") for li in later] == [None] * 4  # no date announced


def test_posts_outside_a_series_get_no_series_elements(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)
    page = article(site, "blog/2026/01/15/other/")
    assert page.select(".st-series-box, .st-stay-tuned, .st-series-label") == []
    assert site.html("").select(".st-series-box") == []


def test_parts_without_numbers_are_ordered_by_date(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = registry(dated={"title": "Dated"})
    project.files["blog/posts/b.md"] = post("Later", "2026-03-01", series="dated", slug="b")
    project.files["blog/posts/a.md"] = post("Earlier", "2026-02-01", series="dated", slug="a")
    site = project.build(strict=True)
    box = article(site, "blog/2026/03/01/b/").select_one("nav.st-series-box")
    assert box is not None
    assert [li.get_text(" ", strip=True) for li in box.select("li")] == ["Earlier", "Later"]
    assert box.select_one(".st-series-box__position").get_text() == "Part 2 of 2"


# -- footer -----------------------------------------------------------------------------


def footer(site: BuiltSite, url: str) -> dict[str, str | None]:
    links: dict[str, str | None] = {}
    for side in ("prev", "next"):
        link = site.html(url).select_one(f"a.md-footer__link--{side}")
        links[side] = resolves(site, url, link["href"]) if link else None
    return links


def test_footer_stays_inside_the_series(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)
    assert footer(site, ONE) == {"prev": None, "next": TWO}
    assert footer(site, TWO) == {"prev": ONE, "next": THREE}
    # The last published part: nothing published after it (Part 4 is only announced).
    assert footer(site, THREE) == {"prev": TWO, "next": None}
    # A post outside the series keeps Material's chronological chain.
    assert footer(site, "blog/2026/01/15/other/") == {"prev": ONE, "next": TWO}


def test_footer_skips_a_part_that_is_not_published(project: SiteProject) -> None:
    love_lab(project)
    project.files["blog/posts/two.md"] = post(
        "Two", FUTURE, series="love-lab", part=2, slug="two", draft=True
    )
    site = project.build(strict=True)
    assert footer(site, ONE)["next"] == THREE
    assert footer(site, THREE)["prev"] == ONE


def test_footer_walks_the_blog_views_in_the_order_of_the_sidebar(project: SiteProject) -> None:
    """Material chains each section it attaches (archive, categories) right after the
    blog's index; the series pages and the strategy library come after them, as in the
    sidebar, rather than jumping in between the index and Material's views."""
    love_lab(project)
    project.files["blog/posts/one.md"] = post(
        "One",
        "2026-01-10",
        '!!! strategy "Listen"\n    Listen well.\n',
        series="love-lab",
        part=1,
        slug="one",
        categories=["Dating"],
    )
    project.files["about.md"] = "# About\n"
    project.config["nav"] = ["index.md", {"Blog": ["blog/index.md"]}, "about.md"]
    site = project.build(strict=True)
    chain, url = ["blog/"], "blog/"
    while (after := footer(site, url)["next"]) is not None and after not in chain:
        chain.append(after)
        url = after
    assert chain == [
        "blog/",
        "blog/category/dating/",
        "blog/archive/2026/",
        INDEX,
        SERIES_PAGE,
        "blog/strategies/",
        "about/",
    ]
    # And back, every previous link the mirror of a next link.
    assert [footer(site, page)["prev"] for page in chain[1:]] == chain[:-1]
    sidebar = [
        resolves(site, "blog/", a["href"])
        for a in site.html("blog/").select("nav.md-nav--primary a.md-nav__link[href]")
    ]
    ours = [INDEX, SERIES_PAGE, "blog/strategies/"]
    assert [page for page in sidebar if page in ours] == ours


# -- stay tuned -------------------------------------------------------------------------


def stay_tuned(site: BuiltSite, url: str) -> Tag:
    blocks = article(site, url).select("aside.st-stay-tuned")
    assert len(blocks) == 1
    return blocks[0]


def test_stay_tuned_links_the_next_published_part(project: SiteProject) -> None:
    love_lab(project)
    project.options()["sign_off"] = "Thanks."
    site = project.build(strict=True)
    page = article(site, ONE)
    (block,) = page.select("aside.st-stay-tuned")
    assert "st-stay-tuned--next" in block["class"]
    assert block.p is not None
    assert " ".join(block.p.get_text().split()) == "Next in Love Lab: Part 2 — Two"
    link = block.select_one("a.st-stay-tuned__part")
    assert link is not None and resolves(site, ONE, link["href"]) == TWO
    # At the end of the post, first in the closing card: then the way to follow the
    # series, then the sign-off.
    card = block.parent
    assert card is not None and "st-closing" in card["class"]
    assert [c["class"][0] for c in card.find_all(recursive=False)] == [
        "st-stay-tuned",
        "st-follow",
        "st-sign-off",
    ]
    assert card.find_previous_sibling().get_text() == "Body of One."


def test_stay_tuned_announces_the_next_part_with_its_date(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)
    block = stay_tuned(site, THREE)
    assert "st-stay-tuned--announced" in block["class"]
    assert " ".join(block.p.get_text().split()) == (
        "Coming next: Part 4 — The Fourth, on March 1, 2099."
    )
    assert block.p.select("a") == []
    assert block.select_one("time")["datetime"] == FUTURE
    # Following the series: its RSS feed, next to the block in the closing card
    # (tests/integration/test_series_feeds.py).
    follow = block.find_next_sibling("aside", class_="st-follow")
    assert follow is not None
    assert follow.select_one(".st-follow__title").get_text() == "Follow this series"
    assert [resolves(site, THREE, a["href"]) for a in follow.select("a")] == [
        SERIES_PAGE + "feed_rss.xml",
    ]


def test_stay_tuned_without_a_date(project: SiteProject) -> None:
    love_lab(project, upcoming=[{"part": 4, "title": "The Fourth"}])
    site = project.build(strict=True)
    block = stay_tuned(site, THREE)
    assert " ".join(block.p.get_text().split()) == ("Coming next: Part 4 — The Fourth, soon.")


def test_stay_tuned_closes_a_complete_series(project: SiteProject) -> None:
    love_lab(project, upcoming=[])
    site = project.build(strict=True)
    block = stay_tuned(site, THREE)
    assert "st-stay-tuned--complete" in block["class"]
    assert " ".join(block.p.get_text().split()) == (
        "This was the last part of Love Lab: the series is complete."
    )
    assert resolves(site, THREE, block.select_one("a.st-stay-tuned__series-page")["href"]) == (
        SERIES_PAGE
    )
    assert resolves(site, THREE, block.select_one("a.st-stay-tuned__index")["href"]) == INDEX


# -- series pages ---------------------------------------------------------------------


def test_series_page_shows_status_reading_time_description_and_parts(
    project: SiteProject,
) -> None:
    love_lab(project)
    site = project.build(strict=True)
    page = article(site, SERIES_PAGE)
    assert page.h1 is not None and page.h1.get_text() == "Love Lab"
    assert len(page.select("h1")) == 1
    status = page.select_one(".st-series-status")
    assert status is not None and status.get_text() == "Ongoing: 3 of 4 parts published"
    readtime = page.select_one(".st-series-page__readtime")
    assert readtime is not None and readtime.get_text() == "3 min read in all"
    description = page.select_one(".st-series-page__description")
    assert description is not None and description.em is not None  # rendered Markdown
    link = description.find("a", string="part one")
    assert link is not None and resolves(site, SERIES_PAGE, link["href"]) == ONE
    parts = page.select("ol.st-series-page__parts > li")
    assert [li["value"] for li in parts] == ["1", "2", "3", "4"]
    for li, url in zip(parts[:3], (ONE, TWO, THREE), strict=True):
        assert resolves(site, SERIES_PAGE, li.a["href"]) == url
        assert li.time is not None  # every part with its date
    assert parts[0].time["datetime"] == "2026-01-10"
    assert parts[3].a is None and parts[3].time["datetime"] == FUTURE
    assert site.html(SERIES_PAGE).title.get_text().startswith("Love Lab - ")


def test_complete_series_page_and_index_order(project: SiteProject) -> None:
    love_lab(project)
    project.files["blog/.series.yml"] = registry(
        **{
            "love-lab": {"title": "Love Lab", "upcoming": [{"part": 4, "title": "Four"}]},
            "done": {"title": "Done Deal"},
        }
    )
    project.files["blog/posts/done.md"] = post("Done one", "2026-05-01", series="done", slug="d")
    site = project.build(strict=True)
    status = article(site, "blog/series/done/").select_one(".st-series-status")
    assert status is not None and status.get_text() == "Complete: all 1 parts published"

    index = article(site, INDEX)
    assert index.h1 is not None and index.h1.get_text() == "Series"
    groups = index.select("section.st-series-index__group")
    assert [g.h2.get_text() for g in groups] == ["Ongoing series", "Complete series"]
    entries = [
        (e.select_one("a.st-series-index__series").get_text(), e.select_one("a")["href"])
        for e in index.select("li.st-series-index__entry")
    ]
    assert [title for title, _ in entries] == ["Love Lab", "Done Deal"]  # ongoing first
    assert [resolves(site, INDEX, href) for _, href in entries] == [
        SERIES_PAGE,
        "blog/series/done/",
    ]
    upcoming = index.select_one(".st-series-index__next")
    assert upcoming is not None and upcoming.get_text() == "Part 4 — Four: Coming soon"


def test_series_pages_are_in_the_blog_navigation(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)
    nav = site.html("blog/").select_one("nav.md-nav--primary")
    assert nav is not None
    sections = {
        label.get_text(" ", strip=True): label.find_parent("li")
        for label in nav.select("li.md-nav__item--nested > label.md-nav__link")
    }
    assert {"Archive", "Categories", "Series"} <= set(sections)
    links = [
        (a.get_text(" ", strip=True), resolves(site, "blog/", a["href"]))
        for a in sections["Series"].select("a.md-nav__link")
    ]
    assert links == [("Series", INDEX), ("Love Lab", SERIES_PAGE)]
    # Footer links chain through them like Material's category pages.
    assert footer(site, SERIES_PAGE)["prev"] == INDEX


def test_search_indexes_a_part_by_its_own_words(project: SiteProject) -> None:
    """The series box lists every part's title on every part, and the stay-tuned block,
    sign-off and follow links repeat on every post: none of it is indexed, so a search
    for a part's title finds that part, not all of them."""
    love_lab(project)
    project.options()["sign_off"] = "Thanks for reading Love Lab."
    site = project.build(strict=True)
    assert article(site, TWO).select_one("nav.st-series-box") is not None  # on the page
    entries = site.json("search/search_index.json")["docs"]
    two = [e for e in entries if e["location"].split("#")[0] == TWO]
    assert two, [e["location"] for e in entries]
    text = " ".join(e["text"] for e in two)
    assert "Body of Two" in text
    for elsewhere in ("Part 2 of 4", "Three", "The Fourth", "Thanks for reading", "RSS feed"):
        assert elsewhere not in text, elsewhere
    # A part's title leads to that part, and to the series page that lists the parts.
    hits = {e["location"].split("#")[0] for e in entries if "Three" in e["title"] + e["text"]}
    assert hits == {THREE, SERIES_PAGE}


def test_series_nav_index_lists_only_the_series_index(project: SiteProject) -> None:
    love_lab(project)
    project.files["blog/.series.yml"] = registry(
        **yaml.safe_load(project.files["blog/.series.yml"])["series"],
        done={"title": "Done Deal"},
    )
    project.files["blog/posts/d1.md"] = post("D1", "2025-05-01", series="done", slug="d1")
    project.options()["series_nav"] = "index"
    site = project.build(strict=True)
    done_page = "blog/series/done/"
    for url in ("blog/", SERIES_PAGE, done_page):
        nav = site.html(url).select_one("nav.md-nav--primary")
        assert nav is not None
        labels = [
            label.get_text(" ", strip=True)
            for label in nav.select("li.md-nav__item--nested > label.md-nav__link")
        ]
        assert "Series" not in labels, url  # no section: one entry
        links = {
            a.get_text(" ", strip=True): resolves(site, url, a["href"])
            for a in nav.select("a.md-nav__link[href]")
        }
        assert links["Series"] == INDEX
        assert "Love Lab" not in links and "Done Deal" not in links
    # On a series page the sidebar marks the series index as where the reader is.
    nav = site.html(SERIES_PAGE).select_one("nav.md-nav--primary")
    assert nav is not None
    active = [
        a.get_text(" ", strip=True)
        for a in nav.select("li.md-nav__item--active > a.md-nav__link[href]")
    ]
    assert "Series" in active
    # The footer leads from one series page to the next, as Material's posts do.
    assert footer(site, SERIES_PAGE)["next"] == done_page
    assert footer(site, done_page)["prev"] == SERIES_PAGE
    # No post has a strategy, so no strategy library follows the index.
    assert footer(site, INDEX)["next"] is None


def _many_series(project: SiteProject, count: int) -> None:
    """``count`` series of one published part each."""
    project.files["blog/.series.yml"] = registry(
        **{f"s{n:02d}": {"title": f"Series {n:02d}"} for n in range(1, count + 1)}
    )
    for n in range(1, count + 1):
        project.files[f"blog/posts/p{n:02d}.md"] = post(
            f"Post {n:02d}", f"2026-01-{n:02d}", series=f"s{n:02d}", slug=f"p{n:02d}"
        )


def _nav_series_links(site: BuiltSite, url: str) -> list[str]:
    """The series pages the primary navigation of ``url`` links to."""
    nav = site.html(url).select_one("nav.md-nav--primary")
    assert nav is not None
    return sorted(
        target
        for a in nav.select("a.md-nav__link[href]")
        if (target := resolves(site, url, a["href"])).startswith(INDEX) and target != INDEX
    )


@pytest.mark.parametrize(
    ("count", "option", "listed"),
    [(10, None, True), (11, None, False), (11, "all", True), (3, "index", False)],
)
def test_series_nav_default_lists_every_series_only_while_few(
    project: SiteProject, count: int, option: str | None, listed: bool
) -> None:
    """By default (``auto``) the sidebar lists every series page up to ten series, and
    only the series index beyond: a listed section is rendered whole on each of its
    pages, so listing hundreds would cost time in the square of their number."""
    _many_series(project, count)
    if option is not None:
        project.options()["series_nav"] = option
    site = project.build(strict=True)
    pages = [f"{INDEX}s{n:02d}/" for n in range(1, count + 1)]
    first = pages[0]
    assert _nav_series_links(site, first) == (sorted(pages) if listed else [])
    # Either way the series index is in the navigation and every series page exists.
    nav = site.html("blog/").select_one("nav.md-nav--primary")
    assert nav is not None
    assert INDEX in {resolves(site, "blog/", a["href"]) for a in nav.select("a.md-nav__link")}
    assert all(article(site, url).h1 is not None for url in pages)


def test_series_pages_outside_the_navigation_when_the_blog_is_not_in_it(
    project: SiteProject,
) -> None:
    love_lab(project)
    project.config["nav"] = ["index.md"]
    site = project.build()
    assert article(site, SERIES_PAGE).h1 is not None
    nav = site.html("").select_one("nav.md-nav--primary")
    assert nav is not None and "Love Lab" not in nav.get_text()


def test_series_page_urls_follow_the_options(project: SiteProject) -> None:
    love_lab(project)
    project.options().update({"series_url_format": "reading/{id}", "series_index_url": "all"})
    site = project.build(strict=True)
    assert article(site, "blog/reading/love-lab/").h1.get_text() == "Love Lab"
    assert article(site, "blog/all/").h1.get_text() == "Series"
    box = article(site, ONE).select_one("a.st-series-box__series")
    assert resolves(site, ONE, box["href"]) == "blog/reading/love-lab/"


# -- excerpts ---------------------------------------------------------------------------


@pytest.mark.parametrize("view", ["blog/", "blog/archive/2026/", "blog/category/dating/"])
def test_excerpts_carry_a_series_label_and_no_box(project: SiteProject, view: str) -> None:
    love_lab(project)
    site = project.build(strict=True)
    excerpts = {
        e.select_one("h2").get_text(strip=True): e
        for e in site.html(view).select("article.md-post--excerpt")
    }
    one = excerpts["One"]
    labels = one.select(".st-series-label")
    assert len(labels) == 1
    assert labels[0].get_text() == "Part 1 of 4 · Love Lab"
    assert labels[0].find_previous_sibling("h2") is not None  # under the excerpt's title
    assert one.select(".st-series-box, .st-stay-tuned") == []
    if "Other" in excerpts:
        assert excerpts["Other"].select(".st-series-label") == []


def test_series_labels_link_the_series_page_from_every_page(project: SiteProject) -> None:
    love_lab(project)
    # Two posts a page: the blog index and the archive have a second page, deeper down.
    project.options("blog")["pagination_per_page"] = 2
    site = project.build(strict=True)
    views = [
        "blog/",
        "blog/page/2/",
        "blog/archive/2026/",
        "blog/archive/2026/page/2/",
        "blog/category/dating/",
    ]
    labelled: dict[str, list[str]] = {}
    for view in views:
        for excerpt in site.html(view).select("article.md-post--excerpt"):
            label = excerpt.select_one(".st-series-label")
            if label is None:
                continue
            link = label.select_one("a.st-series-label__series")
            assert link is not None and link.get_text() == "Love Lab", view
            assert resolves(site, view, link["href"]) == SERIES_PAGE, view
            labelled.setdefault(view, []).append(excerpt.select_one("h2").get_text(strip=True))
    # Newest first: Three and Two, then Other (no series) and One.
    assert labelled == {
        "blog/": ["Three", "Two"],
        "blog/page/2/": ["One"],
        "blog/archive/2026/": ["Three", "Two"],
        "blog/archive/2026/page/2/": ["One"],
        "blog/category/dating/": ["One"],
    }
    # On a part, the series box links the series page as well.
    for url in (ONE, TWO, THREE):
        link = article(site, url).select_one(".st-series-box__title a.st-series-box__series")
        assert resolves(site, url, link["href"]) == SERIES_PAGE


def test_feed_items_of_parts_carry_the_label(project: SiteProject) -> None:
    love_lab(project)
    project.options()["feed_excerpts"] = True  # the site feeds' rich excerpts
    site = project.build()
    items = {item["title"]: item for item in site.json("feed_json_created.json")["items"]}
    description = BeautifulSoup(items["Two"]["content_html"], "html.parser")
    first = description.find(True)
    assert first is not None and "st-series-label" in first["class"]
    assert first.get_text() == "Part 2 of 4 · Love Lab"
    # In a feed the label is text: the series name links nowhere.
    assert first.select("a") == []
    assert description.select(".st-series-box") == []


# -- structured data, series.json -----------------------------------------------------


def test_json_ld_describes_posts_parts_and_series(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)
    (posting,) = jsonld(site, TWO)
    assert posting["@type"] == "BlogPosting"
    assert posting["headline"] == "Two"
    assert posting["url"] == "https://example.org/blog-site/" + TWO
    assert posting["datePublished"].startswith("2026-01-20")
    assert posting["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "name": "Love Lab",
        "url": "https://example.org/blog-site/" + SERIES_PAGE,
    }
    assert posting["position"] == 2

    (plain,) = jsonld(site, "blog/2026/01/15/other/")
    assert plain["@type"] == "BlogPosting" and "isPartOf" not in plain

    (series,) = jsonld(site, SERIES_PAGE)
    assert series["@type"] == "CreativeWorkSeries"
    assert [(p["position"], p["url"]) for p in series["hasPart"]] == [
        (1, "https://example.org/blog-site/" + ONE),
        (2, "https://example.org/blog-site/" + TWO),
        (3, "https://example.org/blog-site/" + THREE),
    ]
    # Every JSON-LD block of the site parses.
    for url in site.pages():
        jsonld(site, url)


def test_series_json_lists_every_series_with_parts_and_urls(project: SiteProject) -> None:
    love_lab(project)
    site = project.build(strict=True)
    data = site.json("series.json")
    (series,) = data["series"]
    assert series["id"] == "love-lab"
    assert series["status"] == "ongoing"
    assert (series["total"], series["published"]) == (4, 3)
    assert series["url"] == "https://example.org/blog-site/" + SERIES_PAGE
    assert series["feeds"] == {
        "rss": "https://example.org/blog-site/" + SERIES_PAGE + "feed_rss.xml",
        "json": "https://example.org/blog-site/" + SERIES_PAGE + "feed.json",
    }
    assert [(p["number"], p["status"], p["url"]) for p in series["parts"]] == [
        (1, "published", "https://example.org/blog-site/" + ONE),
        (2, "published", "https://example.org/blog-site/" + TWO),
        (3, "published", "https://example.org/blog-site/" + THREE),
        (4, "announced", None),
    ]
    assert series["parts"][3]["date"] == FUTURE


# -- drafts and scheduled posts -------------------------------------------------------


def test_draft_and_future_posts_count_as_announced(project: SiteProject) -> None:
    love_lab(project, upcoming=[{"part": 4, "title": "Superseded title", "date": FUTURE}])
    project.config["plugins"][1]["blog"]["draft_if_future_date"] = True
    project.files["blog/posts/four.md"] = post(
        "Four, written", "2099-04-01", series="love-lab", part=4, slug="four"
    )
    project.files["blog/posts/five.md"] = post(
        "Five, a draft", "2099-05-01", series="love-lab", part=5, slug="five", draft=True
    )
    site = project.build(strict=True)
    items = article(site, THREE).select("nav.st-series-box li.st-series-part")
    four, five = items[3], items[4]
    # The written post supersedes the registry's announcement of the same part.
    assert four.select_one(".st-series-part__title").get_text() == "Four, written"
    assert four.a is None and four.time["datetime"] == "2099-04-01"
    assert five.a is None and five.select_one(".st-series-part__status") is not None
    assert not site.path("blog/2099/04/01/four/").exists()
    assert "Superseded title" not in site.text(SERIES_PAGE)


def test_drafts_are_linked_when_serve_shows_them(project: SiteProject) -> None:
    love_lab(project, upcoming=[])
    project.files["blog/posts/four.md"] = post(
        "Four", "2026-03-01", series="love-lab", part=4, slug="four", draft=True
    )
    site = project.build(command="serve")
    box = article(site, THREE).select_one("nav.st-series-box")
    four = box.select("li.st-series-part")[3]
    assert four.a is not None
    assert resolves(site, THREE, four.a["href"]) == "blog/2026/03/01/four/"
    assert footer(site, THREE)["next"] == "blog/2026/03/01/four/"


# -- bad input, edge cases ------------------------------------------------------------


def test_titles_with_markup_characters_render_as_text(project: SiteProject) -> None:
    title = 'Love <b>bold</b> & "quotes" — Liebe für Größe'
    project.files["blog/.series.yml"] = registry(
        tricky={
            "title": title,
            "upcoming": [{"part": 2, "title": "<script>alert(1)</script> & co"}],
        }
    )
    post_title = "Post <3 & “Ünïcode”"
    project.files["blog/posts/t.md"] = post(post_title, "2026-01-10", series="tricky", slug="t")
    site = project.build(strict=True)
    url = "blog/2026/01/10/t/"
    page = article(site, url)
    assert page.select("b") == []
    # The only script is the plugin's own read marks, linked by the series box.
    scripts = [script.get("src", "") for script in page.select("script")]
    assert [src.rsplit("/", 1)[-1] for src in scripts] == ["series-read.js"]
    box = page.select_one("nav.st-series-box")
    assert box.select_one("a.st-series-box__series").get_text() == title
    titles = [t.get_text() for t in box.select(".st-series-part__title")]
    assert titles == [post_title, "<script>alert(1)</script> & co"]
    stay = page.select_one("aside.st-stay-tuned")
    assert "<script>alert(1)</script> & co" in stay.get_text()
    series_page = site.html("blog/series/tricky/")
    assert series_page.select("article b") == []
    scripts = [script.get("src", "") for script in series_page.select("article script")]
    assert [src.rsplit("/", 1)[-1] for src in scripts] == ["series-read.js"]
    assert series_page.select_one("article h1").get_text() == title
    nav_titles = [a.get_text(" ", strip=True) for a in series_page.select("nav a.md-nav__link")]
    assert title in nav_titles
    label = site.html("blog/").select_one(".st-series-label__series")
    assert label is not None and label.get_text() == title
    for block in jsonld(site, url) + jsonld(site, "blog/series/tricky/"):
        assert title in (block.get("name"), block.get("isPartOf", {}).get("name"))
    for raw in (site.text(url), site.text("blog/series/tricky/")):
        head = raw.split("</head>", 1)[0]
        scripts = head.split('<script type="application/ld+json">')[1:]
        assert scripts and all("<" not in s.split("</script>", 1)[0] for s in scripts)
    assert site.json("series.json")["series"][0]["title"] == title


def test_a_series_with_only_announced_parts(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = registry(
        soon={
            "title": "Soon",
            "upcoming": [
                {"part": 1, "title": "Opening", "date": FUTURE},
                {"part": 2, "title": "Closing"},
            ],
        }
    )
    project.files["blog/posts/x.md"] = post("Unrelated", "2026-01-10", slug="x")
    site = project.build(strict=True)
    page = article(site, "blog/series/soon/")
    assert page.select_one(".st-series-status").get_text() == "Ongoing: 0 of 2 parts published"
    assert page.select("ol.st-series-page__parts a") == []
    assert page.select_one(".st-series-page__readtime") is None
    for url in ("blog/series/soon/", INDEX):
        for link in site.html(url).select("article a[href]"):
            if not link["href"].startswith(("#", "http")):
                resolves(site, url, link["href"])
    (work,) = jsonld(site, "blog/series/soon/")
    assert work["@type"] == "CreativeWorkSeries" and "hasPart" not in work


def test_a_hundred_part_series_builds_with_a_short_box(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = registry(long={"title": "Long"})
    for n in range(1, 101):
        day = f"2026-{1 + (n - 1) // 28:02d}-{1 + (n - 1) % 28:02d}"
        project.files[f"blog/posts/p{n:03d}.md"] = post(
            f"Part {n}", day, series="long", part=n, slug=f"p{n}"
        )
    site = project.build(strict=True)
    url = "blog/2026/02/22/p50/"
    box = article(site, url).select_one("nav.st-series-box")
    assert box.select_one(".st-series-box__position").get_text() == "Part 50 of 100"
    shown = [li["value"] for li in box.select("li.st-series-part:not(.st-series-part--gap)")]
    assert shown == ["1", "48", "49", "50", "51", "52", "100"]
    assert len(box.select("li.st-series-part--gap")) == 2
    assert len(article(site, "blog/series/long/").select("ol.st-series-page__parts > li")) == 100
    assert footer(site, url) == {"prev": "blog/2026/02/21/p49/", "next": "blog/2026/02/23/p51/"}


def test_deleting_a_part_between_serve_builds_removes_it(
    project: SiteProject, plugin_warnings: ExpectedWarnings
) -> None:
    love_lab(project)
    first = project.build(command="serve")
    assert len(article(first, ONE).select("nav.st-series-box li")) == 4
    project.remove("blog/posts/two.md")
    # Part 2 is now missing: the build says so.
    second = project.build(command="serve")
    plugin_warnings.expect(r"series 'love-lab' has 4 parts but nothing fills part 2")
    titles = [
        li.select_one(".st-series-part__title").get_text()
        for li in article(second, ONE).select("nav.st-series-box li")
    ]
    assert titles == ["One", "Three", "The Fourth"]
    assert footer(second, ONE)["next"] == THREE
    assert [p["title"] for p in second.json("series.json")["series"][0]["parts"]] == [
        "One",
        "Three",
        "The Fourth",
    ]


def test_rebuilding_in_one_process_does_not_repeat_anything(project: SiteProject) -> None:
    love_lab(project)
    project.build(command="serve")
    site = project.build(command="serve")
    page = article(site, TWO)
    assert len(page.select("nav.st-series-box")) == 1
    assert len(page.select("aside.st-stay-tuned")) == 1
    assert len(jsonld(site, TWO)) == 1
    labels = site.html("blog/").select(".st-series-label")
    assert len(labels) == 3


def test_two_builds_in_one_process_write_the_same_series_pages(project: SiteProject) -> None:
    love_lab(project)
    first = project.build(command="serve")
    before = {url: first.text(url) for url in first.pages()}
    before_json = first.text("series.json")
    second = project.build(command="serve")
    assert {url: second.text(url) for url in second.pages()} == before
    assert second.text("series.json") == before_json


def test_the_series_file_can_live_elsewhere(project: SiteProject) -> None:
    love_lab(project)
    project.files["data/series.yml"] = project.files.pop("blog/.series.yml")
    project.options()["series_file"] = "data/series.yml"
    site = project.build(strict=True)
    assert article(site, SERIES_PAGE).h1.get_text() == "Love Lab"


def test_works_without_directory_urls(project: SiteProject) -> None:
    project.config["use_directory_urls"] = False
    love_lab(project)
    site = project.build(strict=True)
    two = "blog/2026/01/20/two.html"
    box = article(site, two).select_one("nav.st-series-box")
    assert resolves(site, two, box.select_one("a.st-series-box__series")["href"]) == (
        "blog/series/love-lab.html"
    )
    assert resolves(site, two, box.select("li")[0].a["href"]) == "blog/2026/01/10/one.html"
    page = "blog/series/love-lab.html"
    for link in article(site, page).select("a[href]"):
        resolves(site, page, link["href"])
    index = "blog/series/index.html"
    assert resolves(site, index, article(site, index).select_one("li a")["href"]) == page
    for view in ("blog/index.html", "blog/archive/2026.html"):
        label = site.html(view).select_one(".st-series-label a.st-series-label__series")
        assert resolves(site, view, label["href"]) == page
    assert site.json("series.json")["series"][0]["url"].endswith("/blog/series/love-lab.html")


def test_labels_follow_the_site_language(project: SiteProject) -> None:
    project.config["theme"]["language"] = "fr"
    love_lab(project)
    site = project.build(strict=True)
    box = article(site, THREE).select_one("nav.st-series-box")
    assert box.select_one(".st-series-box__position").get_text() == "Partie 3 sur 4"
    announced = box.select("li")[3]
    assert announced.select_one(".st-series-part__status").get_text() == "Bientôt disponible"
    assert announced.time.get_text() == "1 mars 2099"
    block = stay_tuned(site, THREE)
    assert " ".join(block.p.get_text().split()) == (
        "Restez à l'écoute : Partie 4 — The Fourth arrive le 1 mars 2099."
    )
    assert article(site, INDEX).h1.get_text() == "Séries"


def test_labels_can_be_overridden_in_the_config(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.options()["labels"] = {
        "series_coming_soon": "Soon™",
        "series_part_of": "Episode {number}/{total}",
        "seires": "typo",
    }
    site = project.build()
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any(
        "Plugin 'stay-tuned' option 'labels': unknown label seires; known labels:" in w
        for w in warnings
    ), warnings
    box = article(site, THREE).select_one("nav.st-series-box")
    assert box.select_one(".st-series-box__position").get_text() == "Episode 3/4"
    assert box.select_one(".st-series-part__status").get_text() == "Soon™"


def test_a_label_override_with_an_unknown_placeholder_is_an_error(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.options()["labels"] = {"series_part_of": "Part {nmber}"}
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "Plugin 'stay-tuned' option 'labels'" in error
    assert 'labels.series_part_of is "Part {nmber}": {nmber} is not a placeholder' in error


# -- the promise check ----------------------------------------------------------------


def test_a_passed_announced_date_is_a_warning(project: SiteProject, plugin_warnings: Any) -> None:
    love_lab(project, upcoming=[{"part": 4, "title": "Late", "date": PASSED}])
    project.build()
    message = plugin_warnings.expect(r"part 4 \('Late'\) was announced for 2020-03-01")
    assert "docs/blog/.series.yml" in message


def test_a_passed_date_fails_a_strict_build(project: SiteProject, plugin_warnings: Any) -> None:
    love_lab(project, upcoming=[{"part": 4, "title": "Late", "date": PASSED}])
    with pytest.raises(Abort):
        project.build(strict=True)
    plugin_warnings.expect("has passed")


def test_a_draft_dated_in_the_past_is_a_broken_promise(
    project: SiteProject, plugin_warnings: Any
) -> None:
    love_lab(project, upcoming=[])
    project.files["blog/posts/four.md"] = post(
        "Four", PASSED, series="love-lab", part=4, slug="four", draft=True
    )
    project.build()
    message = plugin_warnings.expect(r"part 4 \('Four'\) was announced for 2020-03-01")
    assert "blog/posts/four.md is still a draft" in message


def test_a_gap_in_part_numbers_is_a_warning(project: SiteProject, plugin_warnings: Any) -> None:
    love_lab(project, upcoming=[{"part": 6, "title": "Six"}])
    site = project.build()
    plugin_warnings.expect(r"series 'love-lab' has 6 parts but nothing fills part 4, 5")
    assert article(site, ONE).select_one(".st-series-box__position").get_text() == "Part 1 of 6"


def test_a_near_miss_series_id_is_a_warning(project: SiteProject, plugin_warnings: Any) -> None:
    love_lab(project)
    project.files["blog/posts/other.md"] = post(
        "Other", "2026-01-15", slug="other", series="Love Lab"
    )
    site = project.build()
    message = plugin_warnings.expect(r"series 'Love Lab' differs from the series 'love-lab'")
    assert "blog/posts/other.md" in message and "only by case, spaces or dashes" in message
    # The post is built, outside the series.
    assert article(site, "blog/2026/01/15/other/").select(".st-series-box") == []


def test_an_unknown_series_names_the_closest_id(project: SiteProject, plugin_warnings: Any) -> None:
    love_lab(project)
    project.files["blog/posts/other.md"] = post(
        "Other", "2026-01-15", slug="other", series="love-lap"
    )
    project.build()
    message = plugin_warnings.expect(r"series 'love-lap' is unknown")
    assert "blog/posts/other.md" in message and "Did you mean 'love-lab'?" in message


def test_the_next_due_part_is_logged(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.build()
    infos = [r.getMessage() for r in caplog.records if r.levelname == "INFO"]
    assert any(
        "next announced part: 'Love Lab' part 4 ('The Fourth') is due 2099-03-01" in m
        for m in infos
    )


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]


def test_mixing_numbered_and_unnumbered_parts_names_both_files(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.files["blog/posts/three.md"] = post("Three", "2026-02-01", series="love-lab")
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "mixes numbered and unnumbered parts" in error
    assert "blog/posts/one.md" in error and "blog/posts/three.md" in error


def test_two_posts_claiming_one_part_names_both_files(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.files["blog/posts/three.md"] = post("Three", "2026-02-01", series="love-lab", part=2)
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "blog/posts/three.md and" in error or "and docs/blog/posts/three.md" in error
    assert "blog/posts/two.md" in error and "'part: 2'" in error


@pytest.mark.parametrize(
    ("series", "expected"),
    [
        ({"love-lab": {"title": 42}}, "'series.love-lab.title': Expected some text"),
        (
            {"love-lab": {"title": "T", "upcoming": [{"part": 2, "title": "x", "dtae": 1}]}},
            "'series.love-lab.upcoming[0].dtae': unknown key",
        ),
        (
            {"love-lab": {"title": "T", "upcoming": [{"part": 2, "title": "x", "date": "soon"}]}},
            "'series.love-lab.upcoming[0].date': Expected a date like 2026-12-10",
        ),
        ({"Love Lab": {"title": "T"}}, "'series.Love Lab': a series id is used in URLs"),
    ],
)
def test_a_bad_series_file_names_the_file_and_the_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture, series: Any, expected: str
) -> None:
    love_lab(project)
    project.files["blog/.series.yml"] = registry(**series)
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "blog/.series.yml" in error and expected in error
    assert "A valid example" in error or "lowercase" in error


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"series": "love-lab", "part": 0}, "'part': Expected a whole number from 1"),
        ({"series": "love-lab", "part": "two"}, "'part': Expected a whole number like 2"),
        ({"series": ["love-lab"]}, "'series': Expected some text"),
        ({"part": 2}, "'part' needs 'series' too"),
    ],
)
def test_bad_front_matter_names_the_post_and_the_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture, meta: Any, expected: str
) -> None:
    love_lab(project)
    project.files["blog/posts/other.md"] = post("Other", "2026-01-15", slug="other", **meta)
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "blog/posts/other.md" in error and expected in error


def test_a_generated_page_may_not_replace_an_authors_page(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.files["blog/series/love-lab.md"] = "# Mine\n"
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "blog/series/love-lab.md is where a generated series page goes" in error
    assert "a file is already there" in error


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"series_url_format": "series"}, "it needs '{id}'"),
        ({"series_url_format": "series/{slug}"}, "option 'series_url_format' is 'series/{slug}'"),
        ({"series_index_url": "series/love-lab"}, "another generated page is already there"),
        ({"series_index_url": "series/{id}"}, "It may use no placeholder, like 'series'"),
        ({"series_file": "{blog}/{name}.yml"}, "It may use {blog}, like '{blog}/.series.yml'"),
    ],
)
def test_series_urls_that_cannot_work_are_errors(
    project: SiteProject, caplog: pytest.LogCaptureFixture, options: Any, expected: str
) -> None:
    love_lab(project)
    project.options().update(options)
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert expected in error
