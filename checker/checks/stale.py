"""stale: a source's figure that the same source has since replaced with a different one.

Only a figure about the same thing replaces another: a running count (a fact with neither `period`
nor `event`) by a later running count, a figure for one period or event by a revision for that same
period or event. One day's crowd count is not replaced by the next day's, nor one vote's result by
the next vote's; but two figures of one day each, `level_gap_days` or more apart (a headcount at
each year's end), are a level, and the later replaces the earlier for an undated figure. Quiet
when the draft dates a running count to its time ("In January, the NIS said…"), or a figure
about one event to when its source gave it ("On June 13, the commissioner said"; "Monday's
walkouts" names the event, not when its count was current), when the newer figure came after the
draft's date (it was not yet known), when its paragraph gives the newer figure too (it tells the
story of the count), and when the draft tells the figure as an early one ("a first toll of 19") or
one that did not last ("had briefly reached 170 seats").
"""

from __future__ import annotations

import re
from typing import Iterable

from checker import periods, regex_cache
from checker.checks.base import Issue, claim_check
from checker.checks.common import (
    counted,
    given,
    name,
    newest,
    own_time,
    relevant,
    settled_by_its_figure,
)
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import words
from checker.lexicon.sections import CEILINGS, FLOORS
from checker.model import Claim, Fact, Severity
from checker.references import Match


@compiled
def _early_lead(lexicon: Lexicon) -> re.Pattern | None:
    """Right before a figure: an early mark, a word at most, a report noun, "of" or a colon and up
    to two words ("a first toll of", "an initial estimate of about", "their first tally: 59"); or
    an early mark right before a report noun, a report verb right after it and up to three words
    ("the preliminary count put turnout at"; not "the first quarterly report showed", a period's
    report, nor "the first NIS report found")."""
    t = lexicon.time
    if not t.early_marks or not t.report_nouns:
        return None
    marks, nouns = words(t.early_marks), words(t.report_nouns)
    verbs = words(t.early_report_verbs) or "(?!x)x"
    return regex_cache.compile(
        rf"\b(?:{marks})\s+(?:[^\W\d_]+\s+)?(?:{nouns})(?:\s+of|\s*:)(?:\s+[^\W\d_]+){{0,2}}\s*$"
        rf"|\b(?:{marks})\s+(?:{nouns})\s+(?:{verbs})(?:\s+[^\W\d_]+){{0,3}}\s*$",
        re.IGNORECASE,
    )


def _told_as_early(claim: Claim, lexicon: Lexicon) -> bool:
    """Does the draft tell the figure as an early one ("Gomes gave a first toll of 19")?"""
    lead = _early_lead(lexicon)
    if lead is None:
        return False
    reach, sentence = lexicon.limits.cue_reach_chars, claim.sentence
    # the claim's own offset in its sentence is not kept: any place its text stands will do
    # ("Firefighters from 19 districts arrived as Gomes gave a first toll of 19")
    at = sentence.find(claim.text)
    while at >= 0:
        if lead.search(sentence, max(0, at - reach), at):
            return True
        at = sentence.find(claim.text, at + 1)
    return False


def _told_as_passing(claim: Claim, lexicon: Lexicon) -> bool:
    """Does the draft tell the figure as one that did not last ("The Liberals had briefly reached
    170 seats", "At one point the Liberals reached 170", "was temporarily 3,000"): one of the
    `passing_marks` right after a subject link (`text.subject_links`: "reached", "stood at",
    "was"), or a few words before one, in the figure's clause, a word or two before the figure?"""
    pattern = _passing_link(lexicon)
    if pattern is None:
        return False
    at = claim.start - claim.sentence_start
    head = claim.sentence[max(0, at - lexicon.limits.cue_reach_chars) : at]
    return pattern.search(head) is not None


