"""The Python-Markdown extension behind callouts (``stay_tuned.callouts``).

Authors write admonition syntax (``!!! strategy "Title"``, ``??? strategy``,
``???+ strategy``), parsed by Python-Markdown's ``admonition`` and pymdownx's
``details``: a site without this plugin still shows ordinary admonitions. A site that
does not list those extensions gets processors made from them that accept the callout
types only (options ``admonition`` and ``details``, module ``processors``): its other
``!!!``/``???`` lines stay text, as before it added the plugin. On top of them this
extension

- protects each callout title as text (before inline processing, so ``<``, ``&`` and
  quotes are never markup), numbers callouts of numbered types in page order and builds
  the title: "Strategy 1 · Practice Active Listening" (``_TitleTreeprocessor``);
- gives each callout an id made from its type and title, unique within the page and
  handed out in page order, a permalink, and reports the page's callouts to its host,
  which may return a "Key takeaways" box to insert (``_IdTreeprocessor``);
- warns about lines that start like a callout of one of its types (``!!!`` or ``???``,
  then the type's name) but that the admonition and details processors did not accept,
  leaving their text on the page (``_MalformedBlockProcessor``). Broken admonitions of
  other types (``!!! note “Curly”``) are the site's own business: no warning, as
  without the plugin;
- reports admonitions whose type is a near miss of a callout type (``!!! stratgy``,
  ``??? benifit``), boxes and text alike, with the type meant (``text.misspelt_type``;
  never Material's own types). These ``misspelt`` problems are the host's to keep or
  drop: the plugin reports them only on a site that writes callouts.

All state is per document: a ``_Document`` is made at the start of every conversion.
"""

from __future__ import annotations

import functools
import html
import xml.etree.ElementTree as etree
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from stay_tuned import rawblocks
from stay_tuned.callouts import text
from stay_tuned.callouts.processors import (
    OwnAdmonitionProcessor,
    OwnDetailsProcessor,
    uses_sane_headers,
)
from stay_tuned.callouts.types import BUILTIN_TYPES, MODIFIER_CLASSES, STRATEGY, CalloutType
from stay_tuned.permalinks import PermalinkStyle, permalink_style

EXTENSION_NAME = "stay_tuned.callouts"
"""The name sites (and the plugin) list in ``markdown_extensions``."""

REPORT_ATTRIBUTE = "stay_tuned_callouts"
"""Attribute of the ``Markdown`` instance holding the last document's ``CalloutReport``."""

SYNTAX_HELP = (
    "write the type, then the title in double quotes, then the text indented by 4 spaces:\n"
    '!!! strategy "Practice Active Listening"\n'
    "    Give your partner your full attention."
)


@dataclass(frozen=True, slots=True)
class Callout:
    """One callout of a converted page, in page order."""

    type: str
    title: str
    """What the reader sees as its name: the author's title, or the default title
    ("Strategy 3" for an untitled strategy, "Benefit" for an untitled benefit)."""
    id: str
    number: int | None = None
    """Position among the page's callouts of the same numbered type (1-based)."""
    titled: bool = True
    summary: str = ""
    """First sentence of its text, as plain text."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Something the author should fix; ``line`` counts from the start of the Markdown
    that was converted (1-based), ``None`` when it could not be found."""

    line: int | None
    message: str
    misspelt: bool = False
    """An admonition whose type is a near miss of a callout type (``!!! stratgy``): the
    plugin reports these only on a site that writes callouts (see ``callouts.site``)."""


@dataclass
class CalloutReport:
    """What one conversion found."""

    source: str
    callouts: list[Callout] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def of_type(self, name: str) -> list[Callout]:
        return [c for c in self.callouts if c.type == name]


class Host(Protocol):
    """Who uses the extension (the plugin's per-build state): told about each document,
    and asked for a Key takeaways box (HTML, or ``None`` for none)."""

    def document_done(self, report: CalloutReport) -> None: ...

    def takeaways(self, callouts: Sequence[Callout], span_words: int = 0) -> str | None: ...


class NullHost:
    """The host when the extension is used on its own: nothing is collected."""

    def document_done(self, report: CalloutReport) -> None:
        return None

    def takeaways(self, callouts: Sequence[Callout], span_words: int = 0) -> str | None:
        return None


