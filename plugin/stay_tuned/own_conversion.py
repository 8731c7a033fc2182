"""Tree processors for a page's own conversion, and for no other.

Some of the plugin's work belongs in the conversion of the page itself and nowhere else:
the marker where a part's series box goes, the copy of a post's feed description. But
one build makes many converters from the same ``markdown_extensions``: Material's
excerpt converters, a converter another extension makes while the page is rendered.

``OwnConversionExtension`` is listed once in ``markdown_extensions``. The plugin ``add``s
processors in ``on_page_markdown``; they go to the first converter created after that,
and only to it: MkDocs creates the page's converter right after ``on_page_markdown``,
whereas Material's excerpt converters are created earlier. ``clear`` (in
``on_page_content``) drops what no converter took.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ProcessorFactory = Callable[[Markdown], Treeprocessor]


class OwnConversionExtension(Extension):
    def __init__(self) -> None:
        super().__init__()
        self._pending: list[tuple[ProcessorFactory, str, int]] = []

    def add(self, factory: ProcessorFactory, name: str, priority: int) -> None:
        """Register ``factory(md)`` as tree processor ``name`` at ``priority`` in the next
        converter created."""
        self._pending.append((factory, name, priority))

    def clear(self) -> None:
        """Forget processors no converter took."""
        self._pending = []

    def extendMarkdown(self, md: Markdown) -> None:
        pending, self._pending = self._pending, []
        for factory, name, priority in pending:
            md.treeprocessors.register(factory(md), name, priority)
