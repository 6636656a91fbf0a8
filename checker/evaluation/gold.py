"""Gold files (`NAME.gold.yaml`, see tests/corpus/README.md): the claims an editor reads in a draft,
validated with the shared schema, every problem as FILE:LINE:COL.

A gold file may name the reference set whose packs and sources its ids come from (`refs:`); its
lexicon is built from those packs (and any given on the command line).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from checker import inputs, references
from checker.engine import known_from
from checker.errors import InputError, Problem
from checker.inputs import yamlpos
from checker.lexicon import Lexicon
from checker.lexicon.schema import INVALID, Validator, finite_number
from checker.model import VAGUE, Figure
from checker.reading.known import NOTHING, Known
from checker.references.loader import known, period_label

_CLAIM_KEYS = {
    "span",
    "occurrence",
    "value",
    "range",
    "hedge",
    "unit",
    "metric",
    "subject",
    "source",
    "source_text",
    "as_of",
    "note",
}
_REQUIRED = ("span", "hedge", "unit", "metric", "subject", "source", "as_of")
_TOP_KEYS = {"draft", "date", "subject", "claims", "note", "refs"}
_VOCABULARY = ("hedge", "metric", "subject", "source")


@dataclass(frozen=True)
class GoldClaim(Figure):
    start: int
    end: int
    span: str
    low: float
    high: float
    hedge: str
    unit: str
    metric: str | None
    subject: str | None
    source: str | None
    as_of: str | None
    line: int = 0  # in the gold file
    source_text: str | None = None


@dataclass(frozen=True)
class GoldDraft:
    path: str  # the gold file
    draft: str  # the draft it labels
    date: dt.date | None
    subject: str | None
    claims: tuple[GoldClaim, ...]
    lexicon: Lexicon
    refs: str | None = None  # the reference set it names
    known: Known = NOTHING  # what reading may know from that reference set


def _lexicon(raw, path: str, packs, v: Validator) -> tuple[Lexicon, str | None, Known]:
    refs = raw.get("refs")
    if refs is None:
        return references.lexicon_for(packs), None, NOTHING
    ref_path = str((Path(path).parent / str(refs)).resolve())
    found, lexicon, problems = references.open_sets([ref_path], packs)
    v.problems += problems
    return lexicon, ref_path, known_from(found)


def _draft_text(raw, path: str, v: Validator) -> tuple[str, str | None]:
    name = raw.get("draft") or Path(path).name.replace(".gold.yaml", ".txt")
    draft = str((Path(path).parent / str(name)).resolve())
    try:
        return draft, inputs.read(draft).text
    except InputError as exc:
        v.problems += exc.problems
        return draft, None


def load_gold(path: str, packs=()) -> GoldDraft:
    """One gold file, validated; every problem (with its position) is raised together."""
    raw = yamlpos.read(path)
    if not isinstance(raw, dict) or "claims" not in raw:
        raise InputError(
            Problem(
                path,
                "a gold file is a mapping with 'claims:' (a list)",
                *getattr(raw, "mark", (1, 1)),
            )
        )
    if not isinstance(raw["claims"], list):
        raise InputError(
            Problem(path, "'claims' must be a list of claims", *yamlpos.mark_of(raw, "claims"))
        )
    v = Validator(path)
    for key in raw:
        if key not in _TOP_KEYS:
            v.report(
                f"unknown key {key!r} (expected one of: {', '.join(sorted(_TOP_KEYS))})",
                raw.key_marks[key],
            )
    lexicon, refs, hints = _lexicon(raw, path, packs, v)
    draft, text = _draft_text(raw, path, v)
    first = len(v.problems)
    date = _iso_date(raw.get("date"))
    if date is not None and not isinstance(date, dt.date):
        v.report(f"'date' must be YYYY-MM-DD, not {date!r}", yamlpos.mark_of(raw, "date"))
        date = None
    subject = raw.get("subject")
    if (
        subject is not None
        and known(lexicon.subjects, "subject").validate(
            subject, yamlpos.mark_of(raw, "subject"), "", v
        )
        is INVALID
    ):
        subject = None
    gold = [
        claim
        for index, item in enumerate(raw["claims"])
        if (claim := _claim(item, yamlpos.mark_of(raw["claims"], index), text, lexicon, v))
        is not None
    ]
    v.problems[first:] = sorted(v.problems[first:], key=lambda p: (p.line or 0, p.column or 0))
    v.raise_problems()
    return GoldDraft(
        path,
        draft,
        date,
        subject,
        tuple(sorted(gold, key=lambda c: c.start)),
        lexicon,
        refs,
        hints,
    )


def _shape_ok(item, mark, v: Validator) -> bool:
    """Known keys, every required key, and exactly one of value and range."""
    ok = True
    for key in item:
        if key not in _CLAIM_KEYS:
            v.report(f"unknown key {key!r}", item.key_marks[key])
            ok = False
    for key in _REQUIRED:
        if key not in item:
            v.report(f"missing {key!r} (write null when the text gives none)", mark)
            ok = False
    if ("value" in item) == ("range" in item):
        v.report("give exactly one of 'value' and 'range'", mark)
        return False
    return ok


def _bounds(item, mark, v: Validator) -> tuple[float, float] | None:
    low = high = item.get("value")
    if "range" in item:
        rng = item["range"]
        low, high = (rng[0], rng[1]) if isinstance(rng, list) and len(rng) == 2 else (None, None)
    if not all(isinstance(x, (int, float)) and finite_number(x) is not None for x in (low, high)):
        v.report("'value' must be a number and 'range' a pair of numbers", mark)
        return None
    if low > high:
        v.report(
            f"range must be [low, high] with low <= high, got {item['range']!r}",
            yamlpos.mark_of(item, "range"),
        )
        return None
    return float(low), float(high)


def _vocabulary_ok(item, lexicon: Lexicon, v: Validator) -> bool:
    tables = {
        "hedge": {**lexicon.hedges, VAGUE: None},
        "metric": lexicon.metrics,
        "subject": lexicon.subjects,
        "source": lexicon.sources,
    }
    ok = True
    for key in _VOCABULARY:
        if (
            item[key] is not None
            and known(tables[key], key).validate(item[key], yamlpos.mark_of(item, key), "", v)
            is INVALID
        ):
            ok = False
    return ok


def _find_span(item, text: str | None, v: Validator) -> int | None:
    span, occurrence = item["span"], item.get("occurrence", 1)
    if not isinstance(span, (str, int, float)) or isinstance(span, bool) or str(span) == "":
        v.report("'span' must be the figure as written in the draft", yamlpos.mark_of(item, "span"))
        return None
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
        v.report(
            f"'occurrence' must be a positive whole number, not {occurrence!r}",
            yamlpos.mark_of(item, "occurrence"),
        )
        return None
    if text is None:
        return None
    start = -1
    for _ in range(occurrence):
        start = text.find(str(span), start + 1)
        if start < 0:
            v.report(
                f"span {str(span)!r} does not occur {occurrence} time(s) in the draft",
                yamlpos.mark_of(item, "span"),
            )
            return None
    return start


def _claim(item, mark, text: str | None, lexicon: Lexicon, v: Validator) -> GoldClaim | None:
    """One gold claim, or None after reporting what is wrong with it. `text` is None when the draft
    is unreadable."""
    if not isinstance(item, dict):
        v.report("a claim must be a mapping", mark)
        return None
    if not _shape_ok(item, mark, v):
        return None
    bounds = _bounds(item, mark, v)
    vocabulary = _vocabulary_ok(item, lexicon, v)
    as_of = item["as_of"]
    if as_of is not None:
        as_of = period_label(as_of, yamlpos.mark_of(item, "as_of"), "as_of", v)
    start = _find_span(item, text, v)
    if bounds is None or not vocabulary or as_of is INVALID or start is None:
        return None
    span = str(item["span"])
    return GoldClaim(
        start,
        start + len(span),
        span,
        *bounds,
        item["hedge"],
        str(item["unit"]),
        item["metric"],
        item["subject"],
        item["source"],
        as_of,
        mark[0],
        item.get("source_text"),
    )


def find_gold(paths: list[str]) -> list[str]:
    """Gold files named by `paths` (files, or directories searched for *.gold.yaml and figure sets);
    a directory without any is an InputError, as a typo in a CI path should not score nothing and
    pass."""
    from checker.evaluation.figures import is_figure_set

    found, empty = [], []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            golds = sorted(str(g) for g in p.glob("*.gold.yaml"))
            golds = golds or sorted(str(g) for g in p.glob("*.yaml") if is_figure_set(g))
            found += golds
            if not golds:
                empty.append(Problem(path, "directory holds no .gold.yaml files or figure sets"))
        else:
            found.append(path)
    if empty:
        raise InputError(empty)
    return found


def _iso_date(value):
    """A date written in quotes ("2015-02-03") is the date it writes; anything else as it is."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value
