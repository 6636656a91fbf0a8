"""contradiction: the named source's own figure for that metric and subject is incompatible with
the draft's."""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from checker.checks.base import Issue, claim_check
from checker.checks.common import (
    an_earlier_count,
    by_source,
    counted,
    dated,
    given,
    name,
    named_a_total,
    newest,
    of_its_time,
    said_by,
    shown,
    slip_of_its_own,
    value,
    words,
)
from checker.lexicon import Lexicon
from checker.model import COUNT_DOUBT as COUNT
from checker.model import VAGUE, Severity
from checker.references import Match
from checker.references.intervals import claim_interval, overlaps


@claim_check(
    id="contradiction",
    severity=Severity.ERROR,
    vague=True,
    description="The named source's own figure for that metric and subject is incompatible "
    "with the draft's.",
    failing="The NIS said 900 North Korean soldiers were killed.",
    passing="The NIS said about 300 North Korean soldiers were killed.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    found = _against_its_own(m, lexicon)
    if found is None and not m.owns_compatible:
        found = _mistyped(m, lexicon)
    if found is not None:
        yield found


def _against_its_own(m: Match, lexicon: Lexicon) -> Issue | None:
    """The source's own figures of what the claim counts, none of them compatible with it."""
    claim = m.claim
    own = m.own()
    if claim.source is None or not own or m.misread:
        return None  # (misread: the source gave this very figure for another metric, and the
        # metric was read from no word beside it: what it counts was misread, not misquoted)
    # a slip of its own figure ("3,460" for its 3,640) is one, whatever else fits it by chance:
    # another's figure, or an open one of its own ("more than 2,500", the day before)
    slip = slip_of_its_own(m, lexicon)
    others_fit = m.others(m.fitting) and claim.hedge != VAGUE  # a vague figure fits too loosely
    if slip is None and (m.owns_compatible or others_fit):
        return None
    if _sums_its_events(m, lexicon) or an_earlier_count(m.claim, own, lexicon):
        return None
    # "4,644 new deaths on Monday": the figure the source gave for that day, when it gave one
    # (not when the day is when it spoke: "On Monday, the ministry reported 3,951 new deaths"
    # is the figure it gave on Monday, about the day before)
    timely = own if claim.as_of_said else of_its_time(claim, own)
    latest = newest(timely)
    which = "newest figure" if len(timely) > 1 else "figure"
    listed, more = shown(timely, claim, lexicon)
    return Issue(
        claim,
        f"{said_by(claim, lexicon)} is quoted with {counted(claim)}, but the figure "
        f"{name(claim.source, lexicon)} gave is {by_source(timely, lexicon).partition(': ')[2]}"
        if len(timely) == 1
        else f"{said_by(claim, lexicon)} is quoted with {counted(claim)}, but the figures "
        f"{name(claim.source, lexicon)} gave are {_figures(listed, lexicon)}{more}",
        f"did you mean {value(slip, lexicon)}, the same digits with two neighbours swapped?"
        if slip is not None
        else f"use its {which}, {given(latest, lexicon)}, or credit '{claim.text}' to whoever "
        "gave it",
        tuple(f.id for f in listed),
        doubts=_another_event(m) + _before_any(m, lexicon),
    )


def _mistyped(m: Match, lexicon: Lexicon) -> Issue | None:
    """No one gave the claim's very figure (of this or another subject, or as another metric), and
    nothing the source gave of what the claim was read to count is against it, but the source gave
    a figure of that metric, of another subject, with two neighbouring digits swapped ("the
    department logged 12,082 new cases" for its 12,802 cases of the whole country that week): that
    figure mistyped, or its subject misread, so a warning, its doubt said. A twin of what the
    claim counts is no slip: "1,234 cases by Aug. 1" before the source's 1,243 of Aug. 16 is an
    earlier point on its running count."""
    claim = m.claim
    if not m.transposed or m.fitting or m.elsewhere or m.other_subjects:
        return None
    # the twins come of what the claim counts first, then of its metric (`Match.transposed`): of
    # another subject only, since a figure of another metric with these digits is likelier chance,
    # the more figures a source gives
    twin = m.transposed[0]
    if twin.metric != claim.metric or twin.subject == claim.subject:
        return None
    source = name(claim.source, lexicon)
    return Issue(
        claim,
        f"{said_by(claim, lexicon)} is quoted with {counted(claim)}, but {source}'s figure of "
        f"{words(twin.metric)} of {words(twin.subject)}{_as_of(twin)} is {value(twin, lexicon)}: "
        "the same digits with two neighbours swapped",
        f"did you mean {value(twin, lexicon)}?",
        (twin.id,),
        doubts=(
            (
                COUNT,
                f"what it counts is matched by its digits alone to {source}'s figure of "
                f"{words(twin.metric)} of {words(twin.subject)}",
            ),
        ),
    )


def _as_of(fact) -> str:
    when = dated(fact)
    return f" ({when})" if when else ""


def _before_any(m: Match, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """'When the last Irish Times poll was published on May 17, it showed Yes on 44%', read as the
    vote's Yes share, which the pollster first gave on May 25: a figure the draft dates before the
    source gave any figure of what it was read to count may count something else, or be one the
    set does not record. Placed (not said) before a figure given with no period, it must be more
    than `report_lag_days` before: a count is often given the day after ("won 215 seats on Oct.
    27" for a count given on Oct. 28)."""
    when, claim = m.claim.when, m.claim
    own = m.own()
    if when is None or not own or claim.as_of_event:
        return ()  # ("The Aug. 24 quake killed 2,990": a toll is given after its event)
    lag = dt.timedelta(days=lexicon.limits.report_lag_days)
    for fact in own:
        if claim.as_of_said:  # when it said it
            start, late = fact.stated()[0], dt.timedelta(0)
        elif fact.period:  # the time its figure is about
            start, late = fact.when()[0], dt.timedelta(0)
        else:  # a running count, given as of a day
            start, late = fact.stated()[0], lag
        if start <= when[1] + late:
            return ()
    return ((COUNT, "the draft dates it before the source gave any figure of what it counts"),)


def _another_event(m: Match) -> tuple[tuple[str, str], ...]:
    """'A Spotify spokesperson said the cuts amounted to about 2% of the workforce', when the
    source's figures are each about one event (its January cut, its December cut) and the draft
    does not date this one: it may be about an occurrence the set does not record."""
    events = {f.event for f in m.own()}
    if m.claim.when is not None or None in events or len(events) < 2:
        return ()
    return (
        (
            COUNT,
            "the source's figures are each about one event and the draft does not say which this "
            "one is about",
        ),
    )


def _sums_its_events(m: Match, lexicon: Lexicon) -> bool:
    """'three rounds of closures -- 142 stores ..., 40 more in November and another 80 in late
    December -- or 262 in all': when the source's figures are each about one event (a round of
    closures), a figure named a total ("in all", "a total of") that adds up those it gave by some
    time, two at least, in order, is their running total, not a wrong one of them (not "laid off
    1,500 more workers in its second round", 1,000 and 500 though its rounds were)."""
    claim = m.claim
    at = claim.start - claim.sentence_start  # where it stands in its sentence
    if not named_a_total(claim.sentence, at, at + len(claim.text), lexicon):
        return False
    own = sorted((f for f in m.own() if f.stated()), key=lambda f: f.stated()[0])
    if len(own) < 2 or len({f.event for f in own}) < len(own) or None in {f.event for f in own}:
        return False
    allowed = claim_interval(claim, lexicon)
    low = high = 0.0
    for count, fact in enumerate(own, 1):
        low, high = low + fact.low, high + fact.high
        if count >= 2 and overlaps(allowed, (low, high)):
            return True
    return False


def _figures(facts, lexicon: Lexicon) -> str:
    return "; ".join(sorted({given(f, lexicon) for f in facts}))
