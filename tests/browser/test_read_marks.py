"""'Where was I?': the parts a reader has opened are remembered in their browser
(localStorage only) and marked as read in the series box and on the series page, which
offers "Continue with Part N". Without storage, or without JavaScript, the pages stay as
built. Run on the site with parts 1 to 3 of its series published (``THREE_PARTS``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.site import PART_2, PART_3, POST, SERIES, ServedSite

pytestmark = pytest.mark.browser

READ_JS = "assets/stay_tuned/series-read.js"
READ_ITEMS = ".st-series-page__parts li.st-series-part--read"
CONTINUE = ".st-series-page__continue a"

# What a browser that refuses storage does (a privacy setting, a sandboxed frame).
BLOCKED_STORAGE = """
Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});
"""
# Storage that can be read but not written (a full quota, some private modes).
FULL_STORAGE = """
Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};
"""


class Tabs:
    """Browser contexts of one test, each a fresh profile (its own storage), with every
    JavaScript error and console error collected, and every request the pages made."""

    def __init__(self, browser: Any, site: ServedSite) -> None:
        self.browser = browser
        self.site = site
        self.contexts: list[Any] = []
        self.errors: list[str] = []
        self.errors_of: dict[int, list[str]] = {}
        """Each tab's errors, by ``id(tab)``, as (path, message)."""
        self.requests: list[str] = []

    def open(
        self, *, javascript: bool = True, init_script: str = "", block_script: bool = False
    ) -> Any:
        context = self.browser.new_context(
            viewport={"width": 1280, "height": 800},
            java_script_enabled=javascript,
            reduced_motion="reduce",
        )
        # Only the served site: Material's Google Fonts are not reachable here.
        context.route(
            lambda url: not url.startswith("http://127.0.0.1"), lambda route: route.abort()
        )
        if block_script:
            context.route(f"**/{READ_JS}", lambda route: route.abort())
        if init_script:
            context.add_init_script(init_script)
        self.contexts.append(context)
        tab = context.new_page()
        tab.on("pageerror", lambda error: self._error(tab, str(error)))
        tab.on("console", lambda message: self._console(tab, message))
        tab.on("request", lambda request: self.requests.append(request.url))
        tab.on("response", lambda response: self._response(response))
        return tab

    def _console(self, tab: Any, message: Any) -> None:
        # Refused requests (the offsite fonts) are the browser's notes, not script
        # errors; missing files are reported by `_response`.
        if message.type == "error" and "Failed to load resource" not in message.text:
            self._error(tab, message.text)

    def _error(self, tab: Any, message: str) -> None:
        path = tab.url.removeprefix(self.site.base)
        self.errors.append(f"{path}: {message}")
        self.errors_of.setdefault(id(tab), []).append(f"{path}: {message}")

    def _response(self, response: Any) -> None:
        if response.status >= 400 and "/assets/stay_tuned/" in response.url:
            self.errors.append(f"{response.url}: HTTP {response.status}")

    def visit(self, tab: Any, path: str) -> None:
        tab.goto(self.site.url(path), wait_until="load")
        tab.wait_for_load_state("networkidle")

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def tabs(browser: Any, three_parts_site: ServedSite) -> Iterator[Tabs]:
    opened = Tabs(browser, three_parts_site)
    try:
        yield opened
    finally:
        opened.close()


def read_parts(tab: Any, selector: str = READ_ITEMS) -> list[str]:
    found: list[str] = tab.locator(selector).evaluate_all(
        "els => els.map((e) => e.getAttribute('data-st-part'))"
    )
    return found


def article_text(tab: Any) -> str:
    text: str = tab.locator("article.md-content__inner").evaluate(
        "e => e.innerText.replace(/\\s+/g, ' ').trim()"
    )
    return text


