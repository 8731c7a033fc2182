"""The end of every build says where each ongoing series stands, and series.json says
the same for scripts (the build's day is pinned to 2026-11-26 by tests/conftest.py)."""

from __future__ import annotations

import logging

import pytest
from stay_tuned.messages import OVERDUE

from tests.conftest import ExpectedWarnings
from tests.integration.test_series import love_lab, registry
from tests.sitebuilder import SiteProject, post


def plugin_infos(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("mkdocs.plugins.stay_tuned") and r.levelno == logging.INFO
    ]


def test_the_build_ends_with_one_line_per_ongoing_series(
    project: SiteProject, caplog: pytest.LogCaptureFixture, plugin_warnings: ExpectedWarnings
) -> None:
    love_lab(
        project,
        upcoming=[
            {"part": 4, "title": "The Fourth", "date": "2026-11-20"},
            {"part": 5, "title": "The Fifth", "date": "2026-12-10"},
            {"part": 6, "title": "The Sixth"},
        ],
    )
    # A second series, complete: no line.
    project.files["blog/.series.yml"] = project.files["blog/.series.yml"].replace(
        "series:\n", "series:\n  done:\n    title: Done\n", 1
    )
    project.files["blog/posts/solo.md"] = post("Solo", "2026-01-05", series="done", slug="solo")
    site = project.build()
    overdue = plugin_warnings.expect(r"part 4 \('The Fourth'\) was announced for 2026-11-20")
    assert "docs/blog/.series.yml" in overdue

    lines = [m for m in plugin_infos(caplog) if m.startswith("stay-tuned: series '")]
    assert lines == [
        "stay-tuned: series 'Love Lab': 3 of 6 parts published; next: part 5 ('The Fifth') "
        "due 2026-12-10 (in 14 days); OVERDUE: part 4 ('The Fourth') announced for "
        "2026-11-20 (6 days ago)."
    ]
    # At the end of the build: after every page has been written.
    messages = [r.getMessage() for r in caplog.records]
    assert messages.index(lines[0]) > max(
        i for i, m in enumerate(messages) if "next announced part" in m
    )

    data = site.json("series.json")
    assert data["date"] == "2026-11-26"
    by_id = {s["id"]: s for s in data["series"]}
    assert by_id["love-lab"]["next"] == {"number": 5, "title": "The Fifth", "date": "2026-12-10"}
    assert by_id["love-lab"]["overdue"] == [
        {"number": 4, "title": "The Fourth", "date": "2026-11-20"}
    ]
    assert (by_id["done"]["status"], by_id["done"]["next"], by_id["done"]["overdue"]) == (
        "complete",
        None,
        [],
    )


def test_an_overdue_part_is_a_warning_tagged_with_the_file_to_change(
    project: SiteProject, caplog: pytest.LogCaptureFixture, plugin_warnings: ExpectedWarnings
) -> None:
    love_lab(project, upcoming=[{"part": 4, "title": "The Fourth", "date": "2026-11-20"}])
    project.config["plugins"][1]["blog"]["draft_if_future_date"] = True
    project.files["blog/posts/five.md"] = post(
        "Five", "2026-11-01", series="love-lab", part=5, slug="five", draft=True
    )
    project.files["blog/posts/seven.md"] = post(
        "Seven", "2026-11-02", series="love-lab", part=7, slug="seven", draft=True
    )
    project.build()
    plugin_warnings.expect(r"part 4 \('The Fourth'\) was announced")
    plugin_warnings.expect(r"part 5 \('Five'\) was announced")
    plugin_warnings.expect(r"part 7 \('Seven'\) was announced")
    plugin_warnings.expect(r"nothing fills part 6")
    tags = [
        (r.getMessage().split(", which")[0].split(": ")[2], getattr(r, OVERDUE, None))
        for r in caplog.records
        if r.levelno == logging.WARNING
    ]
    assert tags == [
        ("part 4 ('The Fourth') was announced for 2026-11-20", "docs/blog/.series.yml"),
        ("part 5 ('Five') was announced for 2026-11-01", "docs/blog/posts/five.md"),
        ("part 7 ('Seven') was announced for 2026-11-02", "docs/blog/posts/seven.md"),
        # The gap is no promise broken by time passing: an edit made it.
        (
            "write it, announce it under 'upcoming' in docs/blog/.series.yml, or renumber "
            "the parts.",
            None,
        ),
    ]


def test_a_site_without_series_says_nothing_about_series(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    project.files["blog/posts/one.md"] = post("One", "2026-01-10", slug="one", series="mine")
    site = project.build(strict=True)
    assert not [m for m in plugin_infos(caplog) if m.startswith("stay-tuned: series '")]
    assert not site.path("series.json").exists()


def test_a_site_whose_series_are_complete_prints_no_series_line(
    project: SiteProject, caplog: pytest.LogCaptureFixture
) -> None:
    project.files["blog/.series.yml"] = registry(done={"title": "Done"})
    project.files["blog/posts/one.md"] = post("One", "2026-01-10", slug="one", series="done")
    site = project.build(strict=True)
    assert not [m for m in plugin_infos(caplog) if m.startswith("stay-tuned: series '")]
    assert site.json("series.json")["series"][0]["status"] == "complete"
