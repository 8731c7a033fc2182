"""The one prefix of every message: added once by the logger and the error type."""

from __future__ import annotations

import logging

import pytest
from stay_tuned.errors import StayTunedError
from stay_tuned.messages import LOGGER_NAME, log, prefixed


def test_prefixed_adds_the_prefix_once() -> None:
    assert prefixed("option 'blog' is wrong") == "stay-tuned: option 'blog' is wrong"
    assert prefixed("stay-tuned: already there") == "stay-tuned: already there"


def test_errors_start_with_one_prefix() -> None:
    assert str(StayTunedError("option 'x' is wrong")) == "stay-tuned: option 'x' is wrong"
    assert str(StayTunedError("stay-tuned: option 'x'")) == "stay-tuned: option 'x'"


def test_the_logger_is_under_mkdocs_plugins_and_prefixes_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        log.info("one")
        log.info("stay-tuned: two")
    records = [r for r in caplog.records if r.name == "mkdocs.plugins.stay_tuned"]
    assert [r.getMessage() for r in records] == ["stay-tuned: one", "stay-tuned: two"]
