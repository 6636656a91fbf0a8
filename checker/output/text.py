"""text (the default): ruff's and Vale's compact form, one finding per line as
`path:line:col  severity  rule  message`, wrapped to the terminal's width (not wrapped into a pipe),
the suggestion under it, then a one-line summary. `extract` prints the table of figures."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap

from checker import regex_cache
from checker.output.base import Format, Report, location, related, summary
from checker.output.table import render_claims

_INDENT = "    "
_NARROWEST = 40


UNWRAPPED = 1_000_000  # into a pipe or a file: a finding's message stays on its line, for grep


def width() -> int:
    """COLUMNS, else the terminal's width, never under 40; not a terminal: no wrapping."""
    if os.environ.get("COLUMNS", "").isdigit():
        return max(_NARROWEST, int(os.environ["COLUMNS"]))
    if not sys.stdout.isatty():
        return UNWRAPPED
    return max(_NARROWEST, shutil.get_terminal_size((100, 24)).columns)


_WRAPS = regex_cache.compile(
    r"[\t\n\r\x0b\x0c]|  "
)  # what textwrap would change in a line that fits


def _fill(text: str, columns: int, first: str, rest: str, hyphens: bool = True) -> str:
    """textwrap.fill, skipped when the text fits after `first` as it is (one line, single spaces,
    nothing to strip): the common case into a pipe, where nothing is wrapped."""
    if text and len(first) + len(text) <= columns and text == text.strip():
        if not _WRAPS.search(text):
            return first + text
    return textwrap.fill(
        text, columns, initial_indent=first, subsequent_indent=rest, break_on_hyphens=hyphens
    )


def render(report: Report, columns: int | None = None) -> str:
    columns = columns or width()
    out = []
    for f in report.findings:
        head = f"{location(f.path, f.line, f.column)}  {f.severity.value}  {f.check}  "
        out.append(
            _fill(f.message, columns, head, _INDENT, hyphens=False)
            if len(head) < columns - _NARROWEST // 2
            else head.rstrip() + "\n" + _fill(f.message, columns, _INDENT, _INDENT)
        )
        if f.related:
            out.append(_fill(related(f), columns, f"{_INDENT}see: ", _INDENT + "     "))
        if f.suggestion:
            out.append(
                _fill(f.suggestion, columns, f"{_INDENT}fix: ", _INDENT + "     ", hyphens=False)
            )
    if out:
        out.append("")
    out.append(summary(report))
    return "\n".join(out)


FORMAT = Format(
    "text", "one finding per line, fitted to the terminal, and a summary", render, render_claims
)