def default_types() -> dict[str, CalloutType]:
    """The built-in types with their English default titles."""
    from stay_tuned import i18n

    labels = i18n.labels_for("en")
    return {t.name: t.resolve(labels) for t in BUILTIN_TYPES}


@dataclass(slots=True)
class _Found:
    element: etree.Element
    title_element: etree.Element
    type: CalloutType
    title: str
    titled: bool
    number: int | None


class _Document:
    """Everything one conversion knows. Made anew for every ``convert()``."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._located: set[int] = set()
        self._flagged: set[str] = set()
        self.found: list[_Found] = []
        self.numbers: dict[str, int] = {}
        self.problems: list[Problem] = []

    @functools.cached_property
    def lines(self) -> list[str]:
        """The source's lines, split only when a warning needs a line number."""
        return self.source.split("\n")

    def locate(self, matches: Callable[[str], bool]) -> int | None:
        """The first line (1-based) not located before that ``matches``, or ``None``.

        Python-Markdown does not track line numbers; a callout's opening line is
        matched against the source lines in page order instead."""
        for index, line in enumerate(self.lines):
            if index not in self._located and matches(line):
                self._located.add(index)
                return index + 1
        return None

    def flag(self, line_text: str, message: str, *, misspelt: bool = False) -> None:
        """Report ``line_text`` once, even when nested parsing shows it again."""
        stripped = line_text.strip()
        line = self.locate(lambda source: source.strip() == stripped)
        if line is None and stripped in self._flagged:
            return
        self._flagged.add(stripped)
        self.problems.append(Problem(line, message, misspelt))


class _Session:
    """Ties the processors of one ``Markdown`` instance to the current document."""

    def __init__(self, extension: CalloutsExtension, md: Markdown) -> None:
        self.extension = extension
        self.md = md
        self.document = _Document("")
        self.details: OwnDetailsProcessor | None = None
        """Our details processor, when the extension parses ``???`` itself."""

    @property
    def types(self) -> Mapping[str, CalloutType]:
        types: Mapping[str, CalloutType] = self.extension.getConfig("types") or {}
        return types or default_types()

    @property
    def host(self) -> Host:
        host: Host = self.extension.getConfig("host")
        return host

    @property
    def excerpt(self) -> bool:
        return bool(self.extension.getConfig("excerpt"))

    def scope(self, root: etree.Element) -> list[etree.Element]:
        """The top-level elements whose callouts this conversion renders: all of them,
        but in an excerpt only those before the excerpt separator. Material converts a
        whole post for each index page its excerpt appears on, and drops everything
        from the separator on: callouts there are never seen."""
        children = list(root)
        if not self.excerpt:
            return children
        separator = str(self.extension.getConfig("excerpt_separator") or "")
        return rawblocks.before_separator(self.md, children, separator)


def opener_words(line: str) -> list[str] | None:
    """The words after ``!!!``, ``???`` or ``???+`` at the start of ``line``, or ``None``
    when the line does not start like a callout."""
    for marker in ("???+", "!!!", "???"):
        if line.startswith(marker):
            return line[len(marker) :].split()
    return None


class _SourcePreprocessor(Preprocessor):
    """Starts a new document: keeps its lines, for line numbers in warnings."""

    def __init__(self, md: Markdown, session: _Session) -> None:
        super().__init__(md)
        self.session = session

    def run(self, lines: list[str]) -> list[str]:
        self.session.document = _Document("\n".join(lines))
        return lines


def meant_as_callout(line: str, type_names: Container[str]) -> bool:
    """Whether ``line`` opens like a callout of one of ``type_names``: ``!!!``, ``???``
    or ``???+``, then a word naming the type (``text.opener_type``: quoted or not, any
    case). Only such lines are worth a warning when admonition and details did not
    accept them; ``!!! note “Curly”`` or ``!!! "Only a title"`` are text with or
    without the plugin, and a site that adds it gets no new warning for them."""
    words = opener_words(line)
    if not words:
        return False
    return text.opener_type(words[0]) in type_names


