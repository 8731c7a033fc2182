# ruff: noqa: RUF001 -- expected labels in their own scripts and punctuation.
"""Labels on real builds: the site's language picks them, og:locale says which one it
is, and a label override that could not be used stops the build with a clear error."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import Abort

from tests.integration.test_following import head_tags
from tests.integration.test_series import article, errors, love_lab
from tests.sitebuilder import SiteProject, post

THREE = "blog/2026/02/01/three/"


@pytest.mark.parametrize(
    ("label", "problem"),
    [
        ("Part {number:^50000000}", "{number:^50000000} formats its value"),
        ("Part {number:s}", "{number:s} formats its value"),
        ("Part {number.numerator}", "{number.numerator} is not a placeholder"),
    ],
)
def test_a_label_with_a_format_spec_stops_the_build_naming_the_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture, label: str, problem: str
) -> None:
    love_lab(project)
    project.options()["labels"] = {"series_part_of": label}
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "Plugin 'stay-tuned' option 'labels': labels.series_part_of is " in error
    assert problem in error
    assert 'series_part_of: "Part {number} of {total}"' in error  # a valid example
    assert not (project.root / "site" / THREE).exists()


@pytest.mark.parametrize(
    ("language", "position", "follow", "locale"),
    [
        ("es", "Parte 3 de 4", "Sigue este blog", ["es_ES"]),
        ("pt-BR", "Parte 3 de 4", "Siga este blog", ["pt_BR"]),
        ("ja", "第3回（全4回）", "このブログをフォロー", ["ja_JP"]),
        ("zh-TW", "第 3 篇，共 4 篇", "追蹤這個部落格", ["zh_TW"]),
        ("eo", "Part 3 of 4", "Follow this blog", None),  # English labels, no locale
    ],
)
def test_labels_and_og_locale_follow_the_site_language(
    project: SiteProject, language: str, position: str, follow: str, locale: list[str] | None
) -> None:
    project.config["theme"]["language"] = language
    project.options()["follow"] = True
    love_lab(project)
    # A post outside the series: its closing card follows the blog.
    project.files["blog/posts/alone.md"] = post("Alone", "2026-01-02")
    site = project.build(strict=True)
    page = article(site, THREE)
    box = page.select_one(".st-series-box__position")
    assert box is not None and box.get_text() == position
    title = article(site, "blog/2026/01/02/alone/").select_one("#st-follow-site-title")
    assert title is not None and title.get_text() == follow
    assert head_tags(site.html(THREE)).get("og:locale") == locale
    assert head_tags(site.html("")).get("og:locale") == locale
