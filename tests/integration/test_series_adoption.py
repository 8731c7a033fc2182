"""A Material blog whose posts already write ``series:`` for their own purposes (their
templates or hooks read it) and that has no series file builds with stay-tuned as
without it: the same articles, no warning (so ``--strict`` passes), no series page, feed,
JSON-LD, ``series.json`` or series stylesheet; one INFO line says why and how to declare
a series. With a series file, ``series:`` is the plugin's and is checked as always."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from mkdocs.exceptions import Abort

from tests.sitebuilder import BuiltSite, SiteProject, post

SERIES_CSS = "assets/stay_tuned/series.css"
FOLLOW_CSS = "assets/stay_tuned/follow.css"
BASE_CSS = "assets/stay_tuned/stay-tuned.css"
ALL_CSS = (BASE_CSS, FOLLOW_CSS, SERIES_CSS)
JSONLD = 'script[type="application/ld+json"]'
REGISTRY_WHERE = "docs/blog/.series.yml"
POSTS = {
    # As on jxnl/blog: a series name, not an id, read by the site's own templates.
    "a": ("A", "2026-01-10", {"series": "Context Engineering"}),
    "b": ("B", "2026-01-12", {"series": "Context Engineering", "part": 2}),
    # Other forms blogs use for their own series keys.
    "c": ("C", "2026-01-14", {"series": ["Context Engineering", "RAG"]}),
    "d": ("D", "2026-01-16", {"series": {"name": "RAG", "order": 1}}),
    # `part:` alone.
    "e": ("E", "2026-01-18", {"part": 3}),
    "f": ("F", "2026-01-20", {}),
}


def _own_series_blog(project: SiteProject) -> None:
    for slug, (title, date, meta) in POSTS.items():
        project.files[f"blog/posts/{slug}.md"] = post(title, date, slug=slug, **meta)
    project.files["about.md"] = "---\nseries: Context Engineering\n---\n\n# About\n\nUs.\n"


def _articles(site: BuiltSite) -> dict[str, str]:
    """Every page's article, as HTML, by URL."""
    found = {}
    for url in site.pages():
        article = site.html(url).select_one("article.md-content__inner")
        if article is not None:
            found[url] = str(article)
    return found


def _stylesheets(site: BuiltSite, url: str) -> list[str]:
    return [str(link["href"]) for link in site.html(url).select('link[rel="stylesheet"]')]


def _infos(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("mkdocs.plugins.stay_tuned") and r.levelno == logging.INFO
    ]


def test_a_blog_with_its_own_series_key_and_no_series_file_is_left_alone(
    project: SiteProject, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _own_series_blog(project)
    # Without an rss plugin and a sign-off nothing of the plugin closes a post, so the
    # articles compare whole.
    project = project.without_plugins(tmp_path / "with", "rss")
    site = project.build(strict=True)  # no warning: --strict passes

    (info,) = [m for m in _infos(caplog) if "series file" in m]
    assert info.startswith(
        "stay-tuned: 4 posts have 'series:' in the front matter, but there is no series "
        f"file at {REGISTRY_WHERE}, so stay-tuned leaves them alone"
    )
    assert "declare it in docs/blog/.series.yml" in info

    without = project.without_plugins(tmp_path / "without", "stay-tuned").build(strict=True)
    assert _articles(site) == _articles(without)
    assert site.pages() == without.pages()
    assert not site.path("series.json").exists()
    assert not site.path("blog/series/").exists()
    for url in site.pages():
        page = site.html(url)
        assert not page.select('[class*="st-series"], .st-stay-tuned'), url
        jsonld = [json.loads(s.string or "") for s in page.select(JSONLD)]
        assert not [d for d in jsonld if "isPartOf" in d], url
        # A post is still described as one, as on any site with the plugin.
        if url.startswith("blog/2026/"):
            assert [d["@type"] for d in jsonld] == ["BlogPosting"], url
        assert not [href for href in _stylesheets(site, url) if "stay_tuned" in href], url
    assert not [css for css in ALL_CSS if site.path(css).exists()]


@pytest.mark.parametrize(
    ("meta", "key"),
    [
        ({"series": ["context-engineering", "rag"]}, "'series': Expected some text"),
        ({"series": {"name": "context-engineering"}}, "'series': Expected some text"),
        ({"part": 3}, "'part' needs 'series' too"),
    ],
)
def test_with_a_series_file_a_series_that_is_no_id_is_an_error_naming_file_and_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture, meta: dict[str, Any], key: str
) -> None:
    project.files["blog/.series.yml"] = (
        "series:\n  context-engineering:\n    title: Context Engineering\n"
    )
    project.files["blog/posts/a.md"] = post("A", "2026-01-10", slug="a", **meta)
    with pytest.raises(Abort):
        project.build()
    (error,) = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert error.startswith(f"stay-tuned: docs/blog/posts/a.md: {key}")
    assert "Traceback" not in caplog.text


def test_with_a_series_file_an_unknown_series_is_still_a_warning(
    project: SiteProject, plugin_warnings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    project.files["blog/.series.yml"] = (
        "series:\n  context-engineering:\n    title: Context Engineering\n"
    )
    project.files["blog/posts/a.md"] = post(
        "A", "2026-01-10", slug="a", series="context-engineering"
    )
    project.files["blog/posts/b.md"] = post(
        "B", "2026-01-12", slug="b", series="Context Engineering"
    )
    project.files["blog/posts/c.md"] = post(
        "C", "2026-01-14", slug="c", series="context-engineerin"
    )
    project.build()
    message = plugin_warnings.expect("series 'Context Engineering' differs from the series")
    assert message.startswith("stay-tuned: docs/blog/posts/b.md: ")
    assert f"'context-engineering' declared in {REGISTRY_WHERE}" in message
    message = plugin_warnings.expect("series 'context-engineerin' is unknown")
    assert f"{REGISTRY_WHERE} does not declare it" in message
    assert "Did you mean 'context-engineering'?" in message
    assert not [m for m in _infos(caplog) if "no series file" in m]
