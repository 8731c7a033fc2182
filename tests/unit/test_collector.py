"""The collector speedup: what survives a full collection is frozen until the build
ends, then handed back to the collector; it stays off where it does not apply."""

from __future__ import annotations

import gc
import logging
import weakref
from collections.abc import Iterator

import pytest
from stay_tuned import collector
from stay_tuned.speedups import Speedups, host_versions


class Node:
    """A tracked object that can hold a reference cycle."""

    def __init__(self) -> None:
        self.other: Node | None = None


def frozen(thing: object) -> bool:
    """Whether ``thing`` is out of the collector's generations (frozen)."""
    return gc.is_tracked(thing) and not any(o is thing for o in gc.get_objects())


@pytest.fixture
def tenure() -> Iterator[collector.Tenure]:
    assert gc.get_freeze_count() == 0
    made = collector.Tenure()
    try:
        yield made
    finally:
        made.stop()
        gc.unfreeze()


def test_what_outlives_a_full_collection_is_frozen_until_stop(tenure: collector.Tenure) -> None:
    tenure.start()
    survivor = Node()
    gc.collect(1)  # a younger collection freezes nothing
    assert not frozen(survivor)
    gc.collect()
    assert frozen(survivor) and gc.get_freeze_count() > 0
    tenure.stop()
    assert not frozen(survivor) and gc.get_freeze_count() == 0
    assert tenure._collected not in gc.callbacks
    tenure.stop()  # again: nothing to do
    assert gc.get_freeze_count() == 0


def test_garbage_among_frozen_objects_is_collected_once_handed_back(
    tenure: collector.Tenure,
) -> None:
    tenure.start()
    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    gc.collect()  # both alive: frozen
    del a, b
    gc.collect()
    assert gone() is not None  # a cycle of frozen objects waits for the end of the build
    tenure.stop()
    gc.collect()
    assert gone() is None


def test_garbage_made_after_a_full_collection_is_collected_as_before(
    tenure: collector.Tenure,
) -> None:
    tenure.start()
    gc.collect()
    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None


@pytest.mark.parametrize(
    ("implementation", "version", "enabled", "already", "problem"),
    [
        ("CPython", (3, 10), True, 0, None),
        ("CPython", (3, 13), True, 0, None),
        ("PyPy", (3, 10), True, 0, "PyPy is not CPython"),
        ("CPython", (3, 14), True, 0, "Python 3.14 collects garbage differently"),
        ("CPython", (3, 11), False, 0, "garbage collection is turned off in this process"),
        ("CPython", (3, 11), True, 5, "objects were already frozen (gc.freeze) in this process"),
    ],
)
def test_where_the_collector_is_left_alone(
    implementation: str, version: tuple[int, int], enabled: bool, already: int, problem: str
) -> None:
    assert collector.collector_problem(implementation, version, enabled, already) == problem


def test_a_build_whose_collector_is_off_says_so_once(caplog: pytest.LogCaptureFixture) -> None:
    speedups = Speedups(True, versions=host_versions())
    gc.disable()
    try:
        speedups.start()
        speedups.start()
    finally:
        gc.enable()
    assert not speedups.tenure.active
    messages = [(r.levelno, r.getMessage()) for r in caplog.records]
    assert messages == [
        (
            logging.INFO,
            "stay-tuned: speedups: garbage collection is left as it is, since garbage "
            "collection is turned off in this process (option speedups).",
        )
    ]


def test_speedups_off_leave_the_collector_alone(caplog: pytest.LogCaptureFixture) -> None:
    speedups = Speedups(False, versions=host_versions())
    speedups.start()
    assert not speedups.tenure.active and not caplog.records
    speedups.end()
    assert gc.get_freeze_count() == 0