@compiled
def _passing_link(lexicon: Lexicon) -> re.Pattern | None:
    marks, links = lexicon.time.passing_marks.pattern, lexicon.text.subject_links.pattern
    if marks is None or links is None:
        return None
    # "At one point the Liberals reached": a few words (no clause mark) may stand between
    between = r"\s+(?:[^\W\d_][\w'’-]*\s+){0,3}"
    mark, link = marks.pattern, links.pattern
    either = rf"(?:{mark}){between}(?:{link})|(?:{link})\s+(?:{mark})"
    return regex_cache.compile(rf"(?:{either})\s+(?:[^\W\d_]+\s+){{0,2}}$", marks.flags)


def _its_own_period(claim: Claim, when, fact: Fact, new: Fact) -> bool:
    """Is the time the draft gives the figure the period it covers, over more than a day, and one
    its replacement covers too ("more than 1 million protested from Friday to Sunday", raised for
    the same weekend on Monday), not when its source said it ("On July 23, the ministry said")?"""
    return (
        not claim.as_of_said
        and bool(fact.period)
        and when == fact.when()
        and when[0] != when[1]
        and new.period == fact.period
    )


def _newer(fact: Fact, than: Fact) -> bool:
    a, b = fact.stated(), than.stated()
    return a is not None and b is not None and a[0] > b[0] and a[1] > b[1]


def _replacing(m: Match, fact: Fact, lexicon: Lexicon) -> tuple[str, ...]:
    """Who can replace a fact: its source; its source's members, who speak for it ("Peru's Health
    Ministry has recorded 143 deaths": the ministry's May figure, which CDC Peru, the ministry's
    centre that keeps its tally, has since raised to 248); and the group the claim credits when
    the fact is a member's ("FIFA says the pot is $60 million": its president's 2019 figure, which
    FIFA itself has since set at $110 million)."""
    spec = lexicon.sources.get(fact.source)
    members = tuple(spec.includes) if spec else ()
    group = (m.claim.source,) if fact.source in m.members else ()
    return (fact.source, *members, *group)


_SIDES = {**dict.fromkeys(FLOORS, 1), **dict.fromkeys(CEILINGS, -1)}  # a hedge's open side


def _another_figure(a: Fact | Claim, b: Fact | Claim, lexicon: Lexicon) -> bool:
    """Are they different figures: other values, or one value bounded from opposite sides?"""
    return (a.low, a.high) != (b.low, b.high) or _opposite_bounds(a, b, lexicon)


def _opposite_bounds(a: Fact | Claim, b: Fact | Claim, lexicon: Lexicon) -> bool:
    """One value bounded from opposite sides ("just over 500,000", then "fewer than 500,000")?"""
    sides = [
        _SIDES.get(spec.interval) if (spec := lexicon.hedges.get(x.hedge)) else None for x in (a, b)
    ]
    return (a.low, a.high) == (b.low, b.high) and None not in sides and sides[0] != sides[1]


def _given_too(fact: Fact, m: Match) -> bool:
    """Does the claim's paragraph give the fact's figure too, at no time, or at one the fact covers
    or was given at ("the Police Bureau later said four had been detained", not "After the July 17
    march, ... four people were arrested")?"""
    times = [t for t in (fact.when(), fact.stated()) if t]
    return any(
        (low, high) == (fact.low, fact.high)
        and (told is None or not times or any(periods.spans_overlap(told, t) for t in times))
        for low, high, told in m.in_draft
    )


def _a_later_level(new: Fact, fact: Fact, m: Match, lexicon: Lexicon) -> bool:
    """'Nike, which employs about 79,100 people', its headcount at May 31, 2022, in a draft of 2024,
    when Nike had since given about 83,700 at May 31, 2023: two figures of one day each, no event,
    at least `level_gap_days` apart, are a level measured at each (a day's crowd and the next
    week's march are not), so the later replaces the earlier for a draft that gives the figure no
    time of its own. (A day's count half a year apart, given undated, is read so too.)"""
    if m.claim.when or new.event or fact.event:
        return False
    a, b = new.when(), fact.when()
    return (
        bool(new.period and fact.period)
        and a is not None
        and b is not None
        and a[0] == a[1]
        and b[0] == b[1]
        and (a[0] - b[0]).days >= lexicon.limits.level_gap_days
    )