def misspelt_opener(line: str, type_names: Iterable[str]) -> tuple[str, str, str] | None:
    """``(marker, written, meant)`` when ``line`` opens an admonition (``!!!``, ``???``,
    ``???+``) whose type is a near miss of a callout type (``text.misspelt_type``):
    ``!!! stratgy "Title"`` gives ``("!!!", "stratgy", "strategy")``."""
    words = opener_words(line)
    if not words:
        return None
    written = text.opener_type(words[0])
    meant = text.misspelt_type(written, type_names)
    if meant is None:
        return None
    marker = line[: len(line) - len(line.lstrip("!?+"))]
    return marker, written, meant


def misspelt_message(marker: str, written: str, meant: str, *, shown_as: str) -> str:
    return (
        f"the admonition type '{written}' is not a callout type: did you mean '{meant}'? "
        f"As written it shows as {shown_as}, not as a {meant} callout (not numbered, "
        f'not in Key takeaways or the strategy library); write: {marker} {meant} "Title"'
    )


class _MalformedBlockProcessor(BlockProcessor):
    """Finds lines that open like a callout of one of the extension's types but that
    neither the admonition nor the details processor accepted (they run first). It only
    reports them: returning ``False`` hands the block on, so the author's text is
    rendered as it was written."""

    def __init__(self, parser: Any, session: _Session) -> None:
        super().__init__(parser)
        self.session = session

    def _meant(self, block: str) -> list[str]:
        types = self.session.types
        return [line for line in block.split("\n") if meant_as_callout(line, types)]

    def _misspelt(self, block: str) -> list[tuple[str, str, str, str]]:
        """Lines left as text that open an admonition of a near-miss type: ``(line,
        marker, written, meant)``."""
        types = self.session.types
        found = []
        for line in block.split("\n"):
            miss = misspelt_opener(line, types)
            if miss is not None:
                found.append((line, *miss))
        return found

    def test(self, parent: etree.Element, block: str) -> bool:
        # Most blocks hold no opener at all: a substring test before splitting lines.
        if "!!!" not in block and "???" not in block:
            return False
        # Warnings come from the page's own conversion; an excerpt's would be dropped.
        if self.session.excerpt:
            return False
        return bool(self._meant(block) or self._misspelt(block))

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        for line in self._meant(blocks[0]):
            self.session.document.flag(
                line,
                f"'{line.strip()}' starts like a callout but is not valid callout "
                f"syntax, so it shows as plain text; {SYNTAX_HELP}",
            )
        for line, marker, written, meant in self._misspelt(blocks[0]):
            self.session.document.flag(
                line, misspelt_message(marker, written, meant, shown_as="plain text"), misspelt=True
            )
        return False


BOXES = frozenset({"div", "details"})
"""The elements admonition and details make: the only ones that can be callouts."""


def _classes(element: etree.Element) -> list[str]:
    return (element.get("class") or "").split()


