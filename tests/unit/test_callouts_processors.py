"""A site without admonition or pymdownx.details: our extension parses the callout
types' openers itself, and every other ``!!!``/``???`` line renders as without the
plugin."""

from __future__ import annotations

import re
from typing import Any

import markdown
import pytest
from bs4 import BeautifulSoup
from stay_tuned.callouts import CalloutsExtension
from stay_tuned.callouts.processors import (
    admonition_type,
    details_type,
    first_own_match,
)
from stay_tuned.callouts.types import MATERIAL_TYPES

from tests.callouts_golden import convert, load_cases

OTHER_TYPES_ONLY = {
    "note and tip": '!!! note "x"\n    Body.\n\n??? tip "y"\n    Body.\n',
    "open details, no title": "???+ warning\n    Body.\n",
    "adjacent openers": '!!! note "a"\n!!! tip\n??? danger "c"\n    Body.\n',
    "indented text after an opener": "Intro.\n\n!!! note\n    a\n\n    b\n\n        code\n",
    "in a list": '- item\n\n    !!! note "n"\n        Body.\n',
    "title only": '!!! "Only a title"\n    Body.\n\n??? "T"\n    Body.\n',
    "prefix of a type": "!!! strategyx\n    Body.\n\n??? benefits\n    Body.\n",
}
"""Markdown with admonition syntax of types that are not callouts."""


def _convert(source: str, extensions: list[Any]) -> str:
    return markdown.Markdown(extensions=extensions).convert(source)


def _stand_ins(site: list[str]) -> CalloutsExtension:
    return CalloutsExtension(
        admonition="admonition" not in site, details="pymdownx.details" not in site
    )


@pytest.mark.parametrize("site", [[], ["admonition"], ["pymdownx.details"]])
@pytest.mark.parametrize("source", OTHER_TYPES_ONLY.values(), ids=OTHER_TYPES_ONLY.keys())
def test_other_types_render_as_without_the_plugin(site: list[str], source: str) -> None:
    assert _convert(source, [*site, _stand_ins(site)]) == _convert(source, site)


@pytest.mark.parametrize("site", [[], ["admonition"], ["pymdownx.details"]])
def test_callouts_are_boxes_and_other_types_text(site: list[str]) -> None:
    source = (
        '!!! note "n1"\n!!! strategy "Listen"\n    Put the phone away.\n\n    More.\n\n'
        '??? tip "t"\n    Tip.\n\n???+ Benefit "Calm"\n    Breathe.\n\n'
        '!!! exercise\n    Try.\n\n    !!! note "inner"\n        Inner.\n'
    )
    page = BeautifulSoup(_convert(source, [*site, _stand_ins(site)]), "html.parser")
    boxes = [(e.name, e.get("class"), e.get("id")) for e in page.select(".st-callout")]
    assert boxes == [
        (
            "div",
            ["admonition", "strategy", "st-callout", "st-callout--strategy"],
            "strategy-listen",
        ),
        ("details", ["benefit", "st-callout", "st-callout--benefit"], "benefit-calm"),
        ("div", ["admonition", "exercise", "st-callout", "st-callout--exercise"], "exercise"),
    ]
    strategy = page.select_one(".st-callout--strategy")
    assert strategy is not None
    assert [p.get_text() for p in strategy.find_all("p", recursive=False)][1:] == [
        "Put the phone away.",
        "More.",
    ]
    assert page.select_one("details.st-callout--benefit")["open"] == "open"
    texts = [p.get_text() for p in page.find_all("p") if re.match(r"[!?]{3}", p.get_text())]
    notes = ['!!! note "n1"', '!!! note "inner"\n    Inner.']
    tips = ['??? tip "t"\n    Tip.']
    expected = ([] if "admonition" in site else notes[:1]) + (
        [] if "pymdownx.details" in site else tips
    )
    expected += [] if "admonition" in site else notes[1:]
    assert texts == expected


def test_saneheaders_titles_are_read_as_details_reads_them() -> None:
    source = '??? strategy "#Not a heading"\n    Body.\n\n??? benefit "## A heading"\n    B.\n'
    for saneheaders in ([], ["pymdownx.saneheaders"]):
        full = _convert(source, [*saneheaders, "pymdownx.details", CalloutsExtension()])
        ours = _convert(source, [*saneheaders, CalloutsExtension(details=True)])
        assert ours == full


def test_first_own_match_sees_adjacent_openers() -> None:
    pattern = markdown.extensions.admonition.AdmonitionProcessor.RE
    block = '!!! note "a"\n!!! Strategy inline "b"\n!!! benefit\n'
    match = first_own_match(pattern, block, admonition_type, lambda: {"strategy"})
    assert match is not None and match.group(0) == '\n!!! Strategy inline "b"\n'
    assert first_own_match(pattern, block, admonition_type, lambda: {"exercise"}) is None


def test_details_type() -> None:
    from pymdownx.details import DetailsProcessor

    def kind(line: str) -> str:
        match = DetailsProcessor.START.search(line)
        assert match is not None
        return details_type(match)

    assert kind('???+ Strategy inline "T"') == "strategy"
    assert kind("??? benefit") == "benefit"
    assert kind('??? "Only a title"') == ""


def _other_boxes(html: str) -> bool:
    """Whether ``html`` holds an admonition or details box of another type than ours."""
    page = BeautifulSoup(html, "html.parser")
    return any(
        "st-callout" not in (box.get("class") or [])
        for box in page.select("div.admonition, details")
    )


GOLDEN = [c for c in load_cases() if not _other_boxes(c["html"])]


@pytest.mark.parametrize("case", GOLDEN, ids=[c["id"] for c in GOLDEN])
def test_golden_callouts_are_the_same_without_admonition_and_details(
    case: dict[str, Any],
) -> None:
    """Every golden case without boxes of other types (Material's `note`, `tip`) gives
    the same HTML and the same warnings when our extension parses the syntax itself."""
    html, report = convert(case, stand_ins=True)
    expected_html, expected = convert(case)
    assert html == expected_html
    assert report.problems == expected.problems
    assert report.callouts == expected.callouts


def test_material_types_are_not_callouts() -> None:
    # The premise of the tests above: Material's types are never ours.
    assert not {"note", "tip", "warning", "danger"} - set(MATERIAL_TYPES)
