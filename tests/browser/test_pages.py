"""The site in a real browser (headless Debian Chromium): content, footer links, links
followed to their targets, dark scheme contrast, a phone-sized viewport, instant
navigation, and screenshots."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser.site import (
    INSTANT_CHECKS,
    INSTANT_ROUTE,
    LINKS,
    PAGES,
    PHONE_WIDTH,
    SCHEMES,
    THREE_PARTS_LINKS,
    THREE_PARTS_PAGES,
    Click,
    ServedSite,
    SitePage,
    contrast,
    landing,
    page_named,
    phone_overflow,
    scheme,
    settle,
    switch_scheme,
    visible_texts,
)

pytestmark = pytest.mark.browser

OpenPage = Callable[..., Any]
HIDE_TOOLTIPS = ".md-tooltip, .md-tooltip2 { visibility: hidden !important; }"
by_name = pytest.mark.parametrize("site_page", PAGES, ids=[p.name for p in PAGES])


def assert_shows_its_content(page: Any, site_page: SitePage) -> None:
    for selector in site_page.visible:
        assert page.locator(selector).filter(visible=True).count() > 0, (
            f"nothing visible matches {selector}"
        )
    for selector, expected in site_page.texts:
        assert tuple(visible_texts(page, selector)) == expected, selector


def assert_footer_links(page: Any, site: ServedSite, site_page: SitePage) -> None:
    for direction, expected in (("prev", site_page.footer_prev), ("next", site_page.footer_next)):
        link = page.locator(f"nav.md-footer__inner a.md-footer__link--{direction}")
        if expected is None:
            assert link.count() == 0, f"unexpected footer {direction} link"
        else:
            assert link.count() == 1, f"no footer {direction} link"
            assert link.evaluate("a => a.href") == site.url(expected), direction


def follow(page: Any, site: ServedSite, click: Click) -> None:
    """Click the link as a reader would, and check where it lands: the URL, and for an
    anchor, its element in view below the sticky header, with the URL's hash its id."""
    page.locator(click.link).filter(visible=True).first.click()
    page.wait_for_url(site.url(click.to))
    page.wait_for_load_state()
    _, _, fragment = click.to.partition("#")
    if not fragment:
        return
    in_view = (
        "f => { const e = document.getElementById(f); if (!e) return false;"
        " const top = e.getBoundingClientRect().top;"
        " const header = document.querySelector('.md-header').getBoundingClientRect();"
        " return top >= header.bottom - 2 && top < window.innerHeight; }"
    )
    # Playwright's TimeoutError when it never lands: the assertions below say where it is.
    with contextlib.suppress(Exception):
        page.wait_for_function(in_view, arg=fragment, timeout=5000)
    where = landing(page, fragment)
    assert where["found"], f"no element with id {fragment!r} on {page.url}"
    assert where["hash"] == fragment, where
    assert where["headerBottom"] - 2 <= where["top"] < where["viewportHeight"], (
        f"#{fragment} is not in view below the header after the click: {where}"
    )


@by_name
def test_page_shows_its_content(open_page: OpenPage, site_page: SitePage) -> None:
    assert_shows_its_content(open_page(site_page), site_page)


@by_name
def test_footer_links_lead_where_expected(
    open_page: OpenPage, served_site: ServedSite, site_page: SitePage
) -> None:
    assert_footer_links(open_page(site_page), served_site, site_page)


@pytest.mark.parametrize("click", LINKS, ids=[c.name for c in LINKS])
def test_links_lead_to_their_targets(
    open_page: OpenPage, served_site: ServedSite, click: Click
) -> None:
    follow(open_page(click.page), served_site, click)


@pytest.mark.parametrize("site_page", THREE_PARTS_PAGES, ids=[p.name for p in THREE_PARTS_PAGES])
def test_footer_links_stay_inside_the_series(
    open_page: OpenPage, three_parts_site: ServedSite, site_page: SitePage
) -> None:
    """With parts 2 and 3 out and an unrelated post between them by date, the footer of
    each part leads to the parts next to it, never to the unrelated post."""
    page = open_page(site_page, site=three_parts_site)
    assert_shows_its_content(page, site_page)
    assert_footer_links(page, three_parts_site, site_page)


@pytest.mark.parametrize("click", THREE_PARTS_LINKS, ids=[c.name for c in THREE_PARTS_LINKS])
def test_links_between_parts_lead_to_them(
    open_page: OpenPage, three_parts_site: ServedSite, click: Click
) -> None:
    follow(open_page(click.page, site=three_parts_site), three_parts_site, click)


def assert_contrast(page: Any, site_page: SitePage) -> None:
    result = contrast(page, site_page.contrast)
    unchecked = [selector for selector, count in result["checked"].items() if count == 0]
    assert unchecked == [], f"no visible text found under {unchecked}"
    assert result["failures"] == [], "below WCAG AA:\n" + "\n".join(
        f"  {f}" for f in result["failures"]
    )


