"""Adding the plugin's tags (structured data, feed links, sharing metadata) to `<head>`.

Material's templates have no hook a plugin can fill in ``<head>`` without the site
overriding ``main.html``, so, like Material's own social plugin, we insert the rendered
fragment right before the page's closing ``</head>`` tag in ``on_post_page``. The
fragment itself comes from templates (``stay_tuned/head-*.html``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from mkdocs.structure.pages import Page

HeadContributor = Callable[[Page], str]
"""Given a page, the HTML (already escaped, from a template) a feature adds to its head."""


def insert_into_head(html: str, fragment: str) -> str:
    """``html`` with ``fragment`` placed right before its first ``</head>``.

    A page without ``</head>`` (a theme that does not write one) is returned unchanged.
    """
    if not fragment.strip():
        return html
    # One copy of the page, made by `str.replace` (slicing and joining made two).
    return html.replace("</head>", f"{fragment}\n</head>", 1)


def head_fragment(page: Page, contributors: Iterable[HeadContributor]) -> str:
    """Everything the contributors add to ``page``'s head, in order."""
    return "\n".join(part for part in (c(page) for c in contributors) if part.strip())
