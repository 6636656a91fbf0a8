"""`Bucket`: the facts of one metric, subject and unit, indexed so that matching one claim costs
about the same with 10 facts as with 100,000: by interval (per hedge, sorted lows and how far any
interval reaches above its low) and by source (who gave or carried each fact)."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field

from checker.lexicon import Lexicon
from checker.model import Fact
from checker.references import intervals


def fact_interval(fact: Fact, lexicon: Lexicon) -> intervals.Interval:
    return intervals.interval(fact.low, fact.high, fact.hedge, lexicon)


_SLACK = 1 - 1e-9  # a window's low end a hair lower, so rounding in low / reach never drops a fact


class _Run:
    """Facts of one hedge with a positive low, sorted by low; `reach` is the most any of their
    intervals' high is times its low (about 1.2 for "about", the `plausible` factor for "up to")."""

    def __init__(self, members: list[int], spans: list[intervals.Interval]):
        ordered = sorted(members, key=lambda i: spans[i][0])
        self.lows = [spans[i][0] for i in ordered]
        self.order = ordered
        self.reach = max(spans[i][1] / spans[i][0] for i in ordered)

    def near(self, span: intervals.Interval) -> list[int]:
        """The members whose low lies between span's low divided by the reach and span's high:
        the only ones whose interval can overlap it."""
        low, high = span
        start = (
            0
            if math.isinf(self.reach) or low <= 0
            else bisect.bisect_left(self.lows, low / self.reach * _SLACK)
        )
        return self.order[start : bisect.bisect_right(self.lows, high)]


@dataclass
class Bucket:
    facts: tuple[Fact, ...]  # in reference order
    lexicon: Lexicon
    spans: list[intervals.Interval] = field(init=False)  # each fact's interval, in that order
    written: list[intervals.Interval] = field(init=False)  # each fact's written figure, widened
    _runs: list[_Run] = field(init=False)  # facts with a positive low, one run per hedge
    _rest: list[int] = field(init=False)  # facts whose interval starts at or below zero
    _given: dict[str, list[int]] = field(init=False)  # source -> facts it gave
    _carried: dict[str, list[int]] = field(init=False)  # outlet -> facts it carried (cited_by)

    def __post_init__(self) -> None:
        self.spans = [fact_interval(f, self.lexicon) for f in self.facts]
        t, hedges = self.lexicon.limits.consistency_tolerance, self.lexicon.hedges
        self.written = [
            intervals.written(f.low, f.high, max(t, hedges[f.hedge].tolerance)) for f in self.facts
        ]
        self._dated: dict[str, tuple[list, list[int]]] = {}  # source -> (days given, facts)
        hedges: dict[str, list[int]] = {}
        for i, span in enumerate(self.spans):
            if span[0] > 0:
                hedges.setdefault(self.facts[i].hedge, []).append(i)
        self._runs = [_Run(members, self.spans) for members in hedges.values()]
        self._rest = [i for i, span in enumerate(self.spans) if not span[0] > 0]
        self._given, self._carried = {}, {}
        for i, f in enumerate(self.facts):
            self._given.setdefault(f.source, []).append(i)
            for outlet in f.cited_by:
                self._carried.setdefault(outlet, []).append(i)

    def overlapping(self, span: intervals.Interval) -> list[int]:
        """The facts (as indices) whose interval overlaps `span`, in reference order: of each
        hedge's run, only those whose low lies between span's low divided by the run's reach and
        span's high are looked at."""
        near = [i for run in self._runs for i in run.near(span)] + self._rest
        return [i for i in sorted(near) if intervals.overlaps(span, self.spans[i])]

    def _days_of(self, source: str) -> tuple[list, list[int]]:
        """The first days of the dated facts `source` gave, in order, and those facts (indices)."""
        if source not in self._dated:
            dated = sorted(
                (f.stated()[0], i)
                for i in self._given.get(source, ())
                if (f := self.facts[i]).stated() is not None
            )
            self._dated[source] = ([d for d, _ in dated], [i for _, i in dated])
        return self._dated[source]

    def given_between(self, source: str, after, until) -> tuple[Fact, ...]:
        """The facts `source` gave (dated ones) with a first day after `after` and, unless `until`
        is None, not after `until`, in reference order."""
        days, order = self._days_of(source)
        end = len(days) if until is None else bisect.bisect_right(days, until)
        chosen = order[bisect.bisect_right(days, after) : end]
        return tuple(self.facts[i] for i in sorted(chosen))

    def newest(self, source: str, until) -> tuple[Fact, ...]:
        """The facts `source` gave on the last day it gave any by `until` (None: ever), in
        reference order."""
        days, order = self._days_of(source)
        end = len(days) if until is None else bisect.bisect_right(days, until)
        if end == 0:
            return ()
        chosen = order[bisect.bisect_left(days, days[end - 1]) : end]
        return tuple(self.facts[i] for i in sorted(chosen))

    def of_sources(
        self, sources: tuple[str, ...], carried_by: str | None = None
    ) -> tuple[Fact, ...]:
        """The facts given by any of `sources`, or carried by `carried_by`, in reference order."""
        found = {i for s in sources for i in self._given.get(s, ())}
        if carried_by is not None:
            found.update(self._carried.get(carried_by, ()))
        return tuple(self.facts[i] for i in sorted(found))
