"""Keeps bench/ from rotting: the generator writes a blog shaped like the site, and one
quick benchmark run builds it with the plugin on and off. Nothing here is timed."""

from __future__ import annotations

import datetime
import gc
import logging
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from bench import pages, run
from bench.generate import BENEFITS_PER_POST, STRATEGIES_PER_POST, generate
from tests import stack

# The benchmark measures the demo site's stack (theme `material`, the `mkdocs` command).
pytestmark = pytest.mark.skipif(
    stack.MATERIALX, reason="bench/ builds with Material for MkDocs and the mkdocs command"
)

TODAY = datetime.date(2026, 6, 1)


def _front_matter_and_body(text: str) -> tuple[dict[str, Any], str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def test_generated_blog_is_shaped_like_the_site(tmp_path: Path) -> None:
    blog = generate(tmp_path / "blog", 7, today=TODAY, options={"series_nav": "index"})
    docs = blog.root / "docs"

    posts = sorted((docs / "blog" / "posts").glob("*.md"))
    assert len(posts) == len(blog.posts) == 7
    registry = yaml.safe_load((docs / "blog" / ".series.yml").read_text(encoding="utf-8"))
    assert list(registry) == ["series"]
    declared = registry["series"]
    assert len(declared) == 2
    first, second = declared.values()
    assert "upcoming" not in first  # five published parts
    # The last series has two parts published and three announced, dated in the future.
    assert [entry["part"] for entry in second["upcoming"]] == [3, 4, 5]
    assert all(entry["date"] > TODAY for entry in second["upcoming"])
    assert all(set(entry) == {"part", "title", "date"} for entry in second["upcoming"])

    parts: dict[str, list[int]] = {}
    for path in posts:
        meta, body = _front_matter_and_body(path.read_text(encoding="utf-8"))
        assert meta["series"] in declared
        assert isinstance(meta["part"], int)
        parts.setdefault(str(meta["series"]), []).append(meta["part"])
        assert isinstance(meta["date"], datetime.date) and meta["date"] < TODAY
        assert meta["authors"] == ["editors"]
        assert meta["categories"] and set(meta["categories"]) <= {
            "Relationships",
            "Communication",
            "Dating",
        }
        assert "<!-- more -->" in body.splitlines()
        html = BeautifulSoup(markdown.markdown(body, extensions=["admonition"]), "html.parser")
        benefits = html.select("div.admonition.benefit > p.admonition-title")
        strategies = html.select("div.admonition.strategy > p.admonition-title")
        assert len(benefits) == BENEFITS_PER_POST
        assert len(strategies) == STRATEGIES_PER_POST
        assert len({s.get_text() for s in strategies}) == STRATEGIES_PER_POST
        assert html.h1 is not None
    assert sorted(sorted(p) for p in parts.values()) == [[1, 2], [1, 2, 3, 4, 5]]

    # The real site's configuration, inherited; only the plugin switch differs.
    for config, enabled in ((blog.config_on, True), (blog.config_off, False)):
        data = yaml.safe_load(config.read_text(encoding="utf-8"))
        assert data["INHERIT"] == "site.yml"
        (options,) = [p["stay-tuned"] for p in data["plugins"] if "stay-tuned" in p]
        assert options["enabled"] is enabled
        assert options["sign_off"].startswith("Thank you for visiting Love and Dating")
        assert options["series_nav"] == "index"


def test_quick_benchmark_builds_both_variants(tmp_path: Path) -> None:
    output = tmp_path / "RESULTS.md"
    code = run.main(
        ["--sizes", "6", "--repeats", "1", "--workdir", str(tmp_path), "--output", str(output)]
    )
    assert code == 0

    def post_pages(site: Path) -> list[BeautifulSoup]:
        pages = [
            BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            for path in sorted((site / "blog").glob("20*/**/index.html"))
        ]
        return [page for page in pages if page.select_one("article.md-content__inner h1")]

    on = post_pages(tmp_path / "6" / "site-on")
    off = post_pages(tmp_path / "6" / "site-off")
    assert len(on) == len(off) == 6
    assert all(len(page.select("aside.st-sign-off")) == 1 for page in on)
    assert all(not page.select("aside.st-sign-off") for page in off)
    for page in on:
        assert len(page.select("div.admonition.strategy")) == STRATEGIES_PER_POST

    text = output.read_text(encoding="utf-8")
    assert text.startswith("# Build benchmark")
    assert run.BEGIN in text and run.END in text
    rows = [line for line in text.splitlines() if line.startswith("| 6 |")]
    assert len(rows) == 1
    # The plugin's own time comes from a separate build with its functions timed.
    assert (tmp_path / "6" / "site-profiled" / "index.html").is_file()
    own = rows[0].split("|")[8].strip()
    assert own.endswith("of the build)") and float(own.split(" s ")[0]) > 0, own
    assert "- CPU:" in text and "mkdocs-material" in text
    assert "`series_nav: index`" in text

    # A second run replaces the block and keeps what was written around it.
    output.write_text(text + "\nHand-written history.\n", encoding="utf-8")
    run.write_results(output, run.report([], 1, "again", "index"))
    again = output.read_text(encoding="utf-8")
    assert again.count(run.BEGIN) == 1 and "| 6 |" not in again
    assert "Hand-written history." in again


def test_page_times_by_kind_of_page(tmp_path: Path, capsys: Any) -> None:
    from mkdocs.commands import build

    populate = build._populate_page
    blog = generate(tmp_path / "blog", 6, today=TODAY)
    callbacks = list(gc.callbacks)
    code = pages.main(["-f", str(blog.config_on), "-d", str(tmp_path / "site")])
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    rows = {
        tuple(cell.strip() for cell in line.strip("|").split("|")[:3])
        for line in out
        if line.startswith("| ")
    }
    assert ("populate", "posts", "6") in rows
    assert ("build", "series pages", "3") in rows  # two series and their index
    assert ("build", "strategy library", "1") in rows
    assert ("search", "posts", "6") in rows
    collector = next(line for line in out if line.startswith("Garbage collection: "))
    assert "young " in collector and "full " in collector and "tracked objects" in collector
    assert gc.callbacks == callbacks
    # MkDocs is left as it was: its functions, and its logger (the plugin warnings that
    # later tests expect still reach them).
    assert build._populate_page is populate
    assert logging.getLogger("mkdocs").propagate
