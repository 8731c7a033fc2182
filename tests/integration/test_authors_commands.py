"""The commands the README gives authors: `./scripts/build` (the strict build CI
judges), `./scripts/publish` and the GitHub Pages workflow that runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.sitebuilder import REPO_ROOT

WORKFLOW = REPO_ROOT / ".github" / "workflows" / "publish.yml"
README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
BANNER = "end of life"


def section(title: str) -> str:
    """The README's section ``## title``, up to the next ``## ``."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def needs_repository_venv() -> None:
    if Path(sys.prefix).resolve() != (REPO_ROOT / ".venv").resolve():
        pytest.skip("the scripts use the repository's .venv; these tests run elsewhere")


def without_banner_switch() -> dict[str, str]:
    """The environment of an author's shell: no NO_MKDOCS_2_WARNING."""
    return {k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"}


def test_the_workflow_publishes_on_push_to_main_and_every_day() -> None:
    workflow: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert triggers["push"]["branches"] == ["main"]
    (schedule,) = triggers["schedule"]
    minute, hour, day, month, weekday = schedule["cron"].split()
    assert minute.isdigit() and hour.isdigit() and (day, month, weekday) == ("*", "*", "*")
    assert workflow["permissions"] == {"contents": "write"}
    (job,) = workflow["jobs"].values()
    commands = [step["run"] for step in job["steps"] if "run" in step]
    # It runs the README's publishing command.
    assert commands[-1].strip().splitlines()[-1] == "./scripts/publish"
    assert "./scripts/publish" in section("Publishing")
    assert re.search(r"`?\.github/workflows/publish\.yml`?", section("Publishing"))


def test_the_documented_build_command_is_strict_and_quiet(tmp_path: Path) -> None:
    needs_repository_venv()
    assert "./scripts/build" in README.split("\n## ", 1)[0]
    result = subprocess.run(
        [str(REPO_ROOT / "scripts" / "build"), "-d", str(tmp_path / "site")],
        env=without_banner_switch(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert BANNER not in result.stdout + result.stderr
    assert "Documentation built" in result.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_the_build_command_fails_on_a_warning(tmp_path: Path) -> None:
    """`--strict`: the same command fails when the site has a warning (here a broken
    link in a copy of the site)."""
    needs_repository_venv()
    from tests.integration.realsite import copy_site

    root = copy_site(tmp_path / "copy")
    about = root / "docs" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n[gone](missing.md)\n", encoding="utf-8")
    result = subprocess.run(
        [
            str(REPO_ROOT / "scripts" / "build"),
            "-f",
            str(root / "mkdocs.yml"),
            "-d",
            str(tmp_path / "site"),
        ],
        env=without_banner_switch(),
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "'missing.md', but the target is not found" in output and "strict mode" in output
    assert BANNER not in output


def test_the_first_run_says_what_it_installs(tmp_path: Path) -> None:
    """scripts/_env.sh (sourced by every script) with a stand-in Python, so that nothing
    is downloaded: it says what it does on the first run, nothing once .venv is ready,
    and again when pyproject.toml changes."""
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    (repo / "scripts" / "_env.sh").write_text(
        (REPO_ROOT / "scripts" / "_env.sh").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    python = tmp_path / "python"
    # `python -m venv .venv` makes a .venv/bin/python that does nothing.
    python.write_text(
        "#!/bin/sh\necho 'Python 3.99'\n"
        '[ "$1 $2" = "-m venv" ] && mkdir -p "$3/bin" && '
        'printf "#!/bin/sh\\nexit 0\\n" > "$3/bin/python" && chmod +x "$3/bin/python"\n'
        "exit 0\n",
        encoding="utf-8",
    )
    python.chmod(0o755)

    def run() -> str:
        result = subprocess.run(
            ["bash", "-c", "source scripts/_env.sh"],
            cwd=repo,
            env={**os.environ, "PYTHON": str(python)},
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stderr

    first = run()
    assert "creating .venv" in first
    assert "installing MkDocs, Material for MkDocs, mkdocs-rss-plugin and the plugin" in first
    assert "about a minute" in first and ".venv is ready" in first
    assert run() == ""
    os.utime(repo / "pyproject.toml", (2_000_000_000, 2_000_000_000))
    assert "pyproject.toml changed: updating .venv" in run()
