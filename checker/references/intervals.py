"""Interval semantics of hedged figures: a figure is an interval, not a point.

`interval(low, high, hedge, lexicon, tolerance, precision)` turns a written figure ("about 300", "up
to
3,000", "between 1,000 and 3,000", "1.3 million") into the closed interval of values it allows,
using
the hedge's interval kind, tolerance and plausible reach from the language pack's hedges, and the
figure's written precision.
"""

from __future__ import annotations

import math

from checker.lexicon import Lexicon

INF = math.inf
Interval = tuple[float, float]


def _above(low, high, t, reach):
    return low * (1 - t), high * reach if reach else INF


def _to(low, high, t, reach):
    return low / reach if reach else 0.0, high * (1 + t)


_KINDS = {
    "point": lambda low, high, t, reach: (low, high),
    "around": lambda low, high, t, reach: (low * (1 - t), high * (1 + t)),
    "above": _above,
    "from": _above,
    "to": _to,
    "under": _to,
    "below": lambda low, high, t, reach: (low * (1 - t), high),
}


def interval(
    low: float,
    high: float,
    hedge: str,
    lexicon: Lexicon,
    tolerance: float | None = None,
    precision: float = 0.0,
) -> Interval:
    """The values a figure allows: its hedge's interval, widened by its written precision ("1.3
    million" is 1.25-1.35 million); an open end reaches only as far as the hedge's `plausible`
    factor
    ("at least 300" is not 9,000)."""
    spec = lexicon.hedges.get(hedge) or lexicon.hedges["exact"]
    t = spec.tolerance if tolerance is None else max(tolerance, spec.tolerance)
    return _KINDS[spec.interval](low - precision, high + precision, t, spec.plausible)


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def written(low: float, high: float, tolerance: float) -> Interval:
    """The written figure widened by `tolerance`, ignoring open-ended hedges: used to compare two
    figures in one draft ("about 12,000" vs "up to about 15,000" disagree)."""
    return low * (1 - tolerance), high * (1 + tolerance)
