"""Numeric expressions in one sentence: our layer over the quantulum3 adapter.

`find_numbers(text, lexicon)` returns `Number`s with spans relative to `text`. quantulum3 finds
digits, number words, scale words, money and percentages; this layer adds what it gets wrong or
should not report, with every word from the language pack:
- ranges ("between 1,000 and 3,000", "10,000 to 12,000", "10,000-12,000") become low/high
  instead of quantulum3's midpoint;
- vague quantities ("hundreds of", "tens of thousands") become ranges marked `vague`, never 100;
- fractions ("one in three", "a third of", "half") become percentages;
- a shouted headline ("UP TO 15,000 TROOPS A WEEK") is read in lower case;
- years, days of the month, list markers, designators ("Article 4", "Su-27"), clock times and
  digits inside words are not figures;
- rates ("1,000 soldiers every day", "$2,000 per month") carry their period in the unit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, words
from checker.model import Figure
from checker.reading import quantities
from checker.reading.sentences import shouting

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_STOP = re.compile(r"[,;:]")
_NEXT_DIGIT = re.compile(r"\d|$")
_CURRENCY_SIGN = re.compile(r"[$€£¥₩]")
_PER = re.compile(r"per (\w+)")
_PLAIN_DIGITS = re.compile(r"[\d.,]+")
_DIGIT = re.compile(r"\d")
_TRAILING_FIGURE = re.compile(r"\d[\d,.]*\s*$")
_DESIGNATOR_TAIL = re.compile(r"[\s-]?\d+")
_STARTS_WITH_DIGIT = re.compile(r"\s*\d")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Number(Figure):
    start: int
    end: int
    low: float
    high: float
    unit: (
        str  # "count", "USD", "%", quantulum3's unit name otherwise; "/day" etc. appended for rates
    )
    text: str
    vague: bool = False  # "hundreds of": low and high come from the vague-quantity table


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    n, t = lexicon.numbers, lexicon.time
    scales = {
        **{k.lower(): float(v) for k, v in n.scales.items()},
        **{k.lower(): float(v) for k, v in n.scale_abbreviations.items()},
    }
    scale = rf"(?:\s*(?:{words(n.scales)})\b|(?:{words(n.scale_abbreviations)})\b)?"
    num = rf"(?:\$\s?)?(?:{DIGITS}){scale}"
    pairs = {k.lower(): v.lower() for k, v in n.range_pairs.items()}
    seps = alternation([*n.range_joiners, *n.range_pairs.values()])
    months = f"(?-i:{'|'.join(map(re.escape, [*t.months, *t.month_abbreviations]))})\\.?"
    ordinal = words(n.ordinal_suffixes)
    small = r"(?:\d{1,2}|" + words(n.words) + ")"
    dotted = [s for s in n.clock_suffixes if "." in s]
    return {
        "scales": scales,
        "range": re.compile(
            rf"(?P<lead>\b(?:{words(n.range_pairs)})\s+)?(?P<low>{num})\s*(?P<sep>{seps})\s*(?P<high>{num})",
            re.IGNORECASE,
        ),
        "pairs": pairs,
        "joiners": {j.lower() for j in n.range_joiners},
        "token": re.compile(rf"\$?\s?({DIGITS})\s*([A-Za-z]+)?"),
        "scale_tail": re.compile(r"([A-Za-z]+)\s*$"),
        "year": re.compile(r"(?<![\d,.])(\d{4})(?!\d|[,.]\d)"),
        "day_of_month": re.compile(
            rf"\b{months}\s+(\d{{1,2}})(?:{ordinal})?\b|\b(\d{{1,2}})(?:{ordinal})?\s+"
            rf"(?:(?:{words(t.day_joiners)})\s+)?{months}",
            re.IGNORECASE,
        ),
        "any_number": re.compile(
            r"\d|" + (alternation(n.number_words) or r"(?!x)x"), re.IGNORECASE
        ),
        "long_digits": re.compile(rf"[\d,._]{{{lexicon.limits.long_digit_run},}}"),
        "time_of_day": re.compile(
            rf"\b\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*(?:{words(n.clock_suffixes)}|[A-Z]{{2,4}}T))?\b"
            rf"|\b\d{{1,2}}\s*(?:{words(dotted)})",
            re.IGNORECASE,
        ),
        "trailing_scale": re.compile(rf"\s+({words(n.scales)})\b", re.IGNORECASE),
        "list_marker": re.compile(rf"^\s*(?:\d{{1,2}}[.)]|{words(lexicon.text.bullets)})(?:\s|$)"),
        "in_word": re.compile(r"[A-Za-z]+-?\d+[A-Za-z0-9]*|\d+[A-Za-z]+\w*"),
        "scaled_digits": re.compile(rf"\d+(?:{words(n.scale_abbreviations)})", re.IGNORECASE),
        "ordinal": re.compile(rf"\d+(?:{ordinal})\b", re.IGNORECASE),
        "ratio": re.compile(
            rf"\b(?P<a>{small})\s+(?:{words(n.ratio_words)})\s+(?:(?:{words(n.ratio_every)})\s+)?"
            rf"(?P<b>{small})\b",
            re.IGNORECASE,
        ),
        "small": {k.lower(): v for k, v in n.words.items()},
        "fraction_word": n.fraction_words.pattern,
        # a fraction word is a share when "of", a verb or punctuation follows ("a third of",
        # "a third are dead"), an ordinal when a noun does ("a third rotation")
        "share_follows": re.compile(
            rf"\s+(?:{words(n.share_followers)})\b|\s*(?:[,.;:!?)—–-]|$)", re.IGNORECASE
        ),
        "multipliers": {k.lower(): float(v) for k, v in n.multipliers.items()},
        "money": tuple(w.lower() for w in n.money_units),
        "units": tuple((k.lower(), v) for k, v in n.quantulum_units.items()),
    }


def parse_number(token: str, lexicon: Lexicon) -> float | None:
    """'3,000' -> 3000.0, '2 million' -> 2e6, '$1.5bn' -> 1.5e9; None if it is not a plain
    figure."""
    p = _patterns(lexicon)
    match = p["token"].fullmatch(token.strip())
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    scale = (match.group(2) or "").lower()
    if scale and scale not in p["scales"]:
        return None
    return value * p["scales"].get(scale, 1.0)


def _scale_of(token: str, p: dict) -> float:
    tail = p["scale_tail"].search(token)
    return p["scales"].get(tail.group(1).lower(), 1.0) if tail else 1.0


def _is_money(unit: str, p: dict) -> bool:
    return bool(_CURRENCY_CODE.fullmatch(unit)) or any(w in unit.lower() for w in p["money"])


def _small(word: str, p: dict) -> int:
    return int(word) if word.isascii() and word.isdigit() else p["small"].get(word.lower(), 0)


def _ratios(text: str, original: str, p: dict) -> list[Number]:
    """'one in three', '1 out of every 5': a share, in percent (`text` may be a lower-cased
    headline)."""
    out = []
    for m in p["ratio"].finditer(text):
        a, b = _small(m.group("a"), p), _small(m.group("b"), p)
        if 0 < a < b:
            share = 100.0 * a / b
            out.append(Number(m.start(), m.end(), share, share, "%", original[m.start() : m.end()]))
    return out


def _vague(
    text: str, lexicon: Lexicon, original: str
) -> tuple[list[Number], list[tuple[int, int]]]:
    """Vague quantities with a range, and the spans of all vague phrases (which hold no other
    figure)."""
    pattern = lexicon.vague_pattern
    figures, spans = [], []
    if pattern is None:
        return figures, spans
    for m in pattern.finditer(text):
        spans.append(m.span())
        bounds = lexicon.vague_ranges.get(re.sub(r"\s+", " ", m.group(0).replace("’", "'")).lower())
        if bounds:
            figures.append(
                Number(
                    m.start(),
                    m.end(),
                    bounds[0],
                    bounds[1],
                    "count",
                    original[m.start() : m.end()],
                    vague=True,
                )
            )
    return figures, spans


def _lower_same_length(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _furniture_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """'2 min read', '14 comments': the figure before page furniture."""
    pattern = lexicon.text.furniture.pattern
    spans = []
    for m in pattern.finditer(text) if pattern else ():
        figure = _TRAILING_FIGURE.search(text[: m.start()])
        if figure:
            spans.append((figure.start(), m.end()))
    return spans


def _designator_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """'Article 4', 'Su-27': a number right after a designator names a thing."""
    pattern = lexicon.text.designators.pattern
    spans = []
    for m in pattern.finditer(text) if pattern else ():
        tail = _DESIGNATOR_TAIL.match(text, m.end())
        if tail:
            spans.append((m.start(), tail.end()))
    return spans


def _blocked_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans that hold digits but no figure: dates, markers, designators, codes, page furniture."""
    p, limits = _patterns(lexicon), lexicon.limits
    spans = [m.span() for m in p["time_of_day"].finditer(text)]
    not_figures = lexicon.text.not_figures.pattern
    spans += [m.span() for m in not_figures.finditer(text)] if not_figures else []
    spans += _furniture_spans(text, lexicon)
    spans += [
        m.span(1)
        for m in p["year"].finditer(text)
        if limits.year_min <= int(m.group(1)) <= limits.year_max
    ]
    spans += [m.span(1 if m.group(1) else 2) for m in p["day_of_month"].finditer(text)]
    marker = p["list_marker"].match(text)
    if marker and _STARTS_WITH_DIGIT.match(text):
        spans.append(marker.span())
    spans += _designator_spans(text, lexicon)
    spans += [
        m.span()
        for m in p["in_word"].finditer(text)
        if not p["scaled_digits"].fullmatch(m.group(0))
    ]
    spans += [m.span() for m in p["ordinal"].finditer(text)]
    return spans


