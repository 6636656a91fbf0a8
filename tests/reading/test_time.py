import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.periods import label_span
from checker.reading.time import find_periods

BASE = dt.date(2025, 2, 27)


@pytest.mark.parametrize(
    "text, label",
    [
        ("soldiers withdrawn in January", "2025-01"),
        ("deployed last year", "2024"),
        ("since October", "2024-10-01/2025-02-27"),
        ("since 2024", "2024-01-01/2025-02-27"),
        ("this year", "2025"),
        ("last month", "2025-01"),
        ("mid-January", "2025-01-11/2025-01-20"),
        ("late January", "2025-01-21/2025-01-31"),
        ("by the end of January", "2025-01-31"),
        ("at the end of February 2024", "2024-02-29"),  # the month's last day, not the 31st
        ("last winter", "2023-12-01/2024-02-29"),
        ("in early February", "2025-02-01/2025-02-10"),
        ("since mid-January", "2025-01-11/2025-02-27"),
        ("last fall it sent", "2024-09-01/2024-11-30"),
        ("in June 2024", "2024-06"),
        ("invasion in 2022", "2022"),
        # a bare year with no cue before it, right before a relative word ("when") it dates
        ("the images recalled 2022, when floods killed 1,700", "2022"),
        ("the images recalled 2022 when floods killed 1,700", "2022"),
        ("on February 27", "2025-02-27"),
        ("sent between January and February, transported", "2025-01-01/2025-02-28"),
        ("from October to December", "2024-10-01/2024-12-31"),
        ("sent troops in October and November", "2024-10-01/2024-11-30"),
        ("fired since the start of 2024", "2024-01-01/2025-02-27"),
        ("captured on Jan. 9", "2025-01-09"),
        # two days of one month: both of them, ending its phrase or before a small word
        ("in a survey conducted Feb. 2 and 3, the paper found", "2025-02-02/2025-02-03"),
        ("in a survey conducted Feb. 2-3.", "2025-02-02/2025-02-03"),
        ("a survey conducted Jan. 15 and 16 with its reporters", "2025-01-15/2025-01-16"),
        # ...not a figure after it, nor a day before the first
        ("seven on Jan. 15 and 16 people later", "2025-01-15"),
        ("seven on Jan. 15 and 3, it said", "2025-01-15"),
        ("300 killed on Jan. 3 and 25 in the days after", "2025-01-03"),
        # a month after "last" is the last one before the draft's month, "next" the first after
        ("made public last February, it said", "2024-02"),
        ("made public last January, it said", "2025-01"),
        ("due next February, it said", "2026-02"),
        ("due next March, it said", "2025-03"),
    ],
)
def test_resolves_against_draft_date(lexicon, text, label):
    [period] = find_periods(text, BASE, lexicon)
    assert period.label == label


@pytest.mark.parametrize(
    "text, base, label",
    [
        # a span whose start, in the draft's year, would fall after its end started a year earlier
        ("died between May 30 and Sept. 4 last year", "2023-07-10", "2022-05-30/2022-09-04"),
        # ... the year after the span is both ends' year, whatever the draft's date
        ("died between May 30 and Sept. 4 last year", "2023-12-04", "2022-05-30/2022-09-04"),
        # a month with a year named from the draft's ("in April last year", "March of next year")
        ("found in April last year that 59 had died", "2024-04-30", "2023-04"),
        ("died on April 3 last year", "2024-04-30", "2023-04-03"),
        ("due in March of next year", "2024-04-30", "2025-03"),
        # a span whose end alone names a year: the start is in that year too (a year earlier if
        # it would fall after the end)
        ("died from Sept. 20 through Oct. 31, 2017", "2018-09-14", "2017-09-20/2017-10-31"),
        ("died between Sept. 20 and Oct. 31, 2017", "2018-09-14", "2017-09-20/2017-10-31"),
        ("died from September through December 2017", "2018-09-14", "2017-09-01/2017-12-31"),
        ("died from December through February 2018", "2018-09-14", "2017-12-01/2018-02-28"),
        # ...not a relative start or a weekday: those keep their own year
        ("suspended from Monday to Dec. 31, 2026", "2025-06-10", "2025-06-09/2026-12-31"),
        # a span over the new year, with no year named, ends in the draft's year
        ("killed between Nov. 30 and Feb. 4", "2024-01-10", "2023-11-30/2024-02-04"),
        # "was scheduled" looked ahead from a day now past; "is scheduled" looks ahead from today
        ("$100 billion was scheduled to go out on March 10", "2023-12-04", "2023-03-10"),
        ("$100 billion is scheduled to go out on March 10", "2023-12-04", "2024-03-10"),
        ("$100 billion was originally scheduled to go out on March 10", "2023-12-04", "2023-03-10"),
        # a future word before the time looks ahead; after it, it says nothing of it...
        ("opened the talks in September seeking a 7% raise", "2024-12-11", "2024-09"),
        ("In September the group cut its forecast to 5.6%", "2024-12-11", "2024-09"),
        ("the group plans to cut 5,000 jobs by September", "2024-12-11", "2025-09"),
        # ...a future word that is a noun a relative clause describes looks nowhere ("a plan
        # that ...", "its forecast, which ..."), but "the plan to cut" still looks ahead
        ("a plan that the group in September put at $5.5 billion", "2024-12-11", "2024-09"),
        ("its forecast, which the group in September put at 5.6%", "2024-12-11", "2024-09"),
        # ...and so is one a past participle describes, two words after its determiner at most
        ("a draft recovery plan submitted to Congress in June", "2018-09-14", "2018-06"),
        ("its sales forecast published in September put it at 5.6%", "2024-12-11", "2024-09"),
        # ...but a future verb still looks ahead, whatever follows it
        ("The agency forecasts that 300,000 could need aid by March", "2024-11-10", "2025-03"),
        ("The company expects reduced output of 5,000 units in March", "2024-11-10", "2025-03"),
        ("the plan to cut 5,000 jobs by September", "2024-12-11", "2025-09"),
        ("its target of 5,000 jobs by September", "2024-12-11", "2025-09"),
        # ...and so is one whoever made it and a past verb follow (a relative clause without its
        # pronoun): "a plan Nike announced on Dec. 21", in a draft of Feb. 15
        ("a plan Nike announced on Dec. 21 to save up to $2 billion", "2024-02-15", "2023-12-21"),
        ("the target it announced in November to cut 300 jobs", "2024-02-15", "2023-11"),
        # ...but a future word with no past verb after it still looks ahead
        ("a plan to save up to $2 billion by Dec. 21", "2024-02-15", "2024-12-21"),
        # ...nor a future word that is a word of a name ("New Hope", "Target")
        ("the storm came ashore near New Hope on Oct. 28", "2025-11-21", "2025-10-28"),
        ("shoppers at Target on Nov. 28 bought 5,000 sets", "2025-12-10", "2025-11-28"),
        ("shoppers hope on Nov. 28 to buy 5,000 sets", "2025-12-10", "2026-11-28"),
        # ...a capital after a dash, a colon, a bracket or a line break opens a clause
        ("LAHORE -- Expected to reopen on Nov. 28, the bridge", "2025-12-10", "2026-11-28"),
        ("The timeline: Expected to reopen on Nov. 28", "2025-12-10", "2026-11-28"),
        ("(Expected to reopen on Nov. 28)", "2025-12-10", "2026-11-28"),
        ("Bridge works\nExpected to reopen on Nov. 28", "2025-12-10", "2026-11-28"),
        # ...but a future auxiliary looks ahead wherever it stands
        ("In March the ministry will send 300 more", "2024-12-11", "2025-03"),
        # ...save at a time in a past relative clause after it ("the year that began on Feb. 1")
        ("expects $34.5 billion in the year that began on Feb. 1", "2023-03-02", "2023-02-01"),
        ("will report the quarter which ended on Jan. 31", "2023-03-02", "2023-01-31"),
        ("expects $34.5 billion in the year that begins on Feb. 1", "2023-03-02", "2024-02-01"),
        # ...not a past verb elsewhere in the clause: the time is not in that relative clause
        ("will hire 5,000 workers who were laid off by September", "2024-06-10", "2024-09"),
        # the day of the week before a date tells its year: Jan. 3 was a Wednesday in 2024
        ("walk out on Wednesday, Jan. 3, for six days", "2024-01-02", "2024-01-03"),
        # ...within half a year of the draft's date: a wrong day's name moves no date a year
        ("police said on Friday, March 3, that 40 died", "2024-03-10", "2024-03-03"),
        # ...and "Sun" without its full stop may be a newspaper
        ("The Sun, Jan. 3, reported 40 deaths", "2022-01-02", "2022-01-03"),
        ("on Wed. Jan. 3 they struck", "2024-01-02", "2024-01-03"),
        ("on Wednesday, Dec. 27, 12 people died", "2024-01-02", "2023-12-27"),
        # a day a few days after the draft's date is the coming one (limits: upcoming_days)
        ("the walkout on Jan. 3", "2024-01-02", "2024-01-03"),
        ("the walkout on Jan. 1", "2023-12-28", "2024-01-01"),
        ("the walkout on Jan. 30", "2024-01-02", "2023-01-30"),
    ],
)
def test_resolves_against_other_draft_dates(lexicon, text, base, label):
    periods = find_periods(text, dt.date.fromisoformat(base), lexicon)
    assert periods[0].label == label


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a day without its year after one with it: the year that puts it nearest that one
        (
            "On Sept. 10, 2008, the firm announced a loss for the three months to Aug. 31.",
            ["2008-09-10", "2008-08-31"],
        ),
        ("On Dec. 28, 2019, it said that by Jan. 3 the toll was 40.", ["2019-12-28", "2020-01-03"]),
        # ...and with none, the latest before the draft's date, as ever
        ("The firm announced a loss for the three months to Aug. 31.", ["2009-08-31"]),
    ],
)
def test_a_day_without_its_year_takes_the_year_of_a_day_with_it(lexicon, text, labels):
    periods = find_periods(text, dt.date(2010, 3, 12), lexicon)
    assert [p.label for p in periods if "month" not in p.text] == labels


