"""Interval semantics of hedged figures: a figure is an interval, not a point.

`interval(low, high, hedge, rules, tolerance)` turns a written figure ("about 300",
"up to 3,000", "between 1,000 and 3,000") into the closed interval of values it allows,
using the hedge's interval kind and tolerance from rules/hedges.yaml.
"""

from __future__ import annotations

import math

from checker.rules import RulePack

INF = math.inf


def interval(low: float, high: float, hedge: str, rules: RulePack, tolerance: float | None = None) -> tuple[float, float]:
    spec = rules.hedges.get(hedge) or rules.hedges["exact"]
    t = spec.tolerance if tolerance is None else max(tolerance, spec.tolerance)
    kind = spec.interval
    if kind == "point":
        return low, high
    if kind == "around":
        return low * (1 - t), high * (1 + t)
    if kind in ("above", "from"):
        return low * (1 - t), INF
    if kind in ("to", "under"):
        return 0.0, high * (1 + t)
    if kind == "below":
        return low * (1 - t), high
    raise ValueError(f"unknown interval kind {kind!r}")  # rules.load() rejects these


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def written(low: float, high: float, tolerance: float) -> tuple[float, float]:
    """The written figure widened by `tolerance`, ignoring open-ended hedges: used to compare
    two figures in one draft ("about 12,000" vs "up to about 15,000" disagree)."""
    return low * (1 - tolerance), high * (1 + tolerance)
