from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from stay_tuned.errors import StayTunedError
from stay_tuned.series import model
from stay_tuned.series.model import Announcement, Claim, Declared, Part, Series, Status

CASES = yaml.safe_load(
    (Path(__file__).parent.parent / "cases" / "series_catalog.yml").read_text(encoding="utf-8")
)
D = datetime.date


def claim(where: str, series: str = "s", part: int | None = None, **kw: Any) -> Claim:
    fields: dict[str, Any] = {
        "title": where.removesuffix(".md").title(),
        "date": D(2029, 1, 1),
        "published": True,
        "url": f"blog/{where.removesuffix('.md')}/",
    }
    fields.update(kw)
    return Claim(where=where, series=series, part=part, **fields)


def part(number: int, status: Status = Status.PUBLISHED, **kw: Any) -> Part:
    return Part(number=number, title=f"P{number}", status=status, **kw)


def describe(p: Part) -> str:
    text = f"{p.number} {p.status.value} {p.title}"
    return f"{text} {p.date.isoformat()}" if p.date else text


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden_catalogs(case: dict[str, Any]) -> None:
    declared = {
        series_id: Declared(
            id=series_id,
            title=entry["title"],
            upcoming=tuple(Announcement(**a) for a in entry.get("upcoming", [])),
        )
        for series_id, entry in case["declared"].items()
    }
    claims = [
        Claim(url=f"blog/{c['where']}", **{"published": True, "part": None, **c})
        for c in case["claims"]
    ]
    catalog = model.build_catalog(declared, claims, "registry.yml")
    assert {s.id: [describe(p) for p in s.parts] for s in catalog.series} == case["parts"]
    warnings = [
        *catalog.warnings,
        *model.promise_warnings(catalog.series, case["today"], "registry.yml"),
    ]
    assert len(warnings) == len(case["warnings"]), warnings
    for warning, expected in zip(warnings, case["warnings"], strict=True):
        assert expected in warning


def test_total_counts_published_and_announced_parts() -> None:
    series = model.assemble(
        Declared("s", "S", upcoming=tuple(Announcement(n, f"A{n}") for n in range(2, 6))),
        [claim("one.md", part=1)],
    )
    assert series.total == 5
    assert [p.number for p in series.published] == [1]
    assert not series.complete


def test_a_series_is_complete_when_nothing_is_announced() -> None:
    assert Series("s", "S", parts=(part(1), part(2))).complete
    assert not Series("s", "S", parts=(part(1), part(2, Status.ANNOUNCED))).complete
    assert not Series("s", "S").complete  # nothing at all is not complete


def test_neighbours_skip_unpublished_parts() -> None:
    series = Series(
        "s", "S", parts=(part(1), part(2, Status.ANNOUNCED), part(3), part(4, Status.ANNOUNCED))
    )
    one, two, three, four = series.parts
    assert series.following(one) is two
    assert series.next_published(one) is three
    assert series.previous_published(three) is one
    assert series.previous_published(one) is None
    assert series.next_published(three) is None
    assert series.following(four) is None


def test_missing_numbers() -> None:
    assert Series("s", "S", parts=(part(2), part(5))).missing() == [1, 3, 4]
    assert Series("s", "S").missing() == []


def test_mixing_numbered_and_unnumbered_parts_names_both_files() -> None:
    with pytest.raises(StayTunedError) as error:
        model.assemble(Declared("s", "S"), [claim("a.md", part=1), claim("b.md")])
    assert "a.md says 'part: 1' but b.md gives no part" in str(error.value)


def test_two_posts_with_one_part_number_name_both_files() -> None:
    with pytest.raises(StayTunedError) as error:
        model.assemble(Declared("s", "S"), [claim("b.md", part=2), claim("a.md", part=2)])
    assert "a.md and b.md both say 'part: 2'" in str(error.value)


