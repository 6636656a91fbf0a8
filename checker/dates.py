"""The dateparser adapter: the only module that imports dateparser.

`find_periods(text, base)` finds time expressions in a sentence ("in January", "last year",
"since October", "early February", "June 2024", "last fall", "between January and February")
and resolves each to a `Period` (first and last day) relative to the draft's date; dateparser reads
the month names. Without a draft date, expressions that need one ("last year", a month with no
year) are left unresolved. `label_span(label)` turns a label ('2025-01', '2024-09-01/2024-11-30')
back into its first and last day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)")
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
_EXPRESSION = re.compile(
    rf"\b(?P<since>since\s+)?(?P<phrase>(?:(?P<part>early|mid|late)[\s-]+)?{_MONTH}(?:\s+(?P<day>\d{{1,2}}))?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<rel>last|this|next)\s+(?P<unit>year|month|fall|autumn|spring|summer|winter)"
    rf"|(?P<year_cue>in|since|during|by|until)\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?(?P<bare_year>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    text: str
    offset: int  # where the expression starts in the sentence

    @property
    def label(self) -> str:
        """ISO-style label: '2025-01-27', '2025-01', '2024', or 'start/end' for other spans."""
        if self.start == self.end:
            return self.start.isoformat()
        last = calendar.monthrange(self.start.year, self.start.month)[1]
        if self.start.day == 1 and self.end == self.start.replace(day=last):
            return f"{self.start:%Y-%m}"
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) and self.start.year == self.end.year:
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


_LABEL_PART = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def label_span(label: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period label ('2025', '2025-01', '2025-01-27', 'START/END'); None if malformed."""
    parts = str(label).split("/")
    if len(parts) > 2:
        return None
    spans = []
    for part in parts:
        m = _LABEL_PART.match(part.strip())
        if not m:
            return None
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        try:
            if day:
                d = dt.date(year, int(month), int(day))
                spans.append((d, d))
            elif month:
                spans.append(_month_span(year, int(month)))
            else:
                spans.append((dt.date(year, 1, 1), dt.date(year, 12, 31)))
        except ValueError:
            return None
    start, end = spans[0][0], spans[-1][1]
    return (start, end) if start <= end else None


def spans_overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


@lru_cache(maxsize=1)
def _dateparser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import dateparser

    return dateparser


def _parse(phrase: str, base: dt.date | None) -> dt.date | None:
    settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = _dateparser().parse(phrase, languages=["en"], settings=settings)
        except Exception:  # dateparser raises on some odd inputs; an unparsed date is simply unknown
            return None
    return parsed.date() if parsed else None


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _season_span(unit: str, year: int) -> tuple[dt.date, dt.date]:
    """The season `unit` that starts in `year` (winter runs into the next year)."""
    first, last = _SEASONS[unit]
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1])


def _season(unit: str, shift: int, base: dt.date) -> tuple[dt.date, dt.date]:
    """'last fall': the latest such season over before the draft's date; 'this': the one the date
    falls in, else this year's; 'next': the first one starting after the date."""
    spans = [_season_span(unit, year) for year in range(base.year - 2, base.year + 2)]
    if shift < 0:
        return [s for s in spans if s[1] < base][-1]
    if shift > 0:
        return [s for s in spans if s[0] > base][0]
    current = [s for s in spans if s[0] <= base <= s[1]]
    return current[0] if current else _season_span(unit, base.year)


def _resolve(m: re.Match, base: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if m.group("bare_year"):
        year = int(m.group("bare_year"))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m.group("rel"):
        if base is None:
            return None
        shift = {"last": -1, "this": 0, "next": 1}.get(m.group("rel").lower())
        if shift is None:  # "laſt year": an odd letter matched case-insensitively
            return None
        unit = m.group("unit").lower()
        if unit not in ("year", "month") and unit not in _SEASONS:
            return None
        if unit == "year":
            return dt.date(base.year + shift, 1, 1), dt.date(base.year + shift, 12, 31)
        if unit == "month":
            month_index = base.year * 12 + base.month - 1 + shift
            return _month_span(month_index // 12, month_index % 12 + 1)
        return _season(unit, shift, base)
    month_phrase = re.sub(r"^(?:early|mid|late)[\s-]+", "", m.group("phrase"), flags=re.IGNORECASE)
    if m.group("year") is None and base is None:
        return None
    parsed = _parse(month_phrase, base)
    if parsed is None:
        return None
    if m.group("day"):
        return parsed, parsed
    start, end = _month_span(parsed.year, parsed.month)
    if m.group("part"):
        if m.group("part").lower() not in _PARTS:
            return None
        first, last = _PARTS[m.group("part").lower()]
        start, end = start.replace(day=first), end.replace(day=min(last, end.day))
    return start, end


def _since(m: re.Match, span: tuple[dt.date, dt.date], base: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """'since October' runs from the start of October to the draft's date."""
    since = m.group("since") or (m.group("year_cue") or "").lower() == "since"
    if not since:
        return span
    if base is None or base < span[0]:
        return None
    return span[0], base


def find_periods(text: str, base: dt.date | None) -> list[Period]:
    """Resolved time expressions in `text`, left to right."""
    periods = []
    for m in _EXPRESSION.finditer(text):
        try:
            span = _resolve(m, base)
        except (ValueError, OverflowError):  # "next year" in 9999, "last winter" in year 1: left unresolved
            span = None
        span = span and _since(m, span, base)
        if span is not None:
            periods.append(Period(span[0], span[1], m.group(0), m.start()))
    return _join_spans(text, periods)


_SPAN_JOIN = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)
_SPAN_SEP = re.compile(r"^\s*(?:and|to|through|until|-|–)\s*$", re.IGNORECASE)


def _join_spans(text: str, periods: list[Period]) -> list[Period]:
    """'between January and February', 'in October and November', 'from October to December': one
    period from the first to the second."""
    out: list[Period] = []
    for period in periods:
        if out:
            first = out[-1]
            gap = text[first.offset + len(first.text) : period.offset]
            if _SPAN_SEP.match(gap) and first.start <= period.end:
                lead = _SPAN_JOIN.search(text[: first.offset])
                begin = lead.start() if lead else first.offset
                out[-1] = Period(first.start, period.end, text[begin : period.offset + len(period.text)], begin)
                continue
        out.append(period)
    return out