@pytest.mark.parametrize(
    "text",
    [
        "it may rise",
        "no time here",
        "the 2024 troops",
        "it sent 2024, and more",
        # an amount before "when" is no year
        "each family got $2000 when the river crested",
        "the level stood at 2000.5 when the river crested",
    ],
)
def test_no_period(lexicon, text):
    assert find_periods(text, BASE, lexicon) == []


def test_relative_expressions_need_a_draft_date(lexicon):
    assert find_periods("last year and in January", None, lexicon) == []
    assert [p.label for p in find_periods("in June 2024", None, lexicon)] == ["2024-06"]


@pytest.mark.parametrize(
    "label, first, last",
    [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2025-01-27", "2025-01-27", "2025-01-27"),
        ("2024-09-01/2024-11-30", "2024-09-01", "2024-11-30"),
        ("2024-09/2024-11", "2024-09-01", "2024-11-30"),
    ],
)
def test_label_span(lexicon, label, first, last):
    assert label_span(label) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize(
    "label", ["2025-13", "2025-02-30", "last year", "2025/2024", "", "2024/2025/2026"]
)
def test_label_span_rejects_malformed(lexicon, label):
    assert label_span(label) is None


def test_since_needs_a_draft_date(lexicon):
    assert find_periods("since October 2024", None, lexicon) == []


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_relative_periods_hold_for_any_draft_date(lexicon, base):
    def one(text):
        [period] = find_periods(text, base, lexicon)
        return period

    last_fall, since, last_year = one("last fall"), one("since October"), one("last year")
    assert last_fall.start.month == 9 and last_fall.end.month == 11 and last_fall.end < base
    assert since.end == base and since.start.month == 10 and since.start <= base
    assert (last_year.start, last_year.end) == (
        dt.date(base.year - 1, 1, 1),
        dt.date(base.year - 1, 12, 31),
    )
    assert label_span(last_fall.label) == (last_fall.start, last_fall.end)


@pytest.mark.parametrize(
    "text, base",
    [
        ("last winter", dt.date(1, 1, 1)),
        ("next year", dt.date(9999, 12, 31)),
        ("since October", dt.date(1, 1, 5)),
        ("last month", dt.date(1, 1, 1)),
    ],
)
def test_out_of_range_dates_stay_unresolved(lexicon, text, base):
    assert find_periods(text, base, lexicon) == [] or all(
        p.start <= p.end for p in find_periods(text, base, lexicon)
    )


WEDNESDAY = dt.date(2026, 3, 18)


@pytest.mark.parametrize(
    "text, label",
    [
        ("rose on Tuesday", "2026-03-17"),
        ("fell on Wednesday", "2026-03-18"),  # the draft's own day
        ("on Saturday", "2026-03-14"),
        ("last Wednesday", "2026-03-11"),
        ("yesterday", "2026-03-17"),
        ("last week", "2026-03-09/2026-03-15"),
        ("earlier this month", "2026-03-01/2026-03-18"),
        ("so far this year", "2026-01-01/2026-03-18"),
        ("earlier in March", "2026-03-01/2026-03-18"),
        # the day first, as British copy writes it
        ("died on 14 June 2017", "2017-06-14"),
        ("died on 14 March", "2026-03-14"),
        ("died on Saturday 14 March", "2026-03-14"),
        # ...not the last day of a span of days, nor a day the month does not have
        ("died between 1 and 14 June 2017", "2017-06"),
        ("died on 1-14 June 2017", "2017-06"),
        ("died on 31 February 2023", "2023-02"),
        # ...with a year after the month, that month (not a count after a comma)
        ("earlier in July 2020", "2020-07"),
        ("earlier in July, 2020 troops were sent", "2025-07"),
        ("in the fourth quarter", "2025-10-01/2025-12-31"),
        ("in Q1", "2026-01-01/2026-03-31"),
        ("in the first half", "2026-01-01/2026-06-30"),
        ("in the second half", "2025-07-01/2025-12-31"),
        # the halves are numbered by the language pack's quarter ordinals, numerals too
        ("in the 2nd half of 2024", "2024-07-01/2024-12-31"),
        ("in the 1st half of that year", "2026-01-01/2026-06-30"),
        ("plans to hire 15,000 teachers by December", "2026-12"),
        ("hired 15,000 teachers in December", "2025-12"),
        ("since the movement began in January", "2026-01-01/2026-03-18"),
    ],
)
def test_wire_copy_times(lexicon, text, label):
    assert [p.label for p in find_periods(text, WEDNESDAY, lexicon)] == [label]


def test_the_day_before_counts_from_the_last_day_named(lexicon):
    found = find_periods(
        "gained 1.8% on Tuesday after losing 2.2% the day before", WEDNESDAY, lexicon
    )
    assert [p.label for p in found] == ["2026-03-17", "2026-03-16"]


@pytest.mark.parametrize(
    "text, date",
    [
        ("Date: Sept. 16, 2023\nBody", dt.date(2023, 9, 16)),
        ("Published March 10, 2023 at 9:14 a.m.\nBody", dt.date(2023, 3, 10)),
        ("date: 16 September 2023\n", dt.date(2023, 9, 16)),
        ("Posted: Oct 21, 2024 11:40 AM PDT\n\nBody", dt.date(2024, 10, 21)),
        ("Posted 2023-03-24 08:15 CET\n\nBody", dt.date(2023, 3, 24)),
        ("Updated Sat 6 Jul 2024 09.02 BST\nBody", dt.date(2024, 7, 6)),
        ("Updated 18 September 2023, 07:40 BST\nBody", dt.date(2023, 9, 18)),
        # a line that is only a date
        ("Wednesday, November 6, 2024\n\nTHE AEROSPACE LETTER", dt.date(2024, 11, 6)),
        ("July 6, 2024\n\nStarmer's landslide", dt.date(2024, 7, 6)),
        # a date closing a header line, after a dash or bar or a date-line word
        ("THE MEXICO BRIEF -- Thursday, Aug. 29, 2024\n\nGood morning.", dt.date(2024, 8, 29)),
        # a date, a separator, then the time of day
        ("Sept. 2, 2023 | 6:15 PM IST\n\nCBI charges three railway staff.", dt.date(2023, 9, 2)),
        # whatever follows a bar after the date, and a longer date after a bar
        ("January 28, 2021 | Updated 1:20 PM IST\n\nFarm protests.", dt.date(2021, 1, 28)),
        ("Live updates | Monday 11 August 2025, 10:20 Beijing time\n\nText.", dt.date(2025, 8, 11)),
        ("The Evening Report | July 6, 2024\n\nBody", dt.date(2024, 7, 6)),
        ("Evening Report (transcript), broadcast June 7, 2024\n\nHOST:", dt.date(2024, 6, 7)),
        # a numeric date, day or month first when one of the two is past 12; not when both could be
        ("Published 21/08/2023 06:30 AEST\n\nBody", dt.date(2023, 8, 21)),
        ("Posted 08/21/2023\n\nBody", dt.date(2023, 8, 21)),
        ("Posted 08/07/2023\n\nBody", None),
        # a date inside a sentence is not the draft's, nor one a headline's words run on to
        ("Strikes began on July 6, 2024 and spread.\n", None),
        ("Floods - the rains that began on July 6, 2024 and spread\n\nBody", None),
        ("Derna, Libya\n\nA documentary on the dams first aired Sept. 3, 2021.\n", None),
        ("Title\n\nMore\n\nEven more\n\nJuly 6, 2024\n", None),
    ],
)
def test_date_lines_in_prose(lexicon, text, date):
    from checker.reading.time import draft_date

    assert draft_date(text, lexicon) == date


