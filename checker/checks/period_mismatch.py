"""period-mismatch: the draft dates a figure to a time the matching reference figure is not about.

"killed last summer" for a count covering October to February is flagged; "in 2023" for a count
as of January 2025 is fine unless the fact gives the period it covers (a fact with only `as_of` is a
running count, true of any time up to that date). A time when the source spoke ("the WHO reported
3,922 deaths on Wednesday") is compared with when it gave the figure: not before it. A running
count dated to a day or a short time before the source gave it ("the count reached 2,946 on
Monday", given on Wednesday; "By mid-January, 1.1 million doses", given in February) is flagged
when the same source's figure then was another one, or when it had given none yet (more than
`report_lag_days` before: a count is often published the day after). A time after the draft's
date, in a sentence that looks ahead, is a plan's or a forecast's ("will cut 35,000 jobs by
2030"), a mismatch only with a figure for a period still to come then (a pay rise due in July
2025, not July 2024); in past-tense copy it is a wrong year ("were killed in December 2025"). Two
days a day apart ("Dec. 13" for a figure of Dec. 12) are doubted: an overnight count or a time
zone may explain them, so the finding is a note that says so; not when the draft places the figure
on a day it names outright ("On Sunday, 149,000 marched", "on Dec. 13": `Claim.as_of_named`),
which says which day it means (a time when a source spoke, or a day's edge, "late on Sunday", "early
Monday", stays doubted).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from checker import periods
from checker.checks.base import Issue, claim_check
from checker.checks.common import counted, dated, given, name, newest, own_time, relevant
from checker.lexicon import Lexicon
from checker.model import COUNT_DOUBT, Fact, Severity
from checker.reading import time
from checker.references import Match


def _fits_time(when, fact: Fact, m: Match, lexicon: Lexicon) -> bool:
    """May the draft date the fact's figure to `when`? A figure for a period: a time in that period
    ("45,774 in 2023" does not fit a count for 2022). A figure about one event with only an as-of
    date: a time up to that date, not more than `event_reach_days` before it (Tsai's 57.1% of the
    2020 election is not her 2016 result), nor more than `event_lead_days` before the first figure
    the reference set has about that event (an auction of Nov. 8 is not "an auction in October").
    A figure with only an as-of date is a running count, true of any time up to that date. A month
    or a day when a figure for a past period was given is when it was given (`_when_given`)."""
    stated = fact.stated()
    if fact.period:
        if _by_before_its_end(when, fact, m, lexicon):
            return False
        return (
            periods.spans_overlap(when, fact.when())
            or _by_after_its_end(when, fact, m)
            or _when_given(when, fact, m, lexicon)
        )
    if fact.event:
        limits = lexicon.limits
        first = m.event_starts.get(fact.event, stated[0])  # no later than the fact's own day
        since = max(
            stated[0] - dt.timedelta(days=limits.event_reach_days),
            first - dt.timedelta(days=limits.event_lead_days),
        )
        return periods.spans_overlap(when, (since, stated[1]))
    return periods.spans_overlap(when, (dt.date.min, stated[1]))


def _by_before_its_end(when, fact: Fact, m: Match, lexicon: Lexicon) -> bool:
    """'More than 250,000 people had voted online by Feb. 28', for a count over Feb. 27 to March 2:
    a count the draft says was reached by a day (`Claim.as_of_by`) more than `report_lag_days`
    before the end of the period the figure covers, inside it, is a count of part of it only."""
    span = fact.when()
    lag = dt.timedelta(days=lexicon.limits.report_lag_days)
    return (
        m.claim.as_of_by
        and span is not None
        and when[0] == when[1]
        and span[0] <= when[1] < span[1] - lag
    )


def _by_after_its_end(when, fact: Fact, m: Match) -> bool:
    """'By late July, coroners had logged 815 sudden deaths for that week', for a count of June 25
    to July 1 given on July 28: a count the draft says was reached by a time (`Claim.as_of_by`)
    after the period it covers ended, once its source had given it and before it revised it, is
    that period's count as it stood then. Not a period of one day: "By Tuesday, 100 had died", for
    Monday's toll given on Tuesday, gives a day's count as a running total, the classic slip."""
    span, stated = fact.when(), fact.stated()
    if not m.claim.as_of_by or span is None or stated is None or span[0] == span[1]:
        return False
    if not (when[1] >= span[1] and stated[0] <= when[1]):
        return False
    revised = m.bucket.given_between(fact.source, stated[1], when[1]) if m.bucket else ()
    return not any(f is not fact and f.same_thing(fact) for f in revised)


def _when_given(when, fact: Fact, m: Match, lexicon: Lexicon) -> bool:
    """'A Harvard-led team published an estimate of 4,645 excess deaths in May', for a count of
    September to December given in May: a month or a day, at most `current_span_days` long, that
    holds the day the source gave a figure for a period over more than `look_back_days` before is
    when it was given (a study looking back), not what it covers, in a sentence that names a
    publication ("published", "a paper": not "Heat killed 2,223 in September, the institute said"
    for July's deaths given in September). A figure given soon after its period (a day's toll the
    next day, a month's inflation early the next month) dated to when it was given is the classic
    slip, and stays one."""
    stated, limits = fact.stated(), lexicon.limits
    return (
        stated is not None
        and _publication(m, lexicon)
        and (stated[0] - fact.when()[1]).days > limits.look_back_days
        and (when[1] - when[0]).days <= limits.current_span_days
        and periods.spans_overlap(when, stated)
    )


def _current_then(m: Match, when, fact: Fact, lexicon: Lexicon) -> Fact | None:
    """'The ministry's count reached 2,946 on Monday, Sept. 11', for a running count given on Sept.
    13: on a day before the source gave `fact`, the figure the same source had given by then for
    the same thing, when it is another one (2,862 on Sept. 11). So for a short time ("By
    mid-September, the NDMA had counted 1,731 deaths", given on Oct. 22, when by Sept. 20 it had
    given 1,481), up to `current_span_days` long, that ends more than `report_lag_days` before the
    source gave `fact` (a month's count is often published just after it)."""
    stated = fact.stated()
    if fact.period or stated is None or m.bucket is None:
        return None
    limits = lexicon.limits
    if (when[1] - when[0]).days > limits.current_span_days:
        return None
    lag = dt.timedelta(days=limits.report_lag_days if when[0] != when[1] else 0)
    if when[1] + lag >= stated[0]:
        return None
    earlier = [
        f
        for f in m.bucket.given_between(fact.source, dt.date.min, when[1])
        if f.same_thing(fact) and (f.low, f.high) != (m.claim.low, m.claim.high)
    ]
    return newest(earlier) if earlier else None


def _before_given(m: Match, when, fact: Fact, lexicon: Lexicon) -> bool:
    """'On Sept. 21, it counted 36 cases', for a running count its source first gave on Sept. 25:
    a day, or a short time ('By mid-January', up to `current_span_days`; after "by", or in a
    sentence that names no day by a word, as "said on Wednesday" does), that opens the sentence
    and ends more than `report_lag_days` before the source gave it, when the source had given no
    figure for the same thing by then (else `_current_then` names that one)."""
    stated = fact.stated()
    if fact.period or fact.event or stated is None or m.bucket is None:
        return False
    if when[0] != when[1] and (
        (when[1] - when[0]).days > lexicon.limits.current_span_days
        or (not m.claim.as_of_by and time.names_a_day_word(m.claim.sentence, lexicon))
    ):
        return False  # "In January, 2,700 were wounded, the agency said on Wednesday": when they
        # were wounded, not when it gave the count ("By mid-January" is a count's time)
    if not (m.claim.as_of_opens or m.claim.as_of_closes):
        return False  # "The earthquake on Sept. 8 killed 2,946": the day of the event, not of
        # the count (nor, yet, a deadline elsewhere in the sentence: "147 died, most of them
        # villagers told to leave by Feb. 20" may be another's)
    if when[1] >= stated[0] - dt.timedelta(days=lexicon.limits.report_lag_days):
        return False
    given = m.bucket.given_between(fact.source, dt.date.min, when[1])
    return not any(f.same_thing(fact) for f in given)


def _publication(m: Match, lexicon: Lexicon) -> bool:
    """Does the figure's sentence name a publication ("a report", "published")?"""
    published = lexicon.time.publication_words.pattern
    return published is not None and published.search(m.claim.sentence) is not None


def _fits_any(facts, when, said: bool, m: Match, lexicon: Lexicon) -> bool:
    """May the draft date any of the facts' figures to `when` (given then, when `said`)? A fact
    with no time fits any."""
    return any(
        not f.when() or (_said_in_time(when, f) if said else _fits_time(when, f, m, lexicon))
        for f in facts
    )


def _looks_ahead(sentence: str, year: int, lexicon: Lexicon) -> bool:
    """Has the sentence a future word or auxiliary ("will", "plans", "aims"), or a deadline in
    that year ("cuts 35,000 jobs by 2030")? A future time in past-tense copy ("were killed in
    December 2025") is a wrong year, not a plan."""
    t = lexicon.time
    if any(
        cues.pattern is not None and cues.pattern.search(sentence)
        for cues in (t.future, t.future_auxiliaries)
    ):
        return True
    deadline = "|".join(re.escape(w) for w in t.deadline.folded)
    return bool(deadline) and bool(
        re.search(rf"\b(?:{deadline})\s+(?:\w+\s+){{0,3}}?{year}\b", sentence, re.IGNORECASE)
    )


def _scheduled(used, today: dt.date) -> bool:
    """Is any of the figures for a period still to come at the draft's date (a pay rise due next
    July), so that a time after that date can be the wrong one?"""
    return any(f.period and f.when()[1] > today for f in used)


def _said_in_time(when, fact: Fact) -> bool:
    """'the WHO reported 3,922 deaths on Wednesday': the source cannot have said it before it gave
    it; saying it again later is fine."""
    stated = fact.stated()
    return stated is None or when[1] >= stated[0]


@claim_check(
    id="period-mismatch",
    severity=Severity.WARNING,
    description="A figure the draft dates to a time other than the one "
    "the reference figure is about, or says a source gave before it did.",
    failing="Zelensky said 4,000 North Korean soldiers were killed in June 2024.",
    passing="Zelensky said in February 2025 that 4,000 North Korean soldiers were killed.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    claim = m.claim
    used = [f for f in relevant(m, lexicon) if f.when()]
    when = own_time(claim, used)  # (none for "The Aug. 8 fire killed 115": the fire's date)
    said = claim.as_of_said  # "Zelensky said in February": when he spoke, not what it covers
    if when is None or not used or (m.misread and _fits_any(m.elsewhere, when, said, m, lexicon)):
        return  # (misread: the source gave this very figure for another metric, and the metric
        # was read from no word beside it: what it counts was misread, so its time may be right,
        # unless it is wrong for that figure too: "When UEFA said in February that it would
        # refund all 19,618 tickets in Liverpool's allocation", both figures given in March)
    if (
        not said
        and m.today is not None
        and when[0] > m.today
        and _looks_ahead(claim.sentence, when[0].year, lexicon)
        and not _scheduled(used, m.today)
    ):
        return  # a time after the draft's date in a sentence that looks ahead is a plan's or a
        # forecast's ("will cut 35,000 jobs by 2030"): a figure given before it, for it
    if not said:
        then = [(f, _current_then(m, when, f, lexicon)) for f in used]
        if all(earlier is not None for _, earlier in then):
            fact, earlier = then[0]
            on = "on" if when[0] == when[1] else "in"
            yield Issue(
                claim,
                f"the draft gives {counted(claim)} as the figure {on} {claim.as_of}, but "
                f"{name(fact.source, lexicon)} gave it {dated(fact)}; {on} {claim.as_of} its "
                f"figure was {given(earlier, lexicon)}",
                f"date it to {fact.as_of}, or use {given(earlier, lexicon)}",
                (fact.id, earlier.id),
            )
            return
        if all(_before_given(m, when, f, lexicon) for f in used):
            fact = used[0]
            on = "on" if when[0] == when[1] else "by" if claim.as_of_by else "in"
            yield Issue(
                claim,
                f"the draft gives {counted(claim)} as the figure {on} {claim.as_of}, but "
                f"{name(fact.source, lexicon)} first gave it {dated(fact)}, and no figure for it "
                "before",
                f"date it to {fact.as_of}",
                tuple(f.id for f in used),
                doubts=() if claim.as_of_opens else _AS_IT_STOOD,
            )
            return
    if said and all(_said_in_time(when, f) for f in used):
        yield from _said_later(m, when, used, lexicon)
        return
    if any(_said_in_time(when, f) if said else _fits_time(when, f, m, lexicon) for f in used):
        return
    fact = used[0]
    who = name(fact.source, lexicon)
    theirs = fact.stated() if said else fact.when()
    near = () if claim.as_of_named else _a_day_apart(when, theirs, lexicon)
    if not near and not said and not claim.as_of_named:  # (not when the source spoke)
        near = _a_months_end(when, theirs, lexicon)
    if said and when[0] < when[1] and any(f.period and f.when() == when for f in used):
        return  # "In the second quarter, Paramount posted a net loss of $5.41 billion": a span
        # that is the very period the figure covers, as the reference set has it, is that period,
        # not when the source spoke
    if said:
        yield Issue(
            claim,
            f"the draft has {counted(claim)} given in {claim.as_of}, but {who} gave it "
            f"{dated(fact)}",
            f"date it to when it was given ({fact.as_of or fact.period})",
            tuple(f.id for f in used),
            doubts=near,
        )
        return
    label = fact.period or fact.as_of
    yield Issue(
        claim,
        f"the draft places {counted(claim)} in {claim.as_of}, but the figure {who} gave is for "
        f"{label}",
        f"date it to {label}, or use a figure for {claim.as_of}",
        tuple(f.id for f in used),
        doubts=near,
    )


def _said_later(m: Match, when, used: tuple[Fact, ...], lexicon: Lexicon) -> Iterable[Issue]:
    """'Medef had estimated in June that the damage exceeded 1 billion euros', for Medef's estimate
    of May 22: a source said to give a running count or a one-off figure (no period, no event: a
    year's total or an election's result is quoted for years) more than `repeat_days` after every
    time the reference set has it giving it. It may have said it again, so the finding is a note.
    Not when
    the time is after the draft's date (no one has spoken then: "its target of 3 billion pounds by
    March 2025" names a deadline), nor the same day or month of another year (a day written
    without its year, read as the wrong one), nor when the source had given a newer figure for
    the same thing by then (an old figure, which `stale` reports)."""
    late = dt.timedelta(days=lexicon.limits.repeat_days)
    if m.today is not None and when[1] > m.today:
        return
    for f in used:
        stated = f.stated()
        if f.period or f.event or stated is None:
            return
        if when[0] <= stated[1] + late or _another_year(when, stated):
            return
        if m.bucket is not None and any(
            f.same_thing(later) for later in m.bucket.given_between(f.source, stated[1], when[1])
        ):
            return
    fact = newest(used)
    on = "on" if when[0] == when[1] else "in"
    yield Issue(
        m.claim,
        f"the draft has {counted(m.claim)} given {on} {m.claim.as_of}, but "
        f"{name(fact.source, lexicon)} gave it {dated(fact)}",
        f"date it to when it was given ({fact.as_of})",
        tuple(f.id for f in used),
        doubts=((COUNT_DOUBT, "a source may give a figure again later"),),
    )


def _another_year(when, stated) -> bool:
    """Are the two times the same days of different years ("April 27" read as 2010's for a figure
    of April 27, 2009)?"""
    ends = (when[0].year - stated[0].year, when[1].year - stated[1].year)
    return (
        ends[0] != 0
        and ends[0] == ends[1]
        and all((a.month, a.day) == (b.month, b.day) for a, b in zip(when, stated, strict=True))
    )


# "1,288 contacts had been traced as of Aug. 27", first given on Sept. 27: a report may give a count
# as it stood at a date some time before it (a data cut-off), so the finding is a note
_AS_IT_STOOD = (
    (COUNT_DOUBT, "a report may give a count as it stood some time before it came out"),
)


def _a_day_apart(when, theirs, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """The doubt of two days at most `report_lag_days` apart ("Dec. 13" for a figure of Dec. 12):
    an overnight count or a time zone may explain it, so the finding is a note that says so."""
    if theirs is None or when[0] != when[1] or theirs[0] != theirs[1]:
        return ()  # days only: 2022 and 2023 touch, but are two years
    gap = max(when[0], theirs[0]) - min(when[1], theirs[1])
    if gap.days > lexicon.limits.report_lag_days:
        return ()
    return (
        (
            COUNT_DOUBT,
            "the two dates are a day apart: an overnight count or a time zone may explain it",
        ),
    )


def _a_months_end(when, theirs, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """The doubt of a month's last day, not named outright ("about 90,400 employees at the end of
    July"), against a day a few days before it in that month (`month_end_reach_days`: July 27, the
    close of a body's year): its month or quarter may close before the calendar's, so the finding
    is a note that says so."""
    if theirs is None or when[0] != when[1] or theirs[0] != theirs[1]:
        return ()
    day, their_day = when[0], theirs[0]
    last = (day + dt.timedelta(days=1)).month != day.month
    gap = (day - their_day).days
    if (
        not last
        or day.month != their_day.month
        or not 0 < gap <= lexicon.limits.month_end_reach_days
    ):
        return ()
    return (
        (
            COUNT_DOUBT,
            "the end of a month may be a body's own month's or quarter's end, a few days before "
            "the calendar's",
        ),
    )
