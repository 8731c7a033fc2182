"""The series model: which parts a series has, in which order, and which promises it
keeps. Pure data and decisions: no MkDocs, no HTML, no clock (``today`` is passed in).

A series is declared in the registry (``Declared``); posts claim a place in it through
their front matter (``Claim``). ``build_catalog`` merges both into ``Series`` whose
``parts`` are numbered and either published (linkable) or announced (coming soon).
"""

from __future__ import annotations

import datetime
import difflib
import enum
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from stay_tuned.errors import StayTunedError


@dataclass(frozen=True)
class Announcement:
    """A part announced in the registry's ``upcoming`` list."""

    part: int
    title: str
    date: datetime.date | None = None


@dataclass(frozen=True)
class Declared:
    """A series as the registry declares it."""

    id: str
    title: str
    description: str | None = None
    upcoming: tuple[Announcement, ...] = ()


@dataclass(frozen=True)
class Claim:
    """A post's front matter saying it is part of a series.

    ``published`` is true when the post is rendered in this build (in Material's
    ``blog.posts``: drafts too under ``mkdocs serve`` with ``draft_on_serve``); a draft
    or a future-dated post is a claim that is not published: an announced part.
    """

    where: str
    """The post's file, as shown in messages (``docs/blog/posts/x.md``)."""
    series: str
    part: int | None
    title: str
    date: datetime.date
    published: bool
    url: str
    """The post's site-relative URL (only linked when published)."""
    scheduled: bool = False
    """Unpublished only because its date is in the future (Material's
    ``draft_if_future_date``): a rebuild on that date publishes it."""


class Status(str, enum.Enum):
    """A part is published (readers can follow a link to it) or announced."""

    PUBLISHED = "published"
    ANNOUNCED = "announced"


@dataclass(frozen=True)
class Part:
    """One numbered part of a series."""

    number: int
    title: str
    status: Status
    date: datetime.date | None = None
    """Publication date of a published part; expected date of an announced one."""
    url: str | None = None
    """Site-relative URL; only for published parts."""
    where: str | None = None
    """The post's file, or ``None`` for an announcement from the registry."""
    scheduled: bool = False
    """An unpublished post that a rebuild on its date publishes (not a draft)."""

    @property
    def published(self) -> bool:
        return self.status is Status.PUBLISHED


@dataclass(frozen=True)
class Series:
    """A declared series with its parts ordered by number."""

    id: str
    title: str
    description: str | None = None
    parts: tuple[Part, ...] = ()

    @functools.cached_property
    def total(self) -> int:
        """How many parts the series has: published and announced ("Part 1 of 5")."""
        return max((part.number for part in self.parts), default=0)

    @functools.cached_property
    def published(self) -> tuple[Part, ...]:
        return tuple(part for part in self.parts if part.published)

    @functools.cached_property
    def announced(self) -> tuple[Part, ...]:
        return tuple(part for part in self.parts if not part.published)

    @functools.cached_property
    def complete(self) -> bool:
        """Every part is published and nothing more is announced."""
        return bool(self.parts) and not self.announced

    @property
    def latest(self) -> datetime.date | None:
        """The date of the newest published part."""
        return max((p.date for p in self.published if p.date), default=None)

    def part_at(self, where: str) -> Part | None:
        """The part written in the post file ``where``."""
        return next((part for part in self.parts if part.where == where), None)

    def following(self, part: Part) -> Part | None:
        """The part after ``part``, published or announced."""
        return next((p for p in self.parts if p.number > part.number), None)

    def previous_published(self, part: Part) -> Part | None:
        return next((p for p in reversed(self.published) if p.number < part.number), None)

    def next_published(self, part: Part) -> Part | None:
        return next((p for p in self.published if p.number > part.number), None)

    def missing(self) -> list[int]:
        """Part numbers below the total that neither a post nor an announcement fills."""
        taken = {part.number for part in self.parts}
        return [number for number in range(1, self.total + 1) if number not in taken]


