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
import os
from collections.abc import Callable
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


def pin(setattr_: Callable[[Any, str, Any], None] = setattr) -> None:
    """Material's blog plugin, and the plugin where it follows Material's scheduling
    (``stay_tuned.clock.system_now``), read the clock through ``PinnedDatetime``."""
    from material.plugins.blog import plugin
    from stay_tuned import clock

    setattr_(plugin, "datetime", PinnedDatetime)
    setattr_(clock, "system_now", system_now)
