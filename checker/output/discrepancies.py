"""The discrepancy report's content, shared by the `html` and `markdown` formats (not a format).

From one check run it gathers what a desk reads: counts per check and severity; for each metric
and subject, every figure each source has given (the reference set) beside every figure the drafts
state, with the draft, position and verdict; and each draft's text with its figures marked, every
finding numbered with its reference figures and fix.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from checker import regex_cache
from checker.checks.common import amount, dated, name, words
from checker.model import Claim, Fact, Finding, Severity
from checker.output.base import Report, location

_BLANK_LINES = regex_cache.compile(r"(?:\r?\n[ \t]*){2,}")


@dataclass(frozen=True)
class Row:
    """One figure in the discrepancy table: a reference figure or a draft's."""

    who: str  # the source, by name
    figure: str  # as an editor writes it
    when: str  # "as of 2025-01", or the draft's time for the figure
    where: str  # "seeds/a.txt:3:7", or the reference set's file and line
    verdict: str  # "" for a reference figure; "fine", or the findings on a draft's figure
    severity: str | None = None  # the worst finding's severity
    link: str | None = None  # a reference figure's URL
    draft: bool = False


@dataclass
class Group:
    metric: str
    subject: str
    rows: list[Row] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{words(self.metric)} — {words(self.subject)}"


@dataclass(frozen=True)
class Note:
    """A finding, numbered, with the reference figures it rests on."""

    number: int
    finding: Finding
    facts: tuple[Fact, ...]


@dataclass(frozen=True)
class Mark:
    """A marked stretch of a draft: a figure (flagged or fine) or a flagged name."""

    start: int
    end: int
    notes: tuple[Note, ...]  # empty: checked and fine

    @property
    def severity(self) -> str | None:
        if not self.notes:
            return None
        return max((n.finding.severity for n in self.notes), key=lambda s: s.rank).value


@dataclass
class Draft:
    path: str
    text: str
    marks: list[Mark]
    notes: list[Note]


@dataclass
class Discrepancies:
    date: str
    drafts: list[Draft]
    reference_files: list[str]
    counts: dict[str, dict[str, int]]  # check -> severity -> count
    groups: list[Group]
    problems: list[str]

    @property
    def total(self) -> int:
        return sum(sum(by.values()) for by in self.counts.values())


def _facts(report: Report) -> dict[str, Fact]:
    refs = report.references
    return {f.id: f for f in refs.facts} if refs is not None else {}


def _who(source: str | None, report: Report) -> str:
    if source is None:
        return ""
    return name(source, report.lexicon) if report.lexicon is not None else source


def fact_row(fact: Fact, report: Report) -> Row:
    figure = (
        amount(fact.low, fact.high, fact.hedge, fact.unit, report.lexicon)
        if report.lexicon is not None
        else str(fact.low)
    )
    where = f"{fact.path}:{fact.line}" if fact.path else fact.id
    return Row(_who(fact.source, report), figure, dated(fact), where, "", None, fact.url)


def _claim_row(claim: Claim, notes: list[Note], report: Report) -> Row:
    who = claim.source_text or _who(claim.source, report) or "no source"
    verdict = "; ".join(f"{n.finding.severity.value} {n.finding.check}" for n in notes) or "fine"
    worst = max((n.finding.severity for n in notes), key=lambda s: s.rank, default=None)
    figure = (
        amount(claim.low, claim.high, claim.hedge, claim.unit, report.lexicon)
        if report.lexicon is not None and claim.unit.split("/")[0] in ("count", "%")
        else claim.text
    )
    return Row(
        who,
        figure,
        f"dated {claim.as_of}" if claim.as_of else "",
        location(claim.path, claim.line, claim.column),
        verdict,
        worst.value if worst else None,
        None,
        True,
    )


def _groups(report: Report, notes_of: dict[tuple[str, int], list[Note]]) -> list[Group]:
    groups: dict[tuple[str, str], Group] = {}
    refs = report.references
    for fact in refs.facts if refs is not None else ():
        group = groups.setdefault((fact.metric, fact.subject), Group(fact.metric, fact.subject))
        group.rows.append(fact_row(fact, report))
    for claim in report.claims:
        if claim.metric and claim.subject and claim.is_level:
            key = (claim.metric, claim.subject)
            group = groups.setdefault(key, Group(*key))
            group.rows.append(
                _claim_row(claim, notes_of.get((claim.path, claim.start), []), report)
            )
    return [groups[key] for key in sorted(groups)]


def _offset(text: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    return starts[min(line, len(starts)) - 1] + column - 1


def _marks(draft: str, text: str, claims: list[Claim], notes: list[Note]) -> list[Mark]:
    """Every figure of the draft, and every flagged name, as non-overlapping marks."""
    by_claim: dict[int, list[Note]] = {}
    named: dict[tuple[int, int], list[Note]] = {}
    for note in notes:
        f = note.finding
        if f.claim is not None:
            by_claim.setdefault(f.claim.start, []).append(note)
        else:
            start = _offset(text, f.line, f.column)
            named.setdefault((start, start + max(1, len(f.excerpt))), []).append(note)
    spans = {(c.start, c.end): tuple(by_claim.get(c.start, ())) for c in claims}
    spans.update({span: tuple(found) for span, found in named.items()})
    marks: list[Mark] = []
    for (start, end), found in sorted(spans.items()):
        if marks and start < marks[-1].end:
            continue  # overlapping: the first one marks it
        marks.append(Mark(start, end, found))
    return marks


def build(report: Report) -> Discrepancies:
    facts = _facts(report)
    notes: list[Note] = []
    for number, finding in enumerate(report.findings, 1):
        notes.append(
            Note(number, finding, tuple(facts[i] for i in finding.references if i in facts))
        )
    notes_of: dict[tuple[str, int], list[Note]] = {}
    for note in notes:
        if note.finding.claim is not None:
            key = (note.finding.path, note.finding.claim.start)
            notes_of.setdefault(key, []).append(note)
    drafts = []
    for path in report.files:
        text = report.texts.get(path, "")
        claims = [c for c in report.claims if c.path == path]
        mine = [n for n in notes if n.finding.path == path]
        drafts.append(Draft(path, text, _marks(path, text, claims, mine), mine))
    counts: dict[str, dict[str, int]] = {}
    for f in report.findings:
        by = counts.setdefault(f.check, {s.value: 0 for s in Severity})
        by[f.severity.value] += 1
    refs = report.references
    return Discrepancies(
        str(report.date or ""),
        drafts,
        list(refs.paths) if refs is not None else [],
        dict(sorted(counts.items())),
        _groups(report, notes_of),
        [str(p) for p in report.problems],
    )


def paragraphs(draft: Draft) -> list[list[tuple[str, Mark | None]]]:
    """The draft as paragraphs (split at blank lines), each a list of (text, mark or None)."""
    text, marks = draft.text, draft.marks
    starts = [m.start for m in marks]
    out: list[list[tuple[str, Mark | None]]] = []
    bounds, position = [], 0
    for gap in _BLANK_LINES.finditer(text):
        bounds.append((position, gap.start()))
        position = gap.end()
    bounds.append((position, len(text)))
    for begin, end in bounds:
        block = text[begin:end]
        pieces: list[tuple[str, Mark | None]] = []
        cursor = begin
        for mark in marks[bisect.bisect_left(starts, begin) :]:
            if mark.start >= end:
                break
            pieces.append((text[cursor : mark.start], None))
            pieces.append((text[mark.start : mark.end], mark))
            cursor = mark.end
        pieces.append((text[cursor:end], None))
        if block.strip():
            out.append(pieces)
    return out
