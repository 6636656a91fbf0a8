"""The shared nouns: severities order and compare with --fail-on levels, findings sort by
position."""

import pytest

from checker.model import Finding, Position, Severity, describe_figure, format_value


def test_severities_are_ordered():
    assert [s.value for s in sorted(Severity, key=lambda s: s.rank)] == ["info", "warning", "error"]
    assert Severity.names() == ("info", "warning", "error")


@pytest.mark.parametrize(
    "severity, threshold, at_least",
    [
        (Severity.ERROR, "warning", True),
        (Severity.INFO, "warning", False),
        (Severity.WARNING, "warning", True),
        (Severity.ERROR, "never", False),
    ],
)
def test_at_least(severity, threshold, at_least):
    assert severity.at_least(threshold) is at_least


def test_findings_sort_by_position_then_severity():
    a = Finding("stale", Severity.WARNING, "a.txt", 2, 1, "x", "m")
    b = Finding("contradiction", Severity.ERROR, "a.txt", 2, 1, "x", "m")
    c = Finding("stale", Severity.WARNING, "a.txt", 1, 9, "x", "m")
    assert sorted([a, b, c]) == [c, b, a] and str(c.position) == "a.txt:1:9"
    assert Position("p", 1, 2) == c.position.__class__("p", 1, 2)


@pytest.mark.parametrize(
    "low, high, text", [(3000, 3000, "3,000"), (1000, 3000, "1,000–3,000"), (2.5, 2.5, "2.5")]
)
def test_format_value(low, high, text):
    assert format_value(low, high) == text


@pytest.mark.parametrize(
    "hedge, text", [("exact", "300"), ("more-than", "more than 300"), ("vague", "300 (vague)")]
)
def test_describe_figure(hedge, text):
    assert describe_figure(300, 300, hedge) == text
