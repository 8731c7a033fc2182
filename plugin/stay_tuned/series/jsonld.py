"""Structured data (schema.org JSON-LD) for posts and series pages.

Search engines read ``<script type="application/ld+json">`` blocks in ``<head>``. Every
post is a ``BlogPosting``; a part of a series is also ``isPartOf`` a
``CreativeWorkSeries`` at its ``position``; a series page is the ``CreativeWorkSeries``
with its published parts in ``hasPart``.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from stay_tuned import sharing

CONTEXT = "https://schema.org"


def script_json(data: Mapping[str, Any]) -> str:
    """``data`` as JSON that is safe inside ``<script>``: no ``</script>``, no ``<!--``,
    no entity, whatever the titles contain. The escapes are valid JSON, so parsers read
    the original text back."""
    return str(sharing.json_ld(data))


def _date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the keys whose value is unknown."""
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def series_reference(name: str, url: str | None) -> dict[str, Any]:
    return _compact({"@type": "CreativeWorkSeries", "name": name, "url": url})


def blog_posting(
    *,
    headline: str,
    url: str | None,
    published: datetime.date,
    modified: datetime.date | None = None,
    authors: Sequence[str] = (),
    description: str | None = None,
    series: Mapping[str, Any] | None = None,
    position: int | None = None,
) -> dict[str, Any]:
    """A post as a ``BlogPosting``; ``series`` (from ``series_reference``) and
    ``position`` make it a part of a series."""
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "BlogPosting",
            "headline": headline,
            "url": url,
            "mainEntityOfPage": url,
            "datePublished": _date(published),
            "dateModified": _date(modified or published),
            "author": [{"@type": "Person", "name": name} for name in authors],
            "description": description,
            "isPartOf": dict(series) if series else None,
            "position": position,
        }
    )


def series_work(
    *,
    name: str,
    url: str | None,
    parts: Sequence[Mapping[str, Any]],
    description: str | None = None,
) -> dict[str, Any]:
    """A series page as a ``CreativeWorkSeries``; ``parts`` are its published parts
    (``BlogPosting`` mappings without ``@context``); ``description`` is plain text."""
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "CreativeWorkSeries",
            "name": name,
            "url": url,
            "description": description,
            "hasPart": [dict(part) for part in parts],
        }
    )


def part_summary(
    *, headline: str, url: str | None, position: int, published: datetime.date | None
) -> dict[str, Any]:
    """A published part as listed in a series' ``hasPart``."""
    return _compact(
        {
            "@type": "BlogPosting",
            "headline": headline,
            "url": url,
            "position": position,
            "datePublished": _date(published),
        }
    )
