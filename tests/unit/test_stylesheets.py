"""A site gets the stylesheets of what it shows, no others."""

from __future__ import annotations

import pytest
from stay_tuned import render, stylesheets
from stay_tuned.stylesheets import Shown

BASE, FOLLOW, SERIES = render.BASE_CSS_PATH, render.FOLLOW_CSS_PATH, render.SERIES_CSS_PATH
NOTHING = Shown(series=False, follow=False, sign_off=False, callouts=False)


def test_a_site_showing_nothing_of_the_plugin_gets_none_of_its_stylesheets() -> None:
    assert stylesheets.unused(NOTHING) == [BASE, FOLLOW, SERIES]


@pytest.mark.parametrize(
    ("shown", "unused"),
    [
        # A series' stay-tuned block and page hold a follow block.
        (Shown(series=True, follow=False, sign_off=False, callouts=False), []),
        (Shown(series=False, follow=True, sign_off=False, callouts=False), [SERIES]),
        (Shown(series=False, follow=False, sign_off=True, callouts=False), [FOLLOW, SERIES]),
        # Callouts have their own stylesheets, which use the base one's text colours.
        (Shown(series=False, follow=False, sign_off=False, callouts=True), [FOLLOW, SERIES]),
        (Shown(series=False, follow=True, sign_off=True, callouts=True), [SERIES]),
    ],
)
def test_each_feature_keeps_its_stylesheets_and_the_base_one(
    shown: Shown, unused: list[str]
) -> None:
    assert stylesheets.unused(shown) == unused


def test_every_candidate_is_one_of_the_plugins_stylesheets() -> None:
    assert set(stylesheets.unused(NOTHING)) <= set(render.CSS_PATHS)


def test_the_read_marks_script_ships_only_with_a_series() -> None:
    assert stylesheets.unused_scripts(NOTHING) == [render.SERIES_JS_PATH]
    with_series = Shown(series=True, follow=False, sign_off=False, callouts=False)
    assert stylesheets.unused_scripts(with_series) == []
