"""General-news figure sets (tests/news/README.md): sentences from every desk with every figure
labelled. numcheck reads each sentence as a one-sentence draft dated as the set says, and its
figures are scored for being found, their value, value and hedge together, hedge, unit, change and
as-of — figure reading only; sources and metrics are scored on claims and stories.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from checker import inputs, reading
from checker.errors import InputError
from checker.evaluation.scoring import Scores, align, score
from checker.inputs import yamlpos
from checker.lexicon import Lexicon
from checker.lexicon.schema import INVALID, Custom, Field, Record, Text, Validator, finite_number
from checker.references.loader import period_label

FIELDS = ("value", "value+hedge", "hedge", "unit", "change", "as_of")


@dataclass(frozen=True)
class GoldFigure:
    start: int
    end: int
    span: str
    low: float
    high: float
    hedge: str
    unit: str
    change: str | None = None
    role: str | None = None
    as_of: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Sentence:
    text: str
    date: dt.date | None
    figures: tuple[GoldFigure, ...]
    line: int


@dataclass(frozen=True)
class FigureSet:
    path: str
    desk: str
    sentences: tuple[Sentence, ...]


def _number(value, mark, what, v):
    if finite_number(value) is None or isinstance(value, str):
        v.report(f"{what} must be a number", mark)
        return INVALID
    return float(value)


def _pair(value, mark, what, v):
    numbers = (
        isinstance(value, list)
        and len(value) == 2
        and all(finite_number(x) is not None and not isinstance(x, str) for x in value)
    )
    if not numbers or value[0] > value[1]:
        v.report(f"{what} must be [low, high] with low <= high", mark)
        return INVALID
    return float(value[0]), float(value[1])


def _date(value, mark, what, v):
    if not isinstance(value, dt.date):
        v.report(f"{what} must be a date (YYYY-MM-DD)", mark)
        return INVALID
    return value


def _positive(value, mark, what, v):
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    v.report(f"{what} must be a positive whole number", mark)
    return INVALID


def _a_list(value, mark, what, v):
    if isinstance(value, list):
        return value
    v.report(f"{what} must be a list", mark)
    return INVALID


UNKNOWN = "{what}: unknown key {key!r} (expected one of: {expected})"
FIGURE = Record(
    {
        "span": Field(Text(nonempty=True), "a figure needs 'span'"),
        "occurrence": Custom(_positive),
        "value": Custom(_number),
        "range": Custom(_pair),
        "unit": Field(Text(nonempty=True), "a figure needs 'unit'"),
        "hedge": Field(Text(nonempty=True), "a figure needs 'hedge'"),
        "change": Text(),
        "role": Text(),
        "as_of": Custom(period_label),
        "note": Text(),
    },
    unknown=UNKNOWN,
)
SENTENCE = Record(
    {
        "text": Field(Text(nonempty=True), "a sentence needs 'text'"),
        "figures": Field(Custom(_a_list), "a sentence needs 'figures'"),
        "date": Custom(_date),
        "not_figures": Custom(_a_list),
        "note": Text(),
    },
    unknown=UNKNOWN,
)
TOP = Record(
    {
        "desk": Text(),
        "date": Custom(_date),
        "note": Text(),
        "sentences": Field(Custom(_a_list), "a figure set needs 'sentences'"),
    },
    message="a figure set is a mapping with 'sentences:'",
    unknown=UNKNOWN,
)


def is_figure_set(path: Path) -> bool:
    """A YAML file whose top level has `sentences:` (cheap test, no parsing)."""
    if path.suffix not in (".yaml", ".yml") or not path.is_file():  # a pipe is never opened here
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(4000).decode("utf-8", "replace")
    except OSError:
        return False
    return "\nsentences:" in "\n" + head


def _figure(item, mark, text: str, v: Validator) -> GoldFigure | None:
    values = FIGURE.validate(item, mark, "figure", v)
    if values is INVALID or ("value" in values) == ("range" in values):
        if values is not INVALID:
            v.report("a figure needs exactly one of 'value' and 'range'", mark)
        return None
    start = -1
    for _ in range(values.get("occurrence", 1)):
        start = text.find(values["span"], start + 1)
        if start < 0:
            v.report(f"span {values['span']!r} does not occur in the sentence", mark)
            return None
    low, high = values["range"] if "range" in values else (values["value"], values["value"])
    return GoldFigure(
        start,
        start + len(values["span"]),
        values["span"],
        low,
        high,
        values["hedge"],
        values["unit"],
        values.get("change"),
        values.get("role"),
        values.get("as_of"),
        mark[0],
    )


def load_set(path: str) -> FigureSet:
    raw = yamlpos.read(path)
    v = Validator(path)
    top = TOP.validate(raw, getattr(raw, "mark", (1, 1)), "", v)
    if top is INVALID or not isinstance(top.get("sentences"), list):
        v.report("'sentences' must be a list", getattr(raw, "mark", (1, 1)))
        raise InputError(v.problems)
    sentences = []
    for index, item in enumerate(raw["sentences"]):
        mark = yamlpos.mark_of(raw["sentences"], index)
        values = SENTENCE.validate(item, mark, "sentence", v)
        if values is INVALID or "text" not in values or "figures" not in values:
            continue
        figures = [
            _figure(f, yamlpos.mark_of(item["figures"], i), values["text"], v)
            for i, f in enumerate(item["figures"])
        ]
        sentences.append(
            Sentence(
                values["text"],
                values.get("date", top.get("date")),
                tuple(f for f in figures if f is not None),
                mark[0],
            )
        )
    v.raise_problems()
    return FigureSet(path, str(top.get("desk") or Path(path).stem), tuple(sentences))


def evaluate_set(figure_set: FigureSet, lexicon: Lexicon, scores: Scores | None = None) -> Scores:
    scores = scores or Scores(FIELDS)
    name = Path(figure_set.path).name
    for sentence in figure_set.sentences:
        doc = inputs.Document.from_text(sentence.text, name, sentence.date)
        predicted = reading.extract(doc, lexicon)
        where = lambda c, line=sentence.line: (name, line)  # noqa: E731
        score(align(list(sentence.figures), predicted), scores, where)
        scores.drafts += 1
    return scores


def evaluate_sets(paths: list[str], lexicon: Lexicon) -> dict[str, Scores]:
    """Scores per desk, and 'all'; bad files raise InputError with every problem."""
    problems, sets = [], []
    for path in paths:
        try:
            sets.append(load_set(path))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    out = {"all": Scores(FIELDS)}
    for figure_set in sets:
        out[figure_set.desk] = evaluate_set(figure_set, lexicon)
        evaluate_set(figure_set, lexicon, out["all"])
    return out
