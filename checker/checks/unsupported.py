"""unsupported: the reference set has figures for what the draft's figure counts, and none of them
fits it. Quiet about a figure dated long before all of them: the set says nothing of that time; nor
about a smaller count dated before all of them (an earlier point on a running count); nor about a
part of a group ("Among the dead were three crew members") smaller than all of them."""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import Issue, claim_check
from checker.checks.common import (
    an_earlier_count,
    by_source,
    counted,
    name,
    none_from,
    shown,
    words,
)
from checker.lexicon import Lexicon
from checker.model import COUNT_DOUBT as COUNT
from checker.model import Severity
from checker.references import Match


def _a_part_of_them(m: Match) -> bool:
    """'Among the dead were three crew members', 'of them, 12 were generals': a part (of any kind)
    of a group the draft gives no figure of, smaller than every figure the set has of the group;
    the set has no figure for the part."""
    claim = m.claim
    return claim.part and claim.whole is None and all(claim.high < f.low for f in m.candidates)


def _history(m: Match, lexicon: Lexicon) -> bool:
    """Is the figure dated more than `history_days` before every figure the reference set has of
    it ("a landslide nearby in 2019 killed 17 people", in a story whose figures are of 2024)? The
    set says nothing of that time."""
    when, limit = m.claim.when, lexicon.limits.history_days
    return when is not None and all(
        (time := f.when()) is not None and (time[0] - when[1]).days > limit for f in m.candidates
    )


@claim_check(
    id="unsupported",
    defers_to=("contradiction", "arithmetic"),
    severity=Severity.WARNING,
    vague=True,
    description="The reference set has figures for what the figure counts, "
    "and none of them fits it.",
    failing="About 25,000 North Korean troops were deployed.",
    passing="About 12,000 North Korean troops were deployed, Zelensky said.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    if (
        not m.candidates
        or m.fitting
        or (claim.source is not None and m.owns_compatible)
        or m.misread  # its source gave this very figure for another metric: misread, not wrong
        or _history(m, lexicon)
        or an_earlier_count(claim, m.candidates, lexicon)
        or _a_part_of_them(m)
    ):
        return
    who = f" from {name(claim.source, lexicon)} or anyone else" if claim.source else ""
    listed, more = shown(m.candidates, claim, lexicon)
    yield Issue(
        claim,
        f"no reference figure{who} fits {counted(claim)} of {words(claim.subject)}; "
        f"known figures: {by_source(listed, lexicon)}{more}",
        "check the figure and add its source to the reference set, or correct it",
        tuple(f.id for f in listed),
        doubts=_unrecorded(m, lexicon),
    )


def _unrecorded(m: Match, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """'At least 66 children were killed, Amnesty said': a named source the reference set has no
    figure from about this thing may have said just that; the set does not record it. A doubt
    about what is compared, so a warning is a note."""
    claim = m.claim
    if claim.source is None or m.own():
        return ()
    return (
        (
            COUNT,
            f"{none_from(claim, lexicon)}, so it may not record this one",
        ),
    )