@dataclass(frozen=True)
class Catalog:
    """Every declared series, ongoing first, and what was wrong with the posts' claims."""

    series: tuple[Series, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def get(self, series_id: str) -> Series | None:
        return self._by_id.get(series_id)

    @functools.cached_property
    def _by_id(self) -> dict[str, Series]:
        return {series.id: series for series in self.series}

    @functools.cached_property
    def _by_where(self) -> dict[str, tuple[Series, Part]]:
        return {
            part.where: (series, part)
            for series in self.series
            for part in series.parts
            if part.where is not None
        }

    def part_at(self, where: str) -> tuple[Series, Part] | None:
        """The series and part written in the post file ``where``."""
        return self._by_where.get(where)


def normalize_id(name: str) -> str:
    """``"Emotional Connection"``, ``"emotional_connection"`` -> ``"emotionalconnection"``:
    ids that differ only by case, spaces, dashes or underscores compare equal."""
    return "".join(ch for ch in name.casefold() if not ch.isspace() and ch not in "-_")


def suggest_id(name: str, declared: Iterable[str]) -> tuple[str, bool] | None:
    """The declared id closest to ``name`` and whether it is a near miss (differs only
    by case, spaces or dashes), or ``None`` when nothing is close."""
    ids = sorted(declared)
    wanted = normalize_id(name)
    for candidate in ids:
        if normalize_id(candidate) == wanted:
            return candidate, True
    close = difflib.get_close_matches(name.casefold(), ids, n=1, cutoff=0.6)
    return (close[0], False) if close else None


def unknown_series_warning(claim: Claim, declared: Iterable[str], registry: str) -> str:
    """What to tell the author of a post whose series id is not declared in the series
    file ``registry`` (which exists: without one, the plugin reads no ``series:``)."""
    ids = list(declared)
    suggestion = suggest_id(claim.series, ids)
    if suggestion is not None and suggestion[1]:
        return (
            f"{claim.where}: series '{claim.series}' differs from the series "
            f"'{suggestion[0]}' declared in {registry} only by case, spaces or dashes. "
            f"Write 'series: {suggestion[0]}'."
        )
    hint = f" Did you mean '{suggestion[0]}'?" if suggestion else ""
    if not ids:
        where = f"{registry} declares no series: declare it there under 'series:'"
    else:
        where = f"{registry} does not declare it"
    return (
        f"{claim.where}: series '{claim.series}' is unknown: {where}.{hint} "
        "The post is built as a post outside any series."
    )


def left_alone_message(posts: int, registry: str) -> str:
    """The INFO line for a site without a series file whose posts still write
    ``series:`` in their front matter: the key is the site's own (its templates or hooks
    may read it), so the plugin leaves those posts as they are, and says how to make a
    series of its own."""
    have = "post has" if posts == 1 else "posts have"
    them = "it" if posts == 1 else "them"
    return (
        f"{posts} {have} 'series:' in the front matter, but there is no series file at "
        f"{registry}, so stay-tuned leaves {them} alone (no series box, label, page or "
        f"feed). To make a stay-tuned series, declare it in {registry}, like "
        "'series: {emotional-connection: {title: Building Emotional Connection}}', and "
        "write 'series: emotional-connection' in its posts."
    )


def _numbered(series_id: str, claims: Sequence[Claim]) -> list[tuple[int, Claim]]:
    """``claims`` with their part numbers: as written, or by date when none is written."""
    numbered = [c for c in claims if c.part is not None]
    unnumbered = [c for c in claims if c.part is None]
    if numbered and unnumbered:
        raise StayTunedError(
            f"stay-tuned: series '{series_id}' mixes numbered and unnumbered parts: "
            f"{numbered[0].where} says 'part: {numbered[0].part}' but "
            f"{unnumbered[0].where} gives no part. Give every post of the series a "
            "'part', or none (then the parts are ordered by date)."
        )
    if not numbered:
        ordered = sorted(claims, key=lambda c: (c.date, c.title, c.where))
        return [(index, claim) for index, claim in enumerate(ordered, start=1)]
    by_number: dict[int, Claim] = {}
    for claim in sorted(numbered, key=lambda c: c.where):
        assert claim.part is not None
        other = by_number.get(claim.part)
        if other is not None:
            raise StayTunedError(
                f"stay-tuned: series '{series_id}': {other.where} and {claim.where} both "
                f"say 'part: {claim.part}'. Give each post its own part number."
            )
        by_number[claim.part] = claim
    return sorted(by_number.items())


def assemble(declared: Declared, claims: Sequence[Claim]) -> Series:
    """One series from its declaration and the posts that claim a part of it.

    A post (published or not) takes the place of an announcement with the same number.
    """
    parts: dict[int, Part] = {}
    for number, claim in _numbered(declared.id, claims):
        parts[number] = Part(
            number=number,
            title=claim.title,
            status=Status.PUBLISHED if claim.published else Status.ANNOUNCED,
            date=claim.date,
            url=claim.url if claim.published else None,
            where=claim.where,
            scheduled=claim.scheduled and not claim.published,
        )
    for announced in declared.upcoming:
        if announced.part not in parts:
            parts[announced.part] = Part(
                number=announced.part,
                title=announced.title,
                status=Status.ANNOUNCED,
                date=announced.date,
            )
    return Series(
        id=declared.id,
        title=declared.title,
        description=declared.description,
        parts=tuple(parts[number] for number in sorted(parts)),
    )


def display_order(series: Iterable[Series]) -> list[Series]:
    """Ongoing series first, then complete ones; newest activity first within each."""

    def key(s: Series) -> tuple[bool, int, str, str]:
        dates = [p.date for p in s.published if p.date] or [p.date for p in s.parts if p.date]
        newest = max(dates).toordinal() if dates else 0
        return (s.complete, -newest, s.title.casefold(), s.id)

    return sorted(series, key=key)


def build_catalog(
    declared: Mapping[str, Declared], claims: Iterable[Claim], registry: str
) -> Catalog:
    """Every series declared in the series file ``registry`` with its parts. Claims
    naming an undeclared series are left out with a warning that names the post and the
    closest declared id.

    Raises ``StayTunedError`` when the posts of a series contradict each other."""
    grouped: dict[str, list[Claim]] = {series_id: [] for series_id in declared}
    warnings: list[str] = []
    for claim in sorted(claims, key=lambda c: c.where):
        if claim.series in grouped:
            grouped[claim.series].append(claim)
        else:
            warnings.append(unknown_series_warning(claim, declared, registry))
    series = [assemble(declared[series_id], grouped[series_id]) for series_id in declared]
    return Catalog(series=tuple(display_order(series)), warnings=tuple(warnings))


@dataclass(frozen=True)
class BrokenPromise:
    """A promise the blog breaks, as a warning for the author."""

    message: str
    overdue: str | None = None
    """For an announced date that has passed with the part unpublished: the file to
    change (the post, or the series file for a part only announced there). Such a
    warning appears by itself when the date passes, with no edit to the site; the
    others (no parts, a gap in the numbers) come from an edit."""


def overdue(series: Series, today: datetime.date) -> tuple[Part, ...]:
    """The announced parts of ``series`` whose date has passed (before ``today``), except
    scheduled posts: Material publishes those by itself on their date."""
    return tuple(
        p for p in series.announced if p.date is not None and p.date < today and not p.scheduled
    )


def broken_promises(
    series: Iterable[Series], today: datetime.date, registry: str
) -> list[BrokenPromise]:
    """The promises a blog breaks: announced dates that passed with the part still
    unpublished, part numbers nobody fills, and series with no parts at all.

    A scheduled post (written, held back by Material's ``draft_if_future_date``) breaks
    no promise: Material publishes it by the system clock once its date comes, so it
    can only look overdue when ``today`` is ``SOURCE_DATE_EPOCH`` ahead of that clock."""
    warnings: list[BrokenPromise] = []
    for s in series:
        if not s.parts:
            warnings.append(
                BrokenPromise(
                    f"series '{s.id}' in {registry} has no parts: no post names it and it "
                    "announces nothing under 'upcoming'. Add a post with "
                    f"'series: {s.id}', announce a part, or remove the series."
                )
            )
        for part in overdue(s, today):
            assert part.date is not None
            if part.where is not None:
                fix = f"{part.where} is still a draft: publish it, or give it a date from today on"
            else:
                fix = (
                    f"publish a post with 'series: {s.id}' and 'part: {part.number}', or "
                    f"move its date in {registry}"
                )
            warnings.append(
                BrokenPromise(
                    f"series '{s.id}': part {part.number} ('{part.title}') was announced "
                    f"for {part.date.isoformat()}, which has passed, and is not published: "
                    f"{fix}.",
                    overdue=part.where or registry,
                )
            )
        missing = s.missing()
        if missing:
            numbers = number_ranges(missing)
            warnings.append(
                BrokenPromise(
                    f"series '{s.id}' has {s.total} parts but nothing fills part "
                    f"{numbers}: write it, announce it under 'upcoming' in {registry}, or "
                    "renumber the parts."
                )
            )
    return warnings


def promise_warnings(series: Iterable[Series], today: datetime.date, registry: str) -> list[str]:
    """The messages of ``broken_promises``."""
    return [promise.message for promise in broken_promises(series, today, registry)]


def number_ranges(numbers: Sequence[int], limit: int = 10) -> str:
    """Sorted ``numbers`` as short text: runs of three or more as ranges (``1-3, 5, 6``),
    and after ``limit`` runs how many more numbers there are, so that the text stays
    short whatever the numbers."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    shown = [
        f"{a}" if a == b else f"{a}, {b}" if b == a + 1 else f"{a}-{b}" for a, b in runs[:limit]
    ]
    rest = sum(b - a + 1 for a, b in runs[limit:])
    if rest:
        shown.append(f"and {rest} more")
    return ", ".join(shown)


def next_due(series: Iterable[Series], today: datetime.date) -> tuple[Series, Part] | None:
    """The announced part with the nearest expected date from ``today`` on."""
    due = [
        (part.date, s.title, part.number, s, part)
        for s in series
        for part in s.announced
        if part.date is not None and part.date >= today
    ]
    if not due:
        return None
    _, _, _, s, part = min(due, key=lambda item: item[:3])
    return s, part


def due_message(series: Series, part: Part, today: datetime.date, registry: str) -> str:
    """The INFO line saying when the next announced part falls due, so that a
    scheduled rebuild can publish it."""
    assert part.date is not None
    days = (part.date - today).days
    when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
    if part.scheduled:
        todo = f"{part.where} is scheduled: rebuild the site that day to publish it"
    elif part.where is not None:
        todo = f"{part.where} is a draft: remove 'draft: true' once it is ready"
    else:
        todo = f"it is announced in {registry} and not written yet"
    return (
        f"next announced part: '{series.title}' part {part.number} ('{part.title}') is "
        f"due {part.date.isoformat()} ({when}); {todo}."
    )


NAV_ALL_MAX_SERIES = 10
"""With ``series_nav: auto`` (the default), the most series listed one by one in the
navigation; a blog with more lists only the series index."""


def lists_every_series(series_nav: str, count: int) -> bool:
    """Whether the blog's navigation lists every series page (a "Series" section) rather
    than only the series index, for the option ``series_nav`` and ``count`` series.

    A listed section is rendered whole on each of its pages, so listing every series
    costs time in the square of their number: ``auto`` lists them only while there are
    at most ``NAV_ALL_MAX_SERIES``, which bounds that cost by a constant."""
    if series_nav == "auto":
        return count <= NAV_ALL_MAX_SERIES
    return series_nav == "all"
