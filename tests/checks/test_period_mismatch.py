"""The period-mismatch check: hand-built claims and facts, table rows of drafts, and an
inline-marked draft."""

import datetime as dt

import pytest

from checker.model import Severity
from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "period-mismatch"

CASES = [
    case(
        "zelensky-june",
        "Zelensky said 4,000 North Korean soldiers were killed in June 2024.",
        "period-mismatch",
        True,
        at="4,000",
        refs=("zelensky-killed",),
        says=("2024-06", "2024-10/2025-02"),
        suggests=("2024-10/2025-02",),
    ),
    case(
        "last-summer",
        "date 2025-02-27\nLast summer, 4,000 North Korean soldiers were killed, Zelensky said.",
        "period-mismatch",
        True,
        at="4,000",
        says=("2024-06-01/2024-08-31",),
    ),
    # the date of the event a count to date is about is not when it stood
    case(
        "the-date-of-the-event",
        "date 2025-02-27\nThe June 5, 2024 battle left 4,000 North Korean soldiers killed, "
        "Zelensky said.",
        "period-mismatch",
        False,
    ),
    case(
        "nis-2023",
        "About 300 North Korean soldiers were killed in 2023, the NIS said.",
        "period-mismatch",
        True,
        at="300",
        refs=("nis-killed",),
    ),
    case(
        "this-month-later",
        "date 2025-06-01\nAbout 300 North Korean soldiers were killed this month, the NIS said.",
        "period-mismatch",
        True,
        at="300",
    ),
    case(
        "zelensky-february",
        "Zelensky said in February 2025 that 4,000 North Korean soldiers were killed.",
        "period-mismatch",
        False,
    ),
    case(
        "since-october",
        "date 2025-02-27\n"
        "Since October, 4,000 North Korean soldiers have been killed, Zelensky said.",
        "period-mismatch",
        False,
    ),
    case(
        "nis-january",
        "About 300 North Korean soldiers were killed in January 2025, the NIS said.",
        "period-mismatch",
        False,
    ),
    case(
        "undated",
        "About 300 North Korean soldiers were killed, the NIS said.",
        "period-mismatch",
        False,
    ),
    case(
        "said-in-february",
        "date 2025-02-27\nOf the roughly 12,000 North Korean troops deployed to Russia, 4,000 have "
        "been killed, Zelensky said in February.",
        "period-mismatch",
        False,
    ),
    case(
        "other-clause",
        "date 2025-05-10\nEarlier this year, the NIS put North Korean casualties at about 3,000; "
        "in April it raised the figure to about 5,000.",
        "period-mismatch",
        False,
    ),
    case(
        "december-within-the-period",
        "date 2025-02-27\nThe NIS said 300 North Korean soldiers were killed in December.",
        "period-mismatch",
        False,
    ),
    case(  # a time, then a described speaker and a speech verb: when he spoke
        "described-speaker-in-january",
        "date 2025-02-27\nIn January, the Ukrainian president said 4,000 North Korean soldiers "
        "had been killed.",
        "period-mismatch",
        True,
        at="4,000",
        says=("given in 2025-01", "2025-02"),
    ),
    case(
        "described-speaker-in-february",
        "date 2025-02-27\nIn February, the Ukrainian president said 4,000 North Korean soldiers "
        "had been killed.",
        "period-mismatch",
        False,
    ),
    case(
        "deployed-in-2024",
        "In 2024, North Korea sent about 12,000 troops, Zelensky said.",
        "period-mismatch",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


KILLED = fact("z", "Zelensky", 4000, as_of="2025-02", period="2024-10/2025-02")


def test_a_time_the_figure_is_not_about():
    [issue] = issues(CHECK, claim("4,000", source="Zelensky", as_of="2024-06"), [KILLED])
    assert "2024-10/2025-02" in issue.message


@pytest.mark.parametrize(
    "the_claim",
    [
        claim("4,000", source="Zelensky", as_of="2025-01"),  # inside the period
        claim(
            "4,000", source="Zelensky", as_of="2025-03", as_of_said=True
        ),  # when he spoke (after he first gave it), not the figure's time
        claim("4,000", source="Zelensky"),  # not dated
    ],
)
def test_quiet(the_claim):
    assert issues(CHECK, the_claim, [KILLED]) == []


def test_a_running_count_is_true_of_any_earlier_time():
    running = fact("r", "NIS", 300, as_of="2025-01")
    assert issues(CHECK, claim("300", source="NIS", as_of="2024-11"), [running]) == []


@pytest.mark.parametrize(
    "claimed, said, fires",
    [
        ("2022", False, False),  # the period it covers
        ("2023", False, True),  # "45,774 in 2023": a year it does not cover
        ("2021", False, True),
        ("2023-01-01", True, False),  # "on Jan. 1, 2023 the Home Office said": when it gave it
        ("2023-02", True, False),  # said again later
        ("2022-12-20", True, True),  # said before it gave it
        ("2022", True, False),  # "In 2022, the NIS posted 45,774": the very period it covers
        ("2022-12", True, True),  # ...not a part of it: said before it gave it
    ],
)
def test_a_figure_is_dated_by_what_it_covers_or_by_when_it_was_given(claimed, said, fires):
    annual = fact("arrivals-2022", "NIS", 45774, as_of="2023-01-01", period="2022")
    the_claim = claim("45,774", source="NIS", as_of=claimed, as_of_said=said)
    assert bool(issues(CHECK, the_claim, [annual])) is fires


STUDY = fact("study", "NIS", 4645, as_of="2018-05-29", period="2017-09-20/2017-12-31")
DAY = fact("day", "NIS", 94, as_of="2024-08-05", period="2024-08-04")


@pytest.mark.parametrize(
    "the_fact, claimed, sentence, fires",
    [
        # a study of a period long over, dated to the month or day it came out: when it was given
        (STUDY, "2018-05", "A team published an estimate of 4,645 deaths in May.", False),
        (STUDY, "2018-05-29", "A team published an estimate of 4,645 deaths on May 29.", False),
        (STUDY, "2018", "A team published an estimate of 4,645 deaths in 2018.", True),
        (STUDY, "2018-06", "A team published an estimate of 4,645 deaths in June.", True),
        # ...in a sentence that names a publication: else the month is what it covers
        (STUDY, "2018-05", "Heat killed 4,645 people in May, the NIS said.", True),
        # ...or an estimate put on it ("In February, seismologists put it at 9.3")
        (STUDY, "2018-05", "In May, a team put it at 4,645 deaths.", False),
        # a day's toll given the next day, dated to that next day: the classic slip
        (DAY, "2024-08-05", "A report said 94 were killed on Aug. 5.", True),
        (DAY, "2024-08-04", "A report said 94 were killed on Aug. 4.", False),
    ],
)
def test_a_study_is_dated_by_what_it_covers_or_when_it_came_out(the_fact, claimed, sentence, fires):
    the_claim = claim(f"{the_fact.low:,.0f}", source="NIS", as_of=claimed, sentence=sentence)
    assert bool(issues(CHECK, the_claim, [the_fact])) is fires


def test_said_before_it_was_given():
    [issue] = issues(
        CHECK, claim("4,000", source="Zelensky", as_of="2024-06", as_of_said=True), [KILLED]
    )
    assert "given in 2024-06" in issue.message and "as of 2025-02" in issue.message


@pytest.mark.parametrize(
    "text, value, fires",
    [
        # "reported in December that more than 1 million": its 1,041,000 of Jan. 14, not its
        # "more than 700,000" of October, which fits "more than 1 million" only loosely
        ("1 million", 1e6, True),
        # ...while a floor both figures clear is true of the October one (said again two months
        # on, perhaps: only a note says so, `test_said_long_after_it_was_given_is_a_note`)
        ("700,000", 7e5, False),
    ],
)
def test_said_before_it_was_given_by_the_figure_on_its_hedges_side(text, value, fires):
    october = fact("oct", "NIS", 700000, hedge="more-than", as_of="2024-10")
    january = fact("jan", "NIS", 1041000, as_of="2025-01-14")
    the_claim = claim(
        text,
        low=value,
        hedge="more-than",
        source="NIS",
        as_of="2024-12",
        as_of_said=True,
        precision=5e5 if "million" in text else 0.0,
    )
    found = issues(CHECK, the_claim, [october, january])
    assert any("given in 2024-12" in i.message and not i.doubts for i in found) is fires


# a running count given on Sept. 13 (2,946) was not yet the count on Sept. 11 (2,862)
RISING = [
    fact("d11", "NIS", 2862, as_of="2023-09-11"),
    fact("d13", "NIS", 2946, as_of="2023-09-13"),
]


@pytest.mark.parametrize(
    "the_claim, fires",
    [
        (claim("2,946", source="NIS", as_of="2023-09-11"), True),
        (claim("2,946", source="NIS", as_of="2023-09-13"), False),  # its own day
        (claim("2,946", source="NIS", as_of="2023-09"), False),  # not one day
        (claim("2,862", source="NIS", as_of="2023-09-11"), False),  # that day's own
        # nothing given yet that day: first given days later ("On Sept. 21, it counted 36",
        # first given on Sept. 25), unless a day before (a count published the day after)
        (claim("2,862", source="NIS", as_of="2023-09-08", as_of_opens=True), True),
        (claim("2,862", source="NIS", as_of="2023-09-10", as_of_opens=True), False),
        # ...and only a day that opens the sentence: "The earthquake on Sept. 8 killed 2,862"
        # names the day of the event, not of the count
        (claim("2,862", source="NIS", as_of="2023-09-08"), False),
        # ...nor a deadline anywhere in the sentence, which may be another's ("147 died, most of
        # them villagers told to leave by Feb. 20")
        (claim("2,862", source="NIS", as_of="2023-09-08", as_of_by=True), False),
        # "the NIS said on Sept. 11": when it spoke, which has its own reading (said before given)
        (claim("2,946", source="NIS", as_of="2023-09-11", as_of_said=True), True),
    ],
)
def test_a_running_count_dated_to_a_day_before_it_was_given(the_claim, fires):
    found = issues(CHECK, the_claim, RISING)
    assert bool(found) is fires
    if fires and not the_claim.as_of_said and the_claim.as_of != "2023-09-08":
        assert "2,862" in found[0].message and "2023-09-13" in found[0].message


# a running count given on Oct. 22 (2,946) was not the count in mid-September (2,500, Sept. 5)
RISEN = [
    fact("s05", "NIS", 2500, as_of="2023-09-05"),
    fact("o22", "NIS", 2946, as_of="2023-10-22"),
]


@pytest.mark.parametrize(
    "as_of, fires",
    [
        ("2023-09-11/2023-09-20", True),  # "by mid-September"
        ("2023-09", True),  # a month that ended weeks before
        ("2023-10-15/2023-10-21", False),  # ended the day before it was given: its count
        ("2023", False),  # a year is no short time: a running count is true of it
        ("2023-10-22/2023-10-28", False),  # after it was given
    ],
)
def test_a_running_count_dated_to_a_short_time_before_it_was_given(as_of, fires):
    found = issues(CHECK, claim("2,946", source="NIS", as_of=as_of), RISEN)
    assert bool(found) is fires
    if fires:
        assert f"in {as_of} its figure was 2,500" in found[0].message


@pytest.mark.parametrize(
    "facts, fires",
    [
        ([fact("r", "NIS", 36, as_of="2022-09-25")], True),
        ([fact("r", "NIS", 36, as_of="2022-09-22")], False),  # the day after: its day's count
        ([fact("r", "NIS", 36, as_of="2022-09-25", period="2022-09-20/2022-09-25")], False),
        ([fact("r", "NIS", 36, as_of="2022-09-25", event="outbreak")], False),
        # another figure for it given by then: named as the figure of the day instead
        ([fact("e", "NIS", 7, as_of="2022-09-20"), fact("r", "NIS", 36, as_of="2022-09-25")], True),
    ],
)
def test_a_running_count_dated_to_days_before_its_source_first_gave_it(facts, fires):
    """'On Sept. 21, the ministry counted 36 cases', a count it first gave on Sept. 25."""
    found = issues(CHECK, claim("36", source="NIS", as_of="2022-09-21", as_of_opens=True), facts)
    assert bool(found) is fires
    if fires:
        assert ("first gave it" in found[0].message) is (len(facts) == 1)


# a figure about one event, dated only by when it was given, is about a time at most
# event_reach_days (366) before that, and event_lead_days (7) before the event's first figure:
# the 2020 election's share is not the 2016 one's, nor June 2019's
@pytest.mark.parametrize(
    "as_of, event, fires",
    [
        ("2016", "presidential-2020", True),  # years before the event's figure was given
        ("2020", "presidential-2020", False),  # the event's year
        ("2019-06", "presidential-2020", True),  # months before it: the campaign, not the vote
        ("2020-01-05", "presidential-2020", False),  # within event_lead_days of its figure
        ("2021", "presidential-2020", True),  # after it was given
        ("2016", None, False),  # a running count: true of any earlier time
    ],
)
def test_an_event_s_figure_is_about_the_time_of_the_event(as_of, event, fires):
    share = fact("tsai", "NIS", 57.13, unit="%", as_of="2020-01-11", event=event)
    the_claim = claim("57.13%", low=57.13, unit="%", as_of=as_of)
    assert bool(issues(CHECK, the_claim, [share])) is fires


# ...and at most event_lead_days (7) before the first figure the reference set has about that
# event, of any metric: an auction of Nov. 8 (or a grant first reported then) was not held in
# October; the storm that hit days before its first toll was counted is still the event
@pytest.mark.parametrize(
    "as_of, first_figure, fires",
    [
        ("2023-10", None, True),  # a month before the event's only figure
        ("2023-11-08", None, False),  # its day
        ("2023-11-03", None, False),  # days before its first report
        ("2023-10-25", None, True),  # two weeks before
        ("2023-10", "2023-10-20", False),  # the event's first figure, another metric, in October
    ],
)
def test_an_event_is_not_long_before_its_first_figure(as_of, first_figure, fires):
    price = fact("auction", "NIS", 3975000, unit="USD", as_of="2023-11-08", event="auction-1108")
    earlier = (
        [fact("bids", "NIS", 12, metric="deployed", as_of=first_figure, event="auction-1108")]
        if first_figure
        else []
    )
    the_claim = claim("$3,975,000", low=3975000, unit="USD", as_of=as_of)
    assert bool(issues(CHECK, the_claim, [price, *earlier])) is fires


# A time after the draft's date is a plan's or a forecast's ("will cut 35,000 jobs by 2030"): no
# mismatch with a figure given before it, nor with one for a period already over (last October's
# inflation); with a figure for a period still to come (a pay rise due in July 2025) it may be.
# In past-tense copy a time after the draft's date is a wrong year, and flagged as ever.
@pytest.mark.parametrize(
    "fact_time, claim_time, sentence, fires",
    [
        ({"as_of": "2024-12-20"}, "2030", "The NIS will send 35,000 by 2030.", False),
        ({"as_of": "2024-11-14", "period": "2024-10"}, "2025-01/2025-06", "It expects 35,000.",
         False),
        ({"as_of": "2023-11-10", "period": "2025-07"}, "2026-07", "It will send 35,000.", True),
        ({"as_of": "2024-11-14", "period": "2024-10"}, "2024-09", "It sent 35,000.", True),
        ({"as_of": "2024-11-14", "period": "2024-10"}, "2025-10", "It sent 35,000.", True),
    ],
)  # fmt: skip
def test_a_time_after_the_drafts_date(fact_time, claim_time, sentence, fires):
    the_fact = fact("plan", "NIS", 35000, metric="deployed", **fact_time)
    the_claim = claim(
        "35,000", metric="deployed", source="NIS", as_of=claim_time, sentence=sentence
    )
    assert bool(issues(CHECK, the_claim, [the_fact], dt.date(2024, 12, 21))) is fires


@pytest.mark.parametrize(
    "claimed, period, named, doubted",
    [
        ("2022-12-13", "2022-12-12", False, True),  # a day apart: an overnight count, a time zone
        ("2022-12-13", "2022-12-12", True, False),  # ...but not a day named outright: "on Tuesday"
        ("2022-12-14", "2022-12-12", False, False),
        ("2022", "2023", False, False),  # two years touch, but are two years
        # a month's last day, not named outright ("at the end of July"), a few days after the
        # figure's day in that month: a body's month or quarter may close early
        ("2024-07-31", "2024-07-27", False, True),
        ("2024-07-31", "2024-07-27", True, False),  # ..."on July 31" says which day
        ("2024-07-30", "2024-07-26", False, False),  # not a month's last day
        ("2024-07-31", "2024-07-20", False, False),  # too far before it
    ],
)
def test_a_day_apart_is_doubted(claimed, period, named, doubted):
    the_fact = fact("d", "NIS", 54, unit="%", as_of=period, period=period)
    the_claim = claim("54%", low=54, unit="%", source="NIS", as_of=claimed, as_of_named=named)
    [issue] = issues(CHECK, the_claim, [the_fact])
    assert bool(issue.doubts) is doubted


_DEVALUATION = (
    "subject: s\nsources: {m: {name: the Economy Ministry, aliases: [the ministry]}}\nfacts:\n"
    "  - {id: d, metric: devaluation, value: 54, unit: '%', source: m, as_of: 2023-12-12,"
    " period: 2023-12-12}\n",
    "metrics:\n  devaluation:\n    cues: [devaluation]\nsubjects:\n  s:\n    cues: [peso]\n",
)


@pytest.mark.parametrize(
    "text, severity",
    [
        # a day reached from another ("the next day"): an overnight count may explain it, a note
        ("The ministry met the bankers on Dec. 12. The next day, the peso's devaluation was 54%,"
         " the ministry said.", "info"),
        # a day named outright beside the figure says which day the writer means: a warning
        ("The peso's devaluation was 54% on Dec. 13, the ministry said.", "warning"),
        ("On Wednesday, the peso's devaluation was 54%, the ministry said.", "warning"),
        # ...unless the figure is reached from it across "a day after" (which is not read as the day
        # before, so the day stays a doubtful one: a note)
        ("Talks resumed on Wednesday, a day after the peso's devaluation was 54%, the ministry"
         " said.", "info"),
        ("On Dec. 13, a day after the ministry met the bankers, the peso's devaluation was 54%,"
         " the ministry said.", "info"),
    ],
)  # fmt: skip
def test_a_day_apart_is_a_note_unless_the_day_is_named(tmp_path, text, severity):
    """The engine lowers a doubted finding one step and names the doubt."""
    from tests.reading.lexicons import checked

    result = checked(tmp_path, *_DEVALUATION, text, dt.date(2023, 12, 14))
    found = [f for f in result.findings if f.check == "period-mismatch"]
    assert [f.severity.value for f in found] == ([severity] if severity else [])
    if severity == "info":
        assert "a day apart" in found[0].message


@pytest.mark.parametrize(
    "as_of, fires",
    [
        ("2023-08-20", True),  # a day
        ("2023-08-01/2023-09-01", True),  # 31 days: current_span_days
        ("2023-08-01/2023-09-02", False),  # 32 days: too long to be one count's time
    ],
)
def test_how_short_a_time_is_checked_against_the_count_then(as_of, fires):
    risen = [
        fact("j05", "NIS", 2500, as_of="2023-07-05"),
        fact("o22", "NIS", 2946, as_of="2023-10-22"),
    ]
    assert bool(issues(CHECK, claim("2,946", source="NIS", as_of=as_of), risen)) is fires


@pytest.mark.parametrize(
    "text, fires",
    [
        # what the figure counts is read from one of two words side by side ("forecast revenue"),
        # and the company gave this very figure for the other one, whose quarter it is: misread
        ("For the fourth quarter, the company forecast revenue of $13.3 billion.", False),
        # ... with the word right beside it, the draft may be wrong, and the finding stands
        ("The company's revenue was $13.3 billion in the fourth quarter.", True),
    ],
)
def test_quiet_on_a_figure_whose_metric_was_misread(tmp_path, text, fires):
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: s\nsources: {acme: {name: Acme, aliases: [the company]}}\nfacts:\n"
        "  - {id: q3, metric: revenue, value: 13300000000, unit: USD, source: acme,"
        " as_of: 2024-10-31, period: 2024-07-01/2024-09-30}\n"
        "  - {id: q4, metric: revenue-forecast, value: 13300000000, unit: USD, source: acme,"
        " as_of: 2024-10-31, period: 2024-10-01/2024-12-31}\n",
        "metrics:\n  revenue:\n    cues: [revenue]\n  revenue-forecast:\n"
        "    cues: [forecast]\nsubjects:\n  s:\n    cues: [company]\n",
        text,
        dt.date(2024, 11, 1),
    )
    found = [f for f in result.findings if f.check == "period-mismatch"]
    assert bool(found) is fires, found


@pytest.mark.parametrize(
    "part, fires",
    [
        # a part after its whole, dated to a time of its own and one of the set's figures, is
        # checked: the set gives it for another night
        ("Of those, 44 were hurt on Sunday night.", True),
        ("Of those, 44 were hurt on Monday night.", False),
        # ...a part that is none of its figures stays a breakdown of the whole, unchecked
        ("Of those, 30 were hurt on Sunday night.", False),
    ],
)
def test_a_part_with_a_time_of_its_own_is_checked(tmp_path, part, fires):
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: london\nsources: {met: {name: the Metropolitan Police, aliases: [the Met]}}\n"
        "facts:\n"
        "  - {id: a, metric: injured, value: 111, source: met, as_of: 2011-08-09}\n"
        "  - {id: b, metric: injured, value: 44, source: met, as_of: 2011-08-09,"
        " period: 2011-08-08/2011-08-09}\n",
        "metrics:\n  injured:\n    cues: [injured, hurt]\nsubjects:\n  london:\n"
        "    cues: [London]\n",
        "By Tuesday, 111 officers had been injured in London, the Met said. " + part,
        dt.date(2011, 8, 10),
    )
    found = [f for f in result.findings if f.check == "period-mismatch"]
    assert bool(found) is fires, [f.message for f in result.findings]


