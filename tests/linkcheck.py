"""Link integrity of a built site: every internal link, anchor and asset must resolve.

``check_site(site_dir, site_url)`` walks every HTML file under ``site_dir`` (parsed with
BeautifulSoup) and the feeds and sitemap beside them, and returns what does not resolve
to a file in ``site_dir``:

- links and assets: ``a[href]``, ``area[href]``, ``link[href]``, ``script[src]``,
  ``img[src]``, ``source[src]``, ``iframe[src]``, ``video``/``audio[src]``, ``srcset`` of
  ``img`` and ``source``, and the URLs of sharing metadata (``og:url``, ``og:image``,
  ``twitter:image``);
- structured data: every absolute URL in a page's JSON-LD (``script[type=
  "application/ld+json"]``), except ``@id`` values (identifiers, not links);
- anchors: ``#id`` must name an element (``id``, or ``a[name]``) of the target page,
  and of the page itself for a bare ``#id``;
- feeds and sitemap: RSS ``link``, ``url`` (the channel image), ``guid`` (a permalink
  unless ``isPermaLink="false"``), ``atom:link`` and ``source``/``enclosure`` URLs;
  every absolute URL of a JSON Feed; the links and images in item content (RSS
  ``description``/``content:encoded``, JSON Feed ``content_html``), relative ones
  resolved against the item's URL; sitemap ``loc``;
- other JSON documents (the plugin's ``series.json``): every absolute URL in them;
- the search index (``search/search_index.json``): every ``location`` (relative to the
  site's root), with its anchor.

External links (http(s) to another host, or outside ``site_url``'s path on its host),
``mailto:``, ``tel:``, ``javascript:`` and ``data:`` URLs are skipped. Absolute URLs on
``site_url``'s host and under its path, and root-relative paths (as in ``404.html``),
are resolved as internal. A directory URL resolves to its ``index.html``.

``assert_site_links(site_dir, site_url)`` fails with a readable list of what is broken;
``site_links(site_dir, site_url)`` lists every internal link it checks, resolved, so a
test can tell that a kind of link was seen at all.
"""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

URL_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("a", "href"),
    ("area", "href"),
    ("link", "href"),
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("iframe", "src"),
    ("video", "src"),
    ("audio", "src"),
)
"""(element, attribute) pairs holding one URL."""

SRCSET_ELEMENTS = ("img", "source")
META_URL_PROPERTIES = ("og:url", "og:image", "twitter:image")
SKIPPED_SCHEMES = ("mailto", "tel", "javascript", "data")
ABSOLUTE = re.compile(r"^https?://", re.IGNORECASE)
DEFAULT_BASE = "http://site.invalid/"
"""Stands for the site's root when it has no ``site_url``."""


@dataclass(frozen=True)
class Broken:
    """A link in ``source`` (a file relative to the site) that does not resolve."""

    source: str
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.url} ({self.reason})"


class Site:
    """A built site: resolves URLs to its files and knows each HTML page's ids."""

    def __init__(self, site_dir: Path, site_url: str | None) -> None:
        self.dir = site_dir.resolve()
        base = site_url or DEFAULT_BASE
        self.base = base if base.endswith("/") else base + "/"
        parts = urlsplit(self.base)
        self.host = parts.netloc.lower()
        self.path = parts.path or "/"

    def url_of(self, rel: str) -> str:
        """The absolute URL that serves the file ``rel`` (POSIX, relative to the site)."""
        return urljoin(self.base, rel)

    def target(self, url: str, page_url: str) -> tuple[str | None, str]:
        """The site-relative file that ``url`` (found on the page at ``page_url``) names,
        or ``None`` when it is external; and its unquoted fragment."""
        parts = urlsplit(urljoin(page_url, url))
        if parts.scheme not in {"http", "https"} or parts.netloc.lower() != self.host:
            return None, ""
        path = unquote(parts.path)
        if not path.startswith(self.path):
            return None, ""
        rel = posixpath.normpath("/" + path[len(self.path) :]).lstrip("/")
        if path.endswith("/") and rel:
            rel += "/"
        return rel, unquote(parts.fragment)

    def file(self, rel: str) -> Path | None:
        """The file serving ``rel``, or ``None``; directories serve their index.html."""
        candidate = self.dir / rel
        if candidate.is_dir():
            candidate = candidate / "index.html"
        elif rel.endswith("/"):
            return None
        return candidate if candidate.is_file() else None

    @cache  # noqa: B019 - one Site per check, discarded with it
    def ids(self, file: Path) -> frozenset[str]:
        soup = parse(file)
        ids = {str(tag["id"]) for tag in soup.find_all(id=True)}
        ids |= {str(tag["name"]) for tag in soup.find_all("a", attrs={"name": True})}
        return frozenset(ids)

    def check(self, source: Path, url: str, *, from_root: bool = False) -> Broken | None:
        """What is wrong with ``url`` found in the site file ``source``, if anything.
        ``from_root``: the URL is relative to the site's root, not to ``source``."""
        url = url.strip()
        scheme = urlsplit(url).scheme.lower()
        if scheme in SKIPPED_SCHEMES or not (url or from_root):
            return None
        rel_source = source.relative_to(self.dir).as_posix()
        rel, fragment = self.target(url, self.base if from_root else self.url_of(rel_source))
        if rel is None:
            return None
        file = self.file(rel)
        if file is None:
            return Broken(rel_source, url, f"no file for '{rel or '/'}'")
        if fragment and file.suffix == ".html" and fragment not in self.ids(file):
            where = file.relative_to(self.dir).as_posix()
            return Broken(rel_source, url, f"no element with id '{fragment}' in {where}")
        return None


