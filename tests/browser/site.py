"""What the browser tests check, as data: the sites built for them, their pages, what
must be visible on each (and read as what), where their footer links lead, whose text
must keep WCAG AA contrast, which links to follow and where they must land, and the
in-page JavaScript that measures it all. Extend ``PAGES`` (and ``LINKS``,
``INSTANT_ROUTE``, ``INSTANT_CHECKS``, ``AXE_EXCLUSIONS``) as features land; every test
runs over every page listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
LANDING_JS = (Path(__file__).parent / "landing.js").read_text(encoding="utf-8")

SCHEMES = ("default", "slate")
"""Material's light and dark schemes, as in ``body[data-md-color-scheme]``."""

PHONE_WIDTH = 375

POST = "blog/2026/11/25/the-importance-of-emotional-connection-in-relationships/"
SERIES = "blog/series/emotional-connection/"
SERIES_INDEX = "blog/series/"
LIBRARY = "blog/strategies/"

STRATEGIES = (
    "Practice Active Listening",
    "Show Appreciation",
    "Share Vulnerabilities",
    "Create Quality Time",
    "Practice Empathy",
)
"""The first article's strategies, in page order."""


@dataclass(frozen=True)
class SitePage:
    """A page of a site and what a reader must see on it."""

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
    """Elements whose text (their own and every descendant's) must meet WCAG AA; each
    selector must hold some visible text."""
    texts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(selector, the text a reader sees in each visible match, in page order)."""


@dataclass(frozen=True)
class Click:
    """Following a link as a reader would: click the first visible ``link`` on ``page``,
    land on ``to`` (a path like ``SitePage.path``, with ``#id`` when it leads to an
    anchor) with ``#id``'s element in view, under Material's sticky header."""

    page: SitePage
    link: str
    """Selector of the link to click."""
    to: str

    @property
    def name(self) -> str:
        return f"{self.page.name}-to-{self.to.rstrip('/').rsplit('/', 1)[-1] or 'home'}"


@dataclass(frozen=True)
class SiteSource:
    """A site the browser tests build and serve: a copy of the Love and Dating site with
    ``files`` added (paths relative to the project, like ``docs/blog/posts/x.md``),
    built with ``env`` added to the environment."""

    name: str
    files: Mapping[str, str] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)
    materialx: bool = False
    """Built on the other stack: MaterialX + ProperDocs from ``properdocs.yml`` (theme
    ``materialx``), with ``.venv-materialx`` (made by ``scripts/test-materialx``)."""


@dataclass(frozen=True)
class ServedSite:
    base: str
    """``http://127.0.0.1:<port>/<site_url path>/``"""
    site_dir: Path

    def url(self, path: str) -> str:
        return self.base + path


LOVE_AND_DATING = SiteSource("love-and-dating")
"""The site as it is in the repository."""

MATERIALX_SITE = SiteSource("materialx", materialx=True)
"""The same site as a MaterialX + ProperDocs site has it (``properdocs.yml``)."""
MATERIALX_VENV = REPO_ROOT / ".venv-materialx"


def _without_stay_tuned(config: str) -> str:
    """``mkdocs.yml`` with the plugin turned off (``enabled: false``): the same site as
    plain Material shows it (callouts as Material's admonitions, no series box, no
    closing card)."""
    entry = "  - stay-tuned:\n"
    assert config.count(entry) == 1, "mkdocs.yml lists stay-tuned once, with options"
    return config.replace(entry, entry + "      enabled: false\n")


