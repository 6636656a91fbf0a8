"""json: findings, claims and input errors as one JSON document (`rule` is the check's id)."""

from __future__ import annotations

import json

from checker import regex_cache
from checker.errors import shown
from checker.output.base import Format, Report

_UNDECODABLE = regex_cache.compile(
    "[\ud800-\udfff]"
)  # how Python keeps a file name's undecodable bytes


def _named(item: dict) -> dict:
    """A file name that is not valid Unicode (an undecodable byte) is written as its escape, so
    the document stays valid UTF-8 text."""
    path = item.get("path")
    if isinstance(path, str) and _UNDECODABLE.search(path):
        item["path"] = _UNDECODABLE.sub(lambda m: shown(m.group()), path)
    return item


def render(report: Report) -> str:
    return json.dumps(
        {
            "findings": [_named(f.to_dict()) for f in report.findings],
            "claims": [_named(c.to_dict()) for c in report.claims],
            "errors": [str(p) for p in report.problems],
        },
        indent=2,
        ensure_ascii=False,
    )


def render_claims(report: Report) -> str:
    return json.dumps(
        {
            "claims": [_named(c.to_dict()) for c in report.claims],
            "errors": [str(p) for p in report.problems],
        },
        indent=2,
        ensure_ascii=False,
    )


FORMAT = Format(
    "json", "findings, claims and errors as JSON", render, render_claims, needs_claims=True
)
