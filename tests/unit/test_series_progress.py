"""Where each ongoing series stands: the end-of-build lines and series.json's keys."""

from __future__ import annotations

import datetime
from typing import Any

from stay_tuned.series import model, progress
from stay_tuned.series.model import Part, Series, Status

D = datetime.date
TODAY = D(2029, 6, 1)


def part(number: int, status: Status = Status.ANNOUNCED, **kw: Any) -> Part:
    return Part(number=number, title=f"P{number}", status=status, **kw)


def test_next_is_the_nearest_date_from_today_on_then_the_first_undated() -> None:
    series = Series(
        "s",
        "S",
        parts=(
            part(1, Status.PUBLISHED, date=D(2029, 1, 1)),
            part(2),  # no date
            part(3, date=D(2029, 5, 31)),  # overdue: not next
            part(4, date=D(2029, 7, 1)),
            part(5, date=D(2029, 6, 15)),
        ),
    )
    assert progress.next_part(series, TODAY) == series.parts[4]
    undated = Series("s", "S", parts=(part(1, Status.PUBLISHED), part(2), part(3)))
    assert progress.next_part(undated, TODAY) == undated.parts[1]
    due_today = Series("s", "S", parts=(part(2, date=TODAY),))
    assert progress.next_part(due_today, TODAY) == due_today.parts[0]
    late = Series("s", "S", parts=(part(2, date=D(2029, 5, 1)),))
    assert progress.next_part(late, TODAY) is None


def test_one_entry_per_ongoing_series_with_counts_next_and_overdue() -> None:
    complete = Series("done", "Done", parts=(part(1, Status.PUBLISHED),))
    ongoing = Series(
        "on",
        "On",
        parts=(
            part(1, Status.PUBLISHED, date=D(2029, 1, 1)),
            part(2, date=D(2029, 5, 20)),
            part(3, date=D(2029, 6, 10)),
        ),
    )
    (item,) = progress.progress([complete, ongoing], TODAY)
    assert (item.id, item.title, item.published, item.total) == ("on", "On", 1, 3)
    assert item.next == ongoing.parts[2]
    assert item.overdue == (ongoing.parts[1],)
    assert progress.progress([complete], TODAY) == []
    assert progress.progress([], TODAY) == []


def test_the_line_says_published_next_and_overdue() -> None:
    ongoing = Series(
        "on",
        "Love Lab",
        parts=(
            part(1, Status.PUBLISHED, date=D(2029, 1, 1)),
            part(2, date=D(2029, 5, 31)),
            part(3, date=D(2029, 6, 15)),
            part(4),
        ),
    )
    (item,) = progress.progress([ongoing], TODAY)
    assert progress.message(item, TODAY) == (
        "series 'Love Lab': 1 of 4 parts published; next: part 3 ('P3') due 2029-06-15 "
        "(in 14 days); OVERDUE: part 2 ('P2') announced for 2029-05-31 (1 day ago)."
    )
    on_time = Series("on", "Love Lab", parts=(part(1, Status.PUBLISHED), part(2, date=TODAY)))
    (item,) = progress.progress([on_time], TODAY)
    assert progress.message(item, TODAY) == (
        "series 'Love Lab': 1 of 2 parts published; next: part 2 ('P2') due 2029-06-01 "
        "(today); nothing overdue."
    )
    undated = Series("on", "Love Lab", parts=(part(1, Status.PUBLISHED), part(2)))
    (item,) = progress.progress([undated], TODAY)
    assert "next: part 2 ('P2'), no date announced; nothing overdue." in progress.message(
        item, TODAY
    )
    all_late = Series(
        "on", "Love Lab", parts=(part(1, date=D(2029, 5, 1)), part(2, date=D(2029, 5, 2)))
    )
    (item,) = progress.progress([all_late], TODAY)
    assert progress.message(item, TODAY) == (
        "series 'Love Lab': 0 of 2 parts published; nothing more announced; OVERDUE: "
        "part 1 ('P1') announced for 2029-05-01 (31 days ago); part 2 ('P2') announced "
        "for 2029-05-02 (30 days ago)."
    )


def test_series_json_keys() -> None:
    ongoing = Series(
        "on",
        "On",
        parts=(
            part(1, Status.PUBLISHED, date=D(2029, 1, 1)),
            part(2, date=D(2029, 5, 31)),
            part(3, date=D(2029, 6, 15)),
        ),
    )
    assert progress.series_json(ongoing, TODAY) == {
        "next": {"number": 3, "title": "P3", "date": "2029-06-15"},
        "overdue": [{"number": 2, "title": "P2", "date": "2029-05-31"}],
    }
    complete = Series("done", "Done", parts=(part(1, Status.PUBLISHED),))
    assert progress.series_json(complete, TODAY) == {"next": None, "overdue": []}


def test_only_overdue_promises_name_the_file_to_change() -> None:
    series = Series(
        "s",
        "S",
        parts=(
            part(1, Status.PUBLISHED),
            part(2, date=D(2029, 5, 31), where="docs/blog/posts/two.md", scheduled=False),
            part(3, date=D(2029, 5, 30)),
            part(5),  # part 4 is a gap
        ),
    )
    promises = model.broken_promises([series], TODAY, "docs/blog/.series.yml")
    assert [(p.overdue, "which has passed" in p.message) for p in promises] == [
        ("docs/blog/posts/two.md", True),
        ("docs/blog/.series.yml", True),
        (None, False),
    ]
    assert "nothing fills part 4" in promises[2].message
    assert model.promise_warnings([series], TODAY, "r.yml") == [
        p.message for p in model.broken_promises([series], TODAY, "r.yml")
    ]
