"""What the series templates receive: small frozen objects with everything resolved.

URLs are relative to the page being rendered (so the site works from any base path
and with ``use_directory_urls: false``); dates come both as ISO text for ``<time>``
and formatted in the site's language. Templates only choose words and markup.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from mkdocs.utils import get_relative_url

from stay_tuned import dates
from stay_tuned.series.model import Part, Series

DateFormatter = Callable[[datetime.date], str]

BOX_LIMIT = 9
"""A series box lists every part up to this many; longer series show the first and
last parts and the current one's neighbours, and the series page lists them all."""
BOX_RADIUS = 2


def date_formatter(date_format: str, language: str | None) -> DateFormatter:
    """Dates formatted as Material's blog formats post dates (``post_date_format``:
    ``long``, ``medium``, ... or a Babel pattern) in the site's language."""
    return functools.partial(dates.format_post_date, date_format=date_format, language=language)


@dataclass(frozen=True, slots=True)
class PartView:
    number: int
    title: str
    published: bool
    current: bool
    url: str | None
    """Relative link to a published part that is not the current page, else ``None``."""
    date: str | None
    """ISO date for ``<time datetime>``."""
    date_text: str | None
    """The same date in the site's language."""
    gap_before: bool = False
    """Parts are left out before this one (a long series' box)."""


@dataclass(frozen=True, slots=True)
class SeriesLink:
    id: str
    title: str
    url: str
    total: int
    published: int
    complete: bool
    page: str = ""
    """The series page's URL relative to the site root, the same on every page: the
    key under which a reader's browser remembers the parts they have read."""


@dataclass(frozen=True, slots=True)
class BoxView:
    """The series box at the top of a part."""

    series: SeriesLink
    current: PartView
    parts: tuple[PartView, ...]
    next: PartView | None = None
    """What comes after the current part: the next published part (linked), else the
    next announced one (with its date); ``None`` when nothing is to come."""


@dataclass(frozen=True, slots=True)
class StayTunedView:
    """The block at the end of a part: what comes next."""

    kind: Literal["next", "announced", "complete"]
    series: SeriesLink
    part: PartView | None
    """The next part (published or announced); ``None`` when the series is complete."""
    follow_url: str
    """The series page: where readers come back for new parts when the site offers no
    series feed and no newsletter form (the feature renders those as a follow block)."""
    index_url: str


@dataclass(frozen=True, slots=True)
class SeriesPageView:
    series: SeriesLink
    parts: tuple[PartView, ...]
    readtime: int | None
    """Total reading time of the published parts in minutes, when the blog has them."""


@dataclass(frozen=True, slots=True)
class IndexEntry:
    series: SeriesLink
    next_part: PartView | None
    """The next announced part, if any."""


@dataclass(frozen=True, slots=True)
class IndexView:
    ongoing: tuple[IndexEntry, ...]
    complete: tuple[IndexEntry, ...]


def box_indices(count: int, at: int, limit: int = BOX_LIMIT) -> list[int]:
    """Which of a series' ``count`` parts its box shows when the current part is at index
    ``at``: all of them up to ``limit``, else the first, the last, and the current part
    with its neighbours."""
    if count <= limit:
        return list(range(count))
    keep = {0, count - 1, *range(max(0, at - BOX_RADIUS), min(count, at + BOX_RADIUS + 1))}
    return sorted(keep)


def next_part(series: Series, current: Part) -> Part | None:
    """The part a reader of ``current`` goes on to: the one after it, or, after the last
    part written so far, the first part still announced; ``None`` when nothing is to
    come."""
    following = series.following(current)
    if following is None and series.announced:
        following = series.announced[0]  # an earlier part is still to come
    return following


class Views:
    """Builds the template data for one build.

    ``urls`` maps series ids to their pages' site-relative URLs, ``index_url`` is the
    index of all series; ``base`` arguments are the URL of the page being rendered.
    """

    def __init__(
        self, urls: Mapping[str, str], index_url: str, format_date_: DateFormatter
    ) -> None:
        self.urls = urls
        self.index_url = index_url
        self.format_date = format_date_
        self._dates: dict[datetime.date, tuple[str, str]] = {}
        """Each date as ISO text and in the site's language: the same few dates recur
        in every box, label and page of a series."""

    def link(self, series: Series, base: str) -> SeriesLink:
        return SeriesLink(
            id=series.id,
            title=series.title,
            url=get_relative_url(self.urls[series.id], base),
            total=series.total,
            published=len(series.published),
            complete=series.complete,
            page=self.urls[series.id],
        )

    def part(
        self, part: Part, base: str, *, current: Part | None = None, gap_before: bool = False
    ) -> PartView:
        is_current = current is not None and part.number == current.number
        iso = text = None
        if part.date:
            known = self._dates.get(part.date)
            if known is None:
                known = self._dates[part.date] = (
                    part.date.isoformat(),
                    self.format_date(part.date),
                )
            iso, text = known
        return PartView(
            number=part.number,
            title=part.title,
            published=part.published,
            current=is_current,
            url=get_relative_url(part.url, base) if part.url and not is_current else None,
            date=iso,
            date_text=text,
            gap_before=gap_before,
        )

    def box(self, series: Series, current: Part, base: str) -> BoxView:
        following = next_part(series, current)
        numbers = [part.number for part in series.parts]
        at = numbers.index(current.number)
        indices = box_indices(len(numbers), at)
        shown = set(indices)
        parts = tuple(
            self.part(
                series.parts[i], base, current=current, gap_before=i > 0 and i - 1 not in shown
            )
            for i in indices
        )
        return BoxView(
            series=self.link(series, base),
            # Shown in the list, never after a gap (box_indices keeps its neighbours):
            # the same view as the current part on its own.
            current=parts[indices.index(at)],
            parts=parts,
            next=self.part(following, base) if following else None,
        )

    def stay_tuned(self, series: Series, current: Part, base: str) -> StayTunedView:
        following = next_part(series, current)
        kind: Literal["next", "announced", "complete"]
        if following is None:
            kind = "complete"
        elif following.published:
            kind = "next"
        else:
            kind = "announced"
        link = self.link(series, base)
        return StayTunedView(
            kind=kind,
            series=link,
            part=self.part(following, base) if following else None,
            follow_url=link.url,
            index_url=get_relative_url(self.index_url, base),
        )

    def page(self, series: Series, base: str, readtime: int | None) -> SeriesPageView:
        return SeriesPageView(
            series=self.link(series, base),
            parts=tuple(self.part(part, base) for part in series.parts),
            readtime=readtime,
        )

    def index(self, series: Iterable[Series], base: str) -> IndexView:
        ongoing: list[IndexEntry] = []
        complete: list[IndexEntry] = []
        for s in series:
            upcoming = s.announced[0] if s.announced else None
            entry = IndexEntry(
                series=self.link(s, base),
                next_part=self.part(upcoming, base) if upcoming else None,
            )
            (complete if s.complete else ongoing).append(entry)
        return IndexView(ongoing=tuple(ongoing), complete=tuple(complete))
