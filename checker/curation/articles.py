"""The trusted articles a skeleton is written from: read like drafts (any format), each with its
figures, its address and its date; and the packs a skeleton names, written so that the file works
from its own folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from checker import inputs, reading
from checker.curation.skeleton import Article
from checker.errors import InputError, Problem
from checker.lexicon import Lexicon
from checker.lexicon.packs import TOPICS_DIR
from checker.reading import Known


def read_articles(
    paths, lexicon: Lexicon, known: Known, date: dt.date | None = None
) -> tuple[list[Article], list[Problem]]:
    files, problems = inputs.expand_paths(paths)
    found = []
    for path in files:
        try:
            document = inputs.read(path, date)
        except InputError as exc:
            problems += exc.problems
            continue
        read = reading.read(document, lexicon, None, known)
        found.append(Article(document.url or path, read.claims, read.date))
    return found, problems


def pack_names(packs: list[Path], folder: Path) -> list[str]:
    """Shipped topics by name, other packs relative to `folder` (the skeleton's), once each."""
    names: list[str] = []
    for pack in packs:
        shipped = pack.resolve().parent == TOPICS_DIR.resolve()
        name = pack.name if shipped else os.path.relpath(pack.resolve(), folder)
        if name not in names:
            names.append(name)
    return names
