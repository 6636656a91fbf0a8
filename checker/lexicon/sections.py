"""The lexicon's typed parts, each declared once with the spec that validates it.

Entries (`Metric`, `Subject`, `Source`, `Hedge`) are named things a topic pack or reference set
defines. Language sections (`NumberWords`, `TimeWords`, `AttributionWords`, `TextWords`, `Limits`)
hold a language's words and every distance limit; their fields are attributes, so a typo in code
fails as soon as it runs, and the YAML keys a pack may use are exactly the field names.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from checker.lexicon.cues import Cues
from checker.lexicon.schema import (
    INVALID,
    CueList,
    Custom,
    Flag,
    Number,
    Pair,
    Record,
    Spec,
    Table,
    Text,
)

INTERVAL_KINDS = ("point", "around", "above", "from", "to", "below", "under")
FLOORS = ("above", "from")  # intervals bounded from below only ("more than", "at least")
CEILINGS = ("to", "below", "under")  # ...and from above only ("up to", "nearly", "fewer than")
EMPTY: Mapping = MappingProxyType({})
CUES = CueList()


def setting(spec: Spec, default=None):
    if getattr(type(default), "__hash__", None) is None:  # a mapping: dataclasses want a factory
        return field(default_factory=lambda: default, metadata={"spec": spec})
    return field(default=default, metadata={"spec": spec})


def cues():
    return setting(CUES, Cues())


def table(spec: Spec, **options):
    return setting(Table(spec, **options), EMPTY)


def section_spec(cls, title: str) -> Record:
    """The Record spec of a section dataclass: its fields are the keys, their metadata the specs."""
    fields = {f.name: f.metadata["spec"] for f in dataclasses.fields(cls) if "spec" in f.metadata}
    return Record(fields, message=f"'{title}' must be a mapping")


def build_section(cls, values: Mapping | None):
    """A section dataclass from validated (and merged) values; missing keys keep their defaults."""
    values = values or {}
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in values:
            value = values[f.name]
            nested = getattr(f.metadata.get("spec"), "section", None)
            kwargs[f.name] = build_section(nested, value) if nested else _freeze(value)
    return cls(**kwargs)


def _freeze(value):
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    return value


class Nested(Record):
    """A section inside a section (text `part_of`)."""

    def __init__(self, cls, title: str):
        spec = section_spec(cls, title)
        super().__init__({k: f.spec for k, f in spec.fields.items()}, message=spec.message)
        self.section = cls


# ---------------------------------------------------------------- entries


@dataclass(frozen=True)
class Metric:
    """What a figure counts: cue words next to it, weak cues, the units that imply it, its whole's
    metric."""

    id: str
    cues: Cues = Cues()
    weak: Cues = Cues()
    description: str = ""
    units: Cues = Cues()
    whole: str | None = (
        None  # the metric of the whole this is a part of ("4,000 killed out of 12,000")
    )


@dataclass(frozen=True)
class Subject:
    """Of whom a figure is."""

    id: str
    cues: Cues = Cues()
    description: str = ""


@dataclass(frozen=True)
class Source:
    """Who a figure can be credited to; `name` is how messages write it; `includes` makes a
    group."""

    id: str
    aliases: Cues = Cues()
    name: str = ""
    kind: str = ""
    includes: Cues = Cues()


@dataclass(frozen=True)
class Hedge:
    """How firmly a figure is stated: its interval kind, tolerance and cues before / after the
    figure."""

    id: str
    interval: str
    tolerance: float = 0.0
    upper_bound: bool = False
    before: Cues = Cues()
    after: Cues = Cues()
    plausible: float | None = (
        None  # how far the open end of "more than", "up to" plausibly reaches (x v, / v)
    )


def _hedge_cues(value, mark, what, v):
    """A hedge's cues: a list (cues before the figure) or a mapping with `before` and `after`."""
    if isinstance(value, list) or value is None:
        checked = CUES.validate(value, mark, f"{what} cues", v)
        return INVALID if checked is INVALID else {"before": checked}
    if not isinstance(value, dict):
        v.report(f"{what}: cues must be a list or a mapping with before/after", mark)
        return INVALID
    return HEDGE_CUES.validate(value, mark, f"{what} cues", v)


HEDGE_CUES = Record({"before": CUES, "after": CUES})


class _HedgeCueSpec(Spec):
    def validate(self, value, mark, what, v):
        return _hedge_cues(value, mark, what.removesuffix(" cues"), v)

    def merge(self, old, new):
        return HEDGE_CUES.merge(old, new)


ENTRY_SPECS: dict[str, Record] = {
    "metrics": Record(
        {
            "cues": CUES,
            "weak": CUES,
            "description": Text(),
            "units": CUES,
            "whole": Text(nonempty=True),
        },
        message="{what}: expected a mapping with 'cues'",
        replaceable=True,
    ),
    "subjects": Record(
        {"cues": CUES, "description": Text()},
        message="{what}: expected a mapping with 'cues'",
        replaceable=True,
    ),
    "sources": Record(
        {"aliases": CUES, "name": Text(), "kind": Text(), "includes": CUES},
        message="{what}: expected a mapping with 'aliases'",
        replaceable=True,
    ),
    "hedges": Record(
        {
            "interval": Custom(lambda value, mark, what, v: _interval(value, mark, what, v)),
            "tolerance": Number(
                0, 1, high_open=True, message="{what} must be a number from 0 to 1"
            ),
            "upper_bound": Flag(),
            "plausible": Number(1, 1000, message="{what} must be a number from 1 to 1000"),
            "cues": _HedgeCueSpec(),
        },
        message="{what}: expected a mapping with 'interval' and 'cues'",
        replaceable=True,
    ),
}
ENTRY_TITLES = {"metrics": "metric", "subjects": "subject", "sources": "source", "hedges": "hedge"}


def _interval(value, mark, what, v):
    if value not in INTERVAL_KINDS:
        v.report(
            f"{what.removesuffix(' interval')}: "
            f"interval must be one of {', '.join(INTERVAL_KINDS)}",
            mark,
        )
        return INVALID
    return value


