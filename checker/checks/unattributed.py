"""unattributed: a figure the reference attributes to a source, given with no source."""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import Issue, claim_check
from checker.checks.common import by_source, counted, name, shown
from checker.lexicon import Lexicon
from checker.model import Severity
from checker.references import Match


@claim_check(
    id="unattributed",
    severity=Severity.INFO,
    description="A figure the reference attributes to a source, given with no source.",
    failing="About 300 North Korean soldiers were killed.",
    passing="About 300 North Korean soldiers were killed, the NIS said.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    if claim.source is not None or claim.source_text or not m.fitting:
        return  # a speaker the reference set does not know is still a source
    sources = sorted({name(f.source, lexicon) for f in m.best})
    listed, more = shown(m.best, claim, lexicon)
    yield Issue(
        claim,
        f"{counted(claim)} is given without a source; the reference set has it from "
        f"{by_source(listed, lexicon)}{more}",
        f"add 'according to {sources[0]}'"
        if len(sources) == 1
        else f"name the source ({', '.join(sources)})",
        tuple(f.id for f in listed),
    )