@pytest.mark.parametrize(
    "text, near, date",
    [
        # a wire dateline's day takes the year nearest the reference set's figures
        ("LAHAINA, Hawaii, Aug. 22 (AP) -- Text", (dt.date(2023, 8, 11),), dt.date(2023, 8, 22)),
        ("SEATTLE, Nov 5 (Reuters) - Text", (dt.date(2024, 10, 23),), dt.date(2024, 11, 5)),
        # a place in title case, as some wires write it
        ("New Delhi, Dec 10 (PTI) Text", (dt.date(2021, 11, 19),), dt.date(2021, 12, 10)),
        # the day before the month, with its year or without
        ("BRASILIA, 25 November 2022 -\n\nText", (), dt.date(2022, 11, 25)),
        ("PARIS, 8 March (Reuters) - Text", (dt.date(2024, 3, 1),), dt.date(2024, 3, 8)),
        ("In September, the union said", (dt.date(2021, 11, 19),), None),
        # a place with a capital outside ASCII
        (
            "VIÑA DEL MAR, Chile, Feb. 5 (Reuters) -- Text",
            (dt.date(2024, 2, 4),),
            dt.date(2024, 2, 5),
        ),
        ("SÃO PAULO, May 6 (AP) — Text", (dt.date(2024, 5, 1),), dt.date(2024, 5, 6)),
        ("LONDON, Jan. 1 (Reuters) -- Text", (dt.date(2024, 12, 31),), dt.date(2025, 1, 1)),
        # without a reference set: the latest such day by today
        ("PARIS, March 8 (Reuters) - Text", (), dt.date(2026, 3, 8)),
        ("PARIS, Dec. 8 (Reuters) - Text", (), dt.date(2025, 12, 8)),
        # a dateline with its year, and a dash with no credit, whatever the reference set
        (
            "DHAKA, Bangladesh, July 30, 2024 --\n\nText",
            (dt.date(2025, 2, 1),),
            dt.date(2024, 7, 30),
        ),
        ("NAIROBI, Kenya, June 26 — Text", (dt.date(2024, 6, 20),), dt.date(2024, 6, 26)),
        ("DHAKA, Bangladesh, July 30, 2024 — Text", (), dt.date(2024, 7, 30)),
        # a dateline with two places
        ("GENEVA/KINSHASA, Sept. 19 (AP) — Text", (dt.date(2024, 9, 1),), dt.date(2024, 9, 19)),
        # not a dateline: a sentence that starts with a place and a date
        ("PARIS, July 30 was hot. Text", (), None),
        # a numeric date either way round: the reading nearer the reference set's figures
        ("Posted 05/06/2016 04:12 PM\n\nText", (dt.date(2016, 5, 4),), dt.date(2016, 5, 6)),
        ("Posted 05/06/2016 04:12 PM\n\nText", (dt.date(2016, 6, 1),), dt.date(2016, 6, 5)),
        ("Posted 05/05/2016\n\nText", (), dt.date(2016, 5, 5)),
        # a dateline after the headline
        (
            "Microsoft's bumper quarter sharpens questions\n\nREDMOND, Wash., July 31 -- Text",
            (dt.date(2025, 7, 30),),
            dt.date(2025, 7, 31),
        ),
        (
            "Headline\n\nSEATTLE, Nov 5 (Reuters) - Text",
            (dt.date(2024, 10, 23),),
            dt.date(2024, 11, 5),
        ),
        # ...its place in capitals: "Since Tuesday, Jan. 7 —" under a headline is a sentence
        ("Headline\n\nSince Tuesday, Jan. 7 — when it began — 300 died.", (), None),
        # ...not in the body, past the first lines
        ("Headline\n\nText.\n\nMore text.\n\nSEATTLE, Nov 5 (Reuters) - Text", (), None),
    ],
)
def test_wire_datelines_without_a_year(lexicon, text, near, date):
    from checker.reading.time import draft_date

    assert draft_date(text, lexicon, near, today=dt.date(2026, 12, 1)) == date


