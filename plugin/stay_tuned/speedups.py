"""Speedups: work that Material's blog plugin repeats, removed without changing the site.

On a large blog most of the build is the host's own repeated work. This module removes
two kinds of it, each only where the result is provably what the host would compute:

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

The elements are checked again whenever the list changed (by identity, element by
element, at every test: a C loop over pointers, microseconds for thousands of posts).
What is not checked again is that a post keeps its ``file``: MkDocs and Material never
assign a page's ``file`` after making the page.

**Excerpts rendered for every view.** Material converts a post's Markdown again for
every index, archive and category page that lists it (``Excerpt.render``), with that
page as base: what differs from one view to the next is the links, made relative to the
view's URL by MkDocs' link processor and Material's excerpt processor. ``ExcerptMemo``
converts a post once per build and reuses the HTML for another view when:

- the Markdown converted and the separator are the same;
- every link of the excerpt comes out the same from that view: each link the first
  conversion resolved is resolved again, with the same MkDocs code, from the new view,
  and so is the link to the post itself; one difference and the post is converted again
  (``blog/page/2/`` and ``blog/page/3/`` usually give the same links, ``blog/`` not);
- the converter is unchanged (the same processors) and every processor in it is one
  this module knows to give the same HTML for the same text on every conversion
  (``STATELESS``); the few that keep state between conversions (footnote references,
  code block counters, ``STATEFUL``) are allowed only when the post's conversion left
  that state as it found it (the post has no footnote reference, no highlighted code).

Any unknown processor, another version of MkDocs or Material, or structures of other
types turn a speedup off for the build with one INFO line; the site is then built as
without it. Everything lives in objects made for one build (a blog's post list and
each post's excerpt are made anew by Material every build), so nothing survives a
``mkdocs serve`` rebuild.
"""

from __future__ import annotations

import copy
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import material
import mkdocs
from markdown import Markdown
from material.plugins.blog.structure import Excerpt, Post
from material.plugins.blog.structure.markdown import ExcerptTreeprocessor
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from stay_tuned.messages import log

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
        "markdown.extensions.smarty.SubstituteTextPattern",
        # The plugin's own: callouts render an excerpt from its text alone, the series
        # label is the same HTML on every conversion.
        "stay_tuned.callouts.extension._SourcePreprocessor",
        "stay_tuned.callouts.extension._MalformedBlockProcessor",
        "stay_tuned.callouts.extension._TitleTreeprocessor",
        "stay_tuned.callouts.extension._IdTreeprocessor",
        "stay_tuned.callouts.processors.OwnAdmonitionProcessor",
        "stay_tuned.callouts.processors.OwnDetailsProcessor",
        "stay_tuned.series.markdown.LabelTreeprocessor",
        # The two processors whose output depends on the view: checked link by link.
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


STATEFUL: dict[str, Callable[[Any], object]] = {
    "markdown.extensions.footnotes.FootnoteExtension": _footnote_state,
    "pymdownx.highlight.HighlightExtension": _highlight_state,
}
"""Extensions that keep state between conversions (Material never resets an excerpt's
converter): footnote references get new ids (``fnref2:1``) and highlighted code blocks
new numbers on each conversion. Their processors are allowed only when the post's
conversion left this state as it found it."""

STATEFUL_PROCESSORS = frozenset(
    {
        "markdown.extensions.footnotes.FootnoteBlockProcessor",
        "markdown.extensions.footnotes.FootnoteInlineProcessor",
        "markdown.extensions.footnotes.FootnoteTreeprocessor",
        "markdown.extensions.footnotes.FootnotePostTreeprocessor",
        "markdown.extensions.footnotes.FootnotePostprocessor",
        "pymdownx.highlight.HighlightTreeprocessor",
    }
)


def qualified_name(item: object) -> str:
    kind = type(item)
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


class PostList(list[Any]):
    """Material's ``blog.posts``, with a membership test by identity (see the module)."""

    def __init__(self, posts: Iterable[Any]) -> None:
        super().__init__(posts)
        self._seen: list[Any] = []
        self._members: set[int] = set()
        self._files: set[int] = set()
        self._sound = False
        self._check()

    def _check(self) -> None:
        self._seen = list(self)
        self._members = {id(post) for post in self}
        self._files = {id(getattr(post, "file", None)) for post in self}
        self._sound = all(type(post) is Post and _is_own_page(post) for post in self)

    def _changed(self) -> bool:
        return len(self) != len(self._seen) or not all(map(operator.is_, self, self._seen))

    @property
    def sound(self) -> bool:
        """Whether the identity test gives the list's own answer (see the module)."""
        if self._changed():
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


def _registries(md: Markdown) -> tuple[tuple[int, ...], ...]:
    """Every processor of ``md``, in order, by identity."""
    return tuple(tuple(map(id, registry)) for registry in _processor_registries(md))


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


@dataclass
class _Rendered:
    """One conversion of an excerpt and the links it depends on."""

    markdown: str
    separator: str
    registries: tuple[tuple[int, ...], ...]
    content: str
    more: str | None
    toc_tokens: list[Any]
    post_link: str
    """The post's URL relative to the view (Material's excerpt processor)."""
    links: list[tuple[str, str]] = field(default_factory=list)
    """Each URL MkDocs' link processor resolved, and what it made of it."""


