"""Properties of a built site, each a function returning what breaks it (empty: holds).

They read the site as a reader, a feed reader or a script would: every HTML page with
html5lib (it parses as browsers do: what is inside `<title>` is text, and `</title>`
ends it), every feed with `xml.etree.ElementTree` and feedparser, every JSON file with
`json.loads`. Titles are compared as text after `normalize`, which removes the control
characters that HTML and XML cannot carry and folds whitespace.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import feedparser  # type: ignore[import-untyped]
from bs4 import BeautifulSoup, Tag

from tests.property.site_inputs import SiteInput

SITE_NAME = "Test Blog"

MATERIAL_SCRIPT_SRC = re.compile(r"(^|/)assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")
PLUGIN_SCRIPT_SRC = re.compile(r"^(\.\./)*assets/stay_tuned/series-read\.js$")
"""The plugin's one script (the series' read marks), linked relative to the page."""
MATERIAL_INLINE_SCRIPTS = (
    "__md_scope=new URL(",
    'var palette=__md_get("__palette")',
    "var target=document.getElementById(location.hash.slice(1))",
)
"""Material's own inline scripts start so; any other script without `src` or a JSON
type came from somewhere else."""

URL_ATTRIBUTES = ("href", "src", "content", "action", "srcset", "poster", "data")


def normalize(text: str) -> str:
    """``text`` without control characters, its whitespace folded to single spaces."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\t\n\r")
    return " ".join(kept.split())


def _dangerous_url(value: str) -> bool:
    scheme = "".join(ch for ch in value if ch.isprintable() and not ch.isspace()).lower()
    return scheme.startswith(("javascript:", "data:text/html", "vbscript:"))


def html_problems(site_dir: Path) -> list[str]:
    """Every page is a whole Material page: one `<title>`, Material's bundle script at
    the end of `<body>` (nothing an author wrote ended the document early); no script
    but Material's own and parseable JSON ones; no event-handler attribute, no script
    URL (what an author's `<img onerror=...>`, `"><svg onload=...>` or `javascript:`
    image would become if printed unescaped)."""
    problems: list[str] = []
    for file in sorted(site_dir.rglob("*.html")):
        where = file.relative_to(site_dir).as_posix()
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html5lib")
        titles = soup.find_all("title")
        if len(titles) != 1:
            problems.append(f"{where}: {len(titles)} <title> elements")
        body = soup.body
        bundle = body and body.find("script", src=MATERIAL_SCRIPT_SRC)
        if not bundle:
            problems.append(f"{where}: Material's bundle script is missing from <body>")
        for script in soup.find_all("script"):
            problems += _script_problems(where, script)
        for element in soup.find_all(True):
            for name, value in element.attrs.items():
                values = value if isinstance(value, list) else [value]
                if name.lower().startswith("on"):
                    problems.append(f"{where}: <{element.name} {name}=...>: an event handler")
                if _is_url_attribute(element, name) and any(_dangerous_url(v) for v in values):
                    problems.append(f"{where}: <{element.name} {name}={value!r}>: a script URL")
    return problems


def _is_url_attribute(element: Tag, name: str) -> bool:
    if name.lower() != "content":
        return name.lower() in URL_ATTRIBUTES
    # <meta content> is a URL only for og:image, twitter:image, og:url and the like.
    kind = str(element.get("property") or element.get("name") or "").lower()
    return kind.endswith(("image", "url"))


def _script_problems(where: str, script: Tag) -> list[str]:
    src = script.get("src")
    kind = script.get("type")
    text = script.string or ""
    if isinstance(src, str):
        if MATERIAL_SCRIPT_SRC.search(src) or (PLUGIN_SCRIPT_SRC.match(src) and not text):
            return []
        return [f"{where}: a <script src={src!r}> that is not Material's or the plugin's"]
    if kind in ("application/ld+json", "application/json"):
        try:
            json.loads(text)
        except ValueError as error:
            return [f"{where}: <script type={kind!r}> is not JSON ({error}): {text[:200]!r}"]
        return []
    if kind is None and text.startswith(MATERIAL_INLINE_SCRIPTS):
        return []
    return [f"{where}: a <script> that is not Material's: {str(script)[:200]!r}"]