# Medef's estimate of May 22, 2024
MAY_22 = fact("m22", "NIS", 1000, as_of="2024-05-22")


@pytest.mark.parametrize(
    "as_of, facts, today, noted",
    [
        ("2024-06", [MAY_22], None, True),  # "Medef had estimated in June": said weeks later
        ("2024-06-10", [MAY_22], None, True),
        ("2024-05-25", [MAY_22], None, False),  # within repeat_days: a report of it
        ("2024-05-22", [MAY_22], None, False),  # its own day
        ("2025-05-22", [MAY_22], None, False),  # its day of another year: the year misread
        ("2024-06", [MAY_22], dt.date(2024, 5, 30), False),  # after the draft's date: no one
        # spoke then ("its target of 1,000 by June")
        # a newer figure for the same thing by then: an old figure, which stale reports
        ("2024-06", [MAY_22, fact("m28", "NIS", 1200, as_of="2024-05-28")], None, False),
        # ...but not a newer figure for another period
        (
            "2024-06",
            [MAY_22, fact("q", "NIS", 1200, as_of="2024-05-28", period="2024-04")],
            None,
            True,
        ),
    ],
)
def test_said_long_after_it_was_given_is_a_note(as_of, facts, today, noted):
    """'Medef had estimated in June that the damage exceeded 1 billion euros', an estimate of May
    22: the source may have said it again, so the finding names that doubt."""
    the_claim = claim("1,000", source="NIS", as_of=as_of, as_of_said=True)
    found = issues(CHECK, the_claim, facts, today)
    assert bool(found) is noted
    if noted:
        [issue] = found
        assert f"given in {as_of}" in issue.message or f"given on {as_of}" in issue.message
        assert "as of 2024-05-22" in issue.message and issue.suggestion.endswith("(2024-05-22)")
        assert [kind for kind, _ in issue.doubts] == ["count"]


