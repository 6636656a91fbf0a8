"""unverified: the reference set has no figure at all for what the draft's figure counts (its metric
and subject), so nothing can confirm or contradict it. A note, so an editor can see which figures
rest on the draft alone."""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import ANY, Issue, claim_check
from checker.checks.common import counted, words
from checker.lexicon import Lexicon
from checker.model import Severity
from checker.references import Match


@claim_check(
    id="unverified",
    defers_to=(ANY,),
    severity=Severity.INFO,
    vague=True,
    description="The reference set has no figure for what the figure counts: "
    "nothing confirms or contradicts it.",
    failing="About 400 North Korean soldiers were captured.",
    passing="About 12,000 North Korean troops were deployed, Zelensky said.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    # a share of a metric the set has no shares of at all: arithmetic judges it
    if m.candidates or (claim.unit == "%" and "%" not in m.metric_units):
        return
    yield Issue(
        claim,
        f"the reference set has no figure for {words(claim.metric)} of {words(claim.subject)}, "
        f"so {counted(claim)} cannot be checked",
        f"add the source's figure for {words(claim.metric)} to the reference set",
        (),
    )
