"""Pages the plugin generates (series pages, the strategy library).

A generated page gets a real source file in a temporary folder, as Material's blog does
for its archive and category views: other plugins (mkdocs-rss-plugin with a broad
``match_path``, git-date plugins) read ``file.abs_src_path`` of every page and fail on
a page that has none. The folder belongs to one build and is removed after it, whether
the build succeeds or fails; a build also removes any folder that a build of a process
no longer running left behind.

Everything an author or a site writes reaches these pages as text: the source starts
with the plugin's own (empty) front matter, so a series description that starts with a
``---`` block stays Markdown instead of becoming the page's front matter; a title
written into the Markdown becomes character references (``markdown_text``); and a
page's title is a ``PageTitle``, which MkDocs' and Material's templates print as text
whatever filter they apply.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import tempfile
from pathlib import Path

from markupsafe import Markup, escape
from material.plugins.blog.structure import View
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from stay_tuned.errors import StayTunedError

GENERATED_BY = "stay-tuned"
"""``File.generated_by`` of the plugin's generated pages."""


TEMP_PREFIX = "stay-tuned-"
"""Prefix of the temporary folders holding generated pages' sources."""

FRONT_MATTER = "---\n{}\n---\n\n"
"""The empty front matter every generated source starts with: MkDocs reads front matter
only at the very start of a file, so whatever follows (a series description that starts
with a ``---`` block, or with ``key: value`` lines) stays the page's Markdown."""


class _StripTagsTitle(str):
    """What Jinja's ``striptags`` filter receives from a ``PageTitle`` (its
    ``__html__``): ``striptags`` strips tags from ``str()`` of it and then unescapes
    the entities, so ``str()`` is the escaped title escaped once more, and the filter
    gives back the escaped title. ``__html__`` (for ``Markup()``) is the escaped title."""

    def __str__(self) -> str:
        return str(escape(str.__str__(self)))

    def __html__(self) -> str:
        return str.__str__(self)


class PageTitle(Markup):
    """The title of a generated page (or navigation section), made from any text with
    ``page_title(text)``: it shows as that text in every place MkDocs and Material print
    a page title, through every filter they use there.

    - ``{{ page.title }}`` (navigation, header, footer, breadcrumbs; MkDocs' templates
      are not autoescaped) prints ``str()``: the escaped text.
    - ``{{ page.title | e }}`` (the footer's ``aria-label``) and autoescaped templates
      call ``escape()``, which keeps a ``Markup`` as it is: the escaped text, once.
    - ``{{ page.title | striptags }}`` (Material's ``<title>``) unescapes after stripping
      tags; it reads the title through ``__html__``, which gives it the text escaped
      twice, so the result is the escaped text again.

    A plain escaped string would be escaped twice by ``| e`` (``Love &amp;amp; Trust``)
    and unescaped into live markup by ``striptags`` (``</title><script>``). Only
    ``| safe`` (``Markup(title)``), which no theme applies to a title, prints it escaped
    twice.
    """

    # Markup's own `__html__` returns the object itself; Jinja only needs a string.
    def __html__(self) -> str:  # type: ignore[override]
        return _StripTagsTitle(str.__str__(self))


def page_title(text: str) -> PageTitle:
    """``text`` (plain, as the author wrote it) as a generated page's title."""
    return PageTitle(escape(text))


def markdown_text(text: str) -> str:
    """``text`` as Markdown inline content that renders as exactly that text (for a
    heading of a generated page): every ASCII character that is not a letter, a digit
    or a space becomes a character reference (``&#60;``), which Python-Markdown passes
    through untouched, so no inline syntax (``*``, ``<tag>``, ``[link]``, ``{: attr}``,
    ``:emoji:``) and no HTML can form. Whitespace (a newline too) becomes a space."""
    return "".join(
        " "
        if char.isspace()
        else char
        if char.isalnum() or not char.isascii()
        else f"&#{ord(char)};"
        for char in text
    )


def remove_stale_folders() -> None:
    """Delete the generated pages' folders that builds of processes no longer running
    left in the temporary directory (a ``mkdocs serve`` killed mid-build). A folder of a
    running process is left alone: it may be another build's, under way."""
    for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        owner = _owner(folder)
        if owner is not None and not _running(owner):
            shutil.rmtree(folder, ignore_errors=True)


