"""A draft in memory: its text, where each line starts, and the date given for it (if any)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from checker.errors import InputError, Problem
from checker.inputs.files import read_text

_LINE_BREAK = re.compile(r"\r\n|\n|\r")


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    date: dt.date | None = None  # the draft's date from --date; else reading finds a date line
    line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_text(
        cls, text: str, path: str = "<string>", date: dt.date | None = None
    ) -> "Document":
        starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        return cls(path=path, text=text, date=date, line_starts=tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


def read(path, date: dt.date | None = None) -> Document:
    """Read one draft. `date` (from --date) overrides a date line in the draft."""
    text = read_text(path)
    if not text.strip():
        raise InputError(Problem(str(path), "empty file, nothing to check"))
    return Document.from_text(text, str(path), date)
