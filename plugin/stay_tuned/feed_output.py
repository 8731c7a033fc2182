"""Working with mkdocs-rss-plugin's data right before it writes the feeds, and with its
JSON Feed right after.

The rss plugin collects one ``PageInformation`` per page in ``on_page_content`` and
writes every feed in ``on_post_build``. The stay-tuned plugin calls ``prepare_feeds``
just before that (higher priority) and ``fix_json_feeds`` just after (lower priority).
The rss plugin's objects are passed in untyped: it ships no type information.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from stay_tuned import site_feeds


@dataclass(frozen=True, slots=True)
class FeedPost:
    """What the plugin knows of one post's feed item, by the post's canonical URL."""

    title: str
    """Plain text."""
    categories: tuple[str, ...]
    image: site_feeds.FeedImage | None
    has_image_meta: bool
    """Whether the front matter names an ``image`` (resolved or not): then the plugin,
    not the rss plugin, decides the item's enclosure."""
    description: str | None = None
    """The item's description when the site turned rich feed excerpts on
    (``feed_excerpts``): the excerpt rendered with the site's extensions. ``None``: the
    rss plugin's own description stands."""


@dataclass
class PreparedFeeds:
    """What ``prepare_feeds`` handed to the rss plugin XML-safe (``xml_safe``), in plain
    text."""

    title: str
    icon: str | None
    items: dict[str, site_feeds.FeedItemText]


def prepare_feeds(
    rss: Any,
    *,
    posts: Mapping[str, FeedPost],
    excluded: Iterable[str],
    extra_categories: Callable[[str], Iterable[str]],
    channel_image: str | None,
    site_url: str = "",
) -> PreparedFeeds:
    """Make the rss plugin's pending items right before it writes them.

    - items of blog pages that are not published posts (``excluded``: generated index,
      archive and category pages; drafts and scheduled posts under ``mkdocs serve``)
      are dropped;
    - titles become plain text (MkDocs keeps a heading title's HTML entities);
    - with rich feed excerpts on, a post's description becomes its rendered excerpt
      (``FeedPost.description``);
    - features' extra categories (``extra_categories(url)``) are added;
    - categories, author names and the channel title become XML-safe (``xml_safe``:
      escaped once where they hold ``& < > "``), since the rss plugin's template writes
      some of them without escaping;
    - a post's front-matter image becomes its enclosure, resolved by the plugin;
    - the channel gets an image when the rss plugin has none (it would write ``None``);
      a relative ``image`` option of the rss plugin is resolved against ``site_url``.
    """
    dropped = set(excluded)
    kept = []
    texts: dict[str, site_feeds.FeedItemText] = {}
    for entry in rss.pages_to_filter:
        url = entry.guid
        if url in dropped:
            continue
        kept.append(entry)
        post = posts.get(url)
        categories = [str(c) for c in entry.categories or ()]
        image = None
        if post is not None:
            entry.title = post.title
            # A full-content feed (`abstract_chars_count: -1`) keeps the whole page.
            if post.description is not None and rss.config.abstract_chars_count != -1:
                entry.description = post.description
            categories += site_feeds.extra_categories(categories, extra_categories(url))
            if post.has_image_meta:
                image = post.image
                # The rss plugin would compute the enclosure again from the front
                # matter: relative to the site root for its URL but to the page for its
                # length, and over the network for a full URL. Ours stands.
                entry._mkdocs_page_ref = None
        # Whatever the author pasted, the feed stays a well-formed XML document.
        if entry.title is not None:
            entry.title = site_feeds.xml_text(str(entry.title))
        if entry.description is not None:
            entry.description = site_feeds.xml_text(str(entry.description))
        categories = [site_feeds.xml_text(c) for c in categories]
        authors = [site_feeds.xml_text(str(a)) for a in entry.authors or ()]
        texts[url] = site_feeds.FeedItemText(
            categories=categories, authors=authors, image=image.url if image else None
        )
        entry.categories = [site_feeds.xml_safe(c) for c in categories] or None
        entry.authors = tuple(site_feeds.xml_safe(a) for a in authors) or None
        if image is not None:
            # The template writes the enclosure URL unescaped: a `&` in a query breaks it.
            entry.image = (site_feeds.xml_safe(image.url), image.media_type, image.length)
        elif post is not None and post.has_image_meta:
            entry.image = None
    rss.pages_to_filter = kept

    title = site_feeds.xml_text(str(rss.feed_created.title or ""))
    icon = channel_image
    if rss.feed_created.logo_url:  # the rss plugin's `image`, made absolute if need be
        icon = urljoin(site_url, rss.feed_created.logo_url)
    for feed in (rss.feed_created, rss.feed_updated):
        feed.title = site_feeds.xml_safe(title)
        feed.logo_url = icon
        if feed.description is not None:
            feed.description = site_feeds.xml_text(str(feed.description))
    return PreparedFeeds(title=title, icon=icon, items=texts)


def json_feed_paths(rss: Any, site_dir: str) -> list[Path]:
    """The JSON Feed files the rss plugin wrote."""
    if not rss.config.json_feed_enabled:
        return []
    names = rss.config.feeds_filenames
    return [Path(site_dir) / names.json_created, Path(site_dir) / names.json_updated]


def fix_json_feeds(paths: Sequence[Path], prepared: PreparedFeeds, *, indent: int | None) -> None:
    """Rewrite each JSON Feed with ``site_feeds.fix_json_feed``."""
    for path in paths:
        if not path.is_file():
            continue
        feed = json.loads(path.read_text(encoding="utf-8"))
        fixed = site_feeds.fix_json_feed(
            feed, title=prepared.title, icon=prepared.icon, items=prepared.items
        )
        path.write_text(json.dumps(fixed, indent=indent, ensure_ascii=False), encoding="utf-8")
