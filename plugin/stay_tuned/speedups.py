"""Speedups: work that Material's blog plugin repeats, removed without changing the site.

On a large blog most of the build is the host's own repeated work. This module removes
three kinds of it, each only where the result is provably what the host would compute,
and keeps the garbage collector from walking the build's long-lived objects again in
each full collection (``collector``):

**Post membership.** Material asks ``page not in self.blog.posts`` in its
``on_page_markdown`` and ``on_page_content`` for every page. A list's ``in`` compares
the page with each post through MkDocs' ``Page.__eq__``, which compares titles (a post's
title, before it is rendered, parses its Markdown again), so the build does
pages x posts title parses. ``PostList`` replaces ``blog.posts`` by a list with the same
elements and a membership test by identity. It gives the list's own answer:

- ``x in posts`` is true when an element *is* ``x`` (a list checks identity first);
- otherwise an element ``e`` equals ``x`` only through ``Page.__eq__``: ``x`` is an
  instance of ``type(e)``, the titles are equal and ``e.file == x.file``. MkDocs'
  ``File`` has no ``__eq__`` of its own, so that is ``e.file is x.file``. Every element
  is checked to be its file's page (``e.file.page is e``: MkDocs and Material make one
  page per file); so when ``x`` is its file's page too, ``e.file is x.file`` would make
  ``e`` and ``x`` the same object. Anything else (an element of another type or with an
  ``__eq__`` of its own, a page that is not its file's, a page of a post's file made
  after the list was checked) takes the list's own scan.

The elements are checked again whenever the list changed: each of a list's methods that
change it in place (``append``, item assignment, ``sort``...) marks it as changed, and a
change of length made behind them (``list.append(posts, x)``) is seen too; what is not
seen is an element replaced that way (``list.__setitem__(posts, 0, x)``), which nothing
does.
What is not checked again is that a post keeps its ``file``: MkDocs and Material never
assign a page's ``file`` after making the page.

**Excerpts rendered for every view.** Material converts a post's Markdown again for
every index, archive and category page that lists it (``Excerpt.render``), with that
page as base: what differs from one view to the next is the links, made relative to the
view's URL by the converter's last tree processors (MkDocs' link processor, then
Python-Markdown's unescaper and Material's anchor processor). ``ExcerptMemo`` converts a
post once per build, with each link's value left as a token, and fills the tokens for
each view (as MaterialX does with its own placeholders):

- the values come from the same three processors, run from the view on elements that
  hold only the links (as found before the first of them), and are written as the
  converter's serializer writes an attribute; a link of the plugin's own in stashed HTML
  (the series label) is deferred the same way (``defer_link``);
- the first conversion checks itself: every token once in the output, and the links
  made again from its own view equal to what the conversion made;
- the Markdown converted, the separator and the converter's processors must be the
  same, and every processor one this module knows to give the same HTML for the same
  text on every conversion (``STATELESS``); the few that keep state between
  conversions (footnote references, code block counters, ``STATEFUL``) are allowed only
  when the post's conversion left that state as it found it (the post has no footnote
  reference, no highlighted code); such a post is converted for each view.

**The rest of the post, converted for each excerpt.** Material converts the whole
post and keeps the HTML before the separator, and whether anything follows
(``Excerpt.more``, which its template only tests). As inline processing starts, the
excerpt's conversion removes what follows the separator where nothing before it can
change (``cut_after_separator``), and only while the conversion has changed no
converter state; ``more`` is then a ``_More``, true, that converts the post as Material
would when something reads its HTML.

Any unknown processor, another version of MkDocs or Material, or structures of other
types turn a speedup off for the build with one INFO line; the site is then built as
without it. Everything lives in objects made for one build (a blog's post list and
each post's excerpt are made anew by Material every build), so nothing survives a
``mkdocs serve`` rebuild.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, SubElement

import material
import mkdocs
from markdown import Markdown
from markdown.extensions.toc import TocTreeprocessor
from markdown.serializers import to_html_string, to_xhtml_string
from markdown.treeprocessors import InlineProcessor
from markdown.util import Registry
from markupsafe import escape
from material.plugins.blog.structure import Excerpt, Post
from material.plugins.blog.structure.markdown import ExcerptTreeprocessor
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from stay_tuned import collector
from stay_tuned.messages import log
from stay_tuned.rawblocks import raw_block

VERIFIED_VERSIONS = {"MkDocs": ("1.6.",), "Material for MkDocs": ("9.8.",)}
"""The host versions whose code the speedups were checked against (prefixes)."""

STATELESS = frozenset(
    {
        # Python-Markdown's own processors. `md.references` and abbreviations gather
        # definitions across conversions, but the same text defines the same ones.
        *(
            f"markdown.{module}.{name}"
            for module, names in {
                "preprocessors": ("NormalizeWhitespace", "HtmlBlockPreprocessor"),
                "blockprocessors": (
                    "EmptyBlockProcessor",
                    "ListIndentProcessor",
                    "CodeBlockProcessor",
                    "BlockQuoteProcessor",
                    "OListProcessor",
                    "UListProcessor",
                    "HashHeaderProcessor",
                    "SetextHeaderProcessor",
                    "HRProcessor",
                    "ReferenceProcessor",
                    "ParagraphProcessor",
                ),
                "inlinepatterns": (
                    "EscapeInlineProcessor",
                    "BacktickInlineProcessor",
                    "ReferenceInlineProcessor",
                    "LinkInlineProcessor",
                    "ImageInlineProcessor",
                    "ImageReferenceInlineProcessor",
                    "ShortReferenceInlineProcessor",
                    "ShortImageReferenceInlineProcessor",
                    "AutolinkInlineProcessor",
                    "AutomailInlineProcessor",
                    "SubstituteTagInlineProcessor",
                    "HtmlInlineProcessor",
                    "AsteriskProcessor",
                    "UnderscoreProcessor",
                    "DelimiterProcessor",
                    "SimpleTagInlineProcessor",
                ),
                "treeprocessors": (
                    "InlineProcessor",
                    "PrettifyTreeprocessor",
                    "UnescapeTreeprocessor",
                ),
                "postprocessors": (
                    "RawHtmlPostprocessor",
                    "AndSubstitutePostprocessor",
                ),
            }.items()
            for name in names
        ),
        "markdown.extensions.abbr.AbbrTreeprocessor",
        "markdown.extensions.abbr.AbbrBlockprocessor",
        "markdown.extensions.admonition.AdmonitionProcessor",
        "markdown.extensions.attr_list.AttrListTreeprocessor",
        "markdown.extensions.def_list.DefListIndentProcessor",
        "markdown.extensions.def_list.DefListProcessor",
        "markdown.extensions.fenced_code.FencedBlockPreprocessor",
        "markdown.extensions.md_in_html.HtmlBlockPreprocessor",
        "markdown.extensions.md_in_html.MarkdownInHtmlProcessor",
        "markdown.extensions.md_in_html.MarkdownInHTMLPostprocessor",
        "markdown.extensions.tables.TableProcessor",
        "markdown.extensions.toc.TocTreeprocessor",
        "pymdownx.details.DetailsProcessor",
        "pymdownx.emoji.EmojiPattern",
        "pymdownx.inlinehilite.InlineHilitePattern",
        "pymdownx.superfences.SuperFencesBlockPreprocessor",
        "pymdownx.superfences.SuperFencesCodeBlockProcessor",
        "pymdownx.tasklist.TasklistTreeprocessor",
        "pymdownx.smartsymbols.SmartSymbolsPattern",
        # betterem, caret, mark and tilde: a parse cache for the text at hand only.
        "pymdownx.delimiterprocessor.DelimiterProcessor",
        "pymdownx.keys.KeysPattern",
        "pymdownx.progressbar.ProgressBarPattern",
        "pymdownx.arithmatex.InlineArithmatexPattern",
        "pymdownx.arithmatex.BlockArithmatexProcessor",
        # Snippets start afresh on each run; the files they include do not change
        # during a build.
        "pymdownx.snippets.SnippetPreprocessor",
        *(
            f"pymdownx.magiclink.{name}"
            for name in (
                "MagiclinkPattern",
                "MagiclinkAutoPattern",
                "MagiclinkMailPattern",
                "MagiclinkMentionPattern",
                "MagiclinkRepositoryPattern",
                "MagiclinkExternalRefsPattern",
                "MagiclinkInternalRefsPattern",
                "MagicShortenerTreeprocessor",
            )
        ),
        "markdown.extensions.smarty.SubstituteTextPattern",
        # Loaded by critic (and others): they strip and convert placeholder characters.
        "pymdownx._bypassnorm.PreNormalizePreprocessor",
        "pymdownx._bypassnorm.PostNormalizePreprocessor",
        # The plugin's own: callouts render an excerpt from its text alone, the series
        # label is the same HTML on every conversion.
        "stay_tuned.callouts.extension._SourcePreprocessor",
        "stay_tuned.callouts.extension._MalformedBlockProcessor",
        "stay_tuned.callouts.extension._TitleTreeprocessor",
        "stay_tuned.callouts.extension._IdTreeprocessor",
        "stay_tuned.callouts.processors.OwnAdmonitionProcessor",
        "stay_tuned.callouts.processors.OwnDetailsProcessor",
        "stay_tuned.series.markdown.LabelTreeprocessor",
        # The two processors whose output depends on the view: run again for each view.
        "material.plugins.blog.structure.markdown.ExcerptTreeprocessor",
        "mkdocs.structure.pages._RelativePathTreeprocessor",
    }
)
"""Processors known to give the same HTML for the same text on every conversion, by
``module.qualname``."""


def _footnote_state(extension: Any) -> object:
    return (dict(extension.found_refs), set(extension.used_refs), dict(extension.footnotes))


def _highlight_state(extension: Any) -> object:
    return extension.pygments_code_block


def _tabbed_state(extension: Any) -> object:
    return extension.tab_processor.tab_group_count


def _critic_state(extension: Any) -> object:
    return extension.critic_stash.count


STATEFUL: dict[str, Callable[[Any], object]] = {
    "markdown.extensions.footnotes.FootnoteExtension": _footnote_state,
    "pymdownx.highlight.HighlightExtension": _highlight_state,
    "pymdownx.tabbed.TabbedExtension": _tabbed_state,
    "pymdownx.critic.CriticExtension": _critic_state,
}
"""Extensions that keep state between conversions (Material never resets an excerpt's
converter): footnote references get new ids (``fnref2:1``), highlighted code blocks and
tab sets new numbers on each conversion, and critic marks new placeholder numbers (which
reach the output where Pygments splits a placeholder in highlighted inline code, so
critic cannot put its HTML back). Their processors are allowed only when the post's
conversion left this state as it found it."""

STATEFUL_PROCESSORS = frozenset(
    {
        "markdown.extensions.footnotes.FootnoteBlockProcessor",
        "markdown.extensions.footnotes.FootnoteInlineProcessor",
        "markdown.extensions.footnotes.FootnoteTreeprocessor",
        "markdown.extensions.footnotes.FootnotePostTreeprocessor",
        "markdown.extensions.footnotes.FootnotePostprocessor",
        "pymdownx.highlight.HighlightTreeprocessor",
        "pymdownx.tabbed.TabbedProcessor",
        "pymdownx.tabbed.TabbedTreeprocessor",
        "pymdownx.critic.CriticViewPreprocessor",
        "pymdownx.critic.CriticsPostprocessor",
    }
)


def qualified_name(item: object) -> str:
    kind: Any = type(item)
    return _type_name(kind)


@functools.cache
def _type_name(kind: Any) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def version_problem(versions: dict[str, str]) -> str | None:
    """Why the speedups stay off with these host versions, or ``None``."""
    for name, prefixes in VERIFIED_VERSIONS.items():
        version = versions.get(name, "")
        if not version.startswith(prefixes):
            verified = ", ".join(p + "x" for p in prefixes)
            return f"{name} {version or '(unknown version)'} (they were checked with {verified})"
    return None


def host_versions() -> dict[str, str]:
    return {
        "MkDocs": str(getattr(mkdocs, "__version__", "")),
        "Material for MkDocs": str(getattr(material, "__version__", "")),
    }


# --- post membership -------------------------------------------------------------------


def _is_own_page(item: object) -> bool:
    """``item`` is a page compared by MkDocs' ``Page.__eq__``, and its file's page."""
    file = getattr(item, "file", None)
    return (
        type(item).__eq__ is Page.__eq__
        and isinstance(file, File)
        and type(file).__eq__ is object.__eq__
        and getattr(file, "page", None) is item
    )


def _changing(name: str) -> Any:
    """A list's own method ``name``, for ``PostList``: it marks the list as changed."""
    method = getattr(list, name)

    @functools.wraps(method)
    def changing(self: PostList, *args: Any, **kwargs: Any) -> Any:
        self._changed = True
        return method(self, *args, **kwargs)

    return changing


