"""Material's blog plugin schedules posts (``draft_if_future_date``) by the system
clock, ``datetime.now()``, not by ``SOURCE_DATE_EPOCH``, and so does the plugin where
it follows Material's decision (``stay_tuned.clock.system_now``: feed items, the
strategy library). The tests pin the build's date with ``SOURCE_DATE_EPOCH``
(``tests/conftest.py``); ``pin()`` sets that clock to the same instant, so that what a
test build publishes never changes with the calendar (the site's parts are dated from
2026-12-10 on) and a test can build the site "on" any day.

In the test process an autouse fixture pins it; builds in a subprocess pin it through
``tests/pinned/sitecustomize.py`` (``realsite.ENV`` puts it on ``PYTHONPATH``).
Without ``SOURCE_DATE_EPOCH``, the clock is the system clock, as in any build.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.abc
import importlib.machinery
import os
import sys
import types
from collections.abc import Callable, Sequence
from typing import Any


class PinnedDatetime(datetime.datetime):
    """``datetime`` whose ``now()`` is ``SOURCE_DATE_EPOCH`` when it is set."""

    @classmethod
    def now(cls, tz: datetime.tzinfo | None = None) -> datetime.datetime:  # type: ignore[override]
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if not epoch:
            return datetime.datetime.now(tz)
        return datetime.datetime.fromtimestamp(int(epoch), tz)


def system_now() -> datetime.datetime:
    return PinnedDatetime.now(datetime.timezone.utc)


_PINNED: dict[str, tuple[str, Any]] = {
    "material.plugins.blog.plugin": ("datetime", PinnedDatetime),
    "stay_tuned.clock": ("system_now", system_now),
}
"""What ``pin`` replaces: module, attribute, pinned value."""


def pin(setattr_: Callable[[Any, str, Any], None] = setattr) -> None:
    """Material's blog plugin, and the plugin where it follows Material's scheduling
    (``stay_tuned.clock.system_now``), read the clock through ``PinnedDatetime``."""
    for name, (attribute, value) in _PINNED.items():
        setattr_(importlib.import_module(name), attribute, value)


class _PinOnImport(importlib.abc.MetaPathFinder):
    """Pins each module of ``_PINNED`` once it is imported. Importing them at start-up
    instead would import MkDocs before ProperDocs sets itself up in its place."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _PINNED:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.abc.Loader):
            return None
        loader = spec.loader
        exec_module = loader.exec_module
        attribute, value = _PINNED[fullname]

        def exec_and_pin(module: types.ModuleType) -> None:
            exec_module(module)
            setattr(module, attribute, value)

        loader.exec_module = exec_and_pin  # type: ignore[method-assign]
        return spec


def pin_on_import() -> None:
    """``pin`` in a process that has not imported Material or the plugin yet."""
    sys.meta_path.insert(0, _PinOnImport())