_NO_MORE = object()


class ExcerptMemo:
    """Renders one post's excerpt for each view, converting it once when it can."""

    def __init__(self, excerpt: Any, speedups: Speedups) -> None:
        self.excerpt = excerpt
        self.speedups = speedups
        self.original: Callable[[Any, str], None] = excerpt.render
        self.renders: list[_Rendered] = []
        """This build's conversions of the excerpt, one for each way its links come out
        (views at different depths)."""
        self.off = False
        self.checked: tuple[tuple[int, ...], ...] | None = None
        """The processors last found known to the speedup, by identity."""

    def install(self) -> None:
        self.excerpt.render = self.render

    def _processors(self) -> tuple[Any, Any] | None:
        md = self.excerpt.md
        treeprocessors: Any = md.treeprocessors
        if "relpath" not in treeprocessors or "excerpt" not in treeprocessors:
            return None
        relpath, anchors = treeprocessors["relpath"], treeprocessors["excerpt"]
        if (
            qualified_name(relpath) != "mkdocs.structure.pages._RelativePathTreeprocessor"
            or getattr(relpath, "file", None) is not self.excerpt.file
            or not callable(getattr(relpath, "path_to_url", None))
            or type(anchors) is not ExcerptTreeprocessor
            or anchors.page is not self.excerpt.post
        ):
            return None
        return relpath, anchors

    def render(self, page: Any, separator: str) -> None:
        excerpt = self.excerpt
        post = excerpt.post
        markdown = post.markdown
        if not post._title_from_render:
            markdown = "\n\n".join([f"# {post.title}", markdown])
        processors = None if self.off else self._processors()
        if processors is None:
            self.original(page, separator)
            return
        relpath, anchors = processors
        registries = _registries(excerpt.md)
        for rendered in self.renders:
            if (
                rendered.markdown == markdown
                and rendered.separator == separator
                and rendered.registries == registries
                and self._same_links(rendered, relpath, page)
            ):
                # What `Excerpt.render` leaves behind, without converting again.
                anchors.base = page
                excerpt.markdown = markdown
                excerpt.content = rendered.content
                if rendered.more is not None:
                    excerpt.more = rendered.more
                excerpt.toc = get_toc(copy.deepcopy(rendered.toc_tokens))
                excerpt.file.url = post.url
                self.speedups.excerpts_reused += 1
                return
        new = self._convert(page, separator, markdown, registries, relpath)
        if new is not None:
            self.renders.append(new)

    def _same_links(self, rendered: _Rendered, relpath: Any, page: Any) -> bool:
        post = self.excerpt.post
        if get_relative_url(post.url, page.url) != rendered.post_link:
            return False
        file = self.excerpt.file
        file.url = page.url
        try:
            return all(relpath.path_to_url(url) == made for url, made in rendered.links)
        finally:
            file.url = post.url

    def _convert(
        self, page: Any, separator: str, markdown: str, registries: Any, relpath: Any
    ) -> _Rendered | None:
        """Material's own conversion, watched: what it made, and whether it may be reused."""
        excerpt = self.excerpt
        md = excerpt.md
        before = _state(md)
        links: list[tuple[str, str]] = []
        resolve = relpath.path_to_url

        def recorded(url: str) -> str:
            made: str = resolve(url)
            links.append((url, made))
            return made

        more_before, excerpt.more = excerpt.more, _NO_MORE
        relpath.path_to_url = recorded
        try:
            self.original(page, separator)
        finally:
            del relpath.path_to_url
            more = excerpt.more
            if more is _NO_MORE:
                excerpt.more = more_before
        self.speedups.excerpts_converted += 1
        # Checked once for each set of processors (the same on every conversion, as a rule).
        if registries != self.checked:
            problem = converter_problem(md)
            self.checked = registries
        else:
            problem = None
        if problem is not None:
            self.off = True
            self.speedups.excerpts_off(problem)
            return None
        if _state(md) != before:
            # This post has footnote references or highlighted code: their ids change
            # from one conversion to the next, so it is converted for each view.
            self.off = True
            return None
        return _Rendered(
            markdown=markdown,
            separator=separator,
            registries=registries,
            content=excerpt.content,
            more=None if more is _NO_MORE else more,
            toc_tokens=copy.deepcopy(getattr(md, "toc_tokens", [])),
            post_link=get_relative_url(excerpt.post.url, page.url),
            links=links,
        )


# --- the build's speedups ---------------------------------------------------------------


class Speedups:
    """The speedups of one build (made anew in ``on_config``)."""

    def __init__(self, enabled: bool, versions: dict[str, str] | None = None) -> None:
        self.enabled = enabled
        self.excerpts_converted = 0
        self.excerpts_reused = 0
        self._said: set[str] = set()
        problem = version_problem(host_versions() if versions is None else versions)
        if enabled and problem is not None:
            self._off("all", f"speedups are off with {problem}; the site is built as without them")
            self.enabled = False

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
