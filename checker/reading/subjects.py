"""Of whom a figure is: the subject cue nearest the figure in its sentence (topic packs'
`subjects:`)."""

from __future__ import annotations

from checker.lexicon import Lexicon

Cue = tuple[int, int, str]  # start, end, subject


def cues(text: str, lexicon: Lexicon) -> list[Cue]:
    """Every subject cue in a sentence, found once for all its figures."""
    return [
        (m.start(), m.end(), subject)
        for subject, pattern in lexicon.subject_patterns.items()
        for m in pattern.finditer(text)
    ]


def nearest(found: list[Cue], start: int, end: int) -> str | None:
    """The subject whose cue is nearest the figure at start..end (the first one on a tie)."""
    best = None
    for cue_start, cue_end, subject in found:
        distance = min(abs(cue_start - end), abs(cue_end - start))
        if best is None or distance < best[0]:
            best = (distance, subject)
    return best[1] if best else None
