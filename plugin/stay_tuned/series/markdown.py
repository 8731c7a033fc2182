"""Placing series elements right under a post's title, with Python-Markdown processors.

Two places need it, and neither can be found in Markdown text without parsing it:

- the post page: the series box goes right after the title heading. MkDocs takes the
  page title from a leading ``<h1>`` only, so nothing may go before it. The processor
  leaves a marker comment there; the box itself is rendered in ``on_page_context``,
  after search has indexed the page (so neither search nor Material's reading time,
  computed from the HTML before that, counts it);
- the post's excerpt (blog index, archive and category pages, feeds): a small
  "Part 2 of 5 · <series>" label right after the excerpt's title, stashed as raw HTML
  the way Python-Markdown stashes any raw HTML block. Material converts the excerpt
  again for every page that shows it, at different depths (``blog/``,
  ``blog/page/2/``, ``blog/category/x/``), so the label is rendered anew in each
  conversion: its link to the series page is relative to the page being built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from stay_tuned.speedups import defer_link

BOX_MARKER = "stay-tuned:series-box"
"""Text of the HTML comment that marks where the series box goes in a post's HTML."""

BOX_MARKER_HTML = f"<!--{BOX_MARKER}-->"

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

# After toc (5), Material's excerpt links (0) and MkDocs' link and title processors
# (0, 1): they never see our element. Before the feed excerpt processor (-100), which
# drops a leading title.
PRIORITY = -10


def insert_after_title(root: etree.Element, element: etree.Element[Any]) -> None:
    """Put ``element`` right after the document's leading heading, or first when the
    document does not start with one."""
    first = next(iter(root), None)
    at = 1 if first is not None and first.tag in HEADINGS else 0
    root.insert(at, element)


BOX_MARKER_NAME = "stay_tuned_box"


class BoxMarkerTreeprocessor(Treeprocessor):
    """Marks where a post's series box goes. Added to a part's own conversion only
    (``stay_tuned.own_conversion``): excerpts never get a box."""

    def run(self, root: etree.Element) -> None:
        insert_after_title(root, etree.Comment(BOX_MARKER))


LabelHtml = Callable[[], str]
"""The label's HTML for the conversion under way (its links relative to the page that
shows the excerpt)."""


class LabelTreeprocessor(Treeprocessor):
    """Adds rendered label HTML right after an excerpt's title."""

    def __init__(self, md: Markdown, html: LabelHtml) -> None:
        super().__init__(md)
        self.html = html

    def run(self, root: etree.Element) -> None:
        paragraph = etree.Element("p")
        # A <p> holding only a placeholder is replaced by the stashed block-level HTML.
        paragraph.text = self.md.htmlStash.store(self.html().strip())
        insert_after_title(root, paragraph)


def add_label(md: Markdown, html: LabelHtml) -> None:
    """Show ``html()`` (a block-level element, asked for in each conversion) under the
    title in everything ``md`` converts: ``md`` is a post's own excerpt converter."""
    md.treeprocessors.register(LabelTreeprocessor(md, html), "stay_tuned_label", PRIORITY)


def deferred_link(md: Markdown, url: str) -> str | None:
    """A link to the site-relative ``url`` that the blog rebases for each page showing
    the excerpt converted by ``md``, or ``None`` when its blog does not defer links.

    Material converts an excerpt again for each page that shows it, so a link rendered
    relative to that page is right, unless the excerpt speedup converts it once, with
    the links as tokens it fills for each page (``speedups.defer_link``). MaterialX
    converts it once, against the post's URL, with links held as placeholders its
    ``relpath`` tree processor records (``references``: placeholder to URL, query,
    anchor) and turns into links relative to each page afterwards; a link of ours joins
    them."""
    if "relpath" not in md.treeprocessors:
        return None
    processor = md.treeprocessors["relpath"]
    references = getattr(processor, "references", None)
    reference_id = getattr(processor, "reference_id", None)
    if not isinstance(references, dict) or not isinstance(reference_id, str):
        # Material, when the excerpt speedup converts it once for all pages.
        return defer_link(md, url)
    token = f"mkxexcerpt-path-{reference_id}://{len(references)}"
    references[token] = (url, "", "")
    return token
