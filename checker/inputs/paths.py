"""The drafts named on the command line: files as given, directories walked for drafts (sorted),
skipping hidden files and folders, Word's lock files and numcheck's own saved reports (a `.txt` or
`.html` report saved beside the drafts is not a draft)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from checker import regex_cache
from checker.errors import Problem

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx")
_NOT_DRAFTS = (".", "~$")  # hidden files, and the lock files Word leaves beside an open document
_SUMMARY = regex_cache.compile(r"^\d+ findings? \(\d+ error, \d+ warning, \d+ info\) in \d+ files?")
_FINDING_LINE = regex_cache.compile(r"^\S+:\d+:\d+:? +(?:error|warning|info)\b")
_REPORT_HEAD = regex_cache.compile(r'\A(?:# numcheck discrepancy report|\{\s*"findings")')
_HTML_REPORT = regex_cache.compile(r"<title>numcheck discrepancy report</title>")
# SARIF, rdjson and JUnit name their tool near the top; GitHub annotations say numcheck per line
_MACHINE_REPORT = regex_cache.compile(
    r'\A\s*(?:\{[^{}]{0,300}"(?:\$schema|source|tool)"|<\?xml[^>]{0,100}\?>\s*<testsuites)'
    r".{0,600}numcheck|\A::(?:error|warning|notice) file=[^\n]{0,2000}title=numcheck ",
    re.DOTALL,
)
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
        bool(_REPORT_HEAD.match(head) or _HTML_REPORT.search(head) or _MACHINE_REPORT.match(head))
        or (bool(last) and bool(_SUMMARY.match(last[-1])))
        or all(_FINDING_LINE.match(line) for line in lines[:5])
    )


def _walk(folder: Path) -> tuple[list[str], list[Problem]]:
    """Every draft under `folder`, sorted: an explicit stack rather than recursion (a tree a
    thousand folders deep is fine), symbolic links to folders not followed (no loops), and a folder
    that cannot be read named rather than skipped in silence."""
    found, problems, stack = [], [], [str(folder)]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Problem(current, f"cannot read this folder: {exc.strerror or exc}"))
            continue
        for entry in listed:
            if entry.name.startswith(_NOT_DRAFTS):
                continue
            if _is_dir(entry):
                stack.append(entry.path)
            elif entry.name.lower().endswith(DRAFT_SUFFIXES) and not _saved_report(entry):
                found.append(entry.path)  # a pipe named like a draft is kept: reading refuses it
    return sorted(found), problems


def _saved_report(entry: os.DirEntry) -> bool:
    """numcheck's own report saved beside the drafts (only regular files are opened to see)."""
    try:
        regular = entry.is_file()
    except OSError:
        return False
    return regular and is_report(Path(entry.path))


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def expand_paths(paths) -> tuple[list[str], list[Problem]]:
    files, problems = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, unreadable = _walk(path)
            problems += unreadable
            if not found and not unreadable:
                problems.append(
                    Problem(
                        str(raw), "directory holds no drafts (" + ", ".join(DRAFT_SUFFIXES) + ")"
                    )
                )
            files.extend(found)
        else:
            files.append(str(raw))
    return files, problems
