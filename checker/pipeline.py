"""The pipeline for one draft: read -> claims -> checks -> suppressions. No printing here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from checker import checks, claims, document, suppressions
from checker.errors import InputError, Problem
from checker.findings import Finding
from checker.references import ReferenceSet
from checker.rules import RulePack


@dataclass
class FileResult:
    path: str
    claims: list = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


REFERENCE_CHECKS = ("contradiction", "misattribution", "overstatement", "unsupported", "unattributed")


def enabled_checks(select=(), ignore=(), have_references: bool = True) -> list[str]:
    checks.validate_names([*select, *ignore])
    names = list(select) if select else list(checks.REGISTRY)
    if not have_references:
        names = [n for n in names if n not in REFERENCE_CHECKS]
    return [n for n in names if n not in ignore]


def _read_and_extract(path: str, rules: RulePack, date: dt.date | None, default_subject: str | None):
    result = FileResult(path)
    try:
        doc = document.read(path, date)
    except InputError as exc:
        result.problems = exc.problems
        return result, None, []
    reading = claims.read(doc, rules, default_subject)
    result.claims = reading.claims
    return result, doc, reading.source_problems


def extract_file(path: str, rules: RulePack, date: dt.date | None, default_subject: str | None) -> FileResult:
    return _read_and_extract(path, rules, date, default_subject)[0]


def check_file(path: str, references: ReferenceSet, rules: RulePack, date: dt.date | None,
               enabled: list[str]) -> FileResult:
    result, doc, source_problems = _read_and_extract(path, rules, date, references.subject)
    if doc is None:
        return result
    found = checks.run(result.claims, references, rules, doc, enabled, source_problems)
    hidden = suppressions.parse(doc)
    for line, column, name in hidden.names:
        if name not in checks.REGISTRY:
            result.problems.append(Problem(path, f"unknown rule {name!r} in a numcheck comment "
                                                 f"(valid: {', '.join(checks.REGISTRY)})", line, column))
    result.findings = [f for f in found if not hidden.suppressed(f.rule, f.line)]
    return result