def test_said_long_after_it_was_given_is_a_note_in_the_report(tmp_path):
    """The engine makes it a note and says why."""
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: s\nsources: {m: {name: Medef, aliases: [the federation]}}\nfacts:\n"
        "  - {id: d, metric: damage, value: 1000000000, unit: EUR, hedge: more-than, source: m,"
        " as_of: 2024-05-22}\n",
        "metrics:\n  damage:\n    cues: [damage]\nsubjects:\n  s:\n    cues: [Noumea]\n",
        "Medef had estimated in June that the damage in Noumea exceeded 1 billion euros.",
        dt.date(2024, 7, 20),
    )
    [finding] = [f for f in result.findings if f.check == "period-mismatch"]
    assert finding.severity.value == "info"
    assert "Medef gave it as of 2024-05-22" in finding.message
    assert "may give a figure again later" in finding.message


@pytest.mark.parametrize(
    "said, fires",
    [("in February", True), ("in March", False)],
)
def test_a_figure_its_source_also_gave_for_another_metric_is_still_dated(tmp_path, said, fires):
    """'When UEFA said in February that it would refund all 19,618 tickets in Liverpool's
    allocation': UEFA gave 19,618 as the refunds and as the allocation, both in March; what the
    figure counts may be misread, but either way it was not given in February."""
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: fans\nsources: {uefa: {name: UEFA, aliases: [UEFA]}}\nfacts:\n"
        "  - {id: r, metric: refunds, value: 19618, source: uefa, as_of: 2023-03-07}\n"
        "  - {id: a, metric: allocation, value: 19618, source: uefa, as_of: 2023-03-07}\n",
        "metrics:\n  refunds: {cues: [refund]}\n  allocation: {cues: [allocation]}\n"
        "subjects:\n  fans: {cues: [Liverpool]}\n",
        f"UEFA said {said} that it would refund all 19,618 tickets in Liverpool's allocation.",
        dt.date(2023, 3, 30),
    )
    found = [f for f in result.findings if f.check == "period-mismatch"]
    assert bool(found) is fires, [f.message for f in result.findings]


