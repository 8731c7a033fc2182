"""Adding stay-tuned to a Material blog that writes no callouts changes nothing a reader
sees: no empty strategy library (in the navigation, the footer, the sitemap or the
search index), no stylesheet for callouts nobody shows, no stray template file. The
library exists when a published post has a strategy or the site asks for it, and it
follows ``blog_dir``."""

from __future__ import annotations

import copy
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from stay_tuned.own_conversion import OwnConversionExtension

from tests.sitebuilder import BuiltSite, SiteProject, post

LIBRARY = "blog/strategies/"
OUR_CSS = ("assets/stay_tuned/callouts.css", "assets/stay_tuned/callout-types.css")
STRAY = "stay_tuned/callout-types.css"
OTHER_FEATURES_CSS = {
    "assets/stay_tuned/stay-tuned.css",
    "assets/stay_tuned/follow.css",
    "assets/stay_tuned/series.css",
}
"""Stylesheets of the other features (sign-off, follow block, series): not this test's."""

STRATEGY = '!!! strategy "Listen"\n    Put the phone away.\n'


def _plain_blog(project: SiteProject) -> None:
    project.files["blog/posts/a.md"] = post("A", "2026-01-20", slug="a", categories=["Dating"])
    project.files["blog/posts/b.md"] = post(
        "B", "2026-01-21", 'Intro.\n\n!!! tip "Material\'s own"\n    Kept.\n', slug="b"
    )


def _tree(site: BuiltSite) -> set[str]:
    return {
        p.relative_to(site.site_dir).as_posix() for p in site.site_dir.rglob("*") if p.is_file()
    }


def _hrefs(site: BuiltSite, url: str) -> set[str]:
    """Every link on page ``url``, made site-relative."""
    base = f"https://x.test/{url}"
    return {
        urljoin(base, a["href"]).removeprefix("https://x.test/").split("#")[0]
        for a in site.html(url).select("a[href]")
    }


def _links_to(site: BuiltSite, target: str) -> list[str]:
    """The pages of ``site`` holding a link to ``target``, or listing it in their
    stylesheets, the sitemap or the search index."""
    found = [url for url in site.pages() if target in _hrefs(site, url)]
    if target in site.text("sitemap.xml"):
        found.append("sitemap.xml")
    if any(e["location"].startswith(target) for e in site.json("search/search_index.json")["docs"]):
        found.append("search_index.json")
    return found


def test_a_blog_without_callouts_gets_no_library_no_callout_css_and_no_stray_file(
    project: SiteProject, tmp_path: Path
) -> None:
    _plain_blog(project)
    site = project.build(strict=True)
    tree = _tree(site)
    assert not site.path(LIBRARY).exists()
    assert not [page for page in site.pages() if "strateg" in page]
    assert _links_to(site, LIBRARY) == []
    for url in ("", "blog/", "blog/2026/01/21/b/"):
        page = site.html(url)
        assert "Strategy library" not in page.get_text()
        css = [link["href"] for link in page.select('link[rel="stylesheet"]')]
        assert not [href for href in css if href.endswith(OUR_CSS)], url
    assert not set(OUR_CSS) & tree
    assert STRAY not in tree  # the raw Jinja template was copied into every site

    # The same site without the plugin: the plugin adds only the other features'
    # stylesheets (its sign-off and follow block, on every post).
    without = SiteProject(tmp_path / "without", files=copy.deepcopy(project.files))
    without.config["plugins"] = [
        p for p in without.config["plugins"] if not (isinstance(p, dict) and "stay-tuned" in p)
    ]
    assert tree - _tree(without.build(strict=True)) <= OTHER_FEATURES_CSS


def test_only_drafts_and_scheduled_posts_with_strategies_give_no_library(
    project: SiteProject,
) -> None:
    _plain_blog(project)
    project.config["plugins"][1]["blog"]["draft_if_future_date"] = True
    project.files["blog/posts/draft.md"] = post("Draft", "2026-01-22", STRATEGY, draft=True)
    project.files["blog/posts/later.md"] = post("Later", "2099-01-01", STRATEGY)
    for command in ("build", "serve"):
        site = project.build(command=command, strict=command == "build")
        assert not site.path(LIBRARY).exists(), command
        assert _links_to(site, LIBRARY) == [], command
    # Once a strategy is published, the library is there, in the nav and the footer.
    project.files["blog/posts/a.md"] = post("A", "2026-01-20", STRATEGY, slug="a")
    site = project.build(strict=True)
    assert site.path(LIBRARY).is_file()
    assert "blog/" in _links_to(site, LIBRARY)
    assert "sitemap.xml" in _links_to(site, LIBRARY)
    assert site.html(LIBRARY).select(".st-library__entry")
    assert all(site.path(css).is_file() for css in OUR_CSS)


