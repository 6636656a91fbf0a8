"""Rendering `numcheck checks` (the checks and their severities), `numcheck lexicon` (the ids a
reference set may use) and `numcheck config` (the settings in effect and where each comes from)."""

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


def _shown(value) -> str:
    if value in (None, [], {}, ()):
        return "-"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_shown(v) if not isinstance(v, str) else v for v in value)
    if hasattr(value, "paths"):  # a per-path override
        return f"{', '.join(value.paths)} -> {_shown(value.checks)}"
    return str(value)


def config(settings) -> str:
    """`numcheck config`: each setting, its value and where it comes from."""
    where = str(settings.path) if settings.path else "none found (defaults)"
    rows = [[key, _shown(value), settings.origin(key)] for key, value in settings.values.items()]
    table = tabulate(
        rows, headers=["setting", "value", "from"], tablefmt="simple", disable_numparse=True
    )
    return f"config file: {where}\n{table}"
