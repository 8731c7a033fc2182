"""Callouts during one build: set-up of the Markdown extensions, the page being
converted, the Key takeaways decision, and the strategies gathered for the library.

``CalloutsBuild`` is the extension's ``Host``. It is made anew for every build (in the
plugin's ``on_config``), so nothing gathered survives a ``mkdocs serve`` rebuild.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mkdocs.config import base
from mkdocs.config import config_options as c

from stay_tuned.callouts.extension import EXTENSION_NAME, Callout, CalloutReport, Problem
from stay_tuned.callouts.types import STRATEGY, CalloutType
from stay_tuned.errors import StayTunedError
from stay_tuned.render import Renderer

ICONS_DIR = Path(__file__).parent / "icons"
"""Icons shipped with the package (``material/compass-outline.svg``)."""

TAKEAWAYS_MARKER_HTML = "<!--stay-tuned:takeaways-->"
"""Where a post's Key takeaways box goes in its HTML until ``place_takeaways``."""

TYPES_CSS_PATH = "assets/stay_tuned/callout-types.css"
"""Site-relative path of the stylesheet generated from the type declarations."""

SITE_SYNTAX_EXTENSIONS: Mapping[str, tuple[str, ...]] = {
    "admonition": ("admonition", "markdown.extensions.admonition"),
    "details": ("pymdownx.details",),
}
"""The extensions whose syntax callouts use, by the option of our extension that
stands in for each, with the names a site may list it under."""


def _extension_name(extension: object) -> str:
    if isinstance(extension, str):
        return extension.split(":", 1)[0]
    return type(extension).__module__


def add_extensions(
    extensions: list[Any], configs: MutableMapping[str, Any], own_config: Mapping[str, Any]
) -> None:
    """Add our extension to a site's ``markdown_extensions`` (in place) unless listed,
    leaving the site's own entries and their settings as they are.

    ``admonition`` and ``pymdownx.details`` are never added: they would turn every
    ``!!! note`` and ``??? tip`` of a site that did not list them into a box. For each
    one the site does not list, our extension parses that syntax for the callout types
    only (its ``admonition`` and ``details`` options). It gets those and ``own_config``
    merged over whatever the site set for it."""
    listed = {_extension_name(e) for e in extensions}
    if EXTENSION_NAME not in listed:
        extensions.append(EXTENSION_NAME)
    stand_ins = {
        option: not listed.intersection(aliases)
        for option, aliases in SITE_SYNTAX_EXTENSIONS.items()
    }
    configs[EXTENSION_NAME] = {**configs.get(EXTENSION_NAME, {}), **stand_ins, **own_config}


def find_icon(name: str, theme_dirs: Sequence[str | Path]) -> Path | None:
    """The SVG of icon ``name`` (``material/heart``): shipped with the package, or in a
    theme directory's ``.icons/`` (the site's ``custom_dir`` first, then Material's)."""
    for folder in (ICONS_DIR, *(Path(d) / ".icons" for d in theme_dirs)):
        candidate = folder / f"{name}.svg"
        if candidate.is_file():
            return candidate
    return None


def svg_data_uri(svg: str) -> str:
    """A ``data:`` URI of an SVG, percent-encoded so it is safe inside ``url("...")``."""
    return "data:image/svg+xml," + quote(" ".join(svg.split()), safe="")


@dataclass(frozen=True)
class StyledType:
    """What the generated stylesheet needs of one type."""

    name: str
    color: str
    dark_color: str
    icon_uri: str


def styled_types(
    types: Mapping[str, CalloutType],
    theme_dirs: Sequence[str | Path],
    config_file: str = "mkdocs.yml",
) -> list[StyledType]:
    """The types with their icons read; an unknown icon is an error naming the config
    file and the type."""
    styled = []
    for kind in types.values():
        path = find_icon(kind.icon, theme_dirs)
        if path is None:
            raise StayTunedError(
                f"stay-tuned: option 'callout_types.{kind.name}.icon' in '{config_file}': no icon "
                f"'{kind.icon}' in Material's bundled icons or in a '.icons' folder of the "
                "theme's custom_dir. Use a name from "
                "https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/, "
                "e.g. icon: material/heart-outline"
            )
        svg = path.read_text(encoding="utf-8")
        styled.append(StyledType(kind.name, kind.color, kind.dark_color, svg_data_uri(svg)))
    return styled


class PageCalloutsConfig(base.Config):  # type: ignore[no-untyped-call]
    """The front matter keys of a post that callouts read."""

    takeaways = c.Optional(c.Type(bool))
    """``false`` hides the Key takeaways box of this post, ``true`` shows it even for
    fewer strategies than ``takeaways_min``; absent: the plugin's ``takeaways`` option."""


def page_takeaways(meta: Mapping[str, Any], src_uri: str) -> bool | None:
    """The post's validated ``takeaways`` front matter value (``None`` when absent)."""
    if "takeaways" not in meta:
        return None  # most posts: no validation to run
    config = PageCalloutsConfig(config_file_path=src_uri)
    config.load_dict({"takeaways": meta["takeaways"]})
    errors, _ = config.validate()
    for key, message in errors:
        raise StayTunedError(
            f"stay-tuned: front matter '{key}' of '{src_uri}': {message} "
            "Write true or false, e.g.\n---\ntakeaways: false\n---"
        )
    value = config.takeaways
    return value if isinstance(value, bool) else None


