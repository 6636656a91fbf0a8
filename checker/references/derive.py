"""Derived facts: a metric defined as the sum of others (`derived:` in a topic pack), from one
source, subject and date — the NIS's killed + wounded become its casualties unless it gives
casualties itself."""

from __future__ import annotations

from checker.lexicon import Lexicon
from checker.model import Fact


def _hedge(members: list[Fact], lexicon: Lexicon) -> str:
    hedges = {m.hedge for m in members}
    if hedges == {"exact"}:
        return "exact"
    return "about" if "about" in hedges and "about" in lexicon.hedges else members[0].hedge


def derive(facts: list[Fact], lexicon: Lexicon) -> list[Fact]:
    out = []
    have = {(f.metric, f.subject, f.source, f.as_of) for f in facts}
    for metric, parts in lexicon.derived.items():
        groups: dict[tuple, dict[str, Fact]] = {}
        for f in facts:
            if f.metric in parts:
                key = (f.subject, f.source, f.as_of, f.unit, f.event)
                groups.setdefault(key, {})[f.metric] = f
        for (subject, source, as_of, unit, event), found in groups.items():
            if len(found) != len(parts) or (metric, subject, source, as_of) in have:
                continue
            members = [found[p] for p in parts]
            spans = {m.period for m in members} - {None}
            period = spans.pop() if len(spans) == 1 else None
            out.append(
                Fact(
                    "+".join(m.id for m in members),
                    metric,
                    subject,
                    sum(m.low for m in members),
                    sum(m.high for m in members),
                    _hedge(members, lexicon),
                    source,
                    unit,
                    as_of,
                    tuple(dict.fromkeys(c for m in members for c in m.cited_by)),
                    None,
                    members[0].path,
                    members[0].line,
                    tuple(m.id for m in members),
                    period,
                    event,
                )
            )
    return out
