"""arithmetic: figures in one draft that do not add up.

- a total against its parts from one source (casualties vs killed + wounded: any `derived:` metric),
  each part as loose as its own hedge;
- a part larger than its whole, or parts that add up to more than it
  ("Of these, 8,000 … and 6,000 …");
- a share that does not match its counts ("4,000 of 12,000, or 40 percent"; "15,600 cases and
  537 deaths, a fatality rate of 10%"; "… 17,000 jobs. That is 15% of its 171,000 staff");
- a change in points that is not the difference of a share and the share it changed from ("52.9%,
  up from 41.7%, a jump of 13.2 percentage points");
- a gap in points that is not the difference of the two shares before it ("won 48.56% of the vote
  to 47.83% ..., a gap of less than half a percentage point");
- a change in percent that is not the change between its two levels ("to about 1,500 from just
  under 8,000. That amounts to a reduction of roughly 60%");
- a shortfall that does not bridge the figure reached and the mark ("received $21.5 million,
  leaving it $9.5 million short of its $30 million target").
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from typing import Iterable, Iterator

from checker import periods, regex_cache
from checker.checks.base import Context, Issue, reading_check
from checker.checks.common import (
    amount,
    bounded,
    counted,
    figure,
    named_a_total,
    said_by,
    summed_parts,
    words,
)
from checker.lexicon import Lexicon, compiled, fold
from checker.lexicon.cues import alternation
from checker.lexicon.sections import FLOORS
from checker.model import VAGUE, Claim, Severity, format_value
from checker.reading import CUE, hedges, subjects
from checker.reading.attribution import CLAUSE
from checker.reading.metrics import (
    BAR,
    BY_CUE,
    CONTESTED,
    INHERITED,
    THINGS,
    joined_after,
)
from checker.reading.numbers import increment_after
from checker.reading.parts import (
    about_the_sentence_before,
    anaphor_right_before,
    names_the_whole,
    of_them_after,
    restates,
    restates_pair,
    sentence_before,
)
from checker.reading.sentences import CLAUSE_BREAK
from checker.references import intervals


def _exactness(lexicon: Lexicon, *claims: Claim) -> float:
    """How far arithmetic on these figures may be off: their hedges' tolerance, or rounding."""
    return max([lexicon.limits.rounding, *(c.tolerance for c in claims)])


def _sum_exactness(lexicon: Lexicon, claim: Claim, whole_units: bool = False) -> float:
    """How far one figure in a sum may be off: as `_exactness`, but a count written to its last
    unit ("849", "2,373", "3,122") is rounded by at most half of it, so parts that add up to 3,222
    are not 3,122 (with `whole_units`, not at all: a stated sum of counts adds up to the unit)."""
    return max(claim.tolerance, min(lexicon.limits.rounding, _half_unit(claim, whole_units)))


def _half_unit(claim: Claim, whole_units: bool = False) -> float:
    """Half the last written step, relative to the figure: 50,000 / 3.1 million for "3.1 million"
    (its `precision`), 0.5 / 849 for "849" (with `whole_units`, none for a count: "nine", "31"
    and "41" are whole seats); infinite when a round figure may be rounded: "3,000"."""
    value = claim.high or claim.low
    if not value:
        return math.inf
    if claim.precision:
        return claim.precision / value
    if float(value).is_integer() and int(value) % 10:
        return 0.0 if whole_units and claim.unit == "count" else 0.5 / value
    return math.inf


def _reach(count: Claim, lexicon: Lexicon) -> float:
    """How far a count's hedge reaches in a ratio: its tolerance, but no further than two steps of
    its last written digit (`rounding` at least). "About 104,000" is written to the thousand, so it
    is 102,000 to 106,000, not 93,600 to 114,400; "about 14,000" and "about 3,000" keep their
    tenth."""
    value = abs(count.high or count.low)
    step = 2 * count.precision if count.precision else _last_step(value)
    if not value or not step:
        return count.tolerance
    return min(count.tolerance, max(lexicon.limits.rounding, 2 * step / value))


def _last_step(value: float) -> float:
    """The step of a whole number's last non-zero digit (1,000 for 104,000); 0 for a fraction."""
    if not float(value).is_integer() or not value:
        return 0.0
    whole, step = int(value), 1
    while whole % 10 == 0:
        whole, step = whole // 10, step * 10
    return float(step)


def _count_interval(count: Claim, lexicon: Lexicon) -> tuple[float, float]:
    """The values a count allows in a ratio: `claim_interval`, its hedge reaching `_reach`."""
    spec = lexicon.hedges.get(count.hedge)
    if spec is None or spec.interval not in ("around", "below") or count.unit == "%":
        return intervals.claim_interval(count, lexicon)
    r = _reach(count, lexicon)
    low, high = count.low - count.precision, count.high + count.precision
    return low * (1 - r), high * (1 + r) if spec.interval == "around" else high


def _far_apart(a: float, b: float, lexicon: Lexicon) -> bool:
    """Are two amounts over `far_factor` times apart? Then the figures were likely read as linked
    when they are not ("more than 24,000 ... 110 fires", "13 countries ... 2,822 cases"): a slip of
    the pen is not that far off, so no finding is made."""
    low, high = sorted((abs(a), abs(b)))
    return low > 0 and high / low >= lexicon.limits.far_factor


def _tolerance(lexicon: Lexicon, *claims: Claim) -> float:
    return max([lexicon.limits.consistency_tolerance, *(c.tolerance for c in claims)])


def _stops(lexicon: Lexicon) -> list[re.Pattern]:
    """Words of a sentence that adds to an earlier total ("five more") or revises one."""
    patterns = (lexicon.text.part_of.increments.pattern, lexicon.text.revisions.pattern)
    return [p for p in patterns if p]


@compiled
def _hedge_openers(lexicon: Lexicon) -> list[re.Pattern]:
    """The hedges' cues before a figure ("more than"), each a pattern."""
    return [h.before.pattern for h in lexicon.hedges.values() if h.before.pattern]


def _adds_to_another(
    sentence: str,
    stops: list[re.Pattern],
    lexicon: Lexicon,
    after_parts: frozenset[int] = frozenset(),
    among: tuple[int, int] = (0, 0),
) -> bool:
    """Does the sentence add to an earlier total ("five more bodies") or revise one: a stop word
    in it that does not open a hedge ("more than 6,000" adds to nothing), nor follows a part of
    the sum at one of `after_parts` (offsets in the sentence), after another part ("45 seriously
    injured and 1,373 more lightly hurt, bringing the number of injured to 1,518": more than those
    45), nor stands `among` the parts (from the word before the second to the last: "142 stores
    when it filed, 40 more in November and another 80 in December, a total of 242": each more than
    those before it, which the total sums)?"""
    hedges = _hedge_openers(lexicon)
    return any(
        not any(h.match(sentence, m.start()) for h in hedges)
        and len(sentence[: m.start()].rstrip()) not in after_parts
        and not among[0] <= m.start() < among[1]
        for stop in stops
        for m in stop.finditer(sentence)
    )


def _among(parts: list[Claim], text: str) -> tuple[int, int]:
    """Where, in their sentence, a sum's parts after the first stand: from the word before the
    second to the last's start (offsets in the sentence)."""
    if len(parts) < 2 or parts[0].sentence_index != parts[-1].sentence_index:
        return 0, 0
    start = _sentence_start(parts[0], text)
    before = text[start : parts[1].start].rstrip()
    return len(before) - len(before.split()[-1]) if before.split() else 0, parts[-1].start - start


def _later_part_ends(total: Claim, claims: list[Claim], part_metrics, text: str) -> frozenset[int]:
    """Where, in the total's sentence, each figure of a part metric ends that follows another
    part's figure in that sentence."""
    here = sorted(
        (c for c in _in_sentence(claims, total.sentence_index) if c.metric in part_metrics),
        key=lambda c: c.start,
    )
    start = _sentence_start(total, text)
    return frozenset(
        c.end - start for i, c in enumerate(here) if any(b.metric != c.metric for b in here[:i])
    )


def _from_below(claim: Claim, lexicon: Lexicon) -> bool:
    """A figure bounded from below only ("more than 6,000", "at least 6,000"): a sum of bounded
    parts can still fall short of it."""
    spec = lexicon.hedges.get(claim.hedge)
    return spec is not None and spec.interval in FLOORS


def _same_time(a: Claim, b: Claim) -> bool:
    """Not dated to different times
    ("in January … 3,000 casualties" vs "in April … 4,000 wounded")."""
    wa, wb = a.when, b.when
    return wa is None or wb is None or periods.spans_overlap(wa, wb)


def _pointed_back_to(share: Claim, claims: list[Claim], text: str, lexicon: Lexicon) -> list[Claim]:
    """The `claims` of the sentence a share's "That is" points back to (`parts.sentence_before`)."""
    pointed = sentence_before(share, claims, text, lexicon)
    return _in_sentence(claims, pointed)


def _same_year(a: Claim, b: Claim) -> bool:
    """Not dated to different years."""
    wa, wb = a.when, b.when
    return wa is None or wb is None or (wa[0].year <= wb[1].year and wb[0].year <= wa[1].year)


def _not_later(whole: Claim, part: Claim) -> bool:
    """Is the whole not dated after the part (a level known when the part happened)?"""
    wa, wb = whole.when, part.when
    return wa is None or wb is None or wa[0] <= wb[1]


def _adds_up(parts: tuple[Claim, ...], total: Claim, lexicon: Lexicon) -> bool:
    """Does the sum of the parts, each as loose as its hedge (or rounding), meet the total as
    written? A range total of ranges is added up end by end: its low end is the parts' lows, its
    high end their highs ("$15-26 billion and $5-8 billion, a total of $20-34 billion")."""
    t = _exactness(lexicon, total)
    if total.is_range and any(c.is_range for c in parts):
        e = _exactness(lexicon, *parts)
        ends = ((sum(c.low for c in parts), total.low), (sum(c.high for c in parts), total.high))
        return all(
            intervals.overlaps((added * (1 - e), added * (1 + e)), intervals.written(end, end, t))
            for added, end in ends
        )
    # each figure as loose as its hedge, or its rounding: "342 passengers and 10 crew" are not
    # "362 people in all"
    low = sum(c.low * (1 - _sum_exactness(lexicon, c, True)) for c in parts)
    high = sum(c.high * (1 + _sum_exactness(lexicon, c, True)) for c in parts)
    loose = _sum_exactness(lexicon, total, True)
    if _from_below(total, lexicon):  # "more than 6,000": the parts must reach past its bound
        return high >= total.low * (1 - loose)
    return intervals.overlaps((low, high), intervals.written(total.low, total.high, loose))


def _agree(expected: tuple[float, float], claim: Claim, t: float) -> bool:
    """Does the figure the arithmetic gives, widened by `t`, meet the figure as written?"""
    return intervals.overlaps(intervals.written(*expected, t), (claim.low, claim.high))


def _part_groups(
    total: Claim, alike: dict[tuple, list[Claim]], parts: tuple[str, ...], lexicon: Lexicon
) -> list[list[Claim]]:
    """For each part metric, the nearest figures from the total's source about its subject
    (`alike`: the draft's claims by source, subject, unit and metric)."""
    limits = lexicon.limits

    def near(c: Claim) -> bool:
        return (
            (
                total.source is not None
                or abs(c.sentence_index - total.sentence_index) <= limits.sum_sentences
            )
            and bounded(c, lexicon)
            and _same_time(c, total)
        )

    return [
        sorted(
            (
                c
                for c in alike.get((total.source, total.subject, total.unit, metric), ())
                if near(c)
            ),
            key=lambda c: abs(c.sentence_index - total.sentence_index),
        )[: limits.sum_candidates]
        for metric in parts
    ]


