"""What every output format shares: the `Report` it renders, the `Format` it declares, and small
helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any, Callable

from checker.errors import Problem
from checker.model import Claim, Finding, Severity


@dataclass
class Report:
    """Everything one run found: findings and claims of every draft, and every input problem; for
    the discrepancy report also the drafts' texts, the reference set and the lexicon that names its
    sources."""

    findings: list[Finding] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # draft path -> its text
    references: Any = None  # the ReferenceSet the drafts were checked against, if any
    lexicon: Any = None
    date: dt.date | None = None  # when the report was made
    fail_on: str = "error"


_SPACE = re.compile(r"\s+")


def fingerprint(finding: Finding) -> str:
    """A finding's identity across runs: its check, its draft and the figure (or name) in the words
    of its sentence, not its line or column, so edits elsewhere in the draft keep it."""
    context = finding.claim.sentence if finding.claim is not None else finding.excerpt
    key = "\x1f".join((finding.check, finding.path, finding.excerpt, _SPACE.sub(" ", context)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Format:
    """An output format: `check` renders a check run's report, `extract` (optional) a list of
    claims. A renderer returns the text to print, or None to print nothing."""

    name: str
    description: str
    check: Callable[[Report], str | None]
    extract: Callable[[Report], str | None] | None = None


def plural(count: int, noun: str) -> str:
    """'1 figure', '2 figures'."""
    return f"{count} {noun}{'s' * (count != 1)}"


def wrap(text: str, width: int) -> str:
    """Wrap a cell ourselves: tabulate's own wrapping re-parses cells such as '1,000' as numbers."""
    return textwrap.fill(text, width) if text else text


def location(path: str, line: int, column: int) -> str:
    return f"{path}:{line}:{column}"


def summary(report: Report) -> str:
    counts = {s: sum(f.severity is s for f in report.findings) for s in Severity}
    return (
        f"{plural(len(report.findings), 'finding')} "
        f"({counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, "
        f"{counts[Severity.INFO]} info) "
        f"in {plural(len(report.files), 'file')}, {plural(len(report.claims), 'figure')} checked"
    )
