"""What an author sees while a build error stands under `mkdocs serve`: the terminal
names the file (and key) to fix, the browser gets a page with the same error (MkDocs'
server alone holds every request until a build succeeds), and saving the fix brings the
site back (README, "When a build fails under mkdocs serve")."""

from __future__ import annotations

import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.integration.realsite import POST, copy_site
from tests.integration.test_cli import fetch, free_port, start_serve, wait_for
from tests.sitebuilder import post

pytestmark = pytest.mark.slow

BROKEN = "docs/blog/posts/broken-part.md"


def get(url: str) -> tuple[int, str] | None:
    """The status and body of ``url``; ``None`` when the server does not answer."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return int(response.status), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return int(error.code), error.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


class Output:
    """The lines a subprocess prints, read as they come."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        assert process.stdout is not None
        stream = process.stdout
        self.thread = threading.Thread(target=lambda: self.lines.extend(stream), daemon=True)
        self.thread.start()

    def after(self, start: int) -> str:
        return "".join(self.lines[start:])


def test_a_build_error_under_serve_names_the_file_and_the_last_good_site_stays(
    tmp_path: Path,
) -> None:
    root = copy_site(tmp_path / "site")
    port = free_port()
    server = start_serve(root, port)
    output = Output(server)
    try:
        base = f"http://127.0.0.1:{port}/love-and-dating/"
        wait_for(lambda: fetch(base + POST))
        wait_for(lambda: "Serving on" in output.after(0))
        start = len(output.lines)
        # A new part with an impossible number: an error, not a warning.
        (root / BROKEN).write_text(
            post("Broken", "2026-11-20", series="emotional-connection", part=0), encoding="utf-8"
        )
        text = wait_for(
            lambda: "stuck until build errors" in output.after(start) and output.after(start)
        )
        error = next(line for line in text.splitlines() if line.startswith("ERROR"))
        # The terminal line says which file to fix, and which key.
        assert f"stay-tuned: {BROKEN}: 'part'" in error, text
        assert "Traceback" not in text
        # The browser gets the same error, and a page that asks again by itself.
        answer = get(base + POST)
        assert answer is not None, "the server held the request"
        status, body = answer
        page = BeautifulSoup(body, "html.parser")
        assert status == 503
        message = page.select_one("pre.st-build-error__message")
        assert message is not None
        assert f"stay-tuned: {BROKEN}: 'part'" in message.get_text()
        refresh = page.select_one('meta[http-equiv="refresh"]')
        assert refresh is not None and refresh["content"] == "2"

        start = len(output.lines)
        (root / BROKEN).unlink()
        # "Reloading browsers" follows every good rebuild. Not "Documentation built in
        # N seconds": MkDocs drops a build log line it printed before, so a rebuild as
        # long as the first build (to the hundredth of a second) prints none.
        try:
            wait_for(lambda: "Reloading browsers" in output.after(start))
        except AssertionError:
            raise AssertionError(f"no rebuild; serve printed:\n{output.after(start)}") from None
        time.sleep(0.5)
        page = fetch(base + POST)
        assert page is not None and "delve into the importance" in page
    finally:
        server.terminate()
        server.wait(timeout=20)
