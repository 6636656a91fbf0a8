"""rdjson: reviewdog's diagnostic format (one JSON document), for review comments on a pull request.

See https://github.com/reviewdog/reviewdog/tree/master/proto/rdf: `source`, `severity` and one
diagnostic per finding with its message, location (path, line, column) and code (the check's id).
"""

from __future__ import annotations

import json

from checker.model import Severity
from checker.output.base import Format, Report

_SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _byte_column(text: str | None, line: int, column: int) -> int:
    """reviewdog counts columns in UTF-8 bytes ("é" is two); numcheck counts characters."""
    if not text:
        return column
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return column
    return len(lines[line - 1][: column - 1].encode("utf-8")) + 1


def _location(path: str, text: str | None, line: int, column: int, excerpt: str) -> dict:
    """The draft's path and the excerpt's range on its line, in UTF-8 byte columns."""
    start = {"line": line, "column": _byte_column(text, line, column)}
    end = {"line": line, "column": _byte_column(text, line, column + len(excerpt))}
    return {"path": path, "range": {"start": start, "end": end}}


def _diagnostic(finding, text: str | None = None) -> dict:
    message = finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")
    diagnostic = {
        "message": message,
        "location": _location(finding.path, text, finding.line, finding.column, finding.excerpt),
        "severity": _SEVERITY[finding.severity],
        "code": {"value": finding.check},
    }
    if finding.related:
        diagnostic["related_locations"] = [
            {"message": f"'{place[2]}'", "location": _location(finding.path, text, *place)}
            for place in finding.related
        ]
    return diagnostic


def render(report: Report) -> str:
    return json.dumps(
        {
            "source": {"name": "numcheck"},
            "diagnostics": [_diagnostic(f, report.texts.get(f.path)) for f in report.findings],
        },
        indent=2,
        ensure_ascii=False,
    )


FORMAT = Format("rdjson", "reviewdog diagnostics (rdjson)", render, needs_texts=True)
