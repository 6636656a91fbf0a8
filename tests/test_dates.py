import datetime as dt

import pytest

from checker.dates import find_periods

BASE = dt.date(2025, 2, 27)


@pytest.mark.parametrize("text, label", [
    ("soldiers withdrawn in January", "2025-01"),
    ("deployed last year", "2024"),
    ("since October", "2024-10"),
    ("in early February", "2025-02-01/2025-02-10"),
    ("since mid-January", "2025-01-11/2025-01-20"),
    ("last fall it sent", "2024-09-01/2024-11-30"),
    ("in June 2024", "2024-06"),
    ("invasion in 2022", "2022"),
    ("on February 27", "2025-02-27"),
])
def test_resolves_against_draft_date(text, label):
    [period] = find_periods(text, BASE)
    assert period.label == label


@pytest.mark.parametrize("text", ["it may rise", "no time here", "the 2024 troops"])
def test_no_period(text):
    assert find_periods(text, BASE) == []


def test_relative_expressions_need_a_draft_date():
    assert find_periods("last year and in January", None) == []
    assert [p.label for p in find_periods("in June 2024", None)] == ["2024-06"]