class PostList(list[Any]):
    """Material's ``blog.posts``, with a membership test by identity (see the module)."""

    def __init__(self, posts: Iterable[Any]) -> None:
        super().__init__(posts)
        self._changed = True
        """Whether the list may have changed since it was checked: every method of a list
        that changes it in place says so."""
        self._length = 0
        self._members: set[int] = set()
        self._files: set[int] = set()
        self._sound = False
        self._check()

    def _check(self) -> None:
        self._changed = False
        self._length = len(self)
        self._members = {id(post) for post in self}
        self._files = {id(getattr(post, "file", None)) for post in self}
        self._sound = all(type(post) is Post and _is_own_page(post) for post in self)

    @property
    def sound(self) -> bool:
        """Whether the identity test gives the list's own answer (see the module)."""
        if self._changed or len(self) != self._length:
            self._check()
        return self._sound

    def __contains__(self, item: object) -> bool:
        if not self.sound:
            return list.__contains__(self, item)
        if id(item) in self._members:
            return True
        # No element is `item`; an equal one would be a Post sharing `item`'s file.
        if not isinstance(item, Post):
            return False
        if _is_own_page(item) and id(item.file) not in self._files:
            return False
        return list.__contains__(self, item)


CHANGING = (
    "append",
    "extend",
    "insert",
    "remove",
    "pop",
    "clear",
    "sort",
    "reverse",
    "__setitem__",
    "__delitem__",
    "__iadd__",
    "__imul__",
)
"""A list's methods that change it in place: ``PostList``'s mark it as changed."""