@pytest.mark.parametrize(
    "as_of, by, sentence, fires",
    [
        # "By mid-September, the NIS had counted 36", a count first given on Oct. 25
        ("2022-09-11/2022-09-20", True, "By mid-September, the NIS had counted 36.", True),
        # "In September": a month that ended weeks before...
        ("2022-09", False, "In September, the NIS counted 36.", True),
        # ...but not in a sentence that names the day its source spoke: the month is the
        # event's ("In September, 36 were wounded, the NIS said on Wednesday")
        ("2022-09", False, "In September, 36 were wounded, the NIS said on Wednesday.", False),
        ("2022-09", True, "By September, 36 were wounded, the NIS said on Wednesday.", True),
        # ended the day before it was given: its count
        ("2022-10-15/2022-10-24", True, "By Oct. 24, the NIS had counted 36.", False),
        # a year is no short time: a running count is true of it
        ("2022", True, "By 2022, the NIS had counted 36.", False),
    ],
)
def test_a_running_count_dated_to_a_short_time_before_its_source_first_gave_it(
    as_of, by, sentence, fires
):
    """'By mid-September, 1.1 million doses had been given, the UN said', first given Oct. 25."""
    given = [fact("r", "NIS", 36, as_of="2022-10-25")]
    the_claim = claim(
        "36", source="NIS", as_of=as_of, as_of_opens=True, as_of_by=by, sentence=sentence
    )
    found = issues(CHECK, the_claim, given)
    assert bool(found) is fires
    if fires:
        assert f"as the figure {'by' if by else 'in'} {as_of}" in found[0].message


