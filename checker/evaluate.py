"""Reading accuracy: numcheck's claims scored against a gold-labelled corpus (`make eval`).

`load_gold(path, rules)` reads one `NAME.gold.yaml` (see tests/corpus/README.md) into a `GoldDraft`
and validates it, every problem as FILE:LINE:COL. `score(pairs)` is the pure heart: gold claims
and predicted claims in, per-field counts out. A predicted claim is aligned with the gold claim
whose span it overlaps most, one to one. For each field:
- precision = right / predicted claims that give the field, recall = right / gold claims that
  give it (so a missed claim costs recall of every field), F1 their harmonic mean;
- accuracy = right / aligned pairs, where "both empty" is right too. The targets are on accuracy.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

from checker import claims as claims_module
from checker import dates, document, yamlpos
from checker.claims import VAGUE
from checker.errors import InputError, Problem
from checker.numbers import Figure
from checker.references import check_name, finite_number
from checker.rules import RulePack

FIELDS = ("value", "hedge", "unit", "metric", "subject", "source", "as_of")
VALUE_TOLERANCE = 0.001  # relative: 33.33 and 33.333 are the same value
_CLAIM_KEYS = {"span", "occurrence", "value", "range", "hedge", "unit", "metric", "subject", "source", "as_of", "note"}
_REQUIRED = ("span", "hedge", "unit", "metric", "subject", "source", "as_of")
_TOP_KEYS = {"draft", "date", "subject", "claims", "note"}


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


@dataclass(frozen=True)
class GoldDraft:
    path: str  # the gold file
    draft: str  # the draft it labels
    date: dt.date | None
    subject: str | None
    claims: tuple[GoldClaim, ...]


# ------------------------------------------------------------------------- loading

def load_gold(path: str, rules: RulePack) -> GoldDraft:
    """One gold file, validated; every problem (with its position) is raised together."""
    raw = yamlpos.read(path)
    problems: list[Problem] = []

    def problem(message, mark):
        problems.append(Problem(path, message, *mark))

    if not isinstance(raw, dict) or "claims" not in raw:
        raise InputError(Problem(path, "a gold file is a mapping with 'claims:' (a list)", *getattr(raw, "mark", (1, 1))))
    if not isinstance(raw["claims"], list):
        raise InputError(Problem(path, "'claims' must be a list of claims", *yamlpos.mark_of(raw, "claims")))
    for key in raw:
        if key not in _TOP_KEYS:
            problem(f"unknown key {key!r} (expected one of: {', '.join(sorted(_TOP_KEYS))})", raw.key_marks[key])
    draft_name = raw.get("draft") or Path(path).name.replace(".gold.yaml", ".txt")
    draft_path = str((Path(path).parent / str(draft_name)).resolve())
    try:
        text = document.read(draft_path).text
    except InputError as exc:
        problems += exc.problems
        text = None
    date = raw.get("date")
    if date is not None and not isinstance(date, dt.date):
        problem(f"'date' must be YYYY-MM-DD, not {date!r}", yamlpos.mark_of(raw, "date"))
        date = None
    subject = raw.get("subject")
    if subject is not None and not check_name(subject, rules.subjects, "subject", yamlpos.mark_of(raw, "subject"), problem):
        subject = None
    gold = []
    for index, item in enumerate(raw["claims"]):
        claim = _gold_claim(item, yamlpos.mark_of(raw["claims"], index), text, rules, problem)
        if claim is not None:
            gold.append(claim)
    if problems:
        raise InputError(problems)
    return GoldDraft(path, draft_path, date, subject, tuple(sorted(gold, key=lambda c: c.start)))


def _gold_claim(item, mark, text: str | None, rules: RulePack, problem) -> GoldClaim | None:
    """One gold claim, or None after reporting what is wrong with it. `text` is None when the draft is unreadable."""
    if not isinstance(item, dict):
        problem("a claim must be a mapping", mark)
        return None
    ok = True
    for key in item:
        if key not in _CLAIM_KEYS:
            problem(f"unknown key {key!r}", item.key_marks[key])
            ok = False
    for key in _REQUIRED:
        if key not in item:
            problem(f"missing {key!r} (write null when the text gives none)", mark)
            ok = False
    if ("value" in item) == ("range" in item):
        problem("give exactly one of 'value' and 'range'", mark)
        return None
    if not ok:
        return None
    low = high = item.get("value")
    if "range" in item:
        bounds = item["range"]
        low, high = (bounds[0], bounds[1]) if isinstance(bounds, list) and len(bounds) == 2 else (None, None)
    if not all(isinstance(v, (int, float)) and finite_number(v) is not None for v in (low, high)):
        problem("'value' must be a number and 'range' a pair of numbers", mark)
        return None
    if low > high:
        problem(f"range must be [low, high] with low <= high, got {item['range']!r}", yamlpos.mark_of(item, "range"))
        ok = False
    vocab = {"hedge": {**rules.hedges, VAGUE: None}, "metric": rules.metrics, "subject": rules.subjects,
             "source": rules.sources}
    for key, known in vocab.items():
        if item[key] is not None and not check_name(item[key], known, key, yamlpos.mark_of(item, key), problem):
            ok = False
    as_of = item["as_of"]
    as_of = as_of.isoformat() if isinstance(as_of, dt.date) else as_of
    if as_of is not None and (isinstance(as_of, bool) or dates.label_span(str(as_of)) is None):
        problem(f"bad as_of {item['as_of']!r}: use YYYY, YYYY-MM, YYYY-MM-DD or START/END", yamlpos.mark_of(item, "as_of"))
        ok = False
    span, occurrence = item["span"], item.get("occurrence", 1)
    if not isinstance(span, (str, int, float)) or isinstance(span, bool) or str(span) == "":
        problem("'span' must be the figure as written in the draft", yamlpos.mark_of(item, "span"))
        return None
    if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1:
        problem(f"'occurrence' must be a positive whole number, not {occurrence!r}", yamlpos.mark_of(item, "occurrence"))
        return None
    if text is None:
        return None
    span, start = str(span), -1
    for _ in range(occurrence):
        start = text.find(span, start + 1)
        if start < 0:
            problem(f"span {span!r} does not occur {occurrence} time(s) in the draft", yamlpos.mark_of(item, "span"))
            return None
    if not ok:
        return None
    return GoldClaim(start, start + len(span), span, float(low), float(high), item["hedge"], str(item["unit"]),
                     item["metric"], item["subject"], item["source"], None if as_of is None else str(as_of), mark[0])


def find_gold(paths: list[str]) -> list[str]:
    """Gold files named by `paths` (files, or directories searched for *.gold.yaml); a directory
    without any is an InputError, as a typo in a CI path should not score nothing and pass."""
    found, empty = [], []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            golds = sorted(str(g) for g in p.glob("*.gold.yaml"))
            found += golds
            if not golds:
                empty.append(Problem(path, "directory holds no .gold.yaml files"))
        else:
            found.append(path)
    if empty:
        raise InputError(empty)
    return found


# ------------------------------------------------------------------------- scoring

def align(gold: list[GoldClaim], predicted: list) -> list[tuple[GoldClaim | None, object | None]]:
    """Pairs (gold, predicted) by largest span overlap, one to one; unpaired ones with None."""
    overlaps = sorted(((min(g.end, p.end) - max(g.start, p.start), i, j)
                       for i, g in enumerate(gold) for j, p in enumerate(predicted)
                       if min(g.end, p.end) > max(g.start, p.start)), reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in overlaps:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i), used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_gold]
    pairs += [(None, p) for j, p in enumerate(predicted) if j not in used_pred]
    return pairs


def field_value(claim, name: str):
    if claim is None:
        return None
    if name == "value":
        return (claim.low, claim.high)
    return getattr(claim, name)


def same(name: str, a, b) -> bool:
    if name == "value" and a is not None and b is not None:
        return all(math.isclose(x, y, rel_tol=VALUE_TOLERANCE, abs_tol=0.01) for x, y in zip(a, b))
    return a == b


@dataclass
class FieldScore:
    right: int = 0  # aligned pairs where both give the field and agree
    predicted: int = 0  # predicted claims that give the field
    gold: int = 0  # gold claims that give the field
    agree: int = 0  # aligned pairs that agree, "both empty" included
    aligned: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.agree / self.aligned if self.aligned else 1.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "accuracy": round(self.accuracy, 4), "right": self.right, "predicted": self.predicted,
                "gold": self.gold, "aligned": self.aligned}


@dataclass(frozen=True)
class Miss:
    """One disagreement, for the --details listing."""

    draft: str
    line: int
    field: str
    text: str
    gold: object
    predicted: object


@dataclass
class Scores:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in ("claim", *FIELDS)})
    misses: list[Miss] = field(default_factory=list)
    drafts: int = 0

    def to_dict(self) -> dict:
        fields = {name: s.to_dict() for name, s in self.fields.items()}
        fields["claim"].pop("accuracy")  # finding a claim is precision and recall; accuracy is for its fields
        return {"drafts": self.drafts, "fields": fields}


def score(pairs: list[tuple[GoldClaim | None, object | None]], scores: Scores | None = None,
          where=lambda claim: ("", 0)) -> Scores:
    """Add aligned pairs (from `align`) to `scores`. `where(claim)` names a claim's draft and line."""
    scores = scores or Scores()
    found = scores.fields["claim"]
    for gold, predicted in pairs:
        found.gold += gold is not None
        found.predicted += predicted is not None
        if gold is None or predicted is None:
            claim = gold or predicted
            scores.misses.append(Miss(*where(claim), "claim", getattr(claim, "span", None) or claim.text,
                                      "claim" if gold else None, "claim" if predicted else None))
            found.aligned += 1
            continue
        found.right += 1
        found.agree += 1
        found.aligned += 1
    for name in FIELDS:
        s = scores.fields[name]
        for gold, predicted in pairs:
            g, p = field_value(gold, name), field_value(predicted, name)
            s.gold += g is not None
            s.predicted += p is not None
            if gold is None or predicted is None:
                continue
            s.aligned += 1
            if same(name, g, p):
                s.agree += 1
                s.right += g is not None
            else:
                scores.misses.append(Miss(*where(predicted), name, predicted.text, g, p))
    return scores


def evaluate(gold_paths: list[str], rules: RulePack) -> Scores:
    """Read every gold file's draft with numcheck and score its claims. Bad gold files raise InputError."""
    scores = Scores()
    problems: list[Problem] = []
    for path in gold_paths:
        try:
            gold = load_gold(path, rules)
        except InputError as exc:
            problems += exc.problems
            continue
        doc = document.read(gold.draft, gold.date)
        predicted = claims_module.extract(doc, rules, gold.subject)
        name = Path(gold.draft).name
        score(align(list(gold.claims), predicted), scores,
              lambda c, doc=doc, name=name: (name, doc.position(c.start)[0]))
        scores.drafts += 1
    if problems:
        raise InputError(problems)
    return scores
