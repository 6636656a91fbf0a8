"""The drafts named on the command line: files as given, directories walked for drafts (sorted),
skipping hidden files and folders, Word's lock files and numcheck's own saved reports (a `.txt` or
`.html` report saved beside the drafts is not a draft)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from checker.errors import Problem

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx")
_NOT_DRAFTS = (".", "~$")  # hidden files, and the lock files Word leaves beside an open document
_SUMMARY = re.compile(r"^\d+ findings? \(\d+ error, \d+ warning, \d+ info\) in \d+ files?")
_FINDING_LINE = re.compile(r"^\S+:\d+:\d+:? +(?:error|warning|info)\b")
_REPORT_HEAD = re.compile(r'\A(?:# numcheck discrepancy report|\{\s*"findings")')
_HTML_REPORT = re.compile(r"<title>numcheck discrepancy report</title>")
_PEEK = 4096


def is_report(path: Path) -> bool:
    """Does the file look like numcheck's own output (text, table, line, Markdown report)?"""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_PEEK).decode("utf-8", "replace")
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - _PEEK))
            tail = handle.read(_PEEK).decode("utf-8", "replace")
    except OSError:
        return False
    lines = [line for line in head.splitlines() if line.strip()]
    last = [line for line in tail.splitlines() if line.strip()]
    return bool(lines) and (
        bool(_REPORT_HEAD.match(head) or _HTML_REPORT.search(head))
        or (bool(last) and bool(_SUMMARY.match(last[-1])))
        or all(_FINDING_LINE.match(line) for line in lines[:5])
    )


def _walk(folder: Path) -> list[str]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(root) / name
            if name.lower().endswith(DRAFT_SUFFIXES) and not name.startswith(_NOT_DRAFTS):
                if not is_report(path):
                    found.append(str(path))
    return sorted(found)


def expand_paths(paths) -> tuple[list[str], list[Problem]]:
    files, problems = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _walk(path)
            if not found:
                problems.append(
                    Problem(
                        str(raw), "directory holds no drafts (" + ", ".join(DRAFT_SUFFIXES) + ")"
                    )
                )
            files.extend(found)
        else:
            files.append(str(raw))
    return files, problems
