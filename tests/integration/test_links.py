"""Link integrity after full builds: every internal link, anchor and asset resolves
(the checker is tests/linkcheck.py; point it at any built site)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import stack
from tests.linkcheck import assert_site_links, check_site, site_links
from tests.sitebuilder import SiteProject, post

SITE_URL = "https://love-and-dating.github.io/love-and-dating/"
POST = "blog/2026/11/25/the-importance-of-emotional-connection-in-relationships/"
SERIES = "blog/series/emotional-connection/"
LIBRARY = "blog/strategies/"


def test_every_link_of_the_love_and_dating_site_resolves(built: tuple[Path, str]) -> None:
    # The shared strict build uses mkdocs.yml's default site_url, which is SITE_URL.
    site, log = built
    assert "WARNING" not in log and "ERROR" not in log, log
    assert_site_links(site, SITE_URL)
    # The check saw the whole site: pages, feeds and the search index.
    assert (site / "404.html").is_file() and (site / "feed_rss_created.xml").is_file()
    assert len(list(site.rglob("*.html"))) >= 5
    # ... and the links the plugin adds: series, strategy library, feeds.
    links = site_links(site, SITE_URL)
    post, series, library = POST + "index.html", SERIES + "index.html", LIBRARY + "index.html"
    expected = {
        (post, SERIES),  # series box, JSON-LD isPartOf
        (post, SERIES + "feed_rss.xml"),  # closing card's follow link, <link rel=alternate>
        (post, SERIES + "feed.json"),  # <link rel=alternate>
        (post, "feed_json_created.json"),  # <link rel=alternate> (follow: true)
        (post, post + "#strategy-practice-active-listening"),  # the callout's permalink
        (series, POST),  # the parts
        (series, SERIES + "feed.json"),
        ("blog/series/index.html", SERIES),
        (library, POST + "#strategy-share-vulnerabilities"),
        ("blog/index.html", LIBRARY),  # navigation
        (SERIES + "feed_rss.xml", POST),  # feed items
        (SERIES + "feed.json", SERIES + "feed.json"),
        ("feed_json_created.json", POST),
        ("series.json", SERIES + "feed_rss.xml"),
        ("sitemap.xml", LIBRARY),
    }
    if not stack.MATERIALX:  # MaterialX searches with Pagefind: no search_index.json
        expected.add(("search/search_index.json", POST + "#how-to-cultivate-emotional-connection"))
    assert expected - links == set()


def _blog(project: SiteProject) -> None:
    project.options()["sign_off"] = "Thanks for reading. [About us](https://example.org/)."
    # Rich feed excerpts resolve links; the rss plugin's own excerpts keep `x.md` links.
    project.options().update({"feed_excerpts": True, "follow": True})
    project.files["about.md"] = "# About\n\n## Contact {#contact}\n\n![Logo](img/logo.svg)\n"
    project.files["img/logo.svg"] = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>\n'
    )
    project.files["index.md"] = (
        "# Home\n\nSee [the blog](blog/index.md), [contact](about.md#contact) and "
        "[the first post](blog/posts/post-0.md#the-details).\n"
    )
    for number in range(12):  # more than one index page (10 per page)
        project.files[f"blog/posts/post-{number}.md"] = post(
            f"Post {number}",
            f"2026-01-{number + 1:02d}",
            f"""
            Intro of post {number}, see [the previous one](post-{max(number - 1, 0)}.md).

            <!-- more -->

            ## The details

            [Back home](../../index.md) or [contact us](../../about.md#contact).
            """,
            categories=["Dating" if number % 2 else "Communication"],
        )


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "html-urls"])
def test_every_link_of_a_blog_resolves(project: SiteProject, directory_urls: bool) -> None:
    project.config["use_directory_urls"] = directory_urls
    project.config["theme"]["features"] = ["navigation.footer", "navigation.instant"]
    _blog(project)
    site = project.build(strict=True)
    assert_site_links(site.site_dir, project.config["site_url"])
    pages = site.pages()
    assert "blog/page/2/" in pages  # Material writes index pages as folders either way
    assert ("about/" if directory_urls else "about.html") in pages


def test_the_check_fails_on_a_broken_link_in_a_real_build(project: SiteProject) -> None:
    project.config["use_directory_urls"] = False
    _blog(project)
    site = project.build()
    page = site.path("about.html")
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "</article>", '<a href="blog/index.html#nowhere">x</a></article>'
        ),
        encoding="utf-8",
    )
    (broken,) = check_site(site.site_dir, project.config["site_url"])
    assert broken.source == "about.html"
    assert broken.reason == "no element with id 'nowhere' in blog/index.html"
