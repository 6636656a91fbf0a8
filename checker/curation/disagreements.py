"""A reference set grouped by metric and subject (and unit), oldest figure first, with every pair of
figures from different sources that cannot both be right (the same thing counted, as
`Fact.same_thing` reads it, and intervals that do not overlap once hedges are read), and every
figure a source later revised."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.lexicon import Lexicon
from checker.model import Fact
from checker.references.intervals import interval, overlaps
from checker.references.set import ReferenceSet


@dataclass
class Group:
    metric: str
    subject: str
    unit: str
    facts: list[Fact] = field(default_factory=list)
    disagree: list[tuple[Fact, Fact]] = field(default_factory=list)
    revised: list[tuple[Fact, Fact]] = field(default_factory=list)  # one source, older then newer


def groups(references: ReferenceSet, lexicon: Lexicon) -> list[Group]:
    by: dict[tuple[str, str, str], Group] = {}
    for fact in references.facts:
        key = (fact.metric, fact.subject, fact.unit)
        by.setdefault(key, Group(*key)).facts.append(fact)
    for group in by.values():
        group.facts.sort(key=lambda f: (f.as_of or "", f.source, f.id))
        _pairs(group, lexicon)
    return [by[key] for key in sorted(by)]


def _pairs(group: Group, lexicon: Lexicon) -> None:
    for i, a in enumerate(group.facts):
        for b in group.facts[i + 1 :]:
            if not _comparable(a, b):
                continue
            if a.source == b.source:
                if a.as_of != b.as_of and (a.low, a.high) != (b.low, b.high):
                    group.revised.append((a, b))
            elif not overlaps(_allows(a, lexicon), _allows(b, lexicon)):
                group.disagree.append((a, b))


def _comparable(a: Fact, b: Fact) -> bool:
    """Could both figures count the same thing? `Fact.same_thing`, except that a count from a known
    start later than the other figure was given counts something newer (reinforcements sent after
    a total was stated)."""
    if not a.same_thing(b):
        return False
    for one, other in ((a, b), (b, a)):
        start, stated = one.scope()[2], other.stated()
        if start is not None and stated is not None and start > stated[1]:
            return False
    return True


def _allows(fact: Fact, lexicon: Lexicon) -> tuple[float, float]:
    return interval(fact.low, fact.high, fact.hedge, lexicon, unit=fact.unit)
