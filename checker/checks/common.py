"""Wording and fact-picking shared by several checks.

Messages speak people's words: a source as the reference set names it ("the Interior Ministry"),
a fact by its figure and date ("about 300, as of 2025-01-13"), a metric or subject id as words
("vote against"). Ids stay in a finding's `references`, for machines.
"""

from __future__ import annotations

import datetime as dt
import math

from checker import periods, regex_cache
from checker.lexicon import Lexicon
from checker.lexicon.sections import FLOORS
from checker.model import (
    COUNT_DOUBT,
    VAGUE,
    Claim,
    Fact,
    describe_figure,
    format_value,
    significant_digits,
    swapped_neighbours,
)
from checker.reading.metrics import BY_UNIT
from checker.reading.parts import sum_tail
from checker.references import Match
from checker.references.intervals import claim_interval


def name(source: str, lexicon: Lexicon) -> str:
    """A source id as the reference set (or a pack) names it: 'the Interior Ministry'."""
    known = lexicon.sources.get(source)
    return known.name if known is not None and known.name else source


def said_by(claim: Claim, lexicon: Lexicon) -> str:
    """Who the draft credits the figure to, as the draft writes it."""
    if claim.source_text:
        return claim.source_text
    return name(claim.source, lexicon) if claim.source else "the draft"


def summed_parts(total: Claim, lexicon: Lexicon) -> tuple[str, ...]:
    """The parts of the `derived:` metric the total may sum: that metric's, when the total counts
    it, or when it counts one of its parts read from its unit alone ("108,392 hectares of
    farmland destroyed and another 332,327 hectares partly damaged. Together those make up the
    more than 440,000 hectares": hectares, read as farmland destroyed; not "300 killed and 2,700
    wounded. About 3,000 were killed"); none else."""
    for whole, parts in lexicon.derived.items():
        if total.metric == whole or (total.metric in parts and total.metric_how in BY_UNIT):
            return parts
    return ()


def words(term: str | None) -> str:
    """A metric or subject id as words: 'vote-against' -> 'vote against'."""
    return (term or "").replace("-", " ")


def none_from(claim: Claim, lexicon: Lexicon) -> str:
    """'the reference set has no killed figure of civilians from Amnesty': the named source gave
    the set no figure of what the claim counts."""
    return (
        f"the reference set has no {words(claim.metric)} figure of {words(claim.subject)} "
        f"from {name(claim.source, lexicon)}"
    )


def figure(claim: Claim) -> str:
    """'about 300', '1,000 a day', or the text as written for money and shares."""
    base, _, period = claim.unit.partition("/")
    if base != "count":
        return f"'{claim.text}'"
    return describe_figure(claim.low, claim.high, claim.hedge) + (f" a {period}" if period else "")


def counted(claim: Claim) -> str:
    """The figure and what it counts: 'about 300 killed', "'94.6%' vote against"."""
    return f"{figure(claim)} {words(claim.metric)}".rstrip()


def scaled(number: float, lexicon: Lexicon) -> str:
    """'25 billion', '1.28 million', '1,200': large figures with the language's scale words."""
    big = [  # the international scales (powers of 1,000), not "crore"
        (size, word)
        for word, size in lexicon.numbers.scales.items()
        if size >= 1e6 and round(math.log10(size)) % 3 == 0
    ]
    for size, word in sorted(big, reverse=True):
        if abs(number) >= size:
            return f"{format_value(round(number / size, 3), round(number / size, 3))} {word}"
    return format_value(number, number)


def amount(low: float, high: float, hedge: str, unit: str, lexicon: Lexicon) -> str:
    """A figure as an editor writes it: 'about 300', 'USD 25 billion', '86%', '1,000 per day',
    'USD 700 per household'."""
    base, _, per = unit.partition("/")
    if base == "count" and not per:
        return describe_figure(low, high, hedge)
    number = (
        scaled(low, lexicon) if low == high else f"{scaled(low, lexicon)}–{scaled(high, lexicon)}"
    )
    words = "" if hedge in ("exact", VAGUE) else hedge.replace("-", " ") + " "
    if base == "%":
        shown = f"{format_value(low, high)}%"
    elif base == "count":
        shown = number
    elif base.isupper() and len(base) == 3:
        shown = f"{base} {number}"
    else:
        shown = f"{number} {base}"
    return f"{words}{shown}" + (f" per {per}" if per else "")


def value(fact: Fact, lexicon: Lexicon) -> str:
    """'about 300', 'USD 25 billion'."""
    return amount(fact.low, fact.high, fact.hedge, fact.unit, lexicon)