class _TitleTreeprocessor(Treeprocessor):
    """Before inline processing: numbers callouts and builds their titles as text."""

    def __init__(self, md: Markdown, session: _Session) -> None:
        super().__init__(md)
        self.session = session

    def run(self, root: etree.Element) -> None:
        types = self.session.types
        # A list first: building a callout's title changes the tree under it.
        elements = [e for top in self.session.scope(root) for e in top.iter() if e.tag in BOXES]
        for element in elements:
            classes = _classes(element)
            if element.tag == "div" and classes[:1] == ["admonition"] and len(classes) > 1:
                kind, extra = classes[1], classes[2:]
            elif element.tag == "details" and classes:
                kind, extra = classes[0], classes[1:]
            else:
                continue
            callout_type = types.get(kind)
            if callout_type is not None:
                self._callout(element, callout_type, extra)
            elif not self.session.excerpt:
                self._misspelt(kind, types, "!!!" if element.tag == "div" else "???")

    def _misspelt(self, kind: str, types: Mapping[str, CalloutType], marker: str) -> None:
        """An admonition (or details) box of a type that is a near miss of a callout
        type (``!!! stratgy "Title"``): reported with its line and the type meant."""
        meant = text.misspelt_type(kind, types)
        if meant is None:
            return
        document = self.session.document

        def opens(line: str) -> bool:
            miss = misspelt_opener(line, types)
            return miss is not None and miss[1] == kind

        document.problems.append(
            Problem(
                document.locate(opens),
                misspelt_message(marker, kind, meant, shown_as="a plain admonition"),
                misspelt=True,
            )
        )

    def _callout(self, element: etree.Element, kind: CalloutType, extra: list[str]) -> None:
        document = self.session.document
        title_element, raw = self._title(element)
        # Without a quoted title, admonition and details use the type, capitalised.
        titled = bool(raw and raw.strip()) and raw != kind.name.capitalize()
        title = raw.strip() if titled and raw else ""
        unknown = [c for c in extra if c not in MODIFIER_CLASSES]
        if unknown and not titled:
            # `!!! strategy Practice Active Listening`: the words became CSS classes.
            title, line = self._unquoted_title(kind, extra)
            titled = True
            element.set("class", " ".join(c for c in _classes(element) if c not in unknown))
            document.problems.append(
                Problem(
                    line,
                    f"the title of this {kind.name} callout is not in double quotes, so "
                    f'admonition read it as CSS classes; write: !!! {kind.name} "{title}"',
                )
            )
        number = None
        if kind.numbered:
            number = document.numbers.get(kind.name, 0) + 1
            document.numbers[kind.name] = number
        self._build_title(title_element, kind, title if titled else None, number)
        element.set("class", f"{element.get('class')} st-callout st-callout--{kind.name}")
        shown = title if titled else (f"{kind.title} {number}" if number else kind.title)
        document.found.append(_Found(element, title_element, kind, shown, titled, number))

    def _title(self, element: etree.Element) -> tuple[etree.Element, str | None]:
        """The element holding the title (created for `!!! strategy ""`) and its text."""
        first = element[0] if len(element) else None
        if element.tag == "details":
            if first is None or first.tag != "summary":
                first = etree.Element("summary")
                element.insert(0, first)
            heading = next((c for c in first if c.tag in {f"h{n}" for n in range(1, 7)}), None)
            return first, (heading.text if heading is not None else first.text)
        if first is not None and first.tag == "p" and "admonition-title" in _classes(first):
            return first, first.text
        created = etree.Element("p", {"class": "admonition-title"})
        element.insert(0, created)
        return created, None

    def _unquoted_title(self, kind: CalloutType, extra: list[str]) -> tuple[str, int | None]:
        """The words after the type, as the author wrote them (admonition lower-cased
        them), and the line they are on."""
        expected = [kind.name, *extra]
        found: list[str] = []

        def matches(line: str) -> bool:
            words = opener_words(line)
            if words is None or [w.lower() for w in words] != expected:
                return False
            found[:] = words[1:]
            return True

        line = self.session.document.locate(matches)
        words = found or extra
        return " ".join(w for w in words if w.lower() not in MODIFIER_CLASSES), line

    @staticmethod
    def _build_title(
        title_element: etree.Element, kind: CalloutType, title: str | None, number: int | None
    ) -> None:
        title_element.text = None
        for child in list(title_element):
            title_element.remove(child)
        if number is not None:
            label = etree.SubElement(title_element, "span", {"class": "st-callout__label"})
            label.text = AtomicString(f"{kind.title} {number}")
            if title is None:
                return
            separator = etree.SubElement(
                title_element, "span", {"class": "st-callout__separator", "aria-hidden": "true"}
            )
            separator.text = AtomicString(" · ")
        name = etree.SubElement(title_element, "span", {"class": "st-callout__title"})
        name.text = AtomicString(title if title is not None else kind.title)


