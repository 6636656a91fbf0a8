"""Rendering `numcheck eval`: precision, recall, F1 and accuracy per field, as a table or JSON."""

from __future__ import annotations

import json

from tabulate import tabulate

from checker.output.base import plural

_TARGETS = {
    "claim": "F1 ≥ 0.95",
    "value": "acc ≥ 0.97",
    "hedge": "acc ≥ 0.97",
    "metric": "acc ≥ 0.90",
    "source": "acc ≥ 0.90",
    "subject": "acc ≥ 0.90",
}


def text(scores, details: bool = False) -> str:
    """The table, then (optionally) each miss."""
    rows = [
        [
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            "" if name == "claim" else f"{s.accuracy:.3f}",
            s.gold,
            s.predicted,
            _TARGETS.get(name, ""),
        ]
        for name, s in scores.fields.items()
    ]
    table = tabulate(
        rows,
        headers=["field", "precision", "recall", "F1", "accuracy", "gold", "predicted", "target"],
        tablefmt="simple",
        disable_numparse=True,
    )
    out = [
        table,
        f"{plural(scores.fields['claim'].gold, 'gold claim')} in {plural(scores.drafts, 'draft')}",
    ]
    if details:
        out.append("")
        out += [
            f"{m.draft}:{m.line}: {m.field} of '{' '.join(m.text.split())}': "
            f"gold {m.gold!r}, read {m.predicted!r}"
            for m in sorted(scores.misses, key=lambda m: (m.draft, m.line, m.field))
        ]
    return "\n".join(out)


def as_json(scores) -> str:
    return json.dumps(scores.to_dict(), indent=2)