def dated(fact: Fact) -> str:
    """'as of 2025-01-13', 'for 2024', or '' for an undated figure."""
    if fact.as_of:
        return f"as of {fact.as_of}"
    return f"for {fact.period}" if fact.period else ""


def given(fact: Fact, lexicon: Lexicon) -> str:
    """'about 300 (as of 2025-01-13)'."""
    when = dated(fact)
    shown = value(fact, lexicon)
    return f"{shown} ({when})" if when else shown


def by_source(facts, lexicon: Lexicon) -> str:
    """'the NIS: about 300 (as of 2025-01-13); Zelensky: 4,000 (as of 2025-02-01)'."""
    return "; ".join(sorted({f"{name(f.source, lexicon)}: {given(f, lexicon)}" for f in facts}))


def shown(facts, claim: Claim, lexicon: Lexicon) -> tuple[tuple[Fact, ...], str]:
    """The facts a message lists for a claim: all of them, or, past `limits.listed_facts`, the
    ones nearest its value, and how many more there are ("; and 41 more")."""
    facts, limit = tuple(facts), lexicon.limits.listed_facts
    if len(facts) <= limit:
        return facts, ""
    mid = (claim.low + claim.high) / 2

    def distance(f: Fact) -> float:
        return abs(math.log((f.low + f.high) / 2 + 1) - math.log(mid + 1))

    nearest = set(sorted(range(len(facts)), key=lambda i: (distance(facts[i]), i))[:limit])
    kept = tuple(f for i, f in enumerate(facts) if i in nearest)
    return kept, f"; and {len(facts) - limit:,} more"


def newest(facts) -> Fact:
    """The most recently stated fact (undated facts count as oldest; ties keep reference order)."""
    return max(facts, key=lambda f: (f.stated() or (dt.date.min, dt.date.min))[::-1])


def an_earlier_count(claim: Claim, facts, lexicon: Lexicon) -> bool:
    """'By the end of May the CDC had confirmed three human cases', when every figure of `facts`
    (the CDC's 61 of December) was given later and is about a later time: a smaller count from
    before them all is an earlier point on the same running count, not a misquote of any of them."""
    when = claim.when
    if when is None or claim.unit != "count" or not facts:
        return False
    for fact in facts:
        stated, about = fact.stated(), fact.when()
        if stated is None or about is None or stated[0] <= when[1] or about[0] <= when[1]:
            return False
    return claim_interval(claim, lexicon)[1] < min(f.low for f in facts)


def of_its_time(claim: Claim, facts) -> tuple[Fact, ...]:
    """Of `facts`, those about one event or period that the claim's time falls in, when there are
    any ("more than 100,000 walked out on Dec. 2" is that day's count, not Dec. 9's); else all."""
    facts = tuple(facts)
    if not claim.when:
        return facts
    timely = tuple(
        f
        for f in facts
        if f.about_one_time() and (time := f.when()) and periods.spans_overlap(claim.when, time)
    )
    return timely or facts


def own_time(claim: Claim, facts) -> periods.Span | None:
    """The time the claim gives its figure, against `facts`: none when the time dates the event a
    count to date is about ("The Aug. 8 fire killed 115": the toll as the draft gives it now), no
    fact being about one event or period."""
    if claim.as_of_event and not any(fact.about_one_time() for fact in facts):
        return None
    return claim.when


def relevant(m: Match, lexicon: Lexicon) -> tuple[Fact, ...]:
    """The facts a claim uses: its named source's fitting figures, or any fitting figure when it
    names none; of those, the ones with exactly its value when there are any ("about 5.6 million"
    uses the 5.6 million figure, not a 5.8 million one within tolerance), else the ones its
    written digits round ("about 1.54 million" uses 1,541,000, not 1,465,000)."""
    used, claim = _on_its_side(fitting_given(m), m.claim, lexicon), m.claim
    exact = tuple(f for f in used if (f.low, f.high) == (claim.low, claim.high))
    if exact or not claim.precision:
        return exact or used
    return tuple(f for f in used if rounds_to(claim, f)) or used


def _on_its_side(facts: tuple[Fact, ...], claim: Claim, lexicon: Lexicon) -> tuple[Fact, ...]:
    """Of the facts, those on the side of the figure its hedge points to, when there are any: a
    "more than 1 million" is the source's 1,041,000, not its "more than 700,000" (which fits it
    only as loosely as that hedge reads)."""
    spec = lexicon.hedges.get(claim.hedge)
    if spec is None or spec.interval not in FLOORS:
        return facts
    return tuple(f for f in facts if f.high >= claim.low) or facts


