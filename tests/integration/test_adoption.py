"""Adopting the plugin: a plain Material blog that adds `- stay-tuned` and writes none
of its syntax builds the same pages, navigation, sitemap, feeds and warnings as
without it, apart from the repairs listed in the README.

Each case builds the same blog twice, configured as Material's blog and RSS
documentation recommends (authors in `.authors.yml`, dates in the forms Material
documents, a front-matter description, an `&` in a title, an image, a draft,
`<!-- more -->` excerpts), with and without `- stay-tuned`, and compares what readers
and feed readers get.
"""

from __future__ import annotations

import copy
import html
import logging
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests import stack
from tests.sitebuilder import BuiltSite, SiteProject

SITE = "https://example.org/adopt/"
SITE_URL_BASE = "https://example.org/blog-site/"  # sitebuilder.BASE_CONFIG
FEEDS_XML = ("feed_rss_created.xml", "feed_rss_updated.xml")
FEEDS_JSON = ("feed_json_created.json", "feed_json_updated.json")

RSS_MATERIAL: dict[str, Any] = {
    "match_path": "blog/posts/.*",
    "date_from_meta": {"as_creation": "date.created", "as_update": "date.updated"},
    "use_git": False,
}

# The rss plugin's documented options, on top of Material's recommended setup (several
# per build, to keep the number of builds down).
RSS_CASES: dict[str, dict[str, Any]] = {
    "material": RSS_MATERIAL,
    "as-creation-date-default-time": {
        **RSS_MATERIAL,
        "date_from_meta": {
            "as_creation": "date",
            "default_time": "09:30",
            "default_timezone": "Europe/Paris",
        },
    },
    "categories-length-url-parameters-comments": {
        **RSS_MATERIAL,
        "categories": ["categories", "tags"],
        "length": 2,
        "url_parameters": {"utm_source": "feed", "a": "b"},
        "comments_path": "#__comments",
        "pretty_print": True,
    },
    "use-git": {**RSS_MATERIAL, "use_git": True},
}

AUTHORS = (
    "authors:\n"
    "  ann:\n    name: Ann Author\n    description: Writer\n"
    "    avatar: https://example.org/ann.png\n"
    "  bob:\n    name: Bob Builder\n    description: Editor\n"
    "    avatar: https://example.org/bob.png\n"
)

POSTS = {
    # Material's mapping form, with an update and a curated description.
    "blog/posts/listening.md": """---
date:
  created: 2026-01-05
  updated: 2026-02-01
authors:
  - ann
categories:
  - Communication
tags:
  - listening
description: A curated one-line summary for search engines and feeds.
---

# Listening well

Listening is a skill you can practise.

<!-- more -->

## Why it matters

More text after the excerpt.
""",
    # An `&` in the title, several categories, two authors, a Markdown link and an
    # admonition in the excerpt.
    "blog/posts/flour.md": """---
date:
  created: 2026-01-10
authors:
  - ann
  - bob
categories:
  - Dating
  - Communication
---

# Flour & Water

A first date that ends in the kitchen, and [how to listen](listening.md).

!!! note "A tip"
    Bring an apron.

<!-- more -->

The rest of the story.
""",
    # The plain date form and an image from the docs folder.
    "blog/posts/picnic.md": """---
date: 2026-01-15
categories:
  - Dating
image: assets/picnic.png
---

# A picnic in the park

Blankets, sandwiches and a long talk.

<!-- more -->

Hidden below the fold.
""",
    # A date with a time of day.
    "blog/posts/late.md": """---
date:
  created: 2026-01-20 21:15:00
categories:
  - Communication
---

# Late-night talks

Some conversations only happen after dark.

<!-- more -->

More.
""",
    "blog/posts/draft.md": """---
date:
  created: 2026-01-25
draft: true
---

# Not ready yet

Unfinished.
""",
}


