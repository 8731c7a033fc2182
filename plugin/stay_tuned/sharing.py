"""Sharing metadata: Open Graph and Twitter card tags, and the home page's JSON-LD.

Link previews (messengers, social networks, feed readers) read these tags from a page's
``<head>``. Every post is described as an article (title, excerpt, canonical URL,
dates, section, authors, its own image when it has one); every other page as a
website; the home page also carries a schema.org ``WebSite``. Values are computed here
as plain text and written by the template ``stay_tuned/head-social.html`` with
autoescaping, so front-matter text can never break out of an attribute.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any, Literal
from urllib.parse import urljoin

from markupsafe import Markup

from stay_tuned import i18n

DESCRIPTION_LIMIT = 200
"""Longest description, in characters: what link previews show before cutting."""

LOCALE_TERRITORIES = {
    **{"af": "ZA", "ar": "EG", "az": "AZ", "be": "BY", "bg": "BG", "bn": "BD", "ca": "ES"},
    **{"cs": "CZ", "cy": "GB", "da": "DK", "de": "DE", "el": "GR", "en": "US", "es": "ES"},
    **{"et": "EE", "eu": "ES", "fa": "IR", "fi": "FI", "fr": "FR", "gl": "ES", "he": "IL"},
    **{"hi": "IN", "hr": "HR", "hu": "HU", "hy": "AM", "id": "ID", "is": "IS", "it": "IT"},
    **{"ja": "JP", "ka": "GE", "kn": "IN", "ko": "KR", "ku": "TR", "lb": "LU", "lt": "LT"},
    **{"lv": "LV", "mk": "MK", "mn": "MN", "ms": "MY", "my": "MM", "nb": "NO", "nl": "NL"},
    **{"nn": "NO", "no": "NO", "pl": "PL", "pt": "PT", "ro": "RO", "ru": "RU", "sa": "IN"},
    **{"si": "LK", "sk": "SK", "sl": "SI", "sq": "AL", "sr": "RS", "sv": "SE", "ta": "IN"},
    **{"te": "IN", "th": "TH", "tl": "PH", "tr": "TR", "uk": "UA", "ur": "PK", "uz": "UZ"},
    **{"vi": "VN", "zh": "CN"},
}
"""``og:locale`` is ``language_TERRITORY``: the territory assumed for a language given
without one, for every language Material for MkDocs translates (``theme.language``),
from CLDR's likely subtags, except Portuguese: Material has ``pt`` and ``pt-BR``, so a
bare ``pt`` is Portugal's. Material's ``eo`` (Esperanto) and ``sh`` (Serbo-Croatian)
have no territory, nor does a language missing here: those pages leave ``og:locale``
out rather than claim a territory."""

SCRIPT_TERRITORIES = {("zh", "Hant"): "TW", ("zh", "Hans"): "CN", ("sr", "Latn"): "RS"}
"""The territory assumed for a language written in a script (``zh-Hant``)."""


@dataclass(frozen=True, slots=True)
class Sharing:
    """What a page's sharing tags say. Text is plain (the template escapes it); URLs are
    absolute or ``None`` (a site without ``site_url`` has none to give)."""

    kind: Literal["article", "website"]
    title: str
    description: str
    site_name: str
    url: str | None = None
    locale: str | None = None
    image: str | None = None
    published: str | None = None
    modified: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    article_tags_only: bool = False
    """Write only the ``article:*`` tags: Material's social plugin writes the ``og:*``
    and ``twitter:*`` ones (with its generated card image) and two sets would clash."""

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"


class _TextExtractor(HTMLParser):
    SKIPPED = frozenset({"script", "style", "template"})
    BLOCKS = frozenset(
        {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr"}
        | {"blockquote", "pre", "dd", "dt", "summary", "details", "section", "aside"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_permalink = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag == "a" and "headerlink" in (dict(attrs).get("class") or "").split():
            # The toc extension's permalink ("¶") after a heading: not text.
            self.in_permalink = True
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "a" and self.in_permalink:
            self.in_permalink = False
        elif tag in self.BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skipping and not self.in_permalink:
            self.parts.append(data)


HTML_CHUNK = 1024
"""How much HTML ``html_to_text`` reads at a time when it needs only a beginning."""


def html_to_text(html: str, enough: int | None = None) -> str:
    """The text a reader sees in an HTML fragment, on one line, entities decoded.

    With ``enough``, the HTML is read a chunk at a time, and the text may stop once it
    is longer than ``enough`` characters: it is then the beginning of the whole text
    (what a shortened description needs of a long excerpt). ``HTMLParser`` reads HTML
    fed in parts as it reads it whole (it waits for the rest of a tag or entity)."""
    parser = _TextExtractor()
    if enough is None:
        parser.feed(html)
    else:
        for start in range(0, len(html), HTML_CHUNK):
            parser.feed(html[start : start + HTML_CHUNK])
            text = " ".join("".join(parser.parts).split())
            if len(text) > enough:
                return text
    parser.close()
    return " ".join("".join(parser.parts).split())


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:  # do not end on part of a word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-\u2013\u2014") + "\u2026"


def og_locale(language: str | None) -> str | None:
    """``og:locale`` (``ll_CC``) for ``theme.language``: ``pt-BR`` -> ``pt_BR``, ``ja`` ->
    ``ja_JP``, ``zh-Hant`` -> ``zh_TW``; ``None`` when there is no language or no known
    territory for it (``eo``, ``es-419``): the page then leaves ``og:locale`` out."""
    tag = i18n.language_tag(language)
    if not tag.language:
        return None
    if tag.region and not tag.region.isalpha():
        return None  # a region that is no country (es-419, Latin America) has no ll_CC
    territory = tag.region or SCRIPT_TERRITORIES.get((tag.language, tag.script or ""))
    territory = territory or LOCALE_TERRITORIES.get(tag.language)
    return f"{tag.language}_{territory}" if territory else None


def iso_datetime(value: datetime.datetime | datetime.date) -> str:
    """ISO 8601, as ``article:*_time`` wants it; a time without zone is taken as UTC,
    as the feeds take it."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time())
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.isoformat()


