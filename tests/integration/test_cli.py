"""The author's commands: `mkdocs serve` (with live rebuilds), `mkdocs gh-deploy` (the
`properdocs` commands on the MaterialX stack), and a build with the other engine."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests import stack
from tests.integration.realsite import ENV, POST, copy_site, engine, tool

pytestmark = pytest.mark.slow

POST_SOURCE = "docs/blog/posts/the-importance-of-emotional-connection.md"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(predicate: object, timeout: float = 90.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()  # type: ignore[operator]
        if value:
            return str(value)
        time.sleep(0.5)
    raise AssertionError("timed out")


def start_serve(root: Path, port: int) -> subprocess.Popen[str]:
    """``mkdocs serve`` (``properdocs serve`` on the MaterialX stack) of the site in
    ``root`` on ``port``; its output (stdout and stderr) in a text pipe."""
    return subprocess.Popen(
        [engine(), "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_serve_shows_a_post_and_rebuilds_after_an_edit(tmp_path: Path) -> None:
    root = copy_site(tmp_path / "site")
    port = free_port()
    server = start_serve(root, port)
    try:
        # serve puts the site under site_url's path
        base = f"http://127.0.0.1:{port}/love-and-dating/"
        html = wait_for(lambda: fetch(base + POST))
        article = BeautifulSoup(html, "html.parser").select_one("article")
        assert article is not None and "delve into the importance" in article.get_text()
        assert article.select_one("aside.st-sign-off") is not None

        source = root / POST_SOURCE
        text = source.read_text(encoding="utf-8")
        source.write_text(
            text.replace("## What is Emotional Connection?", "## What Is a Real Connection?"),
            encoding="utf-8",
        )

        def edited() -> str | None:
            page = fetch(base + POST)
            return page if page and "What Is a Real Connection?" in page else None

        page = BeautifulSoup(wait_for(edited), "html.parser")
        headings = [h.get_text().rstrip("¶") for h in page.select("article h2")]
        assert "What Is a Real Connection?" in headings
        assert len(page.select("aside.st-sign-off")) == 1  # not doubled by the rebuild
        feed = fetch(base + "feed_json_created.json")
        assert feed is not None and feed.count('"title": "The Importance of Emotional') == 1
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
    assert "Traceback" not in output, output


def test_gh_deploy_publishes_to_a_local_bare_repository(tmp_path: Path) -> None:
    root = copy_site(tmp_path / "site")
    remote = tmp_path / "remote.git"
    git_env = {
        **ENV,
        "GIT_AUTHOR_NAME": "Author",
        "GIT_AUTHOR_EMAIL": "author@example.org",
        "GIT_COMMITTER_NAME": "Author",
        "GIT_COMMITTER_EMAIL": "author@example.org",
    }

    def git(*args: str, cwd: Path = root) -> str:
        return subprocess.run(
            ["git", *args], cwd=cwd, env=git_env, check=True, capture_output=True, text=True
        ).stdout

    git("init", "--bare", str(remote), cwd=tmp_path)
    git("init", "-b", "main")
    git("add", ".")
    git("commit", "-m", "site")
    git("remote", "add", "origin", remote.as_uri())

    result = subprocess.run(
        [engine(), "gh-deploy", "--force", "--no-history"],
        cwd=root,
        env=git_env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    listed = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).splitlines()
    assert "index.html" in listed
    assert f"{POST}index.html" in listed
    assert ".nojekyll" in listed
    assert "feed_rss_created.xml" in listed
    published = git("show", f"gh-pages:{POST}index.html", cwd=remote)
    article = BeautifulSoup(published, "html.parser").select_one("article")
    assert article is not None and article.select_one("aside.st-sign-off") is not None


def test_site_builds_with_the_other_engine(tmp_path: Path) -> None:
    # The engine the stack does not use by default: ProperDocs for the Material site,
    # MkDocs 1.6 for the MaterialX one (each theme supports both).
    root = copy_site(tmp_path / "site")
    other = "mkdocs" if stack.MATERIALX else "properdocs"
    result = subprocess.run(
        [tool(other), "build", "--strict", "-f", stack.CONFIG_FILE],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    page = BeautifulSoup((root / "site" / POST / "index.html").read_text(), "html.parser")
    assert page.select_one("article aside.st-sign-off") is not None
    assert os.path.isfile(root / "site" / "feed_rss_created.xml")