class _IdTreeprocessor(Treeprocessor):
    """After inline processing and attribute lists, before the table of contents (so
    heading ids avoid callout ids): ids, permalinks, the report, the takeaways box."""

    def __init__(self, md: Markdown, session: _Session) -> None:
        super().__init__(md)
        self.session = session

    def run(self, root: etree.Element) -> None:
        document = self.session.document
        excerpt = self.session.excerpt
        # Most excerpts end before the first callout: nothing to look at then.
        survey = _Survey(self.session.scope(root), document.found) if document.found else None
        used = set(survey.ids) if survey is not None else set()
        callouts: list[Callout] = []
        style = permalink_style(self.md) if document.found and not excerpt else PermalinkStyle()
        prefix = str(self.session.extension.getConfig("id_prefix") or "")
        for found in document.found:
            fallback = str(found.number) if found.number is not None else ""
            title = found.title if found.titled else None
            anchor = text.unique_id(
                prefix + text.callout_id(found.type.name, title, fallback), used
            )
            used.add(anchor)
            # Excerpts share a page with other posts' excerpts: no ids, no permalinks.
            if not excerpt:
                found.element.set("id", anchor)
                self._permalink(found.title_element, anchor, style)
            callouts.append(
                Callout(
                    type=found.type.name,
                    title=found.title,
                    id=anchor,
                    number=found.number,
                    titled=found.titled,
                    # Only a page's own conversion feeds the library: excerpts (which
                    # Material converts again for every index page) skip the summary.
                    summary="" if excerpt else text.first_sentence(self._plain_text(found)),
                )
            )
        report = CalloutReport(document.source, callouts, list(document.problems))
        setattr(self.md, REPORT_ATTRIBUTE, report)
        if excerpt:
            return
        host = self.session.host
        # A page's own conversion's scope is every top-level element.
        box = host.takeaways(callouts, survey.strategy_span_words() if survey else 0)
        if box:
            position = (survey or _Survey(list(root), [])).takeaways_position()
            placeholder = etree.Element("p")
            placeholder.text = self.md.htmlStash.store(box.strip() + "\n")
            root.insert(position, placeholder)
        host.document_done(report)

    @staticmethod
    def _permalink(title_element: etree.Element, anchor: str, style: PermalinkStyle) -> None:
        """A permalink like the table of contents' ones (its symbol, class and title)."""
        link = etree.SubElement(title_element, "a", {"class": style.css, "href": f"#{anchor}"})
        if style.title:
            link.set("title", style.title)
        link.text = style.symbol

    def _plain_text(self, found: _Found) -> str:
        """The callout's text without its title, raw HTML or footnote markers."""
        parts: list[str] = []
        for child in found.element:
            if child is not found.title_element:
                _texts(child, parts)
                parts.append(child.tail or " ")
        stash = self.md.htmlStash.rawHtmlBlocks

        def unstash(match: Any) -> str:
            index = int(match.group(1))
            raw = stash[index] if index < len(stash) else ""
            # Entities (`&amp;`, `&nbsp;`) are text; tags are not.
            return html.unescape(raw) if isinstance(raw, str) and "<" not in raw else " "

        return HTML_PLACEHOLDER_RE.sub(unstash, " ".join(parts))


def _texts(element: etree.Element, parts: list[str]) -> None:
    """Append the texts of ``element`` and its descendants (with the tails of its
    descendants) to ``parts``, in document order, skipping footnote markers."""
    if "footnote-ref" in _classes(element):
        return
    if element.text:
        parts.append(element.text)
    for child in element:
        _texts(child, parts)
        if child.tail:
            parts.append(child.tail)


class _Survey:
    """One pass over the top-level elements of a conversion (``children``): the ids in
    use, and which elements hold one of the callouts ``found`` or a strategy."""

    def __init__(self, children: list[etree.Element], found: list[_Found]) -> None:
        self.children = children
        callouts = {id(f.element): f.type.name == STRATEGY for f in found}
        self.ids: set[str] = set()
        self.holding: set[int] = set()
        """Indices of the elements holding a callout."""
        self.strategies: list[int] = []
        """Indices of the elements holding a strategy."""
        for index, child in enumerate(children):
            holds = strategy = False
            for element in child.iter():
                anchor = element.get("id")
                if anchor:
                    self.ids.add(str(anchor))
                kind = callouts.get(id(element))
                if kind is not None:
                    holds = True
                    strategy = strategy or kind
            if holds:
                self.holding.add(index)
            if strategy:
                self.strategies.append(index)

    def strategy_span_words(self) -> int:
        """Words of the top-level blocks from the one holding the first strategy to the
        one holding the last (their titles, text, and whatever lies between): how far a
        reader scrolls through them."""
        if not self.strategies:
            return 0
        span = self.children[self.strategies[0] : self.strategies[-1] + 1]
        # As many words as " ".join(itertext()).split() finds, without joining.
        return sum(len(piece.split()) for child in span for piece in child.itertext())

    def takeaways_position(self) -> int:
        """Where the takeaways box goes: before the first section heading or the first
        callout, whichever comes first (right after the post's title and introduction)."""
        for index, child in enumerate(self.children):
            if child.tag == "h2" or index in self.holding:
                return index
        return len(self.children)


