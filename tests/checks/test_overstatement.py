"""The overstatement check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import datetime as dt

import pytest

from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "overstatement"

CASES = [
    case(
        "an-extra-3000",
        "North Korea sent an extra 3,000 troops, the NIS said.",
        "overstatement",
        True,
        at="3,000",
        refs=("nis-reinforcements",),
        says=("1,000–3,000", "upper bound"),
        suggests=("between 1,000 and 3,000", "up to 3,000"),
    ),
    case(
        "deployed-3000-more",
        "North Korea has deployed 3,000 more troops, the NIS said.",
        "overstatement",
        True,
        at="3,000",
        refs=("nis-reinforcements",),
    ),
    case(
        "another-3000",
        "The NIS said North Korea dispatched another 3,000 soldiers.",
        "overstatement",
        True,
        at="3,000",
        refs=("nis-reinforcements",),
    ),
    case(
        "more-than-3000",
        "More than 3,000 North Korean reinforcements were sent, the NIS said.",
        "overstatement",
        True,
        at="3,000",
        refs=("nis-reinforcements",),
    ),
    case(
        "at-least-3000",
        "At least 3,000 more North Korean troops were sent, the NIS said.",
        "overstatement",
        True,
        at="3,000",
        refs=("nis-reinforcements",),
    ),
    case(
        "unsourced-3000",
        "North Korea sent 3,000 more troops in January.",
        "overstatement",
        True,
        at="3,000",
        refs=("nis-reinforcements",),
    ),
    case(
        "up-to-3000",
        "North Korea sent up to 3,000 more troops, the NIS said.",
        "overstatement",
        False,
    ),
    case(
        "between-1000-and-3000",
        "North Korea sent between 1,000 and 3,000 more troops, the NIS said.",
        "overstatement",
        False,
    ),
    case(
        "1000-to-3000",
        "North Korea sent 1,000 to 3,000 additional troops, the NIS said.",
        "overstatement",
        False,
    ),
    case(
        "as-many-as-3000",
        "As many as 3,000 more North Korean troops were sent, the NIS said.",
        "overstatement",
        False,
    ),
    case(
        "exact-fact-exact-claim",
        "Zelensky said 4,000 North Korean soldiers were killed.",
        "overstatement",
        False,
    ),
    case(
        "about-12000",
        "About 12,000 North Korean troops were deployed, Zelensky said.",
        "overstatement",
        False,
    ),
    case(
        "at-least-1000",
        "At least 1,000 more North Korean troops were sent, the NIS said.",
        "overstatement",
        False,
    ),
    case(
        "thousands-deployed-overstatement",
        "Thousands of North Korean troops were sent, the NIS said.",
        "overstatement",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


def test_the_top_of_a_range_as_a_plain_figure():
    [issue] = issues(
        CHECK,
        claim("3,000", metric="deployed"),
        [fact("r", "NIS", range=(1000, 3000), metric="deployed")],
    )
    assert "upper bound" in issue.message and "between 1,000 and 3,000" in issue.suggestion


def test_a_stronger_hedge_than_a_ceiling():
    up_to = fact("u", "NIS", 3000, hedge="up-to", metric="deployed")
    assert issues(CHECK, claim("3,000", hedge="at-least", metric="deployed"), [up_to])


@pytest.mark.parametrize(
    "text, hedge, fires",
    [
        ("3,000", "more-than", True),  # a floor where the source gave an estimate
        ("3,000", "at-least", True),
        ("2,900", "more-than", False),  # a floor below the estimate: it may well hold
        ("3,000", "about", False),  # the estimate kept
        ("3,000", "exact", False),
    ],
)
def test_a_floor_for_an_estimate(text, hedge, fires):
    """'more than 10,000 displaced' where the source said 'about 10,000'."""
    about = fact("a", "NIS", 3000, hedge="about", metric="deployed")
    found = issues(CHECK, claim(text, hedge=hedge, metric="deployed"), [about])
    assert bool(found) is fires
    if fires:
        assert "claims more than the reference set's about 3,000" in found[0].message
        assert found[0].suggestion == "write 'about 3,000'"


@pytest.mark.parametrize(
    "the_claim",
    [
        claim("3,000", hedge="up-to", metric="deployed"),  # the ceiling kept
        claim("1,000", hedge="exact", metric="deployed", low=1000, high=3000),  # the range kept
        claim("2,000", metric="deployed"),  # inside the range, not its top
    ],
)
def test_quiet(the_claim):
    assert issues(CHECK, the_claim, [fact("r", "NIS", range=(1000, 3000), metric="deployed")]) == []


def test_an_estimated_range_stated_as_a_count():
    """'could reach 18,000 to 20,000' given as '18,000 to 20,000 people had been killed'."""
    estimate = fact("mayor", "NIS", range=(18000, 20000), hedge="up-to")
    [issue] = issues(
        CHECK, claim("18,000 to 20,000", low=18000, high=20000, source="NIS"), [estimate]
    )
    assert "estimate of how high it could go" in issue.message
    hedged = claim("18,000 to 20,000", low=18000, high=20000, hedge="up-to", source="NIS")
    assert issues(CHECK, hedged, [estimate]) == []


# Figures about one event each: a claim dated to one event is read against that event's figure
# alone ("more than 100,000 walked out on Dec. 2" overstates that day's "nearly 100,000", whatever
# another day's "nearly 103,000" would allow); undated, against them all.
@pytest.mark.parametrize("as_of, fires", [("2024-12-02", True), (None, False)])
def test_a_dated_claim_is_read_against_its_events_figure(as_of, fires):
    first = fact(
        "first", "NIS", 100000, hedge="nearly", metric="deployed", as_of="2024-12-02", event="a"
    )
    second = fact(
        "second", "NIS", 103000, hedge="nearly", metric="deployed", as_of="2024-12-10", event="b"
    )
    the_claim = claim("100,000", hedge="more-than", metric="deployed", source="NIS", as_of=as_of)
    assert bool(issues(CHECK, the_claim, [first, second])) is fires


@pytest.mark.parametrize(
    "text, hedge, fires",
    [
        ("3,000", "more-than", True),  # past the very figure
        ("2,900", "more-than", False),  # true of it
        ("3,000", "at-least", False),  # "at least 3,000" holds for 3,000
        ("3,000", "about", False),
    ],
)
def test_a_floor_at_or_past_an_exact_figure(text, hedge, fires):
    """'more than Rs 500 crore' where the source gave Rs 500 crore."""
    exact = fact("e", "NIS", 3000, metric="deployed")
    found = issues(CHECK, claim(text, hedge=hedge, metric="deployed"), [exact])
    assert bool(found) is fires
    if fires:
        assert found[0].suggestion == "write '3,000'"


@pytest.mark.parametrize(
    "draft_date, fires",
    [
        # the draft's date: only the first range was out, and 4.6 million is its top
        ("2017-01-23", True),
        # after the wider range came out, 4.6 million falls inside that one
        ("2017-02-09", False),
    ],
)
def test_a_range_given_after_the_draft_s_date_is_not_what_it_overstates(
    tmp_path, draft_date, fires
):
    import datetime as dt

    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: us\nsources: {ccc: {name: the researchers, aliases: [the researchers]}}\n"
        "facts:\n"
        "  - {id: a, metric: crowd, range: [3300000, 4600000], source: ccc, as_of: 2017-01-23}\n"
        "  - {id: b, metric: crowd, range: [3267134, 5246670], source: ccc, as_of: 2017-02-07}\n",
        "metrics:\n  crowd:\n    cues: [marched]\nsubjects:\n  us:\n    cues: [country]\n",
        "Across the country, 4.6 million people marched, according to the researchers.",
        dt.date.fromisoformat(draft_date),
    )
    found = [f for f in result.findings if f.check == "overstatement"]
    assert bool(found) is fires, found


@pytest.mark.parametrize(
    "sentence, fires",
    [
        ("Before the outbreak only 1,000 were vaccinated.", True),
        # read as a cut of 1,000 and a level of 3,000, it may be the range itself
        ("It would cut them by 1,000 to 3,000 this year.", False),
        ("It would cut them by 1,000 - 3,000 this year.", False),
        ("It would cut them by 1,000-3,000 this year.", False),
        ("It would cut them by 1,000–3,000 this year.", False),
    ],
)
def test_the_bottom_of_a_range_as_a_plain_figure(sentence, fires):
    """'only 28 percent' where UNICEF estimated 28 to 40 percent."""
    at = sentence.index("1,000")
    the_claim = claim("1,000", metric="deployed", start=at, sentence=sentence, sentence_start=0)
    found = issues(CHECK, the_claim, [fact("r", "NIS", range=(1000, 3000), metric="deployed")])
    assert bool(found) is fires, found
    if fires:
        assert "1,000 is only the lower end" in found[0].message
        assert "between 1,000 and 3,000" in found[0].suggestion


def test_a_ceiling_whose_top_is_the_figure_is_read_before_a_loose_fit():
    # "expects to take $1 billion" for "up to $1 billion": an "about $800 million" from the same
    # source fits a one-digit "$1 billion" only loosely, and does not make the ceiling's top a
    # fair plain figure
    up_to = fact("u", "NIS", 1e9, hedge="up-to", metric="deployed", unit="USD")
    about = fact("a", "NIS", 8e8, hedge="about", metric="deployed", unit="USD")
    the_claim = claim(
        "$1 billion", 1e9, 1e9, metric="deployed", source="NIS", unit="USD", precision=5e8
    )
    [issue] = issues(CHECK, the_claim, [about, up_to])
    assert issue.references == ("u",)
    # ...but the very figure given plainly by the source is no overstatement
    plain = fact("p", "NIS", 1e9, metric="deployed", unit="USD")
    assert issues(CHECK, the_claim, [about, up_to, plain]) == []
    # ...nor is a hedged figure that another estimate holds, loose as the hedge is ("more than
    # $900 million" for "about $1 billion", beside an "up to $900 million")
    hedged = claim(
        "$900 million", 9e8, 9e8, "more-than", metric="deployed", source="NIS", unit="USD"
    )
    ceiling = fact("c", "NIS", 9e8, hedge="up-to", metric="deployed", unit="USD")
    estimate = fact("b", "NIS", 1e9, hedge="about", metric="deployed", unit="USD")
    assert issues(CHECK, hedged, [ceiling])
    assert issues(CHECK, hedged, [ceiling, estimate]) == []


@pytest.mark.parametrize(
    "the_fact, fires",
    [
        (fact("u", "NIS", 3000, hedge="up-to", metric="deployed"), True),
        (fact("m", "NIS", 3000, hedge="at-most", metric="deployed"), True),
        # not the ceiling's top, nor a ceiling at all
        (fact("u5", "NIS", 5000, hedge="up-to", metric="deployed"), False),
        (fact("a", "NIS", 3000, hedge="about", metric="deployed"), False),
        (fact("e", "NIS", 3000, metric="deployed"), False),
        # "nearly 3,000" and "fewer than 3,000" say how far short it falls, not how high it goes
        (fact("n", "NIS", 3000, hedge="nearly", metric="deployed"), False),
        (fact("f", "NIS", 3000, hedge="fewer-than", metric="deployed"), False),
        # a ceiling a little above the figure is not its top
        (fact("u32", "NIS", 3200, hedge="up-to", metric="deployed"), False),
    ],
)
def test_a_ceiling_given_as_a_rough_size(the_fact, fires):
    """'some 3,600 people are working' where the source said up to 3,600."""
    found = issues(CHECK, claim("3,000", hedge="about", metric="deployed"), [the_fact])
    assert bool(found) is fires
    if fires:
        assert "only the upper bound" in found[0].message


def test_a_figure_rounding_makes_of_an_estimate_clears_it():
    """'1,000' beside the source's 'about 990' and 'up to 1,000': the estimate, rounded, is the
    figure, so it may be the one the draft gives."""
    up_to = fact("u", "NIS", 1000, hedge="up-to", metric="deployed")
    about = fact("a", "NIS", 990, hedge="about", metric="deployed")
    the_claim = claim("1,000", metric="deployed", source="NIS")
    assert issues(CHECK, the_claim, [up_to])
    assert issues(CHECK, the_claim, [up_to, about]) == []


def test_a_loose_fit_alone_says_nothing():
    """'$1 billion' beside only the source's 'about $800 million': no overstatement (and no
    crash for want of a fact to cite)."""
    about = fact("a", "NIS", 8e8, hedge="about", metric="deployed", unit="USD")
    the_claim = claim(
        "$1 billion", 1e9, 1e9, metric="deployed", source="NIS", unit="USD", precision=5e8
    )
    assert issues(CHECK, the_claim, [about]) == []


@pytest.mark.parametrize(
    "as_of, fires",
    [
        # a range's top as a plain figure, once its source has narrowed the range to it
        (None, True),
        # ...not when the draft dates the figure to before it did (the wider range's middle)
        ("2023-03", False),
    ],
)
def test_a_range_is_judged_by_the_one_that_replaced_it(as_of, fires):
    """'expected revenue to grow 9%' in June, after the forecast of 8% to 10% (March) was narrowed
    to 8% to 9% (June): held-out batch 87's Accenture, a missed planted error."""
    march = fact("m", "NIS", range=(8, 10), unit="%", metric="deployed", as_of="2023-03-23")
    june = fact("j", "NIS", range=(8, 9), unit="%", metric="deployed", as_of="2023-06-22")
    the_claim = claim("9", unit="%", metric="deployed", source="NIS", as_of=as_of)
    found = issues(CHECK, the_claim, [march, june], dt.date(2023, 6, 23))
    assert bool(found) is fires
