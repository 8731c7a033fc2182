import datetime

import pytest
from stay_tuned.clock import build_date
from stay_tuned.errors import StayTunedError


def test_source_date_epoch_sets_the_build_date() -> None:
    assert build_date({"SOURCE_DATE_EPOCH": "1795694400"}) == datetime.date(2026, 11, 26)


def test_without_it_the_build_date_is_today_in_utc() -> None:
    assert build_date({}) == datetime.datetime.now(datetime.timezone.utc).date()


def test_a_malformed_epoch_is_a_clear_error() -> None:
    with pytest.raises(StayTunedError, match="SOURCE_DATE_EPOCH is 'tomorrow'"):
        build_date({"SOURCE_DATE_EPOCH": "tomorrow"})
