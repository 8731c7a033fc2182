"""What the browser tests check, as data: the pages, what must be visible on each, where
their footer links lead, whose text must keep WCAG AA contrast, and the in-page
JavaScript that measures it. Extend ``PAGES`` (and ``INSTANT_CHECKS``,
``AXE_EXCLUSIONS``) as features land; every test runs over every page listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
AXE_JS = REPO_ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
"""Installed, pinned, by scripts/browser-setup."""

OVERFLOW_JS = (Path(__file__).parent / "overflow.js").read_text(encoding="utf-8")
CONTRAST_JS = (Path(__file__).parent / "contrast.js").read_text(encoding="utf-8")

SCHEMES = ("default", "slate")
"""Material's light and dark schemes, as in ``body[data-md-color-scheme]``."""

PHONE_WIDTH = 375

POST = "blog/2026/11/25/the-importance-of-emotional-connection-in-relationships/"


@dataclass(frozen=True)
class SitePage:
    """A page of the site and what a reader must see on it."""

    name: str
    """Short name, used in test ids and screenshot file names."""
    path: str
    """Relative to ``site_url`` (``""`` is the home page)."""
    visible: tuple[str, ...]
    """CSS selectors, each matching at least one visible element."""
    footer_prev: str | None
    """Where Material's footer "Previous" link leads (a path like ``path``), or None."""
    footer_next: str | None
    contrast: tuple[str, ...] = ("article.md-content__inner",)
    """Elements whose text (their own and every descendant's) must meet WCAG AA."""


@dataclass(frozen=True)
class ServedSite:
    base: str
    """``http://127.0.0.1:<port>/<site_url path>/``"""
    site_dir: Path

    def url(self, path: str) -> str:
        return self.base + path


PAGES = (
    SitePage(
        "post",
        POST,
        visible=(
            "article.md-content__inner h1",
            "article.md-content__inner h2",
            "article.md-content__inner p",
            "article.md-content__inner aside.st-sign-off",
        ),
        footer_prev=None,  # the only post: Material gives it no footer links
        footer_next=None,
        contrast=("article.md-content__inner", "aside.st-sign-off"),
    ),
    SitePage(
        "home",
        "",
        visible=("article.md-content__inner h1", "article.md-content__inner a.md-button"),
        footer_prev=None,
        footer_next="blog/",
    ),
    SitePage(
        "blog",
        "blog/",
        visible=("article.md-post--excerpt", "article.md-post--excerpt h2 a"),
        footer_prev="",
        footer_next="blog/category/relationships/",
        contrast=("article.md-content__inner", ".md-post--excerpt"),
    ),
)


@dataclass(frozen=True)
class InstantStep:
    """One instant-navigation hop: click ``link`` on the current page, arrive at ``to``."""

    link: str
    """Selector of the link to click."""
    to: SitePage


def page_named(name: str) -> SitePage:
    return next(page for page in PAGES if page.name == name)


INSTANT_ROUTE = (
    InstantStep(
        'article.md-content__inner a[href*="the-importance-of-emotional"]', page_named("post")
    ),
    InstantStep('.md-tabs a.md-tabs__link[href$="blog/"]', page_named("blog")),
    InstantStep("article.md-post--excerpt h2 a", page_named("post")),
)
"""From the home page: the route followed with Material's instant navigation."""

INSTANT_CHECKS: tuple[tuple[str, str], ...] = (
    ("post", "document.querySelectorAll('aside.st-sign-off').length === 1"),
)
"""(page name, JavaScript expression) that must be true after arriving at that page by
instant navigation: the plugin's elements and the JavaScript the plugin ships (none yet)
keep working without a full page load."""

AXE_IMPACTS = ("serious", "critical")
AXE_EXCLUSIONS: tuple[tuple[str, str, str], ...] = ()
"""(axe rule id, node target selector, why) of violations that are Material's own and
cannot be fixed from the site. Keep each one precise and explained."""


def phone_overflow(page: Any) -> dict[str, Any]:
    """Horizontal scrolling: the document's widths and the elements sticking out."""
    result: dict[str, Any] = page.evaluate(OVERFLOW_JS)
    return result


def contrast(page: Any, selectors: tuple[str, ...]) -> dict[str, Any]:
    """WCAG contrast of every visible text element under ``selectors``: how many were
    checked and those below AA (4.5:1, or 3:1 for large text)."""
    result: dict[str, Any] = page.evaluate(CONTRAST_JS, list(selectors))
    return result


def scheme(page: Any) -> str:
    return str(page.evaluate("document.body.getAttribute('data-md-color-scheme')"))


def switch_scheme(page: Any, wanted: str) -> None:
    """Use the header's palette toggle (as a reader would) until ``wanted`` is on."""
    for _ in range(len(SCHEMES)):
        if scheme(page) == wanted:
            break
        toggle = page.locator('form[data-md-component="palette"] label.md-header__button')
        toggle.filter(visible=True).first.click()
        page.wait_for_function(
            "s => document.body.getAttribute('data-md-color-scheme') === s", arg=wanted
        )
    assert scheme(page) == wanted
    # Leave the toggle: its focus tooltip would otherwise cover part of screenshots.
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.mouse.move(0, 0)
    settle(page)


def settle(page: Any) -> None:
    """Wait for running CSS transitions (colours fading after a scheme switch)."""
    page.wait_for_function(
        "() => document.getAnimations().every((a) => a.playState !== 'running')",
        timeout=5000,
    )
