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


def figures_text(by_desk: dict, details: bool = False) -> str:
    """Figure sets: per desk and over all, F1 of finding figures, of value, of value and hedge, and
    accuracy of hedge, unit, change and as-of on the figures found."""
    rows = []
    for desk, s in sorted(by_desk.items(), key=lambda item: (item[0] == "all", item[0])):
        f = s.fields
        f1 = [f"{f[name].f1:.3f}" for name in ("claim", "value", "value+hedge")]
        accuracy = [f"{f[name].accuracy:.3f}" for name in ("hedge", "unit", "change", "as_of")]
        rows.append([desk, s.drafts, f["claim"].gold, *f1, *accuracy])
    headers = [
        "desk",
        "sentences",
        "figures",
        "found F1",
        "value F1",
        "value+hedge F1",
        "hedge",
        "unit",
        "change",
        "as-of",
    ]
    out = [tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True), TARGETS]
    if details:
        out += [""] + [_miss(m) for m in sorted(by_desk["all"].misses, key=_miss_order)]
    return "\n".join(out)


TARGETS = (
    "targets: value F1 ≥ 0.93, value+hedge F1 ≥ 0.89, as-of ≥ 0.90 (accuracy on figures found)"
)


def _miss(m) -> str:
    return (
        f"{m.draft}:{m.line}: {m.field} of '{' '.join(m.text.split())}': gold {m.gold!r}, "
        f"read {m.predicted!r}"
    )


def _miss_order(m):
    return (m.draft, m.line, m.field)


def as_json(claim_scores, figure_scores=None) -> str:
    """The claim scores as before; figure sets under 'figures' (per desk); both when both were
    scored."""
    figures = {desk: s.to_dict() for desk, s in (figure_scores or {}).items()}
    if figure_scores is None:
        return json.dumps(claim_scores.to_dict(), indent=2)
    if claim_scores is None:
        return json.dumps({"figures": figures}, indent=2)
    return json.dumps({**claim_scores.to_dict(), "figures": figures}, indent=2)
