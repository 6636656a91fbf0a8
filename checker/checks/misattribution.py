"""misattribution: the figure matches another source's figure, not the named source's. When the
reference set has no figure of that thing from the named source at all, it may simply not record
that source's giving it too: the finding names that doubt (so an error is a warning)."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from checker.checks.base import Issue, claim_check
from checker.checks.common import (
    counted,
    given,
    name,
    none_from,
    rounds_to,
    said_by,
    slip_of_its_own,
)
from checker.lexicon import Lexicon
from checker.model import COUNT_DOUBT as COUNT
from checker.model import SOURCE_DOUBT as SOURCE
from checker.model import SPEAKER_DOUBT as SPEAKER
from checker.model import Claim, Fact, Severity
from checker.references import Match


def _exactly(facts, claim, hedges: tuple[str, ...] | None = None) -> tuple:
    """The facts with the claim's very figure (and, given them, one of those hedges)."""
    return tuple(
        f
        for f in facts
        if (f.low, f.high) == (claim.low, claim.high) and (hedges is None or f.hedge in hedges)
    )


@claim_check(
    id="misattribution",
    severity=Severity.ERROR,
    description="The figure matches another source's figure, not the named source's.",
    failing="The NIS said 4,000 North Korean soldiers were killed.",
    passing="Zelensky said 4,000 North Korean soldiers were killed.",
    # a verdict about who gave the figure rests wholly on reading who gave it: a source read from
    # a word pointing back or from another clause makes the finding a note
    rests_on=(SOURCE, COUNT, SPEAKER),
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    if claim.source is None or m.misread:  # its source gave this very figure, for another metric
        return
    own_fitting = m.own(m.fitting)
    # "French authorities said 78 died": 78 is the IOM's very figure, and the French authorities
    # gave only "at least 72", which 78 merely fits
    exact_elsewhere = (
        claim.hedge == "exact"
        and _exactly(m.others(m.fitting), claim)
        and not _exactly(own_fitting, claim)
    )
    # "Microsoft, which said it would eliminate around 11,000 jobs": Sky News's very words, while
    # Microsoft's 10,000 only fits the hedge
    copied = (
        (spec := lexicon.hedges.get(claim.hedge)) is not None
        and spec.interval == "around"  # "more than 1 million" is simply true of 1.6 million
        and _exactly(m.others(m.fitting), claim, _borrowable(m, lexicon))
        and not any(_rounds_to(claim, f) for f in own_fitting)
    )
    if own_fitting and not (exact_elsewhere or copied):
        return
    if slip_of_its_own(m, lexicon):
        return  # its own figure mistyped (a contradiction), not another's that merely fits
    if _relayed(m):
        return  # "Babis said police had estimated 90,000": Babis's figure, as he relayed it
    others = m.others(m.best) or m.others(m.fitting)
    if not others:
        return
    fits_own = own_fitting if copied else ()
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
        doubts=_fits_own(fits_own, m, lexicon)
        if fits_own
        else ()
        if own
        else _unrecorded(m, lexicon),
    )


def _relayed(m: Match) -> bool:
    """Is the figure one the reference set credits to the other speaker of a relay: the one who
    relays the named source's figure ("Babis later said police had estimated 90,000"), or the one
    whose figure the named source relays ("Fankhauser wrote asking for £200 million, Shapps said")
    when the named source gave no figure of this thing itself (when it did, its own account of
    what the other said is what the figure must meet)?"""
    partners = {m.claim.relayed_by} | ({m.claim.relays} if not m.own() else set())
    partners.discard(None)
    return any(f.source in partners for f in m.fitting)


def _borrowable(m: Match, lexicon: Lexicon) -> tuple[str, ...]:
    """The hedges of another source's figure a hedged claim can have borrowed: its own hedge, and
    an exact figure when the named source's own fitting figures are points or estimates ("The
    Times estimated 1,139": Penn State's exact 1,139, the Times's own 1,052; not "about 78" for
    a source's own "at least 72", which it fits as well as anything)."""
    own = m.own(m.fitting)
    open_ended = any(
        (spec := lexicon.hedges.get(f.hedge)) is None or spec.interval not in ("point", "around")
        for f in own
    )
    return (m.claim.hedge,) if open_ended else (m.claim.hedge, "exact")


def _rounds_to(claim: Claim, fact: Fact) -> bool:
    """Does the claim's figure, as written, round the fact ("about 1 million": 1,015,067; not
    "around 11,000": 10,000)? `common.rounds_to`, with a whole number's step taken from its last
    non-zero digit's place when its words give none."""
    half = claim.precision
    if half <= 0 and claim.low == int(claim.low) and claim.low:
        digits = str(int(abs(claim.low)))
        half = 10 ** (len(digits) - len(digits.rstrip("0"))) / 2
    return rounds_to(replace(claim, precision=half), fact)


def _fits_own(facts, m: Match, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """A hedged figure with another source's very words, that the named source's own figure fits
    too: the credit may be right, the wording borrowed."""
    return (
        (
            SOURCE,
            f"'{m.claim.hedge.replace('-', ' ')}' fits {name(m.claim.source, lexicon)}'s own "
            f"{given(facts[0], lexicon)} too",
        ),
    )


def _unrecorded(m: Match, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """'The French government said two men had been shot dead', a figure the reference set has
    from the High Commission alone: a named source it has no figure from about this thing may
    have given it too (a ministry relaying its prefect's count); the set does not record it."""
    return ((SOURCE, f"{none_from(m.claim, lexicon)}, who may have given this one too"),)
