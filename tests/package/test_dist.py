"""The distribution people install from PyPI: built with ``python -m build`` (or taken
from ``STAY_TUNED_DIST``, the folder ``scripts/package-check`` built), it holds every
file of the package (templates, CSS, icons, locales), the license, a description about
the plugin, project URLs, and no theme among its plain requirements."""

from __future__ import annotations

import email
import email.message
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.sitebuilder import REPO_ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("STAY_TUNED_DIST")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO_ROOT)],
        check=True,
        capture_output=True,
    )
    return out


def _one(dist: Path, pattern: str) -> Path:
    (found,) = sorted(dist.glob(pattern))
    return found


def _package_files() -> set[str]:
    """What git tracks under plugin/stay_tuned/, as paths inside the wheel."""
    listed = subprocess.run(
        ["git", "ls-files", "plugin/stay_tuned"],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return {path.removeprefix("plugin/") for path in listed}


def _metadata(dist: Path) -> email.message.Message:
    with zipfile.ZipFile(_one(dist, "*.whl")) as wheel:
        (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
        return email.message_from_bytes(wheel.read(name))


def test_the_wheel_holds_every_file_of_the_package_and_the_license(dist: Path) -> None:
    with zipfile.ZipFile(_one(dist, "*.whl")) as wheel:
        names = set(wheel.namelist())
    missing = _package_files() - names
    assert missing == set(), f"not in the wheel: {sorted(missing)}"
    # The kinds of file a site needs at build time are there (not only Python).
    assert "stay_tuned/theme/stay_tuned/series-box.html" in names
    assert "stay_tuned/theme/assets/stay_tuned/callouts.css" in names
    assert "stay_tuned/py.typed" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), sorted(names)
    assert any(n.endswith(".dist-info/entry_points.txt") for n in names)


def test_the_sdist_holds_the_license_changelog_and_the_package(dist: Path) -> None:
    with tarfile.open(_one(dist, "*.tar.gz")) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert {"LICENSE", "CHANGELOG.md", "plugin/README.md", "pyproject.toml"} <= names
    assert {f"plugin/{path}" for path in _package_files()} <= names


def test_the_description_is_about_the_plugin(dist: Path) -> None:
    metadata = _metadata(dist)
    assert metadata["Description-Content-Type"] == "text/markdown"
    description = metadata.get_payload()
    assert isinstance(description, str)
    assert description.startswith("# mkdocs-stay-tuned")
    assert "./scripts/serve" not in description  # the demo site's command
    for install in ('"mkdocs-stay-tuned[material]"', '"mkdocs-stay-tuned[materialx]"'):
        assert f"pip install {install}" in description
    assert "| `sign_off` |" in description  # the options table
    assert metadata["License-Expression"] == "MIT"
    urls = {url.split(",", 1)[0] for url in metadata.get_all("Project-URL") or []}
    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= urls


def test_no_theme_is_installed_without_its_extra(dist: Path) -> None:
    # Material and MaterialX both install the `material` package: requiring either would
    # overwrite the other's files on a site that has it.
    requires = [r.replace("'", '"') for r in _metadata(dist).get_all("Requires-Dist") or []]
    plain = [r for r in requires if "extra ==" not in r]
    assert not [r for r in plain if r.startswith(("mkdocs-material", "mkdocs-materialx"))]
    assert any(r.startswith("mkdocs-material<") and 'extra == "material"' in r for r in requires)
    assert any(r.startswith("mkdocs-materialx<") and 'extra == "materialx"' in r for r in requires)
