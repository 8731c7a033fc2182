"""Feed descriptions: a post's excerpt as HTML, with the site's own Markdown extensions.

mkdocs-rss-plugin renders item descriptions from raw excerpt Markdown with no
extensions, so admonitions, callouts and attribute lists would reach readers as
literal ``!!!`` text. Instead the description is taken from the post's own conversion
(the site's extensions, links to other pages resolved): a tree processor running last
copies what comes before the excerpt separator, without the title heading, the
permalinks and the plugin's marker comments, makes every URL in it absolute (a feed
reader has no base), and serializes the copy the way Python-Markdown serializes a
document. The processor is added to the post's own converter only
(``stay_tuned.own_conversion``). Converting the excerpt a second time would cost as
much as a small page.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from urllib.parse import urljoin

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from stay_tuned import rawblocks
from stay_tuned.own_conversion import OwnConversionExtension
from stay_tuned.permalinks import permalink_style

URL_ATTRIBUTES = ("href", "src")

NAME = "stay_tuned_feed_excerpt"

PRIORITY = -200
"""After every other tree processor (MkDocs' link resolution is at 0, the series box
marker at -10): the copy is the HTML the page gets."""


def absolute_url(base_url: str, url: str) -> str:
    """``url`` resolved against ``base_url``; absolute URLs and ``mailto:`` stay as they are."""
    return urljoin(base_url, url)


@dataclass(frozen=True)
class Request:
    """What the description of the post being converted needs."""

    base_url: str
    """The post's absolute URL: links and images are resolved against it."""
    separator: str
    """Material's ``post_excerpt_separator``: the description ends there (it is the
    whole post when the separator is absent)."""
    label: str | None = None
    """HTML shown first (the series label, "Part 2 of 5 · <series>")."""


def _is_marker(md: Markdown, element: etree.Element) -> bool:
    """An HTML comment: the plugin's marker for the series box (a comment node) or the
    Key takeaways box (a stashed raw block), or an author's comment."""
    if not isinstance(element.tag, str):  # etree.Comment, processing instructions
        return True
    raw = rawblocks.raw_block(md, element)
    return raw is not None and raw.lstrip().startswith("<!--")


def _remove(parent: etree.Element, child: etree.Element) -> None:
    """Remove ``child``, keeping the text that follows it."""
    if child.tail:
        at = list(parent).index(child)
        if at:
            previous = parent[at - 1]
            previous.tail = (previous.tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


def excerpt_html(md: Markdown, root: etree.Element, request: Request) -> str:
    """The description of the document ``md`` has converted into ``root`` (not changed)."""
    head = rawblocks.before_separator(md, list(root), request.separator)
    if head and head[0].tag == "h1":
        head = head[1:]  # the title: the feed item has its own
    wrapper = etree.Element("div")
    if request.label:
        label = etree.SubElement(wrapper, "p")
        # Stashed like any raw HTML block; the postprocessors below put it back.
        label.text = md.htmlStash.store(request.label.strip())
        label.tail = "\n"
    for child in head:
        if not _is_marker(md, child):
            wrapper.append(copy.deepcopy(child))
    permalink = permalink_style(md).css  # headings' and callouts' permalinks
    for parent in list(wrapper.iter()):
        for child in list(parent):
            if child.tag == "a" and permalink in (child.get("class") or "").split():
                _remove(parent, child)
    for element in wrapper.iter():
        for attribute in URL_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None:
                element.set(attribute, absolute_url(request.base_url, value))
    output = md.serializer(wrapper)
    # As Markdown.convert does with its own root: drop the wrapper's tags.
    output = output[len("<div>") : -len("</div>")] if output.startswith("<div>") else ""
    for processor in md.postprocessors:
        output = processor.run(output)
    return output.strip()


class FeedExcerptTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, request: Request, excerpt: FeedExcerpt) -> None:
        super().__init__(md)
        self.request = request
        self.excerpt = excerpt

    def run(self, root: etree.Element) -> None:
        self.excerpt.result = excerpt_html(self.md, root, self.request)


class FeedExcerpt:
    """The description of the post being converted: ``request``ed for the post's own
    conversion in ``on_page_markdown``, ``take``n in ``on_page_content``."""

    def __init__(self) -> None:
        self.result: str | None = None

    def request(self, own_conversion: OwnConversionExtension, request: Request) -> None:
        self.result = None

        def processor(md: Markdown) -> Treeprocessor:
            return FeedExcerptTreeprocessor(md, request, self)

        own_conversion.add(processor, NAME, PRIORITY)

    def take(self) -> str | None:
        """The description of the post just converted (``None`` when none was
        requested), once."""
        result, self.result = self.result, None
        return result
