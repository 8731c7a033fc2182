"""Dates shown to readers, formatted as Material's blog formats post dates."""

from __future__ import annotations

import datetime
import functools

from babel import Locale
from babel.dates import format_date, format_datetime

NAMED_FORMATS = frozenset({"full", "long", "medium", "short"})


# Babel is slow, and the same dates recur on many pages (a series on each part's page,
# every post in the strategy library).
@functools.lru_cache(maxsize=4096)
def format_post_date(value: datetime.date, date_format: str, language: str | None) -> str:
    """``value`` as Material's blog shows post dates: ``post_date_format`` is ``full``,
    ``long``, ``medium``, ``short`` or a Babel pattern, in the site's language."""
    locale = _locale((language or "en").replace("-", "_"))
    if date_format in NAMED_FORMATS:
        return str(format_date(value, format=date_format, locale=locale))
    # A custom pattern may name time fields too, as Material allows.
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    return str(format_datetime(value, format=date_format, locale=locale))


@functools.lru_cache(maxsize=16)
def _locale(name: str) -> Locale:
    """The site's locale, parsed once: Babel parses a locale name on every call, half
    of the time of formatting a date."""
    return Locale.parse(name)