for _name in CHANGING:
    setattr(PostList, _name, _changing(_name))


def posts_problem(posts: object) -> str | None:
    """Why a blog's posts cannot get the identity membership test, or ``None``."""
    if type(posts) is not list:
        return f"its posts are a {type(posts).__name__}, not a list"
    for post in posts:
        if type(post) is not Post or not _is_own_page(post):
            return (
                f"a post is a {qualified_name(post)} that MkDocs does not know as its file's page"
            )
    return None


# --- excerpts ---------------------------------------------------------------------------


def _processor_registries(md: Markdown) -> list[Any]:
    """The registries of ``md``'s processors, in the order a conversion runs them."""
    return [
        md.preprocessors,
        md.parser.blockprocessors,
        md.inlinePatterns,
        md.treeprocessors,
        md.postprocessors,
    ]


def _registries(md: Markdown) -> tuple[tuple[Any, ...], ...]:
    """Every processor of ``md``, in order, by identity (checked before each view)."""
    return tuple(_identities(registry) for registry in _processor_registries(md))


def _identities(registry: Any) -> tuple[Any, ...]:
    """A registry's processors in order: for Python-Markdown's ``Registry``, read from
    the two structures it keeps (each processor by name, and the names with their
    priorities, sorted by ``_sort`` as iterating does), without building the sorted
    list of processors that iterating builds. Any other registry is iterated."""
    data, order = getattr(registry, "_data", None), getattr(registry, "_priority", None)
    if type(registry) is not Registry or type(data) is not dict or type(order) is not list:
        return tuple(map(id, registry))
    sortable: Any = registry  # `_sort` is not in the type stubs
    sortable._sort()
    return (*map(id, data.values()), *order)