def _replacements(m: Match, used, lexicon: Lexicon) -> dict[str, Fact] | None:
    """For each fact the claim uses, the newest different figure its source gave since about the
    same thing (by the draft's date); None when one of them is still current."""
    replaced = {}
    for fact in used:
        stated = fact.stated()
        later = [
            f
            for source in _replacing(m, fact, lexicon)
            for f in m.given_since(source, stated[0] if stated else None)
            if (f.same_thing(fact) or _a_later_level(f, fact, m, lexicon))
            and _newer(f, fact)
            and _another_figure(f, fact, lexicon)
        ]
        if not later or any(
            not _another_figure(f, m.claim, lexicon)
            # (the claim's own value, bounded from the other side, is no newer figure given)
            or (_given_too(f, m) and (f.low, f.high) != (m.claim.low, m.claim.high))
            for f in later
        ):
            return None  # still current, or its paragraph gives the newer one too ("78 bodies on
            # the day of the sinking; its count crept up, to 82 on June 20")
        replaced[fact.id] = newest(later)
    return replaced


@claim_check(
    id="stale",
    defers_to=("period-mismatch",),
    severity=Severity.WARNING,
    description="A source's figure the same source has since replaced with a newer, different one.",
    failing="North Korea has suffered about 3,000 casualties, the NIS said.",
    passing="In January 2025, North Korea had suffered about 3,000 casualties, the NIS said.",
)
def CHECK(m: Match, lexicon: Lexicon) -> Iterable[Issue]:
    if _told_as_early(m.claim, lexicon) or _told_as_passing(m.claim, lexicon):
        return  # "a first toll of 19", "briefly reached 170": the draft says it was early, or
        # did not last
    # not a figure bounded from the other side ("just over 500,000" does not use "fewer than
    # 500,000", which merely touches it)
    used = [f for f in relevant(m, lexicon) if not _opposite_bounds(f, m.claim, lexicon)]
    replaced = _replacements(m, used, lexicon) if used else None
    if not replaced:
        return
    when = own_time(m.claim, used)
    newest_given = min(new.stated()[0] for new in replaced.values() if new.stated())
    if (
        when
        and when[1] < newest_given
        and any(
            # a date given to a figure about one event names the event ("Monday's walkouts"), not
            # the time its count was current, unless it is when the source said it ("On June 13,
            # the police commissioner said officers had fired about 150 rounds")
            # or a deadline the count was made by ("By Sunday, ... Hichilema had 2,324,837")
            (m.claim.as_of_said or m.claim.as_of_by or not fact.about_one_time())
            and fact.stated()
            and periods.spans_overlap(when, fact.stated())
            # "more than 1 million had protested from Friday to Sunday": the period the figure
            # covers, which its revision covers too, not when it was current
            and not _its_own_period(m.claim, when, fact, replaced[fact.id])
            for fact in used
        )
    ):
        return  # the draft dates the figure to when it was current ("In January, ..."), a time
        # over before it was replaced ("so far this year" runs on to the draft's date)
    fact = used[0]
    new = replaced[fact.id]
    yield Issue(
        m.claim,
        f"{counted(m.claim)} is the figure {name(fact.source, lexicon)} gave "
        f"as of {fact.as_of or fact.period}; "
        f"{'it' if new.source == fact.source else name(new.source, lexicon)} has since given "
        f"{given(new, lexicon)}",
        f"use the newer figure, or date this one ('as of {fact.as_of or fact.period}')",
        (fact.id, new.id),
        settled=() if m.claim.when else settled_by_its_figure(m, used),
    )
