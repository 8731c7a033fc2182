"""Whatever an author writes, the build ends cleanly and its output still parses.

Hypothesis draws a small blog (`tests.property.site_inputs.sites`): series titles,
descriptions, announced parts with part numbers and dates, post titles, series and part
numbers, image URLs, strategy callout titles and `labels`, with markup, quotes, `&`,
control characters, right-to-left text, huge numbers and impossible dates; it builds
the blog with MkDocs in this process and asserts:

- the build succeeds or stops with a message (MkDocs' `Abort`, `ConfigurationError`,
  `BuildError`/`PluginError`, such as `StayTunedError`), never another exception;
- every HTML page is a whole Material page with no script or event handler but
  Material's own, and its JSON-LD parses; every XML feed parses with
  `xml.etree.ElementTree` and feedparser (`bozo == 0`); every JSON file (feeds,
  `series.json`, `search/search_index.json`) parses;
- every title the plugin shows is the text an author wrote;
- nothing is written outside `site_dir`: the project's folder (its `docs`, its
  `mkdocs.yml`) and the folder around it are as they were, but for
  mkdocs-rss-plugin's own HTTP cache (`.cache/plugins/rss` in the working directory,
  which it creates on any site); and the build leaves no `stay-tuned-*` folder in the
  system's temporary folder (a private one during the build, so that tests running
  beside it cannot disturb the check).

Runs are reproducible (`derandomize=True`). By default (CI) it builds
`CI_EXAMPLES` sites; for a longer local search set `STAY_TUNED_PROPERTY_EXAMPLES`:

    STAY_TUNED_PROPERTY_EXAMPLES=300 .venv/bin/python -m pytest tests/property -q

`STAY_TUNED_PROPERTY_SEED=<int>` draws other sites than CI's, the same ones for the
same seed.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, seed, settings
from mkdocs.exceptions import Abort, BuildError, ConfigurationError

from tests.conftest import ExpectedWarnings

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]
from tests.property import site_checks
from tests.property.site_inputs import Announced, Post, Series, SiteInput, sites, write_project
from tests.sitebuilder import SiteProject

CI_EXAMPLES = 15
"""Each example is one real build (about a second; more on a busy machine)."""

CLEAN_ERRORS = (Abort, ConfigurationError, BuildError)
"""What `mkdocs build` prints as one error line, without a traceback."""

TEMP_PREFIX = "stay-tuned-"
"""The plugin's temporary folders (generated pages' sources) start so."""
TEMP_DIR = "tmp"
"""The system's temporary folder during a build, beside the project."""
RSS_CACHE = ".cache"
"""mkdocs-rss-plugin's HTTP cache (`.cache/plugins/rss` in the working directory)."""
MEMORY_HEADROOM = 2 * 1024**3
"""Address space a build may add (a small site needs far less than 100 MB)."""


EXAMPLES = int(os.environ.get("STAY_TUNED_PROPERTY_EXAMPLES", CI_EXAMPLES))
SEED = os.environ.get("STAY_TUNED_PROPERTY_SEED")


def _settings() -> settings:
    return settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,  # no .hypothesis folder in the repository
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        print_blob=True,
    )


