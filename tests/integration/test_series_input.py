"""Series and generated pages against any input: markup in titles and labels, paths
outside the site, huge numbers, broken registry files. Real Material builds, read as a
reader (and a browser) would."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import Abort

from tests.integration.test_series import errors, love_lab, registry
from tests.sitebuilder import BuiltSite, SiteProject, post

NASTY = "</title><script>alert(1)</script> Love & Trust \"quoted\" 'single' <b>x</b>"
"""A title that is live markup wherever it is printed as HTML, unescaped twice, or
unescaped after its tags are stripped."""


def live_markup(soup: BeautifulSoup) -> list[str]:
    """Elements that only exist if a title or label became markup."""
    found = [str(tag) for tag in soup.find_all(["b", "i"])]
    return found + [
        str(script)
        for script in soup.find_all("script")
        if script.get("type") != "application/ld+json" and "alert(1)" in (script.string or "")
    ]


def footer_labels(soup: BeautifulSoup) -> dict[str, str]:
    return {
        side: str(link["aria-label"])
        for side in ("prev", "next")
        if (link := soup.select_one(f"a.md-footer__link--{side}")) is not None
    }


def nasty_site(project: SiteProject) -> BuiltSite:
    project.files["blog/.series.yml"] = registry(
        nasty={"title": NASTY, "upcoming": [{"part": 2, "title": NASTY}]}
    )
    project.files["blog/posts/one.md"] = post("One", "2026-01-10", series="nasty", slug="one")
    return project.build(strict=True)


def test_a_series_title_shows_as_text_in_title_nav_footer_and_headings(
    project: SiteProject,
) -> None:
    site = nasty_site(project)
    page = site.html("blog/series/nasty/")
    assert live_markup(page) == []
    assert page.title is not None and page.title.get_text() == f"{NASTY} - Test Blog"
    assert page.select_one("article h1").get_text() == NASTY
    nav = [a.get_text(" ", strip=True) for a in page.select("nav.md-nav--primary a")]
    assert " ".join(NASTY.split()) in nav
    # The footer of the page before the series page names it once escaped, not twice.
    index = site.html("blog/series/")
    assert live_markup(index) == []
    assert footer_labels(index)["next"] == f"Next: {NASTY}"
    assert index.select_one("a.md-footer__link--next .md-ellipsis").get_text(
        " ", strip=True
    ) == " ".join(NASTY.split())
    assert footer_labels(page)["prev"] == "Previous: Series"
    sharing = page.select_one('meta[property="og:title"]')
    assert sharing is not None and sharing["content"] == NASTY
    # The label of the part on the blog's index, its box and its stay-tuned block.
    blog = site.html("blog/")
    assert live_markup(blog) == []
    label = blog.select_one(".st-series-label__series")
    assert label is not None and label.get_text() == NASTY
    part = site.html("blog/2026/01/10/one/")
    assert live_markup(part) == []
    assert part.select_one("a.st-series-box__series").get_text() == NASTY
    assert part.select_one("nav.st-series-box")["aria-label"] == f"Series: {NASTY}"
    assert NASTY in part.select_one(".st-stay-tuned__part").get_text()


def test_a_post_title_and_part_titles_show_as_text(project: SiteProject) -> None:
    title = "Love & <Trust> \"quoted\" 'single'"
    project.files["blog/.series.yml"] = registry(
        s={"title": "S", "upcoming": [{"part": 2, "title": title}]}
    )
    project.files["blog/posts/one.md"] = post("One", "2026-01-10", series="s", slug="one")
    project.files["blog/posts/one.md"] = project.files["blog/posts/one.md"].replace(
        "# One", "# " + title.replace("<", "&lt;")
    )
    site = project.build(strict=True)
    part = site.html("blog/2026/01/10/one/")
    assert [t.get_text() for t in part.select(".st-series-part__title")] == [title, title]
    assert title in part.select_one("aside.st-stay-tuned").get_text()
    series_page = site.html("blog/series/s/")
    assert [t.get_text() for t in series_page.select(".st-series-part__title")] == [title, title]
    assert title in site.html("blog/series/").select_one(".st-series-index__next").get_text()


def test_labels_show_as_text_on_generated_pages(project: SiteProject) -> None:
    love_lab(project)
    project.files["blog/posts/strategies.md"] = post(
        "Strategies",
        "2026-01-05",
        slug="strategies",
        # Two categories, so that "By category" differs from "By article" and shows.
        categories=["Dating", "Talk"],
        body='Intro.\n\n<!-- more -->\n\n!!! strategy "Listen"\n    Listen well.\n',
    )
    labels = {
        "series": "Series & <i>more</i>",
        "strategy_library": "Library & <i>*all*</i> [x](y) :smile: `code`",
        "library_by_article": "By & <i>article</i>",
        "library_by_category": "By & <i>category</i>",
    }
    project.options()["labels"] = labels
    site = project.build(strict=True)
    index = site.html("blog/series/")
    assert live_markup(index) == []
    assert index.title.get_text() == f"{labels['series']} - Test Blog"
    assert index.select_one("article h1").get_text() == labels["series"]
    nav = [a.get_text(" ", strip=True) for a in index.select("nav.md-nav--primary a, label")]
    assert labels["series"] in nav
    library = site.html("blog/strategies/")
    assert live_markup(library) == []
    assert library.select("article a[href='y']") == []
    assert library.title.get_text() == f"{labels['strategy_library']} - Test Blog"
    heading = library.select_one("article h1")
    assert heading.get_text(" ", strip=True).removesuffix(" ¶") == labels["strategy_library"]
    assert [h.get_text() for h in library.select("article h2")] == [
        labels["library_by_article"],
        labels["library_by_category"],
    ]
    toc = library.select_one("nav.md-nav--secondary")
    assert toc is not None
    assert [a.get_text(" ", strip=True) for a in toc.select("a")] == [
        labels["library_by_article"],
        labels["library_by_category"],
    ]
    assert [n["aria-label"] for n in toc.select("nav.md-nav")] == []
    assert footer_labels(library)["prev"] == "Previous: Love Lab"


def test_a_description_starting_with_a_front_matter_block_stays_text(
    project: SiteProject,
) -> None:
    love_lab(project)
    project.files["blog/.series.yml"] = registry(
        **{
            "love-lab": {
                "title": "Love Lab",
                "description": "---\ntemplate: missing.html\ntitle: Hacked\n---\nHello.",
                "upcoming": [{"part": 4, "title": "The Fourth", "date": "2099-03-01"}],
            }
        }
    )
    site = project.build(strict=True)
    page = site.html("blog/series/love-lab/")
    assert page.title.get_text() == "Love Lab - Test Blog"
    description = page.select_one(".st-series-page__description").get_text(" ", strip=True)
    assert "template: missing.html" in description and "Hello." in description


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary directory of this test's own (other builds may run beside it)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def stay_tuned_folders(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("stay-tuned-"))


def test_builds_leave_no_temporary_folder(
    project: SiteProject, caplog: pytest.LogCaptureFixture, private_tmp: Path
) -> None:
    love_lab(project)
    project.build(strict=True)
    assert stay_tuned_folders(private_tmp) == []
    # A build that fails after some pages were generated (the strategy library's).
    # (MkDocs logs each error message once per process: this one is unique.)
    project.files["blog/series/index.md"] = "# My own series index\n"
    with pytest.raises(Abort):
        project.build(strict=True)
    (error,) = errors(caplog)
    assert "docs/blog/series/index.md is where a generated series page goes" in error
    assert stay_tuned_folders(private_tmp) == []


def test_a_build_failing_in_a_later_step_leaves_no_temporary_folder(
    project: SiteProject, monkeypatch: pytest.MonkeyPatch, private_tmp: Path
) -> None:
    love_lab(project)
    from stay_tuned.series.feature import SeriesFeature

    def fail(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("a later step failed")

    monkeypatch.setattr(SeriesFeature, "on_post_build", fail)
    with pytest.raises(RuntimeError):
        project.build()
    assert stay_tuned_folders(private_tmp) == []


def test_a_folder_left_by_a_killed_build_is_removed_by_the_next(
    project: SiteProject, private_tmp: Path
) -> None:
    stale = private_tmp / "stay-tuned-killed"
    (stale / "blog").mkdir(parents=True)
    (stale / ".stay-tuned-generated").write_text("999999999", encoding="ascii")
    foreign = private_tmp / "stay-tuned-not-ours"
    foreign.mkdir()
    love_lab(project)
    project.build(strict=True)
    assert stay_tuned_folders(private_tmp) == ["stay-tuned-not-ours"]


# -- numbers, dates and keys in the author's files ---------------------------------


@pytest.mark.parametrize("number", [1_000_000_000, 20261210, 1001])
def test_a_huge_part_number_is_an_error_naming_the_post(
    project: SiteProject, caplog: pytest.LogCaptureFixture, number: int
) -> None:
    love_lab(project)
    project.files["blog/posts/three.md"] = post(
        "Three", "2026-02-01", series="love-lab", part=number, slug="three"
    )
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "docs/blog/posts/three.md: 'part': Expected a whole number from 1 to 1000" in error
    assert f"got {number}." in error and "A valid example" in error


def test_a_huge_announced_part_number_is_an_error_naming_the_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project, upcoming=[{"part": 20261210, "title": "Later"}])
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "docs/blog/.series.yml: 'series.love-lab.upcoming[0].part'" in error
    assert "from 1 to 1000, got 20261210" in error


def test_the_largest_part_number_builds_with_a_short_gap_warning(
    project: SiteProject, plugin_warnings: Any
) -> None:
    love_lab(project, upcoming=[{"part": 1000, "title": "Last", "date": "2099-03-01"}])
    site = project.build()
    message = plugin_warnings.expect("nothing fills part")
    assert "nothing fills part 4-999:" in message and len(message) < 400
    box = site.html("blog/2026/01/20/two/").select_one("nav.st-series-box")
    assert "Part 2 of 1000" in box.get_text(" ", strip=True)
    assert len(box.select("li.st-series-part")) < 12


@pytest.mark.parametrize("date", ["2026-13-45", "2026-02-30"])
def test_an_impossible_date_in_the_series_file_names_the_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture, date: str
) -> None:
    love_lab(project)
    project.files["blog/.series.yml"] = (
        "series:\n  love-lab:\n    title: Love Lab\n    upcoming:\n"
        f"      - part: 4\n        title: The Fourth\n        date: {date}\n"
    )
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "docs/blog/.series.yml: 'series.love-lab.upcoming[0].date'" in error
    assert f"Expected a date like 2026-12-10, got '{date}'" in error


def test_a_series_declared_twice_is_an_error_naming_the_id(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.files["blog/.series.yml"] = (
        "series:\n  love-lab:\n    title: Love Lab\n    upcoming:\n"
        "      - {part: 4, title: The Fourth, date: 2099-03-01}\n"
        "  love-lab:\n    title: Love Lab, again\n"
    )
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "docs/blog/.series.yml: 'love-lab' is written twice in one mapping" in error
    assert "lines 2 and 6" in error


def test_an_empty_series_file_is_not_called_missing(
    project: SiteProject, plugin_warnings: Any
) -> None:
    love_lab(project)
    project.files["blog/.series.yml"] = ""
    project.build()
    for _ in range(3):
        message = plugin_warnings.expect("series 'love-lab' is unknown")
        assert "docs/blog/.series.yml declares no series" in message
        assert "no series file" not in message


# -- paths -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("series_url_format", "../../../outside/{id}", "leads to '../../outside/{id}'"),
        ("series_url_format", "../../{id}", "leads to '../{id}'"),
        ("series_index_url", "../..", "leads to '..'"),
        ("series_index_url", "../../../outside", "leads to '../../outside'"),
        ("series_file", "../../outside.yml", "leads to '../../outside.yml'"),
        ("series_file", "{blog}/../../x.yml", "leads to '../x.yml'"),
    ],
)
def test_url_options_leading_out_of_the_site_are_errors(
    project: SiteProject,
    caplog: pytest.LogCaptureFixture,
    option: str,
    value: str,
    expected: str,
) -> None:
    love_lab(project)
    project.options()[option] = value
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert f"option '{option}' is '{value}'" in error and expected in error
    assert "Give a path inside it, like" in error
    # Nothing was written next to the project or above it.
    assert sorted(p.name for p in project.root.parent.iterdir()) == ["project"]
    assert not (project.root / "outside").exists()


def test_url_options_are_checked_without_any_series(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    project.files["blog/posts/x.md"] = post("X", "2026-01-10", slug="x")
    # (MkDocs logs each error message once per process: this one is unique.)
    project.options()["series_index_url"] = "../../.."
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "option 'series_index_url' is '../../..'" in error


def test_a_strategy_library_url_leading_out_of_the_site_is_an_error(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    project.options()["strategy_library_url"] = "../../outside/"
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "option 'strategy_library_url' in '" in error
    assert "mkdocs.yml' is '../../outside/'" in error


# -- what the plugin would otherwise drop or overwrite without a word -------------------


def test_series_on_a_page_outside_the_posts_folder_is_a_warning(
    project: SiteProject, plugin_warnings: Any
) -> None:
    love_lab(project)
    project.files["about.md"] = "---\nseries: love-lab\npart: 5\n---\n\n# About\n"
    project.build()
    message = plugin_warnings.expect("about.md")
    assert "docs/about.md: 'series' is ignored: this is a page outside" in message
    assert "blog/posts/" in message


def test_series_on_a_post_of_another_blog_is_a_warning(
    project: SiteProject, plugin_warnings: Any
) -> None:
    love_lab(project)
    plugins = project.config["plugins"]
    plugins.insert(2, {"blog": {"blog_dir": "news", "post_excerpt": "optional"}})
    project.files["news/index.md"] = "# News\n"
    project.files["news/posts/n.md"] = post("N", "2026-01-10", series="love-lab", slug="n")
    project.files["news/posts/d.md"] = post(
        "D", "2026-01-11", series="love-lab", slug="d", draft=True
    )
    project.build()
    for name in ("n", "d"):
        message = plugin_warnings.expect(f"news/posts/{name}.md")
        assert f"docs/news/posts/{name}.md: 'series' is ignored: " in message
        assert "a post of another blog" in message


def test_a_series_json_of_the_site_is_not_overwritten(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    love_lab(project)
    project.files["series.json"] = '{"mine": true}\n'
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert error.startswith("stay-tuned: docs/series.json is where the list of every series")


def test_a_series_json_of_a_site_without_series_is_kept(project: SiteProject) -> None:
    project.files["series.json"] = '{"mine": true}\n'
    site = project.build(strict=True)
    assert site.json("series.json") == {"mine": True}
