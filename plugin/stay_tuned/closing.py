"""The closing card at the end of a post: what comes next, one way to follow, the
sign-off.

Pure decisions; the plugin renders ``stay_tuned/closing.html`` with their result. A post
used to end with a series' stay-tuned block (its feeds, RSS and JSON), the sign-off and
a "Follow this blog" block (the site's feeds again): five feed links and two "stay
tuned"s. The card offers one way to follow:

- in an ongoing series, the series: its newsletter form when the site has one (the
  ``subscribe`` option), else its RSS feed (its JSON Feed when it has no RSS);
- otherwise, with ``follow: true``, the blog, the same way;
- nothing else: a complete series, or a post outside any series on a site without
  ``follow``, gets no follow links.

JSON Feeds are for feed readers, which find them through ``<link rel="alternate">`` in
the page's ``<head>`` (``head_links``), not for readers: they are not shown as links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from stay_tuned.site_feeds import SiteFeed


@dataclass(frozen=True)
class Follow:
    """The one way the card offers to follow: feeds to link (at most one) or the form."""

    heading_key: str
    """Label key of the heading: ``series_follow`` or ``follow``."""
    feeds: tuple[SiteFeed, ...]
    form: bool


def reader_feed(feeds: Sequence[SiteFeed]) -> tuple[SiteFeed, ...]:
    """The feed a reader is offered: the RSS one, else the first (a JSON Feed), else none."""
    for feed in feeds:
        if feed.kind == "rss":
            return (feed,)
    return tuple(feeds[:1])


def choose_follow(
    *,
    series_feeds: Sequence[SiteFeed] | None,
    site_feeds: Sequence[SiteFeed],
    follow_site: bool,
    has_form: bool,
) -> Follow | None:
    """How the card at the end of a post offers to follow, or ``None``.

    ``series_feeds`` is ``None`` for a post outside an ongoing series (a complete
    series has nothing more to follow), else the series' feeds (empty without
    ``site_url``); ``follow_site`` is the ``follow`` option; ``has_form`` whether
    ``subscribe`` is set."""
    if series_feeds is not None:
        heading, feeds = "series_follow", series_feeds
    elif follow_site:
        heading, feeds = "follow", site_feeds
    else:
        return None
    if has_form:
        return Follow(heading, (), True)
    offered = reader_feed(feeds)
    if not offered:
        return None
    return Follow(heading, offered, False)


def json_feeds(feeds: Sequence[SiteFeed]) -> tuple[SiteFeed, ...]:
    """The JSON Feeds among ``feeds``: advertised in ``<head>``, not as links."""
    return tuple(feed for feed in feeds if feed.kind == "json")
