"""The site's feeds, written by mkdocs-rss-plugin, made correct for a blog.

mkdocs-rss-plugin writes the RSS 2.0 and JSON Feed files; this module holds the
decisions the stay-tuned plugin takes around it:

- which feeds the site offers readers (``site_feeds``: from the rss plugin's own
  options, so renamed files are followed);
- which items belong in them (``is_published``: drafts and scheduled posts never do,
  nor the blog's generated index, archive and category pages);
- the values its RSS template writes without XML escaping (categories, item authors,
  the channel title in ``<image>`` and ``<source>``): those holding ``&``, ``<``,
  ``>`` or ``"`` are handed over as ``Markup`` (already escaped), which Jinja writes as
  is, escaped or not (``xml_safe``), and restored to plain text in the JSON Feed
  afterwards; the others as they are, written as the rss plugin writes them;
- the JSON Feed it writes: no ``null`` anywhere, plain-text titles, categories and
  authors, the channel icon (``fix_json_feed``).

Nothing here imports the rss plugin: the plugin class hands over its data.
"""

from __future__ import annotations

import datetime
import html
import mimetypes
import posixpath
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from markupsafe import escape

FeedKind = Literal["rss", "json"]

MEDIA_TYPES: dict[FeedKind, str] = {
    "rss": "application/rss+xml",
    "json": "application/feed+json",
}


@dataclass(frozen=True)
class SiteFeed:
    """One feed file the site offers readers."""

    kind: FeedKind
    path: str
    """Site-relative path of the file, as the rss plugin writes it (``feed_rss_created.xml``)."""

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]


def site_feeds(
    *, rss_enabled: bool, json_enabled: bool, rss_path: str, json_path: str
) -> list[SiteFeed]:
    """The feeds one rss plugin instance writes that readers follow: those of new posts
    (the "created" feeds; the "updated" ones re-announce edited posts)."""
    feeds = []
    if rss_enabled:
        feeds.append(SiteFeed("rss", rss_path.lstrip("/")))
    if json_enabled:
        feeds.append(SiteFeed("json", json_path.lstrip("/")))
    return feeds


def site_url_needed_by(*, follow: bool, feed_excerpts: bool, series_file: str | None) -> list[str]:
    """What a site uses that needs ``site_url`` (absolute links in feeds and follow
    blocks), as the warning names it: the follow block, rich feed excerpts, series (an
    existing series file). Empty for a site that asked for none of it: then the plugin
    says nothing about ``site_url`` and leaves the rss plugin alone."""
    needs = [name for name, used in (("follow", follow), ("feed_excerpts", feed_excerpts)) if used]
    if series_file is not None:
        needs.append(f"series ({series_file})")
    return needs


def missing_site_url_message(
    config_file: str | None, *, has_feeds: bool, needed_by: Sequence[str] = ()
) -> str:
    """The one warning for a site without ``site_url`` that uses what needs it
    (``needed_by``: options and features)."""
    where = config_file or "mkdocs.yml"
    feeds = "the site's RSS and JSON feeds and " if has_feeds else ""
    consequence = (
        f"so {feeds}the feeds of its series are not written (their links would be broken), "
        "and pages carry no URL in their sharing metadata"
    )
    uses = f" (needed by {', '.join(needed_by)})" if needed_by else ""
    return (
        f"'site_url' is not set in {where}{uses}, {consequence}. "
        "Set it to the address the site is published at, e.g.\n"
        "site_url: https://example.org/blog/"
    )


def is_published(
    *,
    draft: bool | None,
    created: datetime.datetime,
    draft_if_future_date: bool,
    now: datetime.datetime,
) -> bool:
    """Whether a post is published by ``mkdocs build``, as Material's blog plugin decides:
    not ``draft: true``, and not dated in the future when ``draft_if_future_date`` is on
    (unless ``draft: false`` says so). ``mkdocs serve`` renders drafts too, but they
    never belong in a feed."""
    if draft is not None:
        return not draft
    return not (draft_if_future_date and created > now)


def plain_title(title: str, *, from_front_matter: bool) -> str:
    """A page title as plain text. MkDocs keeps the HTML entities of a title taken from
    the page's ``# heading`` (``Love &amp; Trust``); one from front matter is plain."""
    return title if from_front_matter else html.unescape(title)