_MARKER = ".stay-tuned-generated"
"""A file marking a temporary folder as the plugin's, holding the id of the process that
made it, so that cleaning up never deletes someone else's folder that happens to share
the prefix, nor the folder of a build under way in another process."""


def _owner(folder: Path) -> int | None:
    try:
        return int((folder / _MARKER).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # pragma: no cover - exists, owned by another user
        return True
    return True


def is_generated(page: Page) -> bool:
    """Whether ``page`` is one the plugin generated."""
    return page.file.generated_by == GENERATED_BY


def chain_end(page: Page) -> Page:
    """The page after which generated pages join the footer's previous/next links:
    ``page`` (the last page of the blog's navigation section, its index), followed past
    the views Material's blog plugin chained right after it (archive, categories,
    authors) and the pages this plugin chained before. So the footer reaches the series
    pages and then the strategy library after Material's views, in the order the
    sidebar lists them, rather than each section jumping in right after the index."""
    seen = {id(page)}
    while (after := page.next_page) is not None and id(after) not in seen:
        if not (isinstance(after, View) or is_generated(after)):
            break
        seen.add(id(after))
        page = after
    return page


class GeneratedPages:
    """Source files of one build's generated pages."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._folders: set[str] = set()
        """Folders made under ``_folder`` so far (each page's, made once)."""

    def file(
        self,
        config: MkDocsConfig,
        src_uri: str,
        markdown: str,
        *,
        inclusion: InclusionLevel = InclusionLevel.UNDEFINED,
    ) -> File:
        """A documentation page at ``src_uri`` whose source is ``markdown`` (after the
        plugin's own empty front matter)."""
        # The folder is new and holds only what this build writes (no symbolic links),
        # so a path inside it is one that stays inside once normalized.
        normalized = posixpath.normpath(src_uri)
        if posixpath.isabs(normalized) or normalized == ".." or normalized.startswith("../"):
            raise StayTunedError(
                f"stay-tuned: a generated page would be written outside its folder: {src_uri}"
            )
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
            (self._folder / _MARKER).write_text(str(os.getpid()), encoding="ascii")
            self._folders = set()
        source = self._folder / normalized
        parent = posixpath.dirname(normalized)
        if parent not in self._folders:
            source.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(parent)
        source.write_text(FRONT_MATTER + markdown, encoding="utf-8")
        file = File(
            src_uri,
            src_dir=str(self._folder),
            dest_dir=config.site_dir,
            use_directory_urls=config.use_directory_urls,
            inclusion=inclusion,
        )
        file.generated_by = GENERATED_BY
        return file

    def remove(self) -> None:
        """Delete the source files (after the build has read them)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def attach_after_blog(anchor: Page, item: Section | Page, nav: Navigation) -> None:
    """Put ``item`` (a section, or a single page) after the siblings of ``anchor`` (the
    blog's index) in the navigation, the way Material's blog plugin attaches its archive
    and category views, and chain its pages into the previous/next links after those
    views (and after the pages this plugin attached before)."""
    parent = anchor.parent
    siblings = parent.children if isinstance(parent, Section) else nav.items
    last = next((child for child in reversed(siblings) if isinstance(child, Page)), None)
    tail = chain_end(last) if last is not None else None
    item.parent = parent
    siblings.append(item)
    if isinstance(item, Section):
        pages = [child for child in item.children if isinstance(child, Page)]
        owner: Section | None = item
    else:
        pages, owner = [item], parent if isinstance(parent, Section) else None
    if not pages:
        return
    head = tail.next_page if tail is not None else None
    chain: list[Page | None] = [tail, *pages, head]
    for before, page, after in zip(chain, chain[1:], chain[2:], strict=False):
        assert page is not None
        page.parent = owner
        page.previous_page = before
        page.next_page = after
    if tail is not None:
        tail.next_page = pages[0]
    if head is not None:
        head.previous_page = pages[-1]
    at = nav.pages.index(tail) + 1 if tail in nav.pages else len(nav.pages)
    nav.pages[at:at] = pages
