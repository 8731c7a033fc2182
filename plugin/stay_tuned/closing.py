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
  ``follow``, gets no follow links; nor does a post outside a series whose blog feed
  every page already links (Material's footer icons, ``extra.social``).

JSON Feeds are for feed readers, which find them through ``<link rel="alternate">`` in
the page's ``<head>`` (``head_links``), not for readers: they are not shown as links.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

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
    linked_everywhere: Collection[str] = frozenset(),
) -> Follow | None:
    """How the card at the end of a post offers to follow, or ``None``.

    ``series_feeds`` is ``None`` for a post outside an ongoing series (a complete
    series has nothing more to follow), else the series' feeds (empty without
    ``site_url``); ``follow_site`` is the ``follow`` option; ``has_form`` whether
    ``subscribe`` is set; ``linked_everywhere`` the site-relative paths every page
    already links (``footer_paths``): the blog's feed is not offered a second time."""
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
    if series_feeds is None and all(feed.path in linked_everywhere for feed in offered):
        return None
    return Follow(heading, offered, False)


def footer_paths(links: Iterable[str], site_url: str | None) -> frozenset[str]:
    """The site-relative paths among ``links`` (the site's ``extra.social`` links, shown
    on every page): ``feed_rss_created.xml``, ``/feed_rss_created.xml``, or a full URL
    under ``site_url``, each as ``feed_rss_created.xml``; links elsewhere are left out."""
    base = urlsplit(site_url or "")
    prefix = base.path if base.path.endswith("/") else base.path + "/"
    paths = set()
    for link in links:
        parts = urlsplit(link)
        elsewhere = (parts.scheme, parts.netloc) != (base.scheme, base.netloc)
        if (parts.scheme or parts.netloc) and elsewhere:
            continue
        path = parts.path
        if path.startswith("/"):
            if not path.startswith(prefix):
                continue
            path = path[len(prefix) :]
        paths.add(path.removeprefix("./"))
    return frozenset(paths)


def json_feeds(feeds: Sequence[SiteFeed]) -> tuple[SiteFeed, ...]:
    """The JSON Feeds among ``feeds``: advertised in ``<head>``, not as links."""
    return tuple(feed for feed in feeds if feed.kind == "json")