def build_entry(kind: str, name: str, values: Mapping):
    """A Metric, Subject, Source or Hedge from validated values."""
    values = dict(values)
    if kind == "hedges":
        cue_map = values.pop("cues", {}) or {}
        values.update(before=cue_map.get("before", Cues()), after=cue_map.get("after", Cues()))
        values.setdefault("interval", "point")
    cls = {"metrics": Metric, "subjects": Subject, "sources": Source, "hedges": Hedge}[kind]
    return cls(name, **values)


# ---------------------------------------------------------------- language sections

WORD_NUMBER = Number(0, integer=True, message="{what} must be a whole number (0 or more)")
MULTIPLIER = Number(0, message="{what} must be a number (0 or more)")
MONTH = Number(1, 12, integer=True, message="{what} must be a month number from 1 to 12")


@dataclass(frozen=True)
class NumberWords:
    """How figures are written: number and scale words, fractions, ranges, money, units, changes."""

    words: Mapping[str, int] = table(WORD_NUMBER)  # "twenty-three", "eight million"
    hundreds: Mapping[str, int] = table(WORD_NUMBER)  # "three hundred"
    number_words: Cues = cues()  # a sentence with none of these and no digit holds no figure
    scales: Mapping[str, float] = table(MULTIPLIER)  # "2 million"
    scale_abbreviations: Mapping[str, float] = table(MULTIPLIER)  # glued to digits: "250k", "$1.5m"
    multipliers: Mapping[str, float] = table(MULTIPLIER)  # "a dozen" is 12
    fractions: Mapping[str, float] = table(MULTIPLIER)  # "a third" is 1/3
    fraction_words: Cues = cues()
    share_followers: Cues = (
        cues()
    )  # a fraction word followed by one of these is a share ("a third of")
    part_ordinals: Cues = cues()  # "the first half of 2024": a part of a period, not a share
    # "half a million", "a quarter of a million": a fraction, one of these at most, and an
    # article and a scale word make one figure
    fraction_scale_links: Cues = cues()
    ratio_words: Cues = cues()  # "one in three", "1 out of 5"
    ratio_every: Cues = cues()  # "1 in every 5"
    article_units: Cues = cues()  # "nearly a month": one month
    ordinal_suffixes: Cues = cues()  # "3rd", "27th"
    clock_suffixes: Cues = cues()  # "9:30 a.m.", "14:00 GMT"
    range_joiners: Cues = cues()  # "10,000 to 12,000", "10,000-12,000"
    range_pairs: Mapping[str, str] = table(Text(nonempty=True))  # "between 1,000 and 3,000"
    percent: Cues = cues()  # "%", "percent"
    points: Cues = cues()  # "percentage points"
    currency_signs: Mapping[str, str] = table(Text(nonempty=True))  # "$", "US$", "RM" -> ISO code
    currency_codes: Cues = cues()  # "USD1,700", "500 EUR"
    money_elision_followers: Cues = cues()  # "... of the 850 million pledged": money too
    money_elision_leads: Cues = cues()  # ...after "the"
    currency_words: Mapping[str, str] = table(Text(nonempty=True))  # "90 million yen"
    # "pesos" (MXN) in a story whose reference figures are in ARS: the currency a sign or word also
    # names, taken when the reference set counts money in exactly one of them and not in the default
    currency_alternatives: Mapping[str, Cues] = table(CUES)
    minor_currency: Mapping[str, float] = table(MULTIPLIER)  # "19 cents"
    minor_of: Mapping[str, str] = table(Text(nonempty=True))  # "12p" is pence
    minor_default: str = setting(Text(nonempty=True), "USD")
    units: Mapping[str, str] = table(Text(nonempty=True))  # "300 km", "17kHz" -> the symbol written
    unit_multiples: Mapping[str, float] = table(MULTIPLIER)  # "four decades": 40 years
    unit_multiple_of: Mapping[str, str] = table(Text(nonempty=True))  # ...of this unit
    glued_only_units: Cues = cues()  # "100m", never "100 m" on its own
    metre_context: Cues = cues()  # "4.85m to win": metres, not million
    degrees: Cues = cues()  # "15 degrees"
    degrees_default: str = setting(Text(nonempty=True), "°C")
    change_up: Cues = cues()  # "rose 19 cents", "up 11%"
    change_down: Cues = cues()  # "fell 2.5%"
    change_nouns_up: Cues = cues()  # "an increase of 12%"
    change_nouns_down: Cues = cues()  # "a reduction of roughly 60%"
    gap_nouns: Cues = cues()  # "48.56% to 47.83%, a gap of less than half a percentage point"
    count_progress: Cues = cues()  # "With 98% of the votes counted": how much of the count is in
    change_objects: Cues = cues()  # "raised $12.8 million": a change only with "by"
    revision_verbs: Cues = cues()  # "raised that in August to 800,000": a figure moved...
    revision_objects: Cues = cues()  # ...by its source, named by one of these
    not_changes: Cues = cues()  # "£100m up front": a change word that makes no change
    comparatives_up: Cues = cues()  # "12% longer"
    comparatives_down: Cues = cues()  # "12% lower"
    increments: Cues = cues()  # "three more deaths, bringing the toll to 150": an amount added
    increments_before: Cues = cues()  # "another eight people had died, bringing the toll to 71"
    base_followers: Cues = cues()  # "to 71, from 63 a day earlier": words after a bare base
    new_totals: Cues = cues()  # "... bringing the toll to 150": the level it was added to follows
    total_nouns: Cues = cues()  # ... "the toll", "the total": what that level is
    duration_ends: Cues = cues()  # "more than a year earlier": no duration
    duration_end_objects: Cues = cues()  # "a season after tax": pay's basis, not a time
    duration_units: Cues = cues()  # the units of a duration ("four years": year)
    across: Cues = cues()  # "over four years": spread across a duration, not more than it
    bounding_before_across: Cues = cues()  # "in over 100 years": more than, after all
    share_before: Cues = cues()  # "by a third": a share
    negative: Cues = cues()  # "minus 80C"
    level_verbs: Cues = cues()  # "went from 3 to 5": a change of level, neither up nor down
    level_to: Cues = cues()  # "up 19 cents to $58.24", "up 62 cents at $81.40"
    change_bases: Cues = cues()  # "52.3 million, up from 44.2 million": the level it changed from
    comparison_bases: Cues = cues()  # "240 seats, against 303 in 2019": the base compared with
    comparison_times: Cues = cues()  # "against 303 five years ago": a base has a time of its own
    rate_bases: Cues = cues()  # "12 cases per 100,000": 100,000 is no figure
    score_words: Cues = cues()  # "won 3-1": a result, not figures
    quantulum_units: Mapping[str, str] = table(
        Text(nonempty=True)
    )  # quantulum3 unit name -> our unit
    money_units: Cues = cues()  # quantulum3 unit names that are money ("real", "rand")


