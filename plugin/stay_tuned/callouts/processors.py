"""Admonition and details processors that accept only the callout types.

A site that does not list ``admonition`` (or ``pymdownx.details``) writes ``!!! note``
and ``??? tip`` lines that show as text. Adding the plugin must not turn them into
boxes, yet ``!!! strategy "Title"`` must work on that site too. These processors are
Python-Markdown's ``AdmonitionProcessor`` and pymdownx's ``DetailsProcessor``, with
their own patterns and code, restricted to openers whose type is a callout type and to
the indented text that continues a callout they made. Every other ``!!!``/``???``
line, and the text after another element, is left to the rest of the parser, as
without the plugin. The callouts extension registers them (``admonition`` and
``details`` options) in place of the full extensions, which the site did not ask for.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Container
from typing import Any

from markdown import Markdown
from markdown.blockparser import BlockParser
from markdown.extensions.admonition import AdmonitionProcessor
from pymdownx.details import DetailsProcessor
from pymdownx.saneheaders import SaneHeadersProcessor

TypeNames = Callable[[], Container[str]]
"""The callout type names in effect (read at each use: the extension's config)."""


def admonition_type(match: re.Match[str]) -> str:
    """The type of an ``AdmonitionProcessor.RE`` match, as that processor reads it: the
    first word, lower-cased (``!!! Strategy inline "T"`` gives ``strategy``)."""
    return match.group(1).lower().split()[0]


def details_type(match: re.Match[str]) -> str:
    """The type of a ``DetailsProcessor.START`` match, as that processor reads it: the
    first class word, lower-cased; ``""`` for a title without a type (``??? "T"``)."""
    words = (match.group(4) or match.group(2) or "").lower().split()
    return words[0] if words else ""


def first_own_match(
    pattern: re.Pattern[str],
    block: str,
    type_of: Callable[[re.Match[str]], str],
    types: TypeNames,
) -> re.Match[str] | None:
    """The first opener of ``pattern`` in ``block`` whose type is one of ``types()``
    (asked only when there is an opener: most blocks have none).

    The patterns start with ``(?:^|\\n)`` and end by taking the line's ``\\n``, so each
    search starts one character into the previous match: adjacent openers are all
    seen, each once."""
    position = 0
    while (match := pattern.search(block, position)) is not None:
        if type_of(match) in types():
            return match
        position = match.start() + 1
    return None


def _own_box(element: etree.Element | None, tag: str, types: TypeNames) -> bool:
    """Whether ``element`` is a callout box made by one of these processors: a ``div``
    of classes ``admonition <type> ...`` or a ``details`` of classes ``<type> ...``."""
    if element is None or element.tag != tag:
        return False
    classes = (element.get("class") or "").split()
    if tag == "div":
        return classes[:1] == ["admonition"] and len(classes) > 1 and classes[1] in types()
    return bool(classes) and classes[0] in types()


class OwnAdmonitionProcessor(AdmonitionProcessor):
    """``!!! <callout type>`` boxes only: other types stay text."""

    def __init__(self, parser: BlockParser, types: TypeNames) -> None:
        super().__init__(parser)
        self.types = types

    def parse_content(
        self, parent: etree.Element, block: str
    ) -> tuple[etree.Element | None, str, str]:
        # Indented text continues only a callout box made here.
        if self.current_sibling is None and not _own_box(self.lastChild(parent), "div", self.types):
            return None, block, ""
        return super().parse_content(parent, block)

    def test(self, parent: etree.Element, block: str) -> bool:
        if first_own_match(self.RE, block, admonition_type, self.types) is not None:
            return True
        if self.RE.search(block) is not None:
            # An opener of another type: text, as without admonition (any indented
            # lines before it are then left to the code block processor, as admonition
            # itself would do).
            return False
        return super().test(parent, block)

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        own = first_own_match(self.RE, blocks[0], admonition_type, self.types)
        if own is not None and own.start() > 0:
            # What comes before the callout (maybe another type's opener) is parsed on
            # its own first; admonition does the same with the text before an opener.
            self.parser.parseBlocks(parent, [blocks[0][: own.start()]])
            blocks[0] = blocks[0][own.start() :]
        super().run(parent, blocks)


class OwnDetailsProcessor(DetailsProcessor):  # type: ignore[misc]  # pymdownx is untyped
    """``???``/``???+ <callout type>`` boxes only: other types stay text."""

    def __init__(self, parser: BlockParser, types: TypeNames) -> None:
        super().__init__(parser)
        self.types = types

    def parse_content(self, parent: etree.Element, block: str) -> Any:
        if self.current_sibling is None and not _own_box(
            self.lastChild(parent), "details", self.types
        ):
            return None, block, ""
        return super().parse_content(parent, block)

    def test(self, parent: etree.Element, block: str) -> bool:
        if first_own_match(self.START, block, details_type, self.types) is not None:
            # The parent's test: it also stops short of the nesting limit.
            return bool(super().test(parent, block))
        if self.START.search(block) is not None:
            return False
        return bool(super().test(parent, block))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        own = first_own_match(self.START, blocks[0], details_type, self.types)
        if own is not None and own.start() > 0:
            self.parser.parseBlocks(parent, [blocks[0][: own.start()]])
            blocks[0] = blocks[0][own.start() :]
        super().run(parent, blocks)


def uses_sane_headers(md: Markdown) -> bool:
    """Whether ``md`` parses headings with pymdownx.saneheaders: a details summary then
    reads ``#Title`` as text, as ``DetailsExtension.reset`` decides for its processor."""
    processors = md.parser.blockprocessors
    if "hashheader" not in processors:
        return False
    return isinstance(processors["hashheader"], SaneHeadersProcessor)