def converter_problem(md: Markdown) -> str | None:
    """Why ``md`` (an excerpt converter) may give other HTML on another conversion of
    the same text, or ``None``."""
    registries = _processor_registries(md)
    stateful = {qualified_name(e) for e in md.registeredExtensions} & set(STATEFUL)
    while registries:
        registry = registries.pop()
        for item in registry:
            name = qualified_name(item)
            # An inline processor of its own (smartsymbols, smarty) runs its patterns.
            nested = getattr(item, "inlinePatterns", None)
            inline = name == "markdown.treeprocessors.InlineProcessor"
            if inline and nested is not None and nested is not md.inlinePatterns:
                registries.append(nested)
            if name in STATELESS:
                continue
            if name in STATEFUL_PROCESSORS and stateful:
                continue
            return f"the Markdown processor {name} is not known to the speedup"
    return None


def _state(md: Markdown) -> list[object]:
    return [
        STATEFUL[qualified_name(e)](e)
        for e in md.registeredExtensions
        if qualified_name(e) in STATEFUL
    ]


PLAIN_SERIALIZERS = (to_html_string, to_xhtml_string)
"""Python-Markdown's serializers: they change an attribute's value only where it holds
one of ``_ATTRIBUTE_SPECIALS`` (``_escape_attrib``, ``_escape_attrib_html``)."""

_ATTRIBUTE_SPECIALS = re.compile('[&<>"\n\x02]')
"""What those serializers escape in an attribute's value, and the start of
Python-Markdown's own placeholders (which its postprocessors replace)."""

LINK_TAGS = {"a": "href", "img": "src"}
"""The elements and attributes MkDocs' link processor rewrites (``_RelativePathTreeprocessor``)."""

_TOKEN = "\x02stay-tuned-link:{}\x03"
"""A link's place in a converted excerpt. Python-Markdown removes STX and ETX from the
text it converts, and uses them only in its own placeholders (``\x02wzxhzdk:N\x03``,
``\x02amp\x03``, ``\x02N\x03``), which are all gone from its output."""

_DEFERRED = "\x02stay-tuned-deferred:{}\x03"
"""A site-relative link that HTML of the plugin's own holds (a series label's link to
the series page), made relative to each view when the tokens are filled."""

DEFERRED_LINKS = "stay_tuned_deferred_links"
"""The attribute of an excerpt's converter that holds those links during a conversion
whose links the speedup fills for each view."""


