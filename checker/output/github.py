"""github: GitHub Actions workflow commands, shown as annotations on a pull request's changed
files."""

from __future__ import annotations

from checker.model import Severity
from checker.output.base import Format, Report

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _escape(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    return "\n".join(
        f"::{_LEVEL[f.severity]} file={_property(f.path)},line={f.line},col={f.column},"
        f"title=numcheck {_property(f.check)}::"
        f"{_escape(f.message + (' — ' + f.suggestion if f.suggestion else ''))}"
        for f in report.findings
    )


FORMAT = Format("github", "GitHub Actions annotations", render)
