"""Reading accuracy: numcheck's claims scored against gold claims.

`score(pairs)` is the pure heart: gold claims and predicted claims in, per-field counts out. A
predicted claim is aligned with the gold claim whose span it overlaps most, one to one. For each
field:
- precision = right / predicted claims that give the field, recall = right / gold claims that
  give it (so a missed claim costs recall of every field), F1 their harmonic mean;
- accuracy = right / aligned pairs, where "both empty" is right too. The targets are on accuracy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

FIELDS = ("value", "hedge", "unit", "metric", "subject", "source", "as_of")
VALUE_TOLERANCE = 0.001  # relative: 33.33 and 33.333 are the same value


def align(gold: list, predicted: list) -> list[tuple[object | None, object | None]]:
    """Pairs (gold, predicted) by largest span overlap, one to one; unpaired ones with None."""
    overlaps = sorted(
        (
            (min(g.end, p.end) - max(g.start, p.start), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if min(g.end, p.end) > max(g.start, p.start)
        ),
        reverse=True,
    )
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
    if name == "value+hedge":
        return (claim.low, claim.high, claim.hedge)
    if name == "speaker":  # who said it: the reference set's id, else the name as written
        text = getattr(claim, "source_text", None)
        return getattr(claim, "source", None) or (" ".join(text.lower().split()) if text else None)
    return getattr(claim, name, None)


def same(name: str, a, b) -> bool:
    if name == "speaker" and a is not None and b is not None and a != b:
        return _words(a) <= _words(b) or _words(b) <= _words(
            a
        )  # "the ministry" and "the ministry's spokesman"
    if name == "value+hedge" and a is not None and b is not None:
        return same("value", a[:2], b[:2]) and a[2] == b[2]
    if name == "value" and a is not None and b is not None:
        return all(
            math.isclose(x, y, rel_tol=VALUE_TOLERANCE, abs_tol=0.01)
            for x, y in zip(a, b, strict=True)  # (low, high) pairs
        )
    return a == b


def _words(text: str) -> set[str]:
    return {w.strip(".,'’\"") for w in text.split() if w.lower() not in ("the", "a", "an")}


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
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "accuracy": round(self.accuracy, 4),
            "right": self.right,
            "predicted": self.predicted,
            "gold": self.gold,
            "aligned": self.aligned,
        }


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
    names: tuple[str, ...] = FIELDS  # the fields scored, besides finding the claim at all
    fields: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    drafts: int = 0

    def __post_init__(self) -> None:
        self.fields = self.fields or {name: FieldScore() for name in ("claim", *self.names)}

    def to_dict(self) -> dict:
        fields = {name: s.to_dict() for name, s in self.fields.items()}
        fields["claim"].pop(
            "accuracy"
        )  # finding a claim is precision and recall; accuracy is for its fields
        return {"drafts": self.drafts, "fields": fields}


def score(
    pairs: list[tuple[object | None, object | None]],
    scores: "Scores | None" = None,
    where=lambda claim: ("", 0),
) -> Scores:
    """Add aligned pairs (from `align`) to `scores`. `where(claim)` names a claim's draft and
    line."""
    scores = scores or Scores()
    found = scores.fields["claim"]
    for gold, predicted in pairs:
        found.gold += gold is not None
        found.predicted += predicted is not None
        if gold is None or predicted is None:
            claim = gold or predicted
            scores.misses.append(
                Miss(
                    *where(claim),
                    "claim",
                    getattr(claim, "span", None) or claim.text,
                    "claim" if gold else None,
                    "claim" if predicted else None,
                )
            )
            found.aligned += 1
            continue
        found.right += 1
        found.agree += 1
        found.aligned += 1
    for name in scores.names:
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
