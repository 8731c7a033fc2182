"""Which of the plugin's stylesheets a site gets: those of what it shows, no others.

Every stylesheet in ``render.CSS_PATHS`` is added to ``extra_css`` in ``on_config``, and
MkDocs copies it from the plugin's theme folder. Once every page has been converted
(``on_env``), what the site shows is known, and the stylesheets of features it does not
show are taken out of ``extra_css`` and of the files to write, so that a site that
writes none of the plugin's syntax links and ships none of its CSS (nor its script:
``unused_scripts``). (``callouts.site.settle``
drops the callout stylesheets with ``drop`` too.)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from stay_tuned import render


@dataclass(frozen=True)
class Shown:
    """What a build shows that needs one of these stylesheets."""

    series: bool
    """Series boxes, labels, stay-tuned blocks, series pages: the site has a series."""
    follow: bool
    """The site's follow block closes posts (feed links or a newsletter form)."""
    sign_off: bool
    """The sign-off closes posts."""
    callouts: bool
    """A callout, a Key takeaways box or the strategy library is shown."""


def unused(shown: Shown) -> list[str]:
    """The stylesheets among ``BASE_CSS_PATH``, ``FOLLOW_CSS_PATH`` and
    ``SERIES_CSS_PATH`` that nothing shown uses. The base stylesheet holds the sign-off's
    style and the text colours every other stylesheet uses; a series' stay-tuned block
    and page hold a follow block."""
    used = set()
    if shown.series:
        used |= {render.SERIES_CSS_PATH, render.FOLLOW_CSS_PATH}
    if shown.follow:
        used.add(render.FOLLOW_CSS_PATH)
    if used or shown.sign_off or shown.callouts:
        used.add(render.BASE_CSS_PATH)
    candidates = (render.BASE_CSS_PATH, render.FOLLOW_CSS_PATH, render.SERIES_CSS_PATH)
    return [path for path in candidates if path not in used]


def unused_scripts(shown: Shown) -> list[str]:
    """The plugin's scripts that nothing shown uses: the series' read marks
    (``SERIES_JS_PATH``) without a series. MkDocs copies them from the plugin's theme
    folder like the stylesheets, and ``drop`` takes them out the same way."""
    return [] if shown.series else [render.SERIES_JS_PATH]


def drop(paths: Iterable[str], config: MkDocsConfig, files: Files) -> None:
    """Take the stylesheets at ``paths`` out of ``extra_css`` and out of the files to
    write, when they come from a theme folder (the plugin's, or a site's override in
    its ``custom_dir``) or were generated (the callout types' stylesheet); a file of the
    same path in ``docs`` is the site's own and stays."""
    theme_dirs = {os.path.abspath(d) for d in config.theme.dirs}
    for path in paths:
        if path in config.extra_css:
            config.extra_css.remove(path)
        file = files.get_file_from_path(path)
        if file is None:
            continue
        if file.generated_by is not None or os.path.abspath(file.src_dir or "") in theme_dirs:
            files.remove(file)
