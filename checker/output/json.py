"""json: findings, claims and input errors as one JSON document (`rule` is the check's id)."""

from __future__ import annotations

import json

from checker.output.base import Format, Report


def render(report: Report) -> str:
    return json.dumps(
        {
            "findings": [f.to_dict() for f in report.findings],
            "claims": [c.to_dict() for c in report.claims],
            "errors": [str(p) for p in report.problems],
        },
        indent=2,
        ensure_ascii=False,
    )


def render_claims(report: Report) -> str:
    return json.dumps(
        {
            "claims": [c.to_dict() for c in report.claims],
            "errors": [str(p) for p in report.problems],
        },
        indent=2,
        ensure_ascii=False,
    )


FORMAT = Format(
    "json", "findings, claims and errors as JSON", render, render_claims, needs_claims=True
)
