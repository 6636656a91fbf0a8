"""rdjson: reviewdog's diagnostic format (one JSON document), for review comments on a pull request.

See https://github.com/reviewdog/reviewdog/tree/master/proto/rdf: `source`, `severity` and one
diagnostic per finding with its message, location (path, line, column) and code (the check's id).
"""

from __future__ import annotations

import json

from checker.model import Severity
from checker.output.base import Format, Report

_SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _diagnostic(finding) -> dict:
    message = finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")
    start = {"line": finding.line, "column": finding.column}
    end = {"line": finding.line, "column": finding.column + len(finding.excerpt)}
    return {
        "message": message,
        "location": {"path": finding.path, "range": {"start": start, "end": end}},
        "severity": _SEVERITY[finding.severity],
        "code": {"value": finding.check},
    }


def render(report: Report) -> str:
    return json.dumps(
        {"source": {"name": "numcheck"}, "diagnostics": [_diagnostic(f) for f in report.findings]},
        indent=2,
        ensure_ascii=False,
    )


FORMAT = Format("rdjson", "reviewdog diagnostics (rdjson)", render)