def xml_feed_problems(site_dir: Path) -> list[str]:
    """Every XML feed (the site's and each series') parses strictly and with feedparser
    without its `bozo` flag."""
    problems: list[str] = []
    for file in sorted(site_dir.rglob("*.xml")):
        if file.name == "sitemap.xml":
            continue
        where = file.relative_to(site_dir).as_posix()
        data = file.read_bytes()
        try:
            ET.fromstring(data)
        except ET.ParseError as error:
            problems.append(f"{where}: not well-formed XML: {error}")
        parsed = feedparser.parse(data)
        if parsed.bozo:
            problems.append(f"{where}: feedparser: {parsed.bozo_exception!r}")
    return problems


def json_problems(site_dir: Path) -> list[str]:
    """Every JSON file (JSON feeds, `series.json`, the search index) parses."""
    problems: list[str] = []
    for file in sorted(site_dir.rglob("*.json")):
        where = file.relative_to(site_dir).as_posix()
        try:
            json.loads(file.read_text(encoding="utf-8"))
        except ValueError as error:
            problems.append(f"{where}: not JSON: {error}")
    if not (site_dir / "search" / "search_index.json").is_file():
        problems.append("search/search_index.json is missing")
    return problems


def _texts(soup: BeautifulSoup, selector: str) -> list[str]:
    return [normalize(element.get_text()) for element in soup.select(selector)]


def _has_controls(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in text)


def spacing_apart(text: str) -> str:
    """``text`` without any white space: where a control character stood, one output
    may show a space (NEL, U+0085, is a line break to Python and to feed readers) and
    another nothing; the words must be the same either way."""
    return "".join(text.split())