def extra_categories(own: Sequence[str], extra: Iterable[str]) -> list[str]:
    """The categories features add to a post's feed item (a series title, ...): each once,
    in order, none blank, none the post already has."""
    seen = set(own)
    result = []
    for category in extra:
        text = " ".join(category.split())
        if text and text not in seen:
            seen.add(text)
            result.append(text)
    return result


def meta_categories(meta: Mapping[str, Any], keys: Iterable[str]) -> list[str]:
    """A post's feed item categories as mkdocs-rss-plugin reads them: the text values
    of the front-matter ``keys`` (its ``categories`` option), sorted."""
    found: list[str] = []
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            found += [str(v) for v in value if v is not None]
    return sorted(found)


def text_as_html(text: str) -> str:
    """Plain ``text`` as an HTML paragraph (a feed item's content when a post has no
    excerpt to give), or nothing."""
    return f"<p>{escape(text)}</p>" if text.strip() else ""


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 does not allow in a document, even escaped: C0 controls other than
tab, line feed and carriage return (a form feed or vertical tab pasted into front
matter), lone surrogates, U+FFFE and U+FFFF; and those it discourages, DEL and the C1
controls, which feed readers take for Windows-1252 punctuation (U+0085 shows as "…")."""

_SPACES = {"\x0b": " ", "\x0c": " ", "\x85": " "}


def xml_text(text: str) -> str:
    """``text`` without the characters an XML document cannot hold (a strict parser
    rejects the whole feed for one of them, a reader misreads a C1 control): vertical
    tabs, form feeds and next-line characters (U+0085) become spaces, the others go."""
    return _NOT_XML.sub(lambda match: _SPACES.get(match.group(), ""), text)


_XML_SPECIALS = re.compile('[&<>"]')
"""What a value written without escaping cannot hold in an XML text or attribute."""


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (``xml_text``), escaped for XML
    as ``Markup`` when it holds ``&``, ``<``, ``>`` or ``"``: Jinja writes that
    unchanged both where mkdocs-rss-plugin's template escapes (``|e``) and where it
    does not. Any other text is returned as it is, so the template writes it as it
    would without the plugin (``Tom's`` as is where it does not escape, as ``Tom&#39;s``
    where it does)."""
    text = xml_text(text)
    return escape(text) if _XML_SPECIALS.search(text) else text


@dataclass(frozen=True)
class FeedImage:
    """A post's own image, resolved: absolute URL, media type, size in bytes (0 when
    unknown, as RSS enclosures need a length)."""

    url: str
    media_type: str
    length: int

    def as_enclosure(self) -> tuple[str, str, int]:
        """The tuple mkdocs-rss-plugin renders as ``<enclosure url type length>``."""
        return (self.url, self.media_type, self.length)


def image_media_type(url: str) -> str:
    """The media type of an image URL, from its extension."""
    guessed = mimetypes.guess_type(urlsplit(url).path, strict=False)[0]
    return guessed if guessed and guessed.startswith("image/") else "image/jpeg"


def is_absolute_url(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme and parts.netloc)


IMAGE_SCHEMES = frozenset({"http", "https"})
"""The only schemes a front-matter ``image`` URL may have."""


def has_scheme(value: str) -> bool:
    """Whether ``value`` is written as a URL with a scheme (``https:``, ``data:``,
    ``javascript:``, in any case) rather than as a path."""
    return bool(urlsplit(value.strip()).scheme)


def is_image_url(value: str) -> bool:
    """Whether ``value`` is a full ``http(s)://`` URL (scheme in any case)."""
    value = value.strip()
    return is_absolute_url(value) and urlsplit(value).scheme.lower() in IMAGE_SCHEMES


def image_candidates(image: str, page_src_uri: str) -> list[str]:
    """Docs-relative paths a front-matter ``image`` may name, in order: relative to the
    post's Markdown file (as a Markdown image would be), then to the docs folder; each
    as written, then URL-decoded (``r720%20on%20wall.webp`` names
    ``r720 on wall.webp``, as it would in a Markdown link)."""
    candidates: list[str] = []
    for path in dict.fromkeys((image.strip(), unquote(image.strip()))):
        from_page = posixpath.normpath(posixpath.join(posixpath.dirname(page_src_uri), path))
        from_docs = posixpath.normpath(path.lstrip("/"))
        for candidate in ([] if path.startswith("/") else [from_page]) + [from_docs]:
            if candidate not in candidates:
                candidates.append(candidate)
    return [c for c in candidates if not c.startswith("../") and c != ".."]


