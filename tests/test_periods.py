"""`checker.periods`: spans of days and their labels."""

import datetime as dt

import pytest

from checker import periods


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ((dt.date(2024, 3, 1), dt.date(2024, 3, 1)), (dt.date(2024, 2, 29), dt.date(2024, 3, 2))),
        # the calendar's ends stay where they are: no overflow on a year 9999 draft
        ((dt.date(9999, 12, 31), dt.date(9999, 12, 31)), (dt.date(9999, 12, 30), dt.date.max)),
        ((dt.date.min, dt.date(1, 1, 5)), (dt.date.min, dt.date(1, 1, 6))),
    ],
)
def test_widened_by_a_day(span, expected):
    assert periods.widened(span, 1) == expected


@pytest.mark.parametrize(
    ("others", "near"),
    [
        ([(dt.date(2024, 10, 28), dt.date(2024, 10, 28))], True),  # given the next day
        ([(dt.date(2024, 10, 29), dt.date(2024, 10, 29))], False),
        ([None, (dt.date(2024, 10, 1), dt.date(2024, 10, 31))], True),  # an unknown time is skipped
        ([None], False),
    ],
)
def test_near_any_a_day_either_side(others, near):
    day = (dt.date(2024, 10, 27), dt.date(2024, 10, 27))
    assert periods.near_any(day, others) is near
