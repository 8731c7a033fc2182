"""Labels of the series feature: every language fills the same placeholders, and
overrides are checked before they can break a build."""

from __future__ import annotations

import pytest
from mkdocs.config.base import ValidationError
from stay_tuned import i18n
from stay_tuned.config import Labels


@pytest.mark.parametrize("language", sorted(i18n.LABELS))
def test_every_language_fills_the_same_placeholders(language: str) -> None:
    for key, text in i18n.LABELS[language].items():
        assert i18n.placeholders(text) == i18n.placeholders(i18n.LABELS["en"][key]), key


def test_placeholder_problems() -> None:
    assert i18n.placeholder_problems({"series_part_of": "Ep. {number}/{total}"}) == []
    assert i18n.placeholder_problems({"series_part_of": "Ep. {number}"}) == []  # may omit
    assert i18n.placeholder_problems({"series_part_of": "Ep. {nmber}"}) == [
        "'series_part_of' uses {nmber}; it can use {number}, {total}"
    ]
    assert i18n.placeholder_problems({"series_coming_soon": "Soon {x}"}) == [
        "'series_coming_soon' uses {x}; it can use no placeholder"
    ]
    (problem,) = i18n.placeholder_problems({"series_next": "Next {series"})
    assert problem.startswith("'series_next': ")
    assert i18n.placeholder_problems({"unknown": "{x}"}) == []  # reported as unknown


def test_labels_option_warns_about_unknown_keys_and_rejects_bad_placeholders() -> None:
    option = Labels()
    assert option.validate({"series": "Reihen"}) == {"series": "Reihen"}
    assert option.warnings == []
    option = Labels()
    option.validate({"seires": "x"})
    assert option.warnings and option.warnings[0].startswith("unknown label seires; known labels:")
    with pytest.raises(ValidationError, match=r"uses \{nmber\}"):
        Labels().validate({"series_part_of": "{nmber}"})
    with pytest.raises(ValidationError):
        Labels().validate({"series": 3})
