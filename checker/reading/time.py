"""When a figure is about: time expressions in a sentence, resolved against the draft's date.

`find_periods(text, base, lexicon)` finds and resolves, each to a `Period` (first and last day):
months ("in January", "Jan. 27", "June 2024", "early February"), relative phrases ("last year",
"this month", "last week", "last fall"), years ("in 2024", "since the start of 2024"), weekdays
("on Saturday": the latest Saturday on or before the draft's date), days ("yesterday", "the day
before", "that day"), spans to date ("earlier this month"), quarters and halves ("the fourth
quarter", "Q3", "the first half") and pairs ("between January and February"). In a clause that
looks ahead ("aims to ... by December") a month or weekday is the coming one. "since ..." runs to
the draft's date, also across a clause ("since the movement began in January").

`draft_date` reads a draft's own date line; `period_for` picks a figure's time expression;
`said_when` tells the time of a statement ("said on Wednesday") from the figure's.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from typing import Callable

from checker import periods, regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import lower, words
from checker.reading.distance import cue_before, in_a_name, preposition_at
from checker.reading.sentences import (
    CAPITALS,
    CLAUSE_BREAK,
    capital_wire_date,
    month_names,
    wire_date,
)

Span = periods.Span
_ISO = regex_cache.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    text: str
    offset: int  # where the expression starts in the sentence
    day: bool = False  # one named day ("on Tuesday"), an anchor for "the day before"
    named: bool = False  # a day named outright, by its name or its date ("on Tuesday", "Dec. 8"),
    # not reached from another ("that day", "a day after"), a month's end ("the end of May") or
    # the first day of a span ("from July 14")

    @property
    def label(self) -> str:
        return periods.label(self.start, self.end)


@dataclass
class _Context:
    base: dt.date | None
    future: bool = False  # the clause being read looks ahead
    anchor: Span | None = None  # the last day named, or short span ("the night of April 30 to
    # May 1"; limits.anchor_span_days), in this sentence or one before
    year: int | None = None  # the last year the sentence named ("of 2023 ... on Sept. 2")
    year_at: int = -1  # where it was named
    year_before: int | None = None  # the last year an earlier sentence named ("that year")
    anchor_lost: bool = False  # a day was named, too many paragraphs back to be "that day"
    anchor_near: bool = False  # the last day named is in this paragraph, and the last time named
    upcoming: int = 0  # days after the draft's date in which a day named without a year is coming
    weekday_window: int = 0  # how far from the draft's date a day's name may move a date's year
    day_here: dt.date | None = None  # the last single day named in this sentence
    dated: dt.date | None = None  # the last day named with its year in this sentence
    year_named: int | None = None  # the last year named so far, "last year" too (a look back)
    story: tuple[dt.date, ...] = ()  # when the reference set's figures were given, in order
    story_days: int = 0  # how near one of those a day must be to be in the story's time


_DIGIT = regex_cache.compile(r"\d")
_DATE_AFTER_DAY = regex_cache.compile(r",?\s*")


def _looks_ahead(text: str, start: int, end: int, at: int, p: dict, back: int) -> bool:
    """Does the clause text[start:end] look ahead at the time phrase at `at`: a future auxiliary
    anywhere in it, or another future word before the time ("aims to ... by December", but not
    "opened the talks in September seeking"), not after a past auxiliary ("will send", "is
    scheduled", but not "was scheduled"), nor a future word that is a word of a name ("near New
    Hope on Oct. 28") or a noun a relative clause describes ("a plan that Disney in February put at
    $5.5 billion"; but "the plan to cut 5,000 jobs by September" looks ahead), nor before a past
    relative clause the time is in ("expects revenue of $34.5 billion in the fiscal year that began
    on Feb. 1")?"""
    past = p["past_auxiliary"]
    auxiliaries = _found(p["future_auxiliary"], text, start, end)
    future_words = [
        m
        for m in _found(p["future"], text, start, at)
        if not _described_noun(text, m, p, back) and not _a_word_of_a_name(text, m.start())
    ]
    found = auxiliaries + future_words
    relative = p["past_relative"]
    return any(
        (past is None or not past.search(text, max(0, m.start() - back), m.start()))
        and not relative.search(text, max(m.end(), at - back), at)
        for m in found
    )


def _a_word_of_a_name(text: str, at: int) -> bool:
    """Is the capitalised word at `at` a word of a name ("near New Hope"), not one opening a
    sentence, nor a clause after a dash, a colon, a bracket or a line break ("LAHORE -- Expected
    to reopen on Nov. 28")?"""
    head = text[:at].rstrip()
    opens = head.endswith(_CLAUSE_OPENERS) or "\n" in text[len(head) : at]
    return in_a_name(text, at) and not opens


_CLAUSE_OPENERS = ("-", "—", "–", ":", "(")


def _found(pattern: re.Pattern | None, text: str, start: int, end: int) -> list[re.Match]:
    return list(pattern.finditer(text, start, end)) if pattern is not None else []


def _described_noun(text: str, m: re.Match, p: dict, back: int) -> bool:
    """Is the future word a noun, after a determiner, that a relative clause describes ("a plan
    that", "its forecast, which"), or one of the future nouns a past participle describes ("a
    draft recovery plan submitted to Congress in June"; not "the company expects reduced
    output")?"""
    head = max(0, m.start() - back)
    if p["noun_lead"].search(text, head, m.start()) and p["relative_after"].match(text, m.end()):
        return True
    return (
        lower(m.group(0)) in p["future_nouns"]
        and p["wide_noun_lead"].search(text, head, m.start()) is not None
        and p["participle_after"].match(text, m.end()) is not None
    )


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch between the punctuation marks around start..end."""
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)]
    after = CLAUSE_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _then_speaker(lexicon: Lexicon) -> re.Pattern | None:
    """', the Kenya National Commission on Human Rights (KNCHR) said': a proper name (up to eight
    capitalised words, small connecting words between them, an acronym in brackets after), or a
    description after a determiner (', the company said', ', the Ukrainian president said': up
    to three words), an aside between commas before or after it maybe (', the day after the vote,
    Elections Canada put'; ', Rep. Henry Waxman, who chaired the committee, said'), and a speech
    verb (group "cue"), right after a time."""
    a = lexicon.attribution
    if a.after_source.pattern is None:
        return None
    word = rf"[{CAPITALS}][\w’'.-]*"
    name = rf"{word}(?:\s+(?:(?:{words(a.name_connectors)})\s+)?{word}){{0,7}}"
    # (no "of" in it: "the number of deaths reported by ...")
    plain = r"(?!of\b)[^\W\d][\w’'-]*"
    description = rf"(?:{words(a.determiners)})\s+{plain}(?:\s+{plain}){{0,2}}"
    # "..., Rep. Henry Waxman, who chaired the committee, said": an aside after the name; and
    # "On Sept. 21, the day after the vote, Elections Canada put ...": one after the time
    aside = rf"(?:,\s+(?-i:[a-z])[^,;:()\d]{{0,{lexicon.limits.relative_aside_chars}}},)?"
    # "On Sunday, Scotland Yard had put the number at 45": an auxiliary or an adverb between
    between = rf"(?:\s+(?:{words(a.before_verb)}))?" if a.before_verb else ""
    return regex_cache.compile(
        rf"{aside},?\s+(?:(?:(?:{words(a.determiners)})\s+)?(?-i:{name})|{description})"
        rf"(?:\s+\([A-Z]{{2,6}}\))?{aside}{between}\s+(?P<cue>{a.after_source.pattern.pattern})"
        r"(?!\s+by\b)",
        re.IGNORECASE,
    )


def _month_names(t) -> str:
    return (
        f"(?-i:{'|'.join(map(re.escape, t.months))}|"
        f"(?:{'|'.join(map(re.escape, t.month_abbreviations))})\\.)"
    )


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    t, a, x = lexicon.time, lexicon.attribution, lexicon.text
    month = _month_names(t)
    loose = month_names(lexicon)
    weekday = "|".join(map(re.escape, [*t.weekdays, *t.weekday_abbreviations]))
    units = words([*t.relative_units, *t.seasons, "week"])
    days = "|".join(map(re.escape, [*t.weekdays, *(f"{a}." for a in t.weekday_abbreviations)]))
    since = rf"(?P<since>(?:{words(t.since)})\s+)?"
    edge = rf"(?:(?:{words(t.year_edges)})\s+)?"
    quarter = rf"(?:{words(t.quarters)})[\s-]+(?:{words(t.quarter_words)})"
    # "the first half", "the 2nd half": the quarters' ordinals that can number a half
    half = words([k for k, v in t.quarters.items() if v <= 2])
    that_year = words(t.year_anaphors)
    return {
        # "from ... in 2021 to ... on Nov. 30": the two legs of a range, each with its own time
        # (each word right before a figure, a word or two between, a currency's sign or code
        # glued to it: "from 16 seats", "to 14", "from US$16 million", "to ₹14 crore")
        "range_legs": [
            (
                regex_cache.compile(
                    rf"\b{re.escape(lead)}\s+(?:[^\s\d]+\s+){{0,2}}[^\s\d]{{0,3}}\d", re.IGNORECASE
                ),
                regex_cache.compile(
                    rf"\b{re.escape(joiner)}\s+(?:[^\s\d]+\s+){{0,2}}[^\s\d]{{0,3}}\d",
                    re.IGNORECASE,
                ),
            )
            for lead, joiner in lexicon.numbers.range_pairs.items()
        ],
        # where a clause opens: ", and", ", but", ";", a dash
        "clause_opening": regex_cache.compile(
            rf";\s*|\s[—–]\s*|,\s+(?:{words([*x.conjunctions, *x.contrasts])})\s+"
        ),
        # "below the " right before a figure: the figure compared with
        "compared_lead": regex_cache.compile(
            rf"\b(?:(?:{words(t.compared_figure_leads)})\s+(?:{words(t.compared_figure_articles)})"
            rf"\s+(?:[^\W\d][\w’'-]*\s+){{0,{lexicon.limits.compared_figure_words}}}"
            rf"|(?:{words(t.compared_figure_bare_leads) or '(?!x)x'})\s+)$",
            re.IGNORECASE,
        )
        if t.compared_figure_leads and t.compared_figure_articles
        else None,
        "day_list_days": lexicon.limits.day_list_days,  # how far a listed second day may be
        "relative_year": regex_cache.compile(
            rf"\b(?P<rel>{words(t.relative)})\s+(?:{words(t.year_words)})\b", re.IGNORECASE
        ),
        "relative_year_tail": regex_cache.compile(
            rf"\s(?:(?:{words(t.year_links)})\s+)?(?:{words(t.relative)})\s+(?:{words(t.year_words)})$",
            re.IGNORECASE,
        ),
        "kinds": [
            (
                "month",
                regex_cache.compile(
                    rf"\b{since}(?P<phrase>(?:(?P<part>{words(t.month_parts)})[\s-]+)?"
                    # "14 June 2017": the day first, as British and most other copy writes it
                    rf"(?:(?P<day_first>\d{{1,2}})\s+(?={month}))?"
                    rf"(?:(?P<month_rel>{words(t.relative)})\s+)?{month}"
                    rf"(?:\s+(?P<day>\d{{1,2}})(?!\d)"
                    # "Nov. 2 and 3", "Oct. 15-16": a second day, ending its phrase or before one
                    # of `day_list_followers` ("conducted Oct. 15 and 16 with its reporters")
                    rf"(?:\s*(?:{words(t.span_joiners)})\s*(?P<day2>\d{{1,2}})(?![\d%])(?![,.]\d)"
                    rf"(?=\s*(?:[,;:.)]|$)|\s+(?:{words(t.day_list_followers)})\b))?)?"
                    rf"(?:,?\s+(?P<year>\d{{4}})"
                    # "in April last year", "March of next year"
                    rf"|\s+(?:(?:{words(t.year_links)})\s+)?(?P<rel_year>{words(t.relative)})\s+"
                    rf"(?:{words(t.year_words)})"
                    # "late December of that year": the year named last
                    rf"|\s+of\s+(?P<that>{that_year}))?)\b",
                    re.IGNORECASE,
                ),
            ),
            (
                "relative",
                regex_cache.compile(
                    rf"\b{since}(?P<rel>{words(t.relative)})\s+(?P<unit>{units})\b", re.IGNORECASE
                ),
            ),
            (
                "year",
                regex_cache.compile(
                    rf"(?:\b(?P<year_cue>{words(t.year_cues)})\s+{edge}|(?<![\d,.$£€¥]))"
                    rf"(?P<bare_year>\d{{4}})\b"
                    # ...or with none, before a relative word: "recalled 2022, when floods killed"
                    # (not an amount: "$2000 when", "2000.5 when")
                    rf"(?(year_cue)|(?![.,]\d)(?=,?\s+(?:{words(t.year_relatives)})\b))",
                    re.IGNORECASE,
                ),
            ),
            (
                "weekday",
                regex_cache.compile(
                    rf"\b{since}(?:(?P<rel>{words(t.relative)}|on)\s+)?(?-i:(?P<weekday>{days}))(?!\w)"
                    # "Tuesday morning last week": the Tuesday of that week
                    rf"(?:(?:\s+(?:{words(t.day_parts)}))?\s+(?P<week>{words(t.relative)})\s+week\b(?!['’]))?",
                    re.IGNORECASE,
                ),
            ),
            (
                "relative_day",
                regex_cache.compile(
                    rf"\b{since}(?P<word>{words(t.relative_days)})\b", re.IGNORECASE
                ),
            ),
            ("day_before", regex_cache.compile(rf"\b(?:{words(t.day_before)})\b", re.IGNORECASE)),
            (  # "on the day of the sinking" is the event's day, not the last day named
                "same_day",
                regex_cache.compile(
                    rf"\b(?:{words(t.same_day)})\b(?!\s+(?:{words(t.same_day_not_before)})\b)",
                    re.IGNORECASE,
                ),
            ),
            ("day_after", regex_cache.compile(rf"\b(?:{words(t.day_after)})\b", re.IGNORECASE)),
            ("offset", _offset_pattern(lexicon)),
            (
                "to_date",
                regex_cache.compile(
                    rf"\b(?:{words(t.to_date)})\s+(?:(?P<unit>month|year|week)\b|{month})",
                    re.IGNORECASE,
                ),
            ),
            (
                "quarter",
                regex_cache.compile(
                    rf"\b(?:(?P<q>{quarter})|Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?P<year>\d{{4}})"
                    rf"|\s+of\s+(?P<that>{that_year}))?\b",
                    re.IGNORECASE,
                ),
            ),
            (
                "half",
                regex_cache.compile(
                    rf"\bthe\s+(?P<h>{half})\s+(?:{words(t.halves)})"
                    rf"(?:\s+of\s+(?:(?P<year>\d{{4}})|(?P<that>{that_year})))?\b",
                    re.IGNORECASE,
                ),
            ),
        ],
        "span_lead": regex_cache.compile(rf"(?:{words(t.span_leads)})\s+$", re.IGNORECASE),
        "span_sep": regex_cache.compile(rf"^\s*(?:{words(t.span_joiners)})\s*$", re.IGNORECASE),
        "date_line": regex_cache.compile(
            rf"^\s*(?:{words(t.date_line)})\s*:?\s*(?P<rest>[^\n]{{4,60}})",
            re.IGNORECASE | re.MULTILINE,
        ),
        "future": t.future.pattern,
        "future_nouns": t.future_nouns.folded,
        # "a plan that ...", "its forecast, which ...": a future word right after one of these and
        # before a relative pronoun is a noun a clause describes
        "noun_lead": regex_cache.compile(rf"\b(?:{words(a.determiners)})\s+$", re.IGNORECASE),
        "relative_after": regex_cache.compile(
            rf",?\s+(?:{words(a.relative_pronouns)})\b", re.IGNORECASE
        ),
        # "a draft recovery plan submitted to Congress in June": one of the future nouns, up to
        # two words after a determiner, before a past participle and a preposition; or before
        # whoever made it and a past verb ("a plan Nike announced on Dec. 21", "the target it set
        # in March": a relative clause without its pronoun)
        "wide_noun_lead": regex_cache.compile(
            rf"\b(?:{words(a.determiners)})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE
        ),
        "participle_after": regex_cache.compile(
            rf"(?:\s+(?:(?-i:[{CAPITALS}][\w’'.&-]*)|{words(a.group_pronouns)}|"
            rf"{words(a.person_pronouns)})){{0,3}}"
            rf"\s+[^\W\d_]+(?:{words(x.past_endings)})\s+(?:{words(x.object_leads)})\b",
            re.IGNORECASE,
        ),
        "future_auxiliary": t.future_auxiliaries.pattern,
        # a day named without a digit ("last Wednesday", "yesterday"), for `may_name_a_day`
        "day_word": regex_cache.compile(
            rf"\b(?:{words(t.weekdays)}|{words(t.weekday_abbreviations)}|"
            rf"(?i:{words(t.relative_days)}|{words(t.day_before)}|{words(t.same_day)}|"
            rf"{words(t.day_after)}))\b"
        ),
        "offset_link": regex_cache.compile(
            rf"\b(?:{words(t.offset_units)})\s+(?:{words(t.offset_links)})\b", re.IGNORECASE
        )
        if t.offset_units and t.offset_links
        else None,
        # "hours after", "the morning after": an offset within a day or so, which moves a day
        # named after it ("Hours after the rally on Friday"), not one it follows ("On Sunday,
        # hours after the vote, 5,000 marched": still Sunday)
        "offset_link_before": regex_cache.compile(
            rf"\b(?:{words(t.offset_link_units)})\s+(?:{words(t.offset_links)})\b", re.IGNORECASE
        )
        if t.offset_link_units and t.offset_links
        else None,
        # "late on Sunday", "overnight into Sunday": a day that may run into the next or previous
        "day_edge": regex_cache.compile(
            rf"\b(?:{words(t.day_edges) or '(?!x)x'})\b", re.IGNORECASE
        ),
        "offset_direction": regex_cache.compile(
            rf"\b(?:{words(t.offset_directions) or '(?!x)x'})\b", re.IGNORECASE
        ),
        "month_word": regex_cache.compile(rf"\b{loose}"),
        "year_word": regex_cache.compile(rf"\b(?:{words(t.year_words)})\b", re.IGNORECASE),
        "past_auxiliary": regex_cache.compile(
            rf"\b(?:{words(t.past_auxiliaries)})\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
        )
        if t.past_auxiliaries
        else None,
        # "the fiscal year that began on Feb. 1": a relative pronoun and a past verb right before
        # the time (a preposition between at most)
        "past_relative": regex_cache.compile(
            rf"\b(?:{words(a.relative_pronouns)})\s+(?:{words(t.past_relatives)})\s+"
            rf"(?:(?:{words(t.past_relative_links)})\s+)?$",
            re.IGNORECASE,
        ),
        # "the quake that struck in the early hours of": an event noun's relative clause, words
        # only, right before a time
        "event_clause": regex_cache.compile(
            rf"\b(?:{words(t.event_nouns)}),?\s+(?:{words(a.relative_pronouns)})\s+"
            rf"(?:[^\W\d_][\w'’-]*\s+){{1,{lexicon.limits.event_clause_words}}}$",
            re.IGNORECASE,
        )
        if t.event_nouns and a.relative_pronouns
        else None,
        # "; ...", ", while ...", and an appositive noun with a clause of its own: "95 knots ...,
        # a rate the center said had been exceeded only by Hurricane Patricia in 2015"
        "break_after": regex_cache.compile(
            rf";|,\s+(?:{words(lexicon.text.clause_openers)})\b"
            rf"|,\s+(?:{words(lexicon.text.conjunctions)})\s+"
            rf"(?:{words(lexicon.text.subject_pronouns)})\s"
            rf"|,\s+(?:{words(a.indefinite_determiners)})\s+[\w-]+\s+"
            rf"(?:(?:{words(a.relative_pronouns)}|{words(a.determiners)})\s|(?-i:[{CAPITALS}]))",
            re.IGNORECASE,
        ),
        # "to keep", "until", "by": a purpose or a deadline between a figure and a time after it
        "purpose_or_deadline": regex_cache.compile(
            rf"\b(?:{words([*lexicon.text.infinitive_marks, *t.deadline])})\b", re.IGNORECASE
        ),
        # "that", "which": a relative clause between a figure and a time after it
        "relative_word": regex_cache.compile(
            rf"\b(?:{words(a.relative_pronouns)})\b", re.IGNORECASE
        )
        if a.relative_pronouns
        else None,
        # ", which the minister gave " right before a time: when the figure was given
        "given_then": regex_cache.compile(
            rf",\s+(?:{words(a.relative_subjects) or '(?!x)x'})\s+"
            rf"(?:[^,;:.()]{{0,{lexicon.limits.aside_chars}}}?\s)?"
            rf"(?:{words([*a.after_source, *a.after_source_near]) or '(?!x)x'})\s+"
            rf"(?:[^\s,;:.]+\s+){{0,{lexicon.limits.said_time_words}}}$",
            re.IGNORECASE,
        ),
        "given_then_reach": 3 * lexicon.limits.aside_chars,
        # ", which says it has", ", who": a relative aside opening, for a figure inside it
        "aside_open": regex_cache.compile(
            rf",\s+(?:{words(t.aside_openers) or '(?!x)x'})\s",
            re.IGNORECASE,
        ),
        "aside_close": regex_cache.compile(r",\s|;|\s[-–—]\s"),
        # ...but not a comma the figure's own words run on past: ", 29 of them fatal", ", including
        # 300 children", ", nearly 12,000 people", ", $10 million more than planned"
        "aside_runs_on": regex_cache.compile(
            r",\s+(?:[\d$€£¥₹]|(?:"
            + (
                words(
                    [*x.part_of.including, *(c for h in lexicon.hedges.values() for c in h.before)]
                )
                or "(?!x)x"
            )
            + r")\b)",
            re.IGNORECASE,
        ),
        "joined": regex_cache.compile(
            rf",\s+(?:{words(lexicon.text.conjunctions)})\b", re.IGNORECASE
        ),
        "then_speaker": _then_speaker(lexicon),
        # "the month after", "the days before": a span a circumstance word then starts from
        "span_before": regex_cache.compile(
            rf"\b(?:{words(lexicon.numbers.duration_units)})s?\s+$", re.IGNORECASE
        )
        if lexicon.numbers.duration_units
        else None,
        "circumstance_the": regex_cache.compile(
            rf"\b(?:{words(lexicon.text.circumstance_openers)})\s+"
            rf"(?:{words(lexicon.attribution.determiners)})\s+$",
            re.IGNORECASE,
        )
        if lexicon.attribution.determiners and lexicon.text.circumstance_openers
        else None,
        "not_nouns": frozenset(
            lower(w)
            for w in (
                *lexicon.text.object_leads,
                *lexicon.text.conjunctions,
                *lexicon.text.predicate_links,
                *lexicon.text.clause_words,
                *lexicon.time.said_that,
            )
        ),
        # "In a preliminary count on March 27, they put turnout at": the day of a count set off
        "report_before": regex_cache.compile(
            rf"\b(?:{words(t.count_nouns) or '(?!x)x'})\s+(?:on\s+)?$", re.IGNORECASE
        ),
        "published_before": regex_cache.compile(
            rf"\b(?:{words(t.report_nouns)})\s*,\s*(?:{words(t.published)})"
            rf"(?:\s+(?:{words(a.participle_agents)})(?:\s+[^\W\d]+){{1,{lexicon.limits.cue_words}}})?"
            r"\s+(?:on\s+|in\s+)?$",
            re.IGNORECASE,
        ),
        "report_made_before": _report_made_before(lexicon),
        # "between Jan. 1 and Aug. 7", "from June 1 to June 9": a span between two times written
        "written_span": regex_cache.compile(
            rf"\d.*?\s*(?:{words(t.span_joiners)})\s*.*?\d", re.IGNORECASE
        ),
        # "1-14 June", "between 1 and 14 June": a day ending a span of days
        "day_span_end": regex_cache.compile(
            rf"\d\s*(?:{words(t.span_joiners)})\s*$", re.IGNORECASE
        ),
        "weekday_follower": regex_cache.compile(
            rf"\b(?:{words(t.weekday_followers)})\s+$", re.IGNORECASE
        )
        if t.weekday_followers
        else None,
        "weekday_anaphor": regex_cache.compile(
            rf"\b(?:{words(t.weekday_anaphors)})\s+"
            rf"(?:(?:{words(t.anaphor_adjectives) or '(?!x)x'})\s+)?$",
            re.IGNORECASE,
        ),
        # a figure's noun and a relative clause that tells of it: "three air crew whose"
        "noun_relative": regex_cache.compile(
            rf"(?:\s+[^\W\d][\w'’-]*){{0,{lexicon.limits.cue_words}}}\s+"
            rf"(?:{words(a.relative_pronouns) or '(?!x)x'})\b",
            re.IGNORECASE,
        ),
        "later": lexicon.time.later_words.pattern,
        "coverage_lead": regex_cache.compile(rf"(?:{words(t.coverage_leads)})\s", re.IGNORECASE)
        if t.coverage_leads
        else None,
        # "In an interview on", "At a news conference on" (`_a_speech_event_before`)
        "speech_event_before": regex_cache.compile(
            rf"\s*[\"“']?(?:{words(t.speech_event_leads)})\s+(?:{words(a.determiners)})\s+"
            rf"(?:[^\W\d_][\w'’-]*\s+)?(?:{words(t.speech_events)})\s+"
            # "with Reuters", "in Kyiv": a name of up to three capitalised words
            rf"(?:(?:{words(t.speech_event_name_leads) or '(?!x)x'})\s+"
            rf"(?-i:[{CAPITALS}][\w.'’-]*)(?:\s+(?-i:[{CAPITALS}][\w.'’-]*)){{0,2}}\s+)?"
            rf"(?:(?:{words(t.speech_event_joiners)})\s+)?",
            re.IGNORECASE,
        )
        if t.speech_events and t.speech_event_leads and a.determiners
        else None,
        # "the quarter, which ended Jan. 27, ...": a period's end right before a time, after a
        # period's noun
        "period_end_before": regex_cache.compile(
            rf"\b(?:{words([*t.quarter_words, *t.halves, *t.relative_units])})s?\s*,?\s+"
            rf"(?:{words(t.period_ends)})\s+$",
            re.IGNORECASE,
        )
        if t.period_ends
        else None,
        # "For all of 2023, ...": a coverage word right before a time, a filler between
        "coverage_before": regex_cache.compile(
            rf"\b(?:{words(t.coverage_leads)})\s+"
            rf"(?:(?:{words(t.coverage_fillers) or '(?!x)x'})\s+)?$",
            re.IGNORECASE,
        )
        if t.coverage_leads
        else None,
        # ...and "For the January-March quarter it reported": a span after a determiner
        "coverage_before_span": regex_cache.compile(
            rf"\b(?:{words(t.coverage_leads)})\s+"
            rf"(?:(?:{words(t.coverage_fillers) or '(?!x)x'})\s+)?"
            rf"(?:(?:{words(a.determiners) or '(?!x)x'})\s+)?$",
            re.IGNORECASE,
        )
        if t.coverage_leads
        else None,
        "said_that": regex_cache.compile(rf",?\s+(?:{words(t.said_that)})\b", re.IGNORECASE)
        if t.said_that
        else None,
        # "gave that figure": a report noun that points back to a figure given before
        "report_anaphor": regex_cache.compile(
            rf"\s+(?:{words(t.report_anaphors)})\s+(?:{words(t.report_nouns)})\b", re.IGNORECASE
        )
        if t.report_anaphors
        else None,
        "deadline": regex_cache.compile(
            rf"\b(?:{words(t.deadline)})\s+(?:(?:{words(t.relative)}|on)\s+)?$", re.IGNORECASE
        ),
        "comparison": regex_cache.compile(rf"\b(?:{words(t.comparison_leads)})\s+$", re.IGNORECASE),
        "quarter_or_half": regex_cache.compile(
            rf"-(?:{words([*t.quarter_words, *t.halves])})\b", re.IGNORECASE
        ),
        # "fourth-quarter", "first-half": which one, as an adjective
        "quarter_or_half_named": regex_cache.compile(
            rf"\b(?P<n>{words(t.quarters)})-(?:(?P<q>{words(t.quarter_words)})|{words(t.halves)})\b",
            re.IGNORECASE,
        ),
        "comparison_word": regex_cache.compile(
            rf"\b(?:{words(t.comparison_bases)})\b", re.IGNORECASE
        ),
        "compared_group": regex_cache.compile(
            rf"\b(?:{words(t.compared_group_leads) or '(?!x)x'})\s+"
            rf"(?!(?:{words(t.comparison_norms) or '(?!x)x'})\b)",
            re.IGNORECASE,
        ),
        "comparison_base": regex_cache.compile(
            rf"\b(?:{words(t.comparison_bases)})\s+$", re.IGNORECASE
        ),
        "since_clause": regex_cache.compile(
            rf"\b(?:{words(t.since_clause)})\s+(?:[^\s,;:]+\s+){{1,6}}$", re.IGNORECASE
        ),
        "parts": {lower(k): v for k, v in t.month_parts.items()},
        "months": {
            **{lower(k): v for k, v in t.months.items()},
            **{lower(k): v for k, v in t.month_abbreviations.items()},
        },
        "weekdays": {
            **{lower(k): v for k, v in t.weekdays.items()},
            **{lower(k): v for k, v in t.weekday_abbreviations.items()},
        },
        "relative": {lower(k): v for k, v in t.relative.items()},
        "relative_days": {lower(k): v for k, v in t.relative_days.items()},
        "offset_units": {lower(k): v for k, v in t.offset_units.items()},
        "offset_directions": {lower(k): v for k, v in t.offset_directions.items()},
        "number_words": {lower(k): v for k, v in lexicon.numbers.words.items()},
        "seasons": {lower(k): v for k, v in t.seasons.items()},
        "quarters": {lower(k): v for k, v in t.quarters.items()},
        # "its fiscal third quarter", "fiscal 2024 first-quarter": a fiscal mark right before
        "fiscal_before": regex_cache.compile(
            rf"\b(?:{words(t.fiscal_marks)})\s+(?:\d{{4}}\s+)?$", re.IGNORECASE
        )
        if t.fiscal_marks
        else None,
        "since": t.since.folded,
        # a date line writes months loosely: "Oct 21, 2024", "6 Jul 2024"
        "day_of_month": regex_cache.compile(
            rf"(?P<month>{loose})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})|"
            rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{loose}),?\s+(?P<year2>\d{{4}})"
        ),
        "weekday_lead": regex_cache.compile(rf"^(?:{weekday})\.?,?\s+"),
        # "THE MEXICO BRIEF -- Thursday, Aug. 29, 2024", "Evening Report, broadcast June 7, 2024":
        # a date closing a line, after a dash or bar, or after a date-line word
        "date_tail": regex_cache.compile(
            rf"(?:\s(?:--|[—–|·])\s+|\b(?:{words(t.date_line)})\s*:?\s+)(?P<rest>[^—–|·]{{4,48}})$",
            re.IGNORECASE,
        ),
        # "Wednesday, Jan. 3", "Wed. Jan. 3": the day's name before a date tells its year ("Sun"
        # without its full stop may be a newspaper)
        "weekday_before": regex_cache.compile(rf"(?P<weekday>{days}),?\s+$"),
    }


# ---------------------------------------------------------------- the draft's date


def _written_date(text: str, lexicon: Lexicon, near: tuple[dt.date, ...] = ()) -> dt.date | None:
    """'2025-02-27', 'Sept. 16, 2023', '16 September 2023', '21/08/2023' (day or month first,
    when one of the two is past 12, else the reading nearest the dates in `near`)."""
    iso = _ISO.search(text)
    numeric = _NUMERIC_DATE.search(text)
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if numeric:
            return _numeric_date(*(int(g) for g in numeric.groups()), near)
        m = _patterns(lexicon)["day_of_month"].search(text)
        if m:
            month = m.group("month") or m.group("month2")
            number = _patterns(lexicon)["months"][lower(month.rstrip("."))]
            return dt.date(
                int(m.group("year") or m.group("year2")),
                number,
                int(m.group("day") or m.group("day2")),
            )
    except ValueError:
        return None
    return None


_NUMERIC_DATE = regex_cache.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def _numeric_date(
    first: int, second: int, year: int, near: tuple[dt.date, ...] = ()
) -> dt.date | None:
    """21/08/2023 is the 21st of August, 08/21/2023 too; 08/07/2023 could be either: the one
    nearer a date of `near` (the reference set's: "Posted 05/06/2016", with figures given on May
    4, 2016, is May 6), else none."""
    if first > 12 >= second:
        return dt.date(year, second, first)
    if second > 12 >= first:
        return dt.date(year, first, second)
    if not near or first == second:
        return dt.date(year, first, second) if first == second else None
    readings = (dt.date(year, first, second), dt.date(year, second, first))
    return min(readings, key=lambda day: min(abs((day - d).days) for d in near))


def draft_date(
    text: str, lexicon: Lexicon, near: tuple[dt.date, ...] = (), today: dt.date | None = None
) -> dt.date | None:
    """The draft's own date, from the top of the draft:
    - a labelled date line or front matter ('Date: Sept. 16, 2023', 'Posted: Oct 21, 2024 11:40 AM
      PDT', 'Published March 10, 2023 at 9:14 a.m.');
    - a line that is only a date ('Wednesday, November 6, 2024', 'July 6, 2024');
    - a wire dateline's month and day ('SEATTLE, Nov 5 (Reuters) -') opening the draft, or one of
      its first lines with the place in capitals (under a headline), in the year that puts it
      nearest the dates in `near` (the reference set's), else the latest one by `today`; or with
      its year ('DHAKA, Bangladesh, July 30, 2024 --').
    None when there is none."""
    top = text[: lexicon.limits.date_line_chars]
    p = _patterns(lexicon)
    match = p["date_line"].search(top)
    found = _written_date(match.group("rest"), lexicon, near) if match else None
    lines = [line.strip() for line in top.splitlines() if line.strip()]
    for line in lines[: lexicon.limits.date_line_lines]:
        found = found or _bare_date(line, lexicon)
    # the dateline opens the draft, or, its place in capitals, the paragraph after its headline
    # ("Microsoft's bumper quarter ...", then "REDMOND, Wash., July 31 -- ...")
    wire = next(
        (
            w
            for i, line in enumerate(lines[: lexicon.limits.date_line_lines])
            if (w := (wire_date if i == 0 else capital_wire_date)(lexicon).match(line))
        ),
        None,
    )
    if found is None and wire and wire.group("year"):
        found = _written_date(wire.group(0), lexicon)
    elif found is None and wire:
        month = p["months"][lower((wire.group("month") or wire.group("month_after")).rstrip("."))]
        day = int(wire.group("day") or wire.group("day_first"))
        found = _nearest_year(month, day, near, today or dt.date.today())
    return found


def _bare_date(line: str, lexicon: Lexicon) -> dt.date | None:
    """'Wednesday, November 6, 2024', 'July 6, 2024 09:02 BST': a line that is only a date (a time
    may follow)."""
    p = _patterns(lexicon)
    # "THE MEXICO BRIEF -- Thursday, Aug. 29, 2024", not a sentence that ends in a date ("A
    # documentary on the dams first aired Sept. 3, 2021.")
    tail = None if line.endswith((".", "!", "?")) else p["date_tail"].search(line)
    # "Sept. 2, 2023 | 6:15 PM IST": what follows the separator may be only the time
    for part in (tail.group("rest"), line) if tail else (line,):
        part = p["weekday_lead"].sub("", part)
        m = p["day_of_month"].match(part) or _ISO.match(part)
        if m is not None and (
            len(part) - m.end() <= lexicon.limits.date_line_tail_chars
            # "January 28, 2021 | Updated 1:20 PM IST": what follows a bar is not the date's
            or _SEPARATED.match(part, m.end())
        ):
            return _written_date(m.group(0), lexicon)
    return None


_SEPARATED = regex_cache.compile(r"\s+[|·]\s")


def _nearest_year(
    month: int, day: int, near: tuple[dt.date, ...], today: dt.date
) -> dt.date | None:
    """The date with that month and day nearest `near` (or the latest one by `today`)."""

    def on(year: int) -> dt.date | None:
        return _day_in(year, month, day)

    if near:
        years = range(min(near).year - 1, max(near).year + 2)
        dates = [d for d in map(on, years) if d is not None]
        # nearest the figures; on a tie the later year (a draft follows the figures it cites)
        return min(
            dates, key=lambda d: (min(abs((d - n).days) for n in near), -d.year), default=None
        )
    dates = [d for d in map(on, (today.year, today.year - 1)) if d is not None and d <= today]
    return dates[0] if dates else None


# ---------------------------------------------------------------- resolving one expression


def _season_span(first_last: tuple[int, int], year: int) -> Span:
    """The season that starts in `year` (winter runs into the next year)."""
    first, last = first_last
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), periods.month_span(end_year, last)[1]


def _season(first_last: tuple[int, int], shift: int, base: dt.date) -> Span:
    """'last fall': the latest such season over before the draft's date; 'this': the one the date
    falls in, else this year's; 'next': the first one starting after the date."""
    spans = [_season_span(first_last, year) for year in range(base.year - 2, base.year + 2)]
    if shift < 0:
        return [s for s in spans if s[1] < base][-1]
    if shift > 0:
        return [s for s in spans if s[0] > base][0]
    current = [s for s in spans if s[0] <= base <= s[1]]
    return current[0] if current else _season_span(first_last, base.year)


def _week(shift: int, base: dt.date) -> Span:
    """'last week': the previous Monday to Sunday; 'this week': Monday to the draft's date."""
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=shift)
    return monday, (base if shift == 0 else monday + dt.timedelta(days=6))


def _relative(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """'last year', 'this month', 'next fall', 'last week'."""
    shift, unit, base = p["relative"].get(lower(m.group("rel"))), lower(m.group("unit")), ctx.base
    if base is None or shift is None:  # "laſt year": an odd letter matched case-insensitively
        return None
    if unit == "year":
        return dt.date(base.year + shift, 1, 1), dt.date(base.year + shift, 12, 31)
    if unit == "month":
        index = base.year * 12 + base.month - 1 + shift
        return periods.month_span(index // 12, index % 12 + 1)
    if unit == "week":
        return _week(shift, base)
    return _season(p["seasons"][unit], shift, base) if unit in p["seasons"] else None


def _month_year(month: int, day: int | None, ctx: _Context) -> int | None:
    """The year of a month named without one: the latest not after the draft's date, or in a clause
    that looks ahead, the first not before it."""
    base = ctx.base
    if base is None:
        return None
    if ctx.future:
        return (
            base.year
            if (month, day or 31) >= (base.month, base.day) or month >= base.month
            else base.year + 1
        )
    coming = _coming(month, day, ctx) if day else None
    if coming is not None:
        return coming
    return base.year if (month, day or 1) <= (base.month, base.day) else base.year - 1


def _story_year(month: int, day: int | None, ctx: _Context) -> int | None:
    """The year of a month or day named without one in a draft that looks back ('on Aug. 9' in a
    draft of September 2012 about the riots of 2011): the last year the draft named before it, or
    a year between it and that reading's (the latest such),
    when in that year the day is within `story_days` of a date the reference set's figures were
    given on and in the year of the draft's reading (`_month_year`) it is further from all of
    them; else that reading. A day a few days after the draft's date, read as the coming one
    (`_coming`), may so be the one a year before with no year named ("On Dec. 27, the day after
    the waves" in a piece of Dec. 26, 2005 about the tsunami of 2004)."""
    year = _month_year(month, day, ctx)
    if year is None or ctx.future or not ctx.story:
        return year
    named = ctx.year_named
    if named is None or named >= year:
        coming = day is not None and _coming(month, day, ctx) == year
        if not coming:
            return year
        named = year - 1
    here = _day_in(year, month, day or 15)
    if here is None or _away(here, ctx.story) <= ctx.story_days:
        return year
    # the last year named, or one after it before the reading's ("It ended 2022 with $176.4
    # billion in deposits. ... On March 16, eleven banks ...", in a piece of May 2024)
    for earlier in range(year - 1, named - 1, -1):
        there = _day_in(earlier, month, day or 15)
        if there is not None and _away(there, ctx.story) <= ctx.story_days:
            return earlier
    return year


def _away(day: dt.date, dates: tuple[dt.date, ...]) -> int:
    """How many days `day` is from the nearest of `dates` (in order, not empty)."""
    at = bisect.bisect_left(dates, day)
    return min(abs((dates[i] - day).days) for i in (at - 1, at) if 0 <= i < len(dates))


def _near_dated(month: int, day: int | None, ctx: _Context) -> int | None:
    """'On Sept. 10, 2008, the firm announced a loss for the three months to Aug. 31': a day named
    without a year after one named with it in the sentence is in the year that puts it nearest
    that one (2008, whatever the draft's date)."""
    if ctx.dated is None or day is None:
        return None
    near = _around(month, day, ctx.dated.year, ctx.dated)
    return min(near)[1] if near else None


def _near_the_anchor(month: int, day: int | None, ctx: _Context) -> int | None:
    """'On election night, Oct. 20, 2019, ... The tribunal then stopped publishing ... When it
    resumed on Oct. 21': a day named without a year, in the paragraph of the last day named
    before it (`anchor_near`), takes the year that puts it nearest that day, when that is within
    `story_days` of it (a story told day by day, in a draft of years later)."""
    if not ctx.anchor_near or ctx.anchor is None or day is None or ctx.dated is not None:
        return None
    anchor = ctx.anchor[1]
    near = [n for n in _around(month, day, anchor.year, anchor) if n[0] <= ctx.story_days]
    return min(near)[1] if near else None


def _around(month: int, day: int, year: int, date: dt.date) -> list[tuple[int, int, dt.date]]:
    """(days away from `date`, its year, that day) of the day of `month` in `year` and the years
    either side, those that have it (no Feb. 29 in most)."""
    return [
        (abs((on - date).days), candidate, on)
        for candidate in (year - 1, year, year + 1)
        if (on := _day_in(candidate, month, day)) is not None
    ]


def _day_in(year: int, month: int, day: int) -> dt.date | None:
    """That day in that year; None when the year has none (Feb. 29)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _coming(month: int, day: int, ctx: _Context) -> int | None:
    """The year of a day a few days after the draft's date ('Jan. 3' in a draft of Jan. 2 is the
    coming one, not the one a year before), if it is one."""
    for year in (ctx.base.year, ctx.base.year + 1):
        date = _day_in(year, month, day)
        if date is not None and 0 < (date - ctx.base).days <= ctx.upcoming:
            return year
    return None


def _relative_year(word: str, ctx: _Context, p: dict) -> int | None:
    """'last year' from the draft's date: its year plus the word's shift."""
    shift = p["relative"].get(lower(word))
    return None if ctx.base is None or shift is None else ctx.base.year + shift


def _relative_month_year(word: str, month: int, ctx: _Context, p: dict) -> int | None:
    """'last September' in a draft of Sept. 1, 2017: September 2016, the last one before this
    month; 'next March', the first one after it; 'this March', the draft's year's."""
    shift = p["relative"].get(lower(word))
    if ctx.base is None or shift is None:
        return None
    base = ctx.base
    if shift < 0:
        return base.year if month < base.month else base.year - 1
    if shift > 0:
        return base.year if month > base.month else base.year + 1
    return base.year


def _day_first(m: re.Match, p: dict) -> str | None:
    """The day written before its month ("14 June 2017"); none when it ends a span of days ("1-14
    June", "between 1 and 14 June": the month stands for them)."""
    first = m.group("day_first")
    at = m.start("day_first")
    if first is None or p["day_span_end"].search(m.string, max(0, at - _SPAN_END_CHARS), at):
        return None
    return first


def _named_outright(kind: str, m: re.Match, p: dict, lexicon: Lexicon) -> bool:
    """Is the day named by its name or its date ("on Tuesday", "Dec. 8"), not as a span's first
    day ("from July 14 until just after midnight on Nov. 9"), nor at an edge where it may run into
    the next or the previous ("late on Sunday", "early Monday", "overnight into Sunday")?"""
    if not (kind == "weekday" or (kind == "month" and _day_written(m, p))):
        return False
    text, reach = m.string, lexicon.limits.cue_look_back_chars
    if p["span_lead"].search(text, max(0, m.start() - reach), m.start()):
        return False
    before = text[max(0, m.start() - reach) : m.start()].split()[-2:]
    after = text[m.end() : m.end() + reach].split()[:1]
    return not any(p["day_edge"].fullmatch(w.strip(",.;:")) for w in (*before, *after))


def _day_written(m: re.Match, p: dict) -> bool:
    """Does a month's expression write its day ("Dec. 8", "14 June"; not "the end of May")?"""
    return bool(m.group("day") or _day_first(m, p))


_SPAN_END_CHARS = 16  # "14 through " and a day: far more than a span's end can take


def _days_in(day: dt.date) -> int:
    """How many days the month of `day` has."""
    return periods.month_span(day.year, day.month)[1].day


def _across_a_range(text: str, opens: int, year_at: int, at: int, p: dict) -> bool:
    """Is the year at `year_at` in a range's first leg and the day at `at` in its second ("fell
    from 16 seats in 2021 to 14 seats on Nov. 30": not Nov. 30, 2021), in the clause opening at
    `opens`?"""
    return _between_legs(text, opens, year_at, year_at, at, p)


def _between_legs(text: str, since: int, start: int, end: int, until: int, p: dict) -> bool:
    """Does a range's lead before a figure stand in `since`..`start`, its range still open there
    (not "Between 40 and 50 ... in 2022 and"), and its joiner before a figure in `end`..`until`:
    is start..end in the range's first leg, `until` in its second?"""
    return any(
        (led := lead.search(text, since, start))
        and not joiner.search(text, led.end(), start)
        and joiner.search(text, end, until)
        for lead, joiner in p["range_legs"]
    )


def _month(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """'January', 'Jan. 27', 'June 2024', 'early February'."""
    words_ = [w for w in re.findall(r"[A-Za-z]+\.?", m.group("phrase"))]
    name = next((w for w in words_ if lower(w.rstrip(".")) in p["months"]), None)
    month = p["months"][lower(name.rstrip("."))] if name else None
    written_day = m.group("day") or _day_first(m, p)
    day = int(written_day) if written_day else None
    opens = clause(m.string, m.start(), m.end())[0]
    same_clause = (
        ctx.year is not None
        and opens <= ctx.year_at
        and not _across_a_range(m.string, opens, ctx.year_at, m.start(), p)
    )
    that = (ctx.year if ctx.year_at >= 0 else ctx.year_before) if m.group("that") else None
    year = (
        int(m.group("year"))
        if m.group("year")
        else that
        if that
        else _relative_year(m.group("rel_year"), ctx, p)
        if m.group("rel_year")
        else _relative_month_year(m.group("month_rel"), month, ctx, p)
        if m.group("month_rel") and month and not day
        else (
            ctx.year
            if same_clause
            else _near_dated(month, day, ctx)
            or _near_the_anchor(month, day, ctx)
            or _story_year(month, day, ctx)
        )
        if month
        else None
    )
    if year is None:
        return None
    if day and not m.group("day") and not 1 <= day <= periods.month_span(year, month)[1].day:
        day = None  # "31 February 2023", written day first: a slip, the month stands
    if day and not m.group("year") and not m.group("rel_year") and not that and not same_clause:
        year = _year_of_weekday(m, month, day, year, ctx, p)
    if day:
        last = int(m.group("day2") or 0)
        start = dt.date(year, month, day)
        # "Nov. 2 and 3": both days, the second a few days on (not "300 on Jan. 3 and 25 in the
        # days after")
        close = day < last <= min(_days_in(start), day + p["day_list_days"])
        return (start, start.replace(day=last)) if close else (start,) * 2
    start, end = periods.month_span(year, month)
    if m.group("part"):
        part = p["parts"].get(lower(m.group("part")))
        if part is None:
            return None
        start, end = (
            start.replace(day=min(part[0], end.day)),
            end.replace(day=min(part[1], end.day)),
        )
    return start, end


def _year_of_weekday(m: re.Match, month: int, day: int, year: int, ctx: _Context, p: dict) -> int:
    """'Wednesday, Jan. 3' in a draft of Jan. 2, 2024: the year, next to the one guessed, in which
    that date is that day of the week (2024, not 2023), nearest the draft's date and no further from
    it than `weekday_window_days`."""
    named = p["weekday_before"].search(m.string, max(0, m.start() - 16), m.start())
    if named is None or ctx.base is None:
        return year
    weekday = p["weekdays"][lower(named.group("weekday").rstrip("."))]
    fitting = [
        (away, candidate)
        for away, candidate, date in _around(month, day, year, ctx.base)
        if date.weekday() == weekday and away <= ctx.weekday_window
    ]
    return min(fitting)[1] if fitting else year  # a wrong day's name moves no date a year


def _year(m: re.Match, ctx: _Context, p: dict, lexicon: Lexicon) -> Span | None:
    year = int(m.group("bare_year"))
    if not lexicon.limits.in_years(year):
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _weekday(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """'on Saturday': the latest Saturday on or before the draft's date ('next Saturday', or in a
    clause that looks ahead, the coming one); a day's name after a date of its sentence that falls
    on that day is that date ("On Aug. 16, the first big Sunday march"); after "that", the day
    named before, when it fell on that day ("On that Sunday alone"); after "the following", the
    first day of that name after the day named before; 'Tuesday morning last week': the Tuesday of
    last week."""
    if ctx.base is None:
        return None
    weekday = p["weekdays"][lower(m.group("weekday").rstrip("."))]
    if m.group("week"):  # "Tuesday last week": that day of that week
        day = _week(p["relative"][lower(m.group("week"))], ctx.base)[0] + dt.timedelta(weekday)
        return day, day
    rel = lower(m.group("rel") or "")
    follower = p["weekday_follower"]
    if (  # "on 14 June 2017; by the following Monday": the first Monday after that day
        ctx.anchor is not None
        and ctx.anchor[0] == ctx.anchor[1]
        and follower is not None
        and follower.search(m.string, max(0, m.start() - 20), m.start("weekday"))
    ):
        day = ctx.anchor[0] + dt.timedelta(days=(weekday - ctx.anchor[0].weekday()) % 7 or 7)
        return day, day
    if not rel and ctx.day_here is not None and ctx.day_here.weekday() == weekday:
        return ctx.day_here, ctx.day_here
    if (  # "On that Sunday alone": the Sunday named before
        ctx.anchor is not None
        and ctx.anchor[0] == ctx.anchor[1]
        and ctx.anchor[0].weekday() == weekday
        and p["weekday_anaphor"].search(m.string, max(0, m.start() - 20), m.start("weekday"))
    ):
        return ctx.anchor
    back = (ctx.base.weekday() - weekday) % 7
    deadline = p["deadline"].search(m.string, max(0, m.start() - 12), m.start())
    if rel == "next" or (ctx.future and deadline and rel != "last"):
        day = ctx.base + dt.timedelta(
            days=(weekday - ctx.base.weekday()) % 7 or (7 if rel == "next" else 0)
        )
    else:
        day = ctx.base - dt.timedelta(days=back + (7 if rel == "last" and back == 0 else 0))
    return day, day


def _relative_day(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """'yesterday', 'today'; but a capital right after a word is a name ('NBC's "Today" show'),
    unlike one opening a sentence or a clause ('WASHINGTON — Today, ...')."""
    word = m.group("word")
    shift = p["relative_days"].get(lower(word))
    after_word = m.string[: m.start()].rstrip(" \"“”'‘’")[-1:].isalnum()
    if ctx.base is None or shift is None or (word[:1].isupper() and after_word):
        return None
    day = ctx.base + dt.timedelta(days=shift)
    return day, day


def _day_before(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    anchor = ctx.anchor[0] if ctx.anchor else _base_unless_lost(ctx)
    return None if anchor is None else (anchor - dt.timedelta(days=1),) * 2


def _day_after(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    anchor = ctx.anchor[1] if ctx.anchor else _base_unless_lost(ctx)
    return None if anchor is None else (anchor + dt.timedelta(days=1),) * 2


@compiled
def _offset_pattern(lexicon: Lexicon) -> re.Pattern:
    """'five days later', 'a week earlier', '10 days later' (`offset_units`, `offset_directions`);
    a pattern that never matches when the language pack has none."""
    t = lexicon.time
    if not t.offset_units or not t.offset_directions:
        return regex_cache.compile(r"(?!x)x")
    count = "|".join(
        filter(None, [r"\d{1,3}", words(lexicon.numbers.words), words(t.offset_articles)])
    )
    return regex_cache.compile(  # opening its sentence or clause: "from $20 billion a week
        # earlier" is no date of the figures before it
        rf"(?:^|(?<=[,;:]\s))(?P<count>{count})\s+(?P<unit>{words(t.offset_units)})\s+"
        rf"(?P<dir>{words(t.offset_directions)})\b",
        re.IGNORECASE,
    )


def _offset(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """'Five days later': so many days after (before) the last day named in its paragraph; none
    with no day named there ("Police put the toll at 265 on the night of the crash. Two days
    later ...": not two days after a Tuesday a paragraph before)."""
    if ctx.anchor is None or not ctx.anchor_near:
        return None
    count = lower(m.group("count"))
    n = int(count) if count.isdigit() else p["number_words"].get(count, 1)
    days = n * p["offset_units"][lower(m.group("unit"))]
    if p["offset_directions"][lower(m.group("dir"))] > 0:
        return (ctx.anchor[1] + dt.timedelta(days=days),) * 2
    return (ctx.anchor[0] - dt.timedelta(days=days),) * 2


def _base_unless_lost(ctx: _Context) -> dt.date | None:
    """The draft's date, for "that day" or "the next day" with no day named before; none when
    one was named, too far back to point to."""
    return None if ctx.anchor_lost else ctx.base


def _same_day(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """'that day', 'that night': the last day or short span named, else the draft's date (unless
    a day was named, too far back to point to: then none)."""
    base = _base_unless_lost(ctx)
    return ctx.anchor or (None if base is None else (base, base))


def _to_date(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """'earlier this month', 'so far this year', 'so far in August': from its start to the draft's
    date; with a year written after the month ('earlier in July 2020'), that month."""
    base = ctx.base
    if base is None:
        return None
    unit = lower(m.group("unit") or "")
    if unit == "year":
        return dt.date(base.year, 1, 1), base
    if unit == "week":
        return _week(0, base)
    if unit == "month":
        return base.replace(day=1), base
    named = [w for w in re.findall(r"[A-Za-z]+", m.group(0)) if lower(w) in p["months"]]
    if not named:
        return None
    month = p["months"][lower(named[-1])]
    written = _YEAR_AFTER.match(m.string, m.end())
    if written:  # "earlier in July 2020": that month, not one running to the draft's date
        return periods.month_span(int(written.group(1)), month)
    year = _month_year(month, None, ctx)
    start = dt.date(year, month, 1)
    return (start, min(base, periods.month_span(year, month)[1])) if start <= base else None


_YEAR_AFTER = regex_cache.compile(r"\s+((?:1[89]|2[01])\d\d)\b(?![,.]\d)")


def _latest(ctx: _Context, first_month: int, months: int, m: re.Match) -> Span | None:
    """A quarter or half of a year: of the year given, or of the year named last ("of that
    year"), else the latest one begun by the draft's date."""
    year = m.group("year") or (
        (ctx.year if ctx.year_at >= 0 else ctx.year_before) if m.group("that") else None
    )
    if year:
        start = dt.date(int(year), first_month, 1)
    elif ctx.base is None:
        return None
    else:
        start = dt.date(ctx.base.year, first_month, 1)
        if start > ctx.base:
            start = start.replace(year=start.year - 1)
    last = first_month + months - 1
    return start, periods.month_span(start.year, last)[1]


def _quarter(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    """A calendar quarter ("the fourth quarter", "Q3"); none for a company's fiscal one ("its
    fiscal third quarter", "fiscal first-quarter revenue"), whose months the draft does not give."""
    fiscal = p["fiscal_before"]
    if fiscal is not None and fiscal.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    number = (
        int(m.group("qn"))
        if m.group("qn")
        else p["quarters"].get(lower(m.group("q").split()[0].split("-")[0]))
    )
    return None if number is None else _latest(ctx, *_months_of(number, half=False), m)


def _half(m: re.Match, ctx: _Context, p: dict) -> Span | None:
    return _latest(ctx, *_months_of(p["quarters"][lower(m.group("h"))], half=True), m)


def _months_of(number: int, half: bool) -> tuple[int, int]:
    """The first month and the number of months of quarter or half `number` of a year."""
    return (1 if number == 1 else 7, 6) if half else (3 * number - 2, 3)


_RESOLVERS: dict[str, Callable] = {
    "month": _month,
    "relative": _relative,
    "weekday": _weekday,
    "relative_day": _relative_day,
    "day_before": _day_before,
    "same_day": _same_day,
    "day_after": _day_after,
    "offset": _offset,
    "to_date": _to_date,
    "quarter": _quarter,
    "half": _half,
}


# ---------------------------------------------------------------- a sentence's expressions


def _matches(text: str, lexicon: Lexicon) -> list[tuple[str, re.Match]]:
    """Every expression, left to right; where two overlap, the one that starts first (then the
    longer) wins."""
    p = _patterns(lexicon)
    offsets = p["offset_direction"].search(text) is not None  # "later", "earlier": rare
    found = [
        (kind, m)
        for kind, pattern in p["kinds"]
        if offsets or kind != "offset"
        for m in pattern.finditer(text)
    ]
    found.sort(key=lambda item: (item[1].start(), -(item[1].end() - item[1].start())))
    kept: list[tuple[str, re.Match]] = []
    for kind, m in found:
        if not kept or m.start() >= kept[-1][1].end():
            kept.append((kind, m))
    return kept


def _since(
    text: str, m: re.Match, span: Span, base: dt.date | None, lexicon: Lexicon
) -> Span | None:
    """'since October', 'since the movement began in January': from its start to the draft's
    date."""
    p = _patterns(lexicon)
    groups = m.groupdict()
    since = groups.get("since") or lower(groups.get("year_cue") or "") in p["since"]
    since = since or bool(p["since_clause"].search(text, max(0, m.start() - 60), m.start()))
    if not since:
        return span
    if base is None or base < span[0]:
        return None
    return span[0], base


def year_said(text: str, base: dt.date | None, lexicon: Lexicon) -> int | None:
    """The last year a sentence read for nothing else names, written ("in 2023") or relative to
    the draft's date ("This year's monsoon"); a cheap scan."""
    named = [(m.start(), int(m.group())) for m in _BARE_YEAR.finditer(text)]
    p = _patterns(lexicon)
    if base is not None and p["year_word"].search(text):
        named += [
            (m.start(), base.year + p["relative"][lower(m.group("rel"))])
            for m in p["relative_year"].finditer(text)
        ]
    return max(named)[1] if named else None


def names_a_month(text: str, lexicon: Lexicon) -> bool:
    """Does the text name a month, capitalised ("Cases spread through April and May"; not "may")?
    A cheap test."""
    return bool(_patterns(lexicon)["month_word"].search(text))


def names_a_day_word(text: str, lexicon: Lexicon) -> bool:
    """Does the text name a day by a word ("on Wednesday", "yesterday")?"""
    return bool(_patterns(lexicon)["day_word"].search(text))


def may_name_a_day(text: str, lexicon: Lexicon) -> bool:
    """Might a sentence name a day (a digit, a weekday, "yesterday", "that day"), so that a later
    sentence's "that day" or "the day before" counts from it? A cheap test before `find_periods`
    on a sentence without a figure."""
    p = _patterns(lexicon)
    return bool(
        _DIGIT.search(text)
        or p["day_word"].search(text)
        # "Five days later, ...": only where a direction word stands
        or (p["offset_direction"].search(text) and _offset_pattern(lexicon).search(text))
    )


def anchors(span: Span, lexicon: Lexicon) -> bool:
    """Is the span short enough for "that day", "that night", "the next day" to count from: a day,
    or a night across two ("the night of April 30 to May 1")?"""
    return (span[1] - span[0]).days < lexicon.limits.anchor_span_days


def find_periods(
    text: str,
    base: dt.date | None,
    lexicon: Lexicon,
    anchor: Span | None = None,
    year_before: int | None = None,
    anchor_lost: bool = False,
    story: tuple[tuple[dt.date, ...], int | None] = ((), None),
    anchor_near: bool = False,
) -> list[Period]:
    """Resolved time expressions in `text`, left to right. `anchor` is the last day (or short
    span) named before this sentence ("On March 7 ... In Paris that day"; `anchor_lost`: one was
    named, too far back), `year_before` the last
    year ("a weak end to 2022. For the fourth quarter of that year"); a day named without a year
    takes the year named before it in the sentence ("The busiest day of 2023 came on Sept. 2"),
    or in a draft that looks back, the year named before it (`story`: when the reference set's
    figures were given, and the last year the draft named; see `_story_year`)."""
    p = _patterns(lexicon)
    limits = lexicon.limits
    ctx = _Context(
        base,
        anchor=anchor,
        year_before=year_before,
        anchor_lost=anchor_lost,
        anchor_near=anchor is not None and anchor_near,
        upcoming=limits.upcoming_days,
        weekday_window=limits.weekday_window_days,
        story=story[0],
        year_named=story[1],
        story_days=limits.story_days,
    )
    found = []
    for kind, m in _matches(text, lexicon):
        if kind == "relative" and p["comparison"].search(
            text, max(0, m.start() - lexicon.limits.cue_look_back_chars), m.start()
        ):
            continue  # "up 12% on last year"
        ctx.future = _looks_ahead(
            text,
            *clause(text, m.start(), m.end()),
            m.start(),
            p,
            lexicon.limits.cue_look_back_chars,
        )
        try:
            span = _year(m, ctx, p, lexicon) if kind == "year" else _RESOLVERS[kind](m, ctx, p)
            span = span and _since(text, m, span, base, lexicon)
        except (
            ValueError,
            OverflowError,
            IndexError,
            KeyError,
        ):  # "next year" in 9999: left unresolved
            span = None
        if span is not None:
            day = span[0] == span[1]
            ctx.day_here = span[0] if day else ctx.day_here
            if anchors(span, lexicon):
                ctx.anchor, ctx.anchor_near = span, True
            else:  # "On March 3 ... By late April, ... Two weeks later": not from March 3
                ctx.anchor_near = False
            if kind == "year":
                ctx.year, ctx.year_at = span[0].year, m.start()
            if kind == "month" and day and m.group("year"):
                ctx.dated = span[0]
            named = day and _named_outright(kind, m, p, lexicon)
            found.append(Period(span[0], span[1], m.group(0), m.start(), day, named))
    return _join_spans(text, found, lexicon)


_YEAR = regex_cache.compile(r"\d{4}")
# a calendar year written alone: not part of a longer number, an amount or a share
_BARE_YEAR = regex_cache.compile(r"(?<![\d,.$£€¥])\b(?:1[89]|20)\d\d\b(?![.,]\d|\s*%)")


def last_year(text: str) -> int | None:
    """The last calendar year written in `text` ("a weak end to 2022"), if any."""
    found = _BARE_YEAR.findall(text)
    return int(found[-1]) if found else None


def year_named(text: str, found: list[Period]) -> int | None:
    """The last year `text` names, written ("in 2011") or by a whole year of `found` ("last
    year"), if any."""
    named = [(m.start(), int(m.group())) for m in _BARE_YEAR.finditer(text)]
    named += [
        (p.offset, p.start.year)
        for p in found
        if (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31)
        and p.start.year == p.end.year
    ]
    return max(named)[1] if named else None


def _shifted(period: Period, years: int) -> Period:
    """The period `years` later (earlier when negative)."""
    try:
        return replace(
            period,
            start=period.start.replace(year=period.start.year + years),
            end=period.end.replace(year=period.end.year + years),
        )
    except ValueError:  # Feb. 29
        return period


def _year_after(text: str, period: Period, following: list[Period]) -> int | None:
    """The year a whole year's phrase right after the span's end names ("... and Sept. 4 last
    year"), if any."""
    nxt = following[0] if following else None
    if nxt is None or text[period.offset + len(period.text) : nxt.offset].strip(" ,"):
        return None
    whole_year = (nxt.start.month, nxt.start.day, nxt.end.month, nxt.end.day) == (1, 1, 12, 31)
    return nxt.start.year if whole_year and nxt.start.year == nxt.end.year else None


def _within_a_year(first: Period, last: Period, year: int | None) -> tuple[Period, Period]:
    """A span whose year-less start falls after its end: both ends in the year a phrase after it
    names, the start a year earlier if it still falls after the end ("between May 30 and Sept. 4
    last year"); with no such phrase, the end a year later ("between Nov. 30 and Feb. 4" in a
    January draft)."""
    if year is None:
        return first, _shifted(last, 1)
    first, last = _shifted(first, year - first.end.year), _shifted(last, year - last.end.year)
    return (_shifted(first, -1) if first.start > last.end else first), last


def _names_a_month(text: str, p: dict) -> bool:
    """Does the phrase name a month ("Sept. 20", "September"), not a relative time or a weekday
    ("last month", "Monday")?"""
    return any(lower(w.rstrip(".")) in p["months"] for w in text.split())


def _join_spans(text: str, found: list[Period], lexicon: Lexicon) -> list[Period]:
    """'between January and February', 'in October and November', 'from October to December': one
    period from the first to the second; 'Thursday, Aug. 10': the date."""
    p = _patterns(lexicon)
    out: list[Period] = []
    for index, period in enumerate(found):
        if out:
            first = out[-1]
            gap = text[first.offset + len(first.text) : period.offset]
            if first.day and period.day and _DATE_AFTER_DAY.fullmatch(gap):
                # "on Thursday, Aug. 10": the date says which Thursday
                out[-1] = replace(
                    period,
                    text=text[first.offset : period.offset + len(period.text)],
                    offset=first.offset,
                )
                continue
            joined = p["span_sep"].match(gap)
            year = _year_after(text, period, found[index + 1 : index + 2]) if joined else None
            if joined and year is None and p["relative_year_tail"].search(period.text):
                year = period.end.year  # "between May 30 and Sept. 4 last year", one phrase
            if (
                joined
                and not _YEAR.search(first.text + period.text)
                and (year is not None or first.start > period.end)
            ):  # "between May 30 and Sept. 4 last year", "between Nov. 30 and Feb. 4"
                first, period = _within_a_year(first, period, year)
            elif (
                joined
                and not _YEAR.search(first.text)
                and _YEAR.search(period.text)
                and _names_a_month(first.text, p)
            ):
                # "from Sept. 20 through Oct. 31, 2017", "September through December 2017": the
                # end's year is the start's too
                first, period = _within_a_year(first, period, period.end.year)
            if joined and first.start <= period.end:
                lead = p["span_lead"].search(text[: first.offset])
                begin = lead.start() if lead else first.offset
                out[-1] = replace(
                    first,
                    end=period.end,
                    text=text[begin : period.offset + len(period.text)],
                    offset=begin,
                    day=False,
                )
                continue
        out.append(period)
    return out


def period_for(
    text: str,
    start: int,
    end: int,
    found: list[Period],
    lexicon: Lexicon,
    earlier_levels: tuple[int, ...] = (),
    figure_spans: tuple[tuple[int, int], ...] = (),
) -> Period | None:
    """The figure's time expression in its clause: the nearest one after it, else the nearest one
    before it ("sent 10,000 last fall and 3,000 more in January": January dates the 3,000); the
    time of an event over the time a source spoke. A ';' ends a clause; so does ', with ...',
    ', while ...' for a time phrase after the figure (a clause opened after the figure does not
    date it, but one opened before it inherits its sentence's time). A time phrase after an earlier
    level (`earlier_levels`: where "up from ..." figures start) is that level's: "95 had died, up
    from at least 91 on Oct. 4". A time phrase after ', and' with another figure after the ', and'
    (`figure_spans`) heads that figure's clause: "had recorded 2,012 deaths, and a day later it
    gave 2,122"; a time after the figure in a later clause with a figure of its own is that one's
    when a time before can date it ("On Monday night it estimated 5,000, a figure it raised to
    6,000 on Tuesday")."""
    p = _patterns(lexicon)
    figure_starts = tuple(s for s, _ in figure_spans) if found else ()  # none needed without
    # a time phrase (a sentence of many figures and no time costs no more than its figures)
    label = next((x for x in found if _is_label(text, x)), None)
    # (where the figure's relative aside closes matters only when a time phrase follows it)
    closes = _aside_close(text, start, end, p) if any(x.offset >= end for x in found) else len(text)
    after = [
        x
        for x in found
        if x.offset >= end
        # "Spotify, which says it has 220 million subscribers, turned an operating profit of €32
        # million in the third quarter": a time after the aside the figure stands in, past another
        # figure, is that figure's; and a span after it, the main clause's ("PayPal, which says it
        # has 428 million active accounts, beat forecasts for the fourth quarter"; not a day: "The
        # mission, which deployed 110 observers, said on Monday", nor when the aside's subject
        # speaks: "which has recorded 761 deaths, said last month")
        and not any(closes < f < x.offset for f in figure_starts)
        and (x.offset < closes or x.day or _speaks_after(text, closes, lexicon))
        and (not p["break_after"].search(text, end, x.offset) or _given_then(text, end, x, p))
        and not (
            label and "," in text[end : x.offset]
        )  # "- Oct. 31: ... 38%, the one ... this week"
        and not any(end <= level < x.offset for level in earlier_levels)
        and not _dates_what_follows(x)
        and not _heads_next_clause(text, end, x, figure_starts, p)
        and not _in_a_later_figures_clause(text, end, x, figure_spans, p)
        and not _right_after_a_joined_figure(text, end, x, figure_spans, lexicon)
        and not _of_a_compared_figure(text, end, x, figure_starts, lexicon)
        # "60.6 million people voted, 5.8 million more than in 2018": the comparison's base
        and not p["comparison_base"].search(
            text, max(0, x.offset - lexicon.limits.cue_look_back_chars), x.offset
        )
        # "a 29% lower risk of admission than those infected in the first wave of 2020": a time
        # past a comparison word right after the figure's phrase dates what it is compared with
        and not _dates_the_compared(text, end, x, figure_starts, p)
    ]
    before = [
        x
        for x in found
        if x.offset < start
        # "Turnout in Sunday's runoff was 61.4%, down from 68.9% in the first round": an earlier
        # level was not the level at the event a time before it names
        and not (start in earlier_levels and owns_a_noun(text, x, lexicon))
        and ";" not in text[x.offset : start]
        and not _said_anew(text, x, start, p, lexicon)
        and not _later_then(text, x, start, p)
        and not _of_the_level_before(text, x, start, earlier_levels, lexicon)
    ]
    owning = [x for x in after if owns_a_noun(text, x, lexicon, attributive=True)]
    if owning and (before or len(owning) < len(after)):
        # "on Monday as the ministry said 2,400 had been killed by Saturday's earthquakes", "163
        # victims of last week's crash by Tuesday evening": a time that owns a noun after the
        # figure names the event, not the count's time, when another time can date it
        after = [x for x in after if x not in owning]
    nearest_after = min(after, key=lambda x: x.offset, default=None)
    last_before = max(before, key=lambda x: x.offset, default=None)
    if nearest_after and last_before:
        if (
            said_when(text, last_before, lexicon)
            and not said_when(text, nearest_after, lexicon)
            and not CLAUSE_BREAK.search(text, end, nearest_after.offset)
        ):
            return nearest_after  # "said earlier this month that 11,000 were flown out on Aug. 10"
        if _dates_a_later_clause(text, end, nearest_after, figure_starts):
            return last_before  # "On Monday night it estimated that about 5,000 had got in, a
            # figure it raised to about 6,000 on Tuesday morning": Tuesday is the 6,000's
        if _in_the_figures_clause(text, start, end, last_before, nearest_after, p, lexicon):
            return nearest_after  # "200 cases had been recorded by Tuesday, the agency said, a
            # sharp rise from the 14 cases that the ministry confirmed on May 2": May 2's 14
        gap_before = start - (last_before.offset + len(last_before.text))
        closer = nearest_after.offset - end <= gap_before + lexicon.limits.time_after_bonus_chars
        return nearest_after if closer else last_before
    return nearest_after or last_before


def _of_the_level_before(
    text: str, x: Period, start: int, earlier_levels: tuple[int, ...], lexicon: Lexicon
) -> bool:
    """Is the time before the figure at `start` that of a level it moved from, in a range's first
    leg ("fell from 16 seats in 2021 to 14 seats": 2021 is the 16's)?"""
    end = x.offset + len(x.text)
    if not any(level < x.offset for level in earlier_levels) or CLAUSE_BREAK.search(
        text, end, start
    ):
        return False
    reach = lexicon.limits.cue_look_back_chars  # how far before the time a range's lead stands
    since = max(0, x.offset - reach)
    return _between_legs(text, since, x.offset, end, start + 1, _patterns(lexicon))


def _dates_what_follows(period: Period) -> bool:
    """Is the time a bare year with no cue, which dates only the relative clause it heads ("the
    toll of 1,006 compares with 2022 when more than 1,700 died": 2022 is not the 1,006's)?"""
    return period.text.isdigit()


def _speaks_after(text: str, closes: int, lexicon: Lexicon) -> bool:
    """Does a speech verb (`after_source`) open the main clause right after the aside that closes
    at `closes` ("..., which has recorded 761 deaths, said last month")?"""
    cue = lexicon.attribution.after_source.pattern
    return cue is not None and cue.match(text, _AFTER_CLOSE.match(text, closes).end()) is not None


_AFTER_CLOSE = regex_cache.compile(r"[,\s]*")


def _aside_close(text: str, start: int, end: int, p: dict) -> int:
    """Where the relative aside the figure stands in closes (", which says it has 220 million
    paying subscribers, turned": the comma after "subscribers"; not one the figure's own words
    run on past: ", where the ministry had reported 49 cases, 29 of them fatal, by March 22",
    ", where 4,000 people, including 300 children, died on Sept. 11"),
    when it opens after the sentence's last clause mark before the figure; else the sentence's
    end."""
    opened = None
    for m in p["aside_open"].finditer(text, 0, start):
        opened = m
    if opened is None or p["aside_close"].search(text, opened.end(), start):
        return len(text)
    for close in p["aside_close"].finditer(text, end):
        if not p["aside_runs_on"].match(text, close.start()):
            return close.start()
    return len(text)


def _in_the_figures_clause(
    text: str, start: int, end: int, before: Period, after: Period, p: dict, lexicon: Lexicon
) -> bool:
    """Is the time after the figure in its clause, dating the verb of a source that gave or
    counted it ("the 14 cases that the ministry confirmed on May 2"; not "killed in the unrest
    that began after the election on March 2", the time of an event) or the figure's own verb
    with no relative clause, figure, purpose or deadline between ("3,000 of them will be made this
    year"), with no clause mark nor a comparison between them ("98% more than in the same stretch
    of 2018" dates the base), and the time before it in an earlier clause, inside the sentence
    (not one opening it, which dates every clause of it: "By Tuesday, 200 had died in villages
    flooded on Sunday")?"""
    given = lexicon.attribution.after_source.pattern
    relative = p["relative_word"]
    return (
        given is not None
        and not opens_sentence(text, before)
        and CLAUSE_BREAK.search(text, before.offset + len(before.text), start) is not None
        and CLAUSE_BREAK.search(text, end, after.offset) is None
        and p["comparison_word"].search(text, end, after.offset) is None
        and (
            given.search(text, end, after.offset) is not None
            # "The reductions are to be completed by 2025, and 3,000 of them will be made this
            # year": the figure's own verb, no relative clause, figure, purpose or deadline
            # between ("sought US$29.9 million to keep aid flowing until June 24")
            or (
                relative is not None
                and relative.search(text, end, after.offset) is None
                and not _DIGIT.search(text, end, after.offset)
                and not p["purpose_or_deadline"].search(text, end, after.offset)
            )
        )
    )


def _dates_a_later_clause(text: str, end: int, after: Period, figure_starts) -> bool:
    """Does the time after a figure (ending at `end`) stand in a later clause, with a figure of its
    own before it ("about 5,000 had got in, a figure it raised to about 6,000 on Tuesday"; not "49
    cases, 29 of them fatal, by March 22", nor "327 had died among 69,483 cases between ...")?"""
    return any(
        end <= other < after.offset
        and CLAUSE_BREAK.search(text, end, other) is not None
        and CLAUSE_BREAK.search(text, other, after.offset) is None
        for other in figure_starts
    )


def _said_anew(text: str, period: Period, start: int, p: dict, lexicon: Lexicon) -> bool:
    """'... from the 150 billion yen it had forecast in November, and said it now expected a net
    loss of 80 billion yen': between a time and the figure, ', and' then a speaker's verb opens a
    new statement, which the time does not date; a time opening the sentence ("By Nov. 7, ...",
    "On Thursday the company ...", not "The August fires ...") dates every clause of it."""
    after = period.offset + len(period.text)
    lead = text[: period.offset].split()
    if opens_sentence(text, period) and not (
        lead and lower(lead[-1]) in lexicon.attribution.determiners.folded
    ):
        return False
    joined = list(p["joined"].finditer(text, after, start))
    said = lexicon.attribution.after_source.pattern
    return bool(joined) and said is not None and bool(said.search(text, joined[-1].end(), start))


def _later_then(text: str, period: Period, start: int, p: dict) -> bool:
    """'It reported two deaths the next day, and its toll later rose to four': past ', and' a later
    word ("later", "since") between a time and the figure moves the figure off that time."""
    after = period.offset + len(period.text)
    joined = list(p["joined"].finditer(text, after, start))
    later = p["later"]
    return bool(joined) and later is not None and bool(later.search(text, joined[-1].end(), start))


def owns_a_noun(text: str, period: Period, lexicon: Lexicon, attributive: bool = False) -> bool:
    """Is the time the owner of an event ("Saturday's earthquakes", "last year's floods"), not of
    a report or a reading that it dates ("Friday's close", "Monday's official count": a report
    noun among the two words it owns)? With `attributive`, also a time that qualifies the event
    its clause is about ("to rebuild after the April earthquake": `_attributive`), for choosing a
    figure's time; a day that "the next day" counts from may still be one ("when the Sept. 11
    flood hit Derna. The next day, ...")."""
    owned = _OWNS.match(text, period.offset + len(period.text))
    if owned is None and attributive:
        owned = _attributive(text, period, lexicon)
    if owned is None:
        return False
    return not any(lower(w) in lexicon.time.report_nouns.folded for w in owned.group(1).split())


def _attributive(text: str, period: Period, lexicon: Lexicon) -> re.Match | None:
    """'to rebuild after the April earthquake': a time between a circumstance word, a determiner
    and the noun it qualifies (not a preposition, a conjunction or a verb) names the event the
    clause is about, not the figure's time ("its early November poll", "for the April-June
    quarter" and "in the June election" date theirs)."""
    p = _patterns(lexicon)
    reach = lexicon.limits.cue_look_back_chars
    lead = (
        p["circumstance_the"].search(text, max(0, period.offset - reach), period.offset)
        if p["circumstance_the"] is not None
        else None
    )
    if lead is None or (
        p["span_before"] is not None
        and p["span_before"].search(text, max(0, lead.start() - reach), lead.start())
    ):
        return None  # (not "in the month after the February invasion": a span of its own)
    word = _ATTRIBUTED.match(text, period.offset + len(period.text))
    if word is None or lower(word.group(1)) in p["not_nouns"]:
        return None
    return word


_OWNS = regex_cache.compile(r"['’]s?\s+([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)")
_ATTRIBUTED = regex_cache.compile(r"\s+([^\W\d_][\w-]*)")


def _given_then(text: str, end: int, period: Period, p: dict) -> bool:
    """'the planning ministry's estimate of 40 trillion dong, which the minister gave on Sept. 22':
    past ', which', a time right after a verb of giving or saying is when the figure was given."""
    start = max(end, period.offset - p["given_then_reach"])  # the phrase is short: a bounded look
    return p["given_then"].search(text, start, period.offset) is not None


_TAG_COMMA = regex_cache.compile(r",\s")  # a comma that sets off a clause (not "156,500")


def _of_a_compared_figure(
    text: str, end: int, period: Period, figure_starts: tuple[int, ...], lexicon: Lexicon
) -> bool:
    """Is `period` past a later figure that a comparison word leads ("65.79 percent, a little
    below the 67.40 percent recorded in 2019"): that figure's time, not this one's?"""
    lead = _patterns(lexicon)["compared_lead"]
    i = bisect.bisect_right(figure_starts, end)  # the figures are in order: the next one
    if lead is None or i == len(figure_starts) or figure_starts[i] >= period.offset:
        return False
    # (not past a comma, where a speech tag dates every figure: "well above the target of 156,500,
    # the WHO said last week"; but "the 14 to 15 percent it had estimated in May")
    return lead.search(text, end, figure_starts[i]) is not None and not _TAG_COMMA.search(
        text, figure_starts[i], period.offset
    )


def _heads_next_clause(
    text: str, end: int, period: Period, figure_starts: tuple[int, ...], p: dict
) -> bool:
    """Is `period` (after a figure ending at `end`) past a ', and' that another figure follows in
    the sentence: the time of the next clause ("..., and a day later it gave 2,122 dead")?"""
    joint = p["joined"].search(text, end, period.offset)
    return joint is not None and any(start >= joint.end() for start in figure_starts)


def _in_a_later_figures_clause(
    text: str, end: int, period: Period, figure_spans: tuple[tuple[int, int], ...], p: dict
) -> bool:
    """Is `period` (after a figure ending at `end`) in a relative clause right after a later
    figure's noun, with no comma between: what that clause tells of that noun ("1,870 homes have
    been destroyed and 25 people have died, among them three air crew whose plane crashed last
    month"; not "injured in clashes that lasted into May 1", which dates both)?"""
    return any(
        end <= start
        and later_end < period.offset
        and (found := p["noun_relative"].match(text, later_end)) is not None
        and found.end() <= period.offset
        for start, later_end in figure_spans
    )


def _dates_the_compared(text: str, end: int, x, figure_starts, p: dict) -> bool:
    """Does a lead of a compared group (`compared_group_leads`: "than", "compared with"), not of a
    norm (`comparison_norms`: "than usual"), stand between the figure ending at `end` and the time
    after it, in its clause (a comma may set off the lead: ", compared with those lost in 2022"),
    with no other figure between?"""
    if any(end <= f < x.offset for f in figure_starts):
        return False
    lead = p["compared_group"].search(text, end, x.offset)
    if lead is None:
        return False
    before = len(text[: lead.start()].rstrip().removesuffix(","))
    return (
        CLAUSE_BREAK.search(text, end, before) is None
        and CLAUSE_BREAK.search(text, lead.end(), x.offset) is None
    )


def _right_after_a_joined_figure(
    text: str, end: int, period: Period, figure_spans: tuple[tuple[int, int], ...], lexicon: Lexicon
) -> bool:
    """Is `period` right after a later figure, led by a preposition that also follows the figure
    ending at `end`, which an 'and' joins that figure on to: that figure's time ("570,557 rail
    trips on Inauguration Day and 1,001,613 on Jan. 21": Jan. 21 dates the 1,001,613 only; not
    "472 cases and 70 deaths between Jan. 1 and Feb. 9", nor "killed 12 people and injured 40
    people on Monday", which date both)?"""
    last = bisect.bisect_right(figure_spans, (period.offset, math.inf)) - 1  # the figure before it
    if last < 0 or figure_spans[last][0] < end or figure_spans[last][1] > period.offset:
        return False
    start, later_end = figure_spans[last]
    near = _ONE_WORD_AT_MOST.fullmatch(text, later_end, period.offset)
    word = preposition_at(text, later_end, lexicon) if near else None
    if word is None:
        return False
    joiner = lexicon.text.conjunctions.pattern
    joined = joiner.search(text, end, start) if joiner is not None else None
    return joined is not None and word in text[end : joined.start()].lower().split()


_ONE_WORD_AT_MOST = regex_cache.compile(r"\s*(?:[^\W\d_]+\s+)?")
_LABEL_LEAD = regex_cache.compile(r"[\W\d]*")  # a list marker ("-", "1.") or nothing
_LABEL_TAIL = regex_cache.compile(r"\s*:")


def _is_label(text: str, period: Period) -> bool:
    """'Oct. 31: Boeing raises its offer': a date that heads the sentence, dating all of it."""
    return bool(
        _LABEL_LEAD.fullmatch(text, 0, period.offset)
        and _LABEL_TAIL.match(text, period.offset + len(period.text))
    )


_FIGURE_NEXT = regex_cache.compile(r"\s+(?:[^\W\d_][\w'’-]*\s+)?\d")
_OPENING = regex_cache.compile(r"[\W_]*(?:[^\W\d_]+[\W_]+){0,2}")


def by_deadline(text: str, period: Period, lexicon: Lexicon) -> bool:
    """Is the time a deadline a count was made by ("By Sunday, with 128 constituencies declared,
    Hichilema had 2,324,837 votes": the count as it stood then), a `deadline` word right before
    it?"""
    low = max(0, period.offset - lexicon.limits.cue_reach_chars)
    return bool(_patterns(lexicon)["deadline"].search(text, low, period.offset))


def names_an_event(text: str, period: Period, lexicon: Lexicon, figure_start: int = -1) -> bool:
    """Is the time a determiner's, qualifying an event noun of the language pack after it ("The
    Aug. 8 fire killed 115", "the Feb. 6 earthquakes"), or the end of an event noun's relative
    clause ("the quake that struck on Aug. 24"): the date of the event the figure is about, not
    when a count to date was current? (Not "the Sept. 8 revision", "the Aug. 8 deadline".)"""
    if _closes_an_event_clause(text, period, figure_start, lexicon):
        return True
    lead = text[: period.offset].split()
    if not lead or lower(lead[-1]) not in lexicon.attribution.determiners.folded:
        return False
    word = _ATTRIBUTED.match(text, period.offset + len(period.text))
    return word is not None and lower(word.group(1)) in lexicon.time.event_nouns.folded


def _closes_an_event_clause(text: str, period: Period, figure_start: int, lexicon: Lexicon) -> bool:
    """'The death toll from the quake that struck in the early hours of Aug. 24 stands at 267':
    a time ending a relative clause of an event noun (`event_clause_words` words at most, no
    figure or mark between) dates the event, not the count; with a speech verb in the clause, not
    for a figure in that clause after the time ("The outbreak, which the ministry said on Friday
    had infected 3,000 people, ...": when it was said), only for one past its end ("The outbreak,
    which was first reported on Jan. 5, has infected 3,000 people")."""
    pattern = _patterns(lexicon)["event_clause"]
    reach = max(0, period.offset - lexicon.limits.event_clause_chars)
    found = pattern.search(text, reach, period.offset) if pattern is not None else None
    if found is None:
        return False
    said = lexicon.attribution.after_source.pattern
    if said is None or not said.search(found.group()) or figure_start < period.offset:
        return True
    return CLAUSE_BREAK.search(text, period.offset + len(period.text), figure_start) is not None


def opens_sentence(text: str, period: Period) -> bool:
    """Does the time open its sentence ("On Sept. 21, ...", "As of Monday, ...") rather than name
    when something in it happened ("The earthquake on Sept. 8 killed 2,946")?"""
    return bool(_OPENING.fullmatch(text, 0, period.offset))


def opens_clause(text: str, period: Period, figure: int, lexicon: Lexicon) -> bool:
    """Does the time open its sentence, or, as a deadline ("by", "as of"), the clause after a
    comma and a conjunction or a contrast, a semicolon or a dash, with the figure after it in that
    clause ("..., and by Feb. 24 police had confirmed 147 deaths")?"""
    if opens_sentence(text, period):
        return True
    breaks = _patterns(lexicon)["clause_opening"]
    end = period.offset + len(period.text)
    if figure < end or breaks.search(text, end, figure):
        return False
    opened = [b.end() for b in breaks.finditer(text, 0, period.offset)]
    return (
        bool(opened)
        and bool(_OPENING.fullmatch(text, opened[-1], period.offset))
        and by_deadline(text, period, lexicon)  # (not "..., and on Sept. 11, 11,300 died": when
        # they died)
    )


def closes_clause(text: str, period: Period, figure: int, lexicon: Lexicon) -> bool:
    """Does the time, as a deadline ("by", "as of"), close the clause of the figure before it
    ("1,288 contacts had been traced as of Aug. 27"; not "147 died, most of them villagers told to
    leave by Feb. 20")? Then it is when the count stood so, though a report may give a count as it
    stood some time before."""
    return (
        figure < period.offset
        and by_deadline(text, period, lexicon)
        and not CLAUSE_BREAK.search(text, figure, period.offset)
    )


def _in_said_clause(text: str, period: Period, cue: re.Pattern, lexicon: Lexicon) -> bool:
    """'said in a televised address on Tuesday, March 14, that 326 people had died': a day between
    a speech verb and the 'that' opening what was said (no figure between) is when it was said."""
    opener = _patterns(lexicon)["said_that"]
    found = opener.match(text, period.offset + len(period.text)) if opener else None
    # "..., that" or "that 326": what was said; not a relative clause ("on July 30 that buried")
    if not period.day or found is None:
        return False
    after = text[found.end() :].split(None, 1)
    said_next = bool(after) and (
        after[0].lower() in lexicon.attribution.determiners.folded
        or bool(_FIGURE_NEXT.match(text, found.end()))
    )
    if not found.group().startswith(",") and not said_next:
        return False  # "that" then a figure or "the ...": what was said; a verb: a relative
    start = max(0, period.offset - lexicon.limits.said_clause_chars)
    cues = list(cue.finditer(text, start, period.offset))
    return bool(cues) and not _DIGIT.search(text, cues[-1].end(), period.offset)


def _found_passive(head: str, cue: re.Match, lexicon: Lexicon) -> bool:
    """Is the cue a verb of finding or recording in the passive ("were found", "was recorded")?"""
    passive = lexicon.time.found_passive.pattern
    return passive is not None and any(m.end() == cue.end() for m in passive.finditer(head))


def set_when(text: str, period: Period, start: int, end: int, lexicon: Lexicon) -> bool:
    """'The Bank of Mexico cut its rate to 10.75% in July', 'In September, Boeing raised its offer
    to 35%': a level a setter verb set ("cut ... to", "set ... at", a few words before the figure),
    with the time right after the figure or opening the sentence, is the source's from that time."""
    if not _verb_right_before(_setter(lexicon), text, start, lexicon):
        return False
    if opens_sentence(text, period) and period.offset < start:
        return not _DIGIT.search(text, period.offset + len(period.text), start)
    return _time_right_after(text, period, end, lexicon, ",")


def issued_when(text: str, period: Period, start: int, end: int, lexicon: Lexicon) -> bool:
    """'The United Nations launched a $139.6 million appeal on Friday': a figure an issuing verb
    issues (right before it, an article or owner between, a hedge maybe), with the time a few
    words after it in its clause, is the source's from that time."""
    return _verb_right_before(_issuer(lexicon), text, start, lexicon) and _time_right_after(
        text, period, end, lexicon, ",;:"
    )


def _verb_right_before(pattern: re.Pattern | None, text: str, start: int, lexicon: Lexicon) -> bool:
    """Does `pattern` (a verb and what may stand between it and a figure) end right before the
    figure at `start`, within `cue_reach_chars`?"""
    look = lexicon.limits.cue_reach_chars
    return pattern is not None and pattern.search(text, max(0, start - look), start) is not None


def _time_right_after(text: str, period: Period, end: int, lexicon: Lexicon, marks: str) -> bool:
    """Is the time a few words (`said_time_words`) after the figure ending at `end`, with none of
    `marks` between them?"""
    if period.offset < end:
        return False
    gap = text[end : period.offset]
    return len(gap.split()) <= lexicon.limits.said_time_words and not any(m in gap for m in marks)


@compiled
def _issuer(lexicon: Lexicon) -> re.Pattern | None:
    """An issuing verb, its article or owner, and up to two words (a hedge) right before the
    figure."""
    verbs, joiners = lexicon.time.issue_verbs, lexicon.time.issue_joiners
    if not verbs or not joiners:
        return None
    return regex_cache.compile(
        rf"\b(?:{words(verbs)})\s+(?:{words(joiners)})(?:\s+[^\W\d]+){{0,2}}\s*$",
        re.IGNORECASE,
    )


@compiled
def _setter(lexicon: Lexicon) -> re.Pattern | None:
    """A setter verb, up to `cue_words` + 2 words, "to" or "at", and up to two words (a hedge)
    right before the figure."""
    setters, joiners = lexicon.time.level_setters, lexicon.time.level_joiners
    if not setters or not joiners:
        return None
    gap = lexicon.limits.cue_words + 2
    return regex_cache.compile(
        rf"\b(?:{words(setters)})\b(?:\s+[^\s\d,;]+){{0,{gap}}}?\s+(?:{words(joiners)})"
        rf"(?:\s+[^\W\d]+){{0,2}}\s*$",
        re.IGNORECASE,
    )


def _with_weak_statement_verbs(
    cues: list[re.Match], head: str, head_start: int, text: str, lexicon: Lexicon
) -> list[re.Match]:
    """The statement cues in the head (`head` is `text` from `head_start`), and the weak ones
    right before a report noun that points back ("gave that figure on Monday": `report_anaphors`;
    not "gave the toll on Tuesday as 12", the day's toll), in order."""
    near = lexicon.attribution.after_source_near.pattern
    back = _patterns(lexicon)["report_anaphor"]
    if near is None or back is None:
        return cues
    verbs = [
        c
        for c in near.finditer(head)
        if back.match(head, c.end()) and not in_a_name(text, head_start + c.start())
    ]
    return sorted([*cues, *verbs], key=lambda c: c.start()) if verbs else cues


def _a_speech_event_before(text: str, period: Period, lexicon: Lexicon) -> bool:
    """'In an interview on Sept. 8, he said', 'At a news conference on Monday': a speech event
    (`speech_events`) after one of `speech_event_leads`, an article or an owner and a word at most
    between, opening the sentence right before the day: when its source spoke. (Not inside it:
    "The ministry, in a statement on Tuesday, said 200 people had been killed" is read already.)"""
    pattern = _patterns(lexicon)["speech_event_before"]
    return pattern is not None and pattern.fullmatch(text, 0, period.offset) is not None


def _report_then_day(head: str, cues: list[re.Match], lexicon: Lexicon) -> bool:
    """'certified its count on March 10', 'proclaimed the result on Monday': a statement verb, its
    object a report noun (the language pack's), then the day, `said_object_words` words on at most
    (more than `said_time_words`, as the object is what was given then: "said the strike on July
    30" is not)."""
    if not cues:
        return False
    between = head[cues[-1].end() :]
    words_ = between.split()
    return (
        len(words_) <= lexicon.limits.said_object_words
        and not CLAUSE_BREAK.search(between)
        and any(lower(w) in lexicon.time.report_nouns.folded for w in words_)
    )


def _its_quarter_then_day(text: str, period: Period, lexicon: Lexicon) -> bool:
    """'PayPal reported fourth-quarter revenue of $8.03 billion on Feb. 7', 'announced ... on
    Feb. 7': a statement verb, then in its clause the quarter or half the figure is of, then a day
    outside it: when it was reported (not "said fourth-quarter revenue reached $8.03 billion on
    Dec. 31", a day of the quarter)."""
    pattern = lexicon.attribution.after_source.pattern
    start = max(0, period.offset - lexicon.limits.said_clause_chars)
    cues = list(pattern.finditer(text, start, period.offset)) if pattern else []
    between = text[cues[-1].end() : period.offset] if cues else ""
    if not between or CLAUSE_BREAK.search(between):
        return False
    months = _months_named(between, lexicon)
    return months is not None and period.start.month not in months


def _months_named(text: str, lexicon: Lexicon) -> range | None:
    """The months of the quarter or half named in `text` ("fourth-quarter": October to December,
    "first-half": January to June), if any."""
    p = _patterns(lexicon)
    named = p["quarter_or_half_named"].search(text)
    number = p["quarters"].get(lower(named.group("n"))) if named else None
    if number is None:
        return None
    first, length = _months_of(number, half=not named.group("q"))
    return range(first, first + length)


def _set_off_then(text: str, period: Period, head: str, lexicon: Lexicon) -> bool:
    """A time set off by a comma after it, right after a report noun and a verb of publishing
    ("NHS England's latest figures, published on Thursday, show ..."), or a day right after a count
    noun ("In a preliminary count on March 27, they put turnout at"): when the report came out or
    the count was made, not the time the figure counts."""
    if _SET_OFF_END.match(text, period.offset + len(period.text)) is None:
        return False
    p = _patterns(lexicon)
    return p["published_before"].search(head) is not None or (
        period.day and p["report_before"].search(head) is not None
    )


_SET_OFF_END = regex_cache.compile(r"\s*,")


def _report_made_before(lexicon: Lexicon) -> re.Pattern | None:
    """A report noun, a few words, and the verb that made it (its maker after "by" maybe), right
    before a day ("on" maybe; time.yaml's `made_reports`)."""
    t, limits = lexicon.time, lexicon.limits
    if not t.made_reports or not t.report_makers:
        return None
    agents, joiners = words(lexicon.attribution.participle_agents), words(t.speech_event_joiners)
    return regex_cache.compile(
        rf"\b(?:{words(t.made_reports)})(?:\s+[^\W\d]+){{0,{limits.report_maker_words}}}?"
        rf"\s+(?:{words(t.report_makers)})"
        rf"(?:\s+(?:{agents})(?:\s+[^\W\d]+){{1,{limits.cue_words}}})?"
        rf"\s+(?:(?:{joiners})\s+)?$",
        re.IGNORECASE,
    )


def _report_made_then(text: str, period: Period, lexicon: Lexicon) -> bool:
    """'according to the final results the commission declared on Nov. 20', 'in the count the
    commission completed on Tuesday': a day right after the verb that made a report, a few words
    after the report noun (within `report_maker_chars`), is when the report was made."""
    pattern = _patterns(lexicon)["report_made_before"]
    if not period.day or pattern is None:
        return False
    reach = max(0, period.offset - lexicon.limits.report_maker_chars)
    return pattern.search(text, reach, period.offset) is not None


_WRITTEN_DAY = regex_cache.compile(r"\b\d{1,2}\b")
_WRITTEN_YEAR = regex_cache.compile(r"\b\d{4}\b")


def across_an_offset(text: str, period: Period, start: int, end: int, lexicon: Lexicon) -> bool:
    """Is a day named outright reached from the figure at start..end only across "a day after",
    "two weeks before" (`offset_links`): between them, or before the day in its own clause when the
    figure comes after it ("on Saturday, a day after 1.2 million people marched"; "The day after
    Russian forces invaded on Feb. 24, UNHCR said up to 4 million could flee")? "Hours after", "the
    morning after" (`offset_link_units`) count only before the day ("Hours after the rally on
    Friday, ..."; not "On Sunday, hours after the vote, 5,000 marched")."""
    p = _patterns(lexicon)
    day_end = period.offset + len(period.text)
    if start >= day_end:  # from the clause's start to the figure after the day
        low, high = clause(text, period.offset, day_end)[0], start
    else:  # from the figure to the day
        low, high = end, period.offset
    spans = ((p["offset_link"], low, high), (p["offset_link_before"], low, period.offset))
    return any(link is not None and link.search(text, a, b) for link, a, b in spans)


def said_by(period: Period, today: dt.date | None) -> Period:
    """'On Nov. 24 it reported 739 cases', in a draft of Nov. 19, 2016: a day named by its date
    without a year, when a source spoke, is not one still to come (which a day a few days after
    the draft's date may otherwise be), but that day a year before."""
    if (
        today is None
        or period.start != period.end
        or period.start <= today
        or not _WRITTEN_DAY.search(period.text)
        or _WRITTEN_YEAR.search(period.text)
    ):
        return period
    day = _day_in(period.start.year - 1, period.start.month, period.start.day)
    return period if day is None else replace(period, start=day, end=day)


def _what_it_covers(period: Period, lexicon: Lexicon) -> bool:
    """Does the time say what a figure covers, never when a source spoke: after a coverage lead
    ("reported for 2021"), or a span written between two times ("said 327 people had died between
    Jan. 1 and Aug. 7": no one speaks over a span)?"""
    p = _patterns(lexicon)
    covers = p["coverage_lead"]
    if covers is not None and covers.match(period.text):
        return True
    return period.start != period.end and p["written_span"].search(period.text) is not None


def said_when(text: str, period: Period, lexicon: Lexicon) -> bool:
    """'Zelensky said in February', 'told lawmakers on Monday', 'reported 3,922 deaths on
    Wednesday', 'on the same day the planemaker reported': the time of the statement. Past a figure
    only a day is ('recorded 45,774 arrivals in 2023' dates the arrivals), and after a verb of
    measuring only a day is ('the 289.4% the agency recorded in April' is April's figure)."""
    limits = lexicon.limits
    pattern = lexicon.attribution.after_source.pattern
    if pattern is None or _what_it_covers(period, lexicon):
        return False  # "reported for 2021": what the figure covers
    ends = _patterns(lexicon)["period_end_before"]
    reach = max(0, period.offset - limits.said_time_chars)
    if ends is not None and ends.search(text, reach, period.offset):
        return False  # "For its fiscal second quarter, which ended Jan. 27, Cisco reported":
        # the quarter's end
    if (
        not period.day
        and "-" in period.text
        and _patterns(lexicon)["quarter_or_half"].search(period.text)
    ):
        return False  # "reported a third-quarter net loss": the quarter the loss is of
    if by_deadline(text, period, lexicon):
        return False  # "it had recorded by Sept. 24": the count's time, not a statement's
    head_start = max(0, period.offset - limits.said_time_chars)
    head = text[head_start : period.offset]
    # not a word of a name ("the United States on Saturday": no one "states")
    cues = [c for c in pattern.finditer(head) if not in_a_name(text, head_start + c.start())]
    if cues and cue_before(
        text, period.offset, pattern, limits.said_time_words, limits.said_time_chars, names=False
    ):
        if _found_passive(head, cues[-1], lexicon):
            return False  # "were found on Aug. 24": when they were found
        if not period.day and lower(cues[-1].group()) in lexicon.attribution.measure_verbs.folded:
            return False  # "the 289.4% pace the agency recorded in April": April's figure
        return period.day or not _DIGIT.search(head, cues[-1].end())
    if period.day and (
        _report_then_day(
            head, _with_weak_statement_verbs(cues, head, head_start, text, lexicon), lexicon
        )
        or _its_quarter_then_day(text, period, lexicon)
    ):
        return True
    if (
        _set_off_then(text, period, head, lexicon)
        or _report_made_then(text, period, lexicon)
        or (period.day and _a_speech_event_before(text, period, lexicon))
    ):
        return True
    if _in_said_clause(text, period, pattern, lexicon):
        return True
    # a time right before its speaker and cue
    end = period.offset + len(period.text)
    named = _patterns(lexicon)["then_speaker"]
    speaker = named.match(text, end) if named is not None else None
    covered = _patterns(lexicon)["coverage_before"]
    if (
        speaker is not None
        and not _DIGIT.search(text, 0, period.offset)
        # "For all of 2023, the agency said, ...": what the figure covers
        and (covered is None or not covered.search(text, 0, period.offset))
    ):
        # "On June 26, the Kenya National Commission on Human Rights (KNCHR) said", "In January,
        # the company said"; not "In 2023, Frontex recorded 380,000 crossings", "On Jan. 10, the
        # ministry recorded 27 deaths": a verb of measuring after a time dates what it measured
        cue = lower(speaker["cue"])
        if cue in lexicon.time.present_speech.folded and (
            text[speaker.end() :].startswith(",") or not period.day
        ):
            return False  # "in March 2023, the Interior Ministry says, 133 people were detained":
            # what it says now, of that time
        said_that = _patterns(lexicon)["said_that"]
        if (
            not period.day
            and cue in lexicon.attribution.result_verbs.folded
            and (said_that is None or not said_that.match(text, speaker.end()))
        ):
            return False  # "In the second quarter, the company reported revenue of ...": the
            # quarter's own figure (not "In February 2021, The Guardian reported that ...")
        return cue not in lexicon.attribution.measure_verbs.folded
    covers_span = _patterns(lexicon)["coverage_before_span"]
    if not period.day and covers_span is not None and covers_span.search(text, 0, period.offset):
        return False  # "For the January-March quarter it reported revenue of": what it covers
        # (not "For its Monday briefing the NIS said": a day, when it spoke)
    tail = text[end : end + limits.said_time_chars]
    cue = pattern.search(tail)
    return bool(
        cue
        and len(tail[: cue.start()].split()) <= limits.said_time_words + limits.cue_words
        and not _DIGIT.search(tail, 0, cue.start())
        and not CLAUSE_BREAK.search(tail, 0, cue.start())
    )