def _sums(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """A derived total (casualties = killed + wounded) from one source about one subject, unless
    its sentence adds to an earlier total or revises one."""
    stops = _stops(lexicon)
    alike: dict[tuple, list[Claim]] = {}  # found once: not a pass over the draft per total
    for c in claims:
        alike.setdefault((c.source, c.subject, c.unit, c.metric), []).append(c)
    for total_metric, part_metrics in lexicon.derived.items():
        for total in (c for c in claims if c.metric == total_metric):
            groups = _part_groups(total, alike, part_metrics, lexicon)
            if (
                not all(groups)
                or not (bounded(total, lexicon) or _from_below(total, lexicon))
                or _adds_to_another(
                    total.sentence,
                    stops,
                    lexicon,
                    _later_part_ends(total, claims, part_metrics, text),
                )
            ):
                continue
            combos = list(itertools.product(*groups))
            if any(
                _adds_up(combo, total, lexicon)
                or _far_apart(sum(c.low for c in combo), total.low, lexicon)
                for combo in combos
            ):
                continue
            combo = min(
                combos,
                key=lambda parts: sum(abs(c.sentence_index - total.sentence_index) for c in parts),
            )
            terms = " + ".join(
                f"{amount(c.low, c.high, 'exact', c.unit, lexicon)} {words(c.metric)}"
                for c in combo
            )
            added = amount(
                sum(c.low for c in combo), sum(c.high for c in combo), "exact", total.unit, lexicon
            )
            who = f"the figures from {said_by(total, lexicon)}" if total.source else "the draft's"
            lines = ", ".join(sorted({str(c.line) for c in combo}, key=int))
            yield Issue(
                total,
                f"{figure(total)} {words(total_metric)} does not add up: {who} {terms} "
                f"(line{'s' * (',' in lines)} {lines}) make {added}",
                f"make the {words(total_metric)} figure the sum of its parts, or check each part",
                (),
                shows=tuple(combo),
            )


def _oversized(whole: Claim, parts: list[Claim], lexicon: Lexicon) -> Iterable[Issue]:
    """A part larger than its whole, and parts that add up to more than it. Not for a share:
    a share of a share is of another base ("84.6 per cent ... 97 per cent of those eligible";
    "of the 52% who voted Leave, 60% were over 50")."""
    if whole.unit.split("/")[0] in ("%", "pp"):
        yield from _shares_past_all(whole, parts, lexicon)
        return
    counts = [
        p
        for p in parts
        if p.unit == whole.unit
        and p.hedge != VAGUE
        # "214 countries ..., including more than 18,449 deaths": a part of another metric far
        # larger than its whole was linked to it wrongly, no slip of the pen
        and not (
            None not in (p.metric, whole.metric)
            and p.metric != whole.metric
            and _far_apart(p.low, whole.high, lexicon)
        )
    ]
    t = _tolerance(lexicon, whole, *counts)
    # the most the whole allows: "more than 1,100" may well hold 1,500
    most = max(whole.high * (1 + t), intervals.claim_interval(whole, lexicon)[1])
    for part in counts:
        if part.low > most:
            yield Issue(
                part,
                f"{figure(part)} is given as a part of {figure(whole)} (line {whole.line}), "
                f"but it is larger than the whole",
                "check which figure is the part",
                (),
                shows=(whole,),
            )
    # parts add up as loosely as their hedges (or rounding) allow: "Of the 39 dead, 17 were in
    # Nairobi and the remaining 25" is three too many, though 25 alone is within the tolerance
    written = sum(p.low for p in counts)
    added = sum(p.low * (1 - _sum_exactness(lexicon, p)) for p in counts)
    most_sum = max(
        whole.high * (1 + _sum_exactness(lexicon, whole)),
        intervals.claim_interval(whole, lexicon)[1],
    )
    if len(counts) > 1 and (written > most or added > most_sum):
        total = format_value(written, written)
        yield Issue(
            counts[-1],
            f"the parts of {figure(whole)} (line {whole.line}) add up to {total}, "
            f"more than the whole",
            "check the parts against the whole",
            (),
            shows=(whole, *counts[:-1]),
        )


def _shares_past_all(whole: Claim, parts: list[Claim], lexicon: Lexicon) -> Iterable[Issue]:
    """Shares of a share that add up to more than all of it ("Of the 52% who voted Leave, 70%
    were over 50 and 45% under 50"), each as loose as its hedge or rounding."""
    shares = [p for p in parts if p.unit == "%" and p.hedge != VAGUE]
    least = sum(p.low * (1 - _sum_exactness(lexicon, p)) for p in shares)
    if len(shares) > 1 and least > 100:
        written = sum(p.low for p in shares)
        total = format_value(written, written)
        yield Issue(
            shares[-1],
            f"the shares of {figure(whole)} (line {whole.line}) add up to {total}%, more than "
            "all of it",
            "check the shares against each other",
            (),
            shows=(whole, *shares[:-1]),
        )


def _listed_parts(total: Claim, claims: list[Claim], count: int) -> list[Claim]:
    """The `count` figures of the total's metric and unit listed right before it in its sentence,
    each of its own subject (no figure of another kind between)."""
    before = [c for c in _in_sentence(claims, total.sentence_index) if c.end <= total.start]
    parts: list[Claim] = []
    for c in reversed(before):
        if c.metric != total.metric or c.unit != total.unit or c.hedge == VAGUE:
            break
        parts.insert(0, c)
    parts = parts[-count:] if len(parts) >= count else []
    subjects = [c.subject for c in parts]
    return parts if len(set(subjects)) == len(subjects) else []


def _listed_sums(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'Suzu accounted for 91 of the dead and Wajima for 81 - 182 deaths between the two cities':
    a figure named the total of the figures of its metric listed just before it ("between the
    two", "combined") that is not their sum."""
    pattern = lexicon.text.part_of.listed_totals.pattern
    reach, numbers = lexicon.limits.cue_reach_chars, lexicon.numbers.words
    starts = sorted(c.start for c in claims)
    for total in claims:
        if pattern is None or total.metric is None or total.unit == "%":
            continue
        end = total.end + reach
        stop = _CLAUSE_STOP.search(text, total.end, end)
        found = pattern.search(text, total.end, stop.start() if stop else end)
        after = bisect.bisect_left(starts, total.end)
        if found and after < len(starts) and starts[after] < found.start():
            continue  # another figure first: the phrase is that one's
        count = (
            next((numbers[w] for w in found.group(0).lower().split() if w in numbers), 0)
            if found
            else 0
        )
        parts = _listed_parts(total, claims, count) if count >= 2 else []
        if not parts:
            continue
        if _far_apart(sum(c.low for c in parts), total.low, lexicon):
            continue
        yield from _unsummed(total, parts, lexicon)


def _unsummed(total: Claim, parts: list[Claim], lexicon: Lexicon) -> Iterable[Issue]:
    """The issue of a total that is not the sum of the parts it adds up, as far as their hedges
    and rounding reach; none when it is."""
    expected = (sum(c.low for c in parts), sum(c.high for c in parts))
    if not _agree(expected, total, _exactness(lexicon, total, *parts)):
        yield Issue(
            total,
            f"{' + '.join(c.text for c in parts)} make "
            f"{format_value(*map(round, expected))}, not {total.text}",
            "check the total against the figures it adds up",
            (),
            shows=tuple(parts),
        )


_CLAUSE_STOP = regex_cache.compile(r"[;.!?]")


def _colon_lists(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'Fiona killed 29 people across the Caribbean: 25 in Puerto Rico, two in the Dominican
    Republic and one in Guadeloupe': a total, a colon, and the whole list of its parts, closed by
    a list joiner before the last (not "including ..."), that do not add up."""
    for whole, parts in _linked_parts(claims):
        parts = sorted((c for c in parts if c.start > whole.start), key=lambda c: c.start)
        if len(parts) >= 2 and _a_whole_list(whole, parts, text, lexicon):
            yield from _unsummed(whole, parts, lexicon)


def _a_whole_list(whole: Claim, parts: list[Claim], text: str, lexicon: Lexicon) -> bool:
    """Are the parts listed after a colon right after the whole's clause, a list joiner the last
    word before the last part, each as firm as the whole, none "including" others nor standing
    for several ("one each in Guadeloupe and Canada"), and nothing left over after the last?"""
    if whole.unit == "%" or whole.part or whole.whole is not None:
        return False  # a whole that is itself a part ("including 25 in Puerto Rico: ...")
    if not all(bounded(c, lexicon) for c in (whole, *parts)):
        return False
    lead = text[whole.end : parts[0].start]
    including = lexicon.text.part_of.including.pattern
    gaps = [text[a.end : b.start] for a, b in zip(parts, parts[1:], strict=False)]
    if ":" not in lead or _CLAUSE_STOP.search(lead) or ":" in "".join(gaps):
        return False
    if any(_CLAUSE_STOP.search(g) or (including and including.search(g)) for g in [lead, *gaps]):
        return False
    last = gaps[-1].split()
    if not last or fold(last[-1]) not in lexicon.text.list_joiners.folded:
        return False  # (not "two in Antigua and Barbuda, one in Guadeloupe": no joiner last)
    each = lexicon.text.part_of.distributive.pattern
    if each is not None and any(each.match(text, _SPACES.match(text, c.end).end()) for c in parts):
        return False
    return not _leaves_a_rest(parts[-1], text, lexicon)


def _leaves_a_rest(last: Claim, text: str, lexicon: Lexicon) -> bool:
    """Does a phrase of its own after the last part, past a comma, say the list is not the whole
    ("..., with the rest from smaller parties"; not "20 elsewhere", the last part's own place)?"""
    rest = lexicon.text.part_of.list_rest.pattern
    end = min(len(text), last.end + lexicon.limits.cue_reach_chars)
    stop = _CLAUSE_STOP.search(text, last.end, end)
    comma = text.find(",", last.end, stop.start() if stop else end)
    return rest is not None and comma >= 0 and bool(rest.search(text, comma, end))


def _summarised(total: Claim, parts: list[Claim], text: str, lexicon: Lexicon) -> bool:
    """'Ten people died in Ayacucho ..., and the Ombudsman's Office counted 17 dead in Juliaca: 32
    deaths in less than four weeks': a count right after a summary mark (a hedge aside), with a
    word of its own saying what it counts, after two counts or more of that metric and nothing
    else in its sentence, is their sum."""
    marks = lexicon.text.part_of.summary_marks
    head = text[max(parts[-1].end, total.start - lexicon.limits.cue_reach_chars) : total.start]
    at = max((head.rfind(m) for m in marks), default=-1)
    return (
        at >= 0
        and total.metric_how in BY_CUE
        and total.whole is None  # "4,000 casualties: 300 killed and ...": a part, not a sum
        and len(head[at + 1 :].split()) <= lexicon.limits.cue_words
        and not _DIGIT.search(head, at)
        and len(parts) >= 2
        and all(c.metric == total.metric and c.unit == total.unit for c in parts)
        and total.low >= max(c.high for c in parts)  # "...: 2 deaths in Cusco" is one more place
    )


def _sentence_start(claim: Claim, text: str) -> int:
    """Where the claim's sentence starts in the draft: the occurrence of its text in the sentence
    that puts the sentence there."""
    at = claim.sentence.find(claim.text)
    while at >= 0:
        start = claim.start - at
        if text.startswith(claim.sentence, start):
            return start
        at = claim.sentence.find(claim.text, at + 1)
    return max(0, claim.start - claim.sentence.find(claim.text))


def _parts_brought_to(total: Claim, parts: list[Claim], text: str, lexicon: Lexicon) -> bool:
    """'16,000 people had been taken out by land and 3,000 by sea ..., bringing the total to
    22,000': a running total's lead right before the figure, after figures of two or more parts of
    what it counts (their metrics' `whole:`), sums those parts, not an earlier total."""
    kinds = {p.metric for p in parts}
    if len(kinds) < 2 or not all(
        (spec := lexicon.metrics.get(k)) is not None and spec.whole == total.metric for k in kinds
    ):
        return False
    return _running_total_lead(total, text, lexicon) is not None


def _running_total_lead(total: Claim, text: str, lexicon: Lexicon) -> int | None:
    """Where a running total's lead ("bringing the total to") starts in the draft, when one ends a
    few words before the figure in its sentence; else None."""
    lead, limits = lexicon.text.part_of.running_totals.pattern, lexicon.limits
    if lead is None:
        return None
    head_start = max(_sentence_start(total, text), total.start - limits.cue_reach_chars)
    head = text[head_start : total.start]
    found = list(lead.finditer(head))
    if not found or len(head[found[-1].end() :].split()) > limits.cue_words:
        return None
    return head_start + found[-1].start()


def _joined_total(total: Claim, text: str, lexicon: Lexicon) -> bool:
    """Is the figure a running total led by "bringing the total to" or the like, in a sentence
    that joins the figures before it by "on top of" or the like ("2,892 new cases, on top of the
    4,824 it had counted, bringing the total to 8,716")?"""
    join = lexicon.text.part_of.sum_joins.pattern
    led_at = _running_total_lead(total, text, lexicon) if join is not None else None
    return led_at is not None and bool(join.search(text, _sentence_start(total, text), led_at))


_DIGIT = regex_cache.compile(r"\d")


def _summed(
    total: Claim, by_sentence: dict[int, list[Claim]], text: str, lexicon: Lexicon
) -> list[Claim]:
    """The figures a sum adds up: those of its unit before it in its sentence (after a ";"), each
    a level on its own (not a conversion, a change's start, nor another figure's part); or, when
    it is its sentence's first figure and sums the sentence before ("that comes to", "Together,
    ... a combined": `_sums_the_sentence_before`), those of the sentence before, but a whole
    given after its part ("169 of the 650 seats")."""

    def addable(c: Claim) -> bool:
        return (
            c.unit == total.unit
            and c.hedge != VAGUE
            and c.conversion_of is None
            and c.role is None
            and c.whole is None
        )

    here = [c for c in by_sentence.get(total.sentence_index, ()) if c.end <= total.start][
        -lexicon.limits.compare_window :  # work per figure is bounded
    ]
    if here:  # after the last ";" before the total (offsets in the draft's text)
        cut = text.rfind(";", here[0].start, total.start)
        return [c for c in here if c.start > cut and addable(c)]
    at = total.sentence.find(total.text)  # the sentence's first figure: its first such text
    how = _sums_the_sentence_before(total, at, text, lexicon)
    if how is None:
        return []  # not "That makes Herat the worst hit, with 5,000 homes gone"
    before = by_sentence.get(total.sentence_index - 1, ())
    # not a whole given after its part ("169 of the 650 seats"; but "149 injured, 33 of whom")
    wholes = {c.whole for c in before if c.whole is not None and c.whole > c.start}
    parts = [c for c in before if addable(c) and c.start not in wholes]
    if how == _OPENER and len([c for c in parts if c.metric == total.metric]) != 2:
        return []  # "Together, the two largest parties ...", after four parties' seats: which
        # two is not known
    return parts


_ANAPHOR, _OPENER = "anaphor", "opener"  # how a total sums the sentence before's figures


def _sums_the_sentence_before(total: Claim, at: int, text: str, lexicon: Lexicon) -> str | None:
    """How the total, its sentence's first figure (at `at` in it), sums the sentence before's:
    by "that comes to" or the like a few words before it ("In all, that comes to 2,982"), or by
    one of the `sum_openers` opening its sentence, when a sum lead or tail names it a total
    ("Together, the two largest parties hold a combined 303 seats": then the sentence before
    must give two figures of what it counts); None when it does not."""
    part_of, near = lexicon.text.part_of, lexicon.limits.cue_words
    anaphor = part_of.sum_anaphors.pattern
    found = anaphor.search(total.sentence, 0, at) if anaphor and at >= 0 else None
    if (
        found is not None
        and len(total.sentence[: found.start()].split()) <= near
        and len(total.sentence[found.end() : at].split()) <= near
    ):
        return _ANAPHOR
    opener = _sum_opener(lexicon)
    if (
        opener is not None
        and at >= 0
        and opener.match(total.sentence) is not None
        and named_a_total(text, total.start, total.end, lexicon)
    ):
        return _OPENER
    return None


@compiled
def _sum_opener(lexicon: Lexicon) -> re.Pattern | None:
    """One of the `sum_openers` opening a sentence, set off by a comma."""
    openers = lexicon.text.part_of.sum_openers.pattern
    return regex_cache.compile(rf"\W*(?:{openers.pattern})\s*,", openers.flags) if openers else None


def _counts_alike(
    total: Claim, parts: list[Claim], text: str, lexicon: Lexicon, brought: bool = False
) -> list[Claim]:
    """The parts that count what the total counts: when the total is a `derived:` total, those of
    its parts' metrics ("1,294 deaths and 1,688 injuries, with 485 missing. In all, that comes to
    3,282 casualties": not the missing); else all of them, when each says what it counts and the
    total counts one of their metrics ("16,000 by land and 3,000 by sea, a total of 19,000
    evacuated"), or counts nothing it names and they all count one (those of its own metric only,
    when they sum the sentence before and count other things too); `brought` (a running total's
    lead after parts of what it counts: `_parts_brought_to`), all of them. None for "two
    hospitals, with 120 and 130 beds, treated 400 patients in all", nor for "300 killed and 2,700
    wounded, out of a total of 12,000 deployed" (parts of the deployed, not adding up to them)."""
    derived = set(summed_parts(total, lexicon))
    if derived:
        return [p for p in parts if p.metric in derived]
    if total.metric is not None and not any(_described(p, text, lexicon) for p in parts):
        # "three rounds of closures -- 142 stores ..., 40 more and another 80 -- a total of 242
        # stores": the rounds are no stores, and there are as many figures as rounds (not
        # "Across four states, 142 stores in Ohio and 40 in Texas, a total of 262": two of four)
        things = [p for p in parts if p.metric_how == THINGS]
        parts = [p for p in parts if p.metric_how != THINGS]
        if any(t.low != len(parts) for t in things) and sum(p.low for p in parts) <= total.high:
            return []  # ... but parts above the total are too many, whatever is left out
    metrics = {p.metric for p in parts}
    if None in metrics:
        return []
    joined = joined_after(total.sentence, total.end - total.sentence_start, lexicon)
    if len(joined) > 1 and len(metrics & joined) > 1:
        # "13,013 deaths and ... 14,608 people as missing, 26,621 dead or missing in all": the
        # total's words name the metrics of the parts it sums (not "120 injured" among them)
        return [p for p in parts if p.metric in joined]
    if total.metric is None:  # "lost $8 billion, ... $1.7 billion and ... $1.3 billion, a
        # combined $13 billion.": a sum with no word after it counts what all its parts count
        # ("That makes three prefecture towns" counts towns)
        bare = _BARE_END.match(text, total.end)
        return parts if len(metrics) == 1 and bare else []
    if total.metric in metrics and len(metrics) > 1 and _sums_before(total, parts):
        # the sentence before counts other things too ("after four judicial recounts, gives the
        # Liberals 169 seats and the Conservatives 144. Together, ... a combined 303 seats")
        return [p for p in parts if p.metric == total.metric]
    if brought or total.metric in metrics:
        return parts
    # "142 stores when it filed, 40 more ... and another 80 ..., a total of 242 stores": the parts
    # all count one thing (closures), and the total has the first part's own noun
    same = (
        len(metrics) == 1
        and parts[0].metric_how == CONTESTED  # it has the total's metric's cue beside it too
        and _noun_after(parts[0], text) == _noun_after(total, text)
    )
    return parts if same and _noun_after(total, text) else []


def _noun_after(claim: Claim, text: str) -> str | None:
    """The word right after a figure ("stores" of "142 stores"), lower-cased; None if none."""
    found = _WORD_AFTER.match(text, claim.end)
    return found.group(1).lower() if found else None


_WORD_AFTER = regex_cache.compile(r"\s+([^\W\d_]+)")


_BARE_END = regex_cache.compile(r"\s*(?:[.;:!?,]|$)")


def _described(count: Claim, text: str, lexicon: Lexicon) -> bool:
    """Is `count` a count of things the figures after it describe, one each: a `described_by` word
    after its noun ("two towns, with 120 and 130 deaths")?"""
    pattern = _described_by(lexicon)
    return (
        count.metric_how == THINGS and pattern is not None and bool(pattern.match(text, count.end))
    )


@compiled
def _described_by(lexicon: Lexicon) -> re.Pattern | None:
    leads = lexicon.text.part_of.described_by
    if not leads:
        return None
    return regex_cache.compile(
        rf"\s+[^\W\d_][\w-]*\s*,?\s*(?:{alternation(leads)})\b", re.IGNORECASE
    )


def _sums_before(total: Claim, parts: list[Claim]) -> bool:
    """Are the parts the sentence before's ("In all, that comes to ...": `_summed` found them
    only after such an opener)?"""
    return parts[0].sentence_index < total.sentence_index


def _new_ones(sentence: str, lexicon: Lexicon) -> bool:
    """Does the sentence count new ones ("12 new deaths", "three more cases"): an amount added to
    a total given before, not a total of its own?"""
    return _new_ones_pattern(lexicon).search(sentence) is not None


@compiled
def _new_ones_pattern(lexicon: Lexicon) -> re.Pattern:
    return regex_cache.compile(rf"\d\S*{increment_after(lexicon)}", re.IGNORECASE)


def _stated_sums(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'three work-related deaths and 37 that were not, 40 in all', 'In all, that comes to 3,282
    casualties': a figure named the sum of the figures before it that is not their sum (each
    figure as loose as its hedge). Skipped when a figure is open-ended, and in a sentence that
    adds to an earlier total ("five more bodies, a total of 45") or revises one."""
    stops = _stops(lexicon)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:  # each sentence's figures, found once (not per figure: linear in the draft)
        by_sentence.setdefault(c.sentence_index, []).append(c)
    for total in claims:
        if total.unit == "%" or not (bounded(total, lexicon) or _from_below(total, lexicon)):
            continue
        parts = _summed(total, by_sentence, text, lexicon)
        joined = bool(parts) and _joined_total(total, text, lexicon)
        if not parts:
            continue
        summary = _summarised(total, parts, text, lexicon)
        led = (
            joined
            or summary
            or named_a_total(text, total.start, total.end, lexicon)
            or _sums_before(total, parts)
        )
        brought = not led and _parts_brought_to(total, parts, text, lexicon)
        if not (led or brought):
            continue
        parts = _counts_alike(total, parts, text, lexicon, brought)
        if joined:  # "... on top of the 1,000 wounded, bringing the wounded total to 3,700": the
            # total's own kind only, or new ones of it ("2,892 new cases, on top of the 4,824 it
            # had counted, bringing the total to 8,716": new cases are a part of cases, whichever
            # of the two the total was read to count)
            parts = [c for c in parts if _part_or_whole(c.metric, total.metric, lexicon)]
        if len(parts) < 2 or not all(bounded(c, lexicon) for c in parts):
            continue
        among = _among(parts, text)
        if any(
            _adds_to_another(c.sentence, stops, lexicon, among=among) for c in (total, parts[0])
        ):
            continue
        if _sums_before(total, parts) and _new_ones(parts[0].sentence, lexicon):
            continue  # "12 new deaths in Suzu and 9 in Wajima. That brings the number of deaths
            # to 313": a running count the day's figures add to
        if not _adds_to_earlier(total, parts, claims, lexicon):
            yield from _not_their_sum(total, parts, lexicon)


def _not_their_sum(total: Claim, parts: list[Claim], lexicon: Lexicon) -> Iterable[Issue]:
    """The issue of a figure named the sum of `parts` that is not their sum, each figure as loose
    as its hedge (`_adds_up`); none when it is, or when the sum is far off (`_far_apart`)."""
    if _adds_up(tuple(parts), total, lexicon) or _far_apart(
        sum(c.low for c in parts), total.low, lexicon
    ):
        return
    expected = amount(
        sum(c.low for c in parts), sum(c.high for c in parts), "exact", total.unit, lexicon
    )
    yield Issue(
        total,
        f"{' + '.join(c.text for c in parts)} make {expected}, not "
        f"{figure(total) if _from_below(total, lexicon) else total.text}",
        "check the total against the figures it adds up",
        (),
        shows=tuple(parts),
    )


def _sums_of_the_named(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'The Alpha Party, the Beta Party and the Gamma Party hold 102 seats in all', each party's
    seats given earlier in the draft: a figure named a total, the first figure of its sentence,
    whose sentence names before it two subjects or more (not as an owner: "against Borissov's
    way"), every one with a figure of the total's metric and unit earlier in the draft, is the sum
    of the latest of each. Skipped when a part is open-ended or dated to another time than the
    total, or the sum is far off."""
    latest: dict[tuple, Claim] = {}  # (metric, unit, subject) -> the latest figure so far
    for i, total in enumerate(claims):
        opens = i == 0 or claims[i - 1].sentence_index != total.sentence_index
        parts = (
            _named_parts(total, latest, text, lexicon)
            if opens and total.metric and total.unit != "%"
            else []
        )
        if total.metric and total.subject:
            latest[(total.metric, total.unit, total.subject)] = total
        if len(parts) >= 2 and all(bounded(c, lexicon) for c in (total, *parts)):
            yield from _not_their_sum(total, parts, lexicon)


def _named_parts(
    total: Claim, latest: dict[tuple, Claim], text: str, lexicon: Lexicon
) -> list[Claim]:
    """The latest earlier figure of each subject the total's sentence names before it, of the
    total's metric and unit, when the total is named a total, every subject named has one, and
    all are of the total's time."""
    if not named_a_total(text, total.start, total.end, lexicon):
        return []
    head = total.sentence[: max(0, total.start - total.sentence_start)]
    named = {c.subject for c in subjects.cues(head, lexicon) if not c.owner}
    if total.subject in named and total.subject_how == CUE:
        return []  # "..., which has 51 seats in all": the named party's own figure, no sum
    parts = [latest.get((total.metric, total.unit, s)) for s in named - {total.subject}]
    if any(c is None or c.when != total.when for c in parts):
        return []
    return sorted(parts, key=lambda c: c.start)


def _part_or_whole(a: str | None, b: str | None, lexicon: Lexicon) -> bool:
    """Are the two metrics one, or is either the other's `whole:`?"""
    if a is None or b is None:
        return a == b
    wholes = (lexicon.metrics.get(a), lexicon.metrics.get(b))
    return (
        a == b
        or (wholes[0] is not None and wholes[0].whole == b)
        or (wholes[1] is not None and wholes[1].whole == a)
    )


def _adds_to_earlier(
    total: Claim, parts: list[Claim], claims: list[Claim], lexicon: Lexicon
) -> bool:
    """'By Sunday, the ministry had counted 180 deaths. Rescuers recovered 30 bodies on Monday,
    20 more on Tuesday and another 20 on Wednesday, for a total of 250 deaths': the total is an
    earlier figure of its metric (before the parts) and the parts together, not the parts alone."""
    rest = total.low - sum(c.low for c in parts)
    t = _exactness(lexicon, total, *parts)
    return rest > 0 and any(
        c.end <= parts[0].start
        and c.metric == total.metric
        and c.unit == total.unit
        and abs(c.low - rest) <= t * total.low
        for c in claims
    )


def _same_metric(a: Claim, b: Claim) -> bool:
    return a.metric is None or b.metric is None or a.metric == b.metric


def _part_metric(count: Claim, share: Claim, whole: Claim, lexicon: Lexicon) -> bool:
    """Can the count be the share's part: the same metric, or, when the share's own words name
    only the whole ("15% of its workforce of 171,000"), one whose `whole:` is the whole's ("17,000
    job cuts")?"""
    spec = lexicon.metrics.get(count.metric) if count.metric else None
    return _same_metric(count, share) or (
        share.metric == whole.metric and spec is not None and spec.whole == whole.metric
    )


def _share_counts(
    share: Claim, whole: Claim, claims: list[Claim], text: str, lexicon: Lexicon
) -> list[Claim]:
    """The counts a share of `whole` may be the share of: in its sentence, else, for a share
    linked to the whole ("83 percent of the 299 ballots cast"), the one count before it in its
    clause of a metric the pack sums into the whole's (`derived:`: "The 234 yes votes made up
    ..."), or, the share set off by a comma or a dash, the one count of the whole's unit before it
    (`_the_one_count_before`), else, when the sentence opens with "That is" or the like, the last
    count of the sentence before. A count set off by a comma right before the share is its part,
    whatever its words were read to count ("taken from 25 patients, about a third of the 128
    cases"), and so is one after ", or" right after it ("86 percent of them homes, or nearly 1,500
    residences")."""

    share_of = share.high / 100 * whole.high

    def fits(c: Claim) -> bool:
        return (
            c.unit == whole.unit
            and c is not whole
            and c.hedge != VAGUE
            and c.whole in (None, whole.start)
            # the whole said again ("its workforce at about 11,600, and 20% of 11,600 is 2,320")
            and (c.low, c.high) != (whole.low, whole.high)
            and (
                _part_metric(c, share, whole, lexicon)
                or (c.end <= share.start and _set_off_beside_part(text, c, share, lexicon))
                # "86 percent of them homes, or nearly 1,500 residences": the count restates it
                or (share.end <= c.start and restates(text, share.end, c.start, lexicon))
            )
            # "15% of the 37,000 people the two banks employ": not the banks' two
            and not _far_apart(share_of, c.low, lexicon)
        )

    here = [c for c in _in_sentence(claims, share.sentence_index) if fits(c)]
    if not here and share.whole == whole.start:
        part = _summed_part(share, whole, claims, text, lexicon) or _the_one_count_before(
            share, whole, claims, text, lexicon
        )
        here = [part] if part and not _far_apart(share_of, part.low, lexicon) else []
    if here or not about_the_sentence_before(share, lexicon):
        return here
    before = [c for c in _pointed_back_to(share, claims, text, lexicon) if c.is_level]
    return [before[-1]] if before and fits(before[-1]) else []


def _the_one_count_before(
    share: Claim, whole: Claim, claims: list[Claim], text: str, lexicon: Lexicon
) -> Claim | None:
    """'So far roughly 250,000 doses ... have reached Congo, according to the health ministry —
    about a quarter of the 3 million doses the country needs': a share of a whole it names, set
    off by a comma or a dash (its hedge aside), is a share of the one count of the whole's unit
    before it in its sentence."""
    reach = lexicon.limits.cue_reach_chars
    head = hedges.without_hedge(text[max(0, share.start - reach) : share.start], lexicon)
    if not head.rstrip().endswith((",", "—", "–", " -")):
        return None
    counts = _counts_before(share, whole, claims)
    return counts[0] if len(counts) == 1 else None


def _summed_part(
    share: Claim, whole: Claim, claims: list[Claim], text: str, lexicon: Lexicon
) -> Claim | None:
    """'The 234 yes votes made up roughly 83 percent of the 299 ballots cast': the one count before
    the share, in its clause, of a metric the pack sums into the whole's (`derived:`); not one a
    clause break stands after ("..., while opposition lawmakers cast roughly 40 percent of the 299
    ballots" is not the yes votes' share)."""
    summed = lexicon.derived.get(whole.metric, ()) if whole.metric else ()
    clause_break = _clause_break(lexicon)
    parts = [
        c
        for c in _counts_before(share, whole, claims)
        if c.metric in summed and not clause_break.search(text, c.end, share.start)
    ]
    return parts[0] if len(parts) == 1 else None


def _counts_before(share: Claim, whole: Claim, claims: list[Claim]) -> list[Claim]:
    """The figures before the share in its sentence that may be its part: of the whole's unit,
    not vague, and no part of a whole of their own."""
    return [
        c
        for c in _in_sentence(claims, share.sentence_index)
        if c.end <= share.start
        and c is not whole
        and c.unit == whole.unit
        and c.hedge != VAGUE
        and c.whole is None
    ]


def _in_sentence(claims: list[Claim], index: int) -> list[Claim]:
    """The claims of sentence `index`, found by bisection in claims in the draft's order (not a
    scan per figure: a draft of thousands of shares stays linear)."""
    low = _sentence_opens(claims, index)
    return claims[low : bisect.bisect_right(claims, index, lo=low, key=_sentence_index)]


def _sentence_opens(claims: list[Claim], index: int) -> int:
    """Where sentence `index`'s claims open in claims in the draft's order."""
    return bisect.bisect_left(claims, index, key=_sentence_index)


def _sentence_index(claim: Claim) -> int:
    return claim.sentence_index


def _share_of_whole(
    whole: Claim, parts: list[Claim], claims: list[Claim], text: str, lexicon: Lexicon
) -> Iterable[Issue]:
    """'4,000 of 12,000, or 40%': a share given as a part of the whole, against the count beside
    it (or, after "That is", the count of the sentence before); a hedged percentage reaches only
    as far as `_share_agrees` lets it. A share of a share ("7%, of which 5% goes to veterans'
    families") is in points of the whole, not a share of it."""
    if whole.unit == "%":
        return
    for share in (p for p in parts if p.unit == "%"):
        open_ended = _from_below(whole, lexicon)  # "13% of the more than 23,000": no top
        # "fewer than two-thirds of the 687": as far as the share's hedge reaches
        low, high = (
            (share.low, share.high)
            if bounded(share, lexicon)
            else intervals.claim_interval(share, lexicon)
        )
        for count in _share_counts(share, whole, claims, text, lexicon)[:1]:
            expected = (low / 100 * whole.low, min(high, 100) / 100 * whole.high)
            allowed = (expected[0], math.inf) if open_ended else expected
            agrees = _agree(allowed, count, _exactness(lexicon, share, whole, count))
            if agrees and bounded(share, lexicon) and not open_ended and whole.low > 0:
                # a hedged percentage reaches only as far as `_share_agrees` lets it ("roughly
                # 83 percent of the 299 ballots" is not 234, 78%)
                ratio = 100 * count.low / whole.low
                agrees = _share_agrees((ratio, ratio), share, lexicon, whole, count)
            if not agrees:
                above = open_ended or count.high < expected[0]  # below the share's reach
                said = (
                    f"about {format_value(*map(round, expected))}"
                    if bounded(share, lexicon) and not open_ended
                    else f"at least {format_value(round(expected[0]), round(expected[0]))}"
                    if above
                    else f"at most {format_value(round(expected[1]), round(expected[1]))}"
                )
                yield Issue(
                    share,
                    f"{share.text} of {figure(whole)} is {said}, not {figure(count)}",
                    "check the share against its counts",
                    (),
                    shows=(whole, count),
                )


def _free_shares(
    claims: list[Claim], by_start: dict[int, Claim], text: str, lexicon: Lexicon
) -> Iterable[Issue]:
    """A share beside a part and its whole in one sentence ("4,000 of 12,000 — 40%"), or in the
    sentence before when its own opens with "That is" ("5,078 cancellations out of roughly
    110,000 scheduled flights. That is nearly 9% of the day's schedule"). A share set off right
    after the whole ("76 of the 577 seats - roughly a fifth of the assembly -") is that pair's,
    whatever its own words were read to count."""
    read: dict[int, list] = {}  # a sentence's subject cues, read once (`_of_its_own_subject`)
    for share in (c for c in claims if c.unit == "%" and c.whole is None):
        sentence = share.sentence_index
        if about_the_sentence_before(share, lexicon) and not any(
            c.whole in by_start for c in _in_sentence(claims, sentence)
        ):
            sentence = sentence_before(share, claims, text, lexicon)
        in_sentence = _in_sentence(claims, sentence)
        pairs = [
            (c, by_start[c.whole])
            for c in in_sentence
            if c.whole in by_start
            and c.unit == by_start[c.whole].unit
            and c.unit != "%"
            and not _stated_apart(share, c, by_start[c.whole], in_sentence, text, lexicon)
            and not _of_its_own_subject(share, c, by_start[c.whole], lexicon, read)
            # the part's metric, or the whole's when the share names the whole ("16 golds among
            # its 64 medals, a third of its haul")
            and (
                _part_metric(c, share, by_start[c.whole], lexicon)
                or _set_off_after(text, by_start[c.whole], share, lexicon)
                or names_the_whole(text, share.end, lexicon)
                or _set_off_beside_part(text, c, share, lexicon)
                # "1,074 of the 1,110 ..., or about three-quarters"
                or restates_pair(text, max(c.end, by_start[c.whole].end), share, claims, lexicon)
                or _counts_a_part_of(share, c, by_start[c.whole], lexicon)
                or (
                    c.sentence_index == share.sentence_index
                    and _names_the_parts_whole(share, c, text, lexicon)
                )
            )
        ]
        # the part nearest the share ("Of those 190 deaths, 158, or more than 90 percent": not
        # the 190, a part of the day's toll before it)
        pairs.sort(key=lambda pair: abs(share.start - pair[0].end))
        for count, whole in pairs[:1]:
            ratio = 100 * count.low / whole.low if whole.low else None
            if ratio is not None and not _share_fits(ratio, share, whole, count, lexicon):
                yield Issue(
                    share,
                    f"{figure(count)} of {figure(whole)} is {ratio:.0f}%, not {share.text}",
                    "check the share against its counts",
                    (),
                    shows=(count, whole),
                )


def _of_its_own_subject(
    share: Claim, part: Claim, whole: Claim, lexicon: Lexicon, read: dict[int, list]
) -> bool:
    """'When the dashboard covered 77 of the 121 constituencies, Nandi-Ndaitwah stood at 56.9 per
    cent': a share whose subject, one neither the part nor the whole is of, is named between them
    and it, past a clause mark after them, opens a clause of its own: that subject's share, not
    their ratio (not "62,267 — roughly 48 percent — were in Chennai district")."""
    if (
        share.subject_how != CUE
        or share.subject is None
        or share.subject in (part.subject, whole.subject)
        or share.sentence_index != whole.sentence_index
    ):
        return False
    low = max(part.end, whole.end) - share.sentence_start
    high = share.start - share.sentence_start
    if low >= high:
        return False
    text = share.sentence
    if share.sentence_start not in read:
        read[share.sentence_start] = subjects.cues(text, lexicon)
    return any(
        cue.subject == share.subject
        and low <= cue.start
        and cue.end <= high
        and CLAUSE_BREAK.search(text, low, cue.start) is not None
        for cue in read[share.sentence_start]
    )


def _stated_apart(
    share: Claim, part: Claim, whole: Claim, in_sentence: list[Claim], text: str, lexicon: Lexicon
) -> bool:
    """Does the share stand apart from a part and its whole of its sentence: before the part, a
    conjunction or a ";" between ("In 2019 it had won 52.7 percent and 38 of the 57 seats"; not
    "nearly two-thirds of them, about 3,000"), or after another share that follows them, which is
    their ratio ("356 deaths among 9,274 cases, a rate of 3.8 percent, ... far above the 1 percent
    the WHO regards as acceptable")?"""
    if share.sentence_index != part.sentence_index:
        return False
    if part.start >= share.end:
        # (in the few words right before the part, not anywhere between)
        between = text[max(share.end, part.start - lexicon.limits.cue_reach_chars) : part.start]
        joined = lexicon.text.conjunctions.pattern
        return ";" in between or (joined is not None and joined.search(between) is not None)
    if whole.low <= 0:
        return False
    after, ratio = max(part.end, whole.end), 100 * part.low / whole.low
    return any(
        c.unit == "%"
        and after <= c.start
        and c.end <= share.start
        and _share_fits(ratio, c, whole, part, lexicon)  # the pair's own ratio, said first
        for c in in_sentence
    )


def _names_the_parts_whole(share: Claim, part: Claim, text: str, lexicon: Lexicon) -> bool:
    """Do the share's words name, by its metric, what the pack makes the part a part of (the
    part's metric's `whole:`): "about 4.4 million of its roughly 4.9 million customers had lost
    service, around 90 percent of the utility's customer base"? (In the part's own sentence: "Of
    those, six had gunshot wounds and 32 had been affected by tear gas. That means roughly one in
    nine of the injured had been shot" is the share of the six its words name.)"""
    spec = lexicon.metrics.get(part.metric) if part.metric else None
    return (
        spec is not None
        and spec.whole is not None
        and _metric_named_after(share, text, lexicon) == spec.whole
    )


def _counts_a_part_of(share: Claim, part: Claim, whole: Claim, lexicon: Lexicon) -> bool:
    """Does the share count a part of what the whole counts (its metric's `whole:`), the part
    being read as either ("Of those, 83,166 patients were sick enough to be admitted to hospital
    -- more than two-thirds of everyone who caught the disease", after 148,787 cases)?"""
    spec = lexicon.metrics.get(share.metric) if share.metric else None
    return (
        spec is not None
        and spec.whole is not None
        and spec.whole == whole.metric
        # read so by a word of its own, not taken from its whole ("91,463 staff ..., just over
        # 41,500 of them in Germany. That means about one in five jobs will go")
        and (
            part.metric == share.metric
            or (part.metric == whole.metric and part.metric_how != INHERITED)
        )
    )


def _share_fits(ratio: float, share: Claim, whole: Claim, count: Claim, lexicon: Lexicon) -> bool:
    """Does the ratio of the counts meet the share as written (`_share_agrees`), or, for an
    open-ended share ("more than nine in ten"), as far as its hedge reaches?"""
    if bounded(share, lexicon):
        return _share_agrees((ratio, ratio), share, lexicon, whole, count)
    # the hedge's own reach is in `_allows`: only the counts' exactness widens the ratio
    t = _exactness(lexicon, whole, count)
    return intervals.overlaps(
        intervals.written(ratio, ratio, t), intervals.claim_interval(share, lexicon)
    )


def _share_agrees(ratio: tuple[float, float], share: Claim, lexicon: Lexicon, *counts) -> bool:
    """Does the ratio of the counts meet the share, apart by no more than the counts' exactness
    or the share's hedge reaches: a percentage's hedge at most `share_points` points ("about 90
    percent" is not 59 of 72, 82%, but is 87 of 100), and at least half its last written step
    (`_half_point`: "15 percent" for 14.7%), a ratio's or a fraction's its whole reach ("nearly
    two-thirds")?"""
    t = max([lexicon.limits.rounding, *(_reach(c, lexicon) for c in counts)])
    if intervals.claim_unit(share, lexicon) != "%" or share.high <= 0:
        return _agree(ratio, share, max(t, share.tolerance))
    reach = min(share.tolerance * share.high, lexicon.limits.share_points)  # in points
    reach = max(reach, _half_point(share))  # "15 percent" for 14.7%: rounded as written
    low, high = ratio
    return share.low - high <= max(t * high, reach) and low - share.high <= max(t * low, reach)


def _half_point(share: Claim) -> float:
    """Half the last written step of a percentage, in points, as written: 0.5 for "15 percent"
    (14.7% rounds to it), 0.05 for "14.7%" and for "15.0 percent"."""
    decimals = _DECIMALS.search(share.text)
    return 0.5 * 10.0 ** -(len(decimals.group(1)) if decimals else 0)


_DECIMALS = regex_cache.compile(r"\d[.](\d+)")


def _set_off_after(text: str, whole: Claim, share: Claim, lexicon: Lexicon) -> bool:
    """Is the share set off by a comma or a dash right after the whole ("577 seats - a fifth")?"""
    between = text[whole.end : share.start] if whole.end <= share.start else ""
    return bool(_SET_OFF.search(between)) and len(between.split()) <= lexicon.limits.cue_words


def _set_off_beside_part(text: str, part: Claim, share: Claim, lexicon: Lexicon) -> bool:
    """Is the share set off by a comma right after the part and a few words of its own ("$438
    million of that, roughly 45 percent"), or the part, bare, right after the share ("nearly
    two-thirds of them, about 3,000,")? Not past a clause word ("3,000 were released, and about
    20% were charged"), nor a part that is a part of its own ("two-thirds of them students, 1,200
    of them women")."""
    first, second = (part, share) if part.end <= share.start else (share, part)
    most = lexicon.limits.cue_words
    if first.end > second.start or second.start - first.end > lexicon.limits.cue_reach_chars:
        return False
    head, comma, tail = text[first.end : second.start].partition(",")
    clause = lexicon.text.clause_words.pattern
    if not comma or "," in tail or len(head.split()) > most or len(tail.split()) > most:
        return False
    if clause is not None and clause.match(tail.lstrip()):
        return False
    own_part = lexicon.text.part_of.before.pattern
    return second is share or own_part is None or not own_part.match(text[part.end :].lstrip())


_SET_OFF = regex_cache.compile(r",|\s[-–—]\s|[–—]")


def _counts(claims: list[Claim], sentence_index: int, before: int | None = None) -> list[Claim]:
    return [
        c
        for c in _in_sentence(claims, sentence_index)
        if (before is None or c.end <= before) and c.unit == "count" and c.hedge != VAGUE
    ]


def _led(head: str, lexicon: Lexicon) -> bool:
    """Does a ratio lead ("rate of") end a few words before the end of `head`?"""
    lead = lexicon.text.part_of.ratio_leads.pattern
    found = list(lead.finditer(head)) if lead else []
    return bool(found) and len(head[found[-1].end() :].split()) <= lexicon.limits.cue_words


def _ratio_pair(share: Claim, claims: list[Claim], text: str, lexicon: Lexicon):
    """The two counts a share is the ratio of, else None:
    - '15,600 cases and 537 deaths in 2024, a fatality rate of about 10%': the two counts just
      before it, with a ratio lead in apposition;
    - '… 14,777 suspected cases and 291 deaths. That is a fatality rate of 5% among suspected
      cases': after "That is", the sentence before's counts, the whole being the one whose
      metric is named after the share; with no ratio lead, when the words after the share name
      both counts' metrics ("That means nearly one in four confirmed patients has died")."""
    counts = _counts(claims, share.sentence_index, share.start)[-2:]
    if len(counts) == 2:
        if counts[0].metric == counts[1].metric:
            return None
        between = text[counts[1].end : share.start]
        tail = between[between.rfind(",") + 1 :] if "," in between else ""
        if ";" in between or len(between.split()) > lexicon.limits.part_between_words:
            return None
        return tuple(sorted(counts, key=lambda c: c.low)) if _led(tail, lexicon) else None
    at = share.sentence.find(share.text)
    if counts or not about_the_sentence_before(share, lexicon) or at < 0:
        return None
    before = _counts(claims, sentence_before(share, claims, text, lexicon))[-3:]
    after = share.sentence[at + len(share.text) :]
    own_clause = _clause_break(lexicon).search(after)  # "..., and some deaths may have been missed"
    after = after[: own_clause.start()] if own_clause else after
    named = [c for c in before if c.metric and lexicon.names_metric(c.metric, after)]
    # a ratio lead ("a fatality rate of 5%"), or words after the share naming what both counts
    # count ("That means nearly one in four confirmed patients has died")
    if len(before) < 2 or not (
        _led(share.sentence[:at], lexicon)
        # (not a pair of a part and its whole: "91,463 staff ..., just over 41,500 of them in
        # Germany. That means about one in five jobs will go")
        or (len({c.metric for c in named}) >= 2 and all(c.whole is None for c in before))
    ):
        return None
    whole = named[-1] if named else max(before[-2:], key=lambda c: c.low)
    parts = [c for c in before if c is not whole and c.metric != whole.metric]
    if not parts or parts[-1].low > whole.low or _of_others(share, whole):
        return None
    return parts[-1], whole


def _of_others(share: Claim, whole: Claim) -> bool:
    """'That is well below the rate of about 36 percent that the World Health Organization
    estimated for MERS patients worldwide': a share of another subject, or credited in its own
    clause to another source, than the counts of the sentence before is no ratio of them."""
    other_subject = share.subject_how == CUE and share.subject not in (None, whole.subject)
    other_source = (
        share.source_how == CLAUSE
        and whole.source is not None
        and share.source not in (None, whole.source)
    )
    return other_subject or other_source


def _ratio_of(pair: tuple[Claim, Claim], lexicon: Lexicon) -> tuple[float, float] | None:
    """The ratio of a part to its whole, in percent, as far as their hedges reach (`_reach`)."""
    part, whole = (_count_interval(c, lexicon) for c in pair)
    if whole[0] <= 0:
        return None
    return (100 * part[0] / whole[1], 100 * part[1] / whole[0])


def _another_pair_fits(
    share: Claim, pair: tuple[Claim, Claim], claims: list[Claim], lexicon: Lexicon
) -> bool:
    """Is the share the ratio of another two of the last three counts before it, of two metrics
    ('658 cases and 28 deaths reported from five states, ... a case fatality ratio of 4.3
    percent': 28 of 658, not 5 of 28)? Then the pair was read wrongly, not the share."""
    counts = _counts(claims, share.sentence_index, share.start)[-3:]
    for a, b in itertools.combinations(counts, 2):
        other = tuple(sorted((a, b), key=lambda c: c.low))
        if other == tuple(pair) or a.metric == b.metric:
            continue
        ratio = _ratio_of(other, lexicon)
        if ratio is not None and _share_agrees(ratio, share, lexicon, *other):
            return True
    return False


def _ratios(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """A share given as the ratio of two counts beside it that it does not match."""
    for share in (c for c in claims if c.unit == "%" and bounded(c, lexicon)):
        pair = _ratio_pair(share, claims, text, lexicon)
        if pair is None:
            continue
        ratio = _ratio_of(pair, lexicon)
        if ratio is None:
            continue
        if not _share_agrees(ratio, share, lexicon, *pair) and not _another_pair_fits(
            share, pair, claims, lexicon
        ):
            low, high = (f"{r:.1f}%" for r in ratio)
            span = low if low == high else f"{low}–{high}"
            yield Issue(
                share,
                f"{counted(pair[0])} of {counted(pair[1])} is {span}, not {share.text}",
                "check the share against its counts",
                (),
                shows=tuple(pair),
            )


def _a_count_of(claim: Claim, metric: str) -> bool:
    """Is the claim a count of `metric` the arithmetic can use (not a vague quantity)?"""
    return claim.metric == metric and claim.unit == "count" and claim.hedge != VAGUE


def _whole_before(share: Claim, metric: str, claims: list[Claim]) -> Claim | None:
    """The draft's latest count before `share` of `metric` (the whole's), for its subject."""
    return next(
        (
            c
            for c in reversed(claims)
            if c.start < share.start
            and _a_count_of(c, metric)
            and c.subject in (None, share.subject)
        ),
        None,
    )


def _whole_after(
    share: Claim, metric: str, after: list[Claim], text: str, lexicon: Lexicon
) -> Claim | None:
    """The first count of `metric` (the whole's) after the share in its clause, a few words on,
    not dated to another time ("about 5% of a workforce it put at roughly 220,000"; not "..., while
    90 cases in Lubbock were mild", nor "officials expect 1,000 cases by May")."""
    found = next(
        (c for c in after if c.sentence_index == share.sentence_index and _a_count_of(c, metric)),
        None,
    )
    if found is None or not _same_time(found, share):
        return None
    between = text[share.end : found.start]
    if (
        len(between.split()) > lexicon.limits.part_between_words
        or _clause_break(lexicon).search(between)
        or _contrast_between(share.sentence, share, found, lexicon=lexicon)
    ):
        return None
    return found


def _share_of_earlier_whole(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'The outbreak has grown to 481 cases ... Fifty-six people have been hospitalized, about a
    quarter of those infected': a share in apposition right after a count, whose words name its
    whole only by its metric (the count's metric's `whole:`), against the draft's latest figure
    for that whole before it."""
    for i, share in enumerate(claims):
        if share.unit != "%" or share.whole is not None or not bounded(share, lexicon):
            continue
        count = claims[i - 1] if i else None
        metric = _earlier_whole_metric(share, count, text, lexicon) if count else None
        if (
            metric is None
            or count.sentence_index != share.sentence_index
            or count.unit != "count"
            or count.whole is not None
            or not _apposed_or_linked(
                _without_credit(text[count.end : share.start], count), lexicon
            )
        ):
            continue
        whole = _whole_before(share, metric, claims[: i - 1]) or _whole_after(
            share, metric, claims[i + 1 :], text, lexicon
        )
        if whole is not None and _another_count_since(whole, count, metric, claims[: i - 1]):
            continue  # "228 people in Kenya, 60 of them in Nairobi. There, 45 of the dead, or
            # about three-quarters": which count "the dead" are is not known
        if whole is not None and not _same_year(whole, share):
            continue  # another year's whole ("Floods killed 228 in 2018. This year ... 45, a
            # third of the national toll"; a running count's earlier point is still the whole)
        if whole is None or whole.low <= 0 or whole.high < count.low:
            continue  # none, or smaller than the count: another whole ("about 3,700 jobs, roughly
            # half of the total", after "Twitter is down to about 1,500 staff")
        ratio = _ratio_of((count, whole), lexicon)
        if ratio is not None and not _share_agrees(ratio, share, lexicon, count, whole):
            if _fits_where_it_moved_from(share, count, whole, claims, text, lexicon):
                continue
            low, high = (f"{r:.0f}%" for r in ratio)
            yield Issue(
                share,
                f"{counted(count)} of {counted(whole)} (line {whole.line}) is "
                f"{low if low == high else f'{low}–{high}'}, not {share.text}",
                "check the share against its counts",
                (),
                shows=(count, whole),
            )


def _fits_where_it_moved_from(
    share: Claim, count: Claim, whole: Claim, claims: list[Claim], text: str, lexicon: Lexicon
) -> bool:
    """'would take the division's headcount from about 27,000 to 16,000 ... 11,000, equal to
    roughly 40% of the current workforce': a whole that is the level a count goes to ("to" right
    before it, after the level it goes from) may be meant as the level it goes from: does the
    share fit that one?"""
    moved_from = [
        c
        for c in claims
        if c.sentence_index == whole.sentence_index
        and c.end <= whole.start
        and c.unit == whole.unit
        and c.metric == whole.metric
        and ((c.role == "from" and whole.role == "to") or _a_pair(c, whole, text, lexicon))
    ]
    return any(
        (ratio := _ratio_of((count, c), lexicon)) is not None
        and _share_agrees(ratio, share, lexicon, count, c)
        for c in moved_from
    )


def _a_pair(first: Claim, second: Claim, text: str, lexicon: Lexicon) -> bool:
    """Are the two figures one of the language pack's `range_pairs` ("from about 27,000 to
    16,000"), a hedge's words or two between?"""
    return any(
        lead.search(text, max(0, first.start - lexicon.limits.cue_reach_chars), first.start)
        and joiner.fullmatch(text, first.end, second.start)
        for lead, joiner in _pair_patterns(lexicon)
    )


@compiled
def _pair_patterns(lexicon: Lexicon) -> list[tuple[re.Pattern, re.Pattern]]:
    hedge = r"(?:[^\W\d_]+\s+){0,2}"
    return [
        (
            regex_cache.compile(rf"\b{re.escape(lead)}\s+{hedge}$", re.IGNORECASE),
            regex_cache.compile(rf"\s+{re.escape(joiner)}\s+{hedge}", re.IGNORECASE),
        )
        for lead, joiner in lexicon.numbers.range_pairs.items()
    ]


def _another_count_since(whole: Claim, count: Claim, metric: str, before: list[Claim]) -> bool:
    """When the count names its whole by its own metric ("45 of the dead"), is there a later count
    of that metric, of any subject, between the whole found and the count?"""
    if metric != count.metric:
        return False
    return any(
        whole.start < c.start < count.start and _a_count_of(c, metric) and c is not whole
        for c in before
    )


def _earlier_whole_metric(share: Claim, count: Claim, text: str, lexicon: Lexicon) -> str | None:
    """The metric of the whole a share set off after a count is a share of: the count's metric's
    `whole:`, when the share names it ("a quarter of those infected") or nothing, and so took the
    count's own metric ("3,205,625 recorded as applied, barely a third"); or the count's own
    metric, when the share's own words name it as a whole ("45 of those deaths, nearly a third of
    the national toll") or the count's own words do ("59 of the dead, or about 90 percent")."""
    spec = lexicon.metrics.get(count.metric) if count.metric else None
    if spec is None:
        return None
    if spec.whole is not None and share.metric in (spec.whole, count.metric):
        return spec.whole
    own = share.metric == count.metric and share.metric_how != INHERITED
    if own and _names_its_whole(share, text, lexicon):
        return count.metric
    # "59 of the dead, or about 90 percent": the count names its whole by its own metric
    named = share.metric in (None, count.metric) and _names_its_whole(count, text, lexicon)
    return count.metric if named else None


def _names_its_whole(share: Claim, text: str, lexicon: Lexicon) -> bool:
    """Do the words right after the share name its whole: by the share's own metric, a lead ("of
    all", "of the") and a cue of that metric a few words on ("three-quarters of all crossings"), or
    as the whole ("about 48 percent of the total")?"""
    if names_the_whole(text, share.end, lexicon):
        return True
    rest = _after_a_whole_lead(share, text, lexicon)
    return (
        rest is not None and share.metric is not None and lexicon.names_metric(share.metric, rest)
    )


def _after_a_whole_lead(share: Claim, text: str, lexicon: Lexicon) -> str | None:
    """The few words (`cue_words`, within `cue_reach_chars`) after a whole's lead ("of all", "of
    the") right after the share, where a cue may name its whole; None with no lead there."""
    lead = lexicon.text.part_of.named_wholes.pattern
    found = lead.match(text, _SPACES.match(text, share.end).end()) if lead else None
    if found is None:
        return None
    window = text[found.end() : found.end() + lexicon.limits.cue_reach_chars]
    window = _SENTENCE_END.split(window, 1)[0]  # "of that workforce. The cuts": not "cuts"
    return " ".join(window.split()[: lexicon.limits.cue_words])


# a sentence's end: a mark after a lowercase word of three letters or more, then a capital ("of
# that workforce. The cuts"; not "of its U.S. workforce", "of the St. Louis staff")
_SENTENCE_END = regex_cache.compile(r"(?<=[a-z]{3})[.;!?]\s+(?=[A-Z])|[;!?]")


_SPACES = regex_cache.compile(r"\s*")


def _named_part(
    share: Claim, before: list[Claim], text: str, lexicon: Lexicon, total: bool = False
) -> Claim | None:
    """The figure a share of a named whole is the share of: the figure (of its metric, when its
    words name one) set off right before it ("328,650 of them, roughly three-quarters of all
    crossings"), or, when its words name the whole as the `total` ("about 48 percent of the
    total", "of the season's total"), the one count before it in its sentence, however far
    ("420,867 cases were notified in the first weeks of the year, about 85% of the season's
    total"); else, when its sentence gives no count, the latest count of its
    metric and its own subject in the sentence before ("53 Britons. Britons made up more than a
    third of the passengers")."""
    here = _in_sentence(before, share.sentence_index)
    counts = [c for c in here if c.metric is not None and c.unit != "%"]
    if total and counts:
        # the one count of its sentence before it, set off by a comma however far, past a figure
        # that counts nothing ("in the first 17 weeks"); with two ("1,200 cases, double the 600
        # of the week before") which is meant is not known
        between = text[counts[0].end : share.start] if len(counts) == 1 else ""
        if "," not in between or ";" in between or share.metric not in (None, counts[0].metric):
            return None
        return counts[0]
    if here:
        count = here[-1]
        between = _without_credit(text[count.end : share.start], count)
        apposed = count.unit != "%" and _apposed(between, lexicon)
        return count if apposed and share.metric in (None, count.metric) else None
    return next(
        (
            c
            for c in reversed(before)
            if c.sentence_index == share.sentence_index - 1
            and (c.metric, c.unit) == (share.metric, "count")
            and share.metric is not None
            and share.subject is not None
            and c.subject == share.subject
        ),
        None,
    )


def _named_whole(share: Claim, part: Claim, before: list[Claim], lexicon: Lexicon) -> Claim | None:
    """The whole a share names: the largest figure of the part's metric and unit before the part,
    within `sum_sentences` sentences or in its paragraph or the one before, larger than the part
    and not dated to another time; of another subject than the part's when the share's words named
    the part's ("Britons ... of the passengers": all passengers, not the Britons)."""
    reach = lexicon.limits.sum_sentences
    wholes = [
        c
        for c in before
        if c.start < part.start
        and (c.metric, c.unit) == (part.metric, part.unit)
        and c.hedge != VAGUE
        and (
            part.sentence_index - c.sentence_index <= reach
            or part.paragraph - c.paragraph <= lexicon.limits.whole_paragraphs
        )
        and c.low > part.high
        and _same_time(c, part)
        and (
            part.sentence_index == share.sentence_index
            # not one listed beside the part ("169 Indian nationals and 53 Britons")
            or (c.subject != part.subject and c.sentence_index < part.sentence_index)
        )
    ]
    return max(wholes, key=lambda c: c.low) if wholes else None


def _share_of_named_whole(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'Panama counted 520,085 crossings ... The SNM counted 328,650 of them, roughly three-quarters
    of all crossings': a share whose own words name its whole by the metric of a count just before
    it, against the largest count of that metric a sentence or two before (see `_named_part`,
    `_named_whole`). A count set off before it whose metric has a `whole:` of its own is
    `_share_of_earlier_whole`'s."""
    for i, share in enumerate(claims):
        if (
            share.unit != "%"
            or share.whole is not None
            or share.hedge == VAGUE
            or not _names_its_whole(share, text, lexicon)
        ):
            continue
        # "of the total" is a total of the part's own metric, whatever its `whole:` is
        total = names_the_whole(text, share.end, lexicon)
        part = _named_part(share, claims[:i], text, lexicon, total)
        spec = lexicon.metrics.get(part.metric) if part is not None else None
        if spec is None or (
            part.sentence_index == share.sentence_index and spec.whole and not total
        ):
            continue
        whole = _named_whole(share, part, claims[:i], lexicon)
        if whole is None or whole.low <= 0:
            continue
        yield from _unfit_share(share, part, whole, counted(part), lexicon)


def _metric_named_after(share: Claim, text: str, lexicon: Lexicon) -> str | None:
    """The one metric whose cue stands a few words after a whole's lead right after the share
    ("more than a third of the bank's deposits": deposits), else None."""
    rest = _after_a_whole_lead(share, text, lexicon)
    if rest is None:
        return None
    named = [m for m in lexicon.metrics if lexicon.names_metric(m, rest)]
    return named[0] if len(named) == 1 else None


def _share_of_a_whole_named_anywhere(
    claims: list[Claim], text: str, lexicon: Lexicon
) -> Iterable[Issue]:
    """'Customers tried to withdraw $42 billion on Wednesday alone ... That was more than a third
    of the bank's deposits': a share opening "That was" with no figure before it in its sentence,
    whose words name its whole by a metric, is the share of the sentence before's one figure (past
    a sentence with none: `parts.sentence_before`) in the draft's figure of that metric nearest it,
    before or after (larger than the part, in its unit, of its subject, not dated after it: a level
    known by then, as the bank's deposits at the end of the year before the run). Both figures are
    bounded ("more than 20,000" makes no ratio to hold a "roughly one in 20" to), and the sentence
    before gives no figure of that metric."""
    for i, share in enumerate(claims):
        if share.unit != "%" or share.whole is not None or share.hedge == VAGUE:
            continue
        if not about_the_sentence_before(share, lexicon) or any(
            c.sentence_index == share.sentence_index for c in claims[:i]
        ):
            continue
        metric = _metric_named_after(share, text, lexicon)
        before = _pointed_back_to(share, claims[:i], text, lexicon)
        # the one figure of the sentence before ("... withdraw $42 billion ..."; with "$21
        # billion of securities at a loss of $1.8 billion" after it, which is meant is not known)
        part = before[0] if len([c for c in before if c.unit != "%"]) == 1 else None
        if (
            metric is None
            or part is None
            or part.unit == "%"
            or not bounded(part, lexicon)
            # a figure of the named metric before it is the part ("62,000 cases ... 40 percent of
            # all the cases in Peru"): `_share_of_named_whole`'s
            or any(c.metric == metric for c in before)
        ):
            continue
        wholes = [
            c
            for c in claims
            if c is not part and _may_be_the_whole(c, metric, part, (None, part.subject), lexicon)
        ]
        if part.metric == metric or not wholes:
            continue
        whole = min(wholes, key=lambda c: abs(c.start - share.start))
        yield from _unfit_share(share, part, whole, figure(part), lexicon)


def _share_of_a_whole_by_its_part(
    claims: list[Claim], text: str, lexicon: Lexicon
) -> Iterable[Issue]:
    """'Unilever ... would cut about 7,500 jobs ... Unilever had 128,000 employees last year. The
    cuts will therefore affect roughly 9% of its workforce'; 'Deutsche Bank said it would cut
    about 18,000 jobs ... Measured against the 91,463 people it employed, that is roughly a
    quarter of the workforce': a share whose words name its whole by a metric, with no figure of
    the one metric the pack makes a part of it (its `whole:`) in its own sentence, is the share of
    the draft's latest figure of that part when its sentence names the part ("The cuts", in its
    paragraph or the `share_part_paragraphs` before) or "that is" opens it or stands right before
    the share and the sentence before gives it, in the draft's latest figure of the whole up to
    the share, of the part's subject or the share's and not dated after it. The figures the part
    may be agree (else which is meant is not known); both are bounded, and the part is smaller.
    A share whose own sentence gives one figure of the part is that figure's share of the whole
    given before it there ("it had about 16,000 corporate support employees at the time, so those
    1,100 cuts took out roughly 12% of that workforce"); one whose own sentence gives the part
    only after it ("about 10% of its staff, roughly 1,000 people") is no earlier part's share."""
    for i, share in enumerate(claims):
        if share.unit != "%" or share.whole is not None or share.hedge == VAGUE:
            continue
        whole_metric = _metric_named_after(share, text, lexicon)
        part_metric = _the_part_of(whole_metric, lexicon) if whole_metric else None
        if part_metric is None:
            continue
        before = claims[:i]
        own = [c for c in _in_sentence(claims, share.sentence_index) if c.metric == part_metric]
        here = [c for c in own if c.start < share.start]
        if not here and any(c.start > share.end for c in own):
            continue  # "would cut about 10% of its staff, roughly 1,000 people": the share's own
            # count follows it, not one named before
        part = (
            _the_part_here(here, lexicon)
            if here
            else _the_part_named(share, part_metric, before, text, lexicon)
        )
        if part is None:
            continue
        subjects = (None, part.subject, share.subject)
        wholes = [
            c
            for c in before
            if not c.is_range
            and _may_be_the_whole(c, whole_metric, part, subjects, lexicon)
            # a part in the share's own sentence: its whole is given before it there
            and (not here or (c.sentence_index == part.sentence_index and c.start < part.start))
        ]
        if wholes:
            yield from _unfit_share(share, part, wholes[-1], figure(part), lexicon)


def _the_part_here(here: list[Claim], lexicon: Lexicon) -> Claim | None:
    """The one bounded count of the part's metric in the share's own sentence, else None."""
    if len(here) != 1 or here[0].unit == "%" or here[0].is_range:
        return None
    return here[0] if bounded(here[0], lexicon) else None


def _that_share_of_its_whole(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'Vodafone is to cut 11,000 jobs. That is roughly 13% of its 104,000 staff': a share of a
    whole given in its own sentence, which "that is" or the like opens, with no other figure before
    the share, is the share of the sentence before's latest figure of the whole's part (the one
    metric the pack makes a part of it)."""
    by_start = {c.start: c for c in claims}
    for i, share in enumerate(claims):
        whole = by_start.get(share.whole) if share.whole is not None else None
        if (
            share.unit != "%"
            or share.hedge == VAGUE
            or whole is None
            or whole.sentence_index != share.sentence_index
            or whole.metric is None
            or not about_the_sentence_before(share, lexicon)
            or _DIGIT.search(share.sentence, 0, share.start - share.sentence_start)
        ):
            continue
        part_metric = _the_part_of(whole.metric, lexicon)
        part = (
            _the_part_named(share, part_metric, claims[:i], text, lexicon) if part_metric else None
        )
        if part is not None and bounded(whole, lexicon) and part.low < whole.low:
            yield from _unfit_share(share, part, whole, figure(part), lexicon)


def _may_be_the_whole(
    c: Claim, metric: str, part: Claim, subjects: tuple, lexicon: Lexicon
) -> bool:
    """May `c` be the whole, named by its `metric`, of `part`: bounded, larger, in its unit, of one
    of `subjects`, not dated after it, and no part of another figure itself ("762 cases ..., 414
    of them in Gaines County": 414 is no whole)?"""
    return (
        c.metric == metric
        and c.unit == part.unit
        and bounded(c, lexicon)
        and c.low > part.high
        and c.subject in subjects
        and _not_later(c, part)
        and not c.part
    )


def _the_part_of(metric: str, lexicon: Lexicon) -> str | None:
    """The one metric the pack makes a part of `metric` (its `whole:`), else None."""
    parts = [m.id for m in lexicon.metrics.values() if m.whole == metric]
    return parts[0] if len(parts) == 1 else None


def _the_part_named(
    share: Claim, metric: str, before: list[Claim], text: str, lexicon: Lexicon
) -> Claim | None:
    """The latest figure of the part `metric` a share is of: in the sentence before (past one
    with no figure, after "that is": `parts.sentence_before`), when "that is" or the like opens
    the share's sentence or stands right before the share; in its paragraph or the one before,
    when its sentence names the metric (a weak cue will do); None when those figures disagree or
    are unbounded."""
    if about_the_sentence_before(share, lexicon):
        found = _pointed_back_to(share, before, text, lexicon)
    elif anaphor_right_before(share, lexicon):
        found = _in_sentence(before, share.sentence_index - 1)
    elif lexicon.names_metric(metric, share.sentence, weak=True):  # "losing 19% of its staff"
        reach = lexicon.limits.share_part_paragraphs
        found = [c for c in before if 0 <= share.paragraph - c.paragraph <= reach]
    else:
        return None
    found = [c for c in found if c.metric == metric and c.unit != "%" and not c.is_range]
    if not found or len({(c.low, c.high) for c in found}) > 1 or not bounded(found[-1], lexicon):
        return None
    return found[-1]


def _share_of_a_sources_figure(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'... estimated 600,000 - less than a third of the city police figure', 'That is less than a
    fifth of the organizers' figure', 'The police estimate is roughly 15% of the organisers'
    count': a share of a count the draft credits to the source it names (its last of the part's
    metric and subject, of a time that meets the part's), the part being the count of a source
    named with a figure word before it in its sentence ("the ministry's tally being 60% of"), else
    the count right before it in its sentence, else the count of a source its sentence names, else
    the one count its "That is" points back to. Not with an amount of another unit before it in its
    sentence (a share of money the draft does not give)."""
    for i, share in enumerate(claims):
        if share.unit != "%" or share.hedge == VAGUE or share.whole is not None:
            continue
        owner = _owner_of_the_figure_after(share, text, lexicon)
        before = claims[:i]
        if owner is None or any(
            c.sentence_index == share.sentence_index and c.unit not in ("count", "%")
            for c in before
        ):
            continue
        pair = next(
            (
                (part, whole)
                for part in _the_compared_counts(share, owner, before, text, lexicon)
                if (whole := _owners_count_of(part, owner, before)) is not None
            ),
            None,
        )
        if pair is not None and all(c.low > 0 and bounded(c, lexicon) for c in pair):
            part, whole = pair
            yield from _unfit_share(
                share, part, whole, f"{counted(part)} (line {part.line})", lexicon
            )


def _owners_count_of(part: Claim, owner: str, before: list[Claim]) -> Claim | None:
    """The owner's last count of the part's metric and subject, of a time that meets the part's."""
    return _last_count(
        before,
        lambda c: (
            c.source == owner
            and (c.metric, c.subject) == (part.metric, part.subject)
            and _same_time(c, part)
        ),
    )


def _owner_of_the_figure_after(share: Claim, text: str, lexicon: Lexicon) -> str | None:
    """The source named between "of (the)" right after the share and one of `figure_nouns` that
    ends its noun phrase ("of the organizers' figure", not "of the union's total membership"), as
    the reference set knows it, else None."""
    found = _figure_named_after(lexicon).match(text, share.end)
    return _known_name(found.group("name"), lexicon) if found else None


def _name_and_figure_noun(lexicon: Lexicon) -> str:
    """The regex source of a name of up to `alias_words` words, its owner's mark, and one of
    `figure_nouns` ("the ministry's tally", "city police figure")."""
    most = lexicon.limits.alias_words - 1
    return (
        rf"(?P<name>[^\W\d][\w.&-]*(?:\s+[^\W\d][\w.&-]*){{0,{most}}}?)(?:['’]s?)?\s+"
        rf"(?:{alternation(lexicon.text.figure_nouns)})\b"
    )


@compiled
def _figure_named_after(lexicon: Lexicon) -> re.Pattern:
    determiners = alternation(lexicon.attribution.determiners)
    joiners = alternation([*lexicon.text.conjunctions, *lexicon.attribution.object_markers])
    return regex_cache.compile(
        rf"\s+of\s+(?:(?:{determiners})\s+)?{_name_and_figure_noun(lexicon)}"
        # the noun phrase ends there: punctuation, the text's end, or a joining word
        rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{joiners})\b)",
        re.IGNORECASE,
    )


@compiled
def _a_sources_figure_word(lexicon: Lexicon) -> re.Pattern:
    """A name and one of `figure_nouns` ("the ministry's tally", "The police estimate")."""
    return regex_cache.compile(_name_and_figure_noun(lexicon), re.IGNORECASE)


def _known_name(words_: str, lexicon: Lexicon) -> str | None:
    """The source the words, or the longest run of them ending at their end, name ("Barcelona's
    city police": the city police's)."""
    names = words_.split()
    for k in range(len(names)):
        source = lexicon.alias_index.get(fold(" ".join(names[k:])))
        if source is not None:
            return source
    return None


def _sources_named(words_: str, lexicon: Lexicon) -> set[str]:
    """The sources the words name by an alias (the lexicon's own alias pattern: "The police
    estimate is": the police)."""
    pattern = lexicon.alias_pattern
    if pattern is None:
        return set()
    return {lexicon.alias_index.get(fold(m.group(0))) for m in pattern.finditer(words_)} - {None}


def _last_count(claims: list[Claim], wanted) -> Claim | None:
    """The last of the claims that is a count (no share, no money) and `wanted`."""
    return next(_latest_counts(claims, wanted), None)


def _latest_counts(claims: list[Claim], wanted) -> Iterator[Claim]:
    """The claims that are counts (no share, no money) and `wanted`, latest first."""
    return (c for c in reversed(claims) if c.unit == "count" and wanted(c))


def _the_compared_counts(
    share: Claim, owner: str, before: list[Claim], text: str, lexicon: Lexicon
) -> Iterable[Claim]:
    """The counts the share may compare with the owner's, latest first (see
    `_share_of_a_sources_figure`)."""
    opening = text[share.sentence_start : share.start]
    figured = {
        source
        for m in _a_sources_figure_word(lexicon).finditer(opening)
        if (source := _known_name(m.group("name"), lexicon)) not in (None, owner)
    }
    if figured:  # "the ministry's number being more than half of the union's figure"
        return _latest_counts(before, lambda c: c.source in figured)
    here = _last_count(before, lambda c: c.sentence_index == share.sentence_index)
    if here is not None:  # the count right before it in its sentence
        return [here] if here.source != owner else []
    named = _sources_named(opening, lexicon) - {owner}
    if named:
        return _latest_counts(before, lambda c: c.source in named)
    if not about_the_sentence_before(share, lexicon):
        return []
    pointed = [c for c in _pointed_back_to(share, before, text, lexicon) if c.unit == "count"]
    return pointed if len(pointed) == 1 else []


def _unfit_share(
    share: Claim, part: Claim, whole: Claim, part_said: str, lexicon: Lexicon
) -> Iterable[Issue]:
    """The issue of a share that is not `part` of a `whole` given on another line (as
    `_share_fits` allows), its part as `part_said`; none when it fits."""
    ratio = 100 * part.low / whole.low
    if not _share_fits(ratio, share, whole, part, lexicon):
        yield Issue(
            share,
            f"{part_said} of {counted(whole)} (line {whole.line}) is {ratio:.0f}%, "
            f"not {share.text}",
            "check the share against its counts",
            (),
            shows=(part, whole),
        )


def _without_credit(between: str, count: Claim) -> str:
    """The text between a count and a share without the count's credit set off by commas inside
    it ("45 of those deaths, according to Nakuru Governor Susan Kihika, nearly a third")."""
    pieces = between.split(",")
    kept = [p for p in pieces if not count.source_text or count.source_text not in p]
    return ",".join(kept) if 2 <= len(kept) < len(pieces) else between


def _apposed(between: str, lexicon: Lexicon) -> bool:
    """Is the share set off by a comma right after the count ("56 hospitalized, a quarter"), given
    the text `between` them?"""
    return "," in between and len(between.split()) <= lexicon.limits.part_between_words


def _apposed_or_linked(between: str, lexicon: Lexicon) -> bool:
    """Is the share set off right after the count (`_apposed`), or the object of a share verb whose
    subject is the count ("The roughly 3,200 job cuts, which began on Jan. 11, amount to about
    5%": at most `share_verb_words` words), given the text `between` them, with no other clause
    opening there either way (not "56 were hospitalized, officials said, but children account for
    about a quarter", nor "... and children account for"; a relative clause, ", and which began",
    is the count's)?"""
    if _another_clause(lexicon).search(between):
        return False
    if _apposed(between, lexicon):
        return True
    verb = _share_verb(lexicon)
    return (
        verb is not None
        and verb.search(between) is not None
        and len(between.split()) <= lexicon.limits.share_verb_words
    )


@compiled
def _another_clause(lexicon: Lexicon) -> re.Pattern:
    """A semicolon, or a clause word (`text.clause_words`: "and", "but") not opening a relative
    clause ("and which")."""
    relatives = alternation(lexicon.attribution.relative_pronouns) or "(?!x)x"
    return regex_cache.compile(
        rf";|\b(?:{alternation(lexicon.text.clause_words) or '(?!x)x'})\b"
        rf"(?!\s+(?:{relatives})\b)",
        re.IGNORECASE,
    )


@compiled
def _share_verb(lexicon: Lexicon) -> re.Pattern | None:
    """A share verb (`part_of.share_verbs`) and up to two words (a hedge) at the end of the text."""
    verbs = lexicon.text.part_of.share_verbs
    if not verbs:
        return None
    return regex_cache.compile(
        rf"\b(?:{alternation(verbs)})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE
    )


def _linked_parts(claims: list[Claim]) -> list[tuple[Claim, list[Claim]]]:
    """Each whole of the draft with the parts the reading linked to it, in the draft's order."""
    by_start = {c.start: c for c in claims}
    children: dict[int, list[Claim]] = {}
    for c in claims:
        if c.whole in by_start:
            children.setdefault(c.whole, []).append(c)
    return [(by_start[start], parts) for start, parts in children.items()]


def _parts(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    for whole, parts in _linked_parts(claims):
        yield from _oversized(whole, parts, lexicon)
        yield from _share_of_whole(whole, parts, claims, text, lexicon)
    for share, whole in _shares_of_them(claims, text, lexicon):
        yield from _share_of_whole(whole, [share], claims, text, lexicon)
    yield from _free_shares(claims, {c.start: c for c in claims}, text, lexicon)


def _shares_of_them(
    claims: list[Claim], text: str, lexicon: Lexicon
) -> Iterable[tuple[Claim, Claim]]:
    """'2,207 structures damaged or destroyed in Lahaina, 86 percent of them homes': a share with
    "of them" right after it (no metric's cue: not "a quarter of those infected"), set off by a
    comma a few words after the last count before it in its sentence, is a share of that count
    (when that count is no part itself)."""
    starts = {c.start: c.sentence_index for c in claims}
    for i, share in enumerate(claims):
        if (
            share.unit != "%"
            or not share.part
            # a whole linked in its own sentence holds; one in the sentence before does not
            # (a share there is no whole of "86 percent of them homes")
            or starts.get(share.whole, -1) == share.sentence_index
            or not of_them_after(text, share.end, lexicon)
        ):
            continue
        whole = next(
            (
                c
                for c in reversed(claims[:i])
                if c.sentence_index == share.sentence_index and c.unit != "%"
            ),
            None,
        )
        if (
            whole is not None
            and whole.unit == "count"
            and whole.hedge != VAGUE
            and not whole.part
            and _apposed(text[whole.end : share.start], lexicon)
        ):
            yield share, whole


def _contrast_between(sentence: str, *claims: Claim, lexicon: Lexicon) -> bool:
    """Does a contrast ("; ", ", while", ", but") stand between the first and last of the claims?
    (`Claim.start` is in the document; the sentence's own offsets are found by their text.)"""
    found = [sentence.find(c.text) for c in claims]
    if min(found) < 0:
        return False
    pattern = lexicon.text.contrasts.pattern
    between = sentence[min(found) : max(found)]
    return ";" in between or bool(pattern and pattern.search(between))


def _point_changes(claims: list[Claim], lexicon: Lexicon) -> Iterable[Issue]:
    """'52.9%, up from 41.7% ..., a jump of 13.2 percentage points': a change in points beside a
    share and the share it changed from, in one sentence, is their difference."""
    sentences: dict[int, list[Claim]] = {}
    for c in claims:
        if c.hedge != VAGUE:
            sentences.setdefault(c.sentence_index, []).append(c)
    for group in sentences.values():
        was = next((c for c in group if c.role == "from" and c.unit == "%"), None)
        if was is None:
            continue
        levels = [c for c in group if c.unit == "%" and c.role != "from" and c.change is None]
        levels = [c for c in levels if (c.metric, c.subject) == (was.metric, was.subject)]
        now = min(levels, key=lambda c: abs(c.start - was.start), default=None)
        change = next((c for c in group if c.unit == "pp" and c.start > was.start), None)
        if (
            now is None
            or change is None
            or not (bounded(now, lexicon) and bounded(was, lexicon))
            or _contrast_between(change.sentence, now, was, change, lexicon=lexicon)
        ):
            continue
        gap = round(abs(now.low - was.low), 1)
        if not _agree((gap, gap), change, _exactness(lexicon, now, was, change)):
            yield Issue(
                change,
                f"from {was.text} to {now.text} is a change of {format_value(gap, gap)} points, "
                f"not {change.text}",
                "check the change against the two figures",
                (),
                shows=(was, now),
            )


@compiled
def _gap_lead(lexicon: Lexicon) -> re.Pattern:
    """A gap's noun, "of" and a hedge at most right before a figure in points ("a gap of less
    than"; not "the margin of error of")."""
    nouns = alternation(lexicon.numbers.gap_nouns) or "(?!x)x"
    hedges = alternation([c for h in lexicon.hedges.values() for c in h.before]) or "(?!x)x"
    return regex_cache.compile(
        rf"\b(?:{nouns})\s+of\s+(?P<said>(?:(?:{hedges})\s+)?)$", re.IGNORECASE
    )


@compiled
def _progress(lexicon: Lexicon) -> re.Pattern:
    """A few words and a count-progress word right after a share, before any comma ("98% of the
    votes counted")."""
    words_ = alternation(lexicon.numbers.count_progress) or "(?!x)x"
    return regex_cache.compile(rf"[^,;.]{{0,40}}?\b(?:{words_})\b", re.IGNORECASE)


def _gaps(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'won 48.56% of the vote to 47.83% ..., a gap of less than half a percentage point': a gap
    in points after exactly two shares of one metric in its sentence is their difference (as loose
    as their hedges and the gap's own allow)."""
    for gap in claims:
        if gap.unit != "pp" or gap.change is not None or gap.hedge == VAGUE:
            continue
        lead = _gap_lead(lexicon).search(
            text, max(0, gap.start - lexicon.limits.cue_reach_chars), gap.start
        )
        if lead is None:
            continue
        shares = [
            c
            for c in claims
            if c.sentence_index == gap.sentence_index
            and c.end <= gap.start
            and c.unit == "%"
            and c.change is None
            and c.hedge != VAGUE
            and not _progress(lexicon).match(text, c.end)
        ]
        # two shares of one thing ("48.56% of the vote to 47.83%"; not "with 98% of the votes
        # counted, Lula had 48.43%", nor turnout beside a vote share)
        if (
            len(shares) != 2
            or not all(bounded(c, lexicon) for c in shares)
            or shares[0].metric is None
            or shares[0].metric != shares[1].metric
        ):
            continue
        a, b = shares
        loose = _exactness(lexicon, a, b)
        corners = [abs(x - y) for x in (a.low, a.high) for y in (b.low, b.high)]
        expected = intervals.written(min(corners), max(corners), loose)
        expected = (expected[0] - 0.05, expected[1] + 0.05)  # shares rounded to a tenth
        if intervals.overlaps(expected, intervals.claim_interval(gap, lexicon)):
            continue
        difference = round(abs(a.low - b.low), 2)
        yield Issue(
            gap,
            f"{a.text} against {b.text} is a gap of {format_value(difference, difference)} "
            f"points, not {text[lead.start('said') : gap.end]}",
            "check the gap against the two figures",
            (),
            shows=(a, b),
        )


def _levels_changed(share: Claim, claims: list[Claim], text: str, lexicon: Lexicon):
    """The level a change in percent went from and the one it reached: in its clause ("fell from
    8,000 to 1,500, a drop of 81%"; not past ", and" or ";": "deliveries fell to 386,810 from
    484,507, and its shares have dropped 40%"), else, after "That amounts to" and the like, in the
    sentence before ("cut its staff to about 1,500 from just under 8,000. That
    amounts to a reduction of roughly 60%")."""
    here = [c for c in _in_sentence(claims, share.sentence_index) if c.end <= share.start]
    pair = _last_pair(here)
    if pair is not None:
        if _clause_break(lexicon).search(text, pair[1].end, share.start):
            return None
    elif about_the_sentence_before(share, lexicon) and not here:
        pair = _last_pair(_pointed_back_to(share, claims, text, lexicon))
    return pair


def _last_pair(claims: list[Claim]):
    """The last level a figure changed from and the level it reached, in one unit; with no level
    it went "to", the level stated right before "up from" or the like ("averaged $5.90 last month,
    up from $4.95 in January")."""
    levels = [c for c in claims if c.unit not in ("%", "pp")]
    for now in reversed([c for c in levels if c.role == "to"]):
        was = next((c for c in levels if c.role == "from" and c.unit == now.unit), None)
        if was is not None:
            return was, now
    for i in reversed(range(1, len(levels))):
        was, now = levels[i], levels[i - 1]  # the level right before the one it went "from"
        if was.role == "from" and now.role is None and now.unit == was.unit and now.is_level:
            return was, now
    return None


@compiled
def _clause_break(lexicon: Lexicon) -> re.Pattern:
    return regex_cache.compile(
        rf";|,\s+(?:{alternation(lexicon.text.clause_words) or '(?!x)x'})\b", re.IGNORECASE
    )


def _percent_exactness(lexicon: Lexicon, share: Claim) -> float:
    """How far a change in percent may be off: as `_exactness`, or half its last written step
    ("13%" stands for 12.5% to 13.5%: a rise from 63 to 71 is 12.7%)."""
    step = share.precision or (0.5 if float(share.low).is_integer() else 0.0)
    return max(_exactness(lexicon, share), step / share.low if share.low else 0.0)


def _percent_changes(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'to about 1,500 from just under 8,000 ... a reduction of roughly 60%': a change in percent
    is the change between the two levels it goes with (as loose as their hedges allow)."""
    for share in claims:
        if share.unit != "%" or share.change is None or not bounded(share, lexicon):
            continue
        pair = _levels_changed(share, claims, text, lexicon)
        if pair is None or not all(bounded(c, lexicon) for c in pair):
            continue
        (was_low, was_high), (now_low, now_high) = (
            intervals.claim_interval(c, lexicon) for c in pair
        )
        if was_low <= 0:
            continue
        corners = [
            100 * abs(now - was) / was for was in (was_low, was_high) for now in (now_low, now_high)
        ]
        if _agree((min(corners), max(corners)), share, _percent_exactness(lexicon, share)):
            continue
        was, now = pair
        moved = 100 * abs(now.low - was.low) / was.low
        decimals = 0 if float(share.low).is_integer() else 1
        yield Issue(
            share,
            f"from {figure(was)} to {figure(now)} is a {'fall' if now.low < was.low else 'rise'} "
            f"of {moved:.{decimals}f}%, not {share.text}",
            "check the change against the two figures",
            (),
            shows=tuple(pair),
        )


@compiled
def _short_of(lexicon: Lexicon) -> dict[str, re.Pattern | None]:
    """Between a gap and the mark it falls short of ("gap"): the gap's noun or nothing, a
    shortfall word (the language pack's: "short of"), and up to three words ("its", "the");
    between what was reached and the gap ("reached"): an apposition, up to `shortfall_words`
    words, a comma and maybe a lead ("$21.5 million so far, leaving it $9.5 million short", "300
    seats, 26 short")."""
    text = lexicon.text
    if not text.shortfalls:
        return {"gap": None, "reached": None}
    leads = alternation(text.shortfall_leads) or "(?!x)x"
    return {
        "gap": regex_cache.compile(
            rf"(?:\s+[^\W\d_][\w'’-]*)?\s+(?:{alternation(text.shortfalls)})\s+"
            rf"(?:[^\W\d][\w'’.-]*\s+){{0,3}}",
            re.IGNORECASE,
        ),
        "reached": regex_cache.compile(
            rf"(?:\s+[^\s\d,;:]+){{0,{lexicon.limits.shortfall_words}}}\s*,\s*"
            rf"(?:(?:{leads})\s+(?:[^\s\d,;:]+\s+){{0,2}})?",
            re.IGNORECASE,
        ),
    }


def _reached_before(gap_at: int, claims: list[Claim], text: str, lexicon: Lexicon) -> Claim | None:
    """The figure the gap at `gap_at` falls short from: the one right before it in its sentence
    and unit, set off by a comma ("300 seats, 26 short of"), a level of its own, and the only one
    of that unit before the gap in the sentence (not "226 electoral votes to Trump's 312, 44 short
    of")."""
    gap = claims[gap_at]
    before = [
        c
        for c in claims[:gap_at]
        if (c.sentence_index, c.unit) == (gap.sentence_index, gap.unit) and c.role != "from"
    ]
    if len(before) != 1:
        return None
    [have] = before
    if have.change or have.metric_how == BAR:
        return None
    pattern = _short_of(lexicon)["reached"]
    return have if pattern.fullmatch(text, have.end, gap.start) else None


def _shortfalls(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'had received $21.5 million so far, leaving it $9.5 million short of its $30 million
    target', 'won 300 seats, 26 short of the 326 needed': what was reached and the gap make the
    mark, each figure as loose as its hedge or its rounding (as a sum is)."""
    pattern = _short_of(lexicon)["gap"]
    if pattern is None:
        return
    for i, gap in enumerate(claims[:-1]):
        mark = claims[i + 1]
        if (
            gap.metric_how != BAR
            or (mark.sentence_index, mark.unit) != (gap.sentence_index, gap.unit)
            or not pattern.fullmatch(text, gap.end, mark.start)
        ):
            continue
        have = _reached_before(i, claims, text, lexicon)
        if have is None or not all(bounded(c, lexicon) for c in (have, gap, mark)):
            continue
        if _adds_up((have, gap), mark, lexicon) or _far_apart(
            have.low + gap.low, mark.low, lexicon
        ):
            continue
        made = amount(have.low + gap.low, have.high + gap.high, "exact", mark.unit, lexicon)
        yield Issue(
            gap,
            f"{have.text} and {gap.text} short make {made}, not {mark.text}",
            "check the shortfall against the figure reached and the mark",
            (),
            shows=(have, mark),
        )


def _remainders(claims: list[Claim], text: str, lexicon: Lexicon) -> Iterable[Issue]:
    """'pre-tax charges of approximately $800 million. It expected about $500 million of those
    charges in its fiscal third quarter and about $150 million in the fourth, with the remaining
    $250 million spread over 2025': a figure a remainder lead names ("the remaining"), after a
    part of a whole in its sentence, is the whole less that part and the figures in its unit
    between them, off by no more than the loosest of their hedges (or rounding) makes of the
    whole: about $800 million leaves about $150 million, and $250 million is $100 million off, more
    than a tenth of $800 million. Not for shares: the shares of a whole are `_shares_past_all`'s."""
    lead = _remainder_lead(lexicon)
    if lead is None:
        return
    by_start = {c.start: c for c in claims}
    for i, rest in enumerate(claims):
        reach = max(rest.sentence_start, rest.start - lexicon.limits.cue_reach_chars)
        if rest.unit == "%" or not lead.search(text, reach, rest.start):
            continue
        before = claims[_sentence_opens(claims, rest.sentence_index) : i]
        first = next((c for c in before if by_start.get(c.whole) is not None), None)
        whole = by_start[first.whole] if first is not None else None
        if whole is None or whole.unit != rest.unit:
            continue
        # the whole's other parts: not a part of one of them ("105 were freed, including 30
        # children"), nor of the remainder ("120 of the remaining 900")
        parts = [
            c
            for c in before
            if c.start >= first.start and c.unit == rest.unit and c.whole in (None, first.whole)
        ]
        if not all(bounded(c, lexicon) for c in (whole, rest, *parts)):
            continue
        left = (whole.low - sum(c.high for c in parts), whole.high - sum(c.low for c in parts))
        slack = _exactness(lexicon, whole, rest, *parts) * whole.high
        if (
            left[1] <= 0
            or intervals.overlaps((left[0] - slack, left[1] + slack), (rest.low, rest.high))
            or _far_apart(max(left[0], 1), rest.low, lexicon)
        ):
            continue
        yield Issue(
            rest,
            f"{figure(whole)} less {' and '.join(figure(c) for c in parts)} leaves "
            f"{amount(*left, 'exact', rest.unit, lexicon)}, not {rest.text}",
            "check the remainder against the whole and its other parts",
            (),
            shows=(whole, *parts),
        )


@compiled
def _remainder_lead(lexicon: Lexicon) -> re.Pattern | None:
    """A remainder lead and up to two words (a hedge), ending where a figure starts."""
    leads = lexicon.text.part_of.remainders.pattern
    if leads is None:
        return None
    return regex_cache.compile(
        rf"(?:{leads.pattern})\s+(?:[^\W\d][\w.~-]*\s+){{0,2}}$", re.IGNORECASE
    )


@reading_check(
    id="arithmetic",
    severity=Severity.WARNING,
    rests_on=(),  # the draft's own figures against each other: its message shows what it added
    needs_references=False,
    description="Figures that do not add up: casualties vs killed + wounded, "
    "a part larger than its whole, a percentage that does not match its counts, "
    "a change in points or in percent that does not match its two levels, "
    "a shortfall that does not bridge the figure reached and the mark, "
    "a remainder that is not what its whole leaves.",
    failing="About 300 North Korean soldiers were killed and 2,700 wounded, "
    "a total of 5,000 casualties, the NIS said.",
    passing="About 300 North Korean soldiers were killed and 2,700 wounded, "
    "a total of 3,000 casualties, the NIS said.",
)
def CHECK(context: Context) -> Iterable[Issue]:
    # a bar to reach ("the two-thirds majority needed") is no amount of anything
    levels = [c for c in context.claims if c.is_level and c.metric_how != BAR]
    text, lexicon = context.reading.document.text, context.lexicon
    found = itertools.chain(
        _sums([c for c in levels if c.hedge != VAGUE], text, lexicon),
        _parts(levels, text, lexicon),
        _ratios(levels, text, lexicon),
        _share_of_earlier_whole(levels, text, lexicon),
        _share_of_named_whole(levels, text, lexicon),
        _share_of_a_whole_named_anywhere(levels, text, lexicon),
        _share_of_a_whole_by_its_part(levels, text, lexicon),
        _that_share_of_its_whole(levels, text, lexicon),
        _listed_sums(levels, text, lexicon),
        _colon_lists(levels, text, lexicon),
        _stated_sums(levels, text, lexicon),
        _sums_of_the_named(levels, text, lexicon),
        _point_changes(context.claims, lexicon),
        _gaps(context.claims, text, lexicon),
        _percent_changes(context.claims, text, lexicon),
        _shortfalls(context.claims, text, lexicon),
        _remainders(levels, text, lexicon),
        _share_of_a_sources_figure(levels, text, lexicon),
    )
    seen: set[int] = set()
    for issue in found:  # one finding per figure: a derived total may also be a stated sum
        at = issue.claim.start if issue.claim is not None else None
        if at not in seen:
            yield issue
        if at is not None:
            seen.add(at)
