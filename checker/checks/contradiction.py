"""contradiction: the named source's own figure for that metric and subject is incompatible with
the draft's."""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import Issue, claim_check
from checker.checks.common import by_source, figure, newest, source_name
from checker.lexicon import Lexicon
from checker.model import VAGUE, Severity, describe_figure
from checker.references import Match


@claim_check(
    id="contradiction",
    severity=Severity.ERROR,
    vague=True,
    description="The named source's own figure for that metric and subject is incompatible "
    "with the draft's.",
    failing="The NIS said 900 North Korean soldiers were killed.",
    passing="The NIS said about 300 North Korean soldiers were killed.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    own = m.own()
    others_fit = m.others(m.fitting) and claim.hedge != VAGUE  # a vague figure fits too loosely
    if claim.source is None or not own or m.own(m.compatible) or others_fit:
        return
    latest = newest(own)
    which = "newest figure" if len(own) > 1 else "figure"
    yield Issue(
        claim,
        f"{source_name(claim)} is quoted with {figure(claim)} {claim.metric}, "
        f"but {claim.source}'s own figure is {by_source(own)}",
        f"use {claim.source}'s {which} "
        f"({describe_figure(latest.low, latest.high, latest.hedge)}) "
        f"or credit '{claim.text}' to whoever gave it",
        tuple(f.id for f in own),
    )
