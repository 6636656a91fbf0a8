"""`numcheck eval`: how accurately numcheck reads, against gold-labelled drafts.

`evaluate(gold_paths, packs)` reads every gold file's draft with numcheck and scores its claims
(see `scoring`); bad gold files raise InputError, every problem of every file at once.
"""

from __future__ import annotations

from pathlib import Path

from checker import inputs, reading, references
from checker.errors import InputError, Problem
from checker.evaluation import figures, stories
from checker.evaluation.gold import GoldClaim, GoldDraft, find_gold, load_gold
from checker.evaluation.scoring import FIELDS, Scores, align, score

__all__ = [
    "evaluate",
    "find_gold",
    "load_gold",
    "GoldClaim",
    "GoldDraft",
    "Scores",
    "align",
    "score",
    "FIELDS",
]


def split(paths: list[str]) -> tuple[list[str], list[str]]:
    """(claim gold files, figure sets) among the files `find_gold` named."""
    figure_sets = [p for p in paths if figures.is_figure_set(Path(p))]
    return [p for p in paths if p not in figure_sets], figure_sets


def story_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """(paths that hold stories, the other paths)."""
    storied = [p for p in paths if stories.find_stories(Path(p))]
    return storied, [p for p in paths if p not in storied]


def evaluate_figures(paths: list[str], packs=()) -> dict[str, Scores]:
    """Figure sets scored per desk and over all ('all')."""
    return figures.evaluate_sets(paths, references.lexicon_for(packs))


def evaluate(gold_paths: list[str], packs=()) -> Scores:
    scores = Scores()
    problems: list[Problem] = []
    golds = []
    for path in gold_paths:
        try:
            golds.append(load_gold(path, packs))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    for gold in golds:
        doc = inputs.read(gold.draft, gold.date)
        predicted = reading.extract(doc, gold.lexicon, gold.subject, gold.known)
        name = Path(gold.draft).name
        score(
            align(list(gold.claims), predicted),
            scores,
            lambda c, doc=doc, name=name: (name, doc.position(c.start)[0]),
        )
        scores.drafts += 1
    return scores