@contextlib.contextmanager
def _memory_cap(extra: int = MEMORY_HEADROOM) -> Iterator[None]:
    """Let the process grow by at most ``extra`` bytes of address space meanwhile, so
    that a build that would exhaust the machine's memory raises ``MemoryError`` (a
    failure of the property) instead of being killed with everything beside it."""
    if resource is None:  # not on POSIX
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as statm:
        used = int(statm.read().split()[0]) * resource.getpagesize()
    cap = used + extra if hard == resource.RLIM_INFINITY else min(used + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _build(project: SiteProject, temp_dir: Path) -> Path | None:
    """Build ``project`` with the folder around it as the working directory and
    ``temp_dir`` as the system's temporary folder (so that what the build leaves there
    is its own, whatever runs beside it); the site's folder, or ``None`` when the build
    stopped with a clean error."""
    previous_cwd, previous_temp = os.getcwd(), tempfile.tempdir
    os.chdir(project.root.parent)
    tempfile.tempdir = str(temp_dir)
    try:
        with _memory_cap():
            return project.build().site_dir
    except CLEAN_ERRORS as error:
        assert str(error).strip(), f"{type(error).__name__} without a message"
        return None
    finally:
        os.chdir(previous_cwd)
        tempfile.tempdir = previous_temp


def _seeded(test: Callable[..., None]) -> Callable[..., None]:
    """``test`` with Hypothesis' seed from ``STAY_TUNED_PROPERTY_SEED``, if set (a seed
    overrides ``derandomize``)."""
    return seed(int(SEED))(test) if SEED is not None else test


@_seeded
@given(site=sites())
@_settings()
def test_any_input_builds_cleanly_and_parses(
    site: SiteInput, plugin_warnings: ExpectedWarnings
) -> None:
    with tempfile.TemporaryDirectory(prefix="props-") as temp:
        root = Path(temp)
        temp_dir = root / TEMP_DIR
        temp_dir.mkdir()
        project = SiteProject(root / "project")
        write_project(project, site)
        project.write()
        before = site_checks.snapshot(root)

        # Warnings are allowed here (a passed announced date, an image that is no file,
        # an unknown label); the properties are about what the build writes.
        try:
            site_dir = _build(project, temp_dir)
        finally:
            plugin_warnings.consumed.update(id(r) for r in plugin_warnings.records())

        site_path = project.root / "site"
        after = site_checks.snapshot(root, skip=site_path)
        changed = sorted(
            rel
            for rel in set(before) | set(after)
            if before.get(rel, b"") != after.get(rel, b"")
            and rel.split("/")[0] not in (RSS_CACHE, TEMP_DIR)
            and rel != "project/site"
        )
        assert not changed, f"written outside site_dir: {changed}"
        left = sorted(p.name for p in temp_dir.iterdir() if p.name.startswith(TEMP_PREFIX))
        assert not left, f"left in the temporary folder: {left}"
        if site_dir is None:
            return
        assert site_dir == site_path

        html = site_checks.html_problems(site_dir)
        assert not html, "\n".join(html)
        xml = site_checks.xml_feed_problems(site_dir)
        assert not xml, "\n".join(xml)
        json_files = site_checks.json_problems(site_dir)
        assert not json_files, "\n".join(json_files)
        titles = site_checks.title_problems(site_dir, site)
        assert not titles, "\n".join(titles)
        labels = site_checks.label_problems(site_dir, site)
        assert not labels, "\n".join(labels)


PLAIN_SITE = SiteInput(
    series=(
        Series(
            "love-lab",
            "Love Lab",
            "Experiments in *love*.",
            (Announced(3, "The Third", datetime.date(2099, 3, 1)),),
        ),
    ),
    posts=(
        Post("post-0", "One", datetime.date(2026, 1, 10), False, "love-lab", 1, "cover.jpg", ()),
        Post(
            "post-1",
            "Two",
            datetime.date(2026, 1, 20),
            False,
            "love-lab",
            2,
            "https://example.org/two.jpg",
            ("Listen", "Talk", "Wait"),
        ),
        Post("post-2", "Draft", datetime.date(2026, 2, 1), True, None, None, None, ()),
    ),
    labels={"series_coming_soon": "Soon"},
)


def test_a_plain_site_has_every_property(tmp_path: Path) -> None:
    """The checks hold on a site with nothing unusual in it, and they see its titles:
    a failure of the property test is about its input, not about the checks."""
    (tmp_path / TEMP_DIR).mkdir()
    project = SiteProject(tmp_path / "project")
    write_project(project, PLAIN_SITE)
    site_dir = _build(project, tmp_path / TEMP_DIR)
    assert site_dir is not None
    assert site_checks.html_problems(site_dir) == []
    assert site_checks.xml_feed_problems(site_dir) == []
    assert site_checks.json_problems(site_dir) == []
    assert site_checks.title_problems(site_dir, PLAIN_SITE) == []
    assert site_checks.label_problems(site_dir, PLAIN_SITE) == []
    assert list((tmp_path / TEMP_DIR).glob(f"{TEMP_PREFIX}*")) == []

    two = BeautifulSoup(
        (site_dir / PLAIN_SITE.posts[1].url / "index.html").read_bytes(), "html5lib"
    )
    shown = {
        selector: [site_checks.normalize(element.get_text()) for element in two.select(selector)]
        for selector in (".st-series-box__series", ".st-series-part__title", ".st-callout__title")
    }
    assert shown == {
        ".st-series-box__series": ["Love Lab"],
        ".st-series-part__title": ["One", "Two", "The Third"],
        ".st-callout__title": ["Listen", "Talk", "Wait"],
    }
    assert [s.name for s in two.select('script[type="application/ld+json"]')] == ["script"]


def test_the_checks_catch_what_they_look_for(tmp_path: Path) -> None:
    """The property's checks are not vacuous: a page with an author's script, a feed
    with a raw `&` and a broken JSON file are each reported."""
    (tmp_path / "index.html").write_text(
        "<html><head><title>x</title></head><body><h1>x</h1><script>st_injected()</script>"
        '<img src=x onerror="st_injected()"><a href="javascript:st_injected()">a</a>'
        '<script src="assets/javascripts/bundle.0a1b.min.js"></script></body></html>',
        encoding="utf-8",
    )
    (tmp_path / "feed_rss_created.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>A & B</title></channel></rss>',
        encoding="utf-8",
    )
    (tmp_path / "series.json").write_text('{"series": [', encoding="utf-8")
    html = site_checks.html_problems(tmp_path)
    assert any("a <script> that is not Material's" in p for p in html), html
    assert any("an event handler" in p for p in html), html
    assert any("a script URL" in p for p in html), html
    xml = site_checks.xml_feed_problems(tmp_path)
    assert any("not well-formed XML" in p for p in xml), xml
    assert any("feedparser" in p for p in xml), xml
    assert any("series.json: not JSON" in p for p in site_checks.json_problems(tmp_path))


@pytest.mark.parametrize(
    ("written", "shown"),
    [("A\x01 &  B\u202e", "A & B\u202e"), (" Love\tTrust\n", "Love Trust")],
)
def test_normalize_drops_control_characters_and_folds_whitespace(written: str, shown: str) -> None:
    assert site_checks.normalize(written) == shown
