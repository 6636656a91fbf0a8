"""Claims: a figure in a draft with what it counts, of whom, when, and who said it.

`extract(document, rules, default_subject)` is the pure heart: sentences -> numbers ->
hedge, metric, subject, source, as-of for each. Vocabulary comes from the rule pack only.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, replace

from checker import attribution, dates, numbers, sentences
from checker.document import Document
from checker.rules import RulePack

_CLAUSE_END = re.compile(r"[,;:—–()\[\]]|\s-\s|\band\b|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)
VAGUE = "vague"  # the hedge of a vague quantity ("hundreds of"); its range comes from rules/text.yaml
_TAIL_WORDS = 8
_HEAD_WORDS = 3


@dataclass(frozen=True)
class Claim(numbers.Figure):
    path: str
    line: int
    column: int
    start: int  # offsets into the document text
    end: int
    text: str  # the figure as written (a range: the whole range phrase)
    low: float
    high: float
    hedge: str
    unit: str
    metric: str | None
    subject: str | None
    source: str | None  # canonical source id
    source_text: str
    cited_by: tuple[str, ...]
    as_of: str | None
    sentence: str
    sentence_index: int
    part: bool = False  # a part of another figure ("of these, 8,000"; "4,000 out of 12,000")
    whole: int | None = None  # document offset of the whole's figure, when the draft gives it
    tolerance: float = 0.0  # from the hedge chain ("up to about 15,000" keeps about's tolerance)

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in ("start", "end", "sentence_index", "tolerance", "whole"):
            data.pop(key)
        data["cited_by"] = list(self.cited_by)
        if self.is_range:
            data["low"], data["high"] = _plain(self.low), _plain(self.high)
        else:
            data.pop("low"), data.pop("high")
            data["value"] = _plain(self.low)
        return data


def _plain(value: float):
    return int(value) if float(value).is_integer() else value


def format_value(low: float, high: float) -> str:
    """'3,000' or '1,000–3,000' (figures as an editor writes them)."""
    fmt = lambda v: f"{_plain(v):,}" if isinstance(_plain(v), int) else f"{v:,.2f}".rstrip("0").rstrip(".")  # noqa: E731
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"


# ------------------------------------------------------------------------- hedges

def _hedge(text: str, number: numbers.Number, rules: RulePack) -> tuple[list[str], int]:
    """Hedge ids in front of / behind a figure (outermost first) and where the hedge starts."""
    chain: list[str] = []
    head = text[: number.start]
    start = number.start
    for _ in range(3):
        stripped = re.sub(r"(?:\b(?:a|an)\s+)?$", "", head.rstrip()) if chain else head.rstrip()
        stripped = re.sub(r"\s*\$$", "", stripped)
        best = None
        for hedge in rules.hedges.values():
            for cue in hedge.before:
                pattern = _cue_at_end(cue)
                match = pattern.search(stripped)
                if match and (best is None or match.start() < best[1]):
                    best = (hedge.id, match.start())
        if best is None:
            break
        chain.insert(0, best[0])
        head = stripped[: best[1]]
        start = best[1]
    tail = text[number.end : number.end + 25]
    for hedge in rules.hedges.values():
        for cue in hedge.after:
            if re.match(rf"\s*{re.escape(cue)}(?![\w])", tail, re.IGNORECASE):
                chain.append(hedge.id)
                break
    return chain, start


_CUE_CACHE: dict[str, re.Pattern] = {}


def _cue_at_end(cue: str) -> re.Pattern:
    if cue not in _CUE_CACHE:
        left = r"(?<![\w])" if cue[0].isalnum() else ""
        _CUE_CACHE[cue] = re.compile(left + re.escape(cue).replace(r"\ ", r"\s+") + r"(?:\s+(?:a|an))?\s*$", re.IGNORECASE)
    return _CUE_CACHE[cue]


def _primary_hedge(chain: list[str], rules: RulePack) -> tuple[str, float]:
    if not chain:
        return "exact", 0.0
    tolerance = max(rules.hedges[h].tolerance for h in chain)
    bounds = [h for h in chain if rules.hedges[h].interval not in ("around", "point")]
    return (bounds[0] if bounds else chain[0]), tolerance


# ------------------------------------------------------------------------- metric

def _cue_spans(text: str, rules: RulePack, weak: bool) -> list[tuple[int, int, str]]:
    spans = []
    for metric, (strong_pattern, weak_pattern) in rules.metric_patterns.items():
        pattern = weak_pattern if weak else strong_pattern
        if pattern is not None:
            spans += [(m.start(), m.end(), metric) for m in pattern.finditer(text)]
    # a longer cue hides a shorter one inside it ("killed or injured" over "killed")
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _words(text: str) -> int:
    return len(text.split())


def _metrics(text: str, figures: list[numbers.Number], hedge_starts: list[int], rules: RulePack) -> list[str | None]:
    """The metric of each figure: a cue just before or just after it binds first, then the nearest free cue."""
    strong = _cue_spans(text, rules, weak=False)
    weak = _cue_spans(text, rules, weak=True)
    not_people = rules.pattern("text", "not_people")
    result: list[str | None] = [None] * len(figures)
    used: set[int] = set()
    eligible = []
    for i, fig in enumerate(figures):
        unit_ok = fig.unit.split("/")[0] in ("count", "USD", "%")
        after = text[fig.end : fig.end + 30]
        counts_things = not_people is not None and bool(not_people.match(re.sub(r"^\s*(?:\w+\s+)?", "", after, 1)) or
                                                        not_people.match(after.lstrip()))
        eligible.append(unit_ok and not counts_things)
    # 1. a cue right before the figure (before its hedge): "killed 300", "sent about 12,000"
    for i, fig in enumerate(figures):
        if not eligible[i]:
            continue
        head = text[: hedge_starts[i]]
        for k, (s, e, metric) in enumerate(strong):
            if e <= len(head) and _words(head[e:]) <= _HEAD_WORDS and not _CLAUSE_END.search(head[e:]) and k not in used:
                result[i], chosen = metric, k
        if result[i] is not None:
            used.add(chosen)
    # 2. a cue in the figure's tail, up to the next figure or the end of the clause: "300 ... had been killed"
    for i, fig in enumerate(figures):
        if result[i] is not None or not eligible[i]:
            continue
        limit = figures[i + 1].start if i + 1 < len(figures) else len(text)
        tail = text[fig.end : limit]
        stop = _CLAUSE_END.search(tail)
        tail = tail[: stop.start()] if stop else tail
        for k, (s, e, metric) in enumerate(strong):
            if k not in used and fig.end <= s and e <= fig.end + len(tail) and _words(text[fig.end : s]) <= _TAIL_WORDS:
                result[i] = metric
                used.add(k)
                break
    # 3. the nearest cue not bound to another figure, then any cue, then a weak cue
    for i, fig in enumerate(figures):
        if result[i] is not None or not eligible[i]:
            continue
        for pool in ([c for k, c in enumerate(strong) if k not in used], strong, weak):
            if pool:
                result[i] = min(pool, key=lambda c: min(abs(c[0] - fig.end), abs(c[1] - fig.start)))[2]
                break
    return result


# ------------------------------------------------------------------------- subject

def _subject(text: str, fig: numbers.Number, rules: RulePack) -> str | None:
    best = None
    for subject, pattern in rules.subject_patterns.items():
        for m in pattern.finditer(text):
            distance = min(abs(m.start() - fig.end), abs(m.end() - fig.start))
            if best is None or distance < best[0]:
                best = (distance, subject)
    return best[1] if best else None


# ------------------------------------------------------------------------- parts

def _part_of(text: str, i: int, figures: list[numbers.Number], hedge_start: int, rules: RulePack) -> tuple[bool, int | None]:
    """Is figure i a part of another ("of these, 8,000"; "4,000 out of 12,000"), and which figure in
    this sentence is its whole (None: an earlier sentence's, or unknown)?"""
    before_cues = rules.pattern("text", "part_of", "before")
    after_cues = rules.pattern("text", "part_of", "after")
    previous_end = figures[i - 1].end if i else 0
    head = text[previous_end:hedge_start]
    if before_cues and any(_words(head[m.end():]) <= 4 for m in before_cues.finditer(head)):
        return True, None
    if after_cues and i + 1 < len(figures):
        between = text[figures[i].end : figures[i + 1].start]
        totals = rules.pattern("text", "part_of", "totals")
        if after_cues.search(between) and _words(between) <= 8 and not (totals and totals.search(between)):
            return True, i + 1
    return False, None


def _parts(text: str, figures: list[numbers.Number], hedge_starts: list[int], rules: RulePack) -> list[tuple[bool, int | None]]:
    """`_part_of` for each figure; a figure joined by 'and' to a part is a part of the same whole
    ("of these, 8,000 went to Kursk and 4,000 to Donetsk")."""
    out: list[tuple[bool, int | None]] = []
    for i in range(len(figures)):
        part = _part_of(text, i, figures, hedge_starts[i], rules)
        if not part[0] and i and out[i - 1][0]:
            between = text[figures[i - 1].end : hedge_starts[i]]
            if re.search(r"\band\b", between) and _words(between) <= 6 and not re.search(r"[;:]", between):
                part = out[i - 1]
        out.append(part)
    return out


# ------------------------------------------------------------------------- extract

@dataclass(frozen=True)
class Reading:
    """What one pass over a draft yields: its claims, and the suspicious source names it holds."""

    claims: list[Claim]
    source_problems: list[tuple[int, attribution.Mention]]  # (document offset, mention)


def _sentence_mentions(document: Document, rules: RulePack):
    pieces = sentences.split(document.text, rules.text.get("abbreviations", ()))
    return pieces, [attribution.mentions(s.text, rules) for s in pieces]


def _problems(pieces, found) -> list[tuple[int, attribution.Mention]]:
    return [(sentence.start + m.start, m) for sentence, mentions in zip(pieces, found) for m in mentions if m.problem]


def extract(document: Document, rules: RulePack, default_subject: str | None = None) -> list[Claim]:
    """Every figure in the draft as a Claim, in reading order."""
    return read(document, rules, default_subject).claims


def read(document: Document, rules: RulePack, default_subject: str | None = None) -> Reading:
    """Claims and source-name problems of a draft, finding source mentions once per sentence.

    A figure whose sentence names no subject takes `default_subject` (the reference set's),
    or, without one, the subject most figures in this draft name.
    """
    pieces, found = _sentence_mentions(document, rules)
    texts = [s.text for s in pieces]
    attributions = attribution.attribute(texts, found, rules, [s.paragraph for s in pieces])
    drafts = []
    for sentence, mentions, attributed in zip(pieces, found, attributions):
        figures = numbers.find_numbers(sentence.text, rules)
        if not figures:
            continue
        hedges = [_hedge(sentence.text, fig, rules) for fig in figures]
        metrics = _metrics(sentence.text, figures, [start for _, start in hedges], rules)
        periods = dates.find_periods(sentence.text, document.date)
        parts = _parts(sentence.text, figures, [start for _, start in hedges], rules)
        for i, fig in enumerate(figures):
            hedge, tolerance = (VAGUE, 0.0) if fig.vague else _primary_hedge(hedges[i][0], rules)
            chosen = attribution.choose(attributed, mentions, fig.start, sentence.text)
            period = min(periods, key=lambda p: abs(p.offset - fig.start), default=None)
            line, column = document.position(sentence.start + fig.start)
            drafts.append(Claim(
                path=document.path, line=line, column=column,
                start=sentence.start + fig.start, end=sentence.start + fig.end,
                text=fig.text, low=fig.low, high=fig.high, hedge=hedge, unit=fig.unit,
                metric=metrics[i], subject=_subject(sentence.text, fig, rules) if metrics[i] else None,
                source=chosen.source if chosen else None, source_text=chosen.source_text if chosen else "",
                cited_by=chosen.cited_by if chosen else (), as_of=period.label if period else None,
                sentence=sentence.text, sentence_index=sentence.index,
                part=parts[i][0], tolerance=tolerance,
                whole=None if parts[i][1] is None else sentence.start + figures[parts[i][1]].start,
            ))
    if default_subject is None:
        named = Counter(c.subject for c in drafts if c.subject and c.metric)
        default_subject = named.most_common(1)[0][0] if named else None
    claims = [c if c.subject or not c.metric else replace(c, subject=default_subject) for c in drafts]
    claims = _link_wholes(claims)
    return Reading(claims, _problems(pieces, found))


def _link_wholes(claims: list[Claim]) -> list[Claim]:
    """'Of these, about 8,000…': the whole is the nearest earlier figure of the same unit, in this or
    the previous sentence, that is not itself a part."""
    out = []
    for i, claim in enumerate(claims):
        if claim.part and claim.whole is None:
            for earlier in reversed(claims[:i]):
                if claim.sentence_index - earlier.sentence_index > 1:
                    break
                if earlier.unit == claim.unit and not earlier.part and earlier.hedge != VAGUE:
                    claim = replace(claim, whole=earlier.start)
                    break
        out.append(claim)
    return out


def find_source_problems(document: Document, rules: RulePack) -> list[tuple[int, attribution.Mention]]:
    """(document offset, mention) for every near-miss or wrongly expanded source name."""
    return _problems(*_sentence_mentions(document, rules))