def _unexpected(where: str, what: str, shown: Iterable[str], written: set[str]) -> list[str]:
    keys = {spacing_apart(text) for text in written}
    return [
        f"{where}: {what} shows {text!r}, which no author wrote (written: {sorted(written)!r})"
        for text in shown
        if spacing_apart(text) not in keys
    ]


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def title_problems(site_dir: Path, site: SiteInput) -> list[str]:
    """Every title the plugin shows is a title an author wrote, as text: the series
    pages' `<h1>` and `<title>`, series boxes, stay-tuned blocks, strategy callouts,
    the feeds' item titles, `series.json` and the JSON-LD; every published post has its
    page, whose `<h1>` and `<title>` show its title (when Material prints it as text:
    with no `&` or `<`)."""
    problems: list[str] = []
    series_titles = {normalize(s.title) for s in site.series}
    post_titles = {normalize(p.title) for p in site.posts}
    part_titles = post_titles | {normalize(a.title) for s in site.series for a in s.upcoming}
    # A callout title is Markdown text, where a character reference (`&amp;`, `&#x27;`)
    # stands for its character, as in any Markdown (and in Material's admonition titles).
    strategy_titles = {
        normalize(text) for p in site.posts for t in p.strategies for text in (t, html.unescape(t))
    }

    for series in site.series:
        page = site_dir / "blog" / "series" / series.id / "index.html"
        if not page.is_file():
            problems.append(f"the page of series {series.id!r} is missing")
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html5lib")
        where = page.relative_to(site_dir).as_posix()
        expected = normalize(series.title)
        heading = _texts(soup, "article h1")
        if heading[:1] != [expected]:
            problems.append(f"{where}: <h1> shows {heading[:1]!r}, the author wrote {expected!r}")
        title = _texts(soup, "head title")
        if title != [normalize(f"{series.title} - {SITE_NAME}")]:
            problems.append(f"{where}: <title> shows {title!r}, the author wrote {expected!r}")

    for post in site.posts:
        page = site_dir / post.url / "index.html"
        if post.draft:
            continue
        if not page.is_file():
            problems.append(f"{post.url}: the page of a published post is missing")
            continue
        if "&" in post.title or "<" in post.title or _has_controls(post.title):
            # Material prints a front-matter title unescaped, control characters and all
            # (an HTML parser reads a NUL as U+FFFD): its own rendering, not the plugin's.
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html5lib")
        expected = normalize(post.title)
        heading = _texts(soup, "article h1")
        if heading[:1] != [expected]:
            problems.append(
                f"{post.url}: <h1> shows {heading[:1]!r}, the author wrote {expected!r}"
            )
        title = _texts(soup, "head title")
        if title != [normalize(f"{post.title} - {SITE_NAME}")]:
            problems.append(f"{post.url}: <title> shows {title!r}, the author wrote {expected!r}")

    for file in sorted(site_dir.rglob("*.html")):
        where = file.relative_to(site_dir).as_posix()
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html5lib")
        problems += _unexpected(
            where,
            "a series title",
            _texts(soup, ".st-series-box__series, .st-series-label__series")
            + _texts(soup, ".st-stay-tuned__series, .st-series-index__series"),
            series_titles,
        )
        problems += _unexpected(
            where, "a part title", _texts(soup, ".st-series-part__title"), part_titles
        )
        problems += _unexpected(
            where,
            "a strategy title",
            _texts(soup, ".st-callout__title, .st-library__strategy"),
            strategy_titles,
        )
        for block in soup.select('script[type="application/ld+json"]'):
            data = _load_json_text(block.string or "")
            if isinstance(data, dict) and data.get("@type") == "BlogPosting":
                problems += _unexpected(
                    where, "JSON-LD headline", [normalize(str(data.get("headline")))], post_titles
                )

    published = {normalize(p.title) for p in site.posts if not p.draft}
    for name in ("feed_json_created.json", "feed_json_updated.json"):
        feed = _load_json(site_dir / name)
        if isinstance(feed, dict):
            shown = [normalize(str(item.get("title"))) for item in feed.get("items", [])]
            problems += _unexpected(name, "an item title", shown, post_titles)
    for file in sorted(site_dir.rglob("feed_rss*.xml")):
        where = file.relative_to(site_dir).as_posix()
        parsed = feedparser.parse(file.read_bytes())
        if parsed.bozo:
            continue  # not well-formed: `xml_feed_problems` says so; feedparser guesses
        shown = [normalize(entry.get("title", "")) for entry in parsed.entries]
        problems += _unexpected(where, "an item title", shown, post_titles)
        missing = {t for t in published if spacing_apart(t) not in map(spacing_apart, shown)}
        if where == "feed_rss_created.xml" and missing:
            problems.append(f"{where}: no item for the published posts {sorted(missing)!r}")

    catalog = _load_json(site_dir / "series.json")
    if isinstance(catalog, dict):
        for entry in catalog.get("series", []):
            problems += _unexpected(
                "series.json", "a series title", [normalize(str(entry.get("title")))], series_titles
            )
            shown = [normalize(str(part.get("title"))) for part in entry.get("parts", [])]
            problems += _unexpected("series.json", "a part title", shown, part_titles)
    return problems


def _load_json_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def label_problems(site_dir: Path, site: SiteInput) -> list[str]:
    """A `labels` override of `series_coming_soon` is shown as written where a part is
    announced."""
    if "series_coming_soon" not in site.labels:
        return []
    expected = normalize(site.labels["series_coming_soon"])
    problems = []
    for file in sorted(site_dir.rglob("*.html")):
        soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html5lib")
        for shown in _texts(soup, ".st-series-part__status"):
            if shown != expected:
                where = file.relative_to(site_dir).as_posix()
                problems.append(f"{where}: 'Coming soon' label shows {shown!r}, not {expected!r}")
    return problems


def snapshot(root: Path, *, skip: Path | None = None) -> dict[str, bytes | None]:
    """Every file (with its content) and folder (``None``) under ``root``, but ``skip``."""
    found: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        if skip is not None and (path == skip or skip in path.parents):
            continue
        rel = path.relative_to(root).as_posix()
        found[rel] = path.read_bytes() if path.is_file() else None
    return found
