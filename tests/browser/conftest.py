"""Fixtures of the browser tests: the Love and Dating site (and variants of it, see
``SiteSource``) built and served on loopback, and Debian's Chromium driven by Playwright
(never a downloaded browser).

What the tests need is installed by ``scripts/browser-setup``. Without Chromium or
axe-core the tests skip with the reason; under ``CI=true`` they fail instead, so CI
cannot pass without having run them.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.site import (
    AXE_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    LOVE_AND_DATING,
    MATERIALX_SITE,
    MATERIALX_VENV,
    THREE_PARTS,
    ServedSite,
    SitePage,
    SiteSource,
)
from tests.integration.realsite import ENV, copy_site, tool

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def unavailable(reason: str) -> None:
    """Skip, or fail under CI, where the browser tests must run."""
    if os.environ.get("CI", "").lower() in {"true", "1"}:
        pytest.fail(f"{reason} (CI=true: browser tests must run; see scripts/browser-setup)")
    pytest.skip(f"{reason}; run scripts/browser-setup")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def _site_path(config_file: Path) -> str:
    """The path of ``site_url`` as MkDocs reads it (``SITE_URL`` or the default)."""
    from mkdocs.utils.yaml import yaml_load

    with config_file.open("rb") as handle:
        config = yaml_load(handle)
    path = urlsplit(str(config.get("site_url") or "/")).path or "/"
    return path if path.endswith("/") else path + "/"


class Servers:
    """Builds each ``SiteSource`` once per test session, on first use, and serves it."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self.tmp_path_factory = tmp_path_factory
        self.served: dict[str, ServedSite] = {}
        self.servers: list[tuple[http.server.ThreadingHTTPServer, threading.Thread]] = []

    def __call__(self, source: SiteSource) -> ServedSite:
        if source.name not in self.served:
            self.served[source.name] = self._serve(source)
        return self.served[source.name]

    def _serve(self, source: SiteSource) -> ServedSite:
        """The site, built with ``SITE_URL`` on a free loopback port, served at the same
        path as ``site_url``'s (instant navigation only follows links under
        ``site_url``)."""
        command = tool("mkdocs")
        if source.materialx:
            command = str(MATERIALX_VENV / "bin" / "properdocs")
            if not os.path.isfile(command):
                unavailable(f"{command} is missing (scripts/test-materialx creates it)")
        project = copy_site(
            self.tmp_path_factory.mktemp(f"browser-{source.name}"), materialx=source.materialx
        )
        for rel, text in source.files.items():
            (project / rel).parent.mkdir(parents=True, exist_ok=True)
            (project / rel).write_text(text, encoding="utf-8")
        serve_root = project / "served"
        handler = functools.partial(_QuietHandler, directory=str(serve_root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        path = _site_path(project / ("properdocs.yml" if source.materialx else "mkdocs.yml"))
        base = f"http://127.0.0.1:{server.server_address[1]}{path}"
        site_dir = serve_root / path.strip("/")
        result = subprocess.run(
            [command, "build", "--strict", "-d", str(site_dir)],
            cwd=project,
            env={**ENV, **source.env, "SITE_URL": base},
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            server.server_close()
            raise AssertionError(f"the site {source.name} does not build:\n{result.stderr}")
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        self.servers.append((server, thread))
        return ServedSite(base, site_dir)

    def close(self) -> None:
        for server, thread in self.servers:
            server.shutdown()
            server.server_close()
            thread.join(timeout=10)


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    built = Servers(tmp_path_factory)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture(scope="session")
def served_site(servers: Servers) -> ServedSite:
    """The Love and Dating site as it is in the repository."""
    return servers(LOVE_AND_DATING)


@pytest.fixture(scope="session")
def materialx_site(servers: Servers) -> ServedSite:
    """The site built with MaterialX 10 on ProperDocs 1.6 (``.venv-materialx``)."""
    return servers(MATERIALX_SITE)


@pytest.fixture(scope="session")
def three_parts_site(servers: Servers) -> ServedSite:
    """The site with parts 2 and 3 of its series published (and a post between them)."""
    return servers(THREE_PARTS)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        unavailable(f"{CHROMIUM} is missing (Debian package chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright Python package is missing (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def axe_js() -> Path:
    if not AXE_JS.is_file():
        unavailable(f"axe-core is missing at {AXE_JS}")
    return AXE_JS


# Only the served site is reachable: requests elsewhere (Material's Google Fonts) are
# aborted at once instead of waiting for a network this machine does not have.
_OFFSITE = re.compile(r"^(?!https?://127\.0\.0\.1[:/])[a-z]+://", re.IGNORECASE)


class OpenPage:
    """Opens pages of the served site (or of another one, ``site=``) in fresh browser
    contexts and closes them after the test; JavaScript errors of every page are
    collected in ``errors``."""

    def __init__(self, browser: Any, site: ServedSite) -> None:
        self.browser = browser
        self.site = site
        self.contexts: list[Any] = []
        self.errors: list[str] = []

    def __call__(
        self,
        page: SitePage | str,
        *,
        width: int = 1280,
        height: int = 800,
        site: ServedSite | None = None,
    ) -> Any:
        context = self.browser.new_context(
            viewport={"width": width, "height": height},
            color_scheme="light",
            reduced_motion="reduce",
        )
        context.route(_OFFSITE, lambda route: route.abort())
        self.contexts.append(context)
        tab = context.new_page()
        tab.on("pageerror", lambda error: self.errors.append(f"{tab.url}: {error}"))
        path = page.path if isinstance(page, SitePage) else page
        tab.goto((site or self.site).url(path), wait_until="load")
        return tab

    def close(self) -> None:
        for context in self.contexts:
            context.close()


@pytest.fixture
def open_page(browser: Any, served_site: ServedSite) -> Iterator[Callable[..., Any]]:
    opener = OpenPage(browser, served_site)
    try:
        yield opener
    finally:
        opener.close()
    assert opener.errors == [], f"JavaScript errors: {opener.errors}"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Where screenshots go (git-ignored); kept after the run for people to look at."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
