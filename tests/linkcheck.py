"""Link integrity of a built site: every internal link, anchor and asset must resolve.

``check_site(site_dir, site_url)`` walks every HTML file under ``site_dir`` (parsed with
BeautifulSoup) and the feeds and sitemap beside them, and returns what does not resolve
to a file in ``site_dir``:

- links and assets: ``a[href]``, ``area[href]``, ``link[href]``, ``script[src]``,
  ``img[src]``, ``source[src]``, ``iframe[src]``, ``video``/``audio[src]``, ``srcset`` of
  ``img`` and ``source``, and the URLs of sharing metadata (``og:url``, ``og:image``,
  ``twitter:image``);
- anchors: ``#id`` must name an element (``id``, or ``a[name]``) of the target page,
  and of the page itself for a bare ``#id``;
- feeds and sitemap: RSS ``channel/link`` and item links, JSON Feed ``home_page_url``,
  ``feed_url`` and item ``url``, sitemap ``loc``;
- the search index (``search/search_index.json``): every ``location`` (relative to the
  site's root), with its anchor.

External links (http(s) to another host, or outside ``site_url``'s path on its host),
``mailto:``, ``tel:``, ``javascript:`` and ``data:`` URLs are skipped. Absolute URLs on
``site_url``'s host and under its path, and root-relative paths (as in ``404.html``),
are resolved as internal. A directory URL resolves to its ``index.html``.

``assert_site_links(site_dir, site_url)`` fails with a readable list of what is broken.
"""

from __future__ import annotations

import json
import posixpath
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


def html_urls(soup: BeautifulSoup) -> Iterator[str]:
    """Every URL a page links to or loads, in document order of kind."""
    for name, attribute in URL_ATTRIBUTES:
        for tag in soup.find_all(name, attrs={attribute: True}):
            yield str(tag[attribute])
    for tag in soup.find_all(SRCSET_ELEMENTS, srcset=True):
        for candidate in str(tag["srcset"]).split(","):
            if candidate.strip():
                yield candidate.split()[0]
    for tag in soup.find_all("meta", attrs={"content": True}):
        key = tag.get("property") or tag.get("name")
        if isinstance(tag, Tag) and key in META_URL_PROPERTIES:
            yield str(tag["content"])


def feed_urls(path: Path) -> Iterator[str]:
    """Links in an RSS feed, a sitemap or a JSON Feed."""
    if path.suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            return
        if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
            return
        for key in ("home_page_url", "feed_url"):
            if data.get(key):
                yield str(data[key])
        for item in data.get("items", []):
            if item.get("url"):
                yield str(item["url"])
        return
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag in {"link", "loc"} and element.text and element.text.strip():
            yield element.text.strip()


def search_locations(path: Path) -> Iterator[str]:
    """The ``location`` of every entry of Material's search index."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return
    for doc in data.get("docs", []) if isinstance(data, dict) else []:
        if isinstance(doc, dict) and isinstance(doc.get("location"), str):
            yield doc["location"]


def check_site(site_dir: Path, site_url: str | None = None) -> list[Broken]:
    """Everything under ``site_dir`` that links to something the site does not have."""
    site = Site(site_dir, site_url)
    broken: list[Broken] = []
    index = site.dir / "search" / "search_index.json"
    if index.is_file():
        for location in search_locations(index):
            problem = site.check(index, location, from_root=True)
            if problem is not None:
                broken.append(problem)
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
            problem = site.check(file, url)
            if problem is not None:
                broken.append(problem)
    return broken


def assert_site_links(site_dir: Path, site_url: str | None = None, *, limit: int = 40) -> None:
    """Fail listing every link under ``site_dir`` that does not resolve."""
    broken = check_site(site_dir, site_url)
    if broken:
        shown = "\n".join(f"  {b}" for b in broken[:limit])
        more = f"\n  ... and {len(broken) - limit} more" if len(broken) > limit else ""
        raise AssertionError(f"{len(broken)} broken links in {site_dir}:\n{shown}{more}")