def description_for(front_matter: object, excerpt_html: str | None, fallback: str | None) -> str:
    """A page's description: its front-matter ``description``, else its excerpt as plain
    text, else the site's description; shortened for link previews."""
    if isinstance(front_matter, str) and front_matter.strip():
        return shorten(front_matter)
    if excerpt_html:
        # `shorten` reads no further than the character after the limit.
        text = html_to_text(excerpt_html, enough=DESCRIPTION_LIMIT)
        if text:
            return shorten(text)
    return shorten(fallback or "")


@dataclass(frozen=True, slots=True)
class PostFacts:
    """What the sharing tags of one post need, gathered while the post is converted."""

    title: str
    description: str
    published: str
    modified: str
    categories: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    image: str | None = None


def post_sharing(
    facts: PostFacts,
    *,
    url: str | None,
    site_name: str,
    locale: str | None,
    article_tags_only: bool = False,
) -> Sharing:
    return Sharing(
        kind="article",
        title=facts.title,
        description=facts.description,
        site_name=site_name,
        url=url,
        locale=locale,
        image=facts.image,
        published=facts.published,
        modified=facts.modified,
        section=facts.categories[0] if facts.categories else None,
        authors=facts.authors,
        tags=facts.categories,
        article_tags_only=article_tags_only,
    )


def page_sharing(
    *,
    title: str,
    description: str,
    url: str | None,
    site_name: str,
    locale: str | None,
    article_tags_only: bool = False,
) -> Sharing:
    return Sharing(
        kind="website",
        title=title,
        description=description,
        site_name=site_name,
        url=url,
        locale=locale,
        article_tags_only=article_tags_only,
    )


def author_reference(author: Mapping[str, Any], site_url: str = "") -> str | None:
    """What ``article:author`` names for a blog author: their profile URL when
    ``.authors.yml`` gives one (a site-relative one, such as Material's author profile
    pages ``author/<id>/``, made absolute against ``site_url``), else their name."""
    url = author.get("url")
    if isinstance(url, str) and url.strip():
        return urljoin(site_url, url.strip()) if site_url else url.strip()
    name = author.get("name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    return None


SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    # Line and paragraph separators end a line in older JavaScript parsers.
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def json_ld(data: Mapping[str, Any]) -> Markup:
    """``data`` as JSON safe inside ``<script type="application/ld+json">``: ``<``, ``>``
    and ``&`` (which can only occur inside JSON strings) are written as ``\\u`` escapes,
    so no value can close the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return Markup(text.translate(SCRIPT_ESCAPES))


def website_data(*, name: str, url: str | None, description: str | None) -> dict[str, Any]:
    """The schema.org ``WebSite`` of the site's home page."""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "WebSite", "name": name}
    if url:
        data["url"] = url
    if description:
        data["description"] = description
    return data


def unique(values: Iterable[str | None]) -> tuple[str, ...]:
    """Non-empty values, each once, in order."""
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return tuple(seen)
