from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from stay_tuned.errors import StayTunedError
from stay_tuned.series import registry
from stay_tuned.series.model import Announcement, Declared

WHERE = "docs/blog/.series.yml"


def parse(data: object) -> dict[str, Declared]:
    return registry.parse_registry(data, WHERE)


def error_of(data: object) -> str:
    with pytest.raises(StayTunedError) as error:
        parse(data)
    return str(error.value)


def test_a_full_entry() -> None:
    declared = parse(
        {
            "series": {
                "emotional-connection": {
                    "title": "Building Emotional Connection",
                    "description": "A *five-part* guide.",
                    "upcoming": [
                        {"part": 2, "title": "Listening", "date": datetime.date(2026, 12, 10)},
                        {"part": 3, "title": "Appreciation", "date": "2026-12-31"},
                        {"part": 4, "title": "Vulnerability"},
                    ],
                }
            }
        }
    )
    assert declared == {
        "emotional-connection": Declared(
            id="emotional-connection",
            title="Building Emotional Connection",
            description="A *five-part* guide.",
            upcoming=(
                Announcement(2, "Listening", datetime.date(2026, 12, 10)),
                Announcement(3, "Appreciation", datetime.date(2026, 12, 31)),
                Announcement(4, "Vulnerability", None),
            ),
        )
    }


def test_an_empty_file_or_list_declares_nothing() -> None:
    assert parse(None) == {}
    assert parse({}) == {}
    assert parse({"series": {}}) == {}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"serie": {}}, "'serie': unknown key"),
        ({"series": []}, "'series': Expected type: <class 'dict'>"),
        ({"series": {"a": None}}, "'series.a' must be a mapping"),
        ({"series": {"a": {}}}, "'series.a.title': Required configuration not provided"),
        ({"series": {"a": {"title": ""}}}, "'series.a.title': Expected some text"),
        ({"series": {"a": {"title": "T", "colour": "red"}}}, "'series.a.colour': unknown key"),
        (
            {"series": {"a": {"title": "T", "upcoming": {"part": 2}}}},
            "'series.a.upcoming': Expected type: <class 'list'>",
        ),
        (
            {"series": {"a": {"title": "T", "upcoming": ["Part two"]}}},
            "'series.a.upcoming[0]' must be a mapping",
        ),
        (
            {"series": {"a": {"title": "T", "upcoming": [{"title": "x"}]}}},
            "'series.a.upcoming[0].part': Required configuration not provided",
        ),
        (
            {"series": {"a": {"title": "T", "upcoming": [{"part": True, "title": "x"}]}}},
            "'series.a.upcoming[0].part': Expected a whole number like 2, got True",
        ),
        (
            {"series": {"a": {"title": "T", "upcoming": [{"part": -1, "title": "x"}]}}},
            "'series.a.upcoming[0].part': Expected a whole number from 1 to 1000, got -1",
        ),
        (
            {"series": {"a": {"title": "T", "upcoming": [{"part": 2, "title": "x", "date": 5}]}}},
            "'series.a.upcoming[0].date': Expected a date like 2026-12-10, got 5",
        ),
        (
            {"series": {"Love_Lab": {"title": "T"}}},
            "'series.Love_Lab': a series id is used in URLs",
        ),
        (
            {"series": {"a": {"title": "T", "upcoming": [{"part": 1001, "title": "x"}]}}},
            "'series.a.upcoming[0].part': Expected a whole number from 1 to 1000, got 1001",
        ),
        (
            {"series": {"a": {"title": "T", "upcoming": [{"part": 20261210, "title": "x"}]}}},
            "'series.a.upcoming[0].part': Expected a whole number from 1 to 1000, got 20261210",
        ),
        (
            {"series": {"a": {"title": "x" * 10_000}}, "other": "y" * 10_000},
            "'other': unknown key",
        ),
        ({"series": {"a b": {"title": "T"}}}, "'series.a b'"),
        ({"series": {"-a": {"title": "T"}}}, "'series.-a'"),
    ],
)
def test_errors_name_the_file_and_the_key(data: object, expected: str) -> None:
    message = error_of(data)
    assert message.startswith(f"stay-tuned: {WHERE}: ")
    assert expected in message


def test_errors_show_a_valid_example() -> None:
    message = error_of({"series": {"a": {"title": 3}}})
    assert "A valid example:\nseries:\n  emotional-connection:" in message


def test_a_part_announced_twice_is_an_error() -> None:
    message = error_of(
        {
            "series": {
                "a": {
                    "title": "T",
                    "upcoming": [{"part": 2, "title": "x"}, {"part": 2, "title": "y"}],
                }
            }
        }
    )
    assert "'series.a.upcoming[1]' announces part 2 again ('series.a.upcoming[0]'" in message


def test_a_datetime_is_read_as_its_date() -> None:
    declared = parse(
        {
            "series": {
                "a": {
                    "title": "T",
                    "upcoming": [
                        {"part": 2, "title": "x", "date": datetime.datetime(2026, 12, 10, 9, 30)}
                    ],
                }
            }
        }
    )
    assert declared["a"].upcoming[0].date == datetime.date(2026, 12, 10)


def test_load_registry(tmp_path: Path) -> None:
    assert registry.load_registry(tmp_path / "missing.yml", "m") is None
    path = tmp_path / ".series.yml"
    path.write_text("series:\n  a:\n    title: Ünïcode <&>\n", encoding="utf-8")
    assert registry.load_registry(path, "x")["a"].title == "Ünïcode <&>"  # type: ignore[index]
    path.write_text("series: [\n", encoding="utf-8")
    with pytest.raises(StayTunedError, match="x is not valid YAML") as error:
        registry.load_registry(path, "x")
    # Where it broke: the line and column, and the line itself with a caret.
    assert "line 2, column 1" in str(error.value) and "^" in str(error.value)


