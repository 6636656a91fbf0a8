"""overstatement: an upper bound or a range stated as a plain figure ("an extra 3,000" for
1,000-3,000; "only 28 percent" for 28-40 percent), or a hedge stronger than the reference's ("at
least 3,000" for "up to 3,000", "more than 3,000" for "about 3,000")."""

from __future__ import annotations

from typing import Iterable

from checker import regex_cache
from checker.checks.base import Issue, claim_check
from checker.checks.common import amount, given, of_its_time
from checker.lexicon import Lexicon
from checker.lexicon.sections import FLOORS
from checker.model import Claim, Fact, Severity
from checker.references import Match
from checker.references.intervals import overlaps, written


def _top(fact: Fact, lexicon: Lexicon) -> str:
    return amount(fact.high, fact.high, "exact", fact.unit, lexicon)


def _bottom(fact: Fact, lexicon: Lexicon) -> str:
    return amount(fact.low, fact.low, "exact", fact.unit, lexicon)


def _near(a: float, b: float, lexicon: Lexicon) -> bool:
    return abs(a - b) <= lexicon.limits.upper_bound_tolerance * max(abs(a), abs(b))


_JOINED = regex_cache.compile(r"\s*([^\s\d$€£¥]+)\s*[$€£¥]?\d")


def _joined_to_a_figure(claim: Claim, lexicon: Lexicon) -> bool:
    """Is the figure joined to the next by a range word ("cut its flights by 10% to 15%": read as
    a cut of 10% and a level of 15%, it may be a range)?"""
    at = claim.start - claim.sentence_start
    after = _JOINED.match(claim.sentence, at + len(claim.text))
    return after is not None and after.group(1).lower() in lexicon.numbers.range_joiners.folded


def _reason(claim: Claim, fact: Fact, lexicon: Lexicon) -> str | None:
    spec = lexicon.hedges.get(fact.hedge)
    fact_is_ceiling = fact.is_range or (spec is not None and spec.upper_bound)
    ceiling_range = spec is not None and spec.upper_bound and fact.is_range
    if claim.hedge == "exact" and claim.is_range and ceiling_range:
        if (claim.low, claim.high) == (fact.low, fact.high):  # "18,000 to 20,000 killed"
            return (
                f"{claim.text} is stated as a count, but the reference set gives "
                f"{given(fact, lexicon)}: an estimate of how high it could go"
            )
    if claim.hedge == "exact" and not claim.is_range and fact_is_ceiling:
        if abs(claim.high - fact.high) <= lexicon.limits.upper_bound_tolerance * fact.high and (
            claim.high > fact.low or not fact.is_range  # "up to $25 billion" as "$25 billion"
        ):
            return (
                f"{claim.text} is stated as a plain figure, but the reference set gives "
                f"{given(fact, lexicon)}: {_top(fact, lexicon)} is only the upper bound"
            )
    if claim.hedge == "exact" and not claim.is_range and fact.is_range and not ceiling_range:
        if (
            claim.high < fact.high
            and _near(claim.low, fact.low, lexicon)
            and not _joined_to_a_figure(claim, lexicon)
        ):
            return (  # "only 28 percent" for 28-40 percent: the bottom of a range is no count
                f"{claim.text} is stated as a plain figure, but the reference set gives "
                f"{given(fact, lexicon)}: {_bottom(fact, lexicon)} is only the lower end"
            )
    claim_spec = lexicon.hedges.get(claim.hedge)
    if (
        claim_spec is not None
        and claim_spec.interval == "around"
        and spec is not None
        and spec.interval == "to"  # a ceiling ("up to", "at most"), not "nearly"
        and not fact.is_range
        and abs(claim.high - fact.high) <= lexicon.limits.upper_bound_tolerance * fact.high
    ):
        return (  # "some 3,600" for "up to 3,600": a ceiling given as the rough size
            f"'{amount(claim.low, claim.high, claim.hedge, claim.unit, lexicon)}' is stated as "
            f"an estimate, but the reference set gives {given(fact, lexicon)}: "
            f"{_top(fact, lexicon)} is only the upper bound"
        )
    if claim_spec is None or claim_spec.interval not in FLOORS or spec is None:
        return None
    # "more than 2,000" for 1,000-3,000 claims a floor the source did not give; "at least 3,000"
    # for "up to 3,000" turns its ceiling into a floor
    floor_above_range = fact.is_range and claim.low > fact.low
    ceiling_as_floor = spec.upper_bound and claim.low >= fact.high * (
        1 - lexicon.limits.upper_bound_tolerance
    )
    # "more than 10,000" for "about 10,000": a floor where the source gave only an estimate
    estimate_as_floor = spec.interval == "around" and not fact.is_range and claim.low >= fact.low
    # "more than Rs 500 crore" for Rs 500 crore: past the very figure
    past_the_figure = (
        spec.interval == "point" and claim_spec.interval == "above" and claim.low >= fact.high
    )
    if floor_above_range or ceiling_as_floor or estimate_as_floor or past_the_figure:
        return (
            f"'{amount(claim.low, claim.high, claim.hedge, claim.unit, lexicon)}' claims more than "
            f"the reference set's {given(fact, lexicon)}"
        )
    return None


