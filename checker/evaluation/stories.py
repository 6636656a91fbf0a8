"""Stories (tests/stories/README.md): a reference set, its pack, clean drafts and drafts with
planted
errors. Scored per story: planted-error recall, findings per 1,000 words on the clean drafts (by
severity), and the clean drafts' gold claims (found, value, hedge, metric, subject, speaker, as-of).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

from checker import inputs, reading, references
from checker.engine import Engine
from checker.errors import InputError, Problem, attempt
from checker.evaluation.gold import load_gold
from checker.evaluation.scoring import Scores, align, score
from checker.inputs import yamlpos
from checker.lexicon.schema import Custom, Field, Record, Text, Validator
from checker.model import Finding

FIELDS = ("value", "hedge", "metric", "subject", "speaker", "as_of")
PLANTED = Record(
    {
        "draft": Field(Text(nonempty=True), "a planted error needs 'draft'"),
        "span": Field(Text(nonempty=True), "a planted error needs 'span'"),
        "check": Field(Text(nonempty=True), "a planted error needs 'check'"),
        "occurrence": Custom(lambda value, mark, what, v: value),
        "accept": Custom(lambda value, mark, what, v: value),
        "note": Text(),
    },
    unknown="{what}: unknown key {key!r} (expected one of: {expected})",
)


# A planted error named by a check that has since been split is caught by either part: "unsupported"
# (no reference figure supports it) became `unsupported` (known figures, none fits) and `unverified`
# (no figure known at all).
SAME_PROBLEM = {"unsupported": ("unverified",)}


@dataclass
class Planted:
    draft: str
    span: str
    start: int
    checks: tuple[str, ...]
    note: str = ""
    caught: bool = False  # a finding of an expected check at the span
    caught_at: str | None = None  # the most severe such finding's severity ("error", "info")
    flagged: list[str] = field(default_factory=list)  # every check that flagged the span


@dataclass
class StoryScores:
    name: str
    planted: list[Planted] = field(default_factory=list)
    clean_words: int = 0
    clean_findings: list[Finding] = field(default_factory=list)
    claims: Scores = field(default_factory=lambda: Scores(FIELDS))

    @property
    def recall(self) -> float:
        return sum(p.caught for p in self.planted) / len(self.planted) if self.planted else 1.0

    @property
    def recall_at_warning(self) -> float:
        """The share of planted errors caught by a warning or an error: what an editor sees with
        notes hidden, or a CI gate at `--fail-on warning` stops."""
        warned = sum(p.caught_at in ("warning", "error") for p in self.planted)
        return warned / len(self.planted) if self.planted else 1.0

    def per_thousand(self, severity: str) -> float:
        count = sum(f.severity.value == severity for f in self.clean_findings)
        return 1000 * count / self.clean_words if self.clean_words else 0.0

    def to_dict(self) -> dict:
        return {
            "story": self.name,
            "planted": len(self.planted),
            "recall": round(self.recall, 4),
            "recall_at_warning": round(self.recall_at_warning, 4),
            "clean_words": self.clean_words,
            "clean_per_1000_words": {
                s: round(self.per_thousand(s), 3) for s in ("error", "warning", "info")
            },
            "claims": self.claims.to_dict(),
            "missed": [
                {"draft": p.draft, "span": p.span, "checks": list(p.checks), "flagged": p.flagged}
                for p in self.planted
                if not p.caught
            ],
            # caught, but only by a note: what recall at warning leaves out
            "noted_only": [
                {"draft": p.draft, "span": p.span, "checks": list(p.checks)}
                for p in self.planted
                if p.caught_at == "info"
            ],
        }


def is_story(path: Path) -> bool:
    return (path / "reference.yaml").is_file() and (path / "planted.yaml").is_file()


def find_stories(path: Path) -> list[Path]:
    """The story folders at or directly under `path`."""
    if is_story(path):
        return [path]
    return sorted(p for p in path.iterdir() if p.is_dir() and is_story(p)) if path.is_dir() else []


def _planted(folder: Path) -> list[Planted]:
    path = str(folder / "planted.yaml")
    raw = yamlpos.read(path)
    v = Validator(path)
    out = []
    for index, item in enumerate((raw or {}).get("errors") or []):
        mark = yamlpos.mark_of(raw["errors"], index)
        values = PLANTED.validate(item, mark, "planted error", v)
        if not values or not {"draft", "span", "check"} <= set(values):
            continue
        text = inputs.read(folder / values["draft"]).text
        start = -1
        for _ in range(values.get("occurrence") or 1):
            start = text.find(values["span"], start + 1)
        if start < 0:
            v.report(f"span {values['span']!r} does not occur in {values['draft']}", mark)
            continue
        named = (values["check"], *(values.get("accept") or ()))
        out.append(
            Planted(
                values["draft"],
                values["span"],
                start,
                tuple(
                    dict.fromkeys(c for name in named for c in (name, *SAME_PROBLEM.get(name, ())))
                ),
                values.get("note", ""),
            )
        )
    v.raise_problems()
    return out


def _finding_spans(finding: Finding, document) -> list[tuple[int, int]]:
    """Where the finding stands in the draft, and the other figures it points at (a share's
    counts, the figure a figure disagrees with): an error planted on any of them is caught."""
    places = [(finding.line, finding.column, finding.excerpt), *finding.related]
    out = []
    for line, column, excerpt in places:
        start = document.line_starts[line - 1] + column - 1
        out.append((start, start + max(1, len(excerpt))))
    return out


def evaluate_story(folder: Path, packs=()) -> StoryScores:
    refs, lexicon, problems = references.open_sets([folder / "reference.yaml"], packs)
    if problems:
        raise InputError(problems)
    engine = Engine(lexicon, refs)
    story = StoryScores(folder.name, _planted(folder))
    for draft in sorted(folder.glob("*.txt")):
        document = inputs.read(draft)
        result = engine.check_document(document)
        spans = [(f, _finding_spans(f, document)) for f in result.findings]
        for planted in (p for p in story.planted if p.draft == draft.name):
            end = planted.start + len(planted.span)
            here = [
                f for f, places in spans if any(s < end and planted.start < e for s, e in places)
            ]
            planted.flagged = sorted({f.check for f in here})
            caught = [f for f in here if f.check in planted.checks]
            planted.caught = bool(caught)
            planted.caught_at = (
                max(caught, key=lambda f: f.severity.rank).severity.value if caught else None
            )
        if draft.name.startswith("clean"):
            story.clean_words += len(document.text.split())
            story.clean_findings += result.findings
    for gold_path in sorted(folder.glob("clean*.gold.yaml")):
        gold = load_gold(str(gold_path), packs)
        doc = inputs.read(gold.draft, gold.date)
        predicted = reading.extract(doc, gold.lexicon, gold.subject, gold.known)
        name = Path(gold.draft).name
        score(
            align(list(gold.claims), predicted),
            story.claims,
            lambda c, doc=doc, name=name: (f"{folder.name}/{name}", doc.position(c.start)[0]),
        )
        story.claims.drafts += 1
    return story


def evaluate_stories(paths: list[str], packs=()) -> tuple[list[StoryScores], list[Problem]]:
    """The scores of every story under `paths`, and the problems of those that could not be
    scored: a bad story (or a failure while reading it) is one line, and the others are still
    scored (NUMCHECK_DEBUG=1 re-raises instead)."""
    folders = [f for p in paths for f in find_stories(Path(p))]
    scored, problems = [], []
    for folder in folders:
        story, failed = attempt(
            str(folder), "evaluating", "this story", lambda f=folder: evaluate_story(f, packs)
        )
        scored += [story] if story is not None else []
        problems += failed
    return scored, problems


def medians(stories: list[StoryScores]) -> dict:
    """The issue's targets are medians over the stories."""
    if not stories:
        return {}
    return {
        "recall": statistics.median(s.recall for s in stories),
        "recall_at_warning": statistics.median(s.recall_at_warning for s in stories),
        "errors_per_1000": statistics.median(s.per_thousand("error") for s in stories),
        "warnings_per_1000": statistics.median(s.per_thousand("warning") for s in stories),
        **{
            name: statistics.median(s.claims.fields[name].accuracy for s in stories)
            for name in ("speaker", "metric", "subject")
        },
        "claim_f1": statistics.median(s.claims.fields["claim"].f1 for s in stories),
        "clean_drafts_with_errors": sum(
            any(f.severity.value == "error" for f in s.clean_findings) for s in stories
        ),
    }
