"""The options table is written twice: in the repository's README and in the PyPI
description (plugin/README.md). Both list every option of ``StayTunedConfig``, with the
same rows (the PyPI copy links the README's sections by full URL)."""

from __future__ import annotations

import re

from stay_tuned.config import StayTunedConfig

from tests.sitebuilder import REPO_ROOT

REPO_URL = "https://github.com/love-and-dating/love-and-dating"


def option_rows(text: str) -> list[str]:
    """The rows of the table under the heading ``Options``."""
    section = re.split(r"^#+ Options\n", text, flags=re.MULTILINE)[1]
    rows = []
    for line in section.splitlines()[1:]:
        if line.startswith("| `"):
            rows.append(line)
        elif rows and not line.startswith("|"):
            break
    return rows


def option_name(row: str) -> str:
    return row.split("`", 2)[1]


def test_the_pypi_description_has_the_readme_options_table() -> None:
    readme = option_rows((REPO_ROOT / "README.md").read_text(encoding="utf-8"))
    pypi = option_rows((REPO_ROOT / "plugin" / "README.md").read_text(encoding="utf-8"))
    assert readme, "no options table in README.md"
    assert pypi == [row.replace("](#", f"]({REPO_URL}#") for row in readme]


def test_the_table_lists_every_option() -> None:
    readme = option_rows((REPO_ROOT / "README.md").read_text(encoding="utf-8"))
    options = [name for name, _ in StayTunedConfig._schema]
    assert sorted(option_name(row) for row in readme) == sorted(options)
