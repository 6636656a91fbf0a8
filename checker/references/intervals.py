"""Interval semantics of hedged figures: a figure is an interval, not a point.

`interval(low, high, hedge, lexicon, tolerance)` turns a written figure ("about 300", "up to
3,000", "between 1,000 and 3,000") into the closed interval of values it allows, using the
hedge's interval kind and tolerance from the language pack's hedges.
"""

from __future__ import annotations

import math

from checker.lexicon import Lexicon

INF = math.inf
Interval = tuple[float, float]

_KINDS = {
    "point": lambda low, high, t: (low, high),
    "around": lambda low, high, t: (low * (1 - t), high * (1 + t)),
    "above": lambda low, high, t: (low * (1 - t), INF),
    "from": lambda low, high, t: (low * (1 - t), INF),
    "to": lambda low, high, t: (0.0, high * (1 + t)),
    "under": lambda low, high, t: (0.0, high * (1 + t)),
    "below": lambda low, high, t: (low * (1 - t), high),
}


def interval(
    low: float, high: float, hedge: str, lexicon: Lexicon, tolerance: float | None = None
) -> Interval:
    spec = lexicon.hedges.get(hedge) or lexicon.hedges["exact"]
    t = spec.tolerance if tolerance is None else max(tolerance, spec.tolerance)
    return _KINDS[spec.interval](low, high, t)


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def written(low: float, high: float, tolerance: float) -> Interval:
    """The written figure widened by `tolerance`, ignoring open-ended hedges: used to compare two
    figures in one draft ("about 12,000" vs "up to about 15,000" disagree)."""
    return low * (1 - tolerance), high * (1 + tolerance)
