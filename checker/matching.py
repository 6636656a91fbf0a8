"""Matching a claim against the reference set: which facts are about the same thing,
which of them fit the claim's interval, and which belong to the claim's named source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checker import intervals
from checker.claims import VAGUE, Claim, format_value
from checker.references import Fact, ReferenceSet
from checker.rules import RulePack


@dataclass(frozen=True)
class Match:
    """How one claim relates to the reference set.

    - `candidates`: facts with the claim's metric, subject and unit;
    - `compatible`: candidates whose hedged interval overlaps the claim's ("more than 100" is
      compatible with "about 300");
    - `fitting`: compatible candidates that are the same figure: their written values, widened by
      the consistency tolerance, overlap too ("more than 100" is not the figure "about 300");
    - `best`: the fitting facts with exactly the claim's written value, else all fitting facts.
    """

    claim: Claim
    candidates: tuple[Fact, ...]
    compatible: tuple[Fact, ...]
    fitting: tuple[Fact, ...]
    members: tuple[str, ...] = ()  # the claim's source's members, when it is a group
    today: dt.date | None = None  # the draft's date: facts given after it were not yet known

    @property
    def best(self) -> tuple[Fact, ...]:
        exact = tuple(f for f in self.fitting if (f.low, f.high) == (self.claim.low, self.claim.high))
        return exact or self.fitting

    def own(self, facts=None) -> tuple[Fact, ...]:
        """Facts (of `facts`, default all candidates) given or carried by the claim's named source,
        or by one of its members when it is a group ("allied intelligence" includes the NIS)."""
        source = self.claim.source
        pool = self.candidates if facts is None else facts
        return tuple(f for f in pool if source is not None
                     and (f.source == source or source in f.cited_by or f.source in self.members))


def claim_interval(claim: Claim, rules: RulePack) -> tuple[float, float]:
    return intervals.interval(claim.low, claim.high, claim.hedge, rules, claim.tolerance)


def fact_interval(fact: Fact, rules: RulePack) -> tuple[float, float]:
    return intervals.interval(fact.low, fact.high, fact.hedge, rules)


def match(claim: Claim, references: ReferenceSet, rules: RulePack, today: dt.date | None = None) -> Match | None:
    """None when the claim cannot be compared (no metric or subject)."""
    if claim.metric is None or claim.subject is None:
        return None
    candidates = tuple(references.by(claim.metric, claim.subject, claim.unit))
    span = claim_interval(claim, rules)
    compatible = tuple(f for f in candidates if intervals.overlaps(span, fact_interval(f, rules)))
    t = rules.consistency_tolerance
    written = intervals.written(claim.low, claim.high, max(t, claim.tolerance))
    fitting = tuple(f for f in compatible
                    if intervals.overlaps(written, intervals.written(f.low, f.high, max(t, rules.hedges[f.hedge].tolerance))))
    group = rules.sources.get(claim.source) if claim.source else None
    return Match(claim, candidates, compatible, fitting, group.includes if group else (), today)


def describe_fact(fact: Fact, rules: RulePack) -> str:
    """'NIS: about 300 (nis-killed-2025-01)'."""
    return f"{fact.source}: {describe_figure(fact.low, fact.high, fact.hedge)} ({fact.id})"


def describe_figure(low: float, high: float, hedge: str) -> str:
    """'about 300', 'more than 1,000', '1,000–3,000': a hedge id reads as words ("more-than" -> "more than")."""
    if hedge == VAGUE:
        return f"{format_value(low, high)} (vague)"
    words = "" if hedge == "exact" else hedge.replace("-", " ") + " "
    return f"{words}{format_value(low, high)}"