def defer_link(md: Markdown, url: str) -> str | None:
    """A placeholder for ``url`` (site-relative) in HTML that ``md`` is converting, which
    the excerpt speedup makes relative to each page showing the excerpt; ``None`` when
    no such conversion is under way (the link is then made for the current page)."""
    links = getattr(md, DEFERRED_LINKS, None)
    if not isinstance(links, list):
        return None
    links.append(url)
    return _DEFERRED.format(len(links) - 1)


TAIL = (
    "mkdocs.structure.pages._RelativePathTreeprocessor",
    "markdown.treeprocessors.UnescapeTreeprocessor",
    "material.plugins.blog.structure.markdown.ExcerptTreeprocessor",
)
"""The last tree processors of Material's excerpt converter, in order, from the one
that makes links relative to the view."""

UNEXPECTED_LINK_PROCESSORS = "the excerpt converter's link processors are not the expected ones"

AFTER_TAIL = frozenset({"stay_tuned.series.markdown.LabelTreeprocessor"})
"""Tree processors that may run after them: they add no link element (the series label
is stashed HTML whose link is deferred, ``defer_link``)."""


_HEADING = re.compile("[Hh][123456]")
"""A heading's tag, as the table of contents extension matches it."""

_ATTRIBUTE_ID = re.compile(r"\{[^}\n]*#")
"""Text that an attribute list could turn into an id (``{#id}``, ``{: .x #id }``)."""


def cut_after_separator(root: Element, md: Markdown, separator: str) -> bool:
    """Remove the top-level elements after the excerpt separator from ``root`` (an
    excerpt's tree, as inline processing starts) when that leaves the HTML before the
    separator, and the table of contents, as they would be; whether it did.

    Material keeps only the HTML before the separator (and whether anything follows),
    yet converts the whole post: most of a post's conversion is the text after it. Every
    processor that runs from inline processing on is one the speedup knows
    (``STATELESS``) and works element by element, except the table of contents, which
    lists headings and keeps ids unique across the whole tree: nothing is removed when
    a heading the table of contents would list, or an element that has or could get an
    id (an attribute list), comes after the separator. The separator is a paragraph of
    its own (raw HTML, stashed); something must follow it that writes HTML."""
    at = next(
        (
            n
            for n, child in enumerate(root)
            if (raw := raw_block(md, child)) is not None and separator in raw
        ),
        None,
    )
    if at is None or at + 1 == len(root):
        return False
    toc = next((p for p in md.treeprocessors if type(p) is TocTreeprocessor), None)
    writes = False
    for top in root[at + 1 :]:
        for element in top.iter():
            tag = element.tag
            if "id" in element.attrib:
                return False
            if toc is not None and isinstance(tag, str) and _HEADING.match(tag):
                level = min(int(tag[-1]) + toc.base_level, 6)
                if toc.toc_top <= level <= toc.toc_bottom:
                    return False
            for text in (element.text, element.tail):
                if text and "{" in text and _ATTRIBUTE_ID.search(text):
                    return False
        raw = raw_block(md, top)
        writes = writes or raw is None or bool(raw.strip())
    if not writes:
        return False
    del root[at + 1 :]
    return True


class _More:
    """An excerpt's ``more`` (the HTML after the separator) when its conversion stopped
    at the separator: true, as the HTML it stands for is not empty, and that HTML,
    converted as Material would, when anything reads it (a template that prints
    ``post.more``; Material's only tests it)."""

    __slots__ = ("_memo", "_page", "_separator", "_value")

    def __init__(self, memo: ExcerptMemo, page: Any, separator: str) -> None:
        self._memo, self._page, self._separator = memo, page, separator
        self._value: str | None = None

    def _html(self) -> str:
        if self._value is None:
            self._value = self._memo.more_for(self._page, self._separator)
        return self._value

    def __bool__(self) -> bool:
        return True

    def __str__(self) -> str:
        return self._html()

    def __repr__(self) -> str:
        return repr(self._html())

    def __len__(self) -> int:
        return len(self._html())

    def __iter__(self) -> Any:
        return iter(self._html())

    def __getitem__(self, key: Any) -> str:
        return self._html()[key]

    def __contains__(self, part: str) -> bool:
        return part in self._html()

    def __eq__(self, other: object) -> bool:
        return self._html() == (other._html() if isinstance(other, _More) else other)

    def __hash__(self) -> int:
        return hash(self._html())

    def __add__(self, other: str) -> str:
        return self._html() + other

    def __radd__(self, other: str) -> str:
        return other + self._html()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._html(), name)


@dataclass
class _Rendered:
    """One conversion of an excerpt, with each link left as a token to fill per view."""

    markdown: str
    separator: str
    registries: tuple[tuple[Any, ...], ...]
    content: str
    more: str | None
    toc_tokens: list[Any]
    links: list[tuple[str, str, str]]
    """Each link element (tag, attribute, value) as the link processor found it, in
    document order; token ``n`` of ``content`` and ``more`` stands for link ``n``."""
    deferred: list[str]
    """Each deferred link's site-relative URL (``defer_link``)."""
    cut: bool
    """Whether the conversion stopped at the separator (``cut_after_separator``)."""


