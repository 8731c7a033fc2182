"""A site links and ships the plugin's stylesheets only for what it shows: no series
stylesheet without a series, none at all when the plugin shows nothing."""

from __future__ import annotations

from pathlib import Path

from tests.sitebuilder import BuiltSite, SiteProject, post

SERIES_CSS = "assets/stay_tuned/series.css"
FOLLOW_CSS = "assets/stay_tuned/follow.css"
BASE_CSS = "assets/stay_tuned/stay-tuned.css"
ALL_CSS = (BASE_CSS, FOLLOW_CSS, SERIES_CSS)
READ_JS = "assets/stay_tuned/series-read.js"


def _stylesheets(site: BuiltSite, url: str) -> list[str]:
    return [str(link["href"]) for link in site.html(url).select('link[rel="stylesheet"]')]


def test_a_plain_blog_gets_no_stylesheet_of_the_plugin(
    project: SiteProject, tmp_path: Path
) -> None:
    project.files["blog/posts/a.md"] = post("A", "2026-01-10", slug="a")
    # The rss plugin is on, but the site did not turn the follow block on: the plugin
    # shows nothing, so it links and writes no stylesheet.
    site = project.build(strict=True)
    for url in ("", "blog/", "blog/2026/01/10/a/"):
        assert not [href for href in _stylesheets(site, url) if "stay_tuned" in href], url
    assert not [css for css in ALL_CSS if site.path(css).exists()]
    # Nor the series' read marks script.
    assert not site.path(READ_JS).exists()
    assert not site.html("blog/2026/01/10/a/").select("script[src*=stay_tuned]")

    # `follow: true`: every post closes with the site's follow block (feed links).
    project.options()["follow"] = True
    following = project.build(strict=True)
    for url in ("", "blog/", "blog/2026/01/10/a/"):
        css = _stylesheets(following, url)
        assert not [href for href in css if href.endswith(SERIES_CSS)], url
        assert [href for href in css if href.endswith(FOLLOW_CSS)], url
        assert [href for href in css if href.endswith(BASE_CSS)], url
    assert not following.path(SERIES_CSS).exists()
    assert following.path(FOLLOW_CSS).is_file() and following.path(BASE_CSS).is_file()

    # `follow: true` without feeds, a form or a sign-off: the block would be empty.
    bare = project.without_plugins(tmp_path / "bare", "rss").build(strict=True)
    for url in ("", "blog/", "blog/2026/01/10/a/"):
        assert not [href for href in _stylesheets(bare, url) if "stay_tuned" in href], url
    assert not [css for css in ALL_CSS if bare.path(css).exists()]


def test_a_sign_off_keeps_the_base_stylesheet_only(project: SiteProject, tmp_path: Path) -> None:
    project.files["blog/posts/a.md"] = post("A", "2026-01-10", slug="a")
    project.options()["sign_off"] = "Thanks for reading!"
    site = project.without_plugins(tmp_path / "signed", "rss").build(strict=True)
    css = _stylesheets(site, "blog/2026/01/10/a/")
    assert [href for href in css if href.endswith(BASE_CSS)]
    assert not [href for href in css if href.endswith((FOLLOW_CSS, SERIES_CSS))]
    assert site.path(BASE_CSS).is_file() and not site.path(SERIES_CSS).exists()


def test_a_site_with_a_series_gets_every_stylesheet_of_it(project: SiteProject) -> None:
    project.files["blog/.series.yml"] = "series:\n  love-lab:\n    title: Love Lab\n"
    project.files["blog/posts/a.md"] = post("A", "2026-01-10", slug="a", series="love-lab")
    # No rss plugin: the series' stay-tuned block holds a follow block all the same.
    site = project.without_plugins(project.root.parent / "series", "rss").build(strict=True)
    for url in ("", "blog/2026/01/10/a/", "blog/series/love-lab/"):
        css = _stylesheets(site, url)
        assert all(any(href.endswith(path) for href in css) for path in ALL_CSS), url
    assert all(site.path(path).is_file() for path in ALL_CSS)
    # The read marks script is shipped, and linked by the part and the series page only.
    assert site.path(READ_JS).is_file()
    for url, linked in (("", False), ("blog/2026/01/10/a/", True), ("blog/series/love-lab/", True)):
        scripts = [s["src"] for s in site.html(url).select("script[src]")]
        assert any(src.endswith(READ_JS) for src in scripts) is linked, url


def test_a_site_file_at_a_callout_stylesheet_path_is_the_sites_own(
    project: SiteProject,
) -> None:
    # No callout is shown, so the plugin drops its callout stylesheets, but not a file
    # of the same path that the site keeps in docs/.
    project.files["blog/posts/a.md"] = post("A", "2026-01-10", slug="a")
    project.files["assets/stay_tuned/callouts.css"] = "/* the site's own */\n"
    site = project.build(strict=True)
    assert site.path("assets/stay_tuned/callouts.css").read_text() == "/* the site's own */\n"
    assert not site.path("assets/stay_tuned/callout-types.css").exists()
