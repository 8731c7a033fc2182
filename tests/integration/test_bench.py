"""Keeps bench/ from rotting: the generator writes a blog shaped like the site, and one
quick benchmark run builds it with the plugin on and off. Nothing here is timed."""

from __future__ import annotations

import argparse
import datetime
import gc
import logging
import re
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
    blog = generate(tmp_path / "blog", 7, today=TODAY)
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
        # The benchmark measures what a site gets: no option of its own.
        assert set(options) == {"enabled", "sign_off", "follow", "feed_excerpts"}


def test_plain_blog_uses_none_of_the_plugins_syntax(tmp_path: Path) -> None:
    """The 'Material alone' rows: the same posts with Material's admonitions, no series
    file, and the plugin listed without options."""
    blog = generate(tmp_path / "plain", 7, today=TODAY, plain=True)
    docs = blog.root / "docs"
    assert not (docs / "blog" / ".series.yml").exists()
    for path in sorted((docs / "blog" / "posts").glob("*.md")):
        meta, body = _front_matter_and_body(path.read_text(encoding="utf-8"))
        assert "series" not in meta and "part" not in meta
        html = BeautifulSoup(markdown.markdown(body, extensions=["admonition"]), "html.parser")
        assert not html.select("div.admonition.benefit, div.admonition.strategy")
        assert len(html.select("div.admonition.note")) == STRATEGIES_PER_POST
        assert len(html.select("div.admonition.tip")) == BENEFITS_PER_POST
    for config, enabled in ((blog.config_on, True), (blog.config_off, False)):
        data = yaml.safe_load(config.read_text(encoding="utf-8"))
        (options,) = [p["stay-tuned"] for p in data["plugins"] if "stay-tuned" in p]
        assert options == {"enabled": enabled}


def test_quick_benchmark_builds_both_variants(tmp_path: Path) -> None:
    output = tmp_path / "RESULTS.md"
    code = run.main(
        [
            "--sizes",
            "6",
            "--repeats",
            "1",
            "--serve-posts",
            "6",
            "--rebuilds",
            "1",
            "--workdir",
            str(tmp_path),
            "--output",
            str(output),
        ]
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
    assert len(rows) == 2  # the default options, then the other settings
    rows = [line for line in rows if "of the build; GC " in line]
    assert len(rows) == 1
    # The plugin's own time comes from a separate build with its functions timed.
    assert (tmp_path / "6" / "site-profiled" / "index.html").is_file()
    own = rows[0].split("|")[8].strip()
    assert re.fullmatch(r"\S+ s \(\S+ % of the build; GC \S+ s\)", own), own
    assert float(own.split(" s ")[0]) > 0, own
    # Where that time goes: the plugin's ways in, per post, adding up to about its time.
    entries = [line for line in text.splitlines() if line.startswith("| `")]
    assert entries and len(entries) <= run.ENTRY_ROWS, entries
    names = [line.split("`")[1] for line in entries]
    assert "plugin.StayTunedPlugin.on_page_markdown" in names, names
    (features,) = [line for line in text.splitlines() if line.startswith("| of all: the features")]
    (speedups,) = [line for line in text.splitlines() if line.startswith("| of all: the speedups")]
    per_post = float(own.split(" s ")[0]) / 6 * 1000
    both = float(features.split("|")[2]) + float(speedups.split("|")[2])
    assert 0.5 * per_post <= both <= 1.5 * per_post, (both, per_post)
    assert float(features.split("|")[2]) > 0
    assert "- CPU:" in text and "mkdocs-material" in text
    assert "every other option at its default" in text
    # The plain blog was built with the plugin listed and without, and compared.
    plain_on = post_pages(tmp_path / "6-plain" / "site-plain-on")
    assert len(plain_on) == 6 and not any(p.select("aside.st-sign-off") for p in plain_on)
    (extra,) = [
        line
        for line in text.splitlines()
        if line.startswith("| 6 |") and "of the build; GC " not in line
    ]
    material_alone = extra.split("|")[5].strip()
    assert float(material_alone.split()[0]) > 0, extra
    speedups_false = extra.split("|")[2].strip()
    if run.plugin_has_option("speedups"):
        assert float(speedups_false.split()[0]) > 0, extra
        assert (tmp_path / "6" / "site-on-nospeedups" / "index.html").is_file()
    else:
        assert speedups_false == "-"
        assert "has no `speedups` option" in text
    # mkdocs serve: a rebuild after editing a post, with the plugin and without.
    serve = [line for line in text.splitlines() if line.startswith(("| off |", "| on |"))]
    assert len(serve) == 2
    for line in serve:
        rebuild_cpu = line.split("|")[5].strip()
        assert rebuild_cpu.endswith(" s") and float(rebuild_cpu[:-2]) > 0, line
    assert "Rebuild, plugin on / off (CPU):" in text
    # The edited post was restored.
    posts = sorted((tmp_path / "serve-6" / "docs" / "blog" / "posts").glob("*.md"))
    assert not any("Edited" in path.read_text(encoding="utf-8") for path in posts)

    # A second run replaces the block and keeps what was written around it.
    output.write_text(text + "\nHand-written history.\n", encoding="utf-8")
    run.write_results(output, run.report([], 1, "again"))
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


def test_other_settings_are_passed_as_options() -> None:
    assert run.parse_option("series_nav=all") == ("series_nav", "all")
    assert run.parse_option("speedups=false") == ("speedups", False)
    for wrong in ("series_nav", "=all"):
        with pytest.raises(argparse.ArgumentTypeError):
            run.parse_option(wrong)
    text = run.report([], 1, "python -m bench --option series_nav=all", None, {"series_nav": "all"})
    assert "every other option at its default, except `series_nav: all`" in text
    assert "except" not in run.report([], 1, "python -m bench")