def _overlaps(span, spans) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _rate(text: str, end: int, lexicon: Lexicon) -> tuple[str, tuple[int, int] | None]:
    """('/day', span of the cue) when a rate cue follows the figure within a few words, else
    ('', None)."""
    limits = lexicon.limits
    window = text[end : end + limits.rate_reach_chars]
    window = window[
        : _NEXT_DIGIT.search(window).start()
    ]  # a rate never reaches past the next figure
    best = None
    for period, cues in lexicon.text.rates.items():
        match = cues.pattern.search(window) if cues.pattern else None
        if (
            match
            and len(window[: match.start()].split()) <= limits.rate_reach_words
            and not _STOP.search(window, 0, match.start())
            and (best is None or match.start() < best[0])
        ):
            best = (match.start(), period, (end + match.start(), end + match.end()))
    return (f"/{best[1]}", best[2]) if best else ("", None)


def _unit(quantulum_unit: str, p: dict) -> str:
    name = quantulum_unit.lower()
    for fragment, unit in p["units"]:
        if fragment in name:
            return unit
    return quantulum_unit


class _Scan:
    """One sentence's figures as they are found: what is taken, what is blocked, the rate cues
    used."""

    def __init__(self, text: str, lexicon: Lexicon):
        self.text, self.lexicon, self.p = text, lexicon, _patterns(lexicon)
        reading = _lower_same_length(text) if shouting(text, lexicon) else text
        # a run of many digits is no figure (an ID, a URL) and makes quantulum3's spelled-number
        # search crawl
        self.reading = self.p["long_digits"].sub(lambda m: " " * len(m.group(0)), reading)
        self.blocked = _blocked_spans(text, lexicon)
        self.rate_spans: list[tuple[int, int]] = []
        self.numbers: list[Number] = []

    def with_rate(self, unit: str, end: int) -> str:
        suffix, span = _rate(self.reading, end, self.lexicon)
        if span:
            self.rate_spans.append(span)
        return unit + suffix

    def vague(self) -> None:
        found, spans = _vague(self.reading, self.lexicon, self.text)
        self.blocked += spans
        self.numbers += [replace(n, unit=self.with_rate(n.unit, n.end)) for n in found]

    def ratios(self) -> None:
        self.numbers += [
            n
            for n in _ratios(self.reading, self.text, self.p)
            if not _overlaps((n.start, n.end), self.blocked)
        ]

    def _range_ok(self, m: re.Match) -> bool:
        lead, sep = (m.group("lead") or "").strip().lower(), m.group("sep").lower()
        return self.p["pairs"].get(lead) == sep if lead else sep in self.p["joiners"]

    def ranges(self) -> None:
        for m in self.p["range"].finditer(self.reading):
            if not self._range_ok(m):
                continue
            low, high = (
                parse_number(m.group("low"), self.lexicon),
                parse_number(m.group("high"), self.lexicon),
            )
            if (
                low is None
                or high is None
                or _overlaps(m.span("low"), self.blocked)
                or _overlaps(m.span("high"), self.blocked)
            ):
                continue
            low_scale, high_scale = (
                _scale_of(m.group("low"), self.p),
                _scale_of(m.group("high"), self.p),
            )
            if low_scale == 1.0 and high_scale > 1.0 and low * high_scale <= high:
                low *= high_scale  # "2 to 3 million"
            if not low < high:
                continue
            unit = "USD" if "$" in m.group(0) else "count"
            self.numbers.append(
                Number(
                    m.start(),
                    m.end(),
                    low,
                    high,
                    self.with_rate(unit, m.end()),
                    self.text[m.start() : m.end()],
                )
            )

    def quantities(self) -> None:
        taken = [(n.start, n.end) for n in self.numbers]
        for q in quantities.parse(self.reading):
            if q.unit in self.p["multipliers"]:  # "a dozen" comes back as 1 dozen
                q = q._replace(value=q.value * self.p["multipliers"][q.unit], unit="dimensionless")
            span = (q.start, q.end)
            if _overlaps(span, taken) or _overlaps(span, self.rate_spans):
                continue
            number = self._from_quantity(q)
            if number is not None:
                self.numbers.append(number)
                taken.append(span)

    def _from_quantity(self, q) -> Number | None:
        core = _DIGIT.search(q.surface)
        if _overlaps((q.start + core.start(), q.end) if core else (q.start, q.end), self.blocked):
            return None
        unit, low = _unit(q.unit, self.p), q.value
        scale = self.p["trailing_scale"].match(self.reading, q.end)
        if (
            scale
            and unit == "count"
            and _PLAIN_DIGITS.fullmatch(q.surface)
            and scale.group(1).lower() in self.p["scales"]
        ):
            low *= self.p["scales"][scale.group(1).lower()]  # quantulum3 sometimes drops "million"
            q = q._replace(end=scale.end())
        unit, low = self._reunit(q, unit, low, core)
        if unit is None:
            return None
        return Number(q.start, q.end, low, low, unit, self.text[q.start : q.end])

    def _reunit(self, q, unit: str, low: float, core) -> tuple[str | None, float]:
        per = _PER.fullmatch(unit)
        if per and per.group(1) in self.lexicon.text.rates:
            return f"count/{per.group(1)}", low  # quantulum3 reads "1,000 a week" as a frequency
        fraction = self.p["fraction_word"]
        if unit == "count" and q.value < 1 and fraction and fraction.search(q.surface):
            if not self.p["share_follows"].match(self.reading, q.end):
                return None, low  # "a third rotation" is an ordinal
            return "%", 100.0 * q.value  # "a third of", "half", "two-thirds"
        if (
            not core
            and unit not in ("count", "%")
            and not _CURRENCY_SIGN.search(q.surface)
            and _is_money(unit, self.p)
        ):
            return None, low  # "a real war": quantulum3 reads "a real" as one Brazilian real
        if unit in ("USD", "count"):
            last_digit = (
                max(i for i, ch in enumerate(q.surface) if ch.isdigit())
                if core
                else len(q.surface) - 1
            )
            unit = self.with_rate(unit, q.start + last_digit + 1)
        return unit, low


def find_numbers(text: str, lexicon: Lexicon) -> list[Number]:
    """Every figure in a sentence, left to right."""
    p = _patterns(lexicon)
    vague = lexicon.vague_pattern
    if not p["any_number"].search(text) and not (vague and vague.search(text)):
        return []
    scan = _Scan(text, lexicon)
    scan.vague()
    scan.ratios()
    scan.ranges()
    scan.quantities()
    limit = lexicon.limits.max_figure
    numbers = [n for n in scan.numbers if math.isfinite(n.high) and n.high <= limit]
    return sorted(numbers, key=lambda n: n.start)