_NO_MORE = object()


def _fill(template: str, values: list[str], deferred: list[str]) -> str:
    for n, value in enumerate(values):
        template = template.replace(_TOKEN.format(n), value, 1)
    for n, value in enumerate(deferred):
        template = template.replace(_DEFERRED.format(n), value, 1)
    return template


def _deferred_values(urls: list[str], page: Any) -> list[str] | None:
    """The deferred links relative to ``page``, as a template prints a URL (escaped);
    ``None`` if escaping would change one (never for a site's own URLs)."""
    values = [get_relative_url(url, page.url) for url in urls]
    if any(str(escape(value)) != value for value in values):
        return None
    return values


class ExcerptMemo:
    """Renders one post's excerpt for each view, converting it once when it can.

    The conversion runs as Material's, except that once its tree processors are done
    (the last ones make the links relative to the view), each link's value is replaced
    by a token before the tree is serialized. For each view, the links are made again
    by the same processors, on elements holding only the links, and the tokens are
    replaced by their values as the converter's serializer writes an attribute."""

    def __init__(self, excerpt: Any, speedups: Speedups) -> None:
        self.excerpt = excerpt
        self.speedups = speedups
        self.original: Callable[[Any, str], None] = excerpt.render
        self.rendered: _Rendered | None = None
        self.off = False
        self.checked: tuple[tuple[Any, ...], ...] | None = None
        """The processors last found known to the speedup, by identity."""
        self.processors: tuple[Any, Any, Any] | None = None
        """Their last three tree processors (``_tail``)."""

    def install(self) -> None:
        self.excerpt.render = self.render

    def _turn_off(self, problem: str, page: Any, separator: str) -> None:
        """Material's own conversion for this view and every later one, said once."""
        self.off = True
        self.speedups.excerpts_off(problem)
        self.original(page, separator)

    def _tail(self) -> tuple[Any, Any, Any] | str:
        """Material's link processor, Python-Markdown's unescaper and Material's anchor
        processor when they are the converter's last tree processors, as expected, or
        why not."""
        items = list(self.excerpt.md.treeprocessors)
        names = [qualified_name(item) for item in items]
        at = names.index(TAIL[0]) if TAIL[0] in names else len(names)
        if names[at : at + len(TAIL)] != list(TAIL):
            between = [n for n in names[at + 1 :] if n not in TAIL]
            if between:
                return f"the Markdown processor {between[0]} runs after MkDocs' link processor"
            return "the excerpt converter's last tree processors are not the expected ones"
        unknown = [n for n in names[at + len(TAIL) :] if n not in AFTER_TAIL]
        if unknown:
            return f"the Markdown processor {unknown[0]} runs after MkDocs' link processor"
        relpath, unescape, anchors = items[at : at + len(TAIL)]
        if not self._expected(relpath, anchors):
            return UNEXPECTED_LINK_PROCESSORS
        return relpath, unescape, anchors

    def _expected(self, relpath: Any, anchors: Any) -> bool:
        return (
            getattr(relpath, "file", None) is self.excerpt.file
            and callable(getattr(relpath, "path_to_url", None))
            and type(anchors) is ExcerptTreeprocessor
            and anchors.page is self.excerpt.post
            and "run" not in vars(relpath)
            and "run" not in vars(anchors)
        )

    def render(self, page: Any, separator: str) -> None:
        excerpt = self.excerpt
        post = excerpt.post
        markdown = post.markdown
        if not post._title_from_render:
            markdown = "\n\n".join([f"# {post.title}", markdown])
        if self.off:
            self.original(page, separator)
            return
        registries = _registries(excerpt.md)
        if registries != self.checked:
            # Checked once for each set of processors (the same on every conversion).
            tail = self._tail()
            problem = tail if isinstance(tail, str) else converter_problem(excerpt.md)
            if problem is not None:
                self._turn_off(problem, page, separator)
                return
            assert not isinstance(tail, str)
            self.checked, self.processors = registries, tail
        processors = self.processors
        if processors is None or not self._expected(processors[0], processors[2]):
            self._turn_off(UNEXPECTED_LINK_PROCESSORS, page, separator)
            return
        rendered = self.rendered
        if (
            rendered is None
            or rendered.markdown != markdown
            or rendered.separator != separator
            or rendered.registries != registries
        ):
            self._convert(page, separator, markdown, registries, processors)
            return
        # What `Excerpt.render` leaves behind, without converting again.
        values = self._escaped(self._links(rendered.links, page, processors))
        deferred = _deferred_values(rendered.deferred, page)
        if values is None or deferred is None:
            self.original(page, separator)
            return
        excerpt.markdown = markdown
        excerpt.content = _fill(rendered.content, values, deferred)
        if rendered.cut:
            excerpt.more = _More(self, page, separator)
        elif rendered.more is not None:
            excerpt.more = _fill(rendered.more, values, deferred)
        # MkDocs' `get_toc` reads the tokens into new links, changing none of them.
        excerpt.toc = get_toc(rendered.toc_tokens)
        self.speedups.excerpts_reused += 1

    def _links(
        self,
        links: list[tuple[str, str, str]],
        page: Any,
        processors: tuple[Any, Any, Any],
        resolve: Callable[[str], str] | None = None,
    ) -> list[str]:
        """The links' values from ``page``: the converter's last tree processors run
        on elements holding only the links, as Material runs them (the excerpt's file at
        the view's URL, the view as the anchors' base). ``resolve``: instead of the link
        processor's own resolution (results already known)."""
        relpath, _, anchors = processors
        root = Element("div")
        elements = [(SubElement(root, tag, {key: value}), key) for tag, key, value in links]
        file, post_url = self.excerpt.file, self.excerpt.post.url
        file.url = page.url
        anchors.base = page
        if resolve is not None:
            relpath.path_to_url = resolve
        try:
            for processor in processors:
                processor.run(root)
        finally:
            if resolve is not None:
                del relpath.path_to_url
            file.url = post_url
        return [element.get(key, "") for element, key in elements]

    def _escaped(self, values: list[str]) -> list[str] | None:
        """Each value as the converter writes it in an attribute (its serializer, then
        its postprocessors where they have something to replace)."""
        md = self.excerpt.md
        escaped = []
        plain = md.serializer in PLAIN_SERIALIZERS
        for value in values:
            if plain and _ATTRIBUTE_SPECIALS.search(value) is None:
                # Python-Markdown's serializers write such a value as it is.
                escaped.append(value)
                continue
            written = md.serializer(Element("a", {"href": value}))
            if not (written.startswith('<a href="') and written.endswith('"></a>')):
                return None
            written = written[len('<a href="') : -len('"></a>')]
            if "\x02" in written:
                # A placeholder of Python-Markdown's own (an e-mail link's `&` is
                # `\x02amp\x03`): its postprocessors replace it in the output.
                for postprocessor in md.postprocessors:
                    written = postprocessor.run(written)
                if "\x02" in written:
                    return None
            escaped.append(written)
        return escaped

    def _convert(
        self,
        page: Any,
        separator: str,
        markdown: str,
        registries: Any,
        processors: tuple[Any, Any, Any],
    ) -> None:
        """Material's own conversion, with the links left as tokens (see the class)."""
        excerpt = self.excerpt
        md = excerpt.md
        relpath, _, anchors = processors
        before = _state(md)
        found: list[tuple[Element, str, str]] = []
        resolved: dict[str, str] = {}
        finals: list[str] = []
        run_relpath, run_anchors, resolve = relpath.run, anchors.run, relpath.path_to_url

        def links_first(root: Element) -> Any:
            for element in root.iter():
                key = LINK_TAGS.get(element.tag) if isinstance(element.tag, str) else None
                if key is not None:
                    found.append((element, key, element.get(key, "")))
            return run_relpath(root)

        def recorded(url: str) -> str:
            made: str = resolve(url)
            resolved[url] = made
            return made

        def tokens_last(root: Element) -> Any:
            result = run_anchors(root)
            for n, (element, key, _) in enumerate(found):
                finals.append(element.get(key, ""))
                element.set(key, _TOKEN.format(n))
            return result

        # Python-Markdown's own inline processor, at whose start the tree is cut; none:
        # the tree is converted whole.
        inline: Any = None
        if "inline" in md.treeprocessors and type(md.treeprocessors["inline"]) is InlineProcessor:
            inline = md.treeprocessors["inline"]
        cut: list[bool] = []

        def cut_first(root: Element) -> Any:
            # Only while the conversion has changed no state (no footnote, highlighted
            # code or tab set so far): a post with any is converted for each view.
            cut.append(_state(md) == before and cut_after_separator(root, md, separator))
            return run_inline(root)

        deferred_urls: list[str] = []
        more_before, excerpt.more = excerpt.more, _NO_MORE
        relpath.run, anchors.run, relpath.path_to_url = links_first, tokens_last, recorded
        if inline is not None:
            run_inline, inline.run = inline.run, cut_first
        setattr(md, DEFERRED_LINKS, deferred_urls)
        try:
            self.original(page, separator)
        finally:
            del relpath.run, anchors.run, relpath.path_to_url
            if inline is not None:
                del inline.run
            delattr(md, DEFERRED_LINKS)
            more = excerpt.more
            if more is _NO_MORE:
                excerpt.more = more_before
        self.speedups.excerpts_converted += 1
        links = [(element.tag, key, value) for element, key, value in found]
        content, rest = excerpt.content, None if more is _NO_MORE else more
        values = self._escaped(finals)
        deferred = _deferred_values(deferred_urls, page)
        known = lambda url: resolved.get(url, "\x02")  # noqa: E731
        output = content + (rest or "")
        sound = (
            values is not None
            and deferred is not None
            and all(output.count(_TOKEN.format(n)) == 1 for n in range(len(links)))
            and all(output.count(_DEFERRED.format(n)) == 1 for n in range(len(deferred_urls)))
            and self._links(links, page, processors, known) == finals
        )
        if not sound or values is None or deferred is None:
            # Never expected; the view gets Material's own conversion.
            if more is not _NO_MORE:
                excerpt.more = more_before
            self._turn_off("an excerpt's links did not come out as expected", page, separator)
            return
        excerpt.content = _fill(content, values, deferred)
        was_cut = cut == [True]
        if was_cut:
            excerpt.more = _More(self, page, separator)
        elif rest is not None:
            excerpt.more = _fill(rest, values, deferred)
        if _state(md) != before:
            # This post has footnote references, highlighted code, tabs or critic
            # marks: their ids change from one conversion to the next, so it is
            # converted for each view.
            self.off = True
            return
        self.rendered = _Rendered(
            markdown=markdown,
            separator=separator,
            registries=registries,
            content=content,
            more=rest,
            toc_tokens=copy.deepcopy(getattr(md, "toc_tokens", [])),
            links=links,
            deferred=deferred_urls,
            cut=was_cut,
        )

    def more_for(self, page: Any, separator: str) -> str:
        """The excerpt's HTML after the separator on ``page``, from Material's own
        conversion (which changes no state: see ``_convert``), leaving the excerpt as it
        was."""
        excerpt = self.excerpt
        kept = excerpt.markdown, excerpt.content, excerpt.more, excerpt.toc
        self.original(page, separator)
        more = excerpt.more
        excerpt.markdown, excerpt.content, excerpt.more, excerpt.toc = kept
        self.speedups.excerpts_converted += 1
        return more if isinstance(more, str) else ""