@dataclass(frozen=True)
class TimeWords:
    """How time is written: months, seasons, relative phrases, date lines."""

    months: Mapping[str, int] = table(MONTH)
    month_abbreviations: Mapping[str, int] = table(MONTH)
    seasons: Mapping[str, tuple[int, int]] = table(
        Pair(1, 12, integer=True, ordered=False, message="{what} must be [first month, last month]")
    )
    month_parts: Mapping[str, tuple[int, int]] = table(
        Pair(1, 31, integer=True, message="{what} must be [first day, last day]")
    )
    relative: Mapping[str, int] = table(
        Number(-100, 100, integer=True, message="{what} must be a whole number")
    )
    relative_units: Cues = cues()  # "last year", "this month"
    year_cues: Cues = cues()  # "in 2024", "since 2023"
    year_relatives: Cues = cues()  # "recalled 2022, when floods killed 1,700": a bare year
    # right before one of these dates the clause it opens
    since: Cues = cues()  # "since October" runs to the draft's date
    year_edges: Cues = cues()  # "since the start of 2024"
    span_leads: Cues = cues()  # "between January and February"
    span_joiners: Cues = cues()
    day_joiners: Cues = cues()  # "27th of January"
    date_line: Cues = cues()  # "Date: 2025-02-27" near the top of a draft

    @property
    def named_days(self) -> tuple[str, ...]:
        """The months' and weekdays' names, and the months' abbreviations: a time named by its
        name ("a name never runs on into one", "an item dated on its own")."""
        return (*self.months, *self.month_abbreviations, *self.weekdays)

    weekdays: Mapping[str, int] = table(
        Number(0, 6, integer=True, message="{what} must be 0 (Monday) to 6")
    )
    weekday_abbreviations: Mapping[str, int] = table(
        Number(0, 6, integer=True, message="{what} must be 0 to 6")
    )
    relative_days: Mapping[str, int] = table(
        Number(-100, 100, integer=True, message="{what} must be a whole number")
    )
    day_before: Cues = cues()  # "the day before"
    day_list_followers: Cues = cues()  # "on April 24 and 25 in ...": the 25 is a day
    same_day: Cues = cues()  # "that day"
    weekday_anaphors: Cues = cues()  # "that Sunday": the day of that name named last
    weekday_followers: Cues = cues()  # "the following Monday": the first after the day named last
    anaphor_adjectives: Cues = cues()  # "that first Saturday": a word between, the same day
    same_day_not_before: Cues = cues()  # "on the day of the sinking": the event's day
    day_after: Cues = cues()  # "the next day"
    offset_units: Mapping[str, int] = table(  # "five days later": days -> 1
        Number(1, 366, integer=True, message="{what} must be a whole number of days")
    )
    offset_directions: Mapping[str, int] = table(  # "later" -> 1, "earlier" -> -1
        Number(-1, 1, integer=True, message="{what} must be -1 or 1")
    )
    offset_articles: Cues = cues()  # "a week earlier": one week
    offset_links: Cues = cues()  # "a day after the march": an event so long before (after) a day
    offset_link_units: Cues = cues()  # "hours after the rally": units of offset_links beside days
    day_edges: Cues = cues()  # "late on Sunday": a day that may run into the next
    to_date: Cues = cues()  # "earlier this month"
    quarters: Mapping[str, int] = table(Number(1, 4, integer=True, message="{what} must be 1 to 4"))
    quarter_words: Cues = cues()
    halves: Cues = cues()
    year_anaphors: Cues = cues()  # "the fourth quarter of that year"
    year_words: Cues = cues()  # "in April last year": the word for a year after a relative word
    year_links: Cues = cues()  # "March of next year": a word between the month and the year
    future: Cues = cues()  # a clause that looks ahead at a time after the word
    future_auxiliaries: Cues = cues()  # ...at any time in it ("In March, it will send")
    past_auxiliaries: Cues = cues()  # "was scheduled": looked ahead once, in the past
    past_relatives: Cues = cues()  # "the fiscal year that began on Feb. 1": a past time
    past_relative_links: Cues = cues()  # ... "on", between the verb and the time
    deadline: Cues = cues()  # "by December"
    since_clause: Cues = cues()  # "since the movement began in January"
    said_that: Cues = cues()  # "said in an address on March 14, that 326 had died"
    aside_openers: Cues = cues()  # ", which says it has 220 million subscribers, turned"
    found_passive: Cues = cues()  # "were found on Aug. 24": when the thing was found, not said
    present_speech: Cues = cues()  # "In March 2023, the ministry says": not when it was said
    level_setters: Cues = cues()  # "cut its rate to 10.75% in July": when the level was set
    level_joiners: Cues = cues()  # "to", "at": between a setter and its level
    issue_verbs: Cues = cues()  # "launched a $139.6 million appeal on Friday": when it was issued
    issue_joiners: Cues = cues()  # "a", "its": between an issuing verb and its figure
    speech_events: Cues = cues()  # "In an interview on Sept. 8, he said": when the source spoke
    speech_event_leads: Cues = cues()  # ...after one of these
    speech_event_joiners: Cues = cues()  # ...before the day: "on"
    speech_event_name_leads: Cues = cues()  # ...and before a name after it: "with Reuters"
    report_nouns: Cues = cues()  # "Friday's close": a time owning one of these dates the figure
    report_anaphors: Cues = cues()  # "gave that figure on Monday": the day it was given
    event_nouns: Cues = cues()  # "The Aug. 8 fire killed 115": the date of the event counted
    count_nouns: Cues = cues()  # "In a preliminary count on March 27,": when the count was made
    future_nouns: Cues = cues()  # "a draft recovery plan submitted in June": a noun, past
    publication_words: Cues = cues()  # "published an estimate of 4,645 in May": a study's time
    early_marks: Cues = cues()  # "a first toll of 19": a figure the draft tells as an early one
    early_report_verbs: Cues = cues()  # "the preliminary count put turnout at 84.1 percent"
    passing_marks: Cues = cues()  # "had briefly reached 170 seats": a figure that did not last
    published: Cues = cues()  # "figures, published on Thursday,": when the report came out
    published_leads: Cues = cues()  # ", published on Monday,": a time's or an agent's lead after it
    made_reports: Cues = cues()  # "the results the commission declared on Nov. 20": a report...
    report_makers: Cues = cues()  # ...one of these verbs made then
    later_words: Cues = cues()  # "the next day, and its toll later rose to four": another time
    day_parts: Cues = cues()  # "On Tuesday evening": part of the time, not of the speaker's name
    day_part_leads: Cues = cues()  # "Late on Sunday the company": part of the time, too
    fiscal_marks: Cues = cues()  # "its fiscal third quarter": no calendar quarter
    coverage_leads: Cues = cues()  # "the revenue Twitter reported for 2021": what it covers
    coverage_fillers: Cues = cues()  # "For all of 2023": words between the lead and the time
    period_ends: Cues = cues()  # "the quarter, which ended Jan. 27,": a period's end, not a saying
    comparison_bases: Cues = cues()  # "5.8 million more than in 2018": no figure's time
    compared_group_leads: Cues = cues()  # "29% lower risk than those infected in 2020"
    comparison_norms: Cues = cues()  # "1,052 more deaths than usual from Sept. 20": no other group
    compared_figure_leads: Cues = cues()  # "below the 67.40 percent recorded in 2019"
    compared_figure_articles: Cues = cues()  # ...the article between the lead and the figure
    compared_figure_bare_leads: Cues = cues()  # "compared with 67.8% at 6:30 p.m.": no article
    comparison_leads: Cues = cues()  # "up 12% on last year": a comparison's base, not a time


