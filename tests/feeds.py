"""Checks shared by tests that read the feeds a site writes."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urlsplit

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def nulls(value: Any, path: str = "$") -> list[str]:
    """JSON paths of every null in ``value``."""
    if value is None:
        return [path]
    if isinstance(value, dict):
        return [p for key, member in value.items() for p in nulls(member, f"{path}.{key}")]
    if isinstance(value, list):
        return [p for index, member in enumerate(value) for p in nulls(member, f"{path}[{index}]")]
    return []


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and bool(urlsplit(value).scheme and urlsplit(value).netloc)


def _is_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None  # RFC 3339 dates carry their offset


def json_feed_problems(feed: Any) -> list[str]:
    """What in ``feed`` breaks JSON Feed 1.1 (https://jsonfeed.org/version/1.1): its
    required members and the types of the optional ones; and any null."""
    problems = [f"null at {path}" for path in nulls(feed)]
    if not isinstance(feed, dict):
        return [*problems, "the feed is not an object"]
    if feed.get("version") != JSON_FEED_VERSION:
        problems.append(f"version is {feed.get('version')!r}")
    if not isinstance(feed.get("title"), str) or not feed["title"]:
        problems.append("title is missing")
    for key in ("home_page_url", "feed_url", "icon", "favicon"):
        if key in feed and not _is_url(feed[key]):
            problems.append(f"{key} is not a URL: {feed[key]!r}")
    for key in ("authors",):
        if key in feed and not (
            isinstance(feed[key], list) and feed[key] and all("name" in a for a in feed[key])
        ):
            problems.append(f"{key} must be a non-empty list of authors")
    items = feed.get("items")
    if not isinstance(items, list):
        return [*problems, "items is missing"]
    ids = [item.get("id") for item in items if isinstance(item, dict)]
    if len(ids) != len(set(ids)):
        problems.append("item ids repeat")
    for index, item in enumerate(items):
        where = f"items[{index}]"
        if not isinstance(item, dict):
            problems.append(f"{where} is not an object")
            continue
        if not isinstance(item.get("id"), str) or not item["id"]:
            problems.append(f"{where}.id is missing")
        if not isinstance(item.get("content_html"), str) and not isinstance(
            item.get("content_text"), str
        ):
            problems.append(f"{where} has neither content_html nor content_text")
        for key in ("url", "image", "banner_image", "external_url"):
            if key in item and not _is_url(item[key]):
                problems.append(f"{where}.{key} is not a URL: {item[key]!r}")
        for key in ("date_published", "date_modified"):
            if key in item and not _is_date(item[key]):
                problems.append(f"{where}.{key} is not an RFC 3339 date: {item[key]!r}")
        if "tags" in item and not (
            isinstance(item["tags"], list) and all(isinstance(t, str) for t in item["tags"])
        ):
            problems.append(f"{where}.tags must be a list of strings")
        if "authors" in item and not (
            isinstance(item["authors"], list)
            and item["authors"]
            and all(isinstance(a, dict) and a.get("name") for a in item["authors"])
        ):
            problems.append(f"{where}.authors must be a non-empty list of authors")
    return problems
