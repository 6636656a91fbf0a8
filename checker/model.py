"""The nouns every stage shares: Severity, Position, Figure, Claim, Fact and Finding.

A `Claim` is a figure in a draft with what it counts, of whom, when and who said it; a `Fact` is a
known figure from a reference set; a `Finding` is what a check reports. All are frozen.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from checker import periods, regex_cache

# What a doubt in a reading is about (see engine.trust): who gave the figure (lowers errors only),
# or what it counts and of whom, or whether it is a mistake at all (lowers warnings too).
SOURCE_DOUBT, COUNT_DOUBT = "source", "count"
# ...or that the figure is likely misread (far from every figure of what it was read to count): on
# its own enough to make any finding a note
MISREAD_DOUBT = "misread"
# a doubt about who gave the figure, read from a word pointing back or from another clause: a
# verdict about the source itself (misattribution) rests on it wholly
SPEAKER_DOUBT = "speaker"

VAGUE = (
    "vague"  # the hedge of a vague quantity ("hundreds of"); its range comes from the language pack
)
NEVER = "never"  # a --fail-on level above every severity


class Severity(enum.Enum):
    """How serious a finding is. The only list of severities."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __str__(self) -> str:
        return self.value

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(s.value for s in cls)

    def at_least(self, threshold: str) -> bool:
        """At or above `threshold` (a severity name, or 'never', which is above everything)."""
        return threshold != NEVER and self.rank >= Severity(threshold).rank


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Position:
    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


_CURRENCY = regex_cache.compile(r"[A-Z]{3}")


def amount_unit(unit: str) -> str:
    """The unit of a rate's amount ("GBP" of "GBP/year"); any other unit as it is."""
    return unit.split("/", 1)[0]


def is_money(unit: str) -> bool:
    """Is the unit a currency code, perhaps per something ("USD", "EUR/day")?"""
    return bool(_CURRENCY.fullmatch(amount_unit(unit)))


def plain(value: float):
    """3000.0 -> 3000; 33.33 stays."""
    return int(value) if float(value).is_integer() else value


def _written(value: float) -> tuple[tuple[int, ...], int] | None:
    """The significant digits and exponent a finite number is written with (15 significant digits:
    "2.034 million" is 2033999.9999999998 in binary, 2034000 written); None for another."""
    if not math.isfinite(value):
        return None
    _, digits, exponent = Decimal(format(value, ".15g")).normalize().as_tuple()
    return (tuple(digits), exponent) if isinstance(exponent, int) else None


def significant_digits(value: float) -> int:
    """How many significant digits a finite number is written with (1,060: 3; 1,500: 2)."""
    written = _written(value)
    return len(written[0]) if written else 0


def swapped_neighbours(value: float, min_digits: int) -> list[float]:
    """`value` with each pair of neighbouring, different significant digits swapped (12,802 gives
    21,802, 18,202, 12,082 and 12,820; not a swap that opens with a zero), when it has `min_digits`
    significant digits or more; none for a value that is not a finite, non-negative number."""
    written = _written(value) if value >= 0 else None
    if written is None or len(written[0]) < min_digits:
        return []
    digits, exponent = written
    out = []
    for i in range(len(digits) - 1):
        if digits[i] == digits[i + 1] or (i == 0 and digits[1] == 0):
            continue
        swapped = (*digits[:i], digits[i + 1], digits[i], *digits[i + 2 :])
        out.append(float(Decimal((0, swapped, exponent))))
    return out


def format_value(low: float, high: float) -> str:
    """'3,000' or '1,000–3,000' (figures as an editor writes them)."""
    return _format_one(low) if low == high else f"{_format_one(low)}–{_format_one(high)}"