@dataclass(frozen=True)
class AttributionWords:
    """How a figure is credited to a source."""

    before_source: Cues = cues()  # "according to NIS"
    after_source: Cues = cues()  # "NIS said"
    after_source_near: Cues = cues()  # weak cues, only right after a name ("put losses at")
    speaker_stops: Cues = cues()  # "before the vote, for ERR, put": an object, not the speaker
    count_tag_leads: Cues = cues()  # ", by Parks Canada's count.": a closing tag after these
    poll_readings: Cues = cues()  # "Datafolha had Lula on 50%": a figure must follow
    citer: Cues = cues()  # "cited by AP": the outlet, not the source
    back_references: Cues = cues()  # "The agency said": the source of an earlier sentence
    noun_back_references: Cues = cues()  # "By the same count": one only before a count's noun
    retroactive: Cues = cues()  # "This is according to X." credits the sentence before
    retroactive_after: Cues = cues()  # "X corroborate these figures"
    negations: Cues = cues()  # a source that denies a figure is not its source
    anonymous: Cues = cues()  # "reportedly": no source
    estimate_nouns: Cues = cues()  # "the NIS's estimate of 300"
    linked_estimate_nouns: Cues = cues()  # "Kantar's September model had": only with a link
    estimate_links: Cues = cues()  # "of", "was": "the ministry's figure was 1.272 million"
    estimate_of: Cues = cues()  # "of": "beating the LSEG consensus of 74 cents" (no owner's 's)
    estimate_places: Cues = cues()  # "in": "22 per cent in the Red C poll": the poll's figure
    estimate_gap_leads: Cues = cues()  # "the ministry's tally on Sunday was": a phrase between
    name_connectors: Cues = cues()  # small words inside a name ("Office for Budget Responsibility")
    leading_words: Cues = cues()  # words dropped in front of an expansion ("the National ...")
    ampersand_words: Cues = cues()  # "and": "Montreal, Maine and Atlantic" is the "&" name
    expansion_glosses: Cues = cues()  # "IDC, or International Data Corp.": may open an expansion
    clause_starts: Cues = cues()  # "... as the Red Crescent said": a speaker starts after these
    not_speakers: Cues = cues()  # "it said", "there were": no speaker
    determiners: Cues = cues()  # "the", "a": may open a speaker's name, not be one
    compared_with: Cues = cues()  # "40.91%, close to the exit poll's estimate": not its source
    possessive_determiners: Cues = cues()  # "Its preliminary estimate": its capital names no one
    own_staff: Cues = cues()  # "his office reported": a person's own staff speaks for the person
    owner_modifiers: Cues = cues()  # "The council's own count passed 5,000"
    reaction_verbs: Cues = cues()  # "the WHO questioned the toll of 44,218": not its figure
    noun_cues: Cues = cues()  # cue words that are nouns after a number ("killed in six states")
    measure_verbs: Cues = cues()  # "recorded in April": a month after one is what was measured
    deed_verbs: Cues = cues()  # "Donors pledged $9 billion": what a name did, not what it said
    result_verbs: Cues = cues()  # "In the second quarter, it reported ...": the quarter's figure
    place_leads: Cues = cues()  # "a firm in East Lansing, Michigan,": a place, then its state
    plural_endings: Cues = cues()  # "exit polls show": after a plural, "show" is its verb
    person_titles: Cues = cues()  # "the mayor": a person
    group_nouns: Cues = cues()  # "the ministry": an organisation
    generic_group_nouns: Cues = cues()  # "the group": whichever body spoke just before
    organisation_kinds: Mapping[str, Cues] = table(CUES)  # groups: "Agency" as "Authority"
    head_synonyms: Mapping[str, Cues] = table(CUES)  # "the force": a speaker named "... Police"
    person_pronouns: Cues = cues()  # "he said": the last person named
    group_pronouns: Cues = cues()  # "its figures": the last organisation named
    cited_as: Cues = cues()  # "Park cited Cho as saying"
    not_speech: Cues = cues()  # "Abductions have added to the anger": a cue word, no speaking
    indefinite_determiners: Cues = cues()  # "a poll released on Dec. 30": no one in particular
    before_verb: Cues = cues()  # "the NIS previously said", "it had said": not part of a name
    object_prepositions: Cues = cues()  # "based on hospital records": a noun, not a verb
    relative_pronouns: Cues = cues()  # ", which maps disasters for FEMA,": no speaker inside
    relative_giver_verbs: Cues = cues()  # "the $68.42 billion that analysts ... had expected"
    relative_giver_auxiliaries: Cues = cues()  # ..."had" before the verb
    relative_subjects: Cues = cues()  # ", which also draws on hospital records,": its subject
    restrictive_relatives: Cues = cues()  # "Lawyers for employees who have sued the firm estimate"
    neutral_modifiers: Cues = cues()  # "the first full assessment" is "the assessment"
    inference_leads: Cues = cues()  # ", meaning about 40 ...": the writer's inference
    other_levels: Cues = cues()  # "the state agriculture department": another body than a
    # national one of that name
    other_body_modifiers: Cues = cues()  # "the rival studio group": not the body named before it
    hearer_verbs: Cues = cues()  # ", told Reuters": the name after them hears, it does not speak
    speech_participles: Cues = cues()  # "X urged calm, saying 300 ...": X speaks
    outlet_kinds: Cues = cues()  # a source of one of these kinds carries others' figures
    gapping: Cues = cues()  # "police counted 87,000 and Occurrence 55,000": the verb left out
    object_markers: Cues = cues()  # "the exit poll for the BBC said": the BBC does not speak
    participle_agents: Cues = cues()  # "supplied by the Park Service": who did that, not a speaker
    relay_joiners: Cues = cues()  # "said that police had estimated": a relayed speaker's figure
    actor_openers: Cues = cues()  # "On Feb. 14, the UN launched": a phrase before the actor
    actor_conjunctions: Cues = cues()  # "And last month the OCC fined"
    actor_aside_openers: Cues = cues()  # "The government, for its part, approved": its aside
    actor_not_verbs: Cues = cues()  # "Boeing and Airbus", "He has 1.2 million": not an actor's
    actor_copulas: Cues = cues()  # "The Kremlin was silent": described, not doing something

    @property
    def definite_determiners(self) -> frozenset[str]:
        """The determiners that are neither indefinite nor possessive ("the"), folded."""
        return (
            self.determiners.folded
            - self.indefinite_determiners.folded
            - self.possessive_determiners.folded
        )


