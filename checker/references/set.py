"""`ReferenceSet`: the known facts and sources of one or more reference files, indexed for
matching."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Mapping

from checker.lexicon import Lexicon
from checker.lexicon.sections import Source
from checker.model import Fact, amount_unit, is_money, swapped_neighbours
from checker.references.buckets import Bucket


@dataclass(frozen=True)
class ReferenceSet:
    facts: tuple[Fact, ...] = ()
    sources: Mapping[str, Source] = field(default_factory=dict)
    subject: str | None = None
    paths: tuple[str, ...] = ()
    packs: tuple[Path, ...] = ()  # the packs its files name

    def merged(self, other: "ReferenceSet") -> "ReferenceSet":
        return ReferenceSet(
            self.facts + other.facts,
            {**self.sources, **other.sources},
            self.subject or other.subject,
            self.paths + other.paths,
            self.packs + other.packs,
        )

    @cached_property
    def _index(self) -> dict[tuple[str, str, str], list[Fact]]:
        index: dict[tuple[str, str, str], list[Fact]] = {}
        for f in self.facts:
            index.setdefault((f.metric, f.subject, f.unit), []).append(f)
        return index

    @cached_property
    def _by_figure(self) -> dict[tuple[str, str, float, float], list[Fact]]:
        """(source, unit, low, high) -> the facts in which that source gave that very figure, in
        reference order: few per key, so each question below filters them."""
        index: dict[tuple[str, str, float, float], list[Fact]] = {}
        for f in self.facts:
            index.setdefault((f.source, f.unit, f.low, f.high), []).append(f)
        return index

    @cached_property
    def _by_amount(self) -> dict[tuple[str, str, float, float], list[Fact]]:
        """`_by_figure` with a rate's unit taken as its amount's ("GBP/year" as "GBP")."""
        index: dict[tuple[str, str, float, float], list[Fact]] = {}
        for f in self.facts:
            index.setdefault((f.source, amount_unit(f.unit), f.low, f.high), []).append(f)
        return index

    def same_amount_of_anything(
        self, source: str, unit: str, low: float, high: float, metric: str
    ) -> tuple[Fact, ...]:
        """The facts in which `source` gave this very figure, for another metric, of any subject,
        a rate and its amount alike: "£700m" is the very figure of its "£700m a year"."""
        found = self._by_amount.get((source, amount_unit(unit), low, high), ())
        return tuple(f for f in found if f.metric != metric)

    def transposed(self, source: str, unit: str, value: float, min_digits: int) -> tuple[Fact, ...]:
        """The facts in which `source` gave, as one figure, `value` with two neighbouring digits
        swapped ("12,082" for its 12,802 cases), when `value` has `min_digits` significant digits
        or more: a figure mistyped."""
        return tuple(
            f
            for other in swapped_neighbours(value, min_digits)
            for f in self._by_amount.get((source, amount_unit(unit), other, other), ())
        )

    def same_figure_of_other_subjects(
        self, source: str, metric: str, unit: str, low: float, high: float, subject: str
    ) -> tuple[Fact, ...]:
        """The facts in which `source` gave this very figure of `metric`, of another subject."""
        found = self._by_figure.get((source, unit, low, high), ())
        return tuple(f for f in found if f.metric == metric and f.subject != subject)

    @cached_property
    def dates(self) -> tuple:
        """When its figures were given, in order: a wire dateline's year is read against them. A
        figure given in a month or a year counts at the middle of it, not at its last day (an
        as-of "2023-04" is no closer to April 30, 2023 than a figure of April 29, 2024 is to
        April 30, 2024)."""
        return tuple(
            sorted({span[0] + (span[1] - span[0]) / 2 for f in self.facts if (span := f.stated())})
        )

    @cached_property
    def times(self) -> tuple:
        """When its figures were given and the days the periods they are about start and end, in
        order: the story's time, in which a day named without a year most likely falls."""
        found = set(self.dates)
        for f in self.facts:
            span = f.when()
            if span is not None and f.period:
                found.update(span)
        return tuple(sorted(found))

    @cached_property
    def event_starts(self) -> dict[str, dt.date]:
        """For each event, the first day the set has a figure about it given on: the event is
        not long before it (see the period-mismatch check)."""
        found: dict[str, dt.date] = {}
        for f in self.facts:
            if f.event and (span := f.stated()):
                found[f.event] = min(found.get(f.event, span[0]), span[0])
        return found

    @cached_property
    def _per_metric(self) -> dict[str, tuple[frozenset[str], ...]]:
        """For each metric, the units, subjects and sources of its facts, found in one pass."""
        found: dict[str, tuple[set[str], set[str], set[str]]] = {}
        for f in self.facts:
            units, subjects, sources = found.setdefault(f.metric, (set(), set(), set()))
            units.add(f.unit)
            subjects.add(f.subject)
            sources.add(f.source)
        return {metric: tuple(map(frozenset, sets)) for metric, sets in found.items()}

    def subjects_by_metric_and_source(self) -> dict[tuple[str, str], frozenset[str]]:
        """Of whom each source gives each metric's figures."""
        found: dict[tuple[str, str], set[str]] = {}
        for f in self.facts:
            found.setdefault((f.metric, f.source), set()).add(f.subject)
        return {key: frozenset(subjects) for key, subjects in found.items()}

    def given_in_units(self) -> dict[tuple[str, str], dict[str, tuple[float, float]]]:
        """For each source and currency (or "%"), the metrics it gives money figures (or shares)
        of, with the lowest and highest of them: (source, unit) -> metric -> (low, high)."""
        found: dict[tuple[str, str], dict[str, tuple[float, float]]] = {}
        for f in self.facts:
            if not (is_money(f.unit) or f.unit == "%"):
                continue
            spans = found.setdefault((f.source, amount_unit(f.unit)), {})
            low, high = spans.get(f.metric, (f.low, f.high))
            spans[f.metric] = (min(low, f.low), max(high, f.high))
        return found

    def figures_by_source(self) -> dict[tuple[str, str, float, float], frozenset[tuple]]:
        """Each source's figures as written, (source, unit, low, high), with the metric and
        subject each is of, and the times it is about and was given: (metric, subject, when,
        stated)."""
        return {
            key: frozenset((f.metric, f.subject, f.when(), f.stated()) for f in facts)
            for key, facts in self._by_figure.items()
        }

    def figures_by_value(self) -> dict[tuple[str, float, float], frozenset[tuple]]:
        """Every figure by its value and unit, (unit, low, high), with the metric and subject each
        is of, whoever gave it."""
        found: dict[tuple[str, float, float], set[tuple]] = {}
        for f in self.facts:
            found.setdefault((f.unit, f.low, f.high), set()).add((f.metric, f.subject))
        return {key: frozenset(value) for key, value in found.items()}

    def figures_by_metric(self) -> dict[str, tuple[tuple[float, float], ...]]:
        """Each metric's figures as written, (low, high), whoever gave them, in order."""
        found: dict[str, set[tuple[float, float]]] = {}
        for f in self.facts:
            found.setdefault(f.metric, set()).add((f.low, f.high))
        return {metric: tuple(sorted(figures)) for metric, figures in found.items()}

    def units_of(self, metric: str) -> frozenset[str]:
        """The units the set has figures of a metric in, for any subject."""
        return self._per_metric[metric][0] if metric in self._per_metric else frozenset()

    def subjects_by_metric(self) -> dict[str, frozenset[str]]:
        """Of whom each metric's figures are."""
        return {metric: sets[1] for metric, sets in self._per_metric.items()}

    def sources_by_metric(self) -> dict[str, frozenset[str]]:
        """Who gives each metric's figures."""
        return {metric: sets[2] for metric, sets in self._per_metric.items()}

    @cached_property
    def _buckets(self) -> dict:
        return {}

    def bucket(self, metric: str, subject: str, unit: str, lexicon: Lexicon) -> Bucket:
        """The indexed facts for one metric, subject and unit (built once per lexicon)."""
        key = (metric, subject, unit)
        found = self._buckets.get(key)
        if found is None or found.lexicon is not lexicon:
            found = self._buckets[key] = Bucket(tuple(self.by(metric, subject, unit)), lexicon)
        return found

    def index(self, lexicon: Lexicon) -> None:
        """Build every bucket, and the units and dates, now (part of loading), so that checking a
        draft only looks up."""
        groups = {s: tuple(spec.includes) for s, spec in lexicon.sources.items() if spec.includes}
        for key in self._index:
            self.bucket(*key, lexicon).prepare(groups)
        self._per_metric, self.dates, self.times, self._by_figure, self._by_amount  # noqa: B018
        self.event_starts  # noqa: B018 (each cached on first use: used now, while loading)

    def by(self, metric: str, subject: str, unit: str) -> list[Fact]:
        """Facts for one metric, subject and unit, in reference order."""
        return self._index.get((metric, subject, unit), [])
