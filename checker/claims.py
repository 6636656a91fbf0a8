"""Claims: a figure in a draft with what it counts, of whom, when, and who said it.

`extract(document, rules, default_subject)` is the pure heart: sentences -> numbers ->
hedge, metric, subject, source, as-of for each. Vocabulary comes from the rule pack only.

A figure's metric comes from a cue next to it, else its unit, else the nearest cue; then passes
over the whole draft link parts to their wholes ("of these", "4,000 out of 12,000"), give a whole
its parts' `whole:` metric, and let a repeated or quoted figure count what the figure before did.
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
    metric_how: str | None = None  # how the metric was found: CUE, UNIT, NEAREST or WEAK; THINGS for none
    as_of_said: bool = False  # the time is when the source spoke ("Zelensky said in February"), not the figure's
    tolerance: float = 0.0  # from the hedge chain ("up to about 15,000" keeps about's tolerance)

    def to_dict(self) -> dict:
        data = asdict(self)
        for key in ("start", "end", "sentence_index", "tolerance", "whole", "metric_how", "as_of_said"):
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
        not_hedges = rules.pattern("text", "not_hedges")
        for hedge in rules.hedges.values():
            for cue in hedge.before:
                pattern = _cue_at_end(cue)
                match = pattern.search(stripped)
                if match and (best is None or match.start() < best[1]):
                    if not_hedges and any(m.end() >= match.start() + 1 and m.end() >= len(stripped.rstrip()) - 1
                                          for m in not_hedges.finditer(stripped)):
                        continue  # "add up to 3,000" is a sum, not a ceiling
                    best = (hedge.id, match.start())
        if best is None:
            break
        chain.insert(0, best[0])
        head = stripped[: best[1]]
        start = best[1]
    tail = text[number.end : number.end + 25]
    for hedge in rules.hedges.values():
        for cue in hedge.after:
            if re.match(rf"[\s-]*{re.escape(cue)}(?![\w])", tail, re.IGNORECASE):  # "3,000 or more", "11,000-odd"
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


# How a figure's metric was found, strongest first: a cue next to it, its unit, the nearest cue in
# the sentence, a weak cue ("troops"). Later passes (parts, echoes) may replace the last two.
CUE, UNIT, NEAREST, WEAK = "cue", "unit", "nearest", "weak"
THINGS = "things"  # the figure counts things, not people ("two brigades"): no metric, ever
INHERITED = "inherited"  # a part with no cue of its own counts what its whole counts


def _fits(metric: str, fig: numbers.Number, rules: RulePack) -> bool:
    """Counts and shares fit any metric; money fits only a metric whose `units` are money ("pay")."""
    base = fig.unit.split("/")[0]
    if base in ("count", "%"):
        return True
    return any(unit.split("/")[0] == base for unit in rules.metrics[metric].units)


def _metrics(text: str, figures: list[numbers.Number], hedge_starts: list[int], rules: RulePack) -> list[tuple[str | None, str | None]]:
    """(metric, how) of each figure: a cue just before or just after it binds first, then the metric
    its unit implies, then the nearest free cue."""
    strong = _cue_spans(text, rules, weak=False)
    weak = _cue_spans(text, rules, weak=True)
    not_people = rules.pattern("text", "not_people")
    result: list[tuple[str | None, str | None]] = [(None, None)] * len(figures)
    used: set[int] = set()
    eligible = []
    for i, fig in enumerate(figures):
        unit_ok = fig.unit.split("/")[0] in ("count", "USD", "%")
        after = text[fig.end : fig.end + 30]
        counts_things = not_people is not None and bool(not_people.match(re.sub(r"^\s*(?:\w+\s+)?", "", after, 1)) or
                                                        not_people.match(after.lstrip()))
        eligible.append(unit_ok and not counts_things)
        if counts_things:
            result[i] = (None, THINGS)
    # 1. a cue right before the figure (before its hedge): "killed 300", "sent about 12,000", unless
    #    a cue right after it is closer ("prisoners are among 12,000 troops sent")
    for i, fig in enumerate(figures):
        if not eligible[i]:
            continue
        head = text[: hedge_starts[i]]
        chosen = None
        for k, (s, e, metric) in enumerate(strong):
            if (e <= len(head) and _words(head[e:]) <= _HEAD_WORDS and not _CLAUSE_END.search(head[e:]) and k not in used
                    and _fits(metric, fig, rules)):
                result[i], chosen = (metric, CUE), k
        if chosen is not None:
            distance = _words(head[strong[chosen][1]:])
            closer = [c for c in strong if fig.end <= c[0] and _words(text[fig.end : c[0]]) < distance
                      and not _CLAUSE_END.search(text[fig.end : c[0]])
                      and (i + 1 == len(figures) or c[0] < figures[i + 1].start)]
            if closer:
                result[i] = (None, None)
            else:
                used.add(chosen)
    # 2. a cue in the figure's tail, up to the next figure or the end of the clause: "300 ... had been killed"
    for i, fig in enumerate(figures):
        if result[i][0] is not None or not eligible[i]:
            continue
        limit = figures[i + 1].start if i + 1 < len(figures) else len(text)
        tail = text[fig.end : limit]
        stop = _CLAUSE_END.search(tail)
        tail = tail[: stop.start()] if stop else tail
        for k, (s, e, metric) in enumerate(strong):
            if (k not in used and fig.end <= s < fig.end + len(tail) and _words(text[fig.end : s]) <= _TAIL_WORDS
                    and _fits(metric, fig, rules)):
                result[i] = (metric, CUE)
                used.add(k)
                break
    # 3. the metric the unit implies ("$2,000 a month" is pay)
    for i, fig in enumerate(figures):
        if result[i][0] is None and eligible[i]:
            implied = [m.id for m in rules.metrics.values() if fig.unit in m.units]
            if implied:
                result[i] = (implied[0], UNIT)
    # 4. the nearest cue not bound to another figure, then any cue, then a weak cue (counts only)
    for i, fig in enumerate(figures):
        if result[i][0] is not None or not eligible[i] or fig.unit.split("/")[0] not in ("count", "%"):
            continue
        for how, pool in ((NEAREST, [c for k, c in enumerate(strong) if k not in used]), (NEAREST, strong), (WEAK, weak)):
            if pool:
                result[i] = (min(pool, key=lambda c: min(abs(c[0] - fig.end), abs(c[1] - fig.start)))[2], how)
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


# ------------------------------------------------------------------------- time

def _period_for(text: str, fig: numbers.Number, periods: list) -> "dates.Period | None":
    """The time expression nearest the figure in its clause: one past a ';' dates another clause."""
    same_clause = [p for p in periods if ";" not in text[min(p.offset, fig.start) : max(p.offset, fig.end)]]
    return min(same_clause, key=lambda p: abs(p.offset - fig.start), default=None)


def _said_when(text: str, period, rules: RulePack) -> bool:
    """'Zelensky said in February', 'told lawmakers in January': the time of the statement."""
    return attribution.cue_before(text, period.offset, rules.pattern("attribution", "after_source"), 2, reach=40)


# ------------------------------------------------------------------------- parts

_WHOLE_FIRST = re.compile(r"(?:^|[,;:]\s*)of\s+(?:the|its|their|his|her)\s+(?:[\w’']+['’]s\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _part_of(text: str, i: int, figures: list[numbers.Number], hedge_start: int, rules: RulePack) -> tuple[bool, int | None]:
    """Is figure i a part of another ("of these, 8,000"; "4,000 out of 12,000"), and which figure in
    this sentence is its whole (None: an earlier sentence's, or unknown)?"""
    before_cues = rules.pattern("text", "part_of", "before")
    after_cues = rules.pattern("text", "part_of", "after")
    previous_end = figures[i - 1].end if i else 0
    head = text[previous_end:hedge_start]
    if before_cues and any(_words(head[m.end():]) <= 4 for m in before_cues.finditer(head)):
        return True, None
    if before_cues and before_cues.match(text[figures[i].end :].lstrip()):
        return True, None  # "4,000 of them have been killed"
    if i and _WHOLE_FIRST.search(text[: figures[i - 1].start]) and re.fullmatch(r"[^,;]*,\s*", text[figures[i - 1].end : hedge_start]):
        return True, i - 1  # "Of the state's 8.1 million registered voters, 5.8 million voted"
    if after_cues and i + 1 < len(figures):
        between = text[figures[i].end : figures[i + 1].start]
        totals = rules.pattern("text", "part_of", "totals")
        adjacent = rules.pattern("text", "part_of", "adjacent")
        words = between.strip()
        touching = bool(adjacent and (adjacent.fullmatch(words) or adjacent.fullmatch(re.sub(r"\s+\w+$", "", words))))
        if (touching or (after_cues.search(between) and _words(between) <= 8)) and not (totals and totals.search(between)):
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
        skip = sentences.dateline_end(sentence.text)
        words = sentence.text.title() if sentences.shouting(sentence.text) else sentence.text  # "SINCE OCTOBER"
        words = words if len(words) == len(sentence.text) else sentence.text
        periods = [p for p in dates.find_periods(words, document.date) if p.offset >= skip]
        parts = _parts(sentence.text, figures, [start for _, start in hedges], rules)
        for i, fig in enumerate(figures):
            hedge, tolerance = (VAGUE, 0.0) if fig.vague else _primary_hedge(hedges[i][0], rules)
            chosen = attribution.choose(attributed, mentions, fig.start, sentence.text, [f.start for f in figures], rules)
            period = _period_for(sentence.text, fig, periods)
            line, column = document.position(sentence.start + fig.start)
            drafts.append(Claim(
                path=document.path, line=line, column=column,
                start=sentence.start + fig.start, end=sentence.start + fig.end,
                text=fig.text, low=fig.low, high=fig.high, hedge=hedge, unit=fig.unit,
                metric=metrics[i][0], subject=_subject(sentence.text, fig, rules) if metrics[i][0] else None,
                metric_how=metrics[i][1],
                source=chosen.source if chosen else None, source_text=chosen.source_text if chosen else "",
                cited_by=chosen.cited_by if chosen else (), as_of=period.label if period else None,
                as_of_said=bool(period) and _said_when(sentence.text, period, rules),
                sentence=sentence.text, sentence_index=sentence.index,
                part=parts[i][0], tolerance=tolerance,
                whole=None if parts[i][1] is None else sentence.start + figures[parts[i][1]].start,
            ))
    if default_subject is None:
        named = Counter(c.subject for c in drafts if c.subject and c.metric)
        default_subject = named.most_common(1)[0][0] if named else None
    claims = _echo_metrics(_whole_metrics(_link_wholes(drafts), rules))
    claims = [c if c.subject or not c.metric else replace(c, subject=default_subject) for c in claims]
    return Reading(claims, _problems(pieces, found))


def _link_wholes(claims: list[Claim]) -> list[Claim]:
    """'Of these, about 8,000…': the whole is the nearest earlier figure of the same unit, in this or
    the previous sentence (itself perhaps a part: "4,000 were killed or wounded. Of these, 3,000…");
    a part joined to another in its sentence ("8,000 … and 6,000 …") shares that one's whole."""
    out: list[Claim] = []
    for claim in claims:
        if claim.part and claim.whole is None:
            for earlier in reversed(out):
                if claim.sentence_index - earlier.sentence_index > 1:
                    break
                if earlier.unit != claim.unit or earlier.hedge == VAGUE:
                    continue
                same_sentence_part = earlier.part and earlier.sentence_index == claim.sentence_index
                claim = replace(claim, whole=earlier.whole if same_sentence_part else earlier.start)
                break
        out.append(claim)
    return out


def _whole_metrics(claims: list[Claim], rules: RulePack) -> list[Claim]:
    """A part without a cue counts what its whole counts ("of them, 8,000 are on the front line");
    a whole counts its parts' `whole:` metric ("4,000 killed out of 12,000": 12,000 deployed)."""
    by_start = {c.start: i for i, c in enumerate(claims)}
    out = list(claims)
    for i, part in enumerate(claims):
        j = by_start.get(part.whole) if part.whole is not None else None
        if j is None:
            continue
        whole = out[j]
        if part.metric is None or part.metric_how == WEAK:
            if whole.metric is not None and whole.metric_how in (CUE, INHERITED):
                out[i] = replace(part, metric=whole.metric, subject=part.subject or whole.subject, metric_how=INHERITED)
            continue
        spec = rules.metrics.get(part.metric) if part.metric_how in (CUE, UNIT, NEAREST) else None
        # "4,000 out of 12,000 had been killed": the cue after the whole tells what the part counts;
        # "about 2,700 wounded, 500 of them seriously": a whole before its part keeps its own cue
        own_cue = whole.metric_how == CUE and whole.start < part.start
        if spec and spec.whole and whole.unit == "count" and not own_cue and (
                whole.metric in (None, part.metric) or whole.metric_how in (NEAREST, WEAK)):
            out[j] = replace(whole, metric=spec.whole, subject=whole.subject or part.subject, metric_how=CUE)
    return out


def _echo_metrics(claims: list[Claim]) -> list[Claim]:
    """A count with no cue of its own counts what the draft counted just before it:
    - it repeats an earlier figure ("The Kremlin has not confirmed the 11,000 figure");
    - it is attributed, or a list item, and follows a figure with a metric in the sentence before or its
      own ("Zelensky's estimate of 11,000 is higher"; "Ukrainian officials say thousands")."""
    out: list[Claim] = []
    for claim in claims:
        if claim.unit == "count" and (claim.metric is None or (claim.metric_how in (NEAREST, WEAK) and claim.hedge != VAGUE)):
            same = [c for c in out if (c.low, c.high, c.unit) == (claim.low, claim.high, claim.unit)
                    and c.metric and c.metric_how != NEAREST and c.hedge != VAGUE and claim.hedge != VAGUE]
            recent = [c for c in out if c.unit == claim.unit and c.metric and c.metric_how in (CUE, UNIT, WEAK, INHERITED)
                      and claim.sentence_index - c.sentence_index <= 1]
            # only a figure someone is quoted with ("Zelensky's estimate of 11,000") or a list item continues
            # the figure before it; "The convoy passed 40 checkpoints" does not
            recent = recent if claim.source is not None or sentences.list_item(claim.sentence) else []
            if same:
                claim = replace(claim, metric=same[-1].metric, subject=claim.subject or same[-1].subject,
                                metric_how=INHERITED)
            elif claim.metric is None and claim.metric_how != THINGS and recent:
                claim = replace(claim, metric=recent[-1].metric, subject=claim.subject or recent[-1].subject,
                                metric_how=WEAK)
        out.append(claim)
    return out


def find_source_problems(document: Document, rules: RulePack) -> list[tuple[int, attribution.Mention]]:
    """(document offset, mention) for every near-miss or wrongly expanded source name."""
    return _problems(*_sentence_mentions(document, rules))
