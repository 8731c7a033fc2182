"""What differs on MaterialX: its default search is Pagefind, which indexes the built
HTML of each page's article. The plugin's blocks that repeat from post to post (series
box, Key takeaways, stay-tuned and follow blocks, sign-off) are marked
``data-pagefind-ignore``, so a post is found by its own words there too, as with
Material's lunr search; the strategy library (``search: {exclude: true}``) is not
indexed at all. Runs on the MaterialX stack (``./scripts/test-materialx``)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests import stack
from tests.integration.realsite import POST

pytestmark = pytest.mark.skipif(not stack.MATERIALX, reason="MaterialX's Pagefind search")

LIBRARY = "blog/strategies/"


def fragments(site: Path) -> dict[str, dict[str, Any]]:
    """Pagefind's indexed pages by URL path: each fragment is gzipped JSON after a
    signature."""
    found = {}
    for path in (site / "search" / "fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(path.read_bytes())
        fragment = json.loads(raw[raw.index(b"{") :])
        found[fragment["url"]] = fragment
    return found


def test_pagefind_indexes_a_post_by_its_own_words(built: tuple[Path, str]) -> None:
    site, log = built
    assert "WARNING" not in log, log
    post = fragments(site)[f"/{POST}index.html"]["content"]
    assert "delve into the importance" in post  # the article itself
    assert "Practice Active Listening" in post  # its callouts
    for repeated in (
        "Thank you for visiting Love and Dating",  # sign-off
        "Follow this",  # follow blocks
        "Stay tuned",  # the stay-tuned block
        "Coming soon",  # the series box
        "Key takeaways",
    ):
        assert repeated not in post, repeated


def test_the_repeated_blocks_are_marked_and_the_library_is_not_indexed(
    built: tuple[Path, str],
) -> None:
    site, _ = built
    page = BeautifulSoup((site / POST / "index.html").read_text(), "html.parser")
    assert page.select_one("article[data-pagefind-body]") is not None
    # The series box and the closing card (what comes next, follow, sign-off) repeat
    # from post to post; the first article has no Key takeaways (too few words).
    for block in ("nav.st-series-box", "div.st-closing", "aside.st-stay-tuned"):
        found = page.select_one(f"article {block}")
        assert found is not None and found.has_attr("data-pagefind-ignore"), block
    assert page.select("article aside.st-sign-off[data-pagefind-ignore]")
    library = BeautifulSoup((site / LIBRARY / "index.html").read_text(), "html.parser")
    assert library.select_one("[data-pagefind-body]") is None
    assert f"/{LIBRARY}index.html" not in fragments(site)


def test_the_speedups_stay_off_on_materialx(built: tuple[Path, str]) -> None:
    # They were checked against Material 9.8's blog only: MaterialX's blog converts an
    # excerpt once by itself. One INFO line says so; the build is as without them.
    _, log = built
    lines = [line for line in log.splitlines() if "stay-tuned: speedups are off" in line]
    assert len(lines) == 1, log
    assert lines[0].startswith("INFO") and "Material for MkDocs 10." in lines[0]