class CalloutsExtension(Extension):
    """Strategy, benefit and other advice callouts on top of admonition syntax."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "types": [
                {},
                "Callout types by name (CalloutType); empty: the built-in types in English.",
            ],
            "host": [NullHost(), "Receives each document's report and supplies takeaways."],
            "excerpt": [
                False,
                "Render for a blog excerpt: no ids, permalinks or takeaways box.",
            ],
            "excerpt_separator": [
                "",
                "In an excerpt, callouts from this raw HTML block on (Material's "
                "post_excerpt_separator) are left alone: Material drops that part.",
            ],
            "id_prefix": [
                "",
                "Put before every callout id: Markdown shown beside a page's own "
                "callouts (a sign-off under every post) needs ids of its own.",
            ],
            "admonition": [
                False,
                "Parse `!!! <callout type>` itself, and no other `!!!` line: for a site "
                "without the admonition extension, whose other `!!!` lines are text.",
            ],
            "details": [
                False,
                "Parse `??? <callout type>` and `???+ <callout type>` itself, and no "
                "other `???` line: for a site without pymdownx.details.",
            ],
        }
        self._sessions: list[_Session] = []
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        session = _Session(self, md)
        self._sessions.append(session)
        # After whitespace normalisation (30), before fenced code (25) and raw HTML (20)
        # are stashed away, so the lines are the author's.
        md.preprocessors.register(_SourcePreprocessor(md, session), "stay_tuned_source", 29)
        # Where admonition and details would be (105), for a site that has not got them.
        if self.getConfig("admonition"):
            md.parser.blockprocessors.register(
                OwnAdmonitionProcessor(md.parser, lambda: session.types),
                "stay_tuned_admonition",
                105,
            )
        if self.getConfig("details"):
            details = OwnDetailsProcessor(md.parser, lambda: session.types)
            md.parser.blockprocessors.register(details, "stay_tuned_details", 105)
            session.details = details
        # After admonition and details (105): what they did not accept.
        md.parser.blockprocessors.register(
            _MalformedBlockProcessor(md.parser, session), "stay_tuned_malformed", 104
        )
        # Before inline processing (20): titles stay text.
        md.treeprocessors.register(_TitleTreeprocessor(md, session), "stay_tuned_titles", 25)
        # After attribute lists (8), before the table of contents and MkDocs' anchor
        # collection (5): ids are known to both.
        md.treeprocessors.register(_IdTreeprocessor(md, session), "stay_tuned_ids", 6)

    def reset(self) -> None:
        """``Markdown.reset()``: forget the last document; read titles in our details
        summaries as pymdownx.details does (sane headers when ``saneheaders`` is on)."""
        for session in self._sessions:
            session.document = _Document("")
            if session.details is not None:
                session.details.saneheaders = uses_sane_headers(session.md)


def makeExtension(**kwargs: Any) -> CalloutsExtension:
    return CalloutsExtension(**kwargs)


def report_of(md: Markdown) -> CalloutReport | None:
    """The report of the last document ``md`` converted."""
    report = getattr(md, REPORT_ATTRIBUTE, None)
    return report if isinstance(report, CalloutReport) else None


def use_for_excerpts(md: Markdown, separator: str = "") -> bool:
    """Switch the callouts extension of ``md`` (a blog excerpt converter) to excerpt
    rendering, up to ``separator`` (Material's ``post_excerpt_separator``) when given.
    ``False`` when ``md`` does not use the extension."""
    for extension in md.registeredExtensions:
        if isinstance(extension, CalloutsExtension):
            extension.setConfig("excerpt", True)
            extension.setConfig("excerpt_separator", separator)
            return True
    return False
