"""Where each ongoing series stands on the build's day: what a build says at its end,
one line per series, and what ``series.json`` tells scripts. Pure: no MkDocs, no clock
(``today`` is passed in)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from stay_tuned.series.model import Part, Series, overdue


@dataclass(frozen=True)
class Progress:
    """One ongoing series on the build's day."""

    id: str
    title: str
    published: int
    total: int
    next: Part | None
    """The next announced part that is not overdue: the one with the nearest date from
    today on, else the first one announced without a date; ``None`` when every
    announced part is overdue."""
    overdue: tuple[Part, ...]
    """Announced parts whose date has passed while they are still unpublished."""


def next_part(series: Series, today: datetime.date) -> Part | None:
    """The announced part of ``series`` that comes next (see ``Progress.next``)."""
    coming = [p for p in series.announced if p.date is None or p.date >= today]
    dated = [p for p in coming if p.date is not None]
    if dated:
        return min(dated, key=lambda p: (p.date, p.number))
    return coming[0] if coming else None


def progress(series: Iterable[Series], today: datetime.date) -> list[Progress]:
    """Every ongoing series (not complete: something is announced, or nothing at all
    yet), in the order given."""
    return [
        Progress(
            id=s.id,
            title=s.title,
            published=len(s.published),
            total=s.total,
            next=next_part(s, today),
            overdue=overdue(s, today),
        )
        for s in series
        if not s.complete
    ]


def when(date: datetime.date, today: datetime.date) -> str:
    """``today``, ``in 3 days`` or ``2 days ago``."""
    days = (date - today).days
    if days == 0:
        return "today"
    plural = "s" if abs(days) != 1 else ""
    return f"in {days} day{plural}" if days > 0 else f"{-days} day{plural} ago"


def _part(part: Part) -> str:
    return f"part {part.number} ('{part.title}')"


def message(item: Progress, today: datetime.date) -> str:
    """The INFO line of one ongoing series, for the end of the build."""
    if item.next is None:
        coming = "nothing more announced"
    elif item.next.date is None:
        coming = f"next: {_part(item.next)}, no date announced"
    else:
        coming = (
            f"next: {_part(item.next)} due {item.next.date.isoformat()} "
            f"({when(item.next.date, today)})"
        )
    if item.overdue:
        late = "; ".join(
            f"{_part(p)} announced for {p.date.isoformat()} ({when(p.date, today)})"
            for p in item.overdue
            if p.date is not None
        )
        overdue_text = f"OVERDUE: {late}"
    else:
        overdue_text = "nothing overdue"
    return (
        f"series '{item.title}': {item.published} of {item.total} parts published; "
        f"{coming}; {overdue_text}."
    )


def _part_json(part: Part) -> dict[str, Any]:
    return {
        "number": part.number,
        "title": part.title,
        "date": part.date.isoformat() if part.date else None,
    }


def series_json(series: Series, today: datetime.date) -> dict[str, Any]:
    """The keys ``next`` and ``overdue`` of a series in ``series.json`` (a complete
    series has no next part and nothing overdue)."""
    return {
        "next": _part_json(part) if (part := next_part(series, today)) else None,
        "overdue": [_part_json(part) for part in overdue(series, today)],
    }