def test_date_order_breaks_ties_by_title() -> None:
    series = model.assemble(
        Declared("s", "S"), [claim("z.md", title="B"), claim("y.md", title="A")]
    )
    assert [p.title for p in series.parts] == ["A", "B"]


def test_a_draft_keeps_its_source_and_no_url() -> None:
    series = model.assemble(Declared("s", "S"), [claim("a.md", part=1, published=False)])
    (only,) = series.parts
    assert only.status is Status.ANNOUNCED and only.url is None and only.where == "a.md"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Emotional Connection", ("emotional-connection", True)),
        ("EMOTIONAL-CONNECTION", ("emotional-connection", True)),
        ("emotional_connection", ("emotional-connection", True)),
        ("emotionalconnection", ("emotional-connection", True)),
        ("emotional-conection", ("emotional-connection", False)),
        ("cooking", None),
    ],
)
def test_suggest_id(name: str, expected: tuple[str, bool] | None) -> None:
    assert model.suggest_id(name, ["emotional-connection", "dating-basics"]) == expected


def test_unknown_series_with_an_empty_registry() -> None:
    catalog = model.build_catalog({}, [claim("a.md", series="x")], "docs/.series.yml")
    (message,) = catalog.warnings
    assert "docs/.series.yml declares no series: declare it there" in message
    assert "no series file" not in message


@pytest.mark.parametrize(
    ("posts", "expected"),
    [
        (1, "1 post has 'series:' in the front matter, but there is no series file at r.yml"),
        (2, "2 posts have 'series:' in the front matter, but there is no series file at r.yml"),
    ],
)
def test_posts_without_a_registry_are_left_alone_with_how_to_declare(
    posts: int, expected: str
) -> None:
    message = model.left_alone_message(posts, "r.yml")
    assert message.startswith(expected)
    assert "stay-tuned leaves" in message
    assert "declare it in r.yml" in message and "series: emotional-connection" in message


def test_number_ranges_stay_short() -> None:
    assert model.number_ranges([4]) == "4"
    assert model.number_ranges([4, 5]) == "4, 5"
    assert model.number_ranges([1, 2, 3, 5, 9, 10, 11, 12]) == "1-3, 5, 9-12"
    many = model.number_ranges(list(range(2, 2_000_000, 2)))
    assert many == "2, 4, 6, 8, 10, 12, 14, 16, 18, 20, and 999989 more"


def test_a_gap_warning_stays_short() -> None:
    series = Series("s", "S", parts=(part(1), part(1000)))
    (warning,) = model.promise_warnings([series], D(2029, 6, 1), "r.yml")
    assert "nothing fills part 2-999:" in warning


def test_dates_passed_only_before_today() -> None:
    series = Series(
        "s",
        "S",
        parts=(
            part(1),
            part(2, Status.ANNOUNCED, date=D(2029, 5, 31)),
            part(3, Status.ANNOUNCED, date=D(2029, 6, 1)),
            part(4, Status.ANNOUNCED),
        ),
    )
    warnings = model.promise_warnings([series], D(2029, 6, 1), "r.yml")
    assert len(warnings) == 1
    assert "part 2 ('P2') was announced for 2029-05-31, which has passed" in warnings[0]
    assert "move its date in r.yml" in warnings[0]


def test_a_scheduled_post_is_no_broken_promise_when_the_build_date_passed_its_date() -> None:
    # Material holds a post back by the system clock (`draft_if_future_date`), while the
    # build's date may be SOURCE_DATE_EPOCH, ahead of it: the post is written and a build
    # on its date publishes it. A draft with a passed date is still a broken promise.
    series = Series(
        "s",
        "S",
        parts=(
            part(1),
            part(2, Status.ANNOUNCED, date=D(2029, 5, 1), where="scheduled.md", scheduled=True),
            part(3, Status.ANNOUNCED, date=D(2029, 5, 2), where="draft.md"),
        ),
    )
    (warning,) = model.promise_warnings([series], D(2029, 6, 1), "r.yml")
    assert "part 3 ('P3') was announced for 2029-05-02, which has passed" in warning
    assert "draft.md is still a draft" in warning


