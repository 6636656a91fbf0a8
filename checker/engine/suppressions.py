"""Inline suppressions in drafts, as HTML comments (invisible when the draft is published):

    <!-- numcheck: ignore -->
        all checks, on this line (or the next, if the comment is alone)
    <!-- numcheck: ignore unsupported, inconsistent -->
        only these checks
    <!-- numcheck: off -->  ...  <!-- numcheck: on -->
        a region (checks may be listed after off/on too)

`parse(document)` returns a `Suppressions` object; `suppressed(check, line)` says whether a finding
is hidden. The engine reports unknown check names in a comment as problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_COMMENT = re.compile(
    r"<!--\s*numcheck\s*:\s*(?P<verb>ignore|off|on)\b(?P<checks>[^>]*?)\s*-->", re.IGNORECASE
)
_NAMES = re.compile(r"[,\s]+")
ALL = "*"


@dataclass
class Suppressions:
    lines: dict[int, set[str]] = field(default_factory=dict)  # line -> checks ignored there
    regions: list[tuple[int, int, set[str]]] = field(
        default_factory=list
    )  # (first line, last line, checks)
    names: list[tuple[int, int, str]] = field(
        default_factory=list
    )  # every check named, with its position

    def suppressed(self, check: str, line: int) -> bool:
        on_line = self.lines.get(line, set())
        if ALL in on_line or check in on_line:
            return True
        return any(
            first <= line <= last and (ALL in checks or check in checks)
            for first, last, checks in self.regions
        )


def _checks(text: str) -> set[str]:
    names = {r.strip() for r in _NAMES.split(text) if r.strip()}
    return names or {ALL}


def parse(document) -> Suppressions:
    result = Suppressions()
    open_regions: dict[str, int] = {}
    for m in _COMMENT.finditer(document.text):
        line, column = document.position(m.start())
        checks = _checks(m.group("checks"))
        for name in checks - {ALL}:
            result.names.append((line, column, name))
        verb = m.group("verb").lower()
        if verb == "ignore":
            alone = not document.line_text(line).replace(m.group(0), "").strip()
            target = line + 1 if alone else line
            result.lines.setdefault(target, set()).update(checks)
        elif verb == "off":
            for check in checks:
                open_regions.setdefault(check, line)
        else:
            for check in checks if checks != {ALL} else set(open_regions):
                first = open_regions.pop(check, None)
                if first is not None:
                    result.regions.append((first, line, {check}))
    last_line = len(document.line_starts)
    for check, first in open_regions.items():
        result.regions.append((first, last_line, {check}))
    return result
