"""Feed descriptions: a post's excerpt rendered with the site's own Markdown extensions.

mkdocs-rss-plugin renders item descriptions from raw excerpt Markdown with no
extensions, so admonitions, callouts and attribute lists would reach readers as
literal ``!!!`` text. Instead we render the excerpt through the Markdown converter
Material's blog plugin already built for it (the site's extensions, link resolution
to other pages), and make every URL in it absolute, since a feed reader has no base.
"""

from __future__ import annotations

from urllib.parse import urljoin
from xml.etree.ElementTree import Element

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

URL_ATTRIBUTES = ("href", "src")


def absolute_url(base_url: str, url: str) -> str:
    """``url`` resolved against ``base_url``; absolute URLs and ``mailto:`` stay as they are."""
    return urljoin(base_url, url)


class FeedExcerptTreeprocessor(Treeprocessor):
    """Drops the leading title heading and makes every link and image URL absolute."""

    def __init__(self, md: Markdown, base_url: str) -> None:
        super().__init__(md)
        self.base_url = base_url

    def run(self, root: Element) -> None:
        first = next(iter(root), None)
        if first is not None and first.tag in {"h1", "h2"}:
            root.remove(first)
        for element in root.iter():
            for attribute in URL_ATTRIBUTES:
                value = element.get(attribute)
                if value is not None:
                    element.set(attribute, absolute_url(self.base_url, value))


def excerpt_source(markdown_text: str, title: str, separator: str, *, has_own_title: bool) -> str:
    """The Markdown of an excerpt: the text before ``separator`` (all of it when absent),
    led by a title heading that the tree processor drops again. As in Material's own
    excerpts, the title is added unless the post starts with its own ``# Title``; the
    heading is needed because Material's excerpt processor treats the first anchor as
    the title's."""
    head = markdown_text.split(separator, 1)[0]
    return head if has_own_title else f"# {title}\n\n{head}"


def render_feed_excerpt(md: Markdown, source: str, base_url: str) -> str:
    """Convert ``source`` with ``md`` plus a temporary feed tree processor.

    The processor is registered for this one conversion only, so ``md`` (shared with
    Material's index pages) is left exactly as it was found.
    """
    name = "stay_tuned_feed_excerpt"
    md.treeprocessors.register(FeedExcerptTreeprocessor(md, base_url), name, -100)
    try:
        return md.reset().convert(source)
    finally:
        md.treeprocessors.deregister(name)
        md.reset()
