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
from checker.model import Claim

INF = math.inf
Interval = tuple[float, float]


def _above(low, high, tl, th, reach):
    return low * (1 - tl), high * reach if reach else INF


def _to(low, high, tl, th, reach):
    return low / reach if reach else 0.0, high * (1 + th)


_KINDS = {  # low, high, the tolerance below and above, the plausible reach of an open end
    "point": lambda low, high, tl, th, reach: (low, high),
    "around": lambda low, high, tl, th, reach: (low * (1 - tl), high * (1 + th)),
    "above": _above,
    "from": _above,
    "to": _to,
    "under": _to,
    "below": lambda low, high, tl, th, reach: (low * (1 - tl), high),
}


def interval(
    low: float,
    high: float,
    hedge: str,
    lexicon: Lexicon,
    tolerance: float | None = None,
    precision: float = 0.0,
    unit: str | None = None,
    cut_short: float = 0.0,
) -> Interval:
    """The values a figure allows: its hedge's interval, widened by its written precision ("1.3
    million" is 1.25-1.35 million); an open end reaches only as far as the hedge's `plausible`
    factor ("at least 300" is not 9,000). A share's hedge reaches at most `share_points` points
    ("roughly 95 percent" is not 89.3%, as a tenth of it would allow). `cut_short`: how much
    further up a figure written short of its source's digits reaches (`claim_interval`)."""
    spec = lexicon.hedges.get(hedge) or lexicon.hedges["exact"]
    t = spec.tolerance if tolerance is None else max(tolerance, spec.tolerance)
    low, high = low - precision, high + precision + cut_short
    tl = th = t
    if unit == "%":
        points = lexicon.limits.share_points
        tl = min(t, points / low) if low > 0 else t
        th = min(t, points / high) if high > 0 else t
    return _KINDS[spec.interval](low, high, tl, th, spec.plausible)


def claim_interval(claim: Claim, lexicon: Lexicon) -> Interval:
    """The values a draft's figure allows (`interval` with its hedge, tolerance, precision and
    the unit it is read in: `claim_unit`)."""
    return interval(
        claim.low,
        claim.high,
        claim.hedge,
        lexicon,
        claim.tolerance,
        claim.precision,
        claim_unit(claim, lexicon),
        _cut_short(claim, lexicon),
    )


_SHORT_OF_A_STEP = 0.999  # the next written step itself is another figure ("1.29 million")


def _cut_short(claim: Claim, lexicon: Lexicon) -> float:
    """A plain figure written to a fine step (at most `truncation_step` of it) may be its source's
    figure cut short rather than rounded ("7.24 lakh" for 7,24,649, "1.28 million" for 1,289,000):
    it reaches up to, not including, the next step of its digits, not half of one. A coarse figure
    does not ("1.3 million" is not 1,390,000), nor a hedged one ("at most 7.24 lakh" is no
    figure of 7,24,649)."""
    step = 2 * claim.precision
    if (
        claim.hedge != "exact"
        or step <= 0
        or step > lexicon.limits.truncation_step * abs(claim.high)
    ):
        return 0.0
    return claim.precision * _SHORT_OF_A_STEP


def claim_unit(claim: Claim, lexicon: Lexicon) -> str | None:
    """The unit a claim's interval is worked out in: a share written as a ratio or a fraction ("two
    in three", "nine in 10", "two-thirds") is rough by nature, and its hedge keeps its whole reach
    (no `share_points`); one written as a percentage ("90%", "ninety percent") does not."""
    if claim.unit != "%":
        return claim.unit
    said = claim.text.lower()
    return claim.unit if any(p.lower() in said for p in lexicon.numbers.percent) else None


def overlaps(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def written(low: float, high: float, tolerance: float) -> Interval:
    """The written figure widened by `tolerance`, ignoring open-ended hedges: used to compare two
    figures in one draft ("about 12,000" vs "up to about 15,000" disagree)."""
    return low * (1 - tolerance), high * (1 + tolerance)
