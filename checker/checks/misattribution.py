"""misattribution: the figure matches another source's figure, not the named source's. When the
reference set has no figure of that thing from the named source at all, it may simply not record
that source's giving it too: the finding names that doubt (so an error is a warning)."""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import Issue, claim_check
from checker.checks.common import counted, given, name, none_from, said_by
from checker.lexicon import Lexicon
from checker.model import SOURCE_DOUBT as SOURCE
from checker.model import Severity
from checker.references import Match


def _exactly(facts, claim) -> tuple:
    return tuple(f for f in facts if (f.low, f.high) == (claim.low, claim.high))


@claim_check(
    id="misattribution",
    severity=Severity.ERROR,
    description="The figure matches another source's figure, not the named source's.",
    failing="The NIS said 4,000 North Korean soldiers were killed.",
    passing="Zelensky said 4,000 North Korean soldiers were killed.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    if claim.source is None or m.misread:  # its source gave this very figure, for another metric
        return
    # "French authorities said 78 died": 78 is the IOM's very figure, and the French authorities
    # gave only "at least 72", which 78 merely fits
    exact_elsewhere = (
        claim.hedge == "exact"
        and _exactly(m.others(m.fitting), claim)
        and not _exactly(m.own(m.fitting), claim)
    )
    if m.own(m.fitting) and not exact_elsewhere:
        return
    others = m.others(m.best) or m.others(m.fitting)
    if not others:
        return
    right = others[0]
    own = m.own()
    also = (
        f"; {name(claim.source, lexicon)} gave "
        f"{'; '.join(sorted({given(f, lexicon) for f in own}))}"
        if own
        else ""
    )
    yield Issue(
        claim,
        f"{counted(claim)} is credited to {said_by(claim, lexicon)}, but it is the figure "
        f"{name(right.source, lexicon)} gave ({given(right, lexicon)}){also}",
        f"write 'according to {name(right.source, lexicon)}'",
        tuple(f.id for f in others) + tuple(f.id for f in own),
        doubts=() if own else _unrecorded(m, lexicon),
    )


def _unrecorded(m: Match, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """'The French government said two men had been shot dead', a figure the reference set has
    from the High Commission alone: a named source it has no figure from about this thing may
    have given it too (a ministry relaying its prefect's count); the set does not record it."""
    return ((SOURCE, f"{none_from(m.claim, lexicon)}, who may have given this one too"),)
