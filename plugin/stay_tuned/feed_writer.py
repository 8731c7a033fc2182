"""The plugin's own feeds (a feed per series), as RSS 2.0 and JSON Feed 1.1.

mkdocs-rss-plugin writes the site's feeds; the feeds the plugin adds are written here
from small typed values, with the standard library: ``xml.etree.ElementTree`` builds
the RSS document (it escapes every text and attribute, so front-matter text cannot
break the XML) and ``json`` the JSON Feed. Items hold what the site feed's items hold
(title, link, guid, dates, authors, categories, the rendered excerpt, the post's
image), so a reader sees the same post the same way in either feed.

Nothing is ``None`` in the output: an unknown value leaves its element or member out.
"""

from __future__ import annotations

import datetime
import email.utils
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from stay_tuned.site_feeds import FeedImage, xml_text

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
ATOM = "http://www.w3.org/2005/Atom"
DC = "http://purl.org/dc/elements/1.1/"
GENERATOR = "mkdocs-stay-tuned"

# The prefixes the RSS document writes for its two extension namespaces (ElementTree
# would otherwise invent ns0, ns1). Registering is idempotent.
ET.register_namespace("atom", ATOM)
ET.register_namespace("dc", DC)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One post as a feed item."""

    id: str
    """The post's canonical URL, which never changes: the RSS ``guid``, the JSON ``id``."""
    url: str
    title: str
    """Plain text."""
    content_html: str
    """The excerpt rendered with the site's extensions, every URL absolute."""
    published: datetime.datetime
    """Timezone-aware (see ``aware``)."""
    modified: datetime.datetime
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    image: FeedImage | None = None


@dataclass(frozen=True)
class FeedChannel:
    """What a feed says about itself. URLs are absolute."""

    title: str
    description: str
    home_page_url: str
    rss_url: str
    json_url: str
    language: str | None = None
    image: str | None = None
    authors: tuple[str, ...] = ()


def aware(value: datetime.datetime | datetime.date) -> datetime.datetime:
    """``value`` as a timezone-aware datetime: a date is midnight, a time without zone
    is UTC (as mkdocs-rss-plugin's default ``date_from_meta`` takes it)."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value


def rfc822(value: datetime.datetime) -> str:
    """A date as RSS 2.0 writes it: ``Tue, 20 Jan 2026 00:00:00 +0000``."""
    return email.utils.format_datetime(aware(value))


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    """A child element holding ``text``. ElementTree escapes markup but writes any
    character as it is, so those XML cannot hold (a form feed pasted into a title) are
    left out here (``xml_text``)."""
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    element.text = xml_text(text)
    return element


def rss_document(channel: FeedChannel, entries: Sequence[FeedEntry]) -> bytes:
    """An RSS 2.0 document (UTF-8, with its XML declaration) holding ``entries`` in the
    order given.

    Dates: ``pubDate`` is the post's creation date; ``atom:updated`` its update date.
    Authors are ``dc:creator`` (RSS's own ``author`` must be an email address).
    ``lastBuildDate`` is the newest item date, so two builds of the same posts write the
    same file.
    """
    rss = ET.Element("rss", {"version": "2.0"})
    root = ET.SubElement(rss, "channel")
    _text(root, "title", channel.title)
    _text(root, "link", channel.home_page_url)
    _text(root, "description", channel.description)
    _text(root, f"{{{ATOM}}}link", "", href=channel.rss_url, rel="self", type="application/rss+xml")
    if channel.language:
        _text(root, "language", channel.language)
    if entries:
        _text(root, "lastBuildDate", rfc822(max(e.modified for e in entries)))
    _text(root, "generator", GENERATOR)
    if channel.image:
        image = ET.SubElement(root, "image")
        _text(image, "url", channel.image)
        _text(image, "title", channel.title)
        _text(image, "link", channel.home_page_url)
    for entry in entries:
        item = ET.SubElement(root, "item")
        _text(item, "title", entry.title)
        _text(item, "link", entry.url)
        _text(item, "guid", entry.id, isPermaLink="true")
        _text(item, "pubDate", rfc822(entry.published))
        _text(item, f"{{{ATOM}}}updated", aware(entry.modified).isoformat())
        for author in entry.authors:
            _text(item, f"{{{DC}}}creator", author)
        for category in entry.categories:
            _text(item, "category", category)
        _text(item, "description", entry.content_html)
        if entry.image is not None:
            _text(
                item,
                "enclosure",
                "",
                url=entry.image.url,
                type=entry.image.media_type,
                length=str(entry.image.length),
            )
    ET.indent(rss, space="  ")
    document: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def json_feed(channel: FeedChannel, entries: Sequence[FeedEntry]) -> dict[str, Any]:
    """A JSON Feed 1.1 object holding ``entries`` in the order given; optional members
    only when known (no ``null``, no empty ``authors`` or ``tags``)."""
    feed: dict[str, Any] = {
        "version": JSON_FEED_VERSION,
        "title": channel.title,
        "home_page_url": channel.home_page_url,
        "feed_url": channel.json_url,
        "description": channel.description,
    }
    if channel.image:
        feed["icon"] = channel.image
    if channel.authors:
        feed["authors"] = [{"name": name} for name in channel.authors]
    if channel.language:
        feed["language"] = channel.language
    items = []
    for entry in entries:
        item: dict[str, Any] = {
            "id": entry.id,
            "url": entry.url,
            "title": entry.title,
            "content_html": entry.content_html,
            "date_published": aware(entry.published).isoformat(),
            "date_modified": aware(entry.modified).isoformat(),
        }
        if entry.image is not None:
            item["image"] = entry.image.url
        if entry.authors:
            item["authors"] = [{"name": name} for name in entry.authors]
        if entry.categories:
            item["tags"] = list(entry.categories)
        items.append(item)
    feed["items"] = items
    return feed


def write_feeds(
    channel: FeedChannel,
    entries: Sequence[FeedEntry],
    *,
    rss_path: Path,
    json_path: Path,
) -> None:
    """Write both feeds, creating their folder."""
    for path in (rss_path, json_path):
        path.parent.mkdir(parents=True, exist_ok=True)
    rss_path.write_bytes(rss_document(channel, entries))
    text = json.dumps(json_feed(channel, entries), indent=2, ensure_ascii=False)
    json_path.write_text(text + "\n", encoding="utf-8")
