"""Reading drafts: bytes on disk -> `Document` (text, 1-based positions, draft date).

Owns every input-file failure mode (missing, unreadable, binary, non-UTF-8, empty) and the
offset -> (line, column) mapping that every later stage reports through.
"""

from __future__ import annotations

import bisect
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError, Problem

DRAFT_SUFFIXES = (".txt", ".md", ".markdown")

# A date line near the top of a draft: "date 2025-02-27", "Date: 2025-02-27", or YAML front matter "date: 2025-02-27".
_DATE_LINE = re.compile(r"^\s*(?:date|dated|published)\s*:?\s*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE | re.MULTILINE)
_DATE_LINE_SCAN = 2000  # characters from the top searched for a date line


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    date: dt.date | None = None
    line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, path: str = "<string>", date: dt.date | None = None) -> "Document":
        starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]
        return cls(path=path, text=text, date=date or find_draft_date(text), line_starts=tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


def find_draft_date(text: str) -> dt.date | None:
    """The draft's own date from a date line or front matter near the top, if any."""
    match = _DATE_LINE.search(text[:_DATE_LINE_SCAN])
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def read_text(path) -> str:
    """UTF-8 text of a file, or InputError naming what is wrong and where."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(Problem(name, "no such file")) from None
    except IsADirectoryError:
        raise InputError(Problem(name, "is a directory, expected a file")) from None
    except PermissionError:
        raise InputError(Problem(name, "permission denied")) from None
    except OSError as exc:
        raise InputError(Problem(name, f"cannot read: {exc.strerror or exc}")) from None
    if b"\x00" in data[:8192]:
        raise InputError(Problem(name, "binary file (contains NUL bytes), expected UTF-8 text")) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start].decode("utf-8", errors="replace").removeprefix("\ufeff")
        breaks = list(re.finditer(r"\r\n|\n|\r", prefix))
        line = len(breaks) + 1
        column = len(prefix) - (breaks[-1].end() if breaks else 0) + 1
        raise InputError(Problem(name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line, column)) from None
    return text.removeprefix("\ufeff")


def read(path, date: dt.date | None = None) -> Document:
    """Read one draft. `date` (from --date) overrides a date line in the draft."""
    text = read_text(path)
    if not text.strip():
        raise InputError(Problem(str(path), "empty file, nothing to check"))
    doc = Document.from_text(text, str(path))
    return doc if date is None else Document(doc.path, doc.text, date, doc.line_starts)


def expand_paths(paths) -> tuple[list[str], list[Problem]]:
    """Drafts named on the command line: files as given, directories walked for .txt/.md (sorted)."""
    files, problems = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(Path(root) / name)
                for root, dirs, names in os.walk(path)
                for name in names
                if name.lower().endswith(DRAFT_SUFFIXES) and not name.startswith(".")
            )
            if not found:
                problems.append(Problem(str(raw), "directory holds no .txt or .md drafts"))
            files.extend(found)
        else:
            files.append(str(raw))
    return files, problems
