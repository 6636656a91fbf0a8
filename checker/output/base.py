"""What every output format shares: the `Report` it renders, the `Format` it declares, and small
helpers."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Callable

from checker.engine.run import Report
from checker.errors import shown
from checker.model import Severity


@dataclass(frozen=True)
class Format:
    """An output format: `check` renders a check run's report, `extract` (optional) a list of
    claims. A renderer returns the text to print, or None to print nothing."""

    name: str
    description: str
    check: Callable[[Report], str | None]
    extract: Callable[[Report], str | None] | None = None
    needs_texts: bool = False  # the drafts' texts (kept in memory for the whole run only if so)
    needs_claims: bool = False  # every figure read, not only those with findings (likewise)


def plural(count: int, noun: str) -> str:
    """'1 figure', '2 figures'."""
    return f"{count} {noun}{'s' * (count != 1)}"


def tabulate(*args, **kwargs) -> str:
    """tabulate's table, imported when a table is drawn rather than on every start."""
    from tabulate import tabulate as draw

    return draw(*args, **kwargs)


def wrap(text: str, width: int) -> str:
    """Wrap a cell ourselves: tabulate's own wrapping re-parses cells such as '1,000' as numbers."""
    return textwrap.fill(text, width) if text else text


def location(path: str, line: int, column: int) -> str:
    return f"{shown(path)}:{line}:{column}"


def related(finding) -> str:
    """The other figures a finding points at, as 'line:col 'excerpt'' joined by '; ' (empty when
    none): "7:97 '2,207'; 7:183 '1,500'"."""
    return "; ".join(f"{line}:{column} '{excerpt}'" for line, column, excerpt in finding.related)


def summary(report: Report) -> str:
    counts = {s: sum(f.severity is s for f in report.findings) for s in Severity}
    figures = report.figures or len(report.claims)
    return (
        f"{plural(len(report.findings), 'finding')} "
        f"({counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, "
        f"{counts[Severity.INFO]} info) "
        f"in {plural(len(report.files), 'file')}, {plural(figures, 'figure')} checked"
        + _problems(report)
    )


def _problems(report: Report) -> str:
    """'; 1 input problem (on stderr)': a broken input never looks like a clean run."""
    if not report.problems:
        return ""
    return f"; {plural(len(report.problems), 'input problem')} (on stderr)"