def _as_of(lexicon, text, date):
    from checker.inputs import Document
    from checker.reading import extract

    doc = Document.from_text(text, "draft.txt", date)
    return [(c.text, c.as_of) for c in extract(doc, lexicon, "north-korean-troops")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "that day" is the last day named, in an earlier sentence too
        (
            "On March 7, police counted 1,280 protesters. In Paris that day 81,000 marched.",
            [("1,280", "2023-03-07"), ("81,000", "2023-03-07")],
        ),
        (
            "On March 7, police counted 1,280 protesters. The next day 81,000 marched.",
            [("1,280", "2023-03-07"), ("81,000", "2023-03-08")],
        ),
        # a time after a later figure that a comparison word leads dates that figure only
        (
            "Turnout was 65.79 percent, a little below the 67.40 percent recorded in 2019.",
            [("65.79 percent", None), ("67.40 percent", "2019")],
        ),
        (
            "Turnout was 65.79 percent, up from 61.2 percent in 2019.",
            [("65.79 percent", None), ("61.2 percent", "2019")],
        ),
        # a time after the figure in its own clause dates it, over one in an earlier clause...
        (
            "More than 200 had been killed by Tuesday, the agency said, a sharp rise from the 14 "
            "deaths that the country's defence ministry had first confirmed on March 2.",
            [("200", "2023-03-28"), ("14", "2023-03-02")],
        ),
        # ...when it dates the verb of whoever gave or counted it, not an event
        (
            "The ministry, in a statement on Tuesday, said 200 people had been killed in the "
            "unrest that began after the election on March 2.",
            [("200", "2023-03-28")],
        ),
        # ...nor past a comparison, whose time is its base's
        (
            "The ministry said 146,062 cases had been recorded from January through March 20, "
            "98% more than in the same stretch of 2022.",
            [("146,062", "2023-01-01/2023-03-20"), ("98%", "2023-01-01/2023-03-20")],
        ),
        # ...but not over one that opens the sentence, which dates every clause of it
        (
            "By Tuesday, the agency said, 200 had been killed in villages flooded on March 2.",
            [("200", "2023-03-28")],
        ),
        # the base of a comparison dates no figure ("on the same period of 2022")
        (
            "Arrivals reached 130,000, an increase of 83% on the same period of 2022.",
            [("130,000", None), ("83%", None)],
        ),
        ("Arrivals rose 83% from the same period last year.", [("83%", None)]),
        # past ", which", a time right after a verb of giving dates the figure given
        (
            "The ministry's estimate of 40,000, which the minister gave on March 22, was low.",
            [("40,000", "2023-03-22")],
        ),
        # ... not any clause: ", which" and no verb of giving
        (
            "The ministry counted 40,000, which made March 22 the worst day.",
            [("40,000", None)],
        ),
        # ... but "more than" before the next figure, or "against" with no "the", compares nothing
        (
            "Strikes killed 12 people and damaged more than 300 homes on Tuesday.",
            [("12", "2023-03-28"), ("300", "2023-03-28")],
        ),
        (
            "They launched 50 drones against 3 regions on Tuesday.",
            [("50", "2023-03-28"), ("3", "2023-03-28")],
        ),
        # ... but not one of a list: "last fall" and "in January" each date their own
        (
            "They sent 10,000 last fall and 3,000 more in January.",
            [("10,000", "2022-09-01/2022-11-30"), ("3,000", "2023-01")],
        ),
        # ... nor one after the next figure in a phrase like one the figure has ("on Election
        # Day", no date to read): that figure's (not "300 homes ... on Tuesday", which dates both)
        (
            "Metro recorded 570,557 trips on Election Day and 1,001,613 on March 4.",
            [("570,557", None), ("1,001,613", "2023-03-04")],
        ),
        (
            "Metro recorded 570,557 trips and 1,001,613 riders on March 4.",
            [("570,557", "2023-03-04"), ("1,001,613", "2023-03-04")],
        ),
        (
            "The flood killed 12 people and injured 40 people on Tuesday.",
            [("12", "2023-03-28"), ("40", "2023-03-28")],
        ),
        (
            "On March 7, police counted 1,280 protesters. That evening 81,000 marched.",
            [("1,280", "2023-03-07"), ("81,000", "2023-03-07")],
        ),
        (
            "On March 7, police counted 1,280 protesters. Before midnight the union said 81,000 "
            "had marched.",
            [("1,280", "2023-03-07"), ("81,000", "2023-03-07")],
        ),
        # "that Tuesday" is the day named before, when it was a Tuesday
        (
            "On Tuesday, March 7, police counted 1,280 protesters. On that Tuesday alone 81,000 "
            "marched.",
            [("1,280", "2023-03-07"), ("81,000", "2023-03-07")],
        ),
        (
            "On March 7, police counted 1,280 protesters. On that Friday 81,000 marched.",
            [("1,280", "2023-03-07"), ("81,000", "2023-03-31")],
        ),
        # a night across two days, named in a sentence with no figure, is what "that night" is
        (
            "Police counted 11 arrests on March 3. The worst clashes came on the night of March 6 "
            "to March 7. The ministry said 63 people were detained that night.",
            [("11", "2023-03-03"), ("63", "2023-03-06/2023-03-07")],
        ),
        (
            "The worst clashes came on the night of March 6 to March 7. The next day 81,000 "
            "marched.",
            [("81,000", "2023-03-08")],
        ),
        # ... but "on the day of the strike" is the strike's day, not the last day named
        (
            "On March 7, police counted 1,280 protesters. On the day of the strike 81,000 marched.",
            [("1,280", "2023-03-07"), ("81,000", None)],
        ),
        # a day named without a year takes the year the sentence named
        ("The busiest day of 2021 came on Sept. 2, with 872 arrivals.", [("872", "2021-09-02")]),
        # a clause opened after the figure ("only to") does not date it
        (
            "On March 1 the ministry put the toll at about 300 soldiers, only to withdraw it "
            "on Wednesday.",
            [("300", "2023-03-01")],
        ),
        # when a source spoke does not date what happened
        (
            "Officials said earlier this month that 11,000 people were flown out on Thursday, "
            "March 2.",
            [("11,000", "2023-03-02")],
        ),
        (
            "The WHO reported 3,922 deaths on Wednesday.",
            [("3,922", "2023-03-29")],
        ),
        (
            "The ministry recorded 45,774 arrivals in 2022.",
            [("45,774", "2022")],
        ),
        # a date heading a list item dates its figures, not a time after a comma
        (
            "- Oct. 31: Boeing raises its offer to 38%, the one approved this week.",
            [("38%", "2022-10-31")],
        ),
        # a day named in a sentence with no figure is what "the next day" counts from
        (
            "The climb-down was announced on March 7.\n\nThe next day, Zelensky warned in a "
            "letter that 300 soldiers had been killed.",
            [("300", "2023-03-08")],
        ),
        # a time that owns an event after the figure names the event, not the count's time, and is
        # not what "a day earlier" counts from; one that owns a reading dates it
        (
            "Rescuers dug on Monday as the ministry said 2,400 people had been killed by "
            "Saturday's earthquakes. A day earlier it had put the toll at 2,053.",
            [("2,400", "2023-04-03"), ("2,053", "2023-04-02")],
        ),
        # ...also with no time before the figure, when another time after it dates the count
        (
            "Teams had matched the DNA of 163 victims of last week's crash by Tuesday evening.",
            [("163", "2023-03-28")],
        ),
        (
            "The peso fell on Monday to 17.72, against 16.99 at Friday's close.",
            [("17.72", "2023-04-03"), ("16.99", "2023-03-31")],
        ),
        (
            "The peso fell on Monday to 17.72, against 16.99 at Friday's official close.",
            [("17.72", "2023-04-03"), ("16.99", "2023-03-31")],
        ),
        # a time after ', and' that another figure follows is that figure's
        (
            "By late on Saturday, March 4, the ministry had recorded 2,012 deaths, and a day "
            "later it gave 2,122.",
            [("2,012", "2023-03-04"), ("2,122", "2023-03-05")],
        ),
        # when the source spoke, then a time past a clause mark: the time it spoke
        (
            "Last week, the ministry said 2,000 were killed in the fighting, which began in "
            "January.",
            [("2,000", "2023-03-27/2023-04-02")],
        ),
        # a time before ', and' and a speaker's verb does not date the new statement's figure,
        # unless it is set off at the sentence's start
        (
            "By March 7, according to the ministry, 3,867 soldiers had been sent, and the "
            "ministry's count of the dead stood at 136.",
            [("3,867", "2023-03-07"), ("136", "2023-03-07")],
        ),
        # "of that year": of the last year named, in an earlier sentence or in its own
        (
            "Results were weak at the end of 2021. For the fourth quarter of that year, the "
            "company reported 7,600 job cuts.",
            [("7,600", "2021-10-01/2021-12-31")],
        ),
        (
            "In the first half of that year the company cut 7,600 jobs.",
            [("7,600", "2023-01-01/2023-06-30")],
        ),  # no year named before: the latest half begun by the draft's date
        (
            "It was 2020. In the first half of the same year, 7,600 jobs went.",
            [("7,600", "2020-01-01/2020-06-30")],
        ),
        # ...and a month of that year
        (
            "The outbreak was confirmed on Oct. 22, 2010. By late December of that year, the "
            "ministry said, 3,333 people had died.",
            [("3,333", "2010-12-21/2010-12-31")],
        ),
        (
            "The outbreak was confirmed on Oct. 22, 2010. On Dec. 26 of that year, the ministry "
            "said 3,333 people had died.",
            [("3,333", "2010-12-26")],
        ),
        # an appositive noun with a clause of its own after the figure: its time is not the
        # figure's
        (
            "Its winds strengthened by 95 knots on Tuesday, a rate the center said had been "
            "exceeded only by Hurricane Patricia in 2015.",
            [("95 knots", "2023-03-28")],
        ),
        (
            "Its winds strengthened by 95 knots, a rate the center said had been exceeded only "
            "by Hurricane Patricia in 2015.",
            [("95 knots", None)],
        ),
        # a day's name after a date of its sentence that falls on that day is that date
        (
            "On March 26, the first big Sunday march drew 200,000 people, the NIS said.",
            [("200,000", "2023-03-26")],
        ),
        (
            "On March 27, the first big Sunday march drew 200,000 people, the NIS said.",
            [("200,000", "2023-04-02")],
        ),
        # past ", and" a later word moves a figure off the time before it
        (
            "The NIS reported 200 deaths on March 2, and its toll later rose to 300.",
            [("200", "2023-03-02"), ("300", None)],
        ),
        (
            "The NIS reported 200 deaths on March 2, and its toll rose to 300.",
            [("200", "2023-03-02"), ("300", "2023-03-02")],
        ),
        # a time in a clause opened by "where" after the figure is the place's, not the figure's
        (
            "The NIS said 300 soldiers died there, most of them in Kursk, where the assault began "
            "on March 1.",
            [("300", None)],
        ),
        # a figure in an aside: a time after the aside, past another figure, is that figure's
        (
            "The NIS, which says it has 300 analysts, reported 2,000 deaths on March 2.",
            [("300", None), ("2,000", "2023-03-02")],
        ),
        # ...and a span after the aside is the main clause's, with no other figure too (held-out
        # batch 82's PayPal story: "which says it has 428 million active accounts, beat forecasts
        # for the fourth quarter")
        (
            "The NIS, which says it has 300 analysts, beat forecasts for the first quarter.",
            [("300", None)],
        ),
        # ...unless the aside's subject speaks then (a second review of the round)
        (
            "The NIS, which has recorded 761 deaths, said last month that cases were falling.",
            [("761", "2023-03")],
        ),
        # ...but one when the aside's subject speaks dates it too
        (
            "The NIS, which has 300 analysts, said on March 2 that the toll was rising.",
            [("300", "2023-03-02")],
        ),
        (
            "Rescuers reached Kursk, where 4,000 soldiers, including 300 officers, died on "
            "March 2.",
            [("4,000", "2023-03-02"), ("300", "2023-03-02")],
        ),
        # ...and a figure whose own words run on past a comma stays in the aside
        (
            "The outbreak began in Kursk, where the NIS had counted 49 cases, 29 of them fatal, "
            "by March 22.",
            [("49", "2023-03-22"), ("29", "2023-03-22")],
        ),
        # an earlier level was not the level at the event a time before it names
        (
            "Turnout in Sunday's runoff was 61.4%, down from 68.9% in the first round, the NIS "
            "said.",
            [("61.4%", "2023-04-02"), ("68.9%", None)],
        ),
        # ...though it may be the level when a source spoke
        (
            "The NIS said on March 2 that the rate would rise from 19% to 22.5%.",
            [("19%", "2023-03-02"), ("22.5%", "2023-03-02")],
        ),
    ],
)
def test_time_across_a_draft(lexicon, text, expected):
    assert _as_of(lexicon, text, dt.date(2023, 4, 3)) == expected


