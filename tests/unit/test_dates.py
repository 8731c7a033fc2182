import datetime

from stay_tuned.dates import format_post_date


def test_post_dates_as_the_blog_shows_them() -> None:
    assert format_post_date(datetime.date(2026, 11, 25), "long", "en") == "November 25, 2026"
    assert format_post_date(datetime.date(2026, 11, 25), "long", "fr") == "25 novembre 2026"


def test_a_custom_pattern_may_name_time_fields_for_dates_and_datetimes() -> None:
    moment = datetime.datetime(2026, 12, 10, 9, 30, tzinfo=datetime.timezone.utc)
    assert format_post_date(datetime.date(2026, 12, 10), "yyyy-MM-dd HH:mm", "en") == (
        "2026-12-10 00:00"
    )
    assert format_post_date(moment, "yyyy-MM-dd HH:mm", "en") == "2026-12-10 09:30"
