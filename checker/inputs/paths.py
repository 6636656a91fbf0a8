"""The drafts named on the command line: files as given, directories walked for drafts (sorted)."""

from __future__ import annotations

import os
from pathlib import Path

from checker.errors import Problem

DRAFT_SUFFIXES = (".txt", ".md", ".markdown")


def expand_paths(paths) -> tuple[list[str], list[Problem]]:
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