def _project(root: Path, rss: dict[str, Any], *, with_plugin: bool) -> SiteProject:
    project = SiteProject(root)
    plugins: list[Any] = [
        "search",
        {"blog": {"categories_allowed": ["Communication", "Dating"]}},
    ]
    if with_plugin:
        plugins.append("stay-tuned")
    plugins.append({"rss": copy.deepcopy(rss)})
    project.config = {
        "site_name": "Adoption Blog",
        "site_description": "A plain Material blog",
        "site_url": SITE,
        "theme": {"name": stack.THEME, "features": ["navigation.footer"]},
        "nav": [{"Home": "index.md"}, {"Blog": ["blog/index.md"]}],
        "plugins": plugins,
        "markdown_extensions": [
            "admonition",
            "attr_list",
            "md_in_html",
            {"toc": {"permalink": True}},
            "pymdownx.details",
            "pymdownx.superfences",
        ],
    }
    project.files["blog/.authors.yml"] = AUTHORS
    project.files.update(POSTS)
    project.files["assets/picnic.png"] = "not really a PNG"
    return project


def _git_commit(root: Path) -> None:
    """One commit holding the whole project, as in a shallow CI clone."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_AUTHOR_DATE": "2026-03-01T12:00:00+00:00",
        "GIT_COMMITTER_DATE": "2026-03-01T12:00:00+00:00",
    }
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "site"]):
        subprocess.run(["git", *command], cwd=root, env=env, check=True)


Built = tuple[BuiltSite, list[str]]


def _build(root: Path, rss: dict[str, Any], *, with_plugin: bool) -> Built:
    """The site and the warnings its build logged (any logger), paths made relative."""
    project = _project(root, rss, with_plugin=with_plugin)
    if rss.get("use_git"):
        project.write()
        _git_commit(root)
    return _build_project(project, root)


def _build_project(project: SiteProject, root: Path) -> Built:
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logger = logging.getLogger()
    logger.addHandler(handler)
    try:
        site = project.build()
    finally:
        logger.removeHandler(handler)
    warnings = sorted(r.getMessage().replace(str(root), "<root>") for r in records)
    return site, warnings


@pytest.fixture(scope="module", params=sorted(RSS_CASES))
def both(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Built, Built]:
    """The blog built without and with the plugin, and the warnings of each build."""
    rss = RSS_CASES[request.param]
    root = tmp_path_factory.mktemp(f"adoption-{request.param}")
    return (
        _build(root / "without", rss, with_plugin=False),
        _build(root / "with", rss, with_plugin=True),
    )


# What readers see -------------------------------------------------------------------


def _articles(site: BuiltSite, urls: list[str]) -> dict[str, str]:
    found = {}
    for url in urls:
        article = site.html(url).select_one("article")
        found[url] = str(article) if article is not None else ""
    return found


def _navigation(site: BuiltSite, url: str) -> list[tuple[str, str]]:
    nav = site.html(url).select_one("nav.md-nav--primary")
    assert nav is not None
    return [(str(a.get("href")), " ".join(a.get_text().split())) for a in nav.select("a")]


def _feed_links(site: BuiltSite, url: str) -> list[str]:
    head = site.html(url).head
    assert head is not None
    return [str(link.get("href")) for link in head.select('link[rel="alternate"]')]


def _sitemap(site: BuiltSite) -> list[str]:
    root = ET.fromstring(site.text("sitemap.xml"))
    return sorted(loc.text or "" for loc in root.iter() if loc.tag.endswith("loc"))


# What feed readers see --------------------------------------------------------------


def _rss_items(site: BuiltSite, name: str) -> list[dict[str, Any]]:
    text = site.text(name)
    ET.fromstring(text.encode("utf-8"))  # a strict XML parser accepts it
    feed = feedparser.parse(text)
    assert not feed.bozo, (name, feed.get("bozo_exception"))
    return [
        {
            "title": entry.get("title"),
            "link": entry.get("link"),
            "id": entry.get("id"),
            "published": entry.get("published"),
            "description": entry.get("summary"),
            "categories": [tag.term for tag in entry.get("tags", [])],
            "authors": [a.get("name") for a in entry.get("authors", [])],
            "comments": entry.get("comments"),
            "enclosures": [(e.get("href"), e.get("type")) for e in entry.get("enclosures", [])],
        }
        for entry in feed.entries
    ]


def _json_items(site: BuiltSite, name: str) -> list[dict[str, Any]]:
    feed = site.json(name)
    return [
        {
            "id": item.get("id"),
            "url": item.get("url"),
            "title": item.get("title"),
            "content_html": item.get("content_html"),
            "date_published": item.get("date_published"),
            "date_modified": item.get("date_modified"),
            "tags": item.get("tags") or [],
            "authors": item.get("authors") or [],
            "image": item.get("image"),
        }
        for item in feed["items"]
    ]


def _repaired_title(title: str | None) -> str | None:
    """The listed repair: mkdocs-rss-plugin escapes a `# heading` title twice
    (`Flour &amp;amp; Water`), so readers see `Flour &amp; Water`."""
    return html.unescape(title) if title is not None else None


def test_without_syntax_the_pages_feeds_and_warnings_are_the_same(
    both: tuple[Built, Built],
) -> None:
    (plain, plain_warnings), (adopted, adopted_warnings) = both
    urls = plain.pages()
    assert "blog/2026/01/10/flour--water/" in urls
    assert "blog/2026/01/25/not-ready-yet/" not in urls  # the draft
    assert _articles(adopted, urls) == _articles(plain, urls)
    assert adopted_warnings == plain_warnings

    for name in FEEDS_XML:
        expected = _rss_items(plain, name)
        for item in expected:
            item["title"] = _repaired_title(item["title"])
        assert _rss_items(adopted, name) == expected, name
    for name in FEEDS_JSON:
        expected = _json_items(plain, name)
        for item in expected:
            item["title"] = _repaired_title(item["title"])
        assert _json_items(adopted, name) == expected, name


def test_without_syntax_the_navigation_and_sitemap_are_the_same(
    both: tuple[Built, Built],
) -> None:
    (plain, _), (adopted, _) = both
    assert adopted.pages() == plain.pages()
    for url in plain.pages():
        assert _navigation(adopted, url) == _navigation(plain, url), url
    assert _sitemap(adopted) == _sitemap(plain)


def test_the_feeds_keep_what_the_author_wrote(
    both: tuple[Built, Built],
) -> None:
    """The comparison compares something: the dates, description and title a reader of
    the plain site's feed gets are the front matter's."""
    (plain, _), _ = both
    items = {i["title"]: i for i in _json_items(plain, "feed_json_created.json")}
    assert "Not ready yet" not in items
    listening = items.get("Listening well")
    if listening is not None:
        assert listening["content_html"] == (
            "A curated one-line summary for search engines and feeds."
        )
    assert BeautifulSoup(items["Late-night talks"]["content_html"], "html.parser").get_text()


# One behaviour each -----------------------------------------------------------------


def test_the_feeds_write_the_site_name_as_the_rss_plugin_does(tmp_path: Path) -> None:
    """The rss plugin writes the site name escaped in the channel title, and as it is in
    the channel image and each item's source: an apostrophe stays as it wrote it there
    (only a name that would break the feed, with `&`, is escaped ahead of it)."""
    written = {}
    for with_plugin in (False, True):
        root = tmp_path / str(with_plugin)
        project = _project(root, RSS_MATERIAL, with_plugin=with_plugin)
        project.config["site_name"] = "Ann's blog"
        site, _ = _build_project(project, root)
        written[with_plugin] = site.text("feed_rss_created.xml")
    for text in written.values():
        assert "<title>Ann&#39;s blog</title>" in text  # the channel's own title
        assert "/feed_rss_created.xml\">Ann's blog</source>" in text
    assert written[True].count("Ann's blog") == written[False].count("Ann's blog") > 2
    assert written[True].count("Ann&#39;s") == written[False].count("Ann&#39;s") == 1


def _feed_problems(site: BuiltSite) -> dict[str, str]:
    """Every XML feed of the site that a strict XML parser or feedparser rejects."""
    problems = {}
    for path in sorted(site.site_dir.rglob("*.xml")):
        if path.name == "sitemap.xml":
            continue
        data = path.read_bytes()
        try:
            ET.fromstring(data)
        except ET.ParseError as error:
            problems[path.relative_to(site.site_dir).as_posix()] = str(error)
            continue
        parsed = feedparser.parse(data)
        if parsed.bozo:
            problems[path.relative_to(site.site_dir).as_posix()] = str(parsed.bozo_exception)
    return problems


def _head_tags(site: BuiltSite, url: str) -> list[str]:
    head = site.html(url).head
    assert head is not None
    names = [str(m.get("property") or m.get("name")) for m in head.select("meta")]
    return [n for n in names if n.split(":", 1)[0] in {"og", "article", "twitter"}]


def test_rss_date_forms_read_the_dates_the_author_wrote(project: SiteProject) -> None:
    """`as_creation: date` with `default_time`: the rss plugin reads `date` as written
    (the plugin used to replace it with a mapping, so the rss plugin fell back to the
    build time)."""
    project.options("rss")["date_from_meta"] = {"as_creation": "date", "default_time": "09:30"}
    project.files["blog/posts/a.md"] = (
        "---\ndate: 2026-01-05\n---\n\n# A\n\nIntro.\n\n<!-- more -->\n\nMore.\n"
    )
    site = project.build(strict=True)
    (item,) = site.json("feed_json_created.json")["items"]
    assert item["date_published"] == "2026-01-05T09:30:00+00:00"
    (entry,) = feedparser.parse(site.text("feed_rss_created.xml")).entries
    assert entry.published == "Mon, 05 Jan 2026 09:30:00 +0000"


def test_feed_descriptions_are_the_rss_plugins_unless_rich_excerpts_are_on(
    project: SiteProject,
) -> None:
    project.files["blog/posts/a.md"] = (
        "---\ndate:\n  created: 2026-01-05\ndescription: Curated summary.\n---\n\n# A\n\n"
        "!!! tip\n    Rich intro.\n\n<!-- more -->\n\nMore.\n"
    )
    site = project.build(strict=True)
    (item,) = site.json("feed_json_created.json")["items"]
    assert item["content_html"] == "Curated summary."

    project.options()["feed_excerpts"] = True
    site = project.build(strict=True)
    (item,) = site.json("feed_json_created.json")["items"]
    tip = BeautifulSoup(item["content_html"], "html.parser").select_one("div.admonition.tip")
    assert tip is not None and tip.get_text(" ", strip=True) == "Tip Rich intro."


def test_the_follow_block_is_shown_only_when_the_site_turns_it_on(project: SiteProject) -> None:
    project.files["blog/posts/a.md"] = (
        "---\ndate:\n  created: 2026-01-05\n---\n\n# A\n\nIntro.\n\n<!-- more -->\n\nMore.\n"
    )
    url = "blog/2026/01/05/a/"
    site = project.build(strict=True)
    assert site.html(url).select(".st-follow") == []

    project.options()["follow"] = True
    site = project.build(strict=True)
    (block,) = site.html(url).select("article aside.st-follow")
    assert [a.get_text() for a in block.select("a.st-follow__feed")] == ["RSS feed"]


def test_url_encoded_image_paths_name_their_file(project: SiteProject) -> None:
    project.files["assets/r720 on wall.webP"] = "not really an image"
    project.files["blog/posts/a.md"] = (
        "---\ndate:\n  created: 2026-01-05\nimage: assets/r720%20on%20wall.webP\n---\n\n"
        "# A\n\nIntro.\n\n<!-- more -->\n\nMore.\n"
    )
    site = project.build(strict=True)  # no warning that the image is missing
    image = SITE_URL_BASE + "assets/r720%20on%20wall.webP"
    (item,) = site.json("feed_json_created.json")["items"]
    assert item["image"] == image
    (entry,) = feedparser.parse(site.text("feed_rss_created.xml")).entries
    assert [(e.href, e.type) for e in entry.enclosures] == [(image, "image/webp")]
    head = site.html("blog/2026/01/05/a/").head
    assert head is not None
    og_image = head.select_one('meta[property="og:image"]')
    assert og_image is not None and og_image["content"] == image


def test_head_metadata_can_be_turned_off(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = "series:\n  lab:\n    title: Love Lab\n"
    project.files["blog/posts/a.md"] = (
        "---\ndate:\n  created: 2026-01-05\nseries: lab\n---\n\n# A\n\nIntro.\n\n"
        "<!-- more -->\n\nMore.\n"
    )
    post_url = "blog/2026/01/05/a/"
    site = project.build(strict=True)
    assert "og:title" in _head_tags(site, post_url)  # on by default
    assert site.html(post_url).select('script[type="application/ld+json"]') != []

    project.options()["head_metadata"] = False
    site = project.build(strict=True)
    for url in ("", post_url, "blog/series/lab/"):
        assert _head_tags(site, url) == [], url
        assert site.html(url).select('script[type="application/ld+json"]') == [], url
    # The series' feed links stay: they are for readers' feed readers.
    assert site.html(post_url).select('link[rel="alternate"][title="Love Lab (RSS)"]') != []


def test_every_feed_parses_whatever_the_posts_contain(project: SiteProject) -> None:
    """A CDN image URL with `&`, and control characters pasted into a title, an
    author's name, a category and an excerpt: the site feeds and the series feeds stay
    well-formed XML."""
    project.options().update({"feed_excerpts": True})
    project.files["blog/.series.yml"] = "series:\n  lab:\n    title: Love Lab\n"
    project.files["blog/.authors.yml"] = (
        'authors:\n  ann:\n    name: "Ann\\vAuthor"\n    description: W\n'
        "    avatar: https://example.org/ann.png\n"
    )
    image = "https://cdn.example.org/photo.jpg?w=1200&h=630"
    project.files["blog/posts/a.md"] = (
        "---\ndate:\n  created: 2026-01-05\n"
        f'title: "Form\\ffeed"\nauthors: [ann]\ncategories: ["Love\\fTrust"]\n'
        f"series: lab\nimage: {image}\n---\n\n"
        "# Heading\n\nAn intro with a vertical\x0btab.\n\n<!-- more -->\n\nMore.\n"
    )
    project.files["blog/posts/b.md"] = (
        "---\ndate:\n  created: 2026-01-06\n---\n\n# Tabs\x0b and feeds\n\n"
        "Intro\x0c.\n\n<!-- more -->\n\nMore.\n"
    )
    project.options()["feed_excerpts"] = False  # the rss plugin's own excerpts too
    site = project.build()
    assert _feed_problems(site) == {}
    assert site.path("blog/series/lab/feed_rss.xml").is_file()
    entries = {e.title: e for e in feedparser.parse(site.text("feed_rss_created.xml")).entries}
    assert set(entries) == {"Form feed", "Tabs and feeds"}
    assert [e.href for e in entries["Form feed"].enclosures] == [image]
    assert [t.term for t in entries["Form feed"].tags] == ["Love Trust", "Love Lab"]
    items = {i["title"]: i for i in site.json("feed_json_created.json")["items"]}
    assert items["Form feed"]["image"] == image
    (part,) = feedparser.parse(site.text("blog/series/lab/feed_rss.xml")).entries
    assert part.title == "Form feed"

    project.options()["feed_excerpts"] = True
    site = project.build()
    assert _feed_problems(site) == {}


def test_an_image_url_must_be_http_or_https(project: SiteProject, plugin_warnings: Any) -> None:
    project.files["blog/posts/a.md"] = (
        "---\ndate:\n  created: 2026-01-05\nimage: JAVASCRIPT://example.org/%0Aalert(1)\n---\n\n"
        "# A\n\nIntro.\n\n<!-- more -->\n\nMore.\n"
    )
    site = project.build()
    warning = plugin_warnings.expect(r"front matter 'image: JAVASCRIPT:.*' of blog/posts/a\.md")
    assert "is not an http:// or https:// URL" in warning
    assert "javascript://" not in site.text("blog/2026/01/05/a/index.html").lower()
    assert "javascript://" not in site.text("feed_rss_created.xml").lower()
    assert "javascript://" not in site.text("feed_json_created.json").lower()


def test_without_site_url_a_site_that_asked_for_nothing_is_left_alone(tmp_path: Path) -> None:
    rss = {**RSS_MATERIAL}
    sites = []
    for with_plugin in (False, True):
        root = tmp_path / str(with_plugin)
        project = _project(root, rss, with_plugin=with_plugin)
        del project.config["site_url"]
        project.write()
        sites.append(_build_project(project, root))
    (plain, plain_warnings), (adopted, adopted_warnings) = sites
    assert adopted_warnings == plain_warnings  # the rss plugin's own, nothing more
    for name in (*FEEDS_XML, *FEEDS_JSON):
        assert adopted.path(name).is_file() == plain.path(name).is_file(), name
    for url in plain.pages():
        assert _feed_links(adopted, url) == _feed_links(plain, url), url