def test_next_due_is_the_nearest_announced_date_from_today() -> None:
    a = Series("a", "A", parts=(part(1, Status.ANNOUNCED, date=D(2029, 7, 1)),))
    b = Series(
        "b",
        "B",
        parts=(
            part(1, Status.ANNOUNCED, date=D(2029, 5, 1)),  # passed: not due
            part(2, Status.ANNOUNCED, date=D(2029, 6, 15)),
        ),
    )
    assert model.next_due([a, b], D(2029, 6, 1)) == (b, b.parts[1])
    assert model.next_due([a], D(2029, 8, 1)) is None


def test_due_message_says_what_publishes_the_part() -> None:
    today = D(2029, 6, 1)
    series = Series("s", "S")
    scheduled = part(2, Status.ANNOUNCED, date=D(2029, 6, 2), where="p.md", scheduled=True)
    assert "(in 1 day); p.md is scheduled: rebuild the site that day" in model.due_message(
        series, scheduled, today, "r.yml"
    )
    draft = part(2, Status.ANNOUNCED, date=today, where="p.md")
    assert "(today); p.md is a draft: remove 'draft: true'" in model.due_message(
        series, draft, today, "r.yml"
    )
    announced = part(2, Status.ANNOUNCED, date=D(2029, 6, 11))
    assert "(in 10 days); it is announced in r.yml and not written yet" in model.due_message(
        series, announced, today, "r.yml"
    )


def test_display_order_puts_ongoing_series_first_then_newest() -> None:
    old = Series("old", "Old", parts=(part(1, date=D(2020, 1, 1)), part(2, Status.ANNOUNCED)))
    new = Series("new", "New", parts=(part(1, date=D(2029, 1, 1)), part(2, Status.ANNOUNCED)))
    done = Series("done", "Done", parts=(part(1, date=D(2030, 1, 1)),))
    waiting = Series("waiting", "Waiting", parts=(part(1, Status.ANNOUNCED),))
    assert [s.id for s in model.display_order([done, old, waiting, new])] == [
        "new",
        "old",
        "waiting",
        "done",
    ]


def test_catalog_finds_the_part_of_a_post() -> None:
    catalog = model.build_catalog(
        {"s": Declared("s", "S")}, [claim("a.md", series="s", part=1)], "r.yml"
    )
    found = catalog.part_at("a.md")
    assert found is not None and found[0].id == "s" and found[1].number == 1
    assert catalog.part_at("b.md") is None
    assert catalog.get("s") is found[0] and catalog.get("x") is None


@pytest.mark.parametrize(
    ("option", "count", "expected"),
    [
        ("auto", 0, True),
        ("auto", model.NAV_ALL_MAX_SERIES, True),
        ("auto", model.NAV_ALL_MAX_SERIES + 1, False),
        ("auto", 2000, False),
        ("all", 2000, True),
        ("index", 1, False),
    ],
)
def test_lists_every_series(option: str, count: int, expected: bool) -> None:
    assert model.lists_every_series(option, count) is expected


def test_a_series_computes_its_parts_by_status_once() -> None:
    # A series is frozen: every box, label and feed of a build asks for the same tuples.
    series = model.Series(
        "s",
        "S",
        parts=(
            model.Part(1, "One", model.Status.PUBLISHED, url="blog/one/", where="one.md"),
            model.Part(2, "Two", model.Status.ANNOUNCED),
        ),
    )
    assert series.published is series.published
    assert series.announced is series.announced
    assert [p.number for p in series.published] == [1]
    assert (series.total, series.complete) == (2, False)
    assert series == model.Series("s", "S", parts=series.parts)
    assert hash(series) == hash(model.Series("s", "S", parts=series.parts))
