"""period-mismatch: the draft dates a figure to a time the matching reference figure is not about.

"killed last summer" for a count covering October to February is flagged; "in 2023" for a count
as of January 2025 is fine unless the fact gives the period it covers (a fact with only `as_of` is a
running count, true of any time up to that date). A time when the source spoke ("the WHO reported
3,922 deaths on Wednesday") is compared with when it gave the figure: not before it.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from checker import periods
from checker.checks.base import Issue, claim_check
from checker.checks.common import counted, dated, name, relevant
from checker.lexicon import Lexicon
from checker.model import Fact, Severity
from checker.references import Match


def _fits_time(when, fact: Fact) -> bool:
    """May the draft date the fact's figure to `when`? A figure for a period: a time in that period
    ("45,774 in 2023" does not fit a count for 2022). A figure with only an as-of date is a running
    count, true of any time up to that date."""
    if fact.period:
        return periods.spans_overlap(when, fact.when())
    return periods.spans_overlap(when, (dt.date.min, fact.stated()[1]))


def _said_in_time(when, fact: Fact) -> bool:
    """'the WHO reported 3,922 deaths on Wednesday': the source cannot have said it before it gave
    it; saying it again later is fine."""
    stated = fact.stated()
    return stated is None or when[1] >= stated[0]


@claim_check(
    id="period-mismatch",
    severity=Severity.WARNING,
    description="A figure the draft dates to a time other than the one "
    "the reference figure is about, or says a source gave before it did.",
    failing="Zelensky said 4,000 North Korean soldiers were killed in June 2024.",
    passing="Zelensky said in February 2025 that 4,000 North Korean soldiers were killed.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    when = claim.when
    used = [f for f in relevant(m) if f.when()]
    if when is None or not used:
        return
    said = claim.as_of_said  # "Zelensky said in February": when he spoke, not what it covers
    if any((_said_in_time if said else _fits_time)(when, f) for f in used):
        return
    fact = used[0]
    who = name(fact.source, lexicon)
    if said:
        yield Issue(
            claim,
            f"the draft has {counted(claim)} given in {claim.as_of}, but {who} gave it "
            f"{dated(fact)}",
            f"date it to when it was given ({fact.as_of or fact.period})",
            tuple(f.id for f in used),
        )
        return
    label = fact.period or fact.as_of
    yield Issue(
        claim,
        f"the draft places {counted(claim)} in {claim.as_of}, but the figure {who} gave is for "
        f"{label}",
        f"date it to {label}, or use a figure for {claim.as_of}",
        tuple(f.id for f in used),
    )