def _format_one(value: float) -> str:
    shown = plain(value)
    return f"{shown:,}" if isinstance(shown, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


def describe_figure(low: float, high: float, hedge: str) -> str:
    """'about 300', 'more than 1,000', '1,000–3,000': a hedge id reads as words."""
    if hedge == VAGUE:
        return f"{format_value(low, high)} (vague)"
    words = "" if hedge == "exact" else hedge.replace("-", " ") + " "
    return f"{words}{format_value(low, high)}"


class Figure:
    """Shared by everything that holds a figure as low/high (a plain figure has low == high)."""

    __slots__ = ()  # claims and facts are slotted: a large run holds hundreds of thousands
    low: float
    high: float

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def value(self) -> float:
        return self.low


@dataclass(frozen=True, slots=True)
class Claim(Figure):
    path: str
    line: int
    column: int
    start: int  # offsets into the document text
    end: int
    text: str  # the figure as written (a range: the whole range phrase)
    low: float
    high: float
    hedge: str
    unit: str
    metric: str | None
    subject: str | None
    source: str | None  # canonical source id
    source_text: str
    cited_by: tuple[str, ...]
    as_of: str | None
    sentence: str
    sentence_index: int
    part: bool = False  # a part of another figure ("of these, 8,000"; "4,000 out of 12,000")
    whole: int | None = None  # document offset of the whole's figure, when the draft gives it
    metric_how: str | None = None  # how the metric was found (see reading.metrics)
    as_of_said: bool = False  # the time is when the source spoke ("Zelensky said in February")
    as_of_opens: bool = False  # the time opens the figure's clause ("On Sept. 21, it counted 36")
    as_of_by: bool = False  # the time is a deadline the count was made by ("By Sunday, ... had")
    as_of_closes: bool = False  # ...a deadline closing the figure's clause ("36 had died by May 2")
    as_of_event: bool = False  # the time dates the event the figure is about ("The Aug. 8 fire
    # killed 115"), not when a count to date was current
    as_of_named: bool = False  # the figure is placed on a day named outright ("on Tuesday", "Dec.
    # 8"), not one reached from another ("that day", "the next morning") nor when a source spoke
    tolerance: float = 0.0  # from the hedge chain ("up to about 15,000" keeps about's tolerance)
    change: str | None = None  # "up" or "down": an amount of change ("rose 19 cents"), not a level
    role: str | None = (
        None  # "from" or "to": one end of a change of level ("from 4.8 to 4.7 percent")
    )
    precision: float = 0.0  # half the last written step: "1.3 million" stands for 1.25-1.35 million
    conversion_of: int | None = (
        None  # document offset of the figure this one converts ("yen ($610,000)")
    )
    source_how: str | None = None  # how the source was found (see reading.attribution.HOW)
    relayed_by: str | None = None  # a known speaker who relays the source's figure ("Babis said
    # police had estimated 90,000": police's, relayed by Babis), so it is theirs too
    relays: str | None = None  # a known speaker whose figure the source relays ("Fankhauser wrote
    # asking for £200 million, Shapps said": Shapps's, relaying Thomas Cook's)
    subject_how: str | None = None  # how the subject was found (see reading.SUBJECT_HOW)
    subject_among: bool = False  # the subject is the nearest of several named before the figure
    # in its clause ("The alliance Meloni leads with Salvini's League took 43.8 percent")
    paragraph: int = 0  # the draft's paragraph the figure stands in (a run of lines with no break)
    sentence_start: int = 0  # document offset of the figure's sentence

    @property
    def position(self) -> Position:
        return Position(self.path, self.line, self.column)

    @property
    def is_level(self) -> bool:
        """A figure the reference set can be about: not a change, a past level or a conversion."""
        return self.change is None and self.role != "from" and self.conversion_of is None

    @property
    def when(self) -> periods.Span | None:
        return periods.label_span(self.as_of) if self.as_of else None

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in (
            "start",
            "end",
            "sentence_index",
            "tolerance",
            "whole",
            "metric_how",
            "as_of_said",
            "as_of_opens",
            "as_of_by",
            "as_of_closes",
            "as_of_named",
            "precision",
            "source_how",
            "subject_how",
            "subject_among",
            "paragraph",
            "sentence_start",
        ):
            data.pop(key)
        for key in ("change", "role", "conversion_of", "relayed_by", "relays"):
            if data[key] is None:
                data.pop(key)
        data["cited_by"] = list(self.cited_by)
        if self.is_range:
            data["low"], data["high"] = plain(self.low), plain(self.high)
        else:
            data.pop("low"), data.pop("high")
            data["value"] = plain(self.low)
        return data


@dataclass(frozen=True, slots=True)
class Fact(Figure):
    """A known figure from a reference set: one source's figure for a metric and subject."""

    id: str
    metric: str
    subject: str
    low: float
    high: float
    hedge: str
    source: str
    unit: str = "count"
    as_of: str | None = None
    cited_by: tuple[str, ...] = ()
    url: str | None = None
    path: str = ""
    line: int = 0
    derived_from: tuple[str, ...] = ()
    period: str | None = (
        None  # the time the figure covers ("killed in December and January"), if not as_of
    )
    event: str | None = None  # the one event the figure is about (a vote, a match, one day's march)
    # worked out once from as_of, period and event (checks ask for them of every fact they compare)
    _stated: periods.Span | None = field(init=False, repr=False, compare=False, default=None)
    _scope: tuple = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        label = self.as_of or self.period
        object.__setattr__(self, "_stated", periods.label_span(label) if label else None)
        object.__setattr__(self, "_scope", self._work_out_scope())

    def scope(self) -> tuple:
        """What the figure covers, to tell a revision from a figure about something else:
        ("to date", start) for a count up to when it was given (no period, or a period of more than
        a day that reaches its as-of date; start None when open), ("period", label) for a figure
        about a closed period (one day, one year), with its event either way."""
        return self._scope

    def _work_out_scope(self) -> tuple:
        span = periods.label_span(self.period) if self.period else None
        stated = periods.label_span(self.as_of) if self.as_of else None
        if span is None:
            return (self.event, "to date", None)
        if stated is not None and span[1] >= stated[0] and span[0] != span[1]:
            return (self.event, "to date", span[0])
        return (self.event, "period", self.period)

    def about_one_time(self) -> bool:
        """About one event or one closed period (a vote, one day's march), not a count to date."""
        return self.event is not None or self._scope[1] == "period"

    def same_thing(self, other: "Fact") -> bool:
        """About the same thing as `other` (already the same metric, subject and unit), so that a
        later one replaces the other: two counts to date from the same start (or an open one), or
        two figures for the same closed period; the same event either way."""
        a, b = self.scope(), other.scope()
        if self.period and self.period == other.period and a[0] == b[0]:
            return True  # the weekend's count given on Sunday, then revised on Monday
        if a[:2] != b[:2]:
            return False
        return a[2] == b[2] or (a[1] == "to date" and None in (a[2], b[2]))

    def when(self) -> periods.Span | None:
        """The time the figure is about: its period, else its as-of date."""
        label = self.period or self.as_of
        return periods.label_span(label) if label else None

    def stated(self) -> periods.Span | None:
        """When the source gave the figure: its as-of date, else its period."""
        return self._stated

    def known_by(self, today: dt.date | None) -> bool:
        """Was the figure given by `today` (the draft's date)? Undated figures always were."""
        stated = self.stated()
        return today is None or stated is None or stated[0] <= today

    def describe(self) -> str:
        """'NIS: about 300 (nis-killed-2025-01)'."""
        return f"{self.source}: {describe_figure(self.low, self.high, self.hedge)} ({self.id})"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a check found, at a position in a draft. `check` is the check's id (shown as
    `rule` in machine formats, as linters do)."""

    check: str
    severity: Severity
    path: str
    line: int
    column: int
    excerpt: str
    message: str
    suggestion: str = ""
    references: tuple[str, ...] = ()
    claim: Claim | None = None
    # the draft's other figures the finding points at, as (line, column, excerpt): the counts a
    # share does not match, the earlier figure a figure disagrees with
    related: tuple[tuple[int, int, str], ...] = ()

    @property
    def position(self) -> Position:
        return Position(self.path, self.line, self.column)

    @property
    def sort_key(self):
        return (self.path, self.line, self.column, -self.severity.rank, self.check)

    def __lt__(self, other: "Finding") -> bool:
        return self.sort_key < other.sort_key

    def to_dict(self) -> dict:
        return {
            "rule": self.check,
            "severity": self.severity.value,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
            "references": list(self.references),
            "claim": self.claim.to_dict() if self.claim is not None else None,
            "related": [
                {"line": line, "column": column, "excerpt": excerpt}
                for line, column, excerpt in self.related
            ],
        }
