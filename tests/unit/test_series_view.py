from __future__ import annotations

import datetime

import pytest
from stay_tuned.series import view
from stay_tuned.series.model import Part, Series, Status

D = datetime.date
URLS = {"s": "blog/series/s/"}


def views() -> view.Views:
    return view.Views(URLS, "blog/series/", lambda date: date.strftime("%d/%m/%Y"))


def series(*statuses: Status) -> Series:
    return Series(
        "s",
        "S & co",
        parts=tuple(
            Part(
                n,
                f"P{n}",
                status,
                date=D(2029, 1, n),
                url=f"blog/p{n}/" if status is Status.PUBLISHED else None,
                where=f"p{n}.md",
            )
            for n, status in enumerate(statuses, start=1)
        ),
    )


PUB, ANN = Status.PUBLISHED, Status.ANNOUNCED


@pytest.mark.parametrize(
    ("count", "at", "expected"),
    [
        (5, 2, [0, 1, 2, 3, 4]),
        (9, 0, list(range(9))),
        (10, 0, [0, 1, 2, 9]),
        (10, 9, [0, 7, 8, 9]),
        (100, 49, [0, 47, 48, 49, 50, 51, 99]),
        (100, 1, [0, 1, 2, 3, 99]),
    ],
)
def test_box_indices(count: int, at: int, expected: list[int]) -> None:
    assert view.box_indices(count, at) == expected


def test_box_marks_the_current_part_and_links_the_others_relative_to_the_page() -> None:
    s = series(PUB, PUB, ANN)
    box = views().box(s, s.parts[1], "blog/p2/")
    assert box.series.url == "../series/s/"
    assert box.series.total == 3
    one, two, three = box.parts
    assert (one.url, one.current) == ("../p1/", False)
    assert (two.url, two.current) == (None, True)
    assert (three.url, three.published, three.date, three.date_text) == (
        None,
        False,
        "2029-01-03",
        "03/01/2029",
    )


def test_relative_urls_without_directory_urls() -> None:
    v = view.Views({"s": "blog/series/s.html"}, "blog/series/index.html", str)
    s = Series("s", "S", parts=(Part(1, "A", PUB, url="blog/2029/a.html"),))
    box = v.box(s, s.parts[0], "blog/2029/b.html")
    assert box.series.url == "../series/s.html"
    page = v.page(s, "blog/series/s.html", None)
    assert page.parts[0].url == "../2029/a.html"


def test_box_of_a_long_series_marks_gaps() -> None:
    s = series(*([PUB] * 20))
    box = views().box(s, s.parts[10], "blog/p11/")
    assert [(p.number, p.gap_before) for p in box.parts] == [
        (1, False),
        (9, True),
        (10, False),
        (11, False),
        (12, False),
        (13, False),
        (20, True),
    ]


@pytest.mark.parametrize(
    ("statuses", "at", "kind", "number"),
    [
        ((PUB, PUB, ANN), 0, "next", 2),
        ((PUB, PUB, ANN), 1, "announced", 3),
        ((PUB, PUB), 1, "complete", None),
        # The last part, an earlier one still to come: announce that one.
        ((PUB, ANN, PUB), 2, "announced", 2),
    ],
)
def test_stay_tuned_kinds(
    statuses: tuple[Status, ...], at: int, kind: str, number: int | None
) -> None:
    s = series(*statuses)
    block = views().stay_tuned(s, s.parts[at], f"blog/p{at + 1}/")
    assert block.kind == kind
    assert (block.part.number if block.part else None) == number
    assert block.follow_url == block.series.url == "../series/s/"
    assert block.index_url == "../series/"


def test_index_groups_ongoing_and_complete_series() -> None:
    ongoing = series(PUB, ANN)
    done = Series("d", "D", parts=(Part(1, "x", PUB, url="blog/x/"),))
    index = view.Views({**URLS, "d": "blog/series/d/"}, "blog/series/", str).index(
        [ongoing, done], "blog/series/"
    )
    assert [e.series.id for e in index.ongoing] == ["s"]
    assert index.ongoing[0].next_part is not None and index.ongoing[0].next_part.number == 2
    assert [e.series.id for e in index.complete] == ["d"]
    assert index.complete[0].series.url == "d/"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "December 10, 2026"), ("fr", "10 décembre 2026"), ("de", "10. Dezember 2026")],
)
def test_dates_follow_the_site_language(language: str, expected: str) -> None:
    assert view.date_formatter("long", language)(D(2026, 12, 10)) == expected


def test_custom_date_patterns() -> None:
    assert view.date_formatter("yyyy-MM-dd", "en")(D(2026, 12, 10)) == "2026-12-10"
    assert view.date_formatter("yyyy-MM-dd HH:mm", "en")(D(2026, 12, 10)) == "2026-12-10 00:00"


@pytest.mark.parametrize(
    ("statuses", "at", "expected"),
    [
        # The next published part, linked relative to the page.
        ((PUB, PUB, ANN), 0, (2, "../p2/", "02/01/2029")),
        # The next part is announced: no link, its expected date.
        ((PUB, PUB, ANN), 1, (3, None, "03/01/2029")),
        # After the last part written so far, the first part still to come.
        ((PUB, ANN, PUB), 2, (2, None, "02/01/2029")),
        # Nothing to come.
        ((PUB, PUB), 1, None),
    ],
)
def test_box_says_what_comes_next(
    statuses: tuple[Status, ...], at: int, expected: tuple[int, str | None, str] | None
) -> None:
    s = series(*statuses)
    box = views().box(s, s.parts[at], f"blog/p{at + 1}/")
    got = box.next
    assert (got and (got.number, got.url, got.date_text)) == expected


def test_series_link_carries_the_site_relative_page_on_every_page() -> None:
    s = series(PUB, PUB)
    assert views().link(s, "blog/p1/").page == views().link(s, "").page == "blog/series/s/"


def test_each_date_is_formatted_once_per_build() -> None:
    # Formatting a date in the site's language (Babel) costs more than the rest of a
    # part's view; every box, label and page of a series shows the same few dates.
    formatted: list[D] = []

    def format_date(date: D) -> str:
        formatted.append(date)
        return date.strftime("%d/%m/%Y")

    built = view.Views(URLS, "blog/series/", format_date)
    s = series(PUB, PUB, ANN)
    boxes = [built.box(s, part, f"blog/p{part.number}/") for part in s.parts[:2]]
    built.page(s, "blog/series/s/", None)
    assert sorted(formatted) == [D(2029, 1, 1), D(2029, 1, 2), D(2029, 1, 3)]
    assert [p.date_text for p in boxes[0].parts] == ["01/01/2029", "02/01/2029", "03/01/2029"]
    assert boxes[1].current == boxes[1].parts[1]
    # A new build (a `mkdocs serve` rebuild makes new Views) formats them again.
    view.Views(URLS, "blog/series/", format_date).part(s.parts[0], "blog/")
    assert len(formatted) == 4
