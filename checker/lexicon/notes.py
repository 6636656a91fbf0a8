"""Notes on a story's packs that are not errors but change how drafts are read: a cue word that
two metrics list (the figure's unit then chooses, else the first listed)."""

from __future__ import annotations

from checker.lexicon import Lexicon


def notes(lexicon: Lexicon) -> list[str]:
    """One line per note, in the pack's order."""
    out = []
    for cue, metrics in lexicon.shared_written_cues.items():
        listed = ", ".join(metrics)
        out.append(
            f"note: the cue '{cue}' is listed by {len(metrics)} metrics ({listed}); a figure "
            f"takes the one counted in its unit, else {metrics[0]}"
        )
    return out
