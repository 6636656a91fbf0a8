"""Period labels: the written form of a time a figure is about ('2025', '2025-01', '2025-01-27',
'2024-09-01/2024-11-30'), turned into first and last day and back. Used by facts, claims and
checks."""

from __future__ import annotations

import calendar
import datetime as dt
import functools

from checker import regex_cache

Span = tuple[dt.date, dt.date]

_LABEL_PART = regex_cache.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def month_span(year: int, month: int) -> Span:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _part_span(part: str) -> Span | None:
    m = _LABEL_PART.match(part.strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = dt.date(year, int(month), int(day))
            return d, d
        if month:
            return month_span(year, int(month))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1 << 16)  # labels repeat: every fact of a month has the same one
def label_span(label: str) -> Span | None:
    """The first and last day of a period label ('2025', '2025-01', '2025-01-27', 'START/END');
    None if malformed."""
    parts = str(label).split("/")
    if len(parts) > 2:
        return None
    spans = [_part_span(part) for part in parts]
    if None in spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    return (start, end) if start <= end else None


def label(start: dt.date, end: dt.date) -> str:
    """ISO-style label: '2025-01-27', '2025-01', '2024', or 'start/end' for other spans."""
    if start == end:
        return start.isoformat()
    if start.day == 1 and end == month_span(start.year, start.month)[1]:
        return f"{start:%Y-%m}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()}/{end.isoformat()}"


def reversed_label(text: str) -> bool:
    """'2025/2024': two well-formed ends in the wrong order."""
    parts = text.split("/")
    ends = [label_span(p) for p in parts]
    return len(parts) == 2 and None not in ends and ends[0][0] > ends[1][1]


def spans_overlap(a: Span, b: Span) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def widened(span: Span, days: int) -> Span:
    """The span `days` longer at each end, within the calendar (9999-12-31 stays the last day)."""
    step = dt.timedelta(days=days)
    start = span[0] - step if span[0] - dt.date.min >= step else dt.date.min
    end = span[1] + step if dt.date.max - span[1] >= step else dt.date.max
    return start, end


def near_any(span: Span, others, days: int = 1) -> bool:
    """Does the span, `days` longer at each end, meet any of `others` (None for a time not known)?
    A day's count is often given the next day."""
    near = widened(span, days)
    return any(other is not None and spans_overlap(near, other) for other in others)