# --- the build's speedups ---------------------------------------------------------------


class Speedups:
    """The speedups of one build (made anew in ``on_config``)."""

    def __init__(self, enabled: bool, versions: dict[str, str] | None = None) -> None:
        self.enabled = enabled
        self.excerpts_converted = 0
        self.excerpts_reused = 0
        self._said: set[str] = set()
        self.tenure = collector.Tenure()
        problem = version_problem(host_versions() if versions is None else versions)
        if enabled and problem is not None:
            self._off("all", f"speedups are off with {problem}; the site is built as without them")
            self.enabled = False

    def start(self) -> None:
        """At the start of the build: the collector speedup (``collector``)."""
        if not self.enabled:
            return
        problem = collector.problem_here()
        if problem is not None:
            self._off(
                "collector", f"speedups: garbage collection is left as it is, since {problem}"
            )
            return
        self.tenure.start()

    def end(self) -> None:
        """When the build ends or fails: the collector as it was (idempotent)."""
        self.tenure.stop()

    def _off(self, key: str, message: str) -> None:
        if key not in self._said:
            self._said.add(key)
            log.info(message + " (option speedups).")

    def excerpts_off(self, problem: str) -> None:
        self._off(
            "excerpts",
            "speedups: excerpts are converted again for each index page listing them, as "
            f"Material does, since {problem}",
        )

    def posts(self, blogs: Iterable[Any]) -> None:
        """Give each blog's posts the identity membership test (after Material's
        ``on_files``, which makes the list)."""
        if not self.enabled:
            return
        for blog in blogs:
            entry: Any = getattr(blog, "blog", None)
            posts: Any = getattr(entry, "posts", None)
            if isinstance(posts, PostList):
                continue
            problem = posts_problem(posts)
            if problem is not None:
                self._off(
                    "posts",
                    f"speedups: Material's post lookups are left as they are, since {problem}",
                )
                continue
            entry.posts = PostList(posts)

    def excerpt(self, page: Any) -> None:
        """Convert ``page``'s excerpt once for all views when possible (after
        Material's ``on_page_markdown``, which makes the excerpt)."""
        if not self.enabled or type(page) is not Post:
            return
        excerpt = page.excerpt
        if type(excerpt) is not Excerpt or "render" in vars(excerpt):
            return
        ExcerptMemo(excerpt, self).install()
