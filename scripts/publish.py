"""Build the site strictly and deploy it to GitHub Pages: what `scripts/publish` runs
(locally, and in .github/workflows/publish.yml on every push to main and once a day).

It is `mkdocs gh-deploy --strict --force` with one difference. A build with any warning
is not deployed (exit 1), as under `--strict`, except when every warning is a broken
promise that time alone made: an announced part whose date has passed while it is not
published (stay-tuned tags those, `stay_tuned.messages.OVERDUE`). Then the build is
deployed all the same, so that the parts and posts due today go live, and the script
exits 3 after the deployment, naming each broken promise (on GitHub Actions as an
`::error file=...::` annotation on the file to change): the run fails and GitHub tells
the author, while readers get everything that is ready.

Exit codes: 0 deployed, no warning; 1 nothing deployed (a build error, a warning other
than a broken promise, or a failed push); 3 deployed, with broken promises.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from mkdocs.commands import build, gh_deploy
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError, ConfigurationError
from stay_tuned.messages import OVERDUE

DEPLOYED = 0
NOT_DEPLOYED = 1
DEPLOYED_WITH_BROKEN_PROMISES = 3


@dataclass(frozen=True)
class Logged:
    message: str
    overdue: str | None
    """The file to change, for a broken promise (relative to the config's folder)."""


class _Collect(logging.Handler):
    """Keeps every warning MkDocs and its plugins log during the build."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.warnings: list[Logged] = []

    def emit(self, record: logging.LogRecord) -> None:
        overdue = getattr(record, OVERDUE, None)
        self.warnings.append(
            Logged(record.getMessage(), overdue if isinstance(overdue, str) else None)
        )


class _Format(logging.Formatter):
    """MkDocs' own log line: `WARNING -  message`."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname:<8}-  {record.getMessage()}"


@contextmanager
def _logging(collect: _Collect | None) -> Iterator[None]:
    """MkDocs' log lines on stderr, as the `mkdocs` command prints them, and the
    warnings kept by ``collect``."""
    logger = logging.getLogger("mkdocs")
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(_Format())
    handlers: list[logging.Handler] = [stream] if not logger.handlers else []
    if collect is not None:
        handlers.append(collect)
    level = logger.level
    logger.setLevel(logging.INFO)
    for handler in handlers:
        logger.addHandler(handler)
    try:
        yield
    finally:
        for handler in handlers:
            logger.removeHandler(handler)
        logger.setLevel(level)


def annotation(kind: str, message: str, *, file: str | None = None, title: str = "") -> str:
    """A GitHub Actions workflow command (``::error file=...::message``)."""

    def data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    props = [f"file={prop(file)}"] if file else []
    if title:
        props.append(f"title={prop(title)}")
    return f"::{kind} {','.join(props)}::{data(message)}" if props else f"::{kind}::{data(message)}"


def _repo_prefix(folder: Path) -> str:
    """The folder of the config file relative to the top of its git repository (GitHub
    annotations name files from there): ``""`` when they are the same."""
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""
    relative = Path(os.path.relpath(folder.resolve(), Path(top).resolve())).as_posix()
    return "" if relative == "." else relative + "/"


def series_summary(series_json: Path) -> str:
    """Where each ongoing series stands, from the site's ``series.json``, as Markdown
    for the run's summary on GitHub (``GITHUB_STEP_SUMMARY``); ``""`` without series."""
    if not series_json.is_file():
        return ""
    data = json.loads(series_json.read_text(encoding="utf-8"))

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    def part(item: dict[str, object]) -> str:
        date = item.get("date")
        return cell(f"part {item['number']} ({item['title']})" + (f", {date}" if date else ""))

    rows = [
        f"| {cell(str(s['title']))} | {s['published']} of {s['total']} | "
        f"{part(s['next']) if s.get('next') else 'nothing more announced'} | "
        f"{'; '.join(part(p) for p in s.get('overdue', [])) or 'none'} |"
        for s in data.get("series", [])
        if s.get("status") == "ongoing"
    ]
    if not rows:
        return ""
    return "\n".join(
        [
            f"### Series on {data.get('date')}",
            "",
            "| series | published | next | overdue |",
            "| --- | --- | --- | --- |",
            *rows,
            "",
        ]
    )


def _say(text: str) -> None:
    print(f"publish: {text}", file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/publish",
        description=(
            "Build the site strictly and deploy it to the gh-pages branch (like "
            "'mkdocs gh-deploy --strict --force'). A build whose only warnings are "
            "broken promises (announced parts past their date) is deployed, then the "
            "command fails (exit 3) naming them."
        ),
    )
    parser.add_argument("-f", "--config-file", default="mkdocs.yml", help="default: mkdocs.yml")
    parser.add_argument(
        "-r", "--remote-name", help="the git remote to push to (default: origin, or the config's)"
    )
    parser.add_argument(
        "-b", "--remote-branch", help="the branch to push to (default: gh-pages, or the config's)"
    )
    parser.add_argument("-m", "--message", help="the commit message (default: MkDocs')")
    parser.add_argument(
        "--no-deploy", action="store_true", help="build and check only: push nothing"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    config_file = Path(args.config_file).resolve()
    if not config_file.is_file():
        _say(f"no config file at {args.config_file}: run it from the site's folder or pass -f")
        return NOT_DEPLOYED
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    folder = config_file.parent
    previous = os.getcwd()
    # `mkdocs gh-deploy` works in the git repository of the current folder.
    os.chdir(folder)
    try:
        collect = _Collect()
        with _logging(collect):
            try:
                config = load_config(
                    config_file=str(config_file),
                    remote_name=args.remote_name,
                    remote_branch=args.remote_branch,
                )
                config.plugins.on_startup(command="gh-deploy", dirty=False)
                try:
                    build.build(config)
                finally:
                    config.plugins.on_shutdown()
            except (Abort, BuildError, ConfigurationError) as error:
                _say(f"the build failed, nothing was deployed: {error}")
                if github:
                    print(annotation("error", f"The build failed: {error}"), flush=True)
                return NOT_DEPLOYED
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary_file:
            summary = series_summary(Path(config.site_dir) / "series.json")
            if summary:
                with open(summary_file, "a", encoding="utf-8") as stream:
                    stream.write(summary)
        broken = [w for w in collect.warnings if w.overdue is not None]
        others = [w for w in collect.warnings if w.overdue is None]
        if others:
            _say(
                f"{len(others)} warning(s) besides broken promises: nothing was deployed "
                "(fix them as for 'mkdocs build --strict'):"
            )
            for warning in others:
                _say(f"  {warning.message}")
                if github:
                    print(annotation("error", warning.message, title="Build warning"))
            return NOT_DEPLOYED
        if args.no_deploy:
            _say("built and checked; --no-deploy: nothing was pushed")
        else:
            with _logging(None):
                try:
                    gh_deploy.gh_deploy(config, message=args.message, force=True)
                except Abort as error:
                    _say(f"the deployment failed: {error}")
                    return NOT_DEPLOYED
            _say(f"deployed to the '{config.remote_branch}' branch of '{config.remote_name}'")
        if not broken:
            return DEPLOYED
        prefix = _repo_prefix(folder)
        _say(
            f"{len(broken)} broken promise(s): the site was "
            f"{'checked' if args.no_deploy else 'deployed'} with everything else that is "
            "ready, and this run fails so that you hear of it:"
        )
        for warning in broken:
            _say(f"  {warning.message}")
            if github:
                print(
                    annotation(
                        "error",
                        warning.message,
                        file=prefix + (warning.overdue or ""),
                        title="Broken promise: an announced part is overdue",
                    ),
                    flush=True,
                )
        return DEPLOYED_WITH_BROKEN_PROMISES
    finally:
        os.chdir(previous)


if __name__ == "__main__":
    sys.exit(main())
