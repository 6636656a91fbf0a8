"""Where each character of a draft's extracted text came from in its source file.

An HTML draft is checked as its visible text, but an editor looks for a finding in the file they
wrote, so positions are mapped back. The map is a list of pieces: a piece copied character for
character from the source maps each offset to its twin; a piece that stands for some markup (an
entity such as `&nbsp;`, a line break standing for `<p>`) maps every offset to where that markup
starts.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class OffsetMap:
    starts: list[int] = field(default_factory=list)  # offset in the text where each piece starts
    sources: list[int] = field(default_factory=list)  # offset in the source where it came from
    copied: list[bool] = field(default_factory=list)  # copied character for character?
    length: int = 0

    def add(self, size: int, source: int, copied: bool) -> None:
        """The next `size` characters of the text came from `source` (copied, or standing in)."""
        if size <= 0:
            return
        self.starts.append(self.length)
        self.sources.append(source)
        self.copied.append(copied)
        self.length += size

    def source(self, offset: int) -> int:
        """The source offset of text offset `offset` (past the end: the last piece's end)."""
        if not self.starts:
            return offset
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        inside = offset - self.starts[index]
        return self.sources[index] + (inside if self.copied[index] else 0)