@cache
def _parse(path: Path, stamp: float) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def parse(path: Path) -> BeautifulSoup:
    return _parse(path, path.stat().st_mtime)


def json_urls(data: object) -> Iterator[str]:
    """Every absolute http(s) URL among the string values of a JSON document, except
    JSON-LD ``@id`` values (node identifiers: their fragments name no element)."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key != "@id":
                yield from json_urls(value)
    elif isinstance(data, list):
        for value in data:
            yield from json_urls(value)
    elif isinstance(data, str) and ABSOLUTE.match(data):
        yield data


def html_urls(soup: BeautifulSoup) -> Iterator[str]:
    """Every URL a page links to or loads, in document order of kind."""
    for name, attribute in URL_ATTRIBUTES:
        for tag in soup.find_all(name, attrs={attribute: True}):
            yield str(tag[attribute])
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.get_text())
        except ValueError:
            continue  # not links; that every block parses is tested with the series
        yield from json_urls(data)
    for tag in soup.find_all(SRCSET_ELEMENTS, srcset=True):
        for candidate in str(tag["srcset"]).split(","):
            if candidate.strip():
                yield candidate.split()[0]
    for tag in soup.find_all("meta", attrs={"content": True}):
        key = tag.get("property") or tag.get("name")
        if isinstance(tag, Tag) and key in META_URL_PROPERTIES:
            yield str(tag["content"])


def content_urls(html: str, base: str) -> Iterator[str]:
    """The links and images in a feed item's HTML content, resolved against ``base``
    (the item's URL), as feed readers resolve them."""
    for url in html_urls(BeautifulSoup(html, "html.parser")):
        yield urljoin(base, url) if base else url


def feed_urls(path: Path) -> Iterator[str]:
    """Links in an RSS feed, a sitemap, a JSON Feed or another JSON document."""
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            return
        yield from json_urls(data)
        if isinstance(data, dict) and "jsonfeed.org" in str(data.get("version", "")):
            for item in data.get("items", []):
                if isinstance(item, dict) and isinstance(item.get("content_html"), str):
                    base = str(item.get("url") or data.get("home_page_url") or "")
                    yield from content_urls(item["content_html"], base)
        return
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return
    for element in root.iter():
        tag = _local(element.tag)
        text = (element.text or "").strip()
        permalink = tag == "guid" and element.get("isPermaLink", "true") != "false"
        if text and (tag in {"link", "loc", "url"} or permalink):
            yield text
        for attribute in ("href", "url"):
            if element.get(attribute) and tag in {"link", "source", "enclosure"}:
                yield str(element.get(attribute))
        if tag == "item":
            links = [c.text.strip() for c in element if _local(c.tag) == "link" and c.text]
            for child in element:
                if _local(child.tag) in {"description", "encoded"} and child.text:
                    yield from content_urls(child.text, links[0] if links else "")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def search_locations(path: Path) -> Iterator[str]:
    """The ``location`` of every entry of Material's search index."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return
    for doc in data.get("docs", []) if isinstance(data, dict) else []:
        if isinstance(doc, dict) and isinstance(doc.get("location"), str):
            yield doc["location"]


def _walk(site: Site) -> Iterator[tuple[Path, str, bool]]:
    """(file, URL, relative to the site's root) of every link the check follows."""
    index = site.dir / "search" / "search_index.json"
    if index.is_file():
        for location in search_locations(index):
            yield index, location, True
    for file in sorted(site.dir.rglob("*")):
        if file == index:
            continue
        if file.suffix == ".html":
            urls: Iterator[str] = html_urls(parse(file))
        elif file.suffix in {".xml", ".json"}:
            urls = feed_urls(file)
        else:
            continue
        for url in urls:
            yield file, url, False


def check_site(site_dir: Path, site_url: str | None = None) -> list[Broken]:
    """Everything under ``site_dir`` that links to something the site does not have."""
    site = Site(site_dir, site_url)
    broken: list[Broken] = []
    for file, url, from_root in _walk(site):
        problem = site.check(file, url, from_root=from_root)
        if problem is not None:
            broken.append(problem)
    return broken


def site_links(site_dir: Path, site_url: str | None = None) -> set[tuple[str, str]]:
    """Every internal link the check follows, as (source file, target) relative to the
    site: ``blog/series/a/`` or ``blog/post/#strategy-listen`` (external ones left out)."""
    site = Site(site_dir, site_url)
    links = set()
    for file, url, from_root in _walk(site):
        source = file.relative_to(site.dir).as_posix()
        rel, fragment = site.target(url.strip(), site.base if from_root else site.url_of(source))
        if rel is not None and urlsplit(url).scheme.lower() not in SKIPPED_SCHEMES:
            links.add((source, f"{rel}#{fragment}" if fragment else rel))
    return links


def assert_site_links(site_dir: Path, site_url: str | None = None, *, limit: int = 40) -> None:
    """Fail listing every link under ``site_dir`` that does not resolve."""
    broken = check_site(site_dir, site_url)
    if broken:
        shown = "\n".join(f"  {b}" for b in broken[:limit])
        more = f"\n  ... and {len(broken) - limit} more" if len(broken) > limit else ""
        raise AssertionError(f"{len(broken)} broken links in {site_dir}:\n{shown}{more}")
