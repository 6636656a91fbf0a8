"""Rendering `numcheck checks` (the checks and their severities), `numcheck lexicon` (the ids a
reference set may use) and `numcheck config` (the settings in effect and where each comes from)."""

from __future__ import annotations

import textwrap

from checker.output.base import tabulate


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


def reference_set(path: str, references, found, lexicon) -> str:
    """`numcheck refs show`: a reference set grouped by metric and subject, each source's figures
    oldest first, then where sources disagree and which figures a source revised."""
    from checker.checks.common import amount, dated, name, words

    def figure(fact) -> str:
        return amount(fact.low, fact.high, fact.hedge, fact.unit, lexicon)

    def said(fact) -> str:
        when = dated(fact)
        return f"{name(fact.source, lexicon)}: {figure(fact)}" + (f" ({when})" if when else "")

    sources = {f.source for f in references.facts}
    out = [
        f"{path}: {len(references.facts)} facts from {len(sources)} sources, "
        f"{len(found)} metric and subject groups"
    ]
    for group in found:
        unit = "" if group.unit == "count" else f" ({group.unit})"
        out.append(f"\n{words(group.metric)} — {words(group.subject)}{unit}")
        rows = [
            [name(f.source, lexicon), figure(f), dated(f), f.id, f"line {f.line}" if f.line else ""]
            for f in group.facts
        ]
        out.append(textwrap.indent(tabulate(rows, tablefmt="plain", disable_numparse=True), "  "))
        out += [f"  ! sources disagree: {said(a)} vs {said(b)}" for a, b in group.disagree]
        out += [f"  · revised: {said(a)}, then {figure(b)} ({dated(b)})" for a, b in group.revised]
    return "\n".join(out)
