"""The site in a real browser (headless Debian Chromium): content, footer links, dark
scheme contrast, a phone-sized viewport, instant navigation, and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.browser.site import (
    INSTANT_CHECKS,
    INSTANT_ROUTE,
    PAGES,
    PHONE_WIDTH,
    SCHEMES,
    ServedSite,
    SitePage,
    contrast,
    phone_overflow,
    scheme,
    settle,
    switch_scheme,
)

pytestmark = pytest.mark.browser

OpenPage = Callable[..., Any]
by_name = pytest.mark.parametrize("site_page", PAGES, ids=[p.name for p in PAGES])


@by_name
def test_page_shows_its_content(open_page: OpenPage, site_page: SitePage) -> None:
    page = open_page(site_page)
    for selector in site_page.visible:
        assert page.locator(selector).filter(visible=True).count() > 0, (
            f"nothing visible matches {selector}"
        )


@by_name
def test_footer_links_lead_where_expected(
    open_page: OpenPage, served_site: ServedSite, site_page: SitePage
) -> None:
    page = open_page(site_page)
    for direction, expected in (("prev", site_page.footer_prev), ("next", site_page.footer_next)):
        link = page.locator(f"nav.md-footer__inner a.md-footer__link--{direction}")
        if expected is None:
            assert link.count() == 0, f"unexpected footer {direction} link"
        else:
            assert link.count() == 1, f"no footer {direction} link"
            href = link.evaluate("a => a.href")
            assert href == served_site.url(expected)


@by_name
@pytest.mark.parametrize("color_scheme", SCHEMES)
def test_text_keeps_wcag_aa_contrast(
    open_page: OpenPage, site_page: SitePage, color_scheme: str
) -> None:
    page = open_page(site_page)
    switch_scheme(page, color_scheme)
    result = contrast(page, site_page.contrast)
    assert result["checked"] > 0, f"no text found under {site_page.contrast}"
    assert result["failures"] == [], "below WCAG AA:\n" + "\n".join(
        f"  {f}" for f in result["failures"]
    )


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
            page.screenshot(path=str(target), full_page=True)
            assert target.stat().st_size > 0


def test_the_measurements_catch_what_they_look_for(open_page: OpenPage) -> None:
    """The contrast and overflow checks are not vacuous: a grey paragraph and a wide
    element are found."""
    page = open_page(PAGES[0], width=PHONE_WIDTH, height=812)
    page.add_style_tag(
        content="article.md-content__inner > p:first-of-type { color: #aaa !important; }"
        " article h1 { width: 600px; }"
    )
    failures = contrast(page, ("article.md-content__inner",))["failures"]
    assert [f["tag"] for f in failures] == ["p"]
    assert failures[0]["need"] == 4.5 and failures[0]["ratio"] < 2.5
    overflow = phone_overflow(page)
    assert overflow["scrollWidth"] > overflow["clientWidth"]
    assert any(item.startswith("h1") for item in overflow["wide"])


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
    features = page.evaluate("JSON.parse(document.querySelector('#__config').textContent)")
    assert "navigation.instant" in features["features"]
    # A full page load would lose this; instant navigation swaps content in place.
    page.evaluate("window.__stayTunedNoReload = true")
    checks = dict(INSTANT_CHECKS)
    for step in INSTANT_ROUTE:
        page.locator(step.link).first.click()
        page.wait_for_url(served_site.url(step.to.path))
        page.wait_for_load_state()
        assert page.evaluate("window.__stayTunedNoReload === true"), (
            f"following {step.link} reloaded the page instead of instant navigation"
        )
        for selector in step.to.visible:
            page.locator(selector).first.wait_for(state="visible", timeout=5000)
        if step.to.name in checks:
            assert page.evaluate(checks[step.to.name]), checks[step.to.name]
