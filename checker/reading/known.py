"""What the reference set tells reading about the story, without reading depending on it: the
story's subject, when its figures were given (a wire dateline's year), and of whom each metric's
figures are (the subject a figure most likely counts when its sentence names several or none) and
who gives them (whether one who opens a sentence doing something is a figure's likely source), and
of whom each source gives them (Tunisia's authorities count Tunisian pilgrims)."""

from __future__ import annotations

import datetime as dt
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
    money: Mapping[tuple[str, str], Mapping[str, tuple[float, float]]] = field(
        default_factory=dict
    )  # (source, currency) -> metric -> (lowest, highest) of its money figures

    def subjects_of(self, metric: str | None) -> frozenset[str]:
        return self.subjects.get(metric, frozenset()) if metric else frozenset()

    def sources_of(self, metric: str | None) -> frozenset[str]:
        return self.sources.get(metric, frozenset()) if metric else frozenset()

    def subjects_given(self, metric: str, source: str) -> frozenset[str]:
        """Of whom `source` gives figures of `metric`."""
        return self.given.get((metric, source), frozenset())


NOTHING = Known()
