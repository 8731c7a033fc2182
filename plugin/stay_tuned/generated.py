"""Pages the plugin generates (series pages, the strategy library).

A generated page gets a real source file in a temporary folder, as Material's blog does
for its archive and category views: other plugins (mkdocs-rss-plugin with a broad
``match_path``, git-date plugins) read ``file.abs_src_path`` of every page and fail on
a page that has none. The folder belongs to one build and is removed after it.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from material.plugins.blog.structure import View
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

GENERATED_BY = "stay-tuned"
"""``File.generated_by`` of the plugin's generated pages."""


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

    def file(
        self,
        config: MkDocsConfig,
        src_uri: str,
        markdown: str,
        *,
        inclusion: InclusionLevel = InclusionLevel.UNDEFINED,
    ) -> File:
        """A documentation page at ``src_uri`` whose source is ``markdown``."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="stay-tuned-"))
        source = self._folder / src_uri
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text(markdown, encoding="utf-8")
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
