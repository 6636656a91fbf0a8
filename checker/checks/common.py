"""Wording and fact-picking shared by several checks."""

from __future__ import annotations

import datetime as dt

from checker.model import Claim, Fact, describe_figure
from checker.references import Match


def source_name(claim: Claim) -> str:
    return claim.source_text or claim.source or "the draft"


def figure(claim: Claim) -> str:
    """'about 300', '1,000 a day', or the text as written for money and shares."""
    base, _, period = claim.unit.partition("/")
    if base != "count":
        return f"'{claim.text}'"
    return describe_figure(claim.low, claim.high, claim.hedge) + (f" a {period}" if period else "")


def by_source(facts) -> str:
    return "; ".join(
        sorted({f"{f.source} {describe_figure(f.low, f.high, f.hedge)} ({f.id})" for f in facts})
    )


def newest(facts) -> Fact:
    """The most recently stated fact (undated facts count as oldest; ties keep reference order)."""
    return max(facts, key=lambda f: (f.stated() or (dt.date.min, dt.date.min))[::-1])


def relevant(m: Match) -> tuple[Fact, ...]:
    """The facts a claim uses: its named source's fitting figures, or any fitting figure when it
    names none; of those, the ones with exactly its value when there are any ("about 5.6 million"
    uses the 5.6 million figure, not a 5.8 million one within tolerance)."""
    used = m.own(m.fitting) if m.claim.source is not None else m.fitting
    exact = tuple(f for f in used if (f.low, f.high) == (m.claim.low, m.claim.high))
    return exact or used


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"
