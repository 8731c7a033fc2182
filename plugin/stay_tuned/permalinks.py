"""The table of contents' permalinks ("¶" after a heading), as a site configures them.

Callouts get permalinks that look like the headings' ones, and the feed description
leaves both out: each reads the ``toc`` extension's settings of the converter here.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown import Markdown
from markdown.extensions.toc import TocExtension
from markdown.util import parseBoolValue

DEFAULT_TITLE = "Permanent link"


@dataclass(frozen=True)
class PermalinkStyle:
    symbol: str = "¶"
    """The link's text (``permalink: "#"`` gives ``#``)."""
    title: str = DEFAULT_TITLE
    """Its ``title`` attribute; empty: none."""
    css: str = "headerlink"
    """Its class."""


def permalink_style(md: Markdown) -> PermalinkStyle:
    """The permalinks of ``md``'s ``toc`` extension (the defaults without one)."""
    style = PermalinkStyle()
    for extension in md.registeredExtensions:
        if isinstance(extension, TocExtension):
            configured = extension.getConfig("permalink")
            style = PermalinkStyle(
                # `permalink: true` gives the default symbol; a string is the symbol.
                symbol=str(configured) if parseBoolValue(configured, False) is None else "¶",
                title=str(extension.getConfig("permalink_title") or ""),
                css=str(extension.getConfig("permalink_class") or "headerlink"),
            )
    return style
