"""The Love and Dating site's first series: the first article is Part 1 of
"Building Emotional Connection", whose next parts are announced from its strategies."""

from __future__ import annotations

import datetime
import itertools
import json
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from tests.integration.test_site import ENV, POST, copy_site, tool
from tests.sitebuilder import REPO_ROOT

SERIES = "blog/series/emotional-connection/"
FIRST_ARTICLE_DATE = datetime.date(2026, 11, 25)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_site(tmp_path_factory.mktemp("site"))
    result = subprocess.run(
        [tool("mkdocs"), "build", "--strict"],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return root / "site"


def html(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_series_file_announces_parts_two_to_five_weeks_apart() -> None:
    data = yaml.safe_load((REPO_ROOT / "docs/blog/.series.yml").read_text(encoding="utf-8"))
    series = data["series"]["emotional-connection"]
    assert series["title"] == "Building Emotional Connection"
    upcoming = series["upcoming"]
    assert [entry["part"] for entry in upcoming] == [2, 3, 4, 5]
    dates = [FIRST_ARTICLE_DATE] + [entry["date"] for entry in upcoming]
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    assert all(14 <= gap <= 35 for gap in gaps), gaps


def test_the_first_article_is_part_one_of_five(site: Path) -> None:
    article = html(site, POST).select_one("article.md-content__inner")
    assert article is not None
    box = article.select_one("nav.st-series-box")
    assert box is not None
    assert " ".join(box.select_one(".st-series-box__title").get_text(" ").split()) == (
        "Part 1 of 5 · Building Emotional Connection"
    )
    parts = box.select("li.st-series-part")
    assert parts[0].select_one('[aria-current="page"]') is not None
    announced = [li.select_one(".st-series-part__title").get_text() for li in parts[1:]]
    # The article's strategies, one part each (quality time and empathy together).
    for title, strategy in zip(
        announced, ("Listening", "Appreciation", "Vulnerabilit", "Empathy"), strict=True
    ):
        assert strategy in title
    assert all(li.select_one("time") is not None for li in parts[1:])

    block = article.select_one("aside.st-stay-tuned--announced")
    assert block is not None
    assert "Stay tuned: Part 2 — Active Listening in Practice is coming on" in block.get_text()
    assert block.find_next_sibling("aside", class_="st-sign-off") is not None


def test_the_series_page_index_and_json(site: Path) -> None:
    page = html(site, SERIES).select_one("article.md-content__inner")
    assert page is not None
    assert page.select_one(".st-series-status").get_text() == "Ongoing: 1 of 5 parts published"
    assert len(page.select("ol.st-series-page__parts > li")) == 5
    index = html(site, "blog/series/").select_one("article.md-content__inner")
    assert index is not None and index.select_one("a.st-series-index__series") is not None
    data = json.loads((site / "series.json").read_text(encoding="utf-8"))
    (series,) = data["series"]
    assert [part["status"] for part in series["parts"]] == ["published"] + ["announced"] * 4
    assert series["url"].endswith("/" + SERIES)


def test_the_blog_index_labels_the_excerpt(site: Path) -> None:
    label = html(site, "blog/").select_one("article.md-post--excerpt .st-series-label")
    assert label is not None
    assert label.get_text() == "Part 1 of 5 · Building Emotional Connection"


def test_the_article_has_structured_data(site: Path) -> None:
    blocks = html(site, POST).select('head script[type="application/ld+json"]')
    (posting,) = [json.loads(block.string or "") for block in blocks]
    assert posting["@type"] == "BlogPosting"
    assert posting["isPartOf"]["name"] == "Building Emotional Connection"
    assert posting["position"] == 1
    assert posting["author"] == [{"@type": "Person", "name": "The Love and Dating editors"}]
