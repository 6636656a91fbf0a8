"""sarif: SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards.

One run; every check is a rule (its id, description, default level and examples); every finding a
result with its location and a `partialFingerprints` entry that stays the same across runs and
unrelated edits (`engine.baseline.fingerprint`), so alerts are not duplicated. Input problems are
tool notifications. Valid against the OASIS schema kept in tests/schemas/.
"""

from __future__ import annotations

import json
import os
from importlib import metadata
from pathlib import Path

from checker.checks import REGISTRY
from checker.engine.baseline import fingerprint
from checker.model import Severity
from checker.output.base import Format, Report

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_RULES = list(REGISTRY)


def _uri(path: str) -> str:
    """A path relative to the working directory when under it, with forward slashes."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_uri()


def _version() -> str:
    try:
        return metadata.version("numcheck")
    except metadata.PackageNotFoundError:
        return "0"


def _rule(name: str) -> dict:
    check = REGISTRY[name]
    return {
        "id": name,
        "name": name.replace("-", " ").title().replace(" ", ""),
        "shortDescription": {"text": check.description},
        "fullDescription": {"text": check.description},
        "defaultConfiguration": {"level": _LEVEL[check.severity]},
        "help": {
            "text": f"Fires on: {check.failing}\nQuiet on: {check.passing}",
            "markdown": f"Fires on: *{check.failing}*\n\nQuiet on: *{check.passing}*",
        },
    }


def _location(path: str, line: int, column: int, excerpt: str) -> dict:
    """A physical location: the draft's URI and the excerpt's region on its line."""
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path)},
            "region": {
                "startLine": line,
                "startColumn": column,
                "endColumn": column + max(1, len(excerpt)),
                "snippet": {"text": excerpt},
            },
        }
    }


def _result(finding) -> dict:
    text = finding.message + (
        f" Suggested fix: {finding.suggestion}." if finding.suggestion else ""
    )
    result = {
        "ruleId": finding.check,
        "ruleIndex": _RULES.index(finding.check),
        "level": _LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [_location(finding.path, finding.line, finding.column, finding.excerpt)],
        "partialFingerprints": {"numcheck/v1": fingerprint(finding)},
    }
    if finding.related:
        result["relatedLocations"] = [
            {"id": i, **_location(finding.path, *place), "message": {"text": f"'{place[2]}'"}}
            for i, place in enumerate(finding.related, 1)
        ]
    return result


def _notification(problem) -> dict:
    note = {"level": "error", "message": {"text": problem.message}}
    if problem.path:
        location = {"artifactLocation": {"uri": _uri(problem.path)}}
        if problem.line:
            location["region"] = {"startLine": problem.line, "startColumn": problem.column or 1}
        note["locations"] = [{"physicalLocation": location}]
    return note


def render(report: Report) -> str:
    run = {
        "tool": {
            "driver": {
                "name": "numcheck",
                "version": _version(),
                "rules": [_rule(name) for name in _RULES],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not report.problems,
                "toolExecutionNotifications": [_notification(p) for p in report.problems],
                "workingDirectory": {"uri": Path(os.getcwd()).resolve().as_uri()},
            }
        ],
        "results": [_result(f) for f in report.findings],
    }
    return json.dumps(
        {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False
    )


FORMAT = Format("sarif", "SARIF 2.1.0, for GitHub code scanning", render)