@pytest.mark.parametrize(
    "text, opens",
    [
        ("On Sept. 21, 4,000 had been killed, the NIS said.", True),
        ("As of Monday, 4,000 had been killed, the NIS said.", True),
        ("The strike on Sept. 21 killed 4,000, the NIS said.", False),
        ("The NIS said 4,000 had been killed by Sept. 21.", False),
        # ...or its clause, after a comma and a conjunction, a semicolon or a dash
        ("The strike shook Kursk, and by Sept. 21 the NIS had counted 4,000 dead.", True),
        ("The strike shook Kursk; by Sept. 21 the NIS had counted 4,000 dead.", True),
        # ...as a deadline: a day in a later clause may be when it happened
        ("The strike shook Kursk, and on Sept. 21 the NIS counted 4,000 dead.", False),
        # ...with the figure after it in that clause
        ("The NIS counted 4,000 dead, and by Sept. 21 the front had moved.", False),
        ("The strike shook Kursk, and by Sept. 21 the front had moved, and 4,000 had died.", False),
    ],
)
def test_a_time_that_opens_its_sentence(lexicon, text, opens):
    """'On Sept. 21, ...' dates the whole sentence; 'The strike on Sept. 21 killed ...' names the
    day of the event."""
    assert _the_claim(lexicon, text).as_of_opens is opens


def _the_claim(lexicon, text: str):
    """The one claim of a draft of Sept. 30, 2023 on the seeds' story."""
    from checker.inputs import Document
    from checker.reading import extract

    doc = Document.from_text(text, "draft.txt", dt.date(2023, 9, 30))
    [claim] = extract(doc, lexicon, "north-korean-troops")
    return claim


@pytest.mark.parametrize(
    "text, event",
    [
        # a determiner's date qualifying a noun: the event's date
        ("The Sept. 21 strike killed 4,000, the NIS said.", True),
        ("The Sept. 21 attacks killed 4,000, the NIS said.", True),
        # ...an event noun of the language pack: not a report's, a revision's or a deadline's,
        # nor a time standing alone
        ("The Sept. 21 update gave 4,000 killed, the NIS said.", False),
        ("The Sept. 21 revision put the dead at 4,000, the NIS said.", False),
        ("The Sept. 21 deadline passed with 4,000 killed, the NIS said.", False),
        ("On Sept. 21, 4,000 had been killed, the NIS said.", False),
        ("The strike on Sept. 21 killed 4,000, the NIS said.", False),
    ],
)
def test_a_time_that_dates_the_event_the_figure_is_about(lexicon, text, event):
    claim = _the_claim(lexicon, text)
    assert claim.as_of is not None and claim.as_of_event is event


@pytest.mark.parametrize(
    "text, said",
    [
        ("The WHO reported 3,922 deaths on Wednesday.", True),  # a day, past the figure
        ("The ministry recorded 45,774 arrivals in 2022.", False),  # a year past a figure: its time
        ("Zelensky said in February that 4,000 had been killed.", True),
        ("On the same day the planemaker reported a loss of $6 billion.", True),
        ("About 4,000 were killed in February, Zelensky said.", False),
        # a capitalised word of a name is no cue ("the United States": no one "states")
        ("About 4,000 marched in the United States on Saturday, according to the NIS.", False),
        # a month after a verb of measuring is what was measured, not when the source spoke
        ("The 4,000 killed that the ministry recorded in February were soldiers.", False),
        ("The 4,000 killed that the ministry reported in February were soldiers.", True),
        ("The 4,000 killed that the ministry recorded on Feb. 3 were soldiers.", True),
        # a quarter written as an adjective is what the figure covers; so is a day after "by"
        ("The company reported a third-quarter net loss of $16.6 billion.", False),
        ("It said 2,093 of the dead it had recorded by Sept. 24 were on that route.", False),
        # ... but a hyphened month part is still when it spoke
        ("The NIS said in mid-March that 4,000 soldiers were killed.", True),
        # a time, a comma, then a long name with its acronym and a speech verb
        (
            "On March 2, the National Commission on Human Rights (NCHR) said 4,000 had been "
            "killed.",
            True,
        ),
        ("On March 2, 4,000 had been killed, the commission said.", False),
        # ... but not a day that ends a period the sentence names ("which ended Jan. 27")
        ("For its second quarter, which ended March 2, the NIS reported 4,000 killed.", False),
        ("For the quarter ending March 2, the NIS reported 4,000 killed.", False),
        ("For the quarter, which ended on March 2, the NIS reported 4,000 killed.", False),
        # ... not a meeting's end: when the source spoke
        ("At a news conference that ended March 2, the NIS said 4,000 had died.", True),
        # ... or after an aside between commas after the time
        ("On March 2, the day after the strike, the commission said 4,000 had died.", True),
        ("On March 2, the day after the strike, 4,000 had died, the commission said.", False),
        # ... or a description after a determiner ("the company", "its chief executive")
        ("In February, the commission said 4,000 had been killed.", True),
        ("In February, its chief spokesman said 4,000 had been killed.", True),
        # ... but a verb of measuring after a time dates what it measured
        ("In 2022, the ministry recorded 4,000 deaths.", False),
        ("In 2022, Frontex recorded 4,000 crossings.", False),
        ("On March 2, the ministry recorded 4,000 deaths.", False),
        # ... and a time after "for" is what the figure covers, whoever speaks after it
        ("For all of 2022, the ministry said, 4,000 were killed.", False),
        ("For all of 2022, Zelensky said, 4,000 were killed.", False),
        # ... "for" right before the time, not anywhere before it
        ("Asked for comment on Wednesday, the ministry said 4,000 had died.", True),
        # a verb of giving results after a longer time than a day: the period's own figure
        ("In the second quarter, the company reported a loss of $1.6 billion.", False),
        ("On Monday, the company reported a loss of $1.6 billion.", True),
        # a description of the speaker may carry its acronym in brackets, as a name may
        ("On March 2, the UN humanitarian office (OCHA) estimated that 4,000 had died.", True),
        ("On March 2, the Kenya National Commission (KNC) said that 4,000 had died.", True),
        # ... or an aside between commas after the name
        (
            "At a hearing in October 2008, Rep. Ann Lee, who chaired the oversight committee, "
            "said 4,000 had died.",
            True,
        ),
        # ... but one reporting what someone said is a statement
        ("In February 2021, the newspaper reported that 4,000 had died.", True),
        # ... and a participle with "by" is no speaker's verb
        ("In March, the number of deaths reported by the ministry reached 4,000.", False),
        # a day between the speech verb and the "that" opening what was said, a few words away
        (
            "Zelensky said in a televised address on Tuesday, March 14, that 4,000 had died.",
            True,
        ),
        ("Zelensky said in a televised address on March 14 that 4,000 had died.", True),
        # ...not a day inside what was said, nor (yet) a month: only a day names one statement
        ("Zelensky said in a televised address about the war that 4,000 died on March 14.", False),
        ("Zelensky said in his weekly address in March that 4,000 had died.", False),
        # ...nor a relative "that" after the day: "the strike on July 30 that hit Kursk"
        ("Zelensky said the strike on July 30 that hit Kursk had killed 4,000.", False),
        # a time after "for" is what the figure covers
        ("The 4,000 killed that the ministry reported for 2022 were soldiers.", False),
        ("For the January-March quarter it reported 4,000 killed.", False),
        # ...but a day after "for its" is when it spoke
        ("For its Monday briefing the ministry said 4,000 were killed.", True),
        # a level a setter verb set is the source's from the time beside it, or opening the sentence
        ("The central bank cut its benchmark rate to 10.75% in July.", True),
        ("In September, the company raised its offer to 35%.", True),
        ("The central bank cut its benchmark rate to 10.75%, and inflation eased in July.", False),
        ("In September, the rate stood at 10.75%.", False),
        # "set to" is a plan, not a level set
        ("The government is set to spend about 10.75% more in July.", False),
        # a verb of finding or recording in the passive dates what was found, not a statement
        ("The bodies of 18 soldiers were found on Aug. 24, according to the ministry.", False),
        ("About 4,000 deaths were recorded on March 2, the ministry said.", False),
        ("The ministry said on Aug. 24 that 18 bodies had been found.", True),
        ("The toll of 18 was reported on Aug. 24 by the ministry.", True),
        # a day three words past a statement verb whose object is a report noun ("its count"),
        # and a verb of certifying a result, give the figure as a statement does
        ("When the commission certified its count on March 10, 4,000 had been killed.", True),
        ("When the commission proclaimed the result on March 10, 4,000 had been killed.", True),
        # a time set off by commas after a report noun and a verb of publishing: the report's
        ("The ministry's latest figures, published on Thursday, show 4,000 were killed.", True),
        ("The ministry's revised tally, released on March 10, lists 4,000 killed.", True),
        # ...not after another noun
        ("The soldiers, released on March 10, counted 4,000 killed.", False),
        # a day right after a report noun, set off by a comma: when the count was made
        ("In a preliminary count on March 10, they put the dead at 4,000.", True),
        ("In its first tally on March 10, about 4,000 were listed as killed.", True),
        ("In a preliminary count of the dead on March 10, they found 4,000.", False),
        # ...and only set off by a comma: "In a count on March 10 about 4,000 ..." dates the dead
        ("In a count on March 10, about 4,000 soldiers were found dead.", True),
        ("In a count on March 10 about 4,000 soldiers were found dead.", False),
        # ...not a market's session: that day's figure
        ("In trading on March 10, they put the dead at 4,000.", False),
        # a time right before its speaker, an auxiliary or an adverb before the speech verb
        ("On Sunday, Zelensky had put the toll at 4,000.", True),
        ("Late on Sunday, Zelensky again put the toll at 4,000.", True),
        # ...in the past: a speaker in the present speaks now, of that time (held-out batch 82's
        # Georgia story: "in March 2023, the Interior Ministry says, 133 people were detained")
        ("In March 2023, the NIS says, 4,000 soldiers were killed.", False),
        ("In March 2023, the NIS said 4,000 soldiers were killed.", True),
        ("On Tuesday, the NIS says 4,000 soldiers were killed.", True),  # a day, not set off
        ("In March 2023, the NIS says 4,000 soldiers were killed.", False),  # a month
        # a day after the quarter a figure is of, in a statement verb's clause: when it was
        # reported (held-out batch 82's PayPal story: a false period-mismatch)
        ("The NIS reported fourth-quarter deaths of 4,000 on Feb. 7.", True),
        ("The NIS reported deaths of 4,000 on Feb. 7.", False),
        ("The NIS reported fourth-quarter deaths; 4,000 died on Feb. 7.", False),
        # ...a day outside the quarter, after any statement verb (a second review of the round);
        # "said ... reached ... on Dec. 31" is a day of the quarter
        ("The NIS said fourth-quarter deaths reached 4,000 on Dec. 31.", False),
        ("The NIS announced fourth-quarter deaths of 4,000 on Feb. 7.", True),
        ("The NIS said fourth-quarter deaths rose to 4,000 on Feb. 7.", True),
        ("The NIS reported first-half deaths of 4,000 on Aug. 2.", True),
        # a weak statement verb that is no report noun, then a report noun, then the day (held-out
        # batch 83's Nigeria story: "gave that figure on Monday ..., adding that 3,174 people had
        # been injured")
        ("Its chief gave that figure on Monday in Seoul, adding that 4,000 were killed.", True),
        ("Its chief gave those figures on Monday, adding that 4,000 were killed.", True),
        # ...not a report noun that does not point back: the day may be the toll's (a review of
        # the round)
        ("Its chief gave the toll on Monday as 4,000 killed.", False),
        ("Its chief gave troops on Monday to the front, where 4,000 were killed.", False),
        # a day right after a speech event (held-out batch 87's Madagascar story: "In an interview
        # on Sept. 8, he said there had been 12 confirmed deaths")
        ("In an interview on Sept. 8, he said 4,000 soldiers were killed.", True),
        ("At a news conference on Monday, he said 4,000 soldiers were killed.", True),
        ("In an interview with Radio Liberty on Monday, he said 4,000 soldiers were killed.", True),
        ("At a border post on Monday, 4,000 soldiers were killed, he said.", False),
        ("In a battle on Monday, he said, 4,000 soldiers were killed.", False),
        # a day right after the verb that made a report, a few words after the report noun (the
        # held-out elections' "the final results the commission declared on Nov. 20", "in the
        # count the commission completed on Tuesday": false period-mismatch warnings)
        ("4,000 were killed, according to the final results the NIS declared on Feb. 7.", True),
        ("4,000 were killed, according to the final figures the agency approved on Feb. 7.", True),
        ("In the final results, published by the NIS on Feb. 7, 4,000 were killed.", True),
        ("4,000 were killed in the count the agency completed on Tuesday.", True),
        # ...not a report noun and a name of what it counts, nor a verb of the event
        ("4,000 were killed, according to the results of the battle on Feb. 7.", False),
        ("4,000 were killed in the battle the NIS described on Feb. 7.", False),
        ("4,000 were killed, according to the results from the battle on Feb. 7.", False),
        # no one speaks over a span written between two times: what the figure covers (held-out
        # Bangladesh stories: "said 327 people had died ... between Jan. 1 and Aug. 7")
        # "said 327 people had died among 69,483 laboratory-confirmed cases between Jan. 1 and Aug.
        # 7", "more than 600 people had been reported killed between July 16 and Aug. 11")
        ("The NIS counted 4,000 soldiers among confirmed cases between Jan. 1 and Feb. 7.", False),
        ("The NIS said 4,000 soldiers had been reported killed from Jan. 1 to Feb. 7.", False),
    ],
)
def test_when_the_source_spoke(lexicon, text, said):
    from checker.inputs import Document
    from checker.reading import extract

    doc = Document.from_text(text, "draft.txt", dt.date(2023, 4, 3))
    [claim] = extract(doc, lexicon, "north-korean-troops")
    assert claim.as_of_said is said


