"""A feed per series: where its files go, what its channel says, which items it holds
and the ``<link rel="alternate">`` tags that advertise it.

Pure decisions over the model; ``feature.py`` hands over the series, the posts' feed
items (``Following.feed_entry``: the same content as their items in the site feeds)
and URLs, and ``feed_writer`` writes the files.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urljoin

from mkdocs.utils import get_relative_url

from stay_tuned.feed_writer import FeedChannel, FeedEntry
from stay_tuned.series.model import Series
from stay_tuned.sharing import html_to_text
from stay_tuned.site_feeds import SiteFeed

RSS_FILE = "feed_rss.xml"
JSON_FILE = "feed.json"

FOLLOW_BLOCK_ID = "st-follow-series"
"""Id prefix of the series' follow block, unique beside the sign-off's (``st-follow-site``)."""

TITLE_LABEL_KEYS = {"rss": "series_feed_rss", "json": "series_feed_json"}


def feed_files(page_src_uri: str) -> tuple[SiteFeed, SiteFeed]:
    """The RSS and JSON feeds of the series whose generated page is ``page_src_uri``
    (``blog/series/<id>.md``): in the folder ``blog/series/<id>/``, which is the page's
    own folder with ``use_directory_urls`` and sits beside ``<id>.html`` without it."""
    folder = posixpath.splitext(page_src_uri)[0]
    return (
        SiteFeed("rss", posixpath.join(folder, RSS_FILE)),
        SiteFeed("json", posixpath.join(folder, JSON_FILE)),
    )


def description_text(description_html: str | None, series_title: str, fallback: str) -> str:
    """A channel's description: the series' description as rendered on its page, as
    plain text; else ``fallback`` (a label) with the series title filled in."""
    text = html_to_text(description_html or "")
    return text or fallback.format(series=series_title)


def channel(
    series: Series,
    *,
    description: str,
    page_url: str,
    feeds: Sequence[SiteFeed],
    site_url: str,
    language: str | None,
    image: str | None,
    authors: Sequence[str] = (),
) -> FeedChannel:
    """The channel of a series' feeds; ``page_url`` and the feeds' paths are
    site-relative, made absolute with ``site_url``."""
    urls = {feed.kind: urljoin(site_url, feed.path) for feed in feeds}
    return FeedChannel(
        title=series.title,
        description=description,
        home_page_url=urljoin(site_url, page_url),
        rss_url=urls["rss"],
        json_url=urls["json"],
        language=language,
        image=image,
        authors=tuple(authors),
    )


def entries(series: Series, entry_at: Callable[[str], FeedEntry | None]) -> list[FeedEntry]:
    """The items of a series' feeds: its published parts in part order. ``entry_at``
    gives the item of the post written in a file, or ``None`` for a post that is not
    published (drafts and scheduled posts that ``mkdocs serve`` renders); announced
    parts have no post."""
    found = []
    for part in series.published:
        entry = entry_at(part.where) if part.where is not None else None
        if entry is not None:
            found.append(entry)
    return found


@dataclass(frozen=True, slots=True)
class AlternateLink:
    """A ``<link rel="alternate">`` in a page's head."""

    title: str
    media_type: str
    url: str
    """Relative to the page."""


def alternate_links(
    series_title: str, feeds: Sequence[SiteFeed], page_url: str, labels: Mapping[str, str]
) -> list[AlternateLink]:
    """The head links advertising a series' feeds on the page at ``page_url``."""
    return [
        AlternateLink(
            title=labels[TITLE_LABEL_KEYS[feed.kind]].format(series=series_title),
            media_type=feed.media_type,
            url=get_relative_url(feed.path, page_url),
        )
        for feed in feeds
    ]