def _holds(m: Match, fact: Fact, lexicon: Lexicon) -> bool:
    """Does the fact's written figure lie in the claim's hedged span ("nearly 103,000" holds "more
    than 100,000"), or, for a plain figure, at it, give or take rounding ("about 800 million" does
    not hold "$1 billion", however loosely a one-digit figure is written)?"""
    slack = lexicon.limits.rounding
    claim = m.claim
    span = written(claim.low, claim.high, slack) if claim.hedge == "exact" else m.span
    return overlaps(written(fact.low, fact.high, slack), span)


def _known_by(facts: tuple[Fact, ...], m: Match) -> tuple[Fact, ...]:
    """Of the facts, those given by the draft's date, when there are any: a draft can only
    overstate what was known when it was written ("4.6 million marched" on Jan. 23, when the
    estimate was 3.3 million to 4.6 million; a wider range came out on Feb. 7)."""
    if m.today is None:
        return facts
    known = tuple(f for f in facts if (stated := f.stated()) is None or stated[0] <= m.today)
    return known or facts


def _current(facts: tuple[Fact, ...], m: Match) -> tuple[Fact, ...]:
    """Of the facts, those no later one of the same source about the same thing replaces by the
    claim's time, else by the draft's date: "grow 9%" in June, when the company had narrowed its
    forecast to 8% to 9%, is judged by that range, not by the 8% to 10% it replaced; "In July it
    had forecast just over 500,000" by July's forecast, not October's."""
    horizon = m.claim.when[1] if m.claim.when else m.today

    def replaced(f: Fact, g: Fact) -> bool:
        later, stated = g.stated(), f.stated()
        return (
            g.source == f.source
            and g.same_thing(f)
            and later is not None
            and stated is not None
            and later[0] > stated[1]
            and (horizon is None or later[0] <= horizon)
        )

    return tuple(f for f in facts if not any(replaced(f, g) for g in facts))


@claim_check(
    id="overstatement",
    severity=Severity.WARNING,
    description="An upper bound or range stated as a plain figure, "
    "or a hedge stronger than the reference's.",
    failing="North Korea sent an extra 3,000 troops, the NIS said.",
    passing="North Korea sent up to 3,000 more troops, the NIS said.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    fitting = _current(_known_by(of_its_time(m.claim, m.own(m.fitting) or m.fitting), m), m)
    if not fitting:
        return
    reasons = [(_reason(m.claim, f, lexicon), f) for f in fitting]
    # a fact with nothing to say against the figure clears it only when its written figure lies
    # in the figure's own span: Cisco's "about $800 million" fits "$1 billion" only loosely, and
    # does not make its "up to $1 billion" a fair plain figure
    reasons = [(r, f) for r, f in reasons if r or _holds(m, f, lexicon)]
    if reasons and all(reason for reason, _ in reasons):
        reason, fact = reasons[0]
        bottom, top = _bottom(fact, lexicon), _top(fact, lexicon)
        wording = f"between {bottom} and {top}" if fact.is_range else None
        yield Issue(
            m.claim,
            reason,
            f"write '{wording}' or 'up to {top}'"
            if wording
            else f"write '{_as_given(fact, lexicon)}'",
            tuple(f.id for _, f in reasons),
        )


def _as_given(fact: Fact, lexicon: Lexicon) -> str:
    """The fact as the source gave it ("about 3,000", "3,000"), or up to its top for a ceiling."""
    spec = lexicon.hedges.get(fact.hedge)
    if spec is not None and spec.interval in ("around", "point"):
        return amount(fact.low, fact.high, fact.hedge, fact.unit, lexicon)
    return f"up to {_top(fact, lexicon)}"