def resolve_image(
    image: str,
    page_src_uri: str,
    site_url: str,
    find: Callable[[str], tuple[str, int] | None],
) -> FeedImage | None:
    """A post's front-matter ``image`` as an absolute URL: a full ``http(s)`` URL stays
    as it is (size unknown); a path is looked up with ``find`` (a docs-relative path ->
    the file's site-relative URL and size), first next to the post, then from the docs
    folder. ``None`` when no such file exists, or for a URL of any other scheme
    (``javascript:``, ``data:``, ...)."""
    image = image.strip()
    if is_image_url(image):
        return FeedImage(image, image_media_type(image), 0)
    if has_scheme(image):
        return None
    for candidate in image_candidates(image, page_src_uri):
        found = find(candidate)
        if found is not None:
            url = urljoin(site_url, found[0])
            return FeedImage(url, image_media_type(url), found[1])
    return None


RSS_IMAGE_TYPES = frozenset({"image/gif", "image/jpeg", "image/png"})
"""The formats RSS 2.0 allows for a channel's ``<image>``."""


def site_image_url(site_url: str, *, logo: str | None, favicon: str | None) -> str | None:
    """The channel image of the feeds when the rss plugin's ``image`` is not set (it
    writes ``<url>None</url>`` then): the theme's logo or favicon, whichever is a file
    (not an icon name), a format RSS allows (GIF, JPEG, PNG) first, as a URL with its
    path quoted (``logo light.png`` -> ``logo%20light.png``)."""
    files = [c.strip() for c in (logo, favicon) if c and "." in posixpath.basename(c)]
    if not files:
        return None
    best = next((c for c in files if image_media_type(c) in RSS_IMAGE_TYPES), files[0])
    return quote_url(best if is_absolute_url(best) else urljoin(site_url, best))


def quote_url(url: str) -> str:
    """``url`` with what a URL cannot hold as is (spaces, non-ASCII) percent-encoded in
    its path; what is already encoded stays as it is."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=quote(parts.path, safe="/%:@!$&'()*+,;=~-._")))


@dataclass
class FeedItemText:
    """The plain-text values of one feed item that were handed to the RSS template
    XML-safe (``xml_safe``), to restore them in the JSON Feed."""

    categories: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    image: str | None = None
    """The item's image URL, when the plugin resolved it (handed over XML-safe)."""


def fix_json_feed(
    feed: Any,
    *,
    title: str,
    icon: str | None,
    items: Mapping[str, FeedItemText],
) -> Any:
    """The JSON Feed mkdocs-rss-plugin wrote, corrected: the plain-text channel title and
    item categories (``tags``) and author names, the channel icon, a language only when
    known, and no ``null`` values or empty author/tag lists anywhere."""
    feed = dict(feed)
    feed["title"] = title
    if icon and not feed.get("icon"):
        feed["icon"] = icon
    if feed.get("language") == "None":  # the rss plugin writes str(None)
        del feed["language"]
    fixed_items = []
    for raw in feed.get("items") or []:
        item = dict(raw)
        text = items.get(str(item.get("id")))
        if text is not None:
            item["tags"] = list(text.categories)
            item["authors"] = [{"name": name} for name in text.authors]
            if text.image is not None:
                item["image"] = text.image
        fixed_items.append(item)
    feed["items"] = fixed_items
    return drop_nulls(feed)


OPTIONAL_LISTS = frozenset({"authors", "tags", "attachments"})
"""JSON Feed members that must hold at least one element when present."""


def drop_nulls(value: Any) -> Any:
    """``value`` without ``None`` anywhere: ``null`` members and list elements go, as do
    the JSON Feed lists that must not be empty (``authors``, ``tags``)."""
    if isinstance(value, dict):
        result = {}
        for key, member in value.items():
            if member is None:
                continue
            cleaned = drop_nulls(member)
            if key in OPTIONAL_LISTS and cleaned == []:
                continue
            result[key] = cleaned
        return result
    if isinstance(value, list):
        return [drop_nulls(element) for element in value if element is not None]
    return value
