"""The autouse guard in tests/conftest.py fails a test whose plugin warning it did not
expect, and lets an expected one pass."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
CONFTEST = (REPO_ROOT / "tests" / "conftest.py").read_text(encoding="utf-8")

TESTS = """
import logging

log = logging.getLogger("mkdocs.plugins.stay_tuned")


def test_unexpected():
    log.warning("stay-tuned: something the test did not expect")


def test_expected(plugin_warnings):
    log.warning("stay-tuned: something expected")
    plugin_warnings.expect("something expected")


def test_info_is_fine():
    log.info("stay-tuned: an info line")
"""


def test_the_guard_fails_only_the_test_with_an_unexpected_warning(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO_ROOT))  # the conftest imports tests.*
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_guarded=TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(
        ["*the plugin logged warnings this test did not expect*something the test did not*"]
    )
