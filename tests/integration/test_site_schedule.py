"""No time bombs: the Love and Dating site, built with `mkdocs build --strict` on every
day that matters from today to a year after its last announced date, passes, and on
each announced date exactly the parts due by then are published.

The series file dates parts 2 to 5 of "Building Emotional Connection"; each is written
as a post with that date, which Material's `draft_if_future_date` holds back until then.
Part 6 is announced without a date. A build "on" a day sets SOURCE_DATE_EPOCH, which the
plugin reads as today and Material's clock follows too (tests/material_clock.py): the
day before a part's date at 23:59:59 UTC, the date itself at 00:00:00 UTC.
"""

from __future__ import annotations

import datetime
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import feedparser
import pytest
import yaml
from bs4 import BeautifulSoup

from tests.integration.realsite import ENV, copy_site, engine
from tests.linkcheck import assert_site_links, site_links
from tests.sitebuilder import REPO_ROOT

pytestmark = pytest.mark.slow

SITE = "https://love-and-dating.github.io/love-and-dating/"
SERIES_ID = "emotional-connection"
SERIES_TITLE = "Building Emotional Connection"
SERIES_PAGE = f"blog/series/{SERIES_ID}/"
TODAY = datetime.date(2026, 11, 30)
"""The day the parts were written and scheduled: the walk starts here."""
UTC = datetime.timezone.utc


@dataclass(frozen=True)
class Part:
    number: int
    title: str
    date: datetime.date | None
    url: str | None
    """The post's URL, or None for a part only the series file announces."""


def _front_matter(path: Path) -> tuple[dict[str, object], str]:
    _, meta, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(meta), body


def _slug(title: str) -> str:
    """Material's URL of a post title made of words (Python-Markdown's toc slugify)."""
    return re.sub(r"[\s-]+", "-", re.sub(r"[^\w\s-]", "", title).strip().lower())


def series_parts() -> list[Part]:
    """The series as the repository holds it: its posts, then the parts only announced."""
    parts: dict[int, Part] = {}
    for path in sorted((REPO_ROOT / "docs/blog/posts").glob("*.md")):
        meta, body = _front_matter(path)
        if meta.get("series") != SERIES_ID:
            continue
        (title,) = re.findall(r"^# (.+)$", body, flags=re.MULTILINE)[:1]
        date = meta["date"]
        assert isinstance(date, datetime.date) and isinstance(meta["part"], int)
        url = f"blog/{date:%Y/%m/%d}/{_slug(title)}/"
        parts[meta["part"]] = Part(meta["part"], title, date, url)
    registry = yaml.safe_load((REPO_ROOT / "docs/blog/.series.yml").read_text("utf-8"))
    for entry in registry["series"][SERIES_ID]["upcoming"]:
        if entry["part"] not in parts:
            parts[entry["part"]] = Part(entry["part"], entry["title"], entry.get("date"), None)
    return [parts[number] for number in sorted(parts)]


def announced_dates() -> list[datetime.date]:
    registry = yaml.safe_load((REPO_ROOT / "docs/blog/.series.yml").read_text("utf-8"))
    return sorted(e["date"] for e in registry["series"][SERIES_ID]["upcoming"] if "date" in e)


def walk() -> list[datetime.datetime]:
    """Today, each announced date (its first second) and the day before it (its last
    second), and a year after the last announced date."""
    dates = announced_dates()
    moments = {datetime.datetime.combine(TODAY, datetime.time(12), UTC)}
    for date in dates:
        moments.add(datetime.datetime.combine(date, datetime.time(0), UTC))
        moments.add(
            datetime.datetime.combine(date, datetime.time(0), UTC) - datetime.timedelta(seconds=1)
        )
    last = dates[-1]
    moments.add(datetime.datetime.combine(last.replace(year=last.year + 1), datetime.time(12), UTC))
    return sorted(moments)


def test_every_dated_announcement_is_a_written_post_with_that_date_and_title() -> None:
    registry = yaml.safe_load((REPO_ROOT / "docs/blog/.series.yml").read_text("utf-8"))
    parts = {part.number: part for part in series_parts()}
    upcoming = registry["series"][SERIES_ID]["upcoming"]
    for entry in upcoming:
        part = parts[entry["part"]]
        if "date" in entry:
            assert part.url is not None, f"part {part.number} is dated but not written"
            assert (part.title, part.date) == (entry["title"], entry["date"])
    # At least one part is only announced, with no date: the site shows an announcement
    # without a post whatever the day.
    assert [p.number for p in parts.values() if p.url is None and p.date is None] == [6]
    assert len(walk()) == 10


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_site(tmp_path_factory.mktemp("schedule"))


