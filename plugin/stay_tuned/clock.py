"""The build's date, against which announced parts fall due."""

from __future__ import annotations

import datetime
import os
from collections.abc import Mapping

from stay_tuned.errors import StayTunedError


def system_now() -> datetime.datetime:
    """The system clock, in UTC. Material's blog plugin schedules posts by it
    (``draft_if_future_date``), whatever ``SOURCE_DATE_EPOCH`` says, so whatever the
    plugin decides about a scheduled post (feed items, the strategy library) reads this
    one clock too."""
    return datetime.datetime.now(datetime.timezone.utc)


def build_date(environ: Mapping[str, str] = os.environ) -> datetime.date:
    """Today in UTC (Material dates posts in UTC too), or the day of
    ``SOURCE_DATE_EPOCH`` when it is set: the reproducible-builds convention that
    MkDocs itself follows for its build timestamp."""
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return datetime.datetime.now(datetime.timezone.utc).date()
    try:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    except (ValueError, OverflowError, OSError) as error:
        raise StayTunedError(
            f"stay-tuned: SOURCE_DATE_EPOCH is '{epoch}', which is not a Unix time in "
            "seconds; set it like SOURCE_DATE_EPOCH=1795694400, or unset it to use today."
        ) from error
