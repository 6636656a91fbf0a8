"""table: a table per draft, then a one-line summary (and, for `extract`, a table of figures)."""

from __future__ import annotations

from checker.model import Finding
from checker.output.base import Format, Report, location, plural, summary, tabulate, wrap


def render(report: Report) -> str:
    out = []
    by_file: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_file.setdefault(f.path, []).append(f)
    for path in report.files:
        findings = by_file.get(path, [])
        if not findings:
            continue
        rows = [
            [
                location(f.path, f.line, f.column),
                f.severity.value,
                f.check,
                wrap(f.message, 60),
                wrap(f.suggestion, 40),
            ]
            for f in findings
        ]
        out.append(path)
        out.append(
            tabulate(
                rows,
                headers=["where", "severity", "check", "message", "suggestion"],
                tablefmt="simple",
                disable_numparse=True,
            )
        )
        out.append("")
    out.append(summary(report))
    return "\n".join(out)


def render_claims(report: Report) -> str:
    rows = [
        [
            location(c.path, c.line, c.column),
            wrap(c.text, 30),
            c.hedge,
            c.unit,
            c.metric or "",
            c.subject or "",
            c.source or "",
            c.as_of or "",
        ]
        for c in report.claims
    ]
    table = tabulate(
        rows,
        headers=["where", "figure", "hedge", "unit", "metric", "subject", "source", "as of"],
        tablefmt="simple",
        disable_numparse=True,
    )
    return f"{table}\n{plural(len(report.claims), 'figure')} in {plural(len(report.files), 'file')}"


FORMAT = Format("table", "a table per draft and a summary", render, render_claims)
