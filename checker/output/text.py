"""text (the default): ruff's and Vale's compact form, one finding per line as
`path:line:col  severity  rule  message`, wrapped to the terminal's width (not wrapped into a pipe),
the suggestion under it, then a one-line summary. `extract` prints the table of figures."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap

from checker.output.base import Format, Report, location, summary
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


def render(report: Report, columns: int | None = None) -> str:
    columns = columns or width()
    out = []
    for f in report.findings:
        head = f"{location(f.path, f.line, f.column)}  {f.severity.value}  {f.check}  "
        out.append(
            textwrap.fill(
                f.message,
                columns,
                initial_indent=head,
                subsequent_indent=_INDENT,
                break_on_hyphens=False,
            )
            if len(head) < columns - _NARROWEST // 2
            else head.rstrip()
            + "\n"
            + textwrap.fill(f.message, columns, initial_indent=_INDENT, subsequent_indent=_INDENT)
        )
        if f.suggestion:
            out.append(
                textwrap.fill(
                    f.suggestion,
                    columns,
                    initial_indent=f"{_INDENT}fix: ",
                    subsequent_indent=_INDENT + "     ",
                    break_on_hyphens=False,
                )
            )
    if out:
        out.append("")
    out.append(summary(report))
    return "\n".join(out)


FORMAT = Format(
    "text", "one finding per line, fitted to the terminal, and a summary", render, render_claims
)
