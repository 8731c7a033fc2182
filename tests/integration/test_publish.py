"""scripts/publish, what the GitHub Pages workflow runs every day and on every push to
main: it builds strictly and deploys to the gh-pages branch of a remote. Here the remote
is a local bare repository, and the build's day is set (for stay-tuned through
SOURCE_DATE_EPOCH, for Material's `draft_if_future_date` by freezing its clock) to
before and after a scheduled part's date."""

from __future__ import annotations

import datetime
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ExpectedWarnings
from tests.integration.test_series import registry
from tests.sitebuilder import REPO_ROOT, SiteProject, post

pytestmark = pytest.mark.slow

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Author",
    "GIT_AUTHOR_EMAIL": "author@example.org",
    "GIT_COMMITTER_NAME": "Author",
    "GIT_COMMITTER_EMAIL": "author@example.org",
}
PART_ONE = "blog/2026/11/01/part-one/"
PART_TWO = "blog/2026/12/10/part-two/"


def load_publish() -> ModuleType:
    """scripts/publish.py (not a package) as a module."""
    name = "stay_tuned_scripts_publish"
    spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / "publish.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


publish = load_publish()


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_ENV},
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@contextmanager
def on(day: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Builds happen at noon (UTC) of ``day``: for stay-tuned (SOURCE_DATE_EPOCH) and for
    Material's blog, which holds back posts dated after `datetime.now()` (pinned to
    SOURCE_DATE_EPOCH in tests: `tests/material_clock.py`)."""
    noon = datetime.datetime.fromisoformat(f"{day}T12:00:00+00:00")
    with monkeypatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", str(int(noon.timestamp())))
        yield


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, Path]:
    """A blog in a git repository whose `origin` is a bare repository: part 1 of a
    series published, part 2 scheduled for 2026-12-10 (`draft_if_future_date`), part 3
    announced in the series file for 2027-01-15. Returns the site and the remote."""
    project = SiteProject(tmp_path / "site")
    project.config["plugins"][1]["blog"]["draft_if_future_date"] = True
    project.files["blog/.series.yml"] = registry(
        **{
            "love-lab": {
                "title": "Love Lab",
                "upcoming": [
                    {"part": 2, "title": "Part Two", "date": "2026-12-10"},
                    {"part": 3, "title": "Part Three", "date": "2027-01-15"},
                ],
            }
        }
    )
    project.files["blog/posts/one.md"] = post(
        "Part One", "2026-11-01", series="love-lab", part=1, slug="part-one"
    )
    project.files["blog/posts/two.md"] = post(
        "Part Two", "2026-12-10", series="love-lab", part=2, slug="part-two"
    )
    project.write()
    remote = tmp_path / "remote.git"
    git("init", "--bare", "-b", "main", str(remote), cwd=tmp_path)
    git("init", "-b", "main", cwd=project.root)
    (project.root / ".gitignore").write_text("site/\n", encoding="utf-8")
    git("add", ".", cwd=project.root)
    git("commit", "-m", "The blog", cwd=project.root)
    git("remote", "add", "origin", remote.as_uri(), cwd=project.root)
    return project.root, remote


def deployed(remote: Path) -> list[str]:
    return git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).splitlines()


def listed_on_index(remote: Path) -> list[str]:
    """The post titles the deployed blog index lists."""
    html = git("show", "gh-pages:blog/index.html", cwd=remote)
    page = BeautifulSoup(html, "html.parser")
    return [h.get_text(strip=True) for h in page.select("article.md-post h2")]


def test_a_scheduled_part_goes_live_on_its_date(
    site: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root, remote = site
    for name, value in GIT_ENV.items():
        monkeypatch.setenv(name, value)

    with on("2026-12-09", monkeypatch):
        assert publish.main(["-f", str(root / "mkdocs.yml")]) == publish.DEPLOYED
    files = deployed(remote)
    assert f"{PART_ONE}index.html" in files
    assert f"{PART_TWO}index.html" not in files
    assert listed_on_index(remote) == ["Part One"]
    assert ".nojekyll" in files

    # The next day's scheduled run: nobody pushed anything.
    with on("2026-12-10", monkeypatch):
        assert publish.main(["-f", str(root / "mkdocs.yml")]) == publish.DEPLOYED
    files = deployed(remote)
    assert f"{PART_TWO}index.html" in files
    assert listed_on_index(remote) == ["Part Two", "Part One"]
    # Each run is a commit on gh-pages, as with `mkdocs gh-deploy`.
    assert len(git("log", "--format=%H", "gh-pages", cwd=remote).splitlines()) == 2
    err = capsys.readouterr().err
    assert "stay-tuned: series 'Love Lab': 2 of 3 parts published; next: part 3" in err
    assert "publish: deployed to the 'gh-pages' branch of 'origin'" in err


def test_a_broken_promise_is_deployed_and_fails_the_run_with_an_annotation(
    site: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    plugin_warnings: ExpectedWarnings,
) -> None:
    root, remote = site
    for name, value in GIT_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    summary = root.parent / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    # Part 3 was announced for 2027-01-15 and nobody wrote it.
    with on("2027-01-16", monkeypatch):
        code = publish.main(["-f", str(root / "mkdocs.yml")])
    plugin_warnings.expect(r"part 3 \('Part Three'\) was announced for 2027-01-15")
    assert code == publish.DEPLOYED_WITH_BROKEN_PROMISES
    # Everything else that is ready went live all the same.
    assert f"{PART_TWO}index.html" in deployed(remote)
    out = capsys.readouterr().out
    (annotation,) = [line for line in out.splitlines() if line.startswith("::error")]
    assert annotation.startswith(
        "::error file=docs/blog/.series.yml,title=Broken promise%3A an announced part is "
        "overdue::stay-tuned: series 'love-lab': part 3 ('Part Three') was announced for "
        "2027-01-15, which has passed"
    )
    # The run's summary on GitHub says where the series stands.
    assert summary.read_text(encoding="utf-8").splitlines() == [
        "### Series on 2027-01-16",
        "",
        "| series | published | next | overdue |",
        "| --- | --- | --- | --- |",
        "| Love Lab | 2 of 3 | nothing more announced | part 3 (Part Three), 2027-01-15 |",
    ]


def test_any_other_warning_deploys_nothing(
    site: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    plugin_warnings: ExpectedWarnings,
) -> None:
    root, remote = site
    for name, value in GIT_ENV.items():
        monkeypatch.setenv(name, value)
    # A post of an undeclared series: a warning that `--strict` fails on.
    (root / "docs/blog/posts/three.md").write_text(
        post("Three", "2026-11-02", series="love-lap", slug="three"), encoding="utf-8"
    )
    with on("2027-01-16", monkeypatch):
        code = publish.main(["-f", str(root / "mkdocs.yml")])
    plugin_warnings.expect(r"series 'love-lap' is unknown")
    plugin_warnings.expect(r"part 3 \('Part Three'\) was announced")
    assert code == publish.NOT_DEPLOYED
    assert "gh-pages" not in git("branch", "--list", cwd=remote)
    err = capsys.readouterr().err
    assert "1 warning(s) besides broken promises: nothing was deployed" in err


def test_the_script_runs_from_the_shell_without_the_banner(site: tuple[Path, Path]) -> None:
    """`scripts/publish` as the workflow and the README run it (on today's date: the
    site's parts are all far from due)."""
    if Path(sys.prefix).resolve() != (REPO_ROOT / ".venv").resolve():
        pytest.skip("scripts/publish uses the repository's .venv; these tests run elsewhere")
    root, remote = site
    result = subprocess.run(
        [str(REPO_ROOT / "scripts" / "publish"), "--remote-branch", "pages"],
        cwd=root,
        env={**{k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"}, **GIT_ENV},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "end of life" not in result.stderr + result.stdout
    assert "index.html" in git("ls-tree", "--name-only", "pages", cwd=remote).splitlines()
