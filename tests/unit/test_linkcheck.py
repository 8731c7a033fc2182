"""The link checker itself: it must find every kind of broken link, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.linkcheck import assert_site_links, check_site, site_links

SITE_URL = "https://example.org/blog-site/"


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def html(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"


GOOD = {
    "index.html": html(
        '<a href="posts/first/">first</a> <a href="posts/first/#part-two">anchor</a>'
        ' <a href="#top">top</a> <h1 id="top">Home</h1>'
        ' <a href="posts/first">no slash</a> <a href="about.html?x=1">query</a>'
        ' <img src="img/a.png" srcset="img/a.png 1x, img/b%20c.png 2x">'
        ' <a href="https://elsewhere.org/missing/">external</a>'
        ' <a href="https://example.org/other-project/">same host, another site</a>'
        ' <a href="mailto:me@example.org">mail</a> <a href="">self</a>'
        ' <a href="https://example.org/blog-site/posts/first/#part-two">absolute</a>',
        head='<link rel="canonical" href="https://example.org/blog-site/">'
        '<link rel="stylesheet" href="css/site.css"><script src="js/app.js"></script>'
        '<meta property="og:image" content="https://example.org/blog-site/img/a.png">',
    ),
    "posts/first/index.html": html(
        '<a href="../../">home</a> <h2 id="part-two">Two</h2> <a name="legacy"></a>'
        ' <a href="../../index.html#legacy-missing-not-here">bad</a>',
        head='<script type="application/ld+json">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@id": SITE_URL + "#website",  # an identifier, not a link
                "url": SITE_URL + "posts/first/",
                "isPartOf": {"name": "A series", "url": SITE_URL + "series/gone/"},
            }
        )
        + "</script>",
    ),
    "about.html": html('<a href="posts/first/#legacy">legacy anchor</a>'),
    "404.html": html('<a href="/blog-site/about.html">root-relative</a>'),
    "css/site.css": "body {}",
    "js/app.js": "",
    "img/a.png": "",
    "img/b c.png": "",
    "feed.xml": '<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
    "<link>https://example.org/blog-site/</link>"
    '<atom:link href="https://example.org/blog-site/feed.xml" rel="self"/>'
    "<image><url>https://example.org/blog-site/img/gone.png</url></image><item>"
    "<link>https://example.org/blog-site/posts/first/</link>"
    '<guid isPermaLink="false">https://example.org/blog-site/not-a-link/</guid>'
    "<description>&lt;a href=&quot;#part-two&quot;&gt;anchor&lt;/a&gt;"
    " &lt;a href=&quot;../gone/&quot;&gt;relative to the item&lt;/a&gt;</description>"
    "</item></channel></rss>",
    "feed.json": json.dumps(
        {
            "version": "https://jsonfeed.org/version/1",
            "home_page_url": SITE_URL,
            "items": [
                {"url": SITE_URL + "posts/gone/"},
                {
                    "url": SITE_URL + "posts/first/",
                    "image": SITE_URL + "img/a.png",
                    "content_html": '<a href="#nope">x</a> <img src="../../img/b%20c.png">',
                },
            ],
        }
    ),
    "series.json": json.dumps(
        {"series": [{"url": SITE_URL, "feeds": {"rss": SITE_URL + "series/a/feed.xml"}}]}
    ),
    "search/search_index.json": json.dumps(
        {
            "docs": [
                {"location": ""},
                {"location": "posts/first/#part-two"},
                {"location": "nowhere/"},
                {"location": "about.html#nothing"},
            ]
        }
    ),
}


def test_finds_every_broken_link_and_nothing_else(tmp_path: Path) -> None:
    site = write(tmp_path, GOOD)
    broken = {(b.source, b.url): b.reason for b in check_site(site, SITE_URL)}
    assert broken == {
        ("posts/first/index.html", "../../index.html#legacy-missing-not-here"): (
            "no element with id 'legacy-missing-not-here' in index.html"
        ),
        ("feed.json", SITE_URL + "posts/gone/"): "no file for 'posts/gone/'",
        ("feed.json", SITE_URL + "posts/first/#nope"): (
            "no element with id 'nope' in posts/first/index.html"
        ),
        ("feed.xml", SITE_URL + "img/gone.png"): "no file for 'img/gone.png'",
        ("feed.xml", SITE_URL + "posts/gone/"): "no file for 'posts/gone/'",
        ("posts/first/index.html", SITE_URL + "series/gone/"): "no file for 'series/gone/'",
        ("series.json", SITE_URL + "series/a/feed.xml"): "no file for 'series/a/feed.xml'",
        ("search/search_index.json", "nowhere/"): "no file for 'nowhere/'",
        ("search/search_index.json", "about.html#nothing"): (
            "no element with id 'nothing' in about.html"
        ),
    }


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ('<a href="missing/">x</a>', "no file for 'missing/'"),
        ('<a href="#nowhere">x</a>', "no element with id 'nowhere' in page.html"),
        ('<img src="img/none.png">', "no file for 'img/none.png'"),
        ('<img srcset="img/a.png 1x, img/none.png 2x">', "no file for 'img/none.png'"),
        ('<link rel="stylesheet" href="css/none.css">', "no file for 'css/none.css'"),
        ('<script src="js/none.js"></script>', "no file for 'js/none.js'"),
        ('<a href="https://example.org/blog-site/gone.html">x</a>', "no file for 'gone.html'"),
        ('<a href="/blog-site/gone/">x</a>', "no file for 'gone/'"),
        ('<a href="about.html/">x</a>', "no file for 'about.html/'"),
        ('<meta property="og:url" content="https://example.org/blog-site/x/">', "no file"),
    ],
)
def test_each_kind_of_broken_link_is_reported(tmp_path: Path, link: str, reason: str) -> None:
    site = write(tmp_path, {**GOOD, "page.html": html(link)})
    broken = [b for b in check_site(site, SITE_URL) if b.source == "page.html"]
    assert len(broken) == 1, broken
    assert reason in broken[0].reason


def test_without_site_url_absolute_links_are_external(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.html": html(
                '<a href="https://example.org/blog-site/gone/">x</a><a href="gone/">y</a>'
            )
        },
    )
    assert [b.url for b in check_site(site)] == ["gone/"]


def test_assert_site_links_lists_what_is_broken(tmp_path: Path) -> None:
    site = write(tmp_path, {"index.html": html('<a href="a/">a</a><a href="#b">b</a>')})
    with pytest.raises(AssertionError) as failure:
        assert_site_links(site, SITE_URL)
    message = str(failure.value)
    assert message.startswith("2 broken links in")
    assert "index.html: a/ (no file for 'a/')" in message
    assert "index.html: #b (no element with id 'b' in index.html)" in message


def test_site_links_lists_every_internal_link_resolved(tmp_path: Path) -> None:
    links = site_links(write(tmp_path, GOOD), SITE_URL)
    assert ("index.html", "posts/first/#part-two") in links
    assert ("posts/first/index.html", "posts/first/") in links  # JSON-LD
    assert ("feed.xml", "posts/first/#part-two") in links  # item content
    assert ("feed.json", "img/b c.png") in links
    assert ("search/search_index.json", "about.html#nothing") in links
    assert not any("elsewhere.org" in target or "@" in target for _, target in links)
    assert not any(target.startswith("not-a-link") for _, target in links)
