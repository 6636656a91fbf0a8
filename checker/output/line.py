"""line: one finding per line, `path:line:col: severity check: message (suggestion)`, for editors
and grep."""

from __future__ import annotations

from checker.output.base import Format, Report, location


def render(report: Report) -> str | None:
    rows = [
        f"{location(f.path, f.line, f.column)}: {f.severity.value} {f.check}: {f.message}"
        + (f" ({f.suggestion})" if f.suggestion else "")
        for f in report.findings
    ]
    return "\n".join(rows) if rows else None


FORMAT = Format("line", "one finding per line, for editors and grep", render)
