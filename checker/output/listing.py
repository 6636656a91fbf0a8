"""Rendering `numcheck checks` (the checks and their severities) and `numcheck lexicon` (the ids a
reference set may use)."""

from __future__ import annotations

import textwrap

from tabulate import tabulate


def checks(registry, severities) -> str:
    rows = [
        [
            c.id,
            severities.get(c.id, c.severity.value),
            "yes" if c.needs_references else "",
            textwrap.fill(c.description, 70),
        ]
        for c in registry.values()
    ]
    return tabulate(
        rows,
        headers=["check", "severity", "needs refs", "catches"],
        tablefmt="simple",
        disable_numparse=True,
    )


def lexicon(lex) -> str:
    vocabulary = [
        ("metrics", list(lex.metrics)),
        ("subjects", list(lex.subjects)),
        ("sources", list(lex.sources)),
        ("hedges", list(lex.hedges)),
        ("packs", [str(p) for p in lex.origin]),
    ]
    return "\n".join(
        textwrap.fill(
            f"{title}: " + (", ".join(items) or "(none)"),
            100,
            subsequent_indent="  ",
            break_on_hyphens=False,
        )
        for title, items in vocabulary
    )
