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
    return intervals.interval(fact.low, fact.high, fact.hedge, lexicon, unit=fact.unit)


_SLACK = 1 - 1e-9  # a window's low end a hair lower, so rounding in low / reach never drops a fact


class _Run:
    """Facts of one hedge with a positive low, sorted by low; `reach` is the most any of their
    intervals' high is times its low (about 1.2 for "about", the `plausible` factor for "up to")."""

    def __init__(self, members: list[int], spans: list[intervals.Interval]):
        ordered = sorted(members, key=lambda i: spans[i][0])
        self.lows = [spans[i][0] for i in ordered]
        self.order = ordered
        self.reach = max(spans[i][1] / spans[i][0] for i in ordered)
        self.spans = spans

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

    def meets(self, span: intervals.Interval) -> bool:
        """Does any member's interval overlap span? Those with a low inside span do; of the rest
        that can, the highest lows are tried first."""
        low, high = span
        if bisect.bisect_left(self.lows, low) < bisect.bisect_right(self.lows, high):
            return True
        return any(intervals.overlaps(span, self.spans[i]) for i in reversed(self.near(span)))


class _Figures:
    """Facts with a positive figure, sorted by its low end, to find those whose written figure can
    overlap a claim's, nearest first. `below` and `above` are how far any of their written figures
    reaches below and above its low end (0.9 and 1.1 for a single figure widened by 10%)."""

    def __init__(self, members: list[int], facts: tuple[Fact, ...], written):
        self.order = sorted(members, key=lambda i: facts[i].low)
        self.lows = [facts[i].low for i in self.order]
        self.middles = {i: (facts[i].low + facts[i].high) / 2 for i in self.order}
        self.below = min(written[i][0] / facts[i].low for i in self.order)
        self.above = max(written[i][1] / facts[i].low for i in self.order)

    def nearest(self, written: intervals.Interval, most: int) -> list[int]:
        """The members whose written figure can overlap `written`: at most `most`, those whose
        figure is nearest its middle."""
        low, high = written
        start = bisect.bisect_left(self.lows, low / self.above * _SLACK)
        end = bisect.bisect_right(self.lows, high / self.below / _SLACK)
        if end - start <= most:
            return self.order[start:end]
        centre = (low + high) / 2
        middle = bisect.bisect_left(self.lows, centre, start, end)
        window = self.order[max(start, middle - most) : min(end, middle + most)]
        return sorted(window, key=lambda i: (abs(self.middles[i] - centre), i))[:most]


def _hedge_runs(members, facts, spans) -> tuple[list[_Run], list[int]]:
    """Of the facts `members` (indices), one run per hedge of those whose interval has a positive
    low, and the rest (intervals from zero or below), in order."""
    by_hedge: dict[str, list[int]] = {}
    rest = []
    for i in members:
        if spans[i][0] > 0:
            by_hedge.setdefault(facts[i].hedge, []).append(i)
        else:
            rest.append(i)
    return [_Run(m, spans) for m in by_hedge.values()], rest


def _meets(runs: list[_Run], rest: list[int], spans, span: intervals.Interval) -> bool:
    """Does the interval of any fact of `runs` or `rest` overlap `span`?"""
    return any(run.meets(span) for run in runs) or any(
        intervals.overlaps(span, spans[i]) for i in rest
    )


class _Owned:
    """Some of a bucket's facts (a source's, its members', what it carried), indexed by the
    bucket's own intervals to ask whether any is compatible with a claim."""

    def __init__(self, bucket: Bucket, members: list[int]):
        self.facts = tuple(bucket.facts[i] for i in members)
        self._spans = bucket.spans
        self._runs, self._rest = _hedge_runs(members, bucket.facts, bucket.spans)

    def meets(self, span: intervals.Interval) -> bool:
        return _meets(self._runs, self._rest, self._spans, span)


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
    _owners: dict = field(init=False, default_factory=dict)  # (sources, outlet) -> their facts

    def __post_init__(self) -> None:
        self.spans = [fact_interval(f, self.lexicon) for f in self.facts]
        t, hedges = self.lexicon.limits.consistency_tolerance, self.lexicon.hedges
        self.written = [
            intervals.written(f.low, f.high, max(t, hedges[f.hedge].tolerance)) for f in self.facts
        ]
        self._dated: dict[str, tuple[list, list[int]]] = {}  # source -> (days given, facts)
        self._runs, self._rest = _hedge_runs(range(len(self.facts)), self.facts, self.spans)
        figures: dict[bool, list[int]] = {}  # single figures apart from ranges, which reach further
        for i, span in enumerate(self.written):
            if span[0] > 0 and self.facts[i].low > 0:
                figures.setdefault(self.facts[i].is_range, []).append(i)
        self._figures = [_Figures(m, self.facts, self.written) for m in figures.values()]
        self._unwritten = [
            i for i, span in enumerate(self.written) if not (span[0] > 0 and self.facts[i].low > 0)
        ]
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

    def fitting(self, span: intervals.Interval, written: intervals.Interval) -> list[int]:
        """The facts (as indices, in reference order) whose interval overlaps `span` and whose
        written figure overlaps `written`: looked up by written figure, so the cost follows the
        few facts near the claim's figure, not every fact its hedge allows; of a set's single
        figures and of its ranges, at most `compared_facts` each, the nearest the claim's."""
        most = self.lexicon.limits.compared_facts
        near = [i for run in self._figures for i in run.nearest(written, most)] + self._unwritten
        return [
            i
            for i in sorted(near)
            if intervals.overlaps(written, self.written[i])
            and intervals.overlaps(span, self.spans[i])
        ]

    def meets(self, span: intervals.Interval) -> bool:
        """Does any fact's interval overlap `span`?"""
        return _meets(self._runs, self._rest, self.spans, span)

    def prepare(self, groups) -> None:
        """Build now (part of loading) the index of each source's facts, with its members' when it
        is a group (`groups`: source -> members), so that checking a draft only looks up."""
        for source in {*self._given, *self._carried}:
            self.owned_by((source, *groups.get(source, ())), carried_by=source)
            self._days_of(source)

    def owned_by(self, sources: tuple[str, ...], carried_by: str | None = None) -> _Owned:
        """The facts given by any of `sources` or carried by `carried_by`, indexed on their own
        (built on first use)."""
        key = (sources, carried_by)
        if key not in self._owners:
            self._owners[key] = _Owned(self, self._indices_of(sources, carried_by))
        return self._owners[key]

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
        is None, not after `until`, in reference order: at most `compared_facts`, the newest."""
        days, order = self._days_of(source)
        end = len(days) if until is None else bisect.bisect_right(days, until)
        start = max(bisect.bisect_right(days, after), end - self.lexicon.limits.compared_facts)
        chosen = order[start:end]
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
        return tuple(self.facts[i] for i in self._indices_of(sources, carried_by))

    def _indices_of(self, sources: tuple[str, ...], carried_by: str | None) -> list[int]:
        found = {i for s in sources for i in self._given.get(s, ())}
        if carried_by is not None:
            found.update(self._carried.get(carried_by, ()))
        return sorted(found)
