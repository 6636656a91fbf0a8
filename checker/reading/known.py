"""What the reference set tells reading about the story, without reading depending on it: the
story's subject, when its figures were given (a wire dateline's year), and of whom each metric's
figures are (the subject a figure most likely counts when its sentence names several or none) and
who gives them (whether one who opens a sentence doing something is a figure's likely source), and
of whom each source gives them (Tunisia's authorities count Tunisian pilgrims), and which figures
each metric has (a figure that is one of them keeps the metric it was read to count)."""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class Known:
    subject: str | None = None
    dates: tuple[dt.date, ...] = ()
    subjects: Mapping[str, frozenset[str]] = field(default_factory=dict)  # metric -> subjects
    sources: Mapping[str, frozenset[str]] = field(default_factory=dict)  # metric -> sources
    given: Mapping[tuple[str, str], frozenset[str]] = field(
        default_factory=dict
    )  # (metric, source) -> the subjects it gives figures of
    given_in: Mapping[tuple[str, str], Mapping[str, tuple[float, float]]] = field(
        default_factory=dict
    )  # (source, currency or "%") -> metric -> (lowest, highest) of its money figures or shares
    figures: Mapping[str, tuple[tuple[float, float], ...]] = field(
        default_factory=dict
    )  # metric -> its figures as written, (low, high), whoever gave them, in order
    times: tuple[dt.date, ...] = ()  # `dates` and the days its figures' periods start and end
    given_as: Mapping[tuple[str, str, float, float], frozenset[tuple]] = field(
        default_factory=dict
    )  # (source, unit, low, high) -> (metric, subject, when, stated) of its figures written so
    given_by_anyone: Mapping[tuple[str, float, float], frozenset[tuple]] = field(
        default_factory=dict
    )  # (unit, low, high) -> (metric, subject) of the figures anyone gave written so

    def subjects_of(self, metric: str | None) -> frozenset[str]:
        return self.subjects.get(metric, frozenset()) if metric else frozenset()

    def sources_of(self, metric: str | None) -> frozenset[str]:
        return self.sources.get(metric, frozenset()) if metric else frozenset()

    def has_figure(self, metric: str | None, low: float, high: float, slack: float) -> bool:
        """Has anyone given a figure of `metric` that `low`..`high`, give or take `slack` (half
        its last written step), holds, or that holds it ("48.1 per cent" for 48.11%)?"""
        figures = self.figures.get(metric, ()) if metric else ()
        lo, hi = low - slack, high + slack
        end = bisect.bisect_right(figures, (hi, math.inf))
        return any(
            (lo <= f_low and f_high <= hi) or (f_low <= low and high <= f_high)
            for f_low, f_high in figures[:end]
        )

    def subjects_given(self, metric: str, source: str) -> frozenset[str]:
        """Of whom `source` gives figures of `metric`."""
        return self.given.get((metric, source), frozenset())


NOTHING = Known()
