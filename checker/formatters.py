"""Formatters: findings and claims -> text. One table of name -> function; adding a format touches this file only.

Every formatter takes a `Report` (per-file findings and claims, plus input problems) and returns a string.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field

from tabulate import tabulate

from checker.findings import Finding


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    claims: list = field(default_factory=list)  # checker.claims.Claim
    files: list[str] = field(default_factory=list)
    problems: list = field(default_factory=list)  # checker.errors.Problem


def plural(count: int, noun: str) -> str:
    """'1 figure', '2 figures'."""
    return f"{count} {noun}{'s' * (count != 1)}"


def _wrap(text: str, width: int) -> str:
    """Wrap a cell ourselves: tabulate's own wrapping re-parses cells such as '1,000' as numbers."""
    return textwrap.fill(text, width) if text else text


def _location(path: str, line: int, column: int) -> str:
    return f"{path}:{line}:{column}"


def _summary(report: Report) -> str:
    counts = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    files = len(report.files)
    return (f"{len(report.findings)} finding{'s' * (len(report.findings) != 1)} "
            f"({counts['error']} error, {counts['warning']} warning, {counts['info']} info) "
            f"in {plural(files, 'file')}, {plural(len(report.claims), 'figure')} checked")


def text(report: Report) -> str:
    """A readable table per file (tabulate), then a one-line summary."""
    out = []
    by_file: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_file.setdefault(f.path, []).append(f)
    for path in report.files:
        findings = by_file.get(path, [])
        if not findings:
            continue
        rows = [[_location(f.path, f.line, f.column), f.severity, f.rule, _wrap(f.message, 60), _wrap(f.suggestion, 40)]
                for f in findings]
        out.append(path)
        out.append(tabulate(rows, headers=["where", "severity", "rule", "message", "suggestion"], tablefmt="simple",
                            disable_numparse=True))
        out.append("")
    out.append(_summary(report))
    return "\n".join(out)


def json_format(report: Report) -> str:
    return json.dumps({"findings": [f.to_dict() for f in report.findings],
                       "claims": [c.to_dict() for c in report.claims],
                       "errors": [str(p) for p in report.problems]}, indent=2, ensure_ascii=False)


def line(report: Report) -> str:
    """One finding per line, `path:line:col: severity rule: message (suggestion)`: for editors and grep."""
    rows = [f"{_location(f.path, f.line, f.column)}: {f.severity} {f.rule}: {f.message}"
            + (f" ({f.suggestion})" if f.suggestion else "") for f in report.findings]
    return "\n".join(rows) if rows else None


def github(report: Report) -> str:
    """GitHub Actions workflow commands: annotations on the pull request's changed files."""
    level = {"error": "error", "warning": "warning", "info": "notice"}
    esc = lambda s: s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")  # noqa: E731
    prop = lambda s: esc(s).replace(":", "%3A").replace(",", "%2C")  # noqa: E731
    return "\n".join(
        f"::{level[f.severity]} file={prop(f.path)},line={f.line},col={f.column},title=numcheck {prop(f.rule)}::"
        f"{esc(f.message + (' — ' + f.suggestion if f.suggestion else ''))}"
        for f in report.findings)


def claims_text(report: Report) -> str:
    rows = [[_location(c.path, c.line, c.column), _wrap(c.text, 30), c.hedge, c.unit, c.metric or "", c.subject or "",
             c.source or "", c.as_of or ""] for c in report.claims]
    table = tabulate(rows, headers=["where", "figure", "hedge", "unit", "metric", "subject", "source", "as of"],
                     tablefmt="simple", disable_numparse=True)
    return f"{table}\n{plural(len(report.claims), 'figure')} in {plural(len(report.files), 'file')}"


def claims_json(report: Report) -> str:
    return json.dumps({"claims": [c.to_dict() for c in report.claims], "errors": [str(p) for p in report.problems]},
                      indent=2, ensure_ascii=False)


CHECK_FORMATS = {"text": text, "json": json_format, "line": line, "github": github}
EXTRACT_FORMATS = {"text": claims_text, "json": claims_json}


# ------------------------------------------------------------------------- accuracy (numcheck eval)

_TARGETS = {"claim": "F1 ≥ 0.95", "value": "acc ≥ 0.97", "hedge": "acc ≥ 0.97", "metric": "acc ≥ 0.90",
            "source": "acc ≥ 0.90", "subject": "acc ≥ 0.90"}


def scores_text(scores, details: bool = False) -> str:
    """`numcheck eval`: precision, recall, F1 and accuracy per field, then (optionally) each miss."""
    rows = [[name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
             "" if name == "claim" else f"{s.accuracy:.3f}", s.gold, s.predicted, _TARGETS.get(name, "")]
            for name, s in scores.fields.items()]
    table = tabulate(rows, headers=["field", "precision", "recall", "F1", "accuracy", "gold", "predicted", "target"],
                     tablefmt="simple", disable_numparse=True)
    out = [table, f"{plural(scores.fields['claim'].gold, 'gold claim')} in {plural(scores.drafts, 'draft')}"]
    if details:
        out.append("")
        out += [f"{m.draft}:{m.line}: {m.field} of '{' '.join(m.text.split())}': gold {m.gold!r}, read {m.predicted!r}"
                for m in sorted(scores.misses, key=lambda m: (m.draft, m.line, m.field))]
    return "\n".join(out)


def scores_json(scores) -> str:
    return json.dumps(scores.to_dict(), indent=2)


def rules_text(rules, registry) -> str:
    """`numcheck rules`: the checks, then the ids a reference set may use."""
    rows = [[c.name, rules.severities.get(c.name, "warning"), textwrap.fill(c.description, 70)] for c in registry.values()]
    out = [tabulate(rows, headers=["rule", "severity", "catches"], tablefmt="simple", disable_numparse=True), ""]
    vocabulary = [
        ("metrics", [(m.id, m.description) for m in rules.metrics.values()]),
        ("subjects", [(s.id, s.description) for s in rules.subjects.values()]),
        ("sources", [(s.id, s.name) for s in rules.sources.values()]),
        ("hedges", [(h.id, h.interval) for h in rules.hedges.values()]),
    ]
    for title, items in vocabulary:
        out.append(textwrap.fill(f"{title}: " + ", ".join(i for i, _ in items), 100, subsequent_indent="  ",
                                 break_on_hyphens=False))
    return "\n".join(out)