def read(meta: dict[str, Any], **kw: Any) -> Any:
    fields = {
        "where": "docs/blog/posts/p.md",
        "title": "P",
        "date": datetime.date(2026, 1, 1),
        "published": True,
        "url": "blog/p/",
        **kw,
    }
    return registry.read_claim(meta, **fields)


def test_front_matter_without_series_is_no_claim() -> None:
    assert read({"title": "x", "date": "2026-01-01"}) is None
    assert read({"series": None}) is None


def test_front_matter_claim() -> None:
    claim = read({"series": " love-lab ", "part": 3}, published=False, scheduled=True)
    assert (claim.series, claim.part, claim.published, claim.scheduled) == (
        "love-lab",
        3,
        False,
        True,
    )
    assert read({"series": "love-lab"}).part is None


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"series": "s", "part": 0}, "'part': Expected a whole number from 1 to 1000, got 0."),
        (
            {"series": "s", "part": 1_000_000_000},
            "'part': Expected a whole number from 1 to 1000, got 1000000000.",
        ),
        (
            {"series": "s", "part": 20261210},
            "'part': Expected a whole number from 1 to 1000, got 20261210.",
        ),
        ({"series": "s", "part": "2"}, "'part': Expected a whole number like 2, got '2'."),
        ({"series": "s", "part": 2.5}, "'part': Expected a whole number like 2"),
        ({"series": 42}, "'series': Expected some text, got 42."),
        ({"series": ""}, "'series': Expected some text"),
        ({"part": 1}, "'part' needs 'series' too"),
    ],
)
def test_front_matter_errors_name_the_post_and_the_key(meta: dict[str, Any], expected: str) -> None:
    with pytest.raises(StayTunedError) as error:
        read(meta)
    message = str(error.value)
    assert message.startswith("stay-tuned: docs/blog/posts/p.md: ")
    assert expected in message
    assert "series: emotional-connection" in message  # a valid example


def test_huge_bad_values_are_quoted_short() -> None:
    message = error_of({"series": {"a": {"title": ["x" * 100_000]}}})
    assert "'series.a.title': Expected some text, got ['xxxx" in message
    assert "... (100004 characters)" in message
    assert len(message) < 1000


@pytest.mark.parametrize("date", ["2026-13-45", "2026-02-30"])
def test_an_impossible_date_names_the_key(tmp_path: Path, date: str) -> None:
    path = tmp_path / ".series.yml"
    path.write_text(
        f"series:\n  a:\n    title: T\n    upcoming:\n"
        f"      - part: 2\n        title: X\n        date: {date}\n",
        encoding="utf-8",
    )
    with pytest.raises(StayTunedError) as error:
        registry.load_registry(path, WHERE)
    assert str(error.value).startswith(
        f"stay-tuned: {WHERE}: 'series.a.upcoming[0].date': Expected a date like "
        f"2026-12-10, got '{date}'. A valid example:"
    )


def test_an_id_declared_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / ".series.yml"
    path.write_text(
        "series:\n  a:\n    title: A\n    upcoming:\n      - {part: 2, title: X}\n"
        "  b:\n    title: B\n  a:\n    title: A again\n",
        encoding="utf-8",
    )
    with pytest.raises(StayTunedError) as error:
        registry.load_registry(path, WHERE)
    message = str(error.value)
    assert message.startswith(f"stay-tuned: {WHERE}: 'a' is written twice in one mapping")
    assert "on lines 2 and 8" in message and "A valid example" in message


def test_duplicate_keys_are_found_by_both_loaders(tmp_path: Path) -> None:
    path = tmp_path / ".series.yml"
    # A syntax error after the duplicate: the pure-Python loader reads it again.
    path.write_text("series:\n  a: {title: A, title: B}\n", encoding="utf-8")
    with pytest.raises(StayTunedError, match="'title' is written twice"):
        registry.load_registry(path, WHERE)
    for loader in (registry._FastLoader, registry._ExplainingLoader):
        with pytest.raises(registry.DuplicateKeyError):
            yaml.load("a: 1\nb: 2\na: 3\n", Loader=loader)
        assert yaml.load("d: 2026-12-10\n", Loader=loader) == {"d": datetime.date(2026, 12, 10)}
        assert yaml.load("d: 2026-02-30\n", Loader=loader) == {"d": "2026-02-30"}


def test_an_empty_file_declares_nothing(tmp_path: Path) -> None:
    path = tmp_path / ".series.yml"
    path.write_text("# no series yet\n", encoding="utf-8")
    assert registry.load_registry(path, WHERE) == {}


@pytest.mark.parametrize("text", ["A\x01B", "A\x0bB", "\ufffe", "A\x1f"])
def test_text_with_control_characters_is_an_error(text: str) -> None:
    message = error_of({"series": {"a": {"title": text}}})
    assert "'series.a.title': Expected text without control characters" in message
    message = error_of({"series": {"a": {"title": "T", "description": text}}})
    assert "'series.a.description': Expected text without control characters" in message


def test_text_keeps_tabs_and_line_breaks() -> None:
    declared = parse({"series": {"a": {"title": "T", "description": "One\tTwo\r\nThree"}}})
    assert declared["a"].description == "One\tTwo\r\nThree"