@pytest.mark.parametrize(
    "text, labels",
    [
        ('he apologised on NBC\'s "Today" show', []),  # a name after a word
        ("Today, the ministry said 300 died", ["2025-02-27"]),
        ("WASHINGTON — Today the ministry said", ["2025-02-27"]),
        ("the ministry said today", ["2025-02-27"]),
    ],
)
def test_a_capitalised_relative_day_after_a_word_is_a_name(lexicon, text, labels):
    assert [p.label for p in find_periods(text, BASE, lexicon)] == labels


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time before ', and' and a speaker's verb does not date the new statement's figure
        (
            "The ministry cut its forecast to 120 killed, from the 150 killed it had given in "
            "March, and said it now expected 80 wounded.",
            None,
        ),
        # ... unless it opens the sentence
        (
            "On Thursday the ministry cut its forecast to 120 killed, from the 150 killed it had "
            "given before, and said it now expected 80 wounded.",
            "2023-03-30",
        ),
    ],
)
def test_a_time_before_a_new_statement(lexicon, text, expected):
    assert dict(_as_of(lexicon, text, dt.date(2023, 4, 3)))["80"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time after the figure in its own clause, the figure's own verb's, dates it over one in
        # an earlier clause (held-out batch 88's Philips story: "The reductions are to be
        # completed by 2025, and 3,000 of them will be made this year")
        (
            "The withdrawal is to be completed by 2025, and 80 soldiers will leave this month.",
            "2023-04",
        ),
        # ...not past a purpose or a deadline ("sought US$29.9 million to keep aid flowing until
        # June 24"), nor a relative clause
        (
            "The appeal, launched on March 24, sought 80 soldiers to hold the line until June 24.",
            "2023-03-24",
        ),
        (
            "The appeal, launched on March 24, sought 80 soldiers that the army sent this month.",
            "2023-03-24",
        ),
    ],
)
def test_a_time_in_the_figures_own_clause(lexicon, text, expected):
    assert dict(_as_of(lexicon, text, dt.date(2023, 4, 3)))["80"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time after "more than" dates the comparison's base, not the figure before it
        ("About 3,000 soldiers were killed, 500 more than in 2022.", None),
        ("About 3,000 soldiers were killed in 2023, 500 more than in 2022.", "2023"),
        # ... while a time after a figure with no comparison dates it
        ("About 3,000 soldiers were killed in 2022.", "2022"),
    ],
)
def test_a_comparison_s_base_dates_no_figure_before_it(lexicon, text, expected):
    assert dict(_as_of(lexicon, text, dt.date(2024, 4, 3)))["3,000"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time past "than" and the group compared with dates that group (held-out Omicron: "a
        # 29% lower risk of hospital admission than those infected in the first wave of 2020")
        ("About 3,000 fewer soldiers were killed than those sent in the spring of 2022.", None),
        ("About 3,000 soldiers were killed, compared with those lost in 2022.", None),
        # ...not past a norm: the figure's own time ("1,052 more deaths than usual from Sept. 20
        # through Oct. 31, 2017")
        ("About 3,000 more soldiers were killed than usual in 2022.", "2022"),
        # ...nor past a clause break, nor past another figure
        ("About 3,000 soldiers were killed than expected; in 2022, more.", None),
        ("About 3,000 soldiers were killed, more than the 500 lost in 2022.", None),
    ],
)
def test_a_time_after_a_compared_group_dates_the_group(lexicon, text, expected):
    assert dict(_as_of(lexicon, text, dt.date(2024, 4, 3)))["3,000"] == expected


