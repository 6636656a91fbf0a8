"""A lexicon for a test's own small story: a reference set, and the topic pack it names, written
from YAML text."""

from __future__ import annotations

import datetime as dt

from checker import references
from checker.inputs import Document
from checker.reading import extract


def lexicon_of(tmp_path, refs: str, pack: str | None = None):
    """The lexicon of the reference set `refs` (YAML without its `packs:` line) and, when `pack` is
    given, the topic pack written from it; the set must load without a problem."""
    head = ""
    if pack is not None:
        path = tmp_path / "pack.yaml"
        path.write_text(pack)
        head = f"packs: [{path}]\n"
    path = tmp_path / "refs.yaml"
    path.write_text(head + refs)
    _, lexicon, problems = references.open_sets([path])
    assert not problems
    return lexicon


def claims_in(text: str, lexicon, date: dt.date):
    """Every claim of `text` read as a draft of `date` with `lexicon` (no reference-set help)."""
    return extract(Document.from_text(text, "d.txt", date), lexicon)


def checked(tmp_path, refs: str, pack: str, text: str, date: dt.date):
    """`text` checked as a draft of `date` against the reference set `refs` and its topic pack
    (see `lexicon_of`), every check on: the result, with its claims and findings."""
    from checker.engine import Engine

    lexicon_of(tmp_path, refs, pack)
    found, lexicon, _ = references.open_sets([tmp_path / "refs.yaml"])
    return Engine(lexicon, found).check_document(Document.from_text(text, "d.txt", date))


def story_claims(slug: str, text: str, date: dt.date):
    """Every claim of `text` read as a draft of `date` with the lexicon and reference set of the
    held-out story `slug` (tests/stories_heldout/SLUG)."""
    from pathlib import Path

    story = Path(__file__).parents[1] / "stories_heldout" / slug
    return claims_known(story / "reference.yaml", text, date)


def claims_known(path, text: str, date: dt.date):
    """Every claim of `text` read as a draft of `date` with the lexicon of the reference set at
    `path`, and that set's help (which sources give which metrics)."""
    from checker.engine import known_from

    refs, lexicon, problems = references.open_sets([path])
    assert not problems, problems
    return extract(Document.from_text(text, "draft.txt", date), lexicon, None, known_from(refs))
