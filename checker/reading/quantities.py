"""The quantulum3 adapter: the only module that imports quantulum3.

`parse(text)` returns `RawQuantity` tuples with character spans into `text`. It hides
quantulum3's quirks from the rest of numcheck:
- its classifier warning ("Classifier dependencies not installed") never reaches the terminal;
- its import pulls in `inflect`, which runs typeguard's source instrumentation over itself
  at import time (about 1.7 s of a 2 s cold start). numcheck does not need runtime type
  checks inside a third-party library, so while quantulum3 loads `typeguard.typechecked`
  is an identity decorator. The switch is undone straight after the import.
Units come back as quantulum3 names ("dozen", "dollar"); the numbers layer maps them.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import NamedTuple


class RawQuantity(NamedTuple):
    start: int
    end: int
    value: float
    unit: str  # quantulum3's unit name, e.g. "dimensionless", "percentage", "dollar"
    surface: str


@lru_cache(maxsize=1)
def _parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import typeguard
        except ImportError:  # pragma: no cover - typeguard is a dependency of inflect today
            typeguard = None
        original = getattr(typeguard, "typechecked", None)
        if typeguard is not None:
            typeguard.typechecked = _identity_decorator
        try:
            from quantulum3 import parser

            parser.parse(
                "1 troop"
            )  # quantulum3 imports its language module (and inflect) lazily, here
        finally:
            if typeguard is not None:
                typeguard.typechecked = original
    return parser


def _identity_decorator(target=None, **_options):
    return target if target is not None else _identity_decorator


def parse(text: str) -> list[RawQuantity]:
    """Quantities quantulum3 finds in `text`, with spans; never raises on odd text."""
    parser = _parser()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = parser.parse(text)
        except Exception:  # quantulum3 raises on some malformed inputs; treat as "nothing found"
            return []
    out = []
    for q in found:
        start, end = q.span
        out.append(RawQuantity(start, end, float(q.value), q.unit.name, text[start:end]))
    return out
