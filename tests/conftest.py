"""Shared fixtures. Every test fails if the plugin logs a warning it did not expect."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import stack

stack.use_engine()  # before anything imports mkdocs (ProperDocs on the MaterialX stack)

from tests import material_clock as material_clock_module  # noqa: E402
from tests.sitebuilder import SiteProject  # noqa: E402

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# Builds in tests happen on 2026-11-26 (noon UTC), whatever the calendar says: the
# site's announced parts fall due on real dates, and the promise check would turn the
# tests red on the day one passes. Authors still see that warning in their own builds.
os.environ["SOURCE_DATE_EPOCH"] = "1795694400"

PLUGIN_LOGGER = "mkdocs.plugins.stay_tuned"


class ExpectedWarnings:
    """What a test says the plugin may warn about; anything else fails the test."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        self.caplog = caplog
        self.consumed: set[int] = set()

    def records(self) -> list[logging.LogRecord]:
        # After the test (in the fixture's teardown) `caplog.records` holds only the
        # teardown's records: read the set-up's and the test's own phases explicitly.
        phases = ("setup", "call")
        return [
            r
            for phase in phases
            for r in self.caplog.get_records(phase)
            if r.name.startswith(PLUGIN_LOGGER) and r.levelno >= logging.WARNING
        ]

    def expect(self, pattern: str) -> str:
        """Consume the first unconsumed plugin warning matching `pattern`; return its text."""
        for record in self.records():
            if id(record) not in self.consumed and re.search(pattern, record.getMessage()):
                self.consumed.add(id(record))
                return record.getMessage()
        seen = [r.getMessage() for r in self.records()]
        raise AssertionError(f"no plugin warning matches {pattern!r}; warnings: {seen}")

    def unexpected(self) -> list[str]:
        return [r.getMessage() for r in self.records() if id(r) not in self.consumed]


@pytest.fixture(autouse=True)
def plugin_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[ExpectedWarnings]:
    caplog.set_level(logging.INFO)
    expected = ExpectedWarnings(caplog)
    yield expected
    left = expected.unexpected()
    if left:
        pytest.fail(f"the plugin logged warnings this test did not expect: {left}")


@pytest.fixture(autouse=True, scope="session")
def material_clock() -> Iterator[None]:
    """Material schedules posts on the day of SOURCE_DATE_EPOCH too, not the calendar's
    (session-wide: shared builds happen before any test's own fixtures)."""
    with pytest.MonkeyPatch.context() as patch:
        material_clock_module.pin(patch.setattr)
        yield


@pytest.fixture
def project(tmp_path: Path) -> SiteProject:
    """An empty Material blog project in a temporary folder."""
    return SiteProject(tmp_path / "project")
