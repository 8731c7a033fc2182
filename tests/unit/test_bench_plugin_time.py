"""bench/plugin_time.py: the plugin's own time counts nested calls once and keeps what
MkDocs reads from event methods (their priority)."""

from __future__ import annotations

import gc
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.plugin_time import Timer, entry_name, instrument

PACKAGE = "benchfake"


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Any]:
    root = tmp_path / PACKAGE
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "work.py").write_text(
        textwrap.dedent(
            """
            import time

            def inner():
                time.sleep(0.02)

            def outer():
                inner()
                inner()
            """
        )
    )
    (root / "plugin.py").write_text(
        textwrap.dedent(
            """
            from mkdocs.plugins import event_priority

            from benchfake.work import outer

            class Plugin:
                @event_priority(-60)
                def on_page_markdown(self, markdown, **kwargs):
                    outer()
                    return markdown

                @staticmethod
                def helper():
                    return 1
            """
        )
    )
    sys.path.insert(0, str(tmp_path))
    try:
        yield root
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_nested_calls_are_counted_once(package: Any) -> None:
    timer = Timer()
    assert instrument(PACKAGE, timer) == 4  # inner, outer, on_page_markdown, helper
    from benchfake.plugin import Plugin

    plugin = Plugin()
    started = time.perf_counter()
    assert plugin.on_page_markdown("text", page=None) == "text"
    elapsed = time.perf_counter() - started
    assert timer.calls == 1
    assert 0.04 <= timer.total <= elapsed
    assert 0 <= timer.cpu_total <= timer.total  # sleeping takes no CPU
    assert Plugin.helper() == 1
    assert timer.calls == 2
    # Every call is counted as work: on_page_markdown, outer, inner twice, helper.
    assert timer.all_calls == 5
    # MkDocs orders event handlers by this attribute: the wrapper keeps it.
    assert plugin.on_page_markdown.mkdocs_priority == -60


def burn(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_host_work_called_by_the_plugin_is_not_the_plugins() -> None:
    timer = Timer()

    def own_inside_host() -> None:
        burn(0.05)

    own = timer.wrap(own_inside_host)
    host = timer.host(lambda: (burn(0.2), own()))

    def plugin_entry() -> None:
        burn(0.05)
        host()
        burn(0.05)

    timer.wrap(plugin_entry)()

    # 0.05 s of the plugin's own, 0.2 s of the host's with 0.05 s of the plugin's again
    # inside it, then 0.05 s of the plugin's own.
    assert 0.14 <= timer.cpu_total < 0.25
    assert timer.calls == 2  # the plugin's call, then its function inside the host's
    assert timer.all_calls == 2
    # By way in: the plugin's call (0.1 s around the host's call), and its function
    # inside the host's (0.05 s) under its own name.
    assert set(timer.entries) == {entry_name(plugin_entry), entry_name(own_inside_host)}
    outer, inner = (
        timer.entries[entry_name(plugin_entry)],
        timer.entries[entry_name(own_inside_host)],
    )
    assert 0.09 <= outer < 0.2 and 0.045 <= inner < 0.1
    assert abs(outer + inner - timer.cpu_total) < 1e-9


def test_entries_are_named_inside_the_package() -> None:
    from stay_tuned.series.feature import SeriesFeature

    assert entry_name(SeriesFeature.decorate) == "series.feature.SeriesFeature.decorate"
    assert entry_name(burn).endswith(".burn")


def test_host_work_outside_the_plugin_is_untouched() -> None:
    timer = Timer()
    timer.host(lambda: burn(0.05))()
    assert timer.cpu_total == 0 and timer.calls == 0


def test_garbage_collections_in_the_plugins_code_are_told_apart() -> None:
    timer = Timer()
    gc.callbacks.append(timer.collecting)
    try:
        timer.wrap(gc.collect)()
        inside = timer.gc_cpu
        gc.collect()  # outside the plugin: not counted
    finally:
        gc.callbacks.remove(timer.collecting)
    assert 0 < inside <= timer.cpu_total
    assert timer.gc_cpu == inside
