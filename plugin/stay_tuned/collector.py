"""The garbage-collector speedup: what outlives a full collection is left out of the
build's later ones.

CPython's collector walks every object it tracks in a full collection, and makes one
each time the objects that survived the last one have grown by a quarter. A build's
long-lived objects (its pages and their tables of contents, Material's excerpts and
their converters) grow all through it, so each is walked again and again: a dozen full
collections, 2.4 s of a 33 s build of a 2000-post blog. After each full collection this
speedup moves the objects that survived it to the collector's permanent generation
(``gc.freeze``), which collections skip; when the build ends, or fails, it moves them
back (``gc.unfreeze``), so that whatever is garbage by then is collected as before.

Nothing the build writes changes: the collector only frees what no code can reach.
"""

from __future__ import annotations

import gc
import platform
import sys
from contextlib import suppress
from typing import Any

GENERATIONAL = ((3, 10), (3, 14))
"""The CPython versions (from, up to) whose collector works in generations as measured
here; 3.14's collects the old objects a part at a time, and is left alone."""


def collector_problem(
    implementation: str, version: tuple[int, int], enabled: bool, frozen: int
) -> str | None:
    """Why the collector of this process is left as it is, or ``None``."""
    if implementation != "CPython":
        return f"{implementation} is not CPython"
    if not GENERATIONAL[0] <= version < GENERATIONAL[1]:
        return f"Python {version[0]}.{version[1]} collects garbage differently"
    if not enabled:
        return "garbage collection is turned off in this process"
    if frozen:
        # Unfreezing at the end would hand someone else's frozen objects back too.
        return "objects were already frozen (gc.freeze) in this process"
    return None


def problem_here() -> str | None:
    """``collector_problem`` for this process."""
    version = (sys.version_info.major, sys.version_info.minor)
    return collector_problem(
        platform.python_implementation(), version, gc.isenabled(), gc.get_freeze_count()
    )


class Tenure:
    """Freezes what survives each full collection, from ``start`` to ``stop``."""

    def __init__(self) -> None:
        self.active = False

    def start(self) -> None:
        if not self.active:
            self.active = True
            gc.callbacks.append(self._collected)

    def _collected(self, phase: str, info: dict[str, Any]) -> None:
        # Called by the collector after each collection: the survivors of a full one
        # are in the oldest generation, and only there.
        if phase == "stop" and info.get("generation") == 2:
            gc.freeze()

    def stop(self) -> None:
        """Hands the frozen objects back to the collector (idempotent)."""
        if not self.active:
            return
        self.active = False
        with suppress(ValueError):
            gc.callbacks.remove(self._collected)
        gc.unfreeze()
