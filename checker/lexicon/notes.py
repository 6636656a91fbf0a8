"""Notes on a story's packs and sources that are not errors but change how drafts are read: a cue
word that two metrics list (the figure's unit then chooses, else the first listed), and a name that
YAML split into two aliases at its comma (`aliases: [Ministry of Land, Infrastructure and
Transport]` is two aliases; quoted, it is one)."""

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
    for source in lexicon.sources.values():
        aliases = list(source.aliases)
        for first, second in zip(aliases, aliases[1:], strict=False):
            joined = f"{first}, {second}"
            if source.name and joined in source.name:
                out.append(
                    f"note: source '{source.id}' has the aliases '{first}' and '{second}', which "
                    f'look like one name split at its comma; write it in quotes: "{joined}"'
                )
    return out
