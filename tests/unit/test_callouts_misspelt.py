"""Admonitions of a misspelt callout type (``!!! stratgy``): found, with the type meant."""

from __future__ import annotations

from typing import Any

import markdown
import pytest
from stay_tuned.callouts import CalloutsExtension
from stay_tuned.callouts.extension import report_of
from stay_tuned.callouts.text import edit_distance, misspelt_type
from stay_tuned.callouts.types import MATERIAL_TYPES

TYPES = ("strategy", "benefit", "exercise", "reflection", "professional-help")


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("stratgy", "strategy", 1),
        ("stratgey", "strategy", 1),  # two neighbours swapped
        ("benifit", "benefit", 1),
        ("reflexion", "reflection", 2),
        ("", "tip", 3),
        ("same", "same", 0),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b) == distance == edit_distance(b, a)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("stratgy", "strategy"),
        ("Stratgy", "strategy"),
        ("strategey", "strategy"),
        ("benifit", "benefit"),
        ("excercise", "exercise"),
        ("reflexion", "reflection"),
        ("professional_help", "professional-help"),
        # Exactly a type, far from every type, or one of Material's: nothing meant.
        ("strategy", None),
        ("strategies", None),
        ("notes", None),
        ("bnft", None),
        ("", None),
    ],
)
def test_misspelt_type(written: str, meant: str | None) -> None:
    assert misspelt_type(written, TYPES) == meant


def test_materials_own_types_are_never_misspellings() -> None:
    # Even a site type one letter from one of Material's aliases leaves those alone.
    assert [t for t in MATERIAL_TYPES if misspelt_type(t, [*TYPES, "tips", "notes"])] == []


def _problems(source: str, extensions: list[Any]) -> list[tuple[int | None, bool, str]]:
    md = markdown.Markdown(extensions=extensions)
    md.convert(source)
    report = report_of(md)
    assert report is not None
    return [(p.line, p.misspelt, p.message) for p in report.problems]


SOURCE = (
    "Intro.\n\n"
    '!!! strategy "Real"\n    Body.\n\n'
    '!!! stratgy "Schedule a weekly check-in"\n    Body.\n\n'
    "??? benifit\n    Body.\n\n"
    '!!! note "Fine"\n    Body.\n'
)


@pytest.mark.parametrize(
    ("extensions", "shown_as"),
    [
        (["admonition", "pymdownx.details", CalloutsExtension()], "a plain admonition"),
        ([CalloutsExtension(admonition=True, details=True)], "plain text"),
    ],
    ids=["admonition boxes", "text without admonition"],
)
def test_misspelt_openers_are_reported_with_line_and_type_meant(
    extensions: list[Any], shown_as: str
) -> None:
    problems = _problems(SOURCE, extensions)
    assert [(line, misspelt) for line, misspelt, _ in problems] == [(6, True), (9, True)]
    first, second = (message for _, _, message in problems)
    assert "'stratgy' is not a callout type: did you mean 'strategy'?" in first
    assert f"shows as {shown_as}" in first
    assert '!!! strategy "Title"' in first
    assert "did you mean 'benefit'?" in second and '??? benefit "Title"' in second


def test_excerpts_report_nothing() -> None:
    extension = CalloutsExtension(excerpt=True)
    assert _problems(SOURCE, ["admonition", "pymdownx.details", extension]) == []
