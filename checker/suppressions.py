"""Inline suppressions in drafts, as HTML comments (invisible when the draft is published):

    <!-- numcheck: ignore -->                     all rules, on this line (or the next, if the comment is alone on its line)
    <!-- numcheck: ignore unsupported, inconsistent -->   only these rules
    <!-- numcheck: off -->  ...  <!-- numcheck: on -->     a region (rules may be listed after off/on too)

`parse(document)` returns a `Suppressions` object; `suppressed(finding)` says whether it is hidden.
Unknown rule names in a comment are reported as problems by the CLI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_COMMENT = re.compile(r"<!--\s*numcheck\s*:\s*(?P<verb>ignore|off|on)\b(?P<rules>[^>]*?)\s*-->", re.IGNORECASE)
ALL = "*"


@dataclass
class Suppressions:
    lines: dict[int, set[str]] = field(default_factory=dict)  # line -> rules ignored there
    regions: list[tuple[int, int, set[str]]] = field(default_factory=list)  # (first line, last line, rules)
    names: list[tuple[int, int, str]] = field(default_factory=list)  # every rule named, with its position

    def suppressed(self, rule: str, line: int) -> bool:
        on_line = self.lines.get(line, set())
        if ALL in on_line or rule in on_line:
            return True
        return any(first <= line <= last and (ALL in rules or rule in rules) for first, last, rules in self.regions)


def _rules(text: str) -> set[str]:
    names = {r.strip() for r in re.split(r"[,\s]+", text) if r.strip()}
    return names or {ALL}


def parse(document) -> Suppressions:
    result = Suppressions()
    open_regions: dict[str, int] = {}
    for m in _COMMENT.finditer(document.text):
        line, column = document.position(m.start())
        rules = _rules(m.group("rules"))
        for name in rules - {ALL}:
            result.names.append((line, column, name))
        verb = m.group("verb").lower()
        if verb == "ignore":
            alone = not document.line_text(line).replace(m.group(0), "").strip()
            target = line + 1 if alone else line
            result.lines.setdefault(target, set()).update(rules)
        elif verb == "off":
            for rule in rules:
                open_regions.setdefault(rule, line)
        else:
            for rule in rules if rules != {ALL} else set(open_regions):
                first = open_regions.pop(rule, None)
                if first is not None:
                    result.regions.append((first, line, {rule}))
    last_line = len(document.line_starts)
    for rule, first in open_regions.items():
        result.regions.append((first, last_line, {rule}))
    return result
