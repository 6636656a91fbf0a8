"""Notes for the writer of a story's pack: a metric cue that numcheck reads as a measure of the
language pack ("barrels a day": bbl/day) when the metric's figures are plain counts ("count/day"),
so that figures written with it would never be compared with the metric's."""

from __future__ import annotations

from checker.lexicon import Lexicon
from checker.reading.numbers import find_numbers


def notes(lexicon: Lexicon) -> list[str]:
    """One line per cue, in the pack's order."""
    measures = set(lexicon.numbers.units.values()) - set(lexicon.numbers.duration_units)
    out = []
    for metric in lexicon.metrics.values():
        units = lexicon.units_of(metric.id)
        if not units or any(u.split("/")[0] != "count" for u in units):
            continue
        for cue in metric.cues:
            found = find_numbers(f"There were 12 {cue}.", lexicon)
            unit = found[0].unit if len(found) == 1 else None
            if unit is None or unit in units or unit.split("/")[0] not in measures:
                continue
            out.append(
                f"note: metric '{metric.id}' counts in {', '.join(units)}, but its cue '{cue}' "
                f"is read as the unit {unit} ('12 {cue}'): figures written so are never compared "
                f"with its figures; give them the unit {unit}"
            )
    return out
