"""axe-core (pinned, from npm; scripts/browser-setup) on every page of PAGES, in both
colour schemes: no serious or critical violation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser.site import (
    AXE_EXCLUSIONS,
    AXE_IMPACTS,
    PAGES,
    SCHEMES,
    SitePage,
    switch_scheme,
)

pytestmark = pytest.mark.browser


def serious_violations(results: dict[str, Any]) -> list[str]:
    """One line per serious or critical violating node, less the documented exclusions."""
    excluded = {(rule, target) for rule, target, _ in AXE_EXCLUSIONS}
    lines = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            impact = node.get("impact") or violation.get("impact")
            target = " ".join(str(t) for t in node["target"])
            if impact not in AXE_IMPACTS or (violation["id"], target) in excluded:
                continue
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"{violation['id']} ({impact}) at {target}: {summary}")
    return lines


@pytest.mark.parametrize("color_scheme", SCHEMES)
@pytest.mark.parametrize("site_page", PAGES, ids=[p.name for p in PAGES])
def test_no_serious_accessibility_violations(
    axe_js: Path, open_page: Callable[..., Any], site_page: SitePage, color_scheme: str
) -> None:
    page = open_page(site_page)
    switch_scheme(page, color_scheme)
    page.add_script_tag(path=str(axe_js))
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert results["testEngine"]["name"] == "axe-core"
    problems = serious_violations(results)
    assert problems == [], "axe-core:\n" + "\n".join(f"  {p}" for p in problems)


def test_exclusions_are_precise_and_explained() -> None:
    for rule, target, why in AXE_EXCLUSIONS:
        assert rule and target and len(why) > 20, (rule, target, why)
