"""period-mismatch: the draft dates a figure to a time the matching reference figure is not about.

"killed last summer" for a count covering October to February is flagged; "in 2023" for a count
as of January 2025 is fine unless the fact gives the period it covers (a fact with only `as_of` is a
running count, true of any time up to that date).
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from checker import periods
from checker.checks.base import Issue, claim_check
from checker.checks.common import counted, name, relevant
from checker.lexicon import Lexicon
from checker.model import Fact, Severity
from checker.references import Match


def _fits_time(when, fact: Fact) -> bool:
    """May the draft date the fact's figure to `when`? A figure for a period: a time in that period,
    or within the day (month...) it was given ("on Jan. 1, 2023, the Home Office said 45,774", not
    "45,774 in 2023" for a 2022 count given on Jan. 1, 2023). A figure with only an as-of date is a
    running count, true of any time up to that date."""
    stated = fact.stated()
    if fact.period:
        given = stated is not None and stated[0] <= when[0] and when[1] <= stated[1]
        return periods.spans_overlap(when, fact.when()) or given
    return periods.spans_overlap(when, (dt.date.min, stated[1]))


@claim_check(
    id="period-mismatch",
    severity=Severity.WARNING,
    description="A figure the draft dates to a time other than the one "
    "the reference figure is about.",
    failing="Zelensky said 4,000 North Korean soldiers were killed in June 2024.",
    passing="Zelensky said in February 2025 that 4,000 North Korean soldiers were killed.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    when = m.claim.when
    used = [f for f in relevant(m) if f.when()]
    if when is None or not used or m.claim.as_of_said:  # "Zelensky said in February": when he spoke
        return
    if any(_fits_time(when, f) for f in used):
        return
    fact = used[0]
    label = fact.period or fact.as_of
    yield Issue(
        m.claim,
        f"the draft places {counted(m.claim)} in {m.claim.as_of}, but the figure "
        f"{name(fact.source, lexicon)} gave is for {label}",
        f"date it to {label}, or use a figure for {m.claim.as_of}",
        tuple(f.id for f in used),
    )
