"""Reference sets: the known figures (`Fact`s) and their sources, and matching claims against them.

`open_sets(paths, packs)` loads reference files with the packs they name (plus extra packs) and
returns the merged `ReferenceSet`, the `Lexicon` it needs (its sources added), and every problem.
`match(claim, references, lexicon)` tells how a claim relates to the known facts.
"""

from __future__ import annotations

from pathlib import Path

from checker.errors import InputError, Problem
from checker.inputs import yamlpos
from checker.lexicon import Lexicon
from checker.lexicon import load as load_lexicon
from checker.lexicon import packs as pack_files
from checker.references.loader import load, packs_named, parse
from checker.references.matching import Match, match
from checker.references.set import ReferenceSet

__all__ = ["ReferenceSet", "Match", "match", "load", "parse", "open_sets", "lexicon_for"]


def lexicon_for(packs=(), shown=None) -> Lexicon:
    """The language pack plus `packs` (deduplicated, in order)."""
    unique: dict[str, tuple[Path, str]] = {}
    for pack, name in zip(packs, shown or [str(p) for p in packs], strict=True):
        unique.setdefault(str(Path(pack).resolve()), (Path(pack), name))
    return load_lexicon([p for p, _ in unique.values()], [n for _, n in unique.values()])


def open_sets(paths, packs=()) -> tuple[ReferenceSet, Lexicon, list[Problem]]:
    """Reference sets with the packs they name and `packs` (extra, from the command line).

    A bad extra pack is raised (nothing can be read without it); a bad reference set is a problem
    for that file only, and the other sets are still used."""
    raws, problems, named = [], [], []
    for path in paths:
        try:
            raw = yamlpos.read(path)
            named += packs_named(raw, str(path))
            raws.append((path, raw))
        except InputError as exc:
            problems += exc.problems
    extra = [pack_files.resolve(str(p)) for p in packs]
    lexicon = lexicon_for([*named, *extra], [*map(str, named), *map(str, packs)])
    refs = ReferenceSet()
    for path, raw in raws:
        try:
            refs = refs.merged(parse(raw, str(path), lexicon))
        except InputError as exc:
            problems += exc.problems
    return refs, lexicon.with_sources(refs.sources).with_fact_units(refs.facts), problems
