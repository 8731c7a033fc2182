"""The Love and Dating site itself, copied to a temporary folder and built with the CLI
as an author would; one strict build per test session, shared by the tests that read it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests import stack
from tests.sitebuilder import REPO_ROOT

POST = "blog/2026/11/25/the-importance-of-emotional-connection-in-relationships/"
# The site's default site_url (mkdocs.yml), whatever SITE_URL the shell that runs the
# tests may have; a test that wants another one sets it. Material's blog plugin schedules
# posts on the day of SOURCE_DATE_EPOCH, as in the test process (tests/material_clock.py).
ENV = {
    **{k: v for k, v in os.environ.items() if k not in ("SITE_URL", "PYTHONPATH")},
    "NO_MKDOCS_2_WARNING": "1",
    "PYTHONPATH": os.pathsep.join((str(REPO_ROOT / "tests" / "pinned"), str(REPO_ROOT))),
}


def materialx_config(text: str) -> str:
    """The site's mkdocs.yml as a MaterialX site writes it: theme ``materialx`` (MaterialX
    registers no theme ``material``; ``- blog`` then resolves to ``materialx/blog``)."""
    theme = "theme:\n  name: material\n"
    assert text.count(theme) == 1, "mkdocs.yml's theme is no longer `name: material`"
    return text.replace(theme, "theme:\n  name: materialx\n")


def copy_site(target: Path, *, materialx: bool = stack.MATERIALX) -> Path:
    """The site in ``target``: on the MaterialX stack (or with ``materialx``) its config
    is ``properdocs.yml`` with theme ``materialx``, as a ProperDocs + MaterialX site has it."""
    target.mkdir(parents=True, exist_ok=True)
    text = (REPO_ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if materialx:
        (target / "properdocs.yml").write_text(materialx_config(text), encoding="utf-8")
    else:
        (target / "mkdocs.yml").write_text(text, encoding="utf-8")
    shutil.copytree(REPO_ROOT / "docs", target / "docs")
    shutil.copytree(REPO_ROOT / "overrides", target / "overrides")
    return target


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def engine() -> str:
    """The command that builds a site on this stack: ``mkdocs`` or ``properdocs``."""
    return tool(stack.ENGINE)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site built with `mkdocs build --strict` (`properdocs build --strict` from
    properdocs.yml on the MaterialX stack): its folder and the build's log."""
    root = copy_site(tmp_path_factory.mktemp("site"))
    result = subprocess.run(
        [engine(), "build", "--strict"],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    return root / "site", result.stderr