_TRACED = (
    "subject: s\nsources:\n  who: {name: the WHO, aliases: [the WHO]}\n"
    "facts:\n  - {id: a, metric: contacts, value: 1288, source: who, as_of: 2023-09-27}\n"
)
_TRACED_PACK = (
    "metrics:\n  contacts:\n    cues: [contacts]\nsubjects:\n  s:\n    cues: [Kozhikode]\n"
)


@pytest.mark.parametrize(
    "text, fires",
    [
        # a deadline closing the figure's own clause is when the count stood so (held-out batch
        # 83's Nipah story: "as of Aug. 27" for the WHO's count as of Sept. 27), a note: a report
        # may give a count as it stood some time before it came out
        ("The WHO said 1,288 contacts had been traced as of Aug. 27.", True),
        ("The WHO said 1,288 contacts had been traced by Aug. 27.", True),
        ("The WHO said 1,288 contacts had been traced as of Sept. 27.", False),
        # ...not another verb's deadline, set off from the figure
        (
            "The WHO said 1,288 contacts were traced, most of them told to stay home by Aug. 27.",
            False,
        ),
    ],
)
def test_a_count_closing_its_clause_with_a_deadline(tmp_path, text, fires):
    from tests.reading.lexicons import checked

    result = checked(tmp_path, _TRACED, _TRACED_PACK, text, dt.date(2023, 10, 5))
    found = [f for f in result.findings if f.check == "period-mismatch"]
    assert bool(found) is fires, [f.message for f in result.findings]
    assert all(f.severity is Severity.INFO for f in found)