def test_a_blog_at_the_site_root_gets_its_library_at_strategies(project: SiteProject) -> None:
    project.config["plugins"][1]["blog"]["blog_dir"] = "."
    project.files = {
        "index.md": "# Blog\n",
        ".authors.yml": project.files["blog/.authors.yml"],
        "posts/a.md": post("A", "2026-01-20", STRATEGY, slug="a"),
    }
    site = project.build(strict=True)
    assert not site.path(LIBRARY).exists()
    library = site.html("strategies/").select_one("article.md-content__inner")
    assert library is not None and library.select(".st-library__entry")
    assert "" in _links_to(site, "strategies/")  # in the blog's navigation


def test_the_site_asks_for_the_library_or_turns_it_off(project: SiteProject) -> None:
    _plain_blog(project)
    project.options()["strategy_library"] = True
    site = project.build(strict=True)
    page = site.html(LIBRARY)
    assert page.select_one(".st-library__empty") is not None  # "No article has ..."
    assert "blog/" in _links_to(site, LIBRARY)
    assert all(site.path(css).is_file() for css in OUR_CSS)  # the library is shown

    project.files["blog/posts/a.md"] = post("A", "2026-01-20", STRATEGY, slug="a")
    project.options()["strategy_library"] = False
    site = project.build(strict=True)
    assert not site.path(LIBRARY).exists() and _links_to(site, LIBRARY) == []


def test_an_introduction_written_by_the_site_asks_for_the_library(project: SiteProject) -> None:
    _plain_blog(project)
    project.files["blog/strategies/index.md"] = "# Our toolbox\n\nComing soon.\n"
    site = project.build(strict=True)
    page = site.html(LIBRARY).select_one("article.md-content__inner")
    assert page is not None and page.select_one(".st-library__empty") is not None
    assert "blog/" in _links_to(site, LIBRARY)


@pytest.mark.parametrize("where", ["sign_off", "page"])
def test_callout_css_is_written_when_a_callout_is_shown(project: SiteProject, where: str) -> None:
    _plain_blog(project)
    if where == "sign_off":
        project.options()["sign_off"] = '!!! benefit "Stay in touch"\n    Write to us.\n'
    else:
        project.files["about.md"] = "# About\n\n" + STRATEGY.replace("strategy", "benefit")
    site = project.build(strict=True)
    assert not site.path(LIBRARY).exists()  # benefits are no strategies
    assert all(site.path(css).is_file() for css in OUR_CSS)
    css = [link["href"] for link in site.html("").select('link[rel="stylesheet"]')]
    assert [href for href in css if href.endswith(OUR_CSS)]


def test_a_site_override_of_the_types_stylesheet_is_used_not_copied(
    project: SiteProject,
) -> None:
    _plain_blog(project)
    project.files["about.md"] = "# About\n\n" + STRATEGY
    project.config["theme"]["custom_dir"] = "overrides"
    override = project.root / "overrides/stay_tuned/callout-types.css"
    override.parent.mkdir(parents=True)
    override.write_text("/* ours */ {% for type in types %}.x-{{ type.name }} {}{% endfor %}\n")
    site = project.build(strict=True)
    assert STRAY not in _tree(site)
    assert site.text("assets/stay_tuned/callout-types.css").startswith("/* ours */ .x-strategy")


MATERIAL_BROKEN = """
Intro.

<!-- more -->

!!! "note" "Who am I?"
    A quoted type.

!!! note “Curly quotes title”
    Curly quotes.

!!! example Some title (click to expand)
    An unquoted title.
"""
"""Broken admonitions of Material's own types, found on real Material blogs: they show
as text with or without the plugin, and MkDocs says nothing about them."""


def _broken_paragraphs(site: BuiltSite) -> list[str]:
    page = site.html("blog/2026/01/22/broken/").select_one("article.md-content__inner")
    assert page is not None
    return [p.get_text() for p in page.select("p") if p.get_text().startswith("!!!")]


def test_broken_admonitions_of_material_types_warn_no_more_than_without_the_plugin(
    project: SiteProject, tmp_path: Path
) -> None:
    _plain_blog(project)
    project.files["blog/posts/broken.md"] = post(
        "Broken", "2026-01-22", MATERIAL_BROKEN, slug="broken"
    )
    # Strict, and the autouse fixture fails the test on any plugin warning.
    site = project.build(strict=True)
    without = SiteProject(tmp_path / "without", files=copy.deepcopy(project.files))
    without.config["plugins"] = [
        p for p in without.config["plugins"] if not (isinstance(p, dict) and "stay-tuned" in p)
    ]
    plain = _broken_paragraphs(without.build(strict=True))
    assert len(plain) == 3
    assert _broken_paragraphs(site) == plain


def test_broken_syntax_of_a_site_callout_type_still_warns(
    project: SiteProject, plugin_warnings: object
) -> None:
    project.options()["callout_types"] = {
        "affirmation": {"icon": "material/heart-outline", "color": "#c2185b"}
    }
    project.files["blog/posts/broken.md"] = post(
        "Broken",
        "2026-01-22",
        MATERIAL_BROKEN + '\n!!! "Affirmation" “You are enough”\n    Really.\n',
        slug="broken",
    )
    project.build()
    plugin_warnings.expect(  # type: ignore[attr-defined]
        r"Doc file 'blog/posts/broken\.md', line 22: "
        r"'!!! \"Affirmation\" “You are enough”' starts like a callout but is not valid"
    )
    # In the test itself: the autouse fixture's check after the test reads the records
    # of the teardown phase only.
    assert not plugin_warnings.unexpected()  # type: ignore[attr-defined]