@pytest.mark.parametrize(
    "between, as_of",
    [
        # "that night" in the paragraph after the day named: that day
        ("", "2025-03-07"),
        # ...and past a quote in a paragraph of its own, and past a heading (no paragraph of the
        # story's)
        ('"We heard the guns all night," a resident said.\n\n', "2025-03-07"),
        ("The count\n\nRescuers dug through the night.\n\n", "2025-03-07"),
        # ...but three paragraphs later it points to no day named (not the draft's date either)
        ("Rescuers dug through the night.\n\nThe rain stopped.\n\n", None),
    ],
)
def test_that_day_points_to_a_day_named_at_most_two_paragraphs_before(lexicon, between, as_of):
    from checker.inputs import Document
    from checker.reading import extract

    text = (
        "The fighting began on March 7 near Kursk.\n\n"
        + between
        + "That night, 300 North Korean soldiers were killed, the NIS said.\n"
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 4, 2))
    [claim] = extract(doc, lexicon, "north-korean-troops")
    assert claim.as_of == as_of


@pytest.mark.parametrize(
    "anaphor, day",
    [
        ("that Saturday", "2018-11-17"),
        ("that same Saturday", "2018-11-17"),
        ("that first Saturday", "2018-11-17"),
        ("that fateful Saturday", "2018-11-17"),
        # ... not a later one in a series: the last Saturday before the draft's date
        ("that second Saturday", "2018-12-08"),
    ],
)
def test_that_weekday_is_the_one_named_before(lexicon, anaphor, day):
    """'On that first Saturday alone': the Saturday the draft named last, not the last one
    before the draft's date."""
    from checker.inputs import Document
    from checker.reading import extract

    text = f"On Saturday, Nov. 17, 4,000 were killed. On {anaphor} alone, 300 were wounded."
    doc = Document.from_text(text, "draft.txt", dt.date(2018, 12, 10))
    assert [c.as_of for c in extract(doc, lexicon, "north-korean-troops")] == ["2018-11-17", day]


@pytest.mark.parametrize(
    "text, as_of",
    [
        # a time after a circumstance word and "the" names the event the clause is about, when
        # another time can date the figure
        (
            "Donors promised $4.4 billion to rebuild after the April earthquake, the minister said "
            "on Thursday.",
            "2015-06-25",
        ),
        # ... not a time a span starts from ("in the month after the February invasion")
        (
            "Prices rose 9.1% in the month after the February invasion, the office said on "
            "Tuesday.",
            "2015-02",
        ),
        # ... not a time that dates what it qualifies
        (
            "The company reported a loss of $995 million for the April-June quarter.",
            "2015-04-01/2015-06-30",
        ),
    ],
)
def test_a_time_that_names_an_event(lexicon, text, as_of):
    from checker.inputs import Document
    from checker.reading import extract

    doc = Document.from_text(text, "draft.txt", dt.date(2015, 6, 26))
    [claim] = extract(doc, lexicon, "north-korean-troops")
    assert claim.as_of == as_of


def test_the_next_day_counts_from_a_day_that_qualifies_an_event(lexicon):
    """'when the Sept. 11 flood hit ... The next day': the day after Sept. 11, not after the
    draft's date."""
    from checker.inputs import Document
    from checker.reading import extract

    text = (
        "Thousands fled when the Sept. 11 strike hit Kursk. The next day, the NIS said 300 North "
        "Korean soldiers had been killed."
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2023, 9, 20))
    claims = [c for c in extract(doc, lexicon, "north-korean-troops") if c.text == "300"]
    assert [c.as_of for c in claims] == ["2023-09-12"]


@pytest.mark.parametrize(
    "text, as_of",
    [
        # a day the source spoke, named without a year, is not one still to come: in a draft of
        # April 3, "April 5" is the one a year before
        ("On April 5, the ministry reported 739 cases.", "2022-04-05"),
        ("The ministry said on April 5 that 739 had died.", "2022-04-05"),
        # ...a day of the figure may still be one to come ("the walkout on Jan. 3")
        ("The ministry expects 739 cases on April 5.", "2023-04-05"),
        # ...and a day named with its year is that day
        ("On April 5, 2023, the ministry reported 739 cases.", "2023-04-05"),
    ],
)
def test_a_statement_is_not_still_to_come(lexicon, text, as_of):
    from checker.inputs import Document
    from checker.reading import extract

    doc = Document.from_text(text, "draft.txt", dt.date(2023, 4, 3))
    [claim] = extract(doc, lexicon, "north-korean-troops")
    assert claim.as_of == as_of


RIOTS = (dt.date(2011, 8, 9), dt.date(2011, 10, 24), dt.date(2012, 9, 13))


@pytest.mark.parametrize(
    "text, story, label",
    [
        # a draft of September 2012 that named 2011 before, about figures given in August 2011
        (
            "Cameron announced on Aug. 9 that 16,000 officers would patrol.",
            (RIOTS, 2011),
            "2011-08-09",
        ),
        ("Police made 700 arrests in July.", (RIOTS, 2011), "2011-07"),
        # (a month counts at its middle: August 2012 is near the figures of Sept. 13, 2012)
        ("Police made 700 arrests in August.", (RIOTS, 2011), "2012-08"),
        # the draft's year when it is itself near a figure's date...
        ("The ministry said on Sept. 3 that 3,103 had appeared.", (RIOTS, 2011), "2012-09-03"),
        # ...when the year named is no earlier, when none was named, or when none is near either
        (
            "Cameron announced on Aug. 9 that 16,000 officers would patrol.",
            (RIOTS, 2012),
            "2012-08-09",
        ),
        (
            "Cameron announced on Aug. 9 that 16,000 officers would patrol.",
            (RIOTS, None),
            "2012-08-09",
        ),
        (
            "Cameron announced on Aug. 9 that 16,000 officers would patrol.",
            ((), 2011),
            "2012-08-09",
        ),
        ("The panel reported on March 3 that 5,000 took part.", (RIOTS, 2011), "2012-03-03"),
        # a year in the sentence still rules
        ("On Aug. 9, 2012, 16,000 officers were on patrol.", (RIOTS, 2011), "2012-08-09"),
        # a year after the one named, before the draft's, when only that one is near ("The bank
        # ended 2022 with $176 billion. ... On March 16, eleven banks ...", in a piece of 2024)
        (
            "Cameron announced on Aug. 9 that 16,000 officers would patrol.",
            (RIOTS, 2010),
            "2011-08-09",
        ),
    ],
)
def test_a_day_without_its_year_in_a_draft_that_looks_back(lexicon, text, story, label):
    found = find_periods(text, dt.date(2012, 9, 14), lexicon, story=story)
    assert [p.label for p in found][:1] == [label]


TSUNAMI = (dt.date(2004, 12, 27), dt.date(2004, 12, 31), dt.date(2005, 1, 19), dt.date(2005, 2, 15))


@pytest.mark.parametrize(
    "story, label",
    [
        # a day just after the draft's date is the coming one...
        (((), None), "2005-12-29"),
        ((TSUNAMI[3:], None), "2005-12-29"),
        # ...unless the reference set's figures were given near that day a year before
        ((TSUNAMI, None), "2004-12-29"),
        # ...and are about no time near the coming one (a strike called for Dec. 27-31)
        ((TSUNAMI + (dt.date(2005, 12, 27),), None), "2005-12-29"),
    ],
)
def test_a_day_just_after_the_drafts_date_in_a_draft_that_looks_back(lexicon, story, label):
    text = "President Bush, speaking on Dec. 29, pointed to a pledge of $35 million."
    found = find_periods(text, dt.date(2005, 12, 26), lexicon, story=story)
    assert [p.label for p in found] == [label]


@pytest.mark.parametrize(
    "text, as_of",
    [
        # "last year" names 2018 for the days after it...
        (
            "Nipah killed 17 people in Kerala last year. The researchers found 23 cases with onset "
            "between May 2 and May 29.",
            [("17", "2018"), ("23", "2018-05-02/2018-05-29")],
        ),
        # ...and with no year named, the days are the draft's year's, or the year before's
        (
            "Nipah killed 17 people in Kerala. The researchers found 23 cases with onset between "
            "May 2 and May 29.",
            [("17", None), ("23", "2019-05-02/2019-05-29")],
        ),
    ],
)
def test_a_draft_that_looks_back_reads_its_days_in_the_year_it_named(lexicon, text, as_of):
    from checker.inputs import Document
    from checker.reading import extract
    from checker.reading.known import Known

    known = Known(times=(dt.date(2018, 5, 22), dt.date(2018, 7, 17), dt.date(2018, 10, 15)))
    doc = Document.from_text(text, "draft.txt", dt.date(2019, 5, 21))
    assert [(c.text, c.as_of) for c in extract(doc, lexicon, "kerala", known)] == as_of


