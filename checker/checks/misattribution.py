"""misattribution: the figure matches another source's figure, not the named source's."""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import Issue, claim_check
from checker.checks.common import by_source, source_name
from checker.lexicon import Lexicon
from checker.model import Severity
from checker.references import Match


@claim_check(
    id="misattribution",
    severity=Severity.ERROR,
    description="The figure matches another source's figure, not the named source's.",
    failing="The NIS said 4,000 North Korean soldiers were killed.",
    passing="Zelensky said 4,000 North Korean soldiers were killed.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    if claim.source is None or m.own(m.fitting):
        return
    others = m.others(m.best) or m.others(m.fitting)
    if not others:
        return
    right = others[0]
    own = m.own()
    also = f"; {claim.source}'s own figure is {by_source(own)}" if own else ""
    yield Issue(
        claim,
        f"{claim.text} {claim.metric} is credited to {source_name(claim)}, but it is "
        f"{right.source}'s figure ({right.id}){also}",
        f"credit it to {right.source} ({right.id})",
        tuple(f.id for f in others) + tuple(f.id for f in own),
    )