SITE_SYNTAX_CASES = {
    "no admonition, no details": [],
    "admonition, no details": ["admonition"],
}
"""What a site lists of the extensions callouts use (with its other extensions)."""

OTHER_EXTENSIONS: list[object] = [
    "attr_list",
    "md_in_html",
    {"toc": {"permalink": True}},
    "pymdownx.superfences",
]

ABOUT = (
    "# About\n\nWho we are.\n\n"
    '!!! note "x"\n    A note.\n\n'
    '??? tip "y"\n    A tip.\n\n'
    "!!! Warning\n    Careful.\n"
)
"""A page of the site's own: admonition and details syntax of Material's types."""

STRATEGY_POST = 'Intro.\n\n!!! strategy "z"\n    Put the phone away.\n\n<!-- more -->\n\nMore.\n'


def _article(site: BuiltSite, url: str) -> str:
    found = site.html(url).select_one("article.md-content__inner")
    assert found is not None, url
    return str(found)


@pytest.mark.parametrize("listed", SITE_SYNTAX_CASES.values(), ids=SITE_SYNTAX_CASES.keys())
def test_a_site_without_admonition_or_details_keeps_its_own_lines_as_they_were(
    project: SiteProject, tmp_path: Path, listed: list[str]
) -> None:
    """The plugin does not turn on admonition or details for the whole site: `!!! note`
    and `??? tip` render as they did before it was added, and its own callouts work."""
    project.config["markdown_extensions"] = [*OTHER_EXTENSIONS, *listed]
    project.files["about.md"] = ABOUT
    project.files["blog/posts/s.md"] = post("S", "2026-01-20", STRATEGY_POST, slug="s")
    project.options()["feed_excerpts"] = True
    site = project.build(strict=True)
    without = project.without_plugins(tmp_path / "without", "stay-tuned").build(strict=True)

    assert _article(site, "about/") == _article(without, "about/")
    page = site.html("about/")
    assert not page.select(".st-callout")
    if not listed:
        assert not page.select("article div.admonition, article details")

    callout = site.html("blog/2026/01/20/s/").select_one("div.admonition.st-callout--strategy")
    assert callout is not None and callout["id"] == "strategy-z"
    title = callout.select_one(".admonition-title")
    assert title is not None and title.get_text() == "Strategy 1 · z¶"
    # Material renders the excerpt on the blog index with the same extensions.
    excerpt = site.html("blog/").select_one("article div.admonition.st-callout--strategy")
    assert excerpt is not None and not excerpt.get("id")
    assert excerpt.get_text(" ", strip=True) == "Strategy 1 · z Put the phone away."
    (item,) = site.json("feed_json_created.json")["items"]
    description = BeautifulSoup(item["content_html"], "html.parser")
    in_feed = description.select_one("div.admonition.st-callout--strategy")
    assert in_feed is not None and "Put the phone away." in in_feed.get_text()

    # The site's extensions and their settings are as without the plugin, plus ours.
    ours = [
        e for e in site.config.markdown_extensions if e not in without.config.markdown_extensions
    ]
    assert ours[0] == "stay_tuned.callouts"
    assert [type(e) for e in ours[1:]] == [OwnConversionExtension]
    assert [e for e in site.config.markdown_extensions if e not in ours] == (
        without.config.markdown_extensions
    )
    configs = dict(site.config.mdx_configs)
    assert configs.pop("stay_tuned.callouts")["admonition"] is not bool(listed)
    assert configs == without.config.mdx_configs


@pytest.mark.parametrize("listed", SITE_SYNTAX_CASES.values(), ids=SITE_SYNTAX_CASES.keys())
def test_malformed_callouts_still_warn_without_admonition_or_details(
    project: SiteProject, plugin_warnings: object, listed: list[str]
) -> None:
    project.config["markdown_extensions"] = [*OTHER_EXTENSIONS, *listed]
    project.files["blog/posts/broken.md"] = post(
        "Broken",
        "2026-01-22",
        "Intro.\n\n!!! strategy “Curly”\n    Text.\n\n??? benefit Unquoted title\n    B.\n\n"
        "!!! note “Curly”\n    Not ours.\n",
        slug="broken",
    )
    site = project.build()
    plugin_warnings.expect(  # type: ignore[attr-defined]
        r"Doc file 'blog/posts/broken\.md', line 11: '!!! strategy “Curly”' starts like a "
        r"callout but is not valid"
    )
    plugin_warnings.expect(  # type: ignore[attr-defined]
        r"Doc file 'blog/posts/broken\.md', line 14: the title of this benefit callout is "
        r"not in double quotes"
    )
    assert not plugin_warnings.unexpected()  # type: ignore[attr-defined]
    page = site.html("blog/2026/01/22/broken/")
    benefit = page.select_one("details.st-callout--benefit")
    assert benefit is not None and benefit.get_text(" ", strip=True) == "Unquoted title ¶ B."
