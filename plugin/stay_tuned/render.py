"""Jinja rendering of the plugin's HTML.

Every piece of HTML the plugin adds lives in a template under ``theme/stay_tuned/``
inside the package. Templates are looked up through the theme's directories first, so
a site overrides one by placing a file of the same name in its ``custom_dir``
(for example ``overrides/stay_tuned/sign-off.html``).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
import markdown
from markupsafe import Markup, escape
from mkdocs.structure.files import File, Files

THEME_DIR = Path(__file__).parent / "theme"
"""Folder appended to the theme's directories: templates and static assets."""

CALLOUTS_CSS_PATH = "assets/stay_tuned/callouts.css"
"""The stylesheet of callouts, Key takeaways boxes and the strategy library."""

BASE_CSS_PATH = "assets/stay_tuned/stay-tuned.css"
"""The sign-off's stylesheet, and the text colours the others use on their tinted boxes."""

FOLLOW_CSS_PATH = "assets/stay_tuned/follow.css"
"""The stylesheet of follow blocks (feed links, newsletter form)."""

SERIES_CSS_PATH = "assets/stay_tuned/series.css"
"""The stylesheet of series boxes, labels, stay-tuned blocks and series pages."""

SERIES_JS_PATH = "assets/stay_tuned/series-read.js"
"""The script that remembers, in the reader's browser, which parts of a series they have
opened (linked from the series box and the series pages only)."""

CSS_PATHS = (BASE_CSS_PATH, FOLLOW_CSS_PATH, CALLOUTS_CSS_PATH, SERIES_CSS_PATH)
"""Site-relative paths of the plugin's stylesheets (static files in ``THEME_DIR``), one per
feature, added to ``extra_css``."""


TEMPLATE_FOLDER = "stay_tuned/"
"""Where the plugin's templates are, in ``THEME_DIR`` and in a site's ``custom_dir``."""


def template_copies(files: Files, theme_dirs: Sequence[str | Path]) -> list[File]:
    """The plugin's templates that MkDocs would copy into the site as static files.

    MkDocs copies every file of a theme directory that is not HTML (nor a few other
    kinds) into the site, so a template such as ``stay_tuned/callout-types.css`` would
    land in every site as raw Jinja, and so would a site's own override of it. Files
    under ``stay_tuned/`` from a theme directory are templates; the same path in
    ``docs`` stays the site's."""
    dirs = {os.path.abspath(d) for d in theme_dirs}
    return [
        file
        for file in files
        if file.src_uri.startswith(TEMPLATE_FOLDER)
        and file.src_dir is not None
        and os.path.abspath(file.src_dir) in dirs
    ]


def _field(value: Any) -> str:
    """One value of a label, as ``Markup.format`` writes it (``EscapeFormatter``)."""
    if hasattr(value, "__html_format__"):
        written = value.__html_format__("")
    elif hasattr(value, "__html__"):
        written = value.__html__()
    else:
        written = format(value, "")
    return str(escape(written))


def fill(label: str, **values: Any) -> Markup:
    """The template filter ``fill``: ``label | fill(name=value)`` is
    ``(label | e).format(name=value)``, the same HTML, in 60 % of the time (3.1 against
    5.1 µs for a label with two placeholders).

    A label holds only plain ``{name}`` placeholders (``i18n.label_problem`` refuses any
    other), so each value is written as ``Markup.format`` writes it (escaped, unless it
    is markup already) and put in place by ``str.format``; ``Markup.format`` does the
    same through ``string.Formatter``, in Python, for every label of every page."""
    return Markup(str(escape(label)).format_map({k: _field(v) for k, v in values.items()}))


class _Environment(jinja2.Environment):
    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as a plain dict of the same names.

        Jinja keeps them as a ChainMap over the environment's, and each render, and each
        ``{% include %}`` in it, reads that map into a new context through ChainMap's
        Python-level methods: most of a small template's rendering time. Nothing adds
        globals to this environment once templates are loaded, so a dict renders the
        same, faster."""
        return {**self.globals, **(d or {})}


class Renderer:
    """Renders the plugin's templates with autoescaping on.

    MkDocs' own theme environment does not autoescape; this one does, so nothing that
    comes from front matter or configuration can inject HTML. Rendered Markdown is
    passed in as ``Markup`` explicitly.
    """

    def __init__(self, theme_dirs: Sequence[str | Path]) -> None:
        dirs = [str(d) for d in theme_dirs]
        if str(THEME_DIR) not in dirs:
            dirs.append(str(THEME_DIR))
        self.env = _Environment(
            loader=jinja2.FileSystemLoader(dirs),
            autoescape=True,
            # One environment per build: templates cannot change during it, so skip the
            # file-modification check MkDocs' default would make on every render.
            auto_reload=False,
            # A plain dict of the few templates, instead of a locked LRU cache that
            # each `{% include %}` of every render goes through.
            cache_size=-1,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["fill"] = fill
        self._templates: dict[str, jinja2.Template] = {}
        """Templates by name: looked up once per build (they cannot change during it),
        not at each of the thousands of renders."""

    def template(self, name: str) -> jinja2.Template:
        """``stay_tuned/<name>``, the site's override first."""
        found = self._templates.get(name)
        if found is None:
            found = self._templates[name] = self.env.get_template(f"stay_tuned/{name}")
        return found

    def render(self, name: str, **context: Any) -> Markup:
        """Render ``stay_tuned/<name>`` with the given context."""
        return Markup(self.template(name).render(**context))


def convert_markdown(
    text: str, extensions: Sequence[Any], extension_configs: dict[str, Any]
) -> tuple[Markup, markdown.Markdown]:
    """Render configuration Markdown (a sign-off, a description) with the site's own
    Markdown extensions; also the converter, whose extensions tell what they found."""
    md = markdown.Markdown(extensions=list(extensions), extension_configs=extension_configs)
    return Markup(md.convert(text)), md


def markdown_to_html(
    text: str, extensions: Sequence[Any], extension_configs: dict[str, Any]
) -> Markup:
    """Render configuration Markdown with the site's own Markdown extensions."""
    return convert_markdown(text, extensions, extension_configs)[0]