@dataclass(frozen=True)
class PartWords:
    """A figure that is a part of another."""

    before: Cues = cues()  # "Of these, about 8,000"
    list_links: Cues = cues()  # "..., and 99 in Arquata": a list item after a comma and these
    before_alone: Cues = cues()  # "$438 million of that, ...": a part cue only before punctuation
    group_leads: Cues = cues()  # "Among the dead were three crew members": a part of a group...
    group_links: Cues = cues()  # ...named before the link word and the figure
    including: Cues = cues()  # "127, including two officers": a part of the figure before
    all: Cues = cues()  # "all of them": the whole, not a part
    after: Cues = cues()  # "4,000 out of 12,000"
    adjacent: Cues = cues()  # "4,000 of the 12,000"
    restating: Cues = cues()  # "68 of those 105 goals": the whole restates an earlier figure
    named_whole_leads: Cues = cues()  # "209 of the deaths": a part of the deaths counted before
    totals: Cues = cues()  # "... a total of 3,000": a total, not a whole
    listed_totals: Cues = cues()  # "91 in Suzu and 81 in Wajima - 182 between the two cities"
    sum_leads: Cues = cues()  # "..., a combined bill of $30 billion": the sum of the figures before
    sum_tails: Cues = cues()  # "three ... and 37 ..., 40 in all"
    sum_tail_counts_on: Cues = cues()  # "in all but two": no sum tail
    summary_marks: Cues = cues()  # "10 died in Ayacucho and 17 in Juliaca: 27 deaths"
    described_by: Cues = cues()  # "two towns, with 120 and 130 deaths": figures of each thing
    running_totals: Cues = cues()  # "..., bringing the total to 8,716": after a `sum_joins`...
    sum_joins: Cues = cues()  # "2,892 new cases, on top of the 4,824": ...a sum of the figures
    sum_openers: Cues = cues()  # "Together, the two parties hold a combined 303 seats"
    sum_anaphors: Cues = cues()  # "In all, that comes to 2,982": the sum of the sentence before's
    increments: Cues = cues()  # "five more bodies ..., a total of 45": adds to an earlier total
    whole_first: Cues = cues()  # "Of the state's 8.1 million voters, 5.8 million ..."
    anaphors: Cues = cues()  # "That is 15% of ...": the count is the sentence before's
    whole_references: Cues = cues()  # "..., or about 25% of the total": the pair's share
    restatements: Cues = cues()  # "1,074 of the 1,110 ..., or about three-quarters": their ratio
    restatement_dashes: Cues = cues()  # "nearly 94% - some 230,000 votes -": the same, as a count
    share_verbs: Cues = cues()  # "3,200 job cuts ... amount to about 5% of that workforce"
    pronoun_parts: Cues = cues()  # "2,207 structures ..., 86 percent of them homes"
    named_wholes: Cues = cues()  # "..., a third of all crossings": a whole named by its metric
    ratio_leads: Cues = cues()  # "537 deaths, a fatality rate of 10%": a share of two counts
    remainders: Cues = cues()  # "$500 million of those charges ..., the remaining $250 million"
    list_rest: Cues = cues()  # "214: 127 from the left and 81 from the centre, with the rest ..."
    distributive: Cues = cues()  # "one each in Guadeloupe and Canada": a part for several


@dataclass(frozen=True)
class AgeWords:
    """An age, not a count: "children under 15", "under the age of 10"."""

    people: Cues = cues()  # "children", "patients"
    bounds: Cues = cues()  # "under", "aged", after a people word
    before: Cues = cues()  # "the age of", right before the figure
    after: Cues = cues()  # "or older", right after the figure
    compounds: Cues = cues()  # "a 61-year-old teacher": hyphened after the figure, in a name


VAGUE_RANGE = Pair(
    0, 1e15, nullable=True, message="{what}: expected [low, high] with 0 <= low <= high, or null"
)


