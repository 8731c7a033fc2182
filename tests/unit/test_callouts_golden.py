"""Golden cases: callout Markdown -> HTML through a real Python-Markdown instance."""

from __future__ import annotations

import re
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.callouts_golden import RecordingHost, convert, load_cases

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_callouts(case: dict[str, Any]) -> None:
    html, report = convert(case)
    assert html.strip() == case["html"].strip()
    expected = case.get("problems", [])
    assert len(report.problems) == len(expected), report.problems
    for problem, (line, pattern) in zip(report.problems, expected, strict=True):
        assert problem.line == line, problem
        assert re.search(pattern, problem.message), problem.message


BAD_INPUT = [c for c in CASES if c["id"].startswith("bad_input:")]


@pytest.mark.parametrize("case", BAD_INPUT, ids=[c["id"] for c in BAD_INPUT])
def test_bad_input_loses_no_word_of_the_author(case: dict[str, Any]) -> None:
    """Every word the author wrote reaches the page, whatever the syntax (the callout
    type and a fence's language aside: they are syntax)."""
    html, _ = convert(case)
    text = BeautifulSoup(html, "html.parser").get_text(" ")
    words = set(re.findall(r"\w+", text))
    for word in re.findall(r"\w+", case["markdown"]):
        assert word in words or word in {"strategy", "benefit", "markdown"}, word


def test_the_host_hears_of_each_document_but_not_of_excerpts() -> None:
    host = RecordingHost()
    case = {"markdown": '!!! strategy "A"\n    x\n'}
    convert(case, host)
    convert({**case, "excerpt": True}, host)
    assert [[c.id for c in r.callouts] for r in host.reports] == [["strategy-a"]]


def test_anchors_above_stay_when_strategies_are_added_further_down() -> None:
    before = '!!! strategy "Listen"\n    a\n\n!!! strategy\n    b\n\n!!! benefit "Calm"\n    c\n'
    after = before + '\n!!! strategy "Listen"\n    d\n\n!!! strategy\n    e\n\n!!! benefit\n    f\n'
    _, old = convert({"markdown": before})
    _, new = convert({"markdown": after})
    assert [c.id for c in new.callouts[: len(old.callouts)]] == [c.id for c in old.callouts]
    ids = [c.id for c in new.callouts]
    assert len(ids) == len(set(ids))
