"""Every line the plugin logs, as `mkdocs build` prints it, starts with exactly one
`stay-tuned: `: the name authors write in `plugins`, for warnings, info lines and
errors alike."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.integration.realsite import ENV, engine
from tests.integration.test_series import love_lab
from tests.sitebuilder import SiteProject, post

pytestmark = pytest.mark.slow

LINE = re.compile(r"^(DEBUG|INFO|WARNING|ERROR)\s*-\s+(.*)$")


def cli_log(project: SiteProject) -> tuple[int, list[tuple[str, str]]]:
    """`mkdocs build` of the project, run as an author runs it: its exit code and its
    log lines as (level, text)."""
    project.write()
    result = subprocess.run(
        [engine(), "build"],
        cwd=project.root,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [LINE.match(line) for line in (result.stdout + result.stderr).splitlines()]
    return result.returncode, [(m[1], m[2]) for m in lines if m]


def line_with(log: list[tuple[str, str]], level: str, text: str) -> str:
    found = [message for lvl, message in log if lvl == level and text in message]
    assert len(found) == 1, log
    return found[0]


def assert_one_prefix(log: list[tuple[str, str]]) -> None:
    for _, message in log:
        assert "stay_tuned:" not in message
        assert not message.startswith("stay-tuned: stay-tuned:")


def test_warnings_and_info_lines_carry_one_prefix(project: SiteProject) -> None:
    love_lab(project)
    project.files["blog/posts/oops.md"] = post(
        "Oops", "2026-01-20", '!!! strategy "x\n', image="missing.png"
    )
    code, log = cli_log(project)
    assert code == 0
    assert_one_prefix(log)
    callout = line_with(log, "WARNING", "starts like a callout")
    image = line_with(log, "WARNING", "'image: missing.png'")
    due = line_with(log, "INFO", "next announced part")
    for message in (callout, image, due):
        assert message.startswith("stay-tuned: ") and message.count("stay-tuned: ") == 1


def test_the_site_url_warning_carries_one_prefix(project: SiteProject) -> None:
    del project.config["site_url"]
    project.options()["follow"] = True  # the follow block's feed links need site_url
    code, log = cli_log(project)
    assert code == 0
    assert_one_prefix(log)
    assert line_with(log, "WARNING", "'site_url' is not set").startswith(
        "stay-tuned: 'site_url' is not set in "
    )


def test_errors_carry_the_same_prefix_once(project: SiteProject) -> None:
    project.options()["blog"] = "journal"
    code, log = cli_log(project)
    assert code != 0
    assert_one_prefix(log)
    assert line_with(log, "ERROR", "no blog plugin of that name").startswith(
        "stay-tuned: option 'blog' names 'journal'"
    )


def test_errors_from_the_series_file_carry_the_prefix_once(project: SiteProject) -> None:
    love_lab(project)
    project.files["blog/posts/three.md"] = post("Three", "2026-02-01", series="love-lab")
    code, log = cli_log(project)
    assert code != 0
    assert_one_prefix(log)
    assert line_with(log, "ERROR", "mixes numbered and unnumbered parts").startswith(
        "stay-tuned: series 'love-lab' mixes"
    )