def html(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def text(tag: object) -> str:
    return " ".join(tag.get_text(" ").split()) if hasattr(tag, "get_text") else ""


@pytest.mark.parametrize("moment", walk(), ids=lambda m: m.strftime("%Y-%m-%dT%H:%M"))
def test_the_site_on_each_day_publishes_exactly_the_parts_due(
    project: Path, moment: datetime.datetime
) -> None:
    site = project / f"site-{moment:%Y%m%d%H%M%S}"
    result = subprocess.run(
        [engine(), "build", "--strict", "-d", str(site)],
        cwd=project,
        env={**ENV, "SOURCE_DATE_EPOCH": str(int(moment.timestamp()))},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr

    day = moment.date()
    parts = series_parts()
    published = [p for p in parts if p.url is not None and p.date is not None and p.date <= day]
    unpublished = [p for p in parts if p not in published]
    assert published[0].number == 1 and unpublished  # part 6 is never written
    titles = [p.title for p in published]

    # Each published part has its page; no page exists for a part not yet due.
    for part in parts:
        if part.url is not None:
            assert (site / part.url / "index.html").is_file() == (part in published), part

    # The blog index lists the published parts, newest first, and nothing else.
    index = [text(a) for a in html(site, "blog/").select("article.md-post--excerpt h2 a")]
    assert index == titles[::-1]

    # The site's feeds and the series' feed hold the published parts as items.
    for feed in ("feed_rss_created.xml", SERIES_PAGE + "feed_rss.xml"):
        rss = feedparser.parse((site / feed).read_text(encoding="utf-8"))
        assert not rss.bozo, rss.get("bozo_exception")
        assert sorted(entry.link for entry in rss.entries) == sorted(
            SITE + str(p.url) for p in published
        )

    # No link, feed item, search entry or sitemap URL leads to a part not yet published.
    assert_site_links(site, SITE)
    hidden = {p.url for p in unpublished if p.url is not None}
    assert not {target for _, target in site_links(site, SITE) if target.split("#")[0] in hidden}
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert not [url for url in hidden if SITE + url in sitemap]

    # The series page links the published parts and shows the others as coming soon.
    page = html(site, SERIES_PAGE).select_one("ol.st-series-page__parts")
    assert page is not None
    links = page.select("li.st-series-part--published a.st-series-part__title")
    assert [text(a) for a in links] == titles
    assert [urljoin(SITE + SERIES_PAGE, str(a["href"])) for a in links] == [
        SITE + str(p.url) for p in published
    ]
    coming = page.select("li.st-series-part--announced")
    assert [text(li.select_one(".st-series-part__title")) for li in coming] == [
        p.title for p in unpublished
    ]
    assert all(li.select_one("a") is None for li in coming)
    assert all(text(li.select_one(".st-series-part__status")) == "Coming soon" for li in coming)
    status = text(html(site, SERIES_PAGE).select_one(".st-series-status"))
    assert status == f"Ongoing: {len(published)} of {len(parts)} parts published"

    # The newest part says which part comes next: stay tuned.
    latest = published[-1]
    following = unpublished[0]
    block = html(site, str(latest.url)).select_one("article aside.st-stay-tuned--announced")
    assert block is not None
    assert f"Part {following.number} — {following.title}" in text(block)

    # The build tells when the next dated part is due, until none is left.
    due = [p for p in unpublished if p.date is not None]
    line = f"next announced part: '{SERIES_TITLE}' part "
    if due:
        assert f"{line}{due[0].number} ('{due[0].title}') is due {due[0].date}" in result.stderr
    else:
        assert line not in result.stderr


def test_a_build_dated_ahead_of_the_system_clock_passes(project: Path) -> None:
    """SOURCE_DATE_EPOCH a year after the last part, Material's clock left alone: Material
    holds back the parts the system clock has not reached (scheduled, not broken
    promises), and the site shows each written part as published exactly when it has
    its page."""
    moment = walk()[-1]
    site = project / "site-ahead"
    env = {k: v for k, v in ENV.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [engine(), "build", "--strict", "-d", str(site)],
        cwd=project,
        env={**env, "SOURCE_DATE_EPOCH": str(int(moment.timestamp()))},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    page = html(site, SERIES_PAGE).select_one("ol.st-series-page__parts")
    assert page is not None
    linked = {text(a) for a in page.select("li.st-series-part--published a")}
    for part in series_parts():
        if part.url is not None:
            assert (site / part.url / "index.html").is_file() == (part.title in linked)
    assert_site_links(site, SITE)