@pytest.mark.parametrize(
    "text, expected",
    [
        # so many days (weeks) after or before the last day named in the paragraph
        (
            "The NIS said on Oct. 3 that 700 had died. Five days later, it counted 350 more.",
            [("700", "2023-10-03"), ("350", "2023-10-08")],
        ),
        (
            "On Jan. 28, the NIS said 3,028 had died. A week earlier, it had put the toll at "
            "2,000.",
            [("3,028", "2023-01-28"), ("2,000", "2023-01-21")],
        ),
        (
            "The NIS said on Oct. 3 that 700 had died. 10 days later the NIS counted 350.",
            [("700", "2023-10-03"), ("350", "2023-10-13")],
        ),
        # ...not a day of another paragraph ("Two days later" after an event no date names)
        (
            "The NIS said on Oct. 3 that 700 had died.\n\nThe toll was 265 on the night of the "
            "crash. Two days later the NIS said at least 270 had died.",
            [("700", "2023-10-03"), ("265", None), ("270", None)],
        ),
        # ...nor when another time was named since ("By late April", "through April and May")
        (
            "On March 3, the NIS said 100 had died. By late April, its toll had reached 300. Two "
            "weeks later, the NIS said 450 had died.",
            [("100", "2023-03-03"), ("300", "2023-04-21/2023-04-30"), ("450", None)],
        ),
        (
            "On March 3, the NIS said 100 had died. Fighting spread through April and May. Two "
            "weeks later, the NIS said 450 had died.",
            [("100", "2023-03-03"), ("450", None)],
        ),
        # ...nor a figure it follows ("from $20 billion a week earlier": the figure before it keeps
        # its own time)
        (
            "On Sept. 9, the NIS raised its count to 4,000, from 3,000 a week earlier.",
            [("4,000", "2023-09-09"), ("3,000", "2023-09-09")],
        ),
    ],
)
def test_days_later_and_earlier_count_from_the_last_day_named(lexicon, text, expected):
    found = _as_of(lexicon, text, dt.date(2023, 10, 20))
    durations = ("day", "week")  # no "Five days", "Two weeks"
    assert [(t, as_of) for t, as_of in found if not any(d in t for d in durations)] == expected


@pytest.mark.parametrize(
    "text, label",
    [
        ("By Tuesday morning last week only about 800 people had entered.", "2020-09-15"),
        ("On Sunday last week, 800 people had entered.", "2020-09-20"),
        ("On Friday this week, 800 people had entered.", "2020-09-25"),
        ("On Tuesday, 800 people had entered.", "2020-09-22"),
    ],
)
def test_a_day_of_last_week(lexicon, text, label):
    found = find_periods(text, dt.date(2020, 9, 22), lexicon)
    assert [p.label for p in found] == [label]


def test_this_year_named_in_a_sentence_without_figures_ends_a_look_back(lexicon):
    """'Floods killed 40 people in 2023. This year's monsoon has been milder. ... by Aug. 10': the
    draft's year, though 2023 was named and the reference set has figures of August 2023."""
    from checker.inputs import Document
    from checker.reading import extract
    from checker.reading.known import Known

    known = Known(times=(dt.date(2023, 8, 5), dt.date(2024, 9, 15)))
    text = (
        "Floods killed 40 people in 2023, the NIS said. This year's monsoon has been milder. "
        "The NIS said 12 people had died by Aug. 10."
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2024, 9, 20))
    claims = extract(doc, lexicon, "north-korean-troops", known)
    assert [(c.text, c.as_of) for c in claims] == [("40", "2023"), ("12", "2024-08-10")]


@pytest.mark.parametrize(
    "text, by",
    [
        ("By Sunday, with all votes in, Hichilema had 2,324,837 votes, Chulu said.", True),
        ("On Sunday, with all votes in, Hichilema had 2,324,837 votes, Chulu said.", False),
    ],
)
def test_a_time_a_count_was_made_by(lexicon, text, by):
    from checker.inputs import Document
    from checker.reading import extract

    doc = Document.from_text(text, "draft.txt", dt.date(2021, 8, 20))
    [claim] = extract(doc, lexicon, "north-korean-troops")
    assert claim.as_of_by is by


@pytest.mark.parametrize(
    "text, as_of",
    [
        # a calendar quarter
        ("The NIS said 4,000 were killed in the third quarter.", "2023-07-01/2023-09-30"),
        # a company's fiscal quarter: its months are not given, so no time
        ("The NIS said 4,000 were killed in its fiscal third quarter.", None),
        ("The NIS said 4,000 were killed in fiscal first-quarter fighting.", None),
        ("The NIS said 4,000 were killed in its financial second quarter.", None),
    ],
)
def test_a_fiscal_quarter_gives_no_calendar_time(lexicon, text, as_of):
    assert _the_claim(lexicon, text).as_of == as_of


@pytest.mark.parametrize(
    "text, labels",
    [
        # "the following Monday": the first Monday after the day named last
        (
            "It confirmed 12 deaths on 14 June 2017; by the following Monday it spoke of 79.",
            ["2017-06-14", "2017-06-19"],
        ),
        # ...a week on when that day was itself a Monday
        (
            "It confirmed 12 deaths on 14 June 2021; by the following Monday it spoke of 79.",
            ["2021-06-14", "2021-06-21"],
        ),
        # ..."next Monday" counts from the draft's date, with a day named before or not
        ("Talks resume next Monday.", ["2026-03-23"]),
        (
            "The war began on 24 February 2022. Talks resume the next Monday.",
            ["2022-02-24", "2026-03-23"],
        ),
    ],
)
def test_the_following_weekday_counts_from_the_day_named_last(lexicon, text, labels):
    assert [p.label for p in find_periods(text, WEDNESDAY, lexicon)] == labels


@pytest.mark.parametrize(
    "text, said",
    [
        # a figure an issuing verb issues, the time right after its noun: when it was given
        ("The United Nations launched a $139.6 million appeal on Friday for the survivors.", True),
        ("The UN unveiled its $139.6 million appeal on Friday.", True),
        # not another verb, nor a time in another clause
        ("The United Nations needed a $139.6 million appeal on Friday for the survivors.", False),
        ("The UN launched a $139.6 million appeal, and on Friday aid arrived.", False),
    ],
)
def test_a_figure_issued_is_the_sources_from_the_time_after_it(tmp_path, text, said):
    from tests.reading.lexicons import claims_in, lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  un: {name: the United Nations, aliases: [United Nations, UN]}\n"
        "facts: []\n",
        pack="metrics:\n  appeal:\n    cues: [appeal]\n    units: [USD]\n"
        "subjects:\n  s:\n    cues: [survivors]\n",
    )
    [claim] = claims_in(text, lexicon, dt.date(2025, 9, 11))
    assert claim.as_of_said is said


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range's first leg has its own time: a day in its second leg does not take the year
        # named in the first, nor a figure there the first leg's time
        (
            "The party fell from 16 seats in 2021 to 14 seats on Nov. 30.",
            {"16": "2021", "14": "2024-11-30"},
        ),
        (
            "The party fell from 16 seats and 24.4% of the vote in 2021 to 14 seats and 19.4% on "
            "Nov. 30.",
            {"16": "2021", "24.4%": "2021", "14": "2024-11-30", "19.4%": "2024-11-30"},
        ),
        ("The party fell from 16 seats in 2021 to 14.", {"16": "2021", "14": None}),
        (
            "Its funds fell from US$16 million in 2021 to US$14 million on Nov. 30.",
            {"US$16 million": "2021", "US$14 million": "2024-11-30"},
        ),
        # ...but "from" and "to" that lead no figure make no range, nor a range closed before
        (
            "Officials from the party said in 2021 that 16 seats were lost to rivals on Nov. 30.",
            {"16": "2021-11-30"},
        ),
        (
            "Between 40 and 50 seats went in 2022 and 30 more seats on Feb. 24.",
            {"Between 40 and 50": "2022", "30": "2022-02-24"},
        ),
        # ...but a day after a year of its own clause, with no range, is in that year
        ("The busiest day of 2023 came on Sept. 2, with 300 seats.", {"300": "2023-09-02"}),
    ],
)
def test_whose_time_in_a_range_or_an_aside(tmp_path, text, expected):
    from tests.reading.lexicons import claims_in, lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  nec: {name: the electoral commission}\nfacts: []\n",
        pack="metrics:\n  seats:\n    cues: [seats]\n  share:\n    cues: [of the vote, won]\n"
        "  funds:\n    cues: [funds]\n    units: [USD]\n"
        "subjects:\n  s:\n    cues: [party, Left-Greens]\n",
    )
    claims = claims_in(text, lexicon, dt.date(2024, 12, 22))
    assert {c.text: c.as_of for c in claims} == expected
