"""When a figure is about: time expressions in a sentence, resolved against the draft's date.

`find_periods(text, base, lexicon)` finds "in January", "last year", "since October", "early
February", "June 2024", "last fall", "between January and February" and resolves each to a
`Period` (first and last day); expressions that need the draft's date are left unresolved without
one. `draft_date(text, lexicon)` reads a draft's own date line. `period_for` picks a figure's time
expression; `said_when` tells the time of a statement ("said in February") from the figure's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker import periods
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import words
from checker.reading import dates
from checker.reading.distance import cue_before


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    text: str
    offset: int  # where the expression starts in the sentence

    @property
    def label(self) -> str:
        return periods.label(self.start, self.end)


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    t = lexicon.time
    month = (
        f"(?-i:{'|'.join(map(re.escape, t.months))}|"
        f"(?:{'|'.join(map(re.escape, t.month_abbreviations))})\\.)"
    )
    units = words([*t.relative_units, *t.seasons])
    expression = (
        rf"\b(?P<since>(?:{words(t.since)})\s+)?(?P<phrase>"
        rf"(?:(?P<part>{words(t.month_parts)})[\s-]+)?{month}(?:\s+(?P<day>\d{{1,2}}))?(?:,?\s+(?P<year>\d{{4}}))?"
        rf"|(?P<rel>{words(t.relative)})\s+(?P<unit>{units})"
        rf"|(?P<year_cue>{words(t.year_cues)})\s+(?:(?:{words(t.year_edges)})\s+)?(?P<bare_year>\d{{4}}))\b"
    )
    return {
        "expression": re.compile(expression, re.IGNORECASE),
        "span_lead": re.compile(rf"(?:{words(t.span_leads)})\s+$", re.IGNORECASE),
        "span_sep": re.compile(rf"^\s*(?:{words(t.span_joiners)})\s*$", re.IGNORECASE),
        "date_line": re.compile(
            rf"^\s*(?:{words(t.date_line)})\s*:?\s*(\d{{4}}-\d{{2}}-\d{{2}})\b",
            re.IGNORECASE | re.MULTILINE,
        ),
        "part_prefix": re.compile(rf"^(?:{words(t.month_parts)})[\s-]+", re.IGNORECASE),
        "parts": {k.lower(): v for k, v in t.month_parts.items()},
        "relative": {k.lower(): v for k, v in t.relative.items()},
        "seasons": {k.lower(): v for k, v in t.seasons.items()},
        "since": t.since.folded,
        "units": {u.lower() for u in t.relative_units},
    }


def draft_date(text: str, lexicon: Lexicon) -> dt.date | None:
    """The draft's own date from a date line or front matter near the top, if any."""
    match = _patterns(lexicon)["date_line"].search(text[: lexicon.limits.date_line_chars])
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _season_span(first_last: tuple[int, int], year: int) -> periods.Span:
    """The season that starts in `year` (winter runs into the next year)."""
    first, last = first_last
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), periods.month_span(end_year, last)[1]


def _season(first_last: tuple[int, int], shift: int, base: dt.date) -> periods.Span:
    """'last fall': the latest such season over before the draft's date; 'this': the one the date
    falls in, else this year's; 'next': the first one starting after the date."""
    spans = [_season_span(first_last, year) for year in range(base.year - 2, base.year + 2)]
    if shift < 0:
        return [s for s in spans if s[1] < base][-1]
    if shift > 0:
        return [s for s in spans if s[0] > base][0]
    current = [s for s in spans if s[0] <= base <= s[1]]
    return current[0] if current else _season_span(first_last, base.year)


def _relative(m: re.Match, base: dt.date | None, p: dict) -> periods.Span | None:
    """'last year', 'this month', 'next fall'."""
    shift = p["relative"].get(m.group("rel").lower())
    unit = m.group("unit").lower()
    if base is None or shift is None:  # "laſt year": an odd letter matched case-insensitively
        return None
    if unit == "year":
        return dt.date(base.year + shift, 1, 1), dt.date(base.year + shift, 12, 31)
    if unit == "month":
        month_index = base.year * 12 + base.month - 1 + shift
        return periods.month_span(month_index // 12, month_index % 12 + 1)
    if unit in p["seasons"]:
        return _season(p["seasons"][unit], shift, base)
    return None


def _month(m: re.Match, base: dt.date | None, p: dict) -> periods.Span | None:
    """'January', 'Jan. 27', 'June 2024', 'early February'."""
    if m.group("year") is None and base is None:
        return None
    parsed = dates.parse(p["part_prefix"].sub("", m.group("phrase")), base)
    if parsed is None:
        return None
    if m.group("day"):
        return parsed, parsed
    start, end = periods.month_span(parsed.year, parsed.month)
    if m.group("part"):
        part = p["parts"].get(m.group("part").lower())
        if part is None:
            return None
        start, end = start.replace(day=part[0]), end.replace(day=min(part[1], end.day))
    return start, end


def _resolve(m: re.Match, base: dt.date | None, lexicon: Lexicon) -> periods.Span | None:
    p = _patterns(lexicon)
    if m.group("bare_year"):
        year = int(m.group("bare_year"))
        if not lexicon.limits.year_min <= year <= lexicon.limits.year_max:
            return None
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if m.group("rel"):
        return _relative(m, base, p)
    return _month(m, base, p)


def _since(
    m: re.Match, span: periods.Span, base: dt.date | None, lexicon: Lexicon
) -> periods.Span | None:
    """'since October' runs from the start of October to the draft's date."""
    since = m.group("since") or (m.group("year_cue") or "").lower() in _patterns(lexicon)["since"]
    if not since:
        return span
    if base is None or base < span[0]:
        return None
    return span[0], base


def find_periods(text: str, base: dt.date | None, lexicon: Lexicon) -> list[Period]:
    """Resolved time expressions in `text`, left to right."""
    found = []
    for m in _patterns(lexicon)["expression"].finditer(text):
        try:
            span = _resolve(m, base, lexicon)
        except (ValueError, OverflowError, IndexError):  # "next year" in 9999: left unresolved
            span = None
        span = span and _since(m, span, base, lexicon)
        if span is not None:
            found.append(Period(span[0], span[1], m.group(0), m.start()))
    return _join_spans(text, found, lexicon)


def _join_spans(text: str, found: list[Period], lexicon: Lexicon) -> list[Period]:
    """'between January and February', 'in October and November', 'from October to December': one
    period from the first to the second."""
    p = _patterns(lexicon)
    out: list[Period] = []
    for period in found:
        if out:
            first = out[-1]
            gap = text[first.offset + len(first.text) : period.offset]
            if p["span_sep"].match(gap) and first.start <= period.end:
                lead = p["span_lead"].search(text[: first.offset])
                begin = lead.start() if lead else first.offset
                out[-1] = Period(
                    first.start, period.end, text[begin : period.offset + len(period.text)], begin
                )
                continue
        out.append(period)
    return out


def period_for(text: str, start: int, end: int, found: list[Period]) -> Period | None:
    """The time expression nearest the figure at start..end in its clause: one past a ';' dates
    another clause."""
    same_clause = [p for p in found if ";" not in text[min(p.offset, start) : max(p.offset, end)]]
    return min(same_clause, key=lambda p: abs(p.offset - start), default=None)


def said_when(text: str, period: Period, lexicon: Lexicon) -> bool:
    """'Zelensky said in February', 'told lawmakers in January': the time of the statement."""
    limits = lexicon.limits
    return cue_before(
        text,
        period.offset,
        lexicon.attribution.after_source.pattern,
        limits.said_time_words,
        reach=limits.said_time_chars,
    )
