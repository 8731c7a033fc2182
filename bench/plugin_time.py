"""Build a site once and measure the time spent inside the ``stay_tuned`` package.

Run as ``python -m bench.plugin_time -f mkdocs.yml -d site`` (in a fresh process: the
timers are installed before MkDocs loads the plugin). It prints one JSON line:
``{"plugin": seconds inside stay_tuned, "build": seconds of the whole build, "calls": n,
"all_calls": n}`` (outermost calls into the package, and all calls of its functions)
and the same two figures in CPU time of the process (``plugin_cpu``, ``build_cpu``), and
how much of ``plugin_cpu`` went to garbage collections (``plugin_gc_cpu``), and
``plugin_cpu`` by way into the package (``entries``: the outermost function of each
call, ``series.feature.SeriesFeature.decorate``).

Every function and method defined in the package's modules is wrapped with a timer that
counts only the outermost call: time is "in the plugin" while at least one
``stay_tuned`` function is on the stack, so nested calls are not counted twice, and
every way into the package is covered (MkDocs events, Markdown processors and Jinja
rendering called from MkDocs, head contributors). What the plugin makes MkDocs do
outside its own code (rendering pages the plugin adds, say) is not in this figure; the
enabled/disabled wall time ratio covers it. Nor is Material's own excerpt conversion
(``Excerpt.render``), which the speedups call on Material's behalf (and call less
often), nor the link processors of that conversion, which they run again for each index
page instead of converting (``HOST``): the timer pauses while these run
(``Timer.host``), and counts the plugin's own processors that run inside them.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import importlib
import json
import os
import pkgutil
import sys
import time
import types
from collections.abc import Callable
from typing import Any

PACKAGE = "stay_tuned"


class Timer:
    """Time spent while at least one wrapped function runs: wall time (``total``) and
    this process's CPU time (``cpu_total``, unaffected by other processes competing for
    the CPU)."""

    def __init__(self) -> None:
        self.depth = 0
        self.started = 0.0
        self.cpu_started = 0.0
        self.total = 0.0
        self.cpu_total = 0.0
        self.calls = 0
        """Ways into the package: outermost calls."""
        self.all_calls = 0
        """Every call of a package function, nested ones too: the work the plugin does,
        counted without the clock."""
        self.gc_cpu = 0.0
        """CPU time of the garbage collections that ran while the plugin's code was
        (part of ``cpu_total``): Python collects when enough objects were allocated, so
        a collection of the whole heap lands in whichever code allocated last."""
        self._gc_started = 0.0
        self.entries: dict[str, float] = {}
        """``cpu_total`` by way into the package: the outermost function of each call
        (``entry_name``), where the plugin's own CPU time goes."""
        self._entry = ""

    def _start(self, entry: str) -> None:
        self._entry = entry
        self.started = time.perf_counter()
        self.cpu_started = time.process_time()

    def _stop(self) -> None:
        cpu = time.process_time() - self.cpu_started
        self.total += time.perf_counter() - self.started
        self.cpu_total += cpu
        self.entries[self._entry] = self.entries.get(self._entry, 0.0) + cpu

    def collecting(self, phase: str, info: dict[str, Any]) -> None:
        """A ``gc.callbacks`` hook: adds up the collections that run inside the plugin."""
        if self.depth == 0:
            return
        if phase == "start":
            self._gc_started = time.process_time()
        else:
            self.gc_cpu += time.process_time() - self._gc_started

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        entry = entry_name(function)

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if self.depth == 0:
                self._start(entry)
                self.calls += 1
            self.all_calls += 1
            self.depth += 1
            try:
                return function(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self._stop()

        return timed

    def host(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """``function`` of the host (Material), not counted when the plugin calls it on
        the host's behalf; plugin functions it calls are counted again."""

        @functools.wraps(function)
        def untimed(*args: Any, **kwargs: Any) -> Any:
            if self.depth == 0:
                return function(*args, **kwargs)
            self._stop()
            depth, entry, self.depth = self.depth, self._entry, 0
            try:
                return function(*args, **kwargs)
            finally:
                self.depth = depth
                self._start(entry)

        return untimed


def entry_name(function: Callable[..., Any]) -> str:
    """A function as the figures name it: ``module.Class.method``, the module relative
    to its package (``series.feature.SeriesFeature.decorate``)."""
    module = getattr(function, "__module__", None) or ""
    return f"{module.partition('.')[2] or module}.{function.__qualname__}"


HOST = (
    ("material.plugins.blog.structure", "Excerpt", "render"),
    ("mkdocs.structure.pages", "_RelativePathTreeprocessor", "run"),
    ("markdown.treeprocessors", "UnescapeTreeprocessor", "run"),
    ("material.plugins.blog.structure.markdown", "ExcerptTreeprocessor", "run"),
)
"""Host methods the plugin calls on the host's behalf (the speedups' excerpt memo):
Material's conversion of an excerpt, and the three tree processors its conversion runs
last, which the memo runs for each index page to make the excerpt's links there."""


def instrument_host(timer: Timer) -> None:
    for module_name, class_name, name in HOST:
        cls = getattr(importlib.import_module(module_name), class_name)
        setattr(cls, name, timer.host(getattr(cls, name)))


def _is_ours(obj: Any, package: str) -> bool:
    module = getattr(obj, "__module__", None) or ""
    return module == package or module.startswith(package + ".")


def instrument(package: str, timer: Timer) -> int:
    """Import every module of ``package`` and wrap its functions and methods with
    ``timer``; return how many were wrapped. Names bound to the same function in several
    modules (``from x import f``) all get the same wrapper."""
    root = importlib.import_module(package)
    modules = [root]
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        modules.append(importlib.import_module(info.name))
    wrapped: dict[int, Callable[..., Any]] = {}

    def wrapper(function: Callable[..., Any]) -> Callable[..., Any]:
        if id(function) not in wrapped:
            wrapped[id(function)] = timer.wrap(function)
        return wrapped[id(function)]

    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and _is_ours(value, package):
                setattr(module, name, wrapper(value))
            elif isinstance(value, type) and value.__module__ == module.__name__:
                _instrument_class(value, wrapper)
    return len(wrapped)


def _instrument_class(cls: type, wrapper: Callable[[Callable[..., Any]], Any]) -> None:
    for name, value in list(vars(cls).items()):
        if name.startswith("__") and name not in {"__init__", "__call__"}:
            continue
        replacement: Any = None
        if isinstance(value, types.FunctionType):
            replacement = wrapper(value)
        elif isinstance(value, staticmethod):
            replacement = staticmethod(wrapper(value.__func__))
        elif isinstance(value, classmethod):
            replacement = classmethod(wrapper(value.__func__))
        if replacement is not None:
            with contextlib.suppress(AttributeError, TypeError):  # a read-only class
                setattr(cls, name, replacement)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("-f", "--config-file", required=True)
    parser.add_argument("-d", "--site-dir", required=True)
    args = parser.parse_args(argv)

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    timer = Timer()
    instrument(PACKAGE, timer)
    instrument_host(timer)
    gc.callbacks.append(timer.collecting)

    from mkdocs.__main__ import cli

    started, cpu_started = time.perf_counter(), time.process_time()
    cli.main(["build", "-q", "-f", args.config_file, "-d", args.site_dir], standalone_mode=False)
    figures = {
        "plugin": timer.total,
        "plugin_cpu": timer.cpu_total,
        "build": time.perf_counter() - started,
        "build_cpu": time.process_time() - cpu_started,
        "calls": timer.calls,
        "all_calls": timer.all_calls,
        "plugin_gc_cpu": timer.gc_cpu,
        "entries": timer.entries,
    }
    print(json.dumps(figures))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
