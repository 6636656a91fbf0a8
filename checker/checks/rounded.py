"""rounded: a figure written rounded ("1.3 million") where its source gave a precise one (1.28
million).

It is the same figure, not a contradiction: an editor sees a note, at most, and may prefer "about".
"""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import ANY, Issue, claim_check
from checker.checks.common import fitting_given, given, name, rounds_to, said_by
from checker.lexicon import Lexicon
from checker.model import Severity, format_value
from checker.references import Match


@claim_check(
    id="rounded",
    defers_to=(ANY,),
    severity=Severity.INFO,
    description="A figure written rounded where its source gave a precise one: the same figure.",
    failing="North Korea has shipped 1.3 million artillery shells to Russia, the NIS said.",
    passing="North Korea has shipped 1.28 million artillery shells to Russia, the NIS said.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    if claim.precision <= 0 or claim.hedge != "exact" or claim.is_range:
        return
    used = fitting_given(m)
    if any(f.low == claim.low and f.high == claim.high for f in used):
        return  # the very figure
    rounded = [f for f in used if not f.is_range and rounds_to(claim, f)]
    if not rounded:
        return
    fact = rounded[0]
    who = said_by(claim, lexicon) if claim.source else name(fact.source, lexicon)
    yield Issue(
        claim,
        f"{claim.text} is {format_value(fact.low, fact.high)} rounded, as {who} gave it "
        f"({given(fact, lexicon)})",
        f"write 'about {claim.text}' or the figure as given ({format_value(fact.low, fact.high)})",
        (fact.id,),
    )
