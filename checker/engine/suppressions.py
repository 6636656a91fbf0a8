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

from checker import regex_cache

# Bounded: a comment's check list is at most _LIST_CHARS long and never crosses another tag, so
# a run of unterminated comments or a sea of spaces costs linear time.
_LIST_CHARS = 1000
_START = regex_cache.compile(r"<!--[ \t]{0,40}numcheck\b", re.IGNORECASE)
_COMMENT = regex_cache.compile(
    rf"<!--\s{{0,40}}numcheck\s{{0,40}}:\s{{0,40}}(?P<verb>ignore|off|on)\b"
    rf"(?P<checks>[^<>]{{0,{_LIST_CHARS}}}?)-->",
    re.IGNORECASE,
)
_FORM = "<!-- numcheck: ignore|off|on [CHECK...] -->"
_NAMES = regex_cache.compile(r"[,\s]+")
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
    malformed: list[tuple[int, int, str]] = field(default_factory=list)  # line, column, what

    def suppressed(self, check: str, line: int) -> bool:
        on_line = self.lines.get(line, set())
        if ALL in on_line or check in on_line:
            return True
        return any(
            first <= line <= last and (ALL in checks or check in checks)
            for first, last, checks in self.regions
        )


def _what_is_wrong(text: str, after: int) -> str:
    window = text[after : after + _LIST_CHARS + 40]
    if "-->" not in window.split("<", 1)[0]:
        return f"numcheck comment without its closing -->; expected {_FORM}"
    return f"numcheck comment not understood; expected {_FORM}"


def _checks(text: str) -> set[str]:
    names = {r.strip() for r in _NAMES.split(text) if r.strip()}
    return names or {ALL}


def parse(document) -> Suppressions:
    result = Suppressions()
    open_regions: dict[str, int] = {}
    for start in _START.finditer(document.text):
        m = _COMMENT.match(document.text, start.start())
        line, column = document.position(start.start())
        if m is None:
            result.malformed.append((line, column, _what_is_wrong(document.text, start.end())))
            continue
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