PLUGIN_OFF = SiteSource(
    "plugin-off",
    files={
        "mkdocs.yml": _without_stay_tuned((REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    },
)
"""The site with stay-tuned turned off: what the first article is without it."""

# -- the Love and Dating site -----------------------------------------------------------

SERIES_BOX = "article nav.st-series-box"
STRATEGY_TITLES = "article .st-callout--strategy > .admonition-title"
BENEFIT_TITLES = "article .st-callout--benefit > .admonition-title"

PAGES = (
    SitePage(
        "post",
        POST,
        visible=(
            "article.md-content__inner h1",
            "article.md-content__inner h2",
            "article.md-content__inner p",
            SERIES_BOX,
            STRATEGY_TITLES,
            BENEFIT_TITLES,
            "article .st-closing aside.st-stay-tuned",
            "article .st-closing a.st-follow__feed--rss",
            "article.md-content__inner .st-closing aside.st-sign-off",
        ),
        # The series' only published part: no other part to lead to, and Material
        # gives the blog's only post no footer links either.
        footer_prev=None,
        footer_next=None,
        contrast=(
            SERIES_BOX,
            STRATEGY_TITLES,
            BENEFIT_TITLES,
            "article .st-closing",
            "article.md-content__inner",
        ),
        texts=(
            (".st-series-box__title", ("Part 1 of 6 · Building Emotional Connection",)),
            (".st-series-box__progress", ("Ongoing: 1 of 6 parts published",)),
            (
                ".st-series-box__next",
                ("Next: Part 2 — Active Listening in Practice · December 10, 2026",),
            ),
            # The list of parts is one tap away: closed, only its summary shows.
            (".st-series-box__all > summary", ("All parts of the series",)),
            (".st-series-box .st-series-part__title", ()),
            (
                STRATEGY_TITLES,
                tuple(f"Strategy {n} · {title}" for n, title in enumerate(STRATEGIES, 1)),
            ),
            (
                BENEFIT_TITLES,
                (
                    "Enhanced Communication",
                    "Increased Intimacy",
                    "Greater Relationship Satisfaction",
                    "Improved Conflict Resolution",
                ),
            ),
            (".st-stay-tuned__part", ("Part 2 — Active Listening in Practice",)),
            (".st-closing .st-follow__title", ("Follow this series",)),
            (".st-closing .st-follow__feed", ("RSS feed",)),
        ),
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
        visible=(
            "article.md-post--excerpt",
            "article.md-post--excerpt h2 a",
            "article.md-post--excerpt .st-series-label",
        ),
        footer_prev="",
        # Material chains the category and archive pages right after the blog's index;
        # the series pages and the strategy library follow them, as in the sidebar.
        footer_next="blog/category/relationships/",
        contrast=(".md-content__inner", ".md-post--excerpt", ".st-series-label"),
        texts=(
            (
                "article.md-post--excerpt .st-series-label",
                ("Part 1 of 6 · Building Emotional Connection",),
            ),
        ),
    ),
    SitePage(
        "series",
        SERIES,
        visible=(
            "article .st-series-page h1",
            "article .st-series-page__description p",
            "article .st-series-page__parts a.st-series-part__title",
            "article .st-series-page__parts .st-series-part--announced",
            "article .st-series-page aside.st-follow a.st-follow__feed--rss",
        ),
        footer_prev=SERIES_INDEX,
        footer_next=LIBRARY,
        contrast=(".st-series-page__meta", ".st-series-page__parts", "article.md-content__inner"),
        texts=(
            ("article .st-series-page h1", ("Building Emotional Connection",)),
            (".st-series-page__meta .st-series-status", ("Ongoing: 1 of 6 parts published",)),
            (
                ".st-series-page__parts .st-series-part__title",
                (
                    "The Importance of Emotional Connection in Relationships",
                    "Active Listening in Practice",
                    "The Everyday Power of Appreciation",
                    "Sharing Vulnerabilities Safely",
                    "Quality Time and Empathy",
                    "Reconnecting After Conflict",
                ),
            ),
        ),
    ),
    SitePage(
        "series-index",
        SERIES_INDEX,
        visible=("article .st-series-index h1", "article a.st-series-index__series"),
        footer_prev="blog/archive/2026/",
        footer_next=SERIES,
        contrast=(".st-series-index__entry", "article.md-content__inner"),
        texts=(
            (".st-series-index h2", ("Ongoing series",)),
            ("a.st-series-index__series", ("Building Emotional Connection",)),
            (
                ".st-series-index__next",
                ("Part 2 — Active Listening in Practice: December 10, 2026",),
            ),
        ),
    ),
    SitePage(
        "library",
        LIBRARY,
        visible=(
            "article.md-content__inner h1",
            "article .st-library__group-title a",
            "article .st-library__entry a.st-library__strategy",
            "article .st-library__summary",
        ),
        footer_prev=SERIES,
        footer_next="about/",
        contrast=(".st-library__entry", ".st-library__meta", "article.md-content__inner"),
        texts=(
            ("article h1", ("Strategy library",)),
            (".st-library__section--articles a.st-library__strategy", STRATEGIES),
        ),
    ),
)


def page_named(name: str) -> SitePage:
    return next(page for page in PAGES if page.name == name)


LINKS = (
    # The callouts' permalinks lead to them (the first article has no Key takeaways
    # box: its strategies fit in less than a screen).
    Click(
        page_named("post"),
        '.st-callout a.headerlink[href$="#strategy-show-appreciation"]',
        POST + "#strategy-show-appreciation",
    ),
    Click(
        page_named("post"),
        '.st-callout a.headerlink[href$="#strategy-practice-empathy"]',
        POST + "#strategy-practice-empathy",
    ),
    Click(page_named("post"), "a.st-series-box__series", SERIES),
    # The series label of an excerpt on the blog index links the series page.
    Click(
        page_named("blog"), ".md-post--excerpt .st-series-label a.st-series-label__series", SERIES
    ),
    Click(page_named("series"), ".st-series-page__parts a.st-series-part__title", POST),
    Click(page_named("series-index"), "a.st-series-index__series", SERIES),
    Click(page_named("library"), ".st-library__group-title a", POST),
    Click(
        page_named("library"),
        '.st-library__section--articles a[href$="#strategy-share-vulnerabilities"]',
        POST + "#strategy-share-vulnerabilities",
    ),
    Click(page_named("blog"), '.md-nav--primary a.md-nav__link[href$="strategies/"]', LIBRARY),
)
"""Links of the plugin's pages, clicked (with Material's instant navigation on)."""


@dataclass(frozen=True)
class InstantStep:
    """One instant-navigation hop: click ``link`` on the current page, arrive at ``to``."""

    link: str
    """Selector of the link to click."""
    to: SitePage


INSTANT_ROUTE = (
    InstantStep(
        'article.md-content__inner a[href*="the-importance-of-emotional"]', page_named("post")
    ),
    InstantStep("a.st-series-box__series", page_named("series")),
    InstantStep("nav.md-footer__inner a.md-footer__link--prev", page_named("series-index")),
    InstantStep('.md-nav--primary a.md-nav__link[href$="strategies/"]', page_named("library")),
    InstantStep(".st-library__group-title a", page_named("post")),
    InstantStep('.md-tabs a.md-tabs__link[href$="blog/"]', page_named("blog")),
    InstantStep("article.md-post--excerpt h2 a", page_named("post")),
)
"""From the home page: the route followed with Material's instant navigation, through
every page of the plugin's."""

_JSON_LD = "[...document.querySelectorAll('head script[type=\"application/ld+json\"]')]"
INSTANT_CHECKS: tuple[tuple[str, str], ...] = (
    ("post", "document.querySelectorAll('article nav.st-series-box').length === 1"),
    ("post", "document.querySelectorAll('article .st-callout--strategy').length === 5"),
    ("post", "document.querySelectorAll('aside.st-stay-tuned').length === 1"),
    ("post", "document.querySelectorAll('aside.st-sign-off').length === 1"),
    ("post", "document.querySelectorAll('.st-closing').length === 1"),
    # Material swaps <head> too: the part's structured data and series feeds come along.
    (
        "post",
        f"{_JSON_LD}.map((s) => JSON.parse(s.textContent))"
        ".some((d) => d['@type'] === 'BlogPosting' && d.isPartOf && d.position === 1)",
    ),
    (
        "post",
        "document.querySelectorAll('head link[rel=alternate][href$=\"feed.json\"]').length === 1",
    ),
    ("series", f"{_JSON_LD}.some((s) => JSON.parse(s.textContent).hasPart)"),
    ("series", "document.querySelectorAll('.st-series-page__parts li').length === 6"),
    ("series-index", "document.querySelectorAll('.st-series-index__entry').length === 1"),
    ("library", "document.querySelectorAll('.st-library__entry').length >= 5"),
    ("blog", "document.querySelectorAll('.md-post--excerpt .st-series-label').length === 1"),
)
"""(page name, JavaScript expression) that must be true after arriving at that page by
instant navigation: what must keep working without a full page load is what the plugin
renders, in the page and in ``<head>`` (its one script, the series' read marks, is tested
in ``test_read_marks.py``)."""

AXE_IMPACTS = ("serious", "critical")
AXE_EXCLUSIONS: tuple[tuple[str, str, str], ...] = ()
"""(axe rule id, node target selector, why) of violations that are Material's own and
cannot be fixed from the site. Keep each one precise and explained."""

# -- a site with three published parts ----------------------------------------------------

PART_2 = "blog/2026/12/10/active-listening-in-practice/"
PART_3 = "blog/2026/12/31/the-everyday-power-of-appreciation/"
UNRELATED = "blog/2026/12/20/first-date-ideas-that-spark-conversation/"


def _post(title: str, date: str, categories: str) -> str:
    return (
        f"---\ndate: {date}\nauthors:\n  - editors\ncategories:\n  - {categories}\n"
        f"---\n\n# {title}\n\nThe introduction of {title}.\n\n<!-- more -->\n\n"
        f"## What to do\n\nThe body of {title}.\n"
    )


THREE_PARTS = SiteSource(
    "three-parts",
    files={
        # Between parts 2 and 3 by date: Material's own footer would lead to it.
        "docs/blog/posts/first-date-ideas.md": _post(
            "First Date Ideas That Spark Conversation", "2026-12-20", "Dating"
        ),
    },
    # 2027-01-05: the site's own parts 2 and 3 are out (Material's clock is pinned to it
    # too, tests/material_clock.py), parts 4 and 5 still scheduled, part 6 announced.
    env={"SOURCE_DATE_EPOCH": "1799150400"},
)
"""The real site once parts 2 and 3 of its series are out, with an unrelated post
published between them."""

THREE_PARTS_PAGES = (
    SitePage(
        "part-1",
        POST,
        visible=(SERIES_BOX, "article aside.st-stay-tuned a.st-stay-tuned__part"),
        footer_prev=None,
        footer_next=PART_2,
        texts=((".st-stay-tuned__part", ("Part 2 — Active Listening in Practice",)),),
    ),
    SitePage(
        "part-2",
        PART_2,
        visible=(SERIES_BOX, "article aside.st-stay-tuned", "article aside.st-sign-off"),
        footer_prev=POST,
        footer_next=PART_3,
        contrast=(SERIES_BOX, "article aside.st-stay-tuned", "article.md-content__inner"),
        texts=(
            (".st-series-box__title", ("Part 2 of 6 · Building Emotional Connection",)),
            (".st-series-box__progress", ("Ongoing: 3 of 6 parts published",)),
            (".st-series-box__next", ("Next: Part 3 — The Everyday Power of Appreciation",)),
            (".st-stay-tuned__part", ("Part 3 — The Everyday Power of Appreciation",)),
        ),
    ),
    SitePage(
        "part-3",
        PART_3,
        visible=(SERIES_BOX, "article aside.st-stay-tuned"),
        footer_prev=PART_2,
        footer_next=None,
        texts=((".st-stay-tuned__part", ("Part 4 — Sharing Vulnerabilities Safely",)),),
    ),
    SitePage(
        "unrelated",
        UNRELATED,
        visible=("article.md-content__inner h1",),
        # Outside any series: Material's chronological links, into the series or not.
        footer_prev=PART_2,
        footer_next=PART_3,
    ),
)

THREE_PARTS_LINKS = (
    Click(THREE_PARTS_PAGES[1], "nav.md-footer__inner a.md-footer__link--next", PART_3),
    Click(THREE_PARTS_PAGES[1], "nav.md-footer__inner a.md-footer__link--prev", POST),
    Click(THREE_PARTS_PAGES[0], "a.st-stay-tuned__part", PART_2),
    Click(THREE_PARTS_PAGES[1], ".st-series-box a.st-series-box__next-part", PART_3),
)


# -- measuring in the page ----------------------------------------------------------------


def phone_overflow(page: Any) -> dict[str, Any]:
    """Horizontal scrolling: the document's widths and the elements sticking out."""
    result: dict[str, Any] = page.evaluate(OVERFLOW_JS)
    return result


def contrast(page: Any, selectors: tuple[str, ...]) -> dict[str, Any]:
    """WCAG contrast of every visible text element under ``selectors``: how many were
    checked under each selector (``checked``) and those below AA (4.5:1, or 3:1 for
    large text), each reported once (``failures``)."""
    result: dict[str, Any] = page.evaluate(CONTRAST_JS, list(selectors))
    return result


def landing(page: Any, fragment: str) -> dict[str, Any]:
    """Where the element whose id is ``fragment`` sits in the viewport, against the
    bottom of Material's sticky header; ``found`` is False when there is no such element."""
    result: dict[str, Any] = page.evaluate(LANDING_JS, fragment)
    return result


def visible_texts(page: Any, selector: str) -> list[str]:
    """The text of each visible match of ``selector`` (as written: ``text-transform``
    does not apply), whitespace folded, without the permalink sign (``¶``) Material
    shows beside headings and callout titles on hover."""
    texts: list[str] = (
        page.locator(selector)
        .filter(visible=True)
        .evaluate_all(
            "els => els.map((e) => { const c = e.cloneNode(true);"
            " c.querySelectorAll('.headerlink').forEach((h) => h.remove());"
            " return c.textContent.replace(/\\s+/g, ' ').trim(); })"
        )
    )
    return texts


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
