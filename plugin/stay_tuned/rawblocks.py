"""Raw HTML blocks in a Python-Markdown tree (the excerpt separator, marker comments).

Python-Markdown stashes a raw HTML block (``<!-- more -->``) and leaves a ``<p>`` holding
only its placeholder in the tree; the block comes back in a postprocessor. Tree
processors that need to know where such a block is (where an excerpt ends, say) look
the placeholder up in the stash.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Sequence

from markdown import Markdown
from markdown.util import HTML_PLACEHOLDER_RE


def raw_block(md: Markdown, element: etree.Element) -> str | None:
    """The raw HTML block ``element`` stands for, or ``None`` when it is not one."""
    if element.tag != "p" or len(element) or not element.text:
        return None
    match = HTML_PLACEHOLDER_RE.fullmatch(element.text.strip())
    if match is None:
        return None
    at = int(match.group(1))
    stash = md.htmlStash.rawHtmlBlocks
    raw = stash[at] if at < len(stash) else None
    return raw if isinstance(raw, str) else None


def before_separator(
    md: Markdown, children: Sequence[etree.Element], separator: str
) -> list[etree.Element]:
    """The elements of ``children`` before the excerpt separator (Material's
    ``post_excerpt_separator``, a raw HTML block such as ``<!-- more -->``): all of them
    when there is none."""
    separator = separator.strip()
    if separator:
        for index, child in enumerate(children):
            raw = raw_block(md, child)
            if raw is not None and raw.strip() == separator:
                return list(children[:index])
    return list(children)