@pytest.mark.parametrize(
    "as_of, by, fires",
    [
        # a count reached by a day well inside the period the figure covers counts part of it
        ("2023-02-28", True, True),
        # ...not by its last day, or the day before it (a count is often published a day after)
        ("2023-03-02", True, False),
        ("2023-03-01", True, False),
        # ...and a day inside the period, not said to be a deadline, may be any day of it
        ("2023-02-28", False, False),
    ],
)
def test_a_count_reached_by_a_day_inside_its_period(as_of, by, fires):
    """'More than 250,000 people had voted online by Feb. 28', for the count over Feb. 27 to
    March 2 (held-out batch 86's Estonian e-voters, a missed planted error)."""
    the_fact = fact(
        "e", "NIS", 250000, hedge="more-than", as_of="2023-03-02", period="2023-02-27/2023-03-02"
    )
    the_claim = claim("250,000", hedge="more-than", source="NIS", as_of=as_of, as_of_by=by)
    assert bool(issues(CHECK, the_claim, [the_fact], dt.date(2023, 3, 6))) is fires


@pytest.mark.parametrize(
    "as_of, by, fires",
    [
        # a week's count said to be reached by a time after the week, once its source gave it
        ("2021-07-21/2021-07-31", True, False),
        ("2021-07-28", True, False),
        # ...not by a time before its source gave it, nor a time not said to be a deadline
        ("2021-07-10", True, True),
        ("2021-07-21/2021-07-31", False, True),
    ],
)
def test_a_count_for_a_closed_period_reached_by_a_later_time(as_of, by, fires):
    """'By late July, coroners had logged 815 sudden deaths for that week', for the count over
    June 25 to July 1 given on July 28 (held-out batch 87's heat dome, a clean draft's warning)."""
    the_fact = fact("w", "NIS", 815, as_of="2021-07-28", period="2021-06-25/2021-07-01")
    the_claim = claim("815", source="NIS", as_of=as_of, as_of_by=by)
    assert bool(issues(CHECK, the_claim, [the_fact], dt.date(2022, 6, 9))) is fires


def test_a_days_count_reached_by_a_later_day_is_still_a_slip():
    """'By Tuesday, 100 had died', for Monday's toll given on Tuesday: a day's count given as a
    running total."""
    the_fact = fact("d", "NIS", 100, as_of="2021-07-06", period="2021-07-05")
    the_claim = claim("100", source="NIS", as_of="2021-07-06", as_of_by=True)
    assert issues(CHECK, the_claim, [the_fact], dt.date(2021, 7, 7))


def test_a_period_count_revised_before_the_time_is_still_a_slip():
    """'By August, coroners had logged 719 for that week', after they had raised it to 815 in
    late July: not the count as it stood then."""
    first = fact("a", "NIS", 719, as_of="2021-07-02", period="2021-06-25/2021-07-01")
    revised = fact("b", "NIS", 815, as_of="2021-07-28", period="2021-06-25/2021-07-01")
    the_claim = claim("719", source="NIS", as_of="2021-08", as_of_by=True)
    assert issues(CHECK, the_claim, [first, revised], dt.date(2022, 6, 9))