def fitting_given(m: Match) -> tuple[Fact, ...]:
    """The fitting facts of the claim's named source, or all fitting facts when it names none."""
    return m.own(m.fitting) if m.claim.source is not None else m.fitting


def bounded(claim: Claim, lexicon: Lexicon) -> bool:
    """A figure that can be added up: exact, about or nearly, not 'more than' or 'up to'."""
    spec = lexicon.hedges.get(claim.hedge)
    return spec is not None and spec.interval in ("point", "around", "below")


def rounds_to(claim: Claim, fact: Fact) -> bool:
    """Do the claim's written digits round the fact ("1.54 million": 1,541,000; "1.3 million":
    1,280,000)? Its `precision` is half its last written step."""
    return claim.low - claim.precision <= fact.low and fact.high <= claim.high + claim.precision


def named_a_total(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Is the figure at text[start:end] named a total: a sum lead a few words before it ("a
    combined bill of roughly $35 billion", "a total of 262") or a sum tail right after it or its
    noun ("40 in all", "126 medals in all")?"""
    words_, reach = lexicon.limits.cue_words, lexicon.limits.cue_reach_chars
    lead = lexicon.text.part_of.sum_leads.pattern
    head = text[max(0, start - reach) : start]
    found = list(lead.finditer(head)) if lead else []
    if (
        found
        and len(head[found[-1].end() :].split()) <= words_
        and not _DIGIT.search(head, found[-1].end())
    ):
        return True
    after = sum_tail(lexicon)
    return after is not None and bool(after.match(text, end))


_DIGIT = regex_cache.compile(r"\d")


def slip_of_its_own(m: Match, lexicon: Lexicon) -> Fact | None:
    """'The Taliban government says the quake injured 3,460', for its own 3,640 injured: the named
    source's newest figure of what the claim counts (its metric and subject) by the claim's time
    (else the draft's date), when it is the claim's figure with two neighbouring digits swapped
    (`transposed_own_min_digits` significant digits or more), the claim is a plain or "about"
    figure or has that figure's own hedge ("at least 1,060" for its "at least 1,006"), and no one
    gave its very figure. The credit is then likely right and the figure
    mistyped, though another source's open figure ("at least 3,251"), or an older open one of its
    own, may fit it. Not a figure the source gave later, nor one its newest then does not match
    ("213 on Aug. 1", when its figure that day was "more than 200" and 231 came the next day)."""
    claim = m.claim
    if claim.source is None or claim.low != claim.high:
        return None
    if any((f.low, f.high) == (claim.low, claim.high) for f in m.fitting):
        return None  # its own very figure ("20.95%" of the first round, beside the runoff's
        # 20.59%), or another source's: likelier the one meant
    by = claim.when[1] if claim.when else m.today
    known = [
        f
        for f in m.own()
        if f.metric == claim.metric and f.subject == claim.subject and f.known_by(by)
    ]
    if not known:
        return None
    latest = newest(of_its_time(claim, known))
    if claim.hedge not in ("exact", "about", latest.hedge):
        return None  # ("at least 1,060" for its "at least 1,006": the same hedge, mistyped)
    digits = lexicon.limits.transposed_own_min_digits
    # either way round ("1,060" for 1,006 swaps a trailing zero in), the claim's own significant
    # digits as many as a slip needs ("about 1,500" is no slip of 1,050)
    twins = latest.low in swapped_neighbours(claim.low, digits) or (
        significant_digits(claim.low) >= digits
        and claim.low in swapped_neighbours(latest.low, digits)
    )
    return latest if latest.low == latest.high and twins else None


def settled_by_its_figure(m: Match, facts) -> tuple[str, ...]:
    """The reading's doubts about what the figure counts (its metric, and whom it is of) are
    settled when the figure is, hedge and all, one its named source gave for what it was read to
    count, and that source gave it for nothing else ("The death toll ... stands at 267, according
    to the Civil Protection Department": the 267 killed, its metric read from a word further away,
    is that body's 267 killed): (COUNT_DOUBT,), else ()."""
    claim = m.claim
    same = any(
        f.source == claim.source
        and (f.low, f.high, f.hedge) == (claim.low, claim.high, claim.hedge)
        for f in facts
    )
    return (COUNT_DOUBT,) if claim.source and same and not m.elsewhere and not m.misread else ()