@by_name
@pytest.mark.parametrize("color_scheme", SCHEMES)
def test_text_keeps_wcag_aa_contrast(
    open_page: OpenPage, site_page: SitePage, color_scheme: str
) -> None:
    page = open_page(site_page)
    switch_scheme(page, color_scheme)
    assert_contrast(page, site_page)


def test_printed_from_the_dark_scheme_text_keeps_wcag_aa_contrast(open_page: OpenPage) -> None:
    """Material prints in the light scheme whatever the reader chose on screen: the
    plugin's dark-scheme colours must not reach paper."""
    site_page = page_named("post")
    page = open_page(site_page)
    switch_scheme(page, "slate")
    page.emulate_media(media="print")
    assert_contrast(page, site_page)
    light = page.evaluate(
        "() => getComputedStyle(document.querySelector('.st-callout--strategy'))"
        ".getPropertyValue('--st-callout-color').trim()"
    )
    assert light == "#8e24aa"  # the strategy type's light colour


@pytest.mark.parametrize("site_page", THREE_PARTS_PAGES, ids=[p.name for p in THREE_PARTS_PAGES])
@pytest.mark.parametrize("color_scheme", SCHEMES)
def test_parts_keep_wcag_aa_contrast(
    open_page: OpenPage, three_parts_site: ServedSite, site_page: SitePage, color_scheme: str
) -> None:
    """The stay-tuned block leading to a published next part, in both schemes."""
    page = open_page(site_page, site=three_parts_site)
    switch_scheme(page, color_scheme)
    assert_contrast(page, site_page)


@by_name
@pytest.mark.parametrize("color_scheme", SCHEMES)
def test_no_horizontal_scrolling_on_a_phone(
    open_page: OpenPage, site_page: SitePage, color_scheme: str
) -> None:
    page = open_page(site_page, width=PHONE_WIDTH, height=812)
    switch_scheme(page, color_scheme)
    measured = phone_overflow(page)
    assert measured["clientWidth"] == PHONE_WIDTH
    assert measured["scrollWidth"] <= measured["clientWidth"], measured


@by_name
def test_screenshots_in_both_schemes(
    open_page: OpenPage, site_page: SitePage, screenshots: Path
) -> None:
    """Saved for people to look at (test-artifacts/screenshots/, git-ignored)."""
    for width, label in ((PHONE_WIDTH, "phone"), (1280, "desktop")):
        page = open_page(site_page, width=width, height=812)
        for color_scheme in SCHEMES:
            switch_scheme(page, color_scheme)
            target = screenshots / f"{site_page.name}-{color_scheme}-{label}.png"
            # Material's tooltip of the palette toggle may linger: not part of the page.
            page.screenshot(path=str(target), full_page=True, style=HIDE_TOOLTIPS)
            assert target.stat().st_size > 0


def test_the_measurements_catch_what_they_look_for(open_page: OpenPage) -> None:
    """The contrast and overflow checks are not vacuous: a grey paragraph and a wide
    element are found, and nothing else changes (whatever the page held before)."""
    page = open_page(PAGES[0], width=PHONE_WIDTH, height=812)
    selectors = ("article.md-content__inner",)
    before = contrast(page, selectors)
    page.add_style_tag(
        content="article.md-content__inner > p:first-of-type { color: #aaa !important; }"
        " article h1 { width: 600px; }"
    )
    after = contrast(page, selectors)
    assert after["checked"] == before["checked"]
    new = [f for f in after["failures"] if f not in before["failures"]]
    assert [(f["tag"], f["need"]) for f in new] == [("p", 4.5)]
    assert new[0]["ratio"] < 2.5
    overflow = phone_overflow(page)
    assert overflow["scrollWidth"] > overflow["clientWidth"]
    assert any(item.startswith("h1") for item in overflow["wide"])


def test_the_landing_check_catches_a_target_under_the_header(open_page: OpenPage) -> None:
    """Without a scroll margin (Material's for ``:target``, the plugin's for callouts), a
    callout scrolled to as the browser scrolls to a followed permalink sits under
    Material's sticky header: the check must see it. (Where followed links land is
    checked by ``follow``, for every internal link of the site.)"""
    page = open_page(page_named("post"))
    # In <body>: instant navigation replaces <head> elements the next page lacks.
    page.evaluate(
        "css => document.body.appendChild(document.createElement('style')).textContent = css",
        ".md-typeset [id] { scroll-margin-top: 0 !important; }",
    )
    # A callout far enough from the end of the page to be scrolled to its top.
    page.locator('.st-callout a.headerlink[href$="#benefit-enhanced-communication"]').click()
    page.wait_for_function("() => location.hash === '#benefit-enhanced-communication'")
    # Playwright's click scrolls the link into view first (the callout then sits 365 px
    # down), and on a busy machine the jump to the fragment came later than any wait
    # for it. Scroll to the fragment as the browser does (`scrollIntoView`, aligned to
    # the top less the scroll margin), then wait until nothing moves any more: the
    # callout in the top quarter of the window for five frames.
    page.evaluate(
        "id => document.getElementById(id).scrollIntoView()", "benefit-enhanced-communication"
    )
    page.wait_for_function(
        """() => new Promise(done => {
            const target = document.getElementById('benefit-enhanced-communication');
            const tops = [];
            const step = () => {
                tops.push(target.getBoundingClientRect().top);
                if (tops.length < 5) return requestAnimationFrame(step);
                done(tops.every(t => t === tops[0]) && tops[0] < window.innerHeight / 4);
            };
            requestAnimationFrame(step);
        })"""
    )
    where = landing(page, "benefit-enhanced-communication")
    assert where["found"] and where["hash"] == "benefit-enhanced-communication"
    assert where["top"] < where["headerBottom"] - 2, where