def show_takeaways(
    setting: bool | None,
    *,
    default: bool,
    count: int,
    minimum: int,
    span_words: int = 0,
    minimum_words: int = 0,
) -> bool:
    """Whether a post with ``count`` strategies gets a Key takeaways box.

    Front matter ``takeaways: false`` always hides it and ``true`` shows it whenever
    there is a strategy; otherwise the plugin's ``takeaways`` option decides, for posts
    with at least ``minimum`` strategies that span at least ``minimum_words`` words
    (``span_words``: from the first strategy's title to the end of the last one). The
    box saves scrolling only when the reader cannot see the strategies at once: five
    short strategies (150 words) fit in 450 px at 1280 px wide, less than a screen, and
    a box listing their titles right above them only repeats them."""
    if count == 0 or setting is False:
        return False
    if setting is True:
        return True
    return default and count >= minimum and span_words >= minimum_words


def line_offset(file_text: str, markdown: str) -> int:
    """Lines before ``markdown`` in its file (the front matter MkDocs removed), so that
    line numbers in the converted Markdown become line numbers in the file."""
    if markdown and file_text.endswith(markdown):
        return file_text[: len(file_text) - len(markdown)].count("\n")
    return 0


def describe_problem(src_uri: str, problem: Problem, offset: int) -> str:
    """``docs file 'blog/posts/x.md', line 12: <what to change>``."""
    where = f"line {problem.line + offset}" if problem.line is not None else "a line"
    return f"Doc file '{src_uri}', {where}: {problem.message}"


def option_id_prefix(option: str) -> str:
    """What the ids of callouts in Markdown from a plugin option start with:
    ``st-sign-off--`` for ``sign_off``. That Markdown is converted on its own and shown
    under a post beside the post's callouts; a page's callout ids
    (``benefit-stay-in-touch``, ``strategy-1``) never hold ``--`` (type names and
    slugs join their words with single hyphens), so the two never clash."""
    return f"st-{option.replace('_', '-')}--"


def describe_option_problem(config_file: str, option: str, problem: Problem) -> str:
    """``option 'sign_off' in 'mkdocs.yml', line 2 of its text: <what to change>``:
    Markdown from the configuration has no lines of its own in a docs file."""
    where = f", line {problem.line} of its text" if problem.line is not None else ""
    return (
        f"option '{option}' of the stay-tuned plugin in '{config_file}'{where}: {problem.message}"
    )


@dataclass
class _Page:
    src_uri: str
    is_post: bool
    takeaways: bool | None


class CalloutsBuild:
    """Callout state of one build; the callouts extension's host."""

    def __init__(
        self,
        renderer: Renderer,
        labels: Mapping[str, str],
        *,
        takeaways: bool,
        takeaways_min: int,
        takeaways_words: int = 0,
    ) -> None:
        self.renderer = renderer
        self.labels = labels
        self.takeaways_default = takeaways
        self.takeaways_min = takeaways_min
        self.takeaways_words = takeaways_words
        self.types_css = ""
        """The stylesheet generated from the type declarations."""
        self.library_src_uri: str | None = None
        """Source path of the strategy library page; ``None``: no library."""
        self.library_setting: bool | None = None
        """The ``strategy_library`` option: ``None`` lets the site's strategies decide."""
        self.library_site_page = False
        """Whether the site has its own file at ``library_src_uri`` (its introduction)."""
        self.shown = False
        """Whether any page of the build shows a callout (its own, or the sign-off's):
        without one, the callout stylesheets are not written."""
        self.misspelt: list[str] = []
        """Warnings about admonitions of a misspelt callout type, logged at the end of
        the conversions when the site shows callouts (``site.misspelt_warnings``)."""
        self._page: _Page | None = None
        self._reports: list[CalloutReport] = []
        self.strategies: dict[str, list[Callout]] = {}
        """Strategies of each converted post, by the post's ``src_uri``."""
        self._takeaways: dict[str, str] = {}
        """Key takeaways boxes not placed yet, by the post's ``src_uri``."""

    # The page MkDocs is about to convert (set in on_page_markdown).

    def begin(self, src_uri: str, *, is_post: bool, takeaways: bool | None) -> None:
        self._page = _Page(src_uri, is_post, takeaways)
        self._reports = []

    def end(self, markdown: str) -> CalloutReport | None:
        """The report of the page's own conversion (the one of ``markdown``; another
        plugin may have converted something else meanwhile), and forget the page."""
        page, reports = self._page, self._reports
        self._page, self._reports = None, []
        if page is None or not reports:
            return None
        report = next((r for r in reversed(reports) if r.source == markdown), reports[-1])
        if page.is_post:
            self.strategies[page.src_uri] = report.of_type(STRATEGY)
        return report

    # Host of the Markdown extension.

    def document_done(self, report: CalloutReport) -> None:
        if self._page is not None:
            self._reports.append(report)
            self.shown = self.shown or bool(report.callouts)

    def takeaways(self, callouts: Sequence[Callout], span_words: int = 0) -> str | None:
        page = self._page
        if page is None or not page.is_post:
            return None
        strategies = [c for c in callouts if c.type == STRATEGY]
        if not show_takeaways(
            page.takeaways,
            default=self.takeaways_default,
            count=len(strategies),
            minimum=self.takeaways_min,
            span_words=span_words,
            minimum_words=self.takeaways_words,
        ):
            return None
        # The conversion gets a marker; the box replaces it once Material has counted
        # the reading time and search has indexed the page (``place_takeaways``): it
        # repeats the titles of the callouts below it.
        self._takeaways[page.src_uri] = str(
            self.renderer.render(
                "takeaways.html", strategies=strategies, title=self.labels["takeaways"]
            )
        )
        return TAKEAWAYS_MARKER_HTML

    def place_takeaways(self, src_uri: str, html: str) -> str:
        """``html`` (the post's content) with its Key takeaways box in place of the
        marker the conversion left."""
        box = self._takeaways.pop(src_uri, None)
        before, marker, after = html.partition(TAKEAWAYS_MARKER_HTML)
        if not marker:
            return html
        return f"{before}{(box or '').strip()}{after}"
