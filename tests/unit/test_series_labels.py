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


@pytest.mark.parametrize("language", sorted(i18n.LABELS))
def test_every_shipped_label_passes_the_checks_of_an_override(language: str) -> None:
    assert i18n.label_problems(i18n.LABELS[language]) == []


def test_plain_placeholders_pass() -> None:
    assert i18n.label_problems({"series_part_of": "Ep. {number}/{total}"}) == []
    assert i18n.label_problems({"series_part_of": "Ep. {number}"}) == []  # may omit one
    assert i18n.label_problems({"series_coming_soon": "50 {{%}} soon"}) == []  # literal braces
    assert i18n.label_problems({"unknown": "{x:>9}"}) == []  # reported as unknown instead


EXAMPLE = "A valid example:\nplugins:\n  - stay-tuned:\n      labels:\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ep. {nmber}", "{nmber} is not a placeholder of this label; it can use {number}, {total}"),
        ("{number:^50000000}", "{number:^50000000} formats its value, which labels cannot do"),
        ("{number:s}", "{number:s} formats its value"),
        ("{number!r}", "{number!r} formats its value"),
        ("{number:{total}}", "{number:{total}} formats its value"),
        ("{number.real}", "{number.real} is not a placeholder: a placeholder is a name"),
        ("{number[0]}", "{number[0]} is not a placeholder"),
        ("{0} of {}", "{0} is not a placeholder"),
        ("Part {number", "expected '}' before end of string (write '{{' and '}}' for literal"),
        ("x" * 301, "301 characters, more than a label's 300"),
    ],
)
def test_a_bad_override_names_the_key_and_shows_a_valid_example(text: str, problem: str) -> None:
    message, example = i18n.label_problems({"series_part_of": text})
    assert message.startswith('labels.series_part_of is "')
    assert problem in message
    assert len(message) < 300  # a huge label is quoted in part
    assert example == EXAMPLE + '        series_part_of: "Part {number} of {total}"'


def test_a_label_without_placeholders_says_so() -> None:
    (message, _) = i18n.label_problems({"series_coming_soon": "Soon {x}"})
    assert message == (
        'labels.series_coming_soon is "Soon {x}": {x} is not a placeholder of this label; '
        "it can use no placeholder"
    )


def test_a_label_of_the_maximum_length_passes() -> None:
    assert i18n.label_problems({"library_intro": "x" * i18n.LABEL_MAX_LENGTH}) == []


def test_every_bad_label_is_listed_with_one_example() -> None:
    problems = i18n.label_problems({"series_next": "{part!s}", "sign_off": "{x}", "series": "ok"})
    assert [p.split(" is ")[0] for p in problems[:2]] == ["labels.series_next", "labels.sign_off"]
    assert problems[2] == EXAMPLE + '        series_next: "Next in {series}: {part}"'


def test_labels_option_warns_about_unknown_keys_and_rejects_bad_placeholders() -> None:
    option = Labels()
    assert option.validate({"series": "Reihen"}) == {"series": "Reihen"}
    assert option.warnings == []
    option = Labels()
    option.validate({"seires": "x"})
    assert option.warnings and option.warnings[0].startswith("unknown label seires; known labels:")
    with pytest.raises(ValidationError, match=r"labels.series_part_of is .*\{nmber\} is not"):
        Labels().validate({"series_part_of": "{nmber}"})
    with pytest.raises(ValidationError, match=r"labels.series_part_of is .*formats its value"):
        Labels().validate({"series_part_of": "{number:^50000000}"})
    with pytest.raises(ValidationError):
        Labels().validate({"series": 3})