def test_opened_parts_are_marked_read_and_the_series_page_offers_to_continue(
    tabs: Tabs,
) -> None:
    tab = tabs.open()
    tabs.visit(tab, SERIES)
    # Nothing read yet: nothing marked, nothing to continue.
    assert read_parts(tab) == []
    assert tab.locator(".st-series-page__continue").count() == 0

    tabs.visit(tab, POST)
    tabs.visit(tab, SERIES)
    assert read_parts(tab) == ["1"]
    mark = tab.locator(f"{READ_ITEMS} .st-series-part__read")
    assert mark.inner_text() == "Read"
    go_on = tab.locator(CONTINUE)
    assert go_on.inner_text() == "Continue with Part 2"
    assert go_on.evaluate("a => a.href") == tabs.site.url(PART_2)
    go_on.click()
    tab.wait_for_url(tabs.site.url(PART_2))
    tab.wait_for_load_state("networkidle")

    # On Part 2 the box marks Part 1, read before (not the part being read).
    # (Instant navigation: the script runs once the new page is in place.)
    tab.wait_for_function(
        "() => document.querySelector('.st-series-box li.st-series-part--read') !== null",
        timeout=5000,
    )
    assert read_parts(tab, ".st-series-box li.st-series-part--read") == ["1"]
    tabs.visit(tab, SERIES)
    assert read_parts(tab) == ["1", "2"]
    assert tab.locator(CONTINUE).inner_text() == "Continue with Part 3"

    # Every published part read: no more "Continue" (parts 4 and 5 are announced only).
    tabs.visit(tab, PART_3)
    tabs.visit(tab, SERIES)
    assert read_parts(tab) == ["1", "2", "3"]
    assert tab.locator(".st-series-page__continue").count() == 0

    # Remembered in the browser only: no cookie, no request beyond the site's own files.
    assert tab.context.cookies() == []
    # (Material asks for its Google Fonts, refused here.)
    offsite = [u for u in tabs.requests if not u.startswith(tabs.site.base)]
    assert [u for u in offsite if "fonts.g" not in u] == []
    assert tabs.errors == []


def test_read_marks_follow_instant_navigation(tabs: Tabs) -> None:
    tab = tabs.open()
    tabs.visit(tab, "")
    tab.evaluate("window.__noReload = true")
    tab.locator('article.md-content__inner a[href*="the-importance-of-emotional"]').first.click()
    tab.wait_for_url(tabs.site.url(POST))
    tab.locator("a.st-series-box__series").first.click()
    tab.wait_for_url(tabs.site.url(SERIES))
    tab.wait_for_function(
        "() => document.querySelectorAll('.st-series-page__continue a').length === 1",
        timeout=5000,
    )
    assert tab.evaluate("window.__noReload === true"), "the links reloaded the page"
    assert read_parts(tab) == ["1"]
    assert tab.locator(CONTINUE).inner_text() == "Continue with Part 2"
    assert tabs.errors == []


@pytest.mark.parametrize("storage", [BLOCKED_STORAGE, FULL_STORAGE], ids=["blocked", "full"])
def test_without_storage_nothing_is_marked_and_nothing_fails(tabs: Tabs, storage: str) -> None:
    tab = tabs.open(init_script=storage)
    # The same visits without the plugin's script: the errors Material's own scripts
    # have without storage (its inline palette script reads localStorage unguarded).
    without = tabs.open(init_script=storage, block_script=True)
    for path in (POST, PART_2, SERIES):
        tabs.visit(tab, path)
        tabs.visit(without, path)
        assert read_parts(tab, "li.st-series-part--read") == [], path
        assert tab.locator(".st-series-part__read").count() == 0, path
    assert tab.locator(".st-series-page__continue").count() == 0
    # The read marks' script adds no error of its own.
    assert tabs.errors_of.get(id(tab), []) == tabs.errors_of.get(id(without), [])


def test_without_javascript_the_pages_are_as_built(tabs: Tabs) -> None:
    # The same pages without the script (its request refused): what a reader sees.
    plain = tabs.open(block_script=True)
    expected = {}
    for path in (POST, SERIES):
        tabs.visit(plain, path)
        expected[path] = article_text(plain)

    off = tabs.open(javascript=False)
    for path in (POST, PART_2, SERIES):  # parts read: with JavaScript they would be marked
        tabs.visit(off, path)
    for path in (POST, SERIES):
        tabs.visit(off, path)
        assert off.locator(".st-series-part--read, .st-series-part__read").count() == 0
        assert off.locator(".st-series-page__continue").count() == 0
        assert article_text(off) == expected[path], path
    assert tabs.errors == []
