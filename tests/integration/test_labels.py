"""Labels on real builds: the site's language picks them, og:locale says which one it
is, and a label override that could not be used stops the build with a clear error."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import Abort

from tests.integration.test_series import errors, love_lab
from tests.sitebuilder import SiteProject

THREE = "blog/2026/02/01/three/"


@pytest.mark.parametrize(
    ("label", "problem"),
    [
        ("Part {number:^50000000}", "{number:^50000000} formats its value"),
        ("Part {number:s}", "{number:s} formats its value"),
        ("Part {number.numerator}", "{number.numerator} is not a placeholder"),
    ],
)
def test_a_label_with_a_format_spec_stops_the_build_naming_the_key(
    project: SiteProject, caplog: pytest.LogCaptureFixture, label: str, problem: str
) -> None:
    love_lab(project)
    project.options()["labels"] = {"series_part_of": label}
    with pytest.raises(Abort):
        project.build()
    (error,) = errors(caplog)
    assert "Plugin 'stay-tuned' option 'labels': labels.series_part_of is " in error
    assert problem in error
    assert 'series_part_of: "Part {number} of {total}"' in error  # a valid example
    assert not (project.root / "site" / THREE).exists()
