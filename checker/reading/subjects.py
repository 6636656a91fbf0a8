"""Of whom a figure is: the subject cue nearest the figure in its sentence (topic packs'
`subjects:`). An owner ("Boeing's offer of a 30% raise") gives way to any other cue of a subject
the reference set has figures of for the figure's metric (the machinists, further on)."""

from __future__ import annotations

import re
from typing import NamedTuple

from checker.lexicon import Lexicon

_OWNER = re.compile(r"['’]s\b")
_OWNED = re.compile(r"['’]s$")


class Cue(NamedTuple):
    start: int
    end: int
    subject: str
    owner: bool  # "Boeing's": the owner of what follows


def cues(text: str, lexicon: Lexicon) -> list[Cue]:
    """Every subject cue in a sentence, found once for all its figures."""
    return [
        Cue(
            m.start(),
            m.end(),
            subject,
            bool(_OWNER.match(text, m.end()) or _OWNED.search(m.group())),
        )
        for subject, pattern in lexicon.subject_patterns.items()
        for m in pattern.finditer(text)
    ]


def nearest(found: list[Cue], start: int, end: int, preferred=frozenset()) -> str | None:
    """The subject whose cue is nearest the figure at start..end (the first one on a tie); an
    owner's cue loses to a cue of a `preferred` subject (one the reference set has figures of for
    the figure's metric)."""
    has_preferred = any(c.subject in preferred for c in found)

    def rank(cue: Cue):
        demoted = cue.owner and has_preferred and cue.subject not in preferred
        return (demoted, min(abs(cue.start - end), abs(cue.end - start)))

    return min(found, key=rank).subject if found else None
