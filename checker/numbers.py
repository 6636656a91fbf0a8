"""Numeric expressions in one sentence: our layer over the quantulum3 adapter.

`find_numbers(text, rules)` returns `Number`s with spans relative to `text`. quantulum3 finds
digits, number words, scale words, money and percentages; this layer adds what it gets wrong
or should not report:
- ranges ("between 1,000 and 3,000", "10,000 to 12,000", "10,000-12,000") become low/high
  instead of quantulum3's midpoint;
- vague quantities ("hundreds of", "tens of thousands") become ranges marked `vague`
  (rules/text.yaml `vague:`), never 100 or 10,000;
- fractions ("one in three", "a third of", "half") become percentages;
- a shouted headline ("UP TO 15,000 TROOPS A WEEK") is read in lower case;
- years, days of the month, list markers, designators ("Article 4", "Su-27") and digits
  inside words are not figures;
- rates ("1,000 soldiers every day", "$2,000 per month") carry their period in the unit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from checker import quantities
from checker.sentences import shouting

_MONTHS = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9}
_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|bn)\b)?"
_NUM = rf"(?:\$\s?)?(?:{_DIGITS}){_SCALE}"
_RANGE = re.compile(
    rf"(?P<lead>\bbetween\s+|\bfrom\s+)?(?P<low>{_NUM})\s*(?P<sep>\band\b|\bto\b|-|–|—)\s*(?P<high>{_NUM})",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d,.])(1[89]\d\d|20\d\d)(?!\d|[,.]\d)")
_DAY_OF_MONTH = re.compile(rf"\b{_MONTHS}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}",
                           re.IGNORECASE)
_ANY_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                         r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|"
                         r"thirds?|quarters?)\b", re.IGNORECASE)
_LONG_DIGITS = re.compile(r"[\d,._]{30,}")
MAX_FIGURE = 1e15  # larger "figures" are not claims a newsroom makes (and overflow arithmetic)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T))?\b|\b\d{1,2}\s*[ap]\.m\.",
                          re.IGNORECASE)
_TRAILING_SCALE = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])(?:\s|$)")
_IN_WORD = re.compile(r"[A-Za-z]+-?\d+[A-Za-z0-9]*|\d+[A-Za-z]+\w*")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\b", re.IGNORECASE)

_UNITS = (  # quantulum3 unit-name fragment -> our unit
    ("dollar", "USD"),
    ("euro", "EUR"),
    ("pound sterling", "GBP"),
    ("yen", "JPY"),
    ("won", "KRW"),
    ("percentage", "%"),
    ("dimensionless", "count"),
)


class Figure:
    """Shared by everything that holds a figure as low/high (a plain figure has low == high)."""

    low: float
    high: float

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def value(self) -> float:
        return self.low


@dataclass(frozen=True)
class Number(Figure):
    start: int
    end: int
    low: float
    high: float
    unit: str  # "count", "USD", "%", quantulum3's unit name otherwise; "/day" etc. appended for rates
    text: str
    vague: bool = False  # "hundreds of": low and high come from the vague-quantity table


def parse_number(token: str) -> float | None:
    """'3,000' -> 3000.0, '2 million' -> 2e6, '$1.5bn' -> 1.5e9; None if it is not a plain figure."""
    match = re.fullmatch(rf"\$?\s?({_DIGITS})\s*([A-Za-z]+)?", token.strip())
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    scale = (match.group(2) or "").lower()
    if scale and scale not in _SCALE_WORDS:
        return None
    return value * _SCALE_WORDS.get(scale, 1.0)


def _scale_of(token: str) -> float:
    tail = re.search(r"([A-Za-z]+)\s*$", token)
    return _SCALE_WORDS.get(tail.group(1).lower(), 1.0) if tail else 1.0


_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_SMALL_NUMBER = r"(?:\d{1,2}|" + "|".join(_SMALL) + ")"
_RATIO = re.compile(rf"\b(?P<a>{_SMALL_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_SMALL_NUMBER})\b", re.IGNORECASE)
_FRACTION_WORD = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE)


# A fraction word is a share when "of", a verb or punctuation follows ("a third of", "a third are dead"),
# an ordinal when a noun does ("a third rotation").
_FRACTION_FOLLOWS = re.compile(r"\s+(?:of|the|more|less|are|were|is|was|have|has|had|died|remain|remained|may|might|"
                               r"could|would|will|now|still)\b|\s*(?:[,.;:!?)—–-]|$)", re.IGNORECASE)


def _is_money(unit: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{3}", unit)) or any(w in unit.lower() for w in ("real", "rand", "peso", "rupee", "franc"))


def _small(word: str) -> int:
    return int(word) if word.isascii() and word.isdigit() else _SMALL.get(word.lower(), 0)


def _ratios(text: str, original: str) -> list[Number]:
    """'one in three', '1 out of every 5': a share, in percent (`text` may be a lower-cased headline)."""
    out = []
    for m in _RATIO.finditer(text):
        a, b = _small(m.group("a")), _small(m.group("b"))
        if 0 < a < b:
            share = 100.0 * a / b
            out.append(Number(m.start(), m.end(), share, share, "%", original[m.start():m.end()]))
    return out


def _vague(text: str, rules, original: str) -> tuple[list[Number], list[tuple[int, int]]]:
    """Vague quantities with a range, and the spans of all vague phrases (which hold no other figure)."""
    pattern = rules.pattern("text", "vague")
    figures, spans = [], []
    if pattern is None:
        return figures, spans
    ranges = rules.vague_ranges
    for m in pattern.finditer(text):
        spans.append(m.span())
        bounds = ranges.get(re.sub(r"\s+", " ", m.group(0).replace("’", "'")).lower())
        if bounds:
            figures.append(Number(m.start(), m.end(), bounds[0], bounds[1], "count", original[m.start():m.end()],
                                  vague=True))
    return figures, spans


def _lower_same_length(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _blocked_spans(text: str, rules) -> list[tuple[int, int]]:
    """Spans that hold digits but no figure: dates, markers, designators, codes, page furniture."""
    spans = []
    spans += [m.span() for m in _TIME_OF_DAY.finditer(text)]
    not_figures = rules.pattern("text", "not_figures")
    if not_figures:
        spans += [m.span() for m in not_figures.finditer(text)]
    furniture = rules.pattern("text", "furniture")
    if furniture:
        for m in furniture.finditer(text):
            figure = re.search(r"\d[\d,.]*\s*$", text[: m.start()])
            if figure:
                spans.append((figure.start(), m.end()))
    spans += [m.span(1) for m in _YEAR.finditer(text)]
    for m in _DAY_OF_MONTH.finditer(text):
        group = 1 if m.group(1) else 2
        spans.append(m.span(group))
    marker = _LIST_MARKER.match(text)
    if marker and re.match(r"\s*\d", text):
        spans.append(marker.span())
    designators = rules.pattern("text", "designators")
    if designators:
        for m in designators.finditer(text):
            tail = re.match(r"[\s-]?\d+", text[m.end() :])
            if tail:
                spans.append((m.start(), m.end() + tail.end()))
    for m in _IN_WORD.finditer(text):
        if not re.fullmatch(r"\d+(?:k|m|bn)", m.group(0), re.IGNORECASE):
            spans.append(m.span())
    spans += [m.span() for m in _ORDINAL.finditer(text)]
    return spans


def _overlaps(span, spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _rate(text: str, end: int, rules) -> tuple[str, tuple[int, int] | None]:
    """('/day', span of the cue) when a rate cue follows the figure within a few words, else ('', None)."""
    window = text[end : end + 60]
    window = window[: re.search(r"\d|$", window).start()]  # a rate never reaches past the next figure
    best = None
    for period in rules.text.get("rates") or {}:
        pattern = rules.pattern("text", "rates", period)
        match = pattern.search(window) if pattern else None
        if (match and len(window[: match.start()].split()) <= 6 and not re.search(r"[,;:]", window[: match.start()])
                and (best is None or match.start() < best[0])):
            best = (match.start(), period, (end + match.start(), end + match.end()))
    return (f"/{best[1]}", best[2]) if best else ("", None)


def _unit(quantulum_unit: str) -> str:
    name = quantulum_unit.lower()
    for fragment, unit in _UNITS:
        if fragment in name:
            return unit
    return quantulum_unit


def find_numbers(text: str, rules) -> list[Number]:
    """Every figure in a sentence, left to right."""
    vague = rules.pattern("text", "vague")
    if not _ANY_NUMBER.search(text) and not (vague and vague.search(text)):
        return []
    reading = _lower_same_length(text) if shouting(text) else text
    # a run of 30 or more digits is no figure (an ID, a URL) and makes quantulum3's spelled-number search crawl
    reading = _LONG_DIGITS.sub(lambda m: " " * len(m.group(0)), reading)
    blocked = _blocked_spans(text, rules)
    numbers, vague_spans = _vague(reading, rules, text)
    blocked += vague_spans
    rate_spans: list[tuple[int, int]] = []

    def with_rate(unit: str, end: int) -> str:
        suffix, span = _rate(reading, end, rules)
        if span:
            rate_spans.append(span)
        return unit + suffix

    numbers = [replace(n, unit=with_rate(n.unit, n.end)) for n in numbers]
    numbers += [n for n in _ratios(reading, text) if not _overlaps((n.start, n.end), blocked)]
    for m in _RANGE.finditer(reading):
        lead, sep = (m.group("lead") or "").strip().lower(), m.group("sep").lower()
        if (lead == "between") != (sep == "and") or (lead == "from" and sep != "to"):
            continue
        low, high = parse_number(m.group("low")), parse_number(m.group("high"))
        if low is None or high is None or _overlaps(m.span("low"), blocked) or _overlaps(m.span("high"), blocked):
            continue
        if _scale_of(m.group("low")) == 1.0 and _scale_of(m.group("high")) > 1.0 and low * _scale_of(m.group("high")) <= high:
            low *= _scale_of(m.group("high"))  # "2 to 3 million"
        if not low < high:
            continue
        unit = "USD" if "$" in m.group(0) else "count"
        numbers.append(Number(m.start(), m.end(), low, high, with_rate(unit, m.end()), text[m.start():m.end()]))
    taken = [(n.start, n.end) for n in numbers]
    for q in quantities.parse(reading):
        span = (q.start, q.end)
        if _overlaps(span, taken) or _overlaps(span, rate_spans):
            continue
        core = re.search(r"\d", q.surface)
        digit_span = (q.start + core.start(), q.end) if core else span
        if _overlaps(digit_span, blocked):
            continue
        unit, low = _unit(q.unit), q.value
        scale = _TRAILING_SCALE.match(reading, q.end)
        if scale and unit == "count" and re.fullmatch(r"[\d.,]+", q.surface) and scale.group(1).lower() in _SCALE_WORDS:
            low *= _SCALE_WORDS[scale.group(1).lower()]  # quantulum3 sometimes drops "million"
            q = q._replace(end=scale.end())
        per = re.fullmatch(r"per (\w+)", unit)
        if per and per.group(1) in (rules.text.get("rates") or {}):
            unit = f"count/{per.group(1)}"  # quantulum3 reads "1,000 a week" as a frequency
        elif unit == "count" and q.value < 1 and _FRACTION_WORD.search(q.surface):
            if not _FRACTION_FOLLOWS.match(reading, q.end):
                continue  # "a third rotation" is an ordinal
            unit, low = "%", 100.0 * q.value  # "a third of", "half", "two-thirds"
        elif not core and unit not in ("count", "%") and not re.search(r"[$€£¥₩]", q.surface) and _is_money(unit):
            continue  # "a real war": quantulum3 reads "a real" as one Brazilian real
        elif unit in ("USD", "count"):
            last_digit = max(i for i, ch in enumerate(q.surface) if ch.isdigit()) if core else len(q.surface) - 1
            unit = with_rate(unit, q.start + last_digit + 1)
        numbers.append(Number(q.start, q.end, low, low, unit, text[q.start:q.end]))
        taken.append(span)
    numbers = [n for n in numbers if math.isfinite(n.high) and n.high <= MAX_FIGURE]
    return sorted(numbers, key=lambda n: n.start)
