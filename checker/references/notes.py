"""Notes on a reference set that are not errors but likely slips: a count that is not a whole
number, of a metric with figures in another unit ("range: [34.4, 37.4]" beside vote shares in '%'),
is a figure whose `unit:` was left out (a fact without one is a count)."""

from __future__ import annotations

from checker.model import Fact
from checker.references.set import ReferenceSet


def _fractional(fact: Fact) -> bool:
    return any(not float(v).is_integer() for v in (fact.low, fact.high))


def notes(references: ReferenceSet) -> list[str]:
    """One line per metric with such counts, naming them."""
    units: dict[str, set[str]] = {}
    for fact in references.facts:
        units.setdefault(fact.metric, set()).add(fact.unit)
    slips: dict[str, tuple[str, list[str]]] = {}  # metric -> (its other unit, the counts)
    for fact in references.facts:
        others = units[fact.metric] - {"count"}
        if fact.unit == "count" and len(others) == 1 and _fractional(fact):
            slips.setdefault(fact.metric, (next(iter(others)), []))[1].append(fact.id)
    return [
        f"note: metric '{metric}' has figures in {unit} and counts that are not whole numbers "
        f"({', '.join(ids)}); a fact without `unit:` is a count: did you mean unit: '{unit}'?"
        for metric, (unit, ids) in slips.items()
    ]
