"""A draft in memory: the text to check, where each line of its file starts, its date and its
per-draft settings, read from a plain-text, Markdown (front matter included), HTML or Word file.

Positions are always the file's: an HTML draft's visible text maps back through its `OffsetMap`;
a Word draft's line is its paragraph.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePath

from checker import regex_cache
from checker.errors import InputError, Problem
from checker.inputs import docx, front_matter, html
from checker.inputs.files import decode, read_bytes
from checker.inputs.offsets import OffsetMap

_LINE_BREAK = regex_cache.compile(r"\r\n|\n|\r")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WORD_SUFFIXES = (".docx",)


@dataclass(frozen=True)
class Document:
    path: str
    text: str  # what is checked
    # --date, else the front matter's or the page's; else reading finds a date line
    date: dt.date | None = None
    line_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)  # in `source`
    slug: str | None = None
    url: str | None = None  # an HTML page's own address
    settings: dict | None = field(default=None, compare=False)  # front matter `numcheck:`
    source: str | None = field(default=None, repr=False, compare=False)  # the file, when not `text`
    offsets: OffsetMap | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_text(
        cls, text: str, path: str = "<string>", date: dt.date | None = None, **extra
    ) -> "Document":
        source = extra.get("source")
        lines = source if source is not None else text
        starts = [0] + [m.end() for m in _LINE_BREAK.finditer(lines)]
        return cls(path=path, text=text, date=date, line_starts=tuple(starts), **extra)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of a character offset in `text`; columns count
        characters."""
        if self.offsets is not None:
            offset = self.offsets.source(offset)
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """Line `line` of the file as written."""
        lines = self.source if self.source is not None else self.text
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(lines)
        return lines[start:end].rstrip("\r\n")


def read(path, date: dt.date | None = None) -> Document:
    """Read one draft. `date` (from --date) overrides any date the draft gives."""
    name = str(path)
    suffix = PurePath(name).suffix.lower()
    data = read_bytes(path)
    if suffix in WORD_SUFFIXES:
        document = Document.from_text(docx.extract(data, name), name, date)
    else:
        text = decode(data, name)
        if suffix in HTML_SUFFIXES or html.is_html(text):
            page = html.extract(text)
            document = Document.from_text(
                page.text, name, date or page.date, source=text, offsets=page.offsets, url=page.url
            )
        else:
            found = front_matter.parse(text, name)
            document = Document.from_text(
                text, name, date or found.date, slug=found.slug, settings=found.settings
            )
    if not document.text.strip():
        raise InputError(Problem(name, "empty file, nothing to check"))
    return document