def test_the_contrast_check_counts_each_selector(open_page: OpenPage) -> None:
    """An element under two selectors counts for both; a selector with no visible text
    counts nothing (and the test above fails on it)."""
    page = open_page(PAGES[0])
    result = contrast(page, ("article h1", "article.md-content__inner", ".no-such-thing"))
    assert result["checked"]["article h1"] == 1
    assert result["checked"]["article.md-content__inner"] > 1
    assert result["checked"][".no-such-thing"] == 0


def test_the_palette_toggle_switches_to_dark_and_back_and_is_remembered(
    open_page: OpenPage, served_site: ServedSite
) -> None:
    page = open_page(PAGES[0])
    assert scheme(page) == "default"
    switch_scheme(page, "slate")
    page.goto(served_site.url(PAGES[1].path))
    settle(page)
    assert scheme(page) == "slate"
    switch_scheme(page, "default")
    assert scheme(page) == "default"


def test_instant_navigation_keeps_the_plugin_working(
    open_page: OpenPage, served_site: ServedSite
) -> None:
    page = open_page("")
    # Material intercepts only links listed in its sitemap, fetched after the load: a
    # click before it arrives is an ordinary page load (seen on a busy machine).
    page.wait_for_load_state("networkidle")
    features = page.evaluate("JSON.parse(document.querySelector('#__config').textContent)")
    assert "navigation.instant" in features["features"]
    # A full page load would lose this; instant navigation swaps content in place.
    page.evaluate("window.__stayTunedNoReload = true")
    for step in INSTANT_ROUTE:
        page.locator(step.link).filter(visible=True).first.click()
        page.wait_for_url(served_site.url(step.to.path))
        page.wait_for_load_state()
        assert page.evaluate("window.__stayTunedNoReload === true"), (
            f"following {step.link} reloaded the page instead of instant navigation"
        )
        for selector in step.to.visible:
            page.locator(selector).first.wait_for(state="visible", timeout=5000)
        for name, check in INSTANT_CHECKS:
            if name == step.to.name:
                assert page.evaluate(check), f"after instant navigation to {name}: {check}"
    visited = {step.to.name for step in INSTANT_ROUTE}
    assert {name for name, _ in INSTANT_CHECKS} <= visited


# -- the same site on MaterialX 10 + ProperDocs 1.6 ------------------------------------
# MaterialX renders Material 9.7's templates with its own changes (search, header): the
# plugin's blocks must show, read the same, and keep their contrast there too.


@by_name
def test_materialx_page_shows_its_content(
    open_page: OpenPage, materialx_site: ServedSite, site_page: SitePage
) -> None:
    assert_shows_its_content(open_page(site_page, site=materialx_site), site_page)


@pytest.mark.parametrize("name", ["post", "series", "library"])
@pytest.mark.parametrize("color_scheme", SCHEMES)
def test_materialx_text_keeps_wcag_aa_contrast(
    open_page: OpenPage, materialx_site: ServedSite, name: str, color_scheme: str
) -> None:
    site_page = page_named(name)
    page = open_page(site_page, site=materialx_site)
    switch_scheme(page, color_scheme)
    assert_contrast(page, site_page)


@pytest.mark.parametrize("color_scheme", SCHEMES)
def test_materialx_post_on_a_phone_and_its_screenshots(
    open_page: OpenPage, materialx_site: ServedSite, color_scheme: str, screenshots: Path
) -> None:
    site_page = page_named("post")
    page = open_page(site_page, site=materialx_site, width=PHONE_WIDTH, height=812)
    switch_scheme(page, color_scheme)
    measured = phone_overflow(page)
    assert measured["scrollWidth"] <= measured["clientWidth"], measured
    target = screenshots / f"materialx-post-{color_scheme}-phone.png"
    page.screenshot(path=str(target), full_page=True, style=HIDE_TOOLTIPS)
    assert target.stat().st_size > 0