@dataclass(frozen=True)
class TextWords:
    """Conventions of running text: abbreviations, clauses, parts, rates, things that are not
    figures."""

    abbreviations: Cues = cues()
    clock_abbreviations: Cues = cues()  # "6 p.m." ...
    clock_followers: Cues = cues()  # ... "EST": no sentence ends between them
    vague: Mapping[str, tuple[float, float] | None] = table(
        VAGUE_RANGE,
        message="{what}: expected a mapping of phrase to [low, high] or null",
        item_what="{what} {name!r}",
    )
    not_figures: Cues = cues()
    pronoun_numbers: Cues = cues()  # "one": a number word that may stand for a thing named before
    pronoun_followers: Cues = cues()  # "carry one out", "one is": after it, that word is a pronoun
    pronoun_verb_endings: Cues = cues()  # "one passed", "one showing": a verb form after it
    tally_joiners: Cues = cues()  # "84 votes to 30": the figure after counts the other side
    tally_leads: Cues = cues()  # "voted 160 to 84": a tally, its second figure the other side's
    opposition_words: Cues = cues()  # "49.02% against 45.2%": the figure after is the other side's
    not_hedges: Cues = cues()
    revisions: Cues = cues()
    furniture: Cues = cues()
    part_of: PartWords = setting(Nested(PartWords, "part_of"), PartWords())
    ages: AgeWords = setting(Nested(AgeWords, "ages"), AgeWords())
    not_people: Cues = cues()
    requirements: Cues = cues()  # "the 50% required", "the 272 it would need": a bar, no count
    requirement_leads: Cues = cues()  # ...after one of these ("the")
    requirement_verb_leads: Cues = cues()  # "to mark": a verb, no requirement
    requirement_verbs: Cues = cues()  # "need 5% of the list vote to win list seats": a bar
    requirement_purposes: Cues = cues()  # ...with one of these after it
    shortfalls: Cues = cues()  # "32 seats short of the 272": a gap to a bar, counting nothing
    shortfall_leads: Cues = cues()  # "..., leaving it $9.5 million short of": what led to the gap
    unnamed_wholes: Cues = cues()  # "58.7 percent of those counted": a share of no thing named
    figure_nouns: Cues = cues()  # "a third of the city police figure": a source's figure
    populations: Cues = cues()  # "a country of 38 million": a place's population, no count
    pronoun_leads: Cues = cues()  # "puts it at 80.38 percent": of what the sentence before named
    valuation_verbs: Cues = cues()  # "puts the death toll from the floods at 210": with
    valuation_links: Cues = cues()  # ...one of these right before the figure
    anyone: Cues = cues()  # "72 people": a figure of no group in particular
    rates: Mapping[str, Cues] = table(CUES)
    designators: Cues = cues()
    predicate_modals: Cues = cues()  # "2,500 workers would be affected": a weak cue as the verb
    plural_designators: Cues = cues()  # "Articles 166 and 173": each number listed names a thing
    scale_words: Cues = cues()  # "a magnitude 7.7 quake": a reading on a scale, not a count
    scale_reading_leads: Cues = cues()  # "measured it at magnitude 6.2": a reading a source gives
    object_pronouns: Cues = cues()  # "had him on 47%": the person named before
    pronoun_readers: Cues = cues()  # ...right after one of these
    scope_words: Cues = cues()  # "killed 45 people across the country": about the whole
    ranked_leads: Cues = cues()  # "the two largest parties": before a number picking out by rank
    rankings: Cues = cues()  # ...and right after it
    ranked_after: Cues = cues()  # ...when it follows one of these, or opens a clause
    emergency_numbers: Cues = cues()  # "its 112 emergency line": a number to call
    emergency_number_followers: Cues = cues()  # ...right before one of these
    bullets: Cues = cues()  # list item markers
    list_joiners: Cues = cues()  # "767 and 777": words that join the items of a list
    list_determiners: Cues = cues()  # "the A, the B and the C": a word before each item
    cue_unions: Cues = cues()  # "dead or missing": one figure counts both metrics
    subject_leads: Cues = cues()  # "10.12% for his challenger, X": X is that figure's subject
    restating_determiners: Cues = cues()  # "68 of those 105 goals": 105 said before
    place_anaphors: Cues = cues()  # "35 were killed there": a place named before, not the story's
    aside_relatives: Cues = cues()  # "In Canada, where ...,": an aside describing a place
    respellings: Mapping[str, str] = table(Text(nonempty=True))  # "ö" written "oe": one name
    demonym_endings: Cues = cues()  # "German" of "Germany", "Kenyan" of "Kenya": a place's word
    demonym_dropped: Cues = cues()  # ...the letters a name drops before them ("Keny" + "an")
    clause_words: Cues = cues()  # words that end a clause for metric cues ("and", "but")
    contrasts: Cues = cues()  # ", while ..." starts another clause for attribution
    compared_subject_leads: Cues = cues()  # "43%, well ahead of Torres": Torres is compared
    agent_leads: Cues = cues()  # "12 protesters were shot dead by soldiers": the soldiers did it
    owners_verbs: Cues = cues()  # "the record of 8.3 million set by Atlanta": Atlanta's record
    aside_subject_leads: Cues = cues()  # "..., with the Analamanga region worst hit": an aside
    circumstance_openers: Cues = cues()  # "... lost power when the storm hit"
    elsewhere_words: Cues = cues()  # "... and 99,000 elsewhere"
    clause_openers: Cues = (
        cues()
    )  # ", with ...", ", which ...": a clause a later time phrase belongs to
    conjunctions: Cues = cues()  # "8,000 ... and 6,000": joined parts
    subject_pronouns: Cues = cues()  # ", and they had all left by Jan. 19": a clause of its own
    articles: Cues = cues()  # "an estimated", "a maximum of"
    measure_links: Cues = cues()  # "a margin of 48 votes": the cue before "of" is what it measures
    subject_links: Cues = cues()  # "Turnout in the July 23 election reached 66.59%": its subject's
    predicate_links: Cues = cues()  # "577 pilgrims had died": words between a noun and its verb
    infinitive_marks: Cues = cues()  # "the 2,500 to be added": a passive infinitive's mark
    object_leads: Cues = cues()  # "in 25 areas had all failed": the verb is not the figure's
    irregular_forms: Mapping[str, Cues] = table(CUES)  # "die": [died, dies, dying]
    particle_forms: Mapping[str, Cues] = table(CUES)  # "get in": "get into"
    cue_idioms: Mapping[str, Cues] = table(CUES)  # "held": [to account]: "held 1,190 to account"
    past_endings: Cues = cues()  # "died": a verb in the past, the noun's verb with nothing between
    passive_auxiliaries: Cues = cues()  # "homes damaged" also finds "homes had been damaged"
    speech_passives: Cues = cues()  # "to be certified": before a speaker's verb only
    participles: Cues = cues()  # "jobs cut": past participles with no ending ("were cut")
    not_modified: Cues = cues()  # "inflation could run": a cue opening with one modifies nothing
    owners: Cues = cues()  # "its six centres": a figure after one heads its own noun phrase
    word_number_owners: Cues = cues()  # "the two rivers": so does a number in words after one
    name_number_leads: Cues = cues()  # "on France 2,": a small number closing a name after these
    street_words: Cues = cues()  # "900 Convention Center Blvd.": a house number before a street
    address_leads: Cues = cues()  # ...after one of these ("at", "outside")
    inflections: Mapping[str, Cues] = table(CUES)  # ending -> its replacements ("e": [ed, ing])


def limit(low=0, high=None, integer=True, high_open=False, default=0):
    return setting(Number(low, high, integer=integer, high_open=high_open), default)


@dataclass(frozen=True)
class Limits:
    """Every distance limit and tolerance, named. Characters and words count within one sentence."""

    long_digit_run: int = limit(2, 1000, default=30)
    listed_facts: int = limit(1, 1000, default=8)  # a message lists at most this many facts
    look_back_days: int = limit(0, 10_000, default=31)  # a study's period, over before it
    alias_words: int = limit(1, 20, default=5)  # "the city police figure": a name read in words
    compared_facts: int = limit(8, 100_000, default=200)  # per claim, of each kind of figure
    owner_chars: int = limit(4, 200, default=40)  # "last summer's five heat periods"
    giver_reach_factor: float = limit(1, 1e6, integer=False, default=3)  # "$20 billion" is no $80bn
    giver_figure_min: float = limit(0, 1e12, integer=False, default=100)  # "2 arrested" by chance
    estimate_link_gap_words: int = limit(0, 12, default=4)  # "the ministry's tally on Sunday was"
    aside_chars: int = limit(4, 200, default=60)  # "The prize pot, FIFA says, is": the tag's name
    inflection_min_letters: int = limit(1, 50, default=4)  # shorter cue words are not inflected
    cue_look_back_chars: int = limit(4, 200, default=40)  # "six states": the number before a cue
    credit_look_back_chars: int = limit(8, 1000, default=120)  # "44,218 (AFAD)": figure before "("
    actor_label_chars: int = limit(1, 80, default=24)  # "- Sept. 23: Boeing offers 30%"
    actor_opener_words: int = limit(0, 12, default=4)  # "On Feb. 14 it launched ..."
    actor_intro_words: int = limit(0, 20, default=8)  # "Hours after the visit, the UN ..."
    actor_bracket_chars: int = limit(1, 80, default=12)  # "the Federation (IFRC) released"
    actor_aside_words: int = limit(1, 12, default=3)  # "The government, for its part, approved"
    max_figure: float = limit(1, 1e300, integer=False, default=1e15)
    year_min: int = limit(1, 9999, default=1800)
    year_max: int = limit(1, 9999, default=2099)
    rate_reach_chars: int = limit(1, 1000, default=60)
    rate_reach_words: int = limit(0, 100, default=6)
    hedge_chain: int = limit(1, 10, default=3)
    hedge_reach_chars: int = limit(1, 10_000, default=200)
    hedge_after_chars: int = limit(1, 1000, default=25)
    things_after_chars: int = limit(1, 1000, default=30)
    idiom_reach_chars: int = limit(1, 1000, default=40)  # "held 1,190 people to account"
    metric_before_words: int = limit(0, 100, default=3)
    subject_cue_words: int = limit(0, 100, default=8)
    subject_opening_words: int = limit(0, 100, default=4)
    description_words: int = limit(1, 100, default=2)
    metric_after_words: int = limit(0, 100, default=8)
    money_cue_words_before: int = limit(0, 100, default=2)
    money_cue_words_after: int = limit(0, 100, default=2)
    part_cue_gap_words: int = limit(0, 100, default=2)
    part_cue_words: int = limit(0, 100, default=4)
    part_touching_words: int = limit(1, 100, default=16)  # an adjacent cue, owner and hedge at most
    part_between_words: int = limit(0, 100, default=8)
    share_verb_words: int = limit(0, 200, default=24)  # a count ... "amount to" a share
    part_out_of_whole_words: int = limit(0, 100, default=3)  # "out of the roughly 8,000"
    part_out_of_words: int = limit(0, 100, default=12)  # "some 5,600 had been sent back across the
    # border, out of the roughly 8,000": words between a part and a part cue before its whole
    joined_part_words: int = limit(0, 100, default=6)
    part_over_whole: float = limit(1, 1000, integer=False, default=2.0)
    # a figure this many times above or below every reference figure of what it was read to count
    # is more likely a misreading than a wrong figure: its findings say so, a step lower
    far_factor: float = limit(2, 1e9, integer=False, default=20.0)
    # a figure of this many digits or more, the named source's figure with two neighbouring digits
    # swapped ("12,082" for 12,802), is that figure mistyped
    transposed_min_digits: int = limit(2, 100, default=4)
    # ...and this many when it is the source's figure of the claim's own metric and subject
    transposed_own_min_digits: int = limit(2, 100, default=3)
    sentence_chars: int = limit(200, 100_000, default=1000)
    shout_letters: int = limit(1, 1000, default=12)
    shout_share: float = limit(0, 1, integer=False, default=0.8)
    dateline_credit_chars: int = limit(1, 1000, default=40)
    date_line_chars: int = limit(1, 1_000_000, default=2000)
    date_line_lines: int = limit(0, 100, default=3)
    date_line_tail_chars: int = limit(0, 1000, default=20)
    upcoming_days: int = limit(0, 366, default=7)
    weekday_window_days: int = limit(0, 366, default=183)
    story_days: int = limit(0, 366, default=31)  # a look-back day is this near a figure's date
    anchor_span_days: int = limit(1, 31, default=2)  # "that night" after "April 30 to May 1"
    anchor_paragraphs: int = limit(0, 1000, default=2)  # "that day": a day this few paragraphs back
    level_gap_days: int = limit(1, 3660, default=180)  # one-day figures this far apart are levels
    report_lag_days: int = limit(0, 366, default=1)  # a count may be published this long after
    month_end_reach_days: int = limit(0, 30, default=6)  # a body's month may close this early
    repeat_days: int = limit(0, 3660, default=3)  # a source said to give a figure this long
    # after it did may be repeating it: a note, not a warning
    current_span_days: int = limit(0, 366, default=31)  # "by mid-September": a short time's count
    history_days: int = limit(0, 36600, default=366)  # a time this long before the draft's is past
    compared_figure_words: int = limit(0, 20, default=3)  # "above the previous record of 14.7
    # feet set in 1957": words between a comparison's article and the figure compared with
    requirement_words: int = limit(0, 20, default=3)  # "the 272 it would need": words between
    shortfall_words: int = limit(0, 20, default=6)  # "300 soldiers were deployed, 36 short of"
    total_qualifier_words: int = limit(0, 20, default=6)  # "bringing the death toll from the fire
    # to 71": words between a total's noun and "to"
    event_reach_days: int = limit(0, 3660, default=366)  # how long before its as_of an event was
    event_lead_days: int = limit(0, 3660, default=7)  # how long before the first figure about an
    # event the event may be
    cue_reach_chars: int = limit(1, 1000, default=60)
    cue_words: int = limit(0, 100, default=3)
    back_reference_words: int = limit(0, 100, default=2)
    said_time_words: int = limit(0, 100, default=2)
    tag_tail_words: int = limit(0, 100, default=4)
    quoted_term_words: int = limit(0, 20, default=3)  # '"zero COVID"': a term, not a figure
    owner_part_words: int = limit(0, 100, default=4)
    said_object_words: int = limit(0, 100, default=3)  # "certified its count on March 10"
    report_maker_words: int = limit(0, 20, default=6)  # "the results the commission declared on"
    report_maker_chars: int = limit(1, 1000, default=160)  # ...and this close to the day
    anyones_figure_digits: int = limit(1, 20, default=2)  # "€147 million": an amount no one is
    # credited with, of this many significant digits, takes the metric the reference set has it of
    carried_subject_digits: int = limit(1, 20, default=3)  # "the count reached 5,209": a
    # figure the reference set has, this precise, of other subjects only is not the one carried,
    # nor one a cue names that the set has no figure of its metric for
    event_clause_words: int = limit(0, 20, default=6)  # "the quake that struck in the early hours
    # of Aug. 24": words of an event's relative clause before the time that dates the event
    event_clause_chars: int = limit(1, 1000, default=120)  # ...looked for this far back
    said_time_chars: int = limit(1, 1000, default=40)
    said_clause_chars: int = limit(1, 1000, default=60)
    time_after_bonus_chars: int = limit(0, 1000, default=12)
    citer_chars: int = limit(1, 1000, default=20)
    speaker_words: int = limit(1, 100, default=12)
    name_reach_chars: int = limit(100, 100_000, default=600)  # a name's start: looked for here
    cue_span_chars: int = limit(10, 10_000, default=200)  # longer than any cue or clause mark
    speaker_label_chars: int = limit(1, 1000, default=60)
    lead_cue_chars: int = limit(1, 1000, default=40)
    carry_window: int = limit(0, 1000, default=3)
    heading_words: int = limit(0, 1000, default=8)
    similarity: float = limit(0, 1, integer=False, default=0.8)
    phrase_similarity: float = limit(0, 1, integer=False, default=0.9)
    cased_name_similarity: float = limit(0, 1, integer=False, default=0.8)
    retyped_min_words: int = limit(2, 100, default=3)
    retyped_across_min_words: int = limit(2, 100, default=4)
    reworded_same_letters: int = limit(1, 100, default=2)
    one_word_off_shared: int = limit(1, 100, default=2)
    owner_kept_margin: float = limit(0, 1, integer=False, default=0.15)
    day_list_days: int = limit(1, 31, default=7)
    misspelling_min_letters: int = limit(1, 100, default=5)
    acronym_min_letters: int = limit(2, 100, default=4)
    age_max: int = limit(1, 1000, default=120)
    subject_mix_chars: int = limit(0, 1000, default=16)
    subject_list_chars: int = limit(0, 1000, default=40)  # ", New Mexico, Ohio and"
    phrase_alias_min_chars: int = limit(1, 1000, default=10)
    consistency_tolerance: float = limit(0, 1, integer=False, high_open=True, default=0.1)
    upper_bound_tolerance: float = limit(0, 1, integer=False, high_open=True, default=0.01)
    rounding: float = limit(0, 1, integer=False, high_open=True, default=0.02)
    truncation_step: float = limit(0, 1, integer=False, high_open=True, default=0.01)
    rounded_min_step: int = limit(1, 10**12, default=1000)  # "481,000": zeros read as rounding
    share_points: float = limit(0, 100, integer=False, default=3.0)  # a hedged share's reach
    sum_sentences: int = limit(0, 1000, default=2)
    anaphor_gap_sentences: int = limit(0, 100, default=1)  # "That is a third of the cargo":
    # sentences with no figure it may point back past
    share_part_paragraphs: int = limit(0, 100, default=1)  # "The cuts will affect roughly 9% of
    # its workforce": how many paragraphs back the cuts may be given
    whole_paragraphs: int = limit(0, 1000, default=1)  # "... of all crossings": paragraphs back
    subject_lead_words: int = limit(0, 100, default=5)  # "10.12% for his challenger, X"
    sum_candidates: int = limit(1, 100, default=2)
    compare_window: int = limit(1, 100_000, default=50)
    echo_sentences: int = limit(0, 1000, default=1)
    echo_subject_words: int = limit(0, 100, default=2)
    echo_candidates: int = limit(1, 100, default=4)
    relative_aside_chars: int = limit(0, 1000, default=120)
    quote_chars: int = limit(20, 10_000, default=300)

    def in_years(self, value: float) -> bool:
        """Is a four-digit number in the span that is read as years ("in 2024")?"""
        return self.year_min <= value <= self.year_max


LANGUAGE_SECTIONS = {
    "numbers": NumberWords,
    "time": TimeWords,
    "attribution": AttributionWords,
    "text": TextWords,
    "limits": Limits,
}
