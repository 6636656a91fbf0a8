import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.reading.numbers import find_numbers


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Between 1,000 and 3,000 North Korean soldiers were sent",
            [("Between 1,000 and 3,000", 1000, 3000, "count")],
        ),
        ("an estimated 10,000 to 12,000 troops", [("10,000 to 12,000", 10000, 12000, "count")]),
        ("it sent about 10,000-12,000 troops", [("10,000-12,000", 10000, 12000, "count")]),
        ("from 2 to 3 million shells", [("from 2 to 3 million", 2e6, 3e6, "count")]),
        ("an extra 3,000 troops", [("3,000", 3000, 3000, "count")]),
        ("twelve thousand soldiers", [("twelve thousand", 12000, 12000, "count")]),
        ("12 thousand soldiers", [("12 thousand", 12000, 12000, "count")]),
        ("a dozen soldiers", [("a dozen", 12, 12, "count")]),
        ("about 2 million artillery shells", [("2 million", 2e6, 2e6, "count")]),
        ("Russia will pay $2,000 per month", [("$2,000 per month", 2000, 2000, "USD/month")]),
        (
            "RUSSIA IS PAYING EACH TROOP $2,000 PER MONTH",
            [("$2,000 PER MONTH", 2000, 2000, "USD/month")],
        ),
        ("losing close to 1,000 soldiers every day", [("1,000", 1000, 1000, "count/day")]),
        # a rate word after a determiner describes a noun, not the figure
        ("admitted 3,122 patients in the daily count", [("3,122", 3122, 3122, "count")]),
        # ...a one-word rate word before a word that is no metric cue is the figure's
        ("3 daily flights", [("3 daily", 3, 3, "count/day")]),
        (
            "The clinic treats 300 patients daily now.",
            [("300 patients daily", 300, 300, "count/day")],
        ),
        ("Some 700 flights leave daily or weekly.", [("700", 700, 700, "count/day")]),
        ("1,000 people daily in Kyiv", [("1,000 people daily", 1000, 1000, "count/day")]),
        ("2,000 migrants daily.", [("2,000 migrants daily", 2000, 2000, "count/day")]),
        # an amount per recipient
        ("adding $600 per adult", [("$600 per adult", 600, 600, "USD/person")]),
        ("$1,250 for each adult", [("$1,250", 1250, 1250, "USD/person")]),
        ("a 20% rise", [("20%", 20, 20, "%")]),
        ("Some 5.8 million Ohioans voted in 2023", [("5.8 million", 5.8e6, 5.8e6, "count")]),
        (
            "killed 300 and wounded 2,700",
            [("300", 300, 300, "count"), ("2,700", 2700, 2700, "count")],
        ),
        # a share right after a market index is a figure
        ("with the DAX 1% higher", [("1%", 1, 1, "%")]),
    ],
)
def test_figures(lexicon, text, expected):
    got = [(n.text, n.low, n.high, n.unit) for n in find_numbers(text, lexicon)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "in June 2024",
        "Copyright 2025, TheProudRepublic.com",
        "on February 27, 2025",
        "on December 1, 2017",
        "Kim Jong Un met Su-27 pilots",
        "pic.twitter.com/z6aY0n3CVH",
        "1. Redeployment to Kursk Frontline",
        "Article 4 of the treaty",
        # market indices are named by their numbers
        "Japan's Nikkei 225 and London's FTSE 100 closed higher",
        "the S&P 500 and the Stoxx 600",
        "a few soldiers and several officers",
        "2 min read",
        "KN-23 missiles and the 11th Corps",
        "watching for signs of a third rotation",
        "a neighbor that has just had a real war to practice in",
        "a meeting between the two leaders",
        "which is why the two candidates' shares do not add up",
        "for much of the summer the two unions picketed the same gates",
        "a merger of the two banks and the two companies' boards",
        "the two finalists and the two clubs",
        "08:05 GMT",
        "The Five Eyes said nothing.",
        "Updated at 12:55 p.m. and again at 9 a.m.",
        "for the 21st time",
        "No figures here at all.",
    ],
)
def test_not_figures(lexicon, text):
    assert find_numbers(text, lexicon) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("tens of thousands of troops", ("tens of thousands of", 20000, 99999)),
        ("hundreds of Russian servicemen", ("hundreds of", 200, 999)),
        ("Several thousand troops", ("Several thousand", 2000, 9999)),
        ("hundreds of thousands of Russians", ("hundreds of thousands of", 200000, 999999)),
        ("THOUSANDS OF TROOPS", ("THOUSANDS OF", 2000, 9999)),
    ],
)
def test_vague_quantities_are_ranges_not_points(lexicon, text, expected):
    [n] = find_numbers(text, lexicon)
    assert (n.text, n.low, n.high, n.vague) == (*expected, True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One in three North Korean soldiers was wounded.", ("One in three", 33.33)),
        ("1 out of every 5 troops", ("1 out of every 5", 20.0)),
        ("A third of the troops", ("A third", 33.33)),
        ("Half of them died.", ("Half", 50.0)),
        ("two-thirds of the force", ("two-thirds", 66.67)),
        ("Of the 12,000 sent, a third are dead.", ("a third", 33.33)),
    ],
)
def test_fractions_are_percentages(lexicon, text, expected):
    [n] = [n for n in find_numbers(text, lexicon) if n.unit == "%"]
    assert (n.text, round(n.low, 2), n.unit) == (*expected, "%")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fraction of an article and a scale word is one figure, that share of it
        ("more than a quarter of a million people", [("a quarter of a million", 250_000, "count")]),
        ("half a million fled", [("half a million", 500_000, "count")]),
        ("three-quarters of a million", [("three-quarters of a million", 750_000, "count")]),
        ("a third of a million", [("a third of a million", 333_333, "count")]),
        ("a quarter of a billion dollars", [("a quarter of a billion dollars", 250e6, "USD")]),
        # ...not a fraction of anything else
        ("a quarter of the 1,000 workers", [("a quarter", 25, "%"), ("1,000", 1000, "count")]),
        ("half a million fled, a quarter of them children",
         [("half a million", 500_000, "count"), ("a quarter", 25, "%")]),
    ],
)  # fmt: skip
def test_a_fraction_of_a_scale_word(lexicon, text, expected):
    found = [(n.text, round(n.low), n.unit) for n in find_numbers(text, lexicon)]
    assert found == [(t, round(v), u) for t, v, u in expected]


def test_a_shouted_share_keeps_its_words(lexicon):
    [n] = find_numbers("ONE IN THREE NORTH KOREAN SOLDIERS WAS WOUNDED", lexicon)
    assert (n.text, n.unit) == ("ONE IN THREE", "%")


def test_a_packs_own_vague_phrase_needs_no_digit(tmp_path):
    from checker.lexicon import load

    (tmp_path / "text.yaml").write_text("text:\n  vague:\n    lakhs of: [200000, 999999]\n")
    [n] = find_numbers("Lakhs of people were displaced.", load([tmp_path]))
    assert (n.low, n.high, n.vague) == (200000, 999999, True)


def test_part_of_a_whole_is_not_a_fraction(lexicon):
    assert [(n.text, n.unit) for n in find_numbers("4,000 out of 12,000", lexicon)] == [
        ("4,000", "count"),
        ("12,000", "count"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "$2,000 a month and 2 million shells a year",
            [("$2,000 a month", "USD/month"), ("2 million", "count/year")],
        ),
        (
            "UP TO 15,000 TROOPS, 1,000 A WEEK",
            [("15,000", "count"), ("1,000 A WEEK", "count/week")],
        ),
        (
            "about 2 million artillery shells from North Korea annually",
            [("2 million", "count/year")],
        ),
        ("3,000 troops arrived, and officials expect more every week", [("3,000", "count")]),
        # "a year earlier" is a time, not a rate
        ("52 deaths, against 41 a year earlier", [("52", "count"), ("41", "count")]),
        ("41 a year after the war", [("41", "count")]),
        # ...not pay "after tax", by the year or the season (held-out batch 88's Neymar story)
        ("he will earn €30 million a year after tax", [("€30 million a year", "EUR/year")]),
        ("he will earn €30 million a season after tax", [("€30 million a season", "EUR/year")]),
        ("he will earn €30 million per season", [("€30 million per season", "EUR/year")]),
        # a price's change, and the price it came from, are in the price's rate
        (
            "settled up 62 cents at US$81.40 a barrel",
            [("62 cents", "USD/bbl"), ("US$81.40 a barrel", "USD/bbl")],
        ),
        (
            "voted to raise the minimum wage from $7.25 to $15 an hour",
            [("$7.25", "USD/hour"), ("$15 an hour", "USD/hour")],
        ),
        (
            "will raise the minimum wage to RM1,900 a month from RM1,700",
            [("RM1,900 a month", "MYR/month"), ("RM1,700", "MYR/month")],
        ),
        (
            "fetched $2.71 a kilogram at Tuesday's auction, down from $2.95 at the previous sale",
            [("$2.71 a kilogram", "USD/kg"), ("$2.95", "USD/kg")],
        ),
        # ...not across clauses
        (
            "rose to $5 billion from $4 billion, while earnings rose to $1.20 a share",
            [("$5 billion", "USD"), ("$4 billion", "USD"), ("$1.20 a share", "USD/share")],
        ),
        # ...not a measure's
        (
            "cut capacity from 11.5 million tonnes a year to between 9 million and 9.5 million "
            "tonnes",
            [
                ("11.5 million tonnes a year", "t/year"),
                ("between 9 million and 9.5 million tonnes", "t"),
            ],
        ),
    ],
)
def test_rate_words_are_not_figures_of_their_own(lexicon, text, expected):
    assert [(n.text, n.unit) for n in find_numbers(text, lexicon)] == expected


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_and_spans_are_real(lexicon, text):
    for n in find_numbers(text, lexicon):
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.text
        assert n.low <= n.high


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_any_digit_range_is_low_high(lexicon, a, b):
    low, high = min(a, b) * 1000, max(a, b) * 1000 + 1000  # always low < high
    text = f"between {low:,} and {high:,} troops"
    [n] = find_numbers(text, lexicon)
    assert (n.low, n.high) == (low, high)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("rose 19 cents to $58.24", [("19 cents", "up", None), ("$58.24", None, "to")]),
        ("slowed from 4.8 to 4.7 percent", [("4.8", None, "from"), ("4.7 percent", None, "to")]),
        # ...four words after a noun of change ("a rise in the gold royalty from")
        (
            "approved a rise in the gold royalty from 5% to 7.5%",
            [("5%", None, "from"), ("7.5%", None, "to")],
        ),
        (
            "settled up 62 cents at US$81.40 a barrel",
            [("62 cents", "up", None), ("US$81.40 a barrel", None, "to")],
        ),
        ("a 12% increase", [("12%", "up", None)]),
        ("fell by a third", [("a third", "down", None)]),
        ("raised $12.8 million", [("$12.8 million", None, None)]),
        ("signed up 250k subscribers", [("250k", None, None)]),
        ("cut 1,200 jobs", [("1,200", None, None)]),
        # ...but a share right after such a verb is what the level changed by, unless "of" names
        # what it is a share of
        ("gained 1.8% on Thursday", [("1.8%", "up", None)]),
        ("after losing 2.2% the day before", [("2.2%", "down", None)]),
        (
            "was cut 7.5% to 12.4 billion rand",
            [("7.5%", "down", None), ("12.4 billion rand", None, "to")],
        ),
        ("cut 10% of its workforce", [("10%", None, None)]),
        # ...nor a share won, nor a share of a thing named after it
        (
            "Labour gained 33.7%, up from 32.1% in 2019",
            [("33.7%", None, None), ("32.1%", None, "from")],
        ),
        ("Kenya cut 16% VAT on fuel to 8%", [("16%", None, None), ("8%", None, None)]),
        ("A growing 12% of Americans", [("12%", None, None)]),
        ("after tumbling 6% the day before", [("6%", "down", None)]),
        # a share restating a change in another unit is that change
        (
            "rose $1.12, or 1.4%, to $81.36",
            [("$1.12", "up", None), ("1.4%", "up", None), ("$81.36", None, "to")],
        ),
        (
            "fell 5%, or $2.10, to $40.10",
            [("5%", "down", None), ("$2.10", "down", None), ("$40.10", None, "to")],
        ),
        ("12% longer than the rest", [("12%", "up", None)]),
        # an amount added to a level, when the level it makes follows
        (
            "three more deaths were confirmed, bringing the toll to 150",
            [("three", "up", None), ("150", None, None)],
        ),
        ("40 new cases, taking the total to 312", [("40", "up", None), ("312", None, None)]),
        # ...words may qualify the total before its "to"
        (
            "eight more people died, bringing the death toll from the fire to 71",
            [("eight", "up", None), ("71", None, None)],
        ),
        # ...or the increment word stand before the figure
        (
            "another eight people died, bringing the toll to 71",
            [("eight", "up", None), ("71", None, None)],
        ),
        # ...but a figure listed after another of its unit is a part of the total, not added
        (
            "45 were seriously hurt and 1,373 more lightly hurt, bringing the number of injured "
            "to 1,418",
            [("45", None, None), ("1,373", None, None), ("1,418", None, None)],
        ),
        # ...but a time between them makes it the day's addition again
        (
            "63 deaths on Thursday and eight more on Friday, bringing the death toll to 71",
            [("63", None, None), ("eight", "up", None), ("71", None, None)],
        ),
        (
            "63 deaths on Thursday and another eight on Friday, bringing the toll to 71",
            [("63", None, None), ("eight", "up", None), ("71", None, None)],
        ),
        (
            "eight more people died, bringing the number of dead in the Camp Fire to 71",
            [("eight", "up", None), ("71", None, None)],
        ),
        # the level reached, then after a comma the one it came from
        ("bringing the toll to 71, from 63", [("71", None, "to"), ("63", None, "from")]),
        (
            "bringing the toll to 71, from 63 a day earlier",
            [("71", None, "to"), ("63", None, "from")],
        ),
        (
            "trimmed that outlook to 500 billion yen, from the 600 billion yen it set out",
            [("500 billion yen", None, "to"), ("600 billion yen", None, "from")],
        ),
        # ...an aside of a few words between commas before "from" ("the NIS said")
        (
            "turnout fell to 59.7 per cent, the NIS said, from 62.9 per cent in 2020",
            [("59.7 per cent", None, "to"), ("62.9 per cent", None, "from")],
        ),
        # ...not a figure with a noun of its own after the comma
        (
            "evacuations jumped to 52,000, from 20 towns",
            [("52,000", None, None), ("20", None, None)],
        ),
        (
            "evacuations jumped to 52,000, mostly in the north, from 20 towns",
            [("52,000", None, None), ("20", None, None)],
        ),
        # ...or when the sentence gave that total before it
        (
            "raised its tally to 501,800, after a recount turned up 40,000 new arrivals",
            [("501,800", None, None), ("40,000", "up", None)],
        ),
        (
            "raised the toll to 150 after 12 more bodies were found",
            [("150", None, None), ("12", "up", None)],
        ),
        # ...a total, not any level ("raised its forecast to 300")
        (
            "raised its forecast to 300 and hired 40 new staff",
            [("300", None, None), ("40", None, None)],
        ),
        ("counted 150 deaths and 12 new cases", [("150", None, None), ("12", None, None)]),
        # ...a total, not any level ("pushing prices to 40")
        ("12 new reports came out, pushing prices to 40", [("12", None, None), ("40", None, None)]),
        # ...not without it: a figure of its own ("1,000 to 3,000 more troops were sent")
        ("said 12 more people had died", [("12", None, None)]),
        ("5,000 additional troops", [("5,000", None, None)]),
        # a count before a comparison is a difference, not a level ("481 higher than the
        # Health Ministry's"); a count before an increment word alone is a level of its own
        ("12 more than last year", [("12", "up", None)]),
        ("the toll is 481 higher than the ministry's", [("481", "up", None)]),
        # ...but not when the comparison hedges a figure after it
        ("Of the 1,200 more than half were women", [("1,200", None, None), ("half", None, None)]),
        ("Of those 5,000 fewer than 100 returned", [("5,000", None, None), ("100", None, None)]),
        # ...a fraction after an article too ("estimated 600,000 - less than a third of ...")
        (
            "estimated 600,000 - less than a third of the police figure",
            [("600,000", None, None), ("a third", None, None)],
        ),
        (
            "600,000, more than a quarter of them",
            [("600,000", None, None), ("a quarter", None, None)],
        ),
        # ...but only an article and a fraction with "of": "one in five" and "a quarter earlier"
        # stay what they were
        (
            "Of the 1,200 more than one in five were women",
            [("1,200", None, None), ("one in five", None, None)],
        ),
        (
            "delivered 116 jets, 20 fewer than a quarter earlier",
            [("116", None, None), ("20", "down", None)],
        ),
        ("2,000 fewer than in 2022", [("2,000", "down", None)]),
        ("will pay £100m up front", [("£100m", None, None)]),  # no change, a payment
        ("the rate stood at 0.47% up to early August", [("0.47%", None, None)]),  # a time limit
        ("a £20m down payment", [("£20m", None, None)]),
        # "up from" with a two-word hedge before the earlier level
        ("95 had died, up from at least 91", [("95", None, None), ("91", None, "from")]),
        # the base a figure is compared with is the level it is measured from
        ("won 240 seats, against 303 in 2019", [("240", None, None), ("303", None, "from")]),
        # "double the" and the like compare too, with the base's time after it
        (
            "won 21 seats, more than double the 10 it won in 2010",
            [("21", None, None), ("10", None, "from")],
        ),
        ("won 21 seats, double the 10 wounded", [("21", None, None), ("10", None, None)]),
        (
            "$23.1 billion in all, against about $16 billion in 2023",
            [("$23.1 billion", None, None), ("$16 billion", None, "from")],
        ),
        ("52 deaths compared with 41 a year earlier", [("52", None, None), ("41", None, "from")]),
        # ...a base has a time of its own: not a rival count, nor a foe
        (
            "81,000 marched, versus 900,000 according to the CGT",
            [("81,000", None, None), ("900,000", None, None)],
        ),
        (
            "5,000 soldiers were sent against 2,000 rebels",
            [("5,000", None, None), ("2,000", None, None)],
        ),
        (
            "52.3 million tons in 2023, up from the previous record of 44.2 million tons",
            [("52.3 million tons", None, None), ("44.2 million tons", None, "from")],
        ),
        # ...but not a figure after a comparison word far from any other figure
        ("the protest against 300 job cuts", [("300", None, None)]),
        # a change noun and "of": a change, hedged or not
        ("a reduction of roughly 60%", [("60%", "down", None)]),
        # ...a share only: "a cut of 19,000 jobs" is how many were cut
        ("a cut of 19,000 jobs", [("19,000", None, None)]),
        # ...not "fall" the season
        (
            "sent 10,000 last fall and from 1,000 to 3,000 more",
            [("10,000", None, None), ("from 1,000 to 3,000", None, None)],
        ),
        # the level reached, then the one it came from
        (
            "cut its staff to about 1,500 from just under 8,000",
            [("1,500", None, "to"), ("8,000", None, "from")],
        ),
        # ...past the level's rate, which the level it came from shares
        (
            "will raise the minimum wage to RM1,900 a month from RM1,700",
            [("RM1,900 a month", None, "to"), ("RM1,700", None, "from")],
        ),
        (
            "12 killed; officials, speaking against the plan, counted 40",
            [("12", None, None), ("40", None, None)],
        ),
    ],
)
def test_changes_and_levels(lexicon, text, expected):
    assert [(n.text, n.change, n.role) for n in find_numbers(text, lexicon)] == expected


def test_a_conversion_in_brackets_is_linked_to_its_figure(lexicon):
    [yen, usd] = find_numbers("It paid 90 million yen ($610,000) to settle.", lexicon)
    assert (yen.unit, usd.unit, usd.low, usd.conversion_of) == ("JPY", "USD", 610000, 0)


@pytest.mark.parametrize(
    "text, unit",
    [
        # a bare scaled figure after money, after "the", with nothing after it, a small word, or a
        # cue of a metric counted in money: that money
        ("It received 80 million euros, a quarter of the roughly 850 million pledged.", "EUR"),
        ("It received 80 million euros, a quarter of the 850 million.", "EUR"),
        ("It received 80 million euros, a quarter of the 850 million for repairs.", "EUR"),
        # ...not with a noun or another word after it, nor without "the" before it
        ("It received 80 million euros, a quarter of the 850 million it was promised.", "count"),
        ("It received 80 million euros, a quarter of the 850 million people.", "count"),
        ("Aid of $500 million reached only the 2 million displaced by the floods.", "count"),
        ("It lost 80 million euros as subscribers rose to 220 million.", "count"),
        # ...nor after no money at all
        ("It counted 80 people, a quarter of the 850 million pledged.", "count"),
    ],
)
def test_a_bare_figure_after_money_may_be_money(tmp_path, text, unit):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources: {g: {name: the government}}\nfacts:\n"
        "  - {id: a, metric: pledges, value: 8.5e8, unit: EUR, source: g, as_of: 2019-06-01}\n",
        pack="metrics:\n  pledges:\n    cues: [pledged]\nsubjects:\n  s:\n    cues: [cathedral]\n",
    )
    assert find_numbers(text, lexicon)[-1].unit == unit


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("between 15kHz and 17kHz", 15, 17, "kHz"),
        ("$10-12 million", 10e6, 12e6, "USD"),
        ("10 to 12 per cent", 10, 12, "%"),
        ("from 10 to 12 people", 10, 12, "count"),
    ],
)
def test_ranges_in_every_spelling(lexicon, text, low, high, unit):
    [n] = find_numbers(text, lexicon)
    assert (n.low, n.high, n.unit) == (low, high, unit)


@pytest.mark.parametrize(
    "text, figures",
    [
        # a unit word after the first figure and none after the second: two figures
        ("bringing the number held over the two days to 38", ["two days", "38"]),
        # ...but a range when the unit comes after the second, or after both
        ("two to three days", ["two to three days"]),
        ("2 km to 3 km", ["2 km to 3 km"]),
        # a hyphen with a space on each side is a dash, not a range's
        ("Wajima for 81 - 182 deaths in all", ["81", "182"]),
        ("Wajima for 81-182 deaths in all", ["81-182"]),
    ],
)
def test_a_unit_after_only_the_first_figure_is_no_range(lexicon, text, figures):
    assert [n.text for n in find_numbers(text, lexicon)] == figures


@pytest.mark.parametrize(
    "text, value",
    [("minus 80°C", -80), ("-12°C overnight", -12), ("plus or minus 3.1 points", 3.1)],
)
def test_signs(lexicon, text, value):
    assert find_numbers(text, lexicon)[0].low == value


@pytest.mark.parametrize(
    "text, hedge",
    [
        ("about 3,000-plus troops", "more-than"),
        ("3,000 plus troops", "more-than"),
        ("£100m plus £5m in add-ons", "exact"),  # a sum, not "more than £100m"
        ("3,000 + 200 more", "exact"),
    ],
)
def test_plus_is_a_hedge_only_without_a_figure_after_it(lexicon, text, hedge):
    from checker.reading import hedges

    first = find_numbers(text, lexicon)[0]
    assert hedges.primary(hedges.chain(text, first, lexicon)[0], lexicon)[0] == hedge


def test_an_age_in_apposition_is_not_a_grouped_figure(lexicon):
    """'Maddon, 66, said' is an age; 'In Paris, 800,000 people marched' is a figure."""
    assert [n.text for n in find_numbers("Maddon, 66, said so.", lexicon)] == []
    assert [n.text for n in find_numbers("In Paris, 800,000 people marched.", lexicon)] == [
        "800,000"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("children under 15 account for most cases", [("15", "year")]),
        ("480 patients aged 50 to 75", [("480", "count"), ("50 to 75", "year")]),
        ("the patients are under the age of 10", [("10", "year")]),
        (
            "113,000 were children, many of them younger than five",
            [("113,000", "count"), ("five", "year")],
        ),
        # a number word after "aged", as digits are
        (
            "61 of the 70 dead were aged four or younger",
            [("61", "count"), ("70", "count"), ("four", "year")],
        ),
        ("people over 300 were killed", [("300", "count")]),  # no one is 300
        # an age right before "or older" and the like
        (
            "Of the dead, 425 were 70 or older and 56 were 60 and older",
            [("425", "count"), ("70", "year"), ("56", "count"), ("60", "year")],
        ),
        # ...not a count a hedged figure follows, nor one a comparative word alone follows
        ("The blast killed 83 and over 5,000 were hurt", [("83", "count"), ("5,000", "count")]),
        ("83 or older 5,000", [("83", "count"), ("5,000", "count")]),
        ("gatherings of 50 or over are banned", [("50", "count")]),
        ("under 15,000 people marched", [("15,000", "count")]),
    ],
)
def test_ages_are_years_not_counts(lexicon, text, expected):
    assert [(n.text, n.unit) for n in find_numbers(text, lexicon)] == expected


def test_a_rate_word_before_a_metric_cue_describes_it(tmp_path):
    """'61,000 U.S. hourly jobs' (a cue "hourly jobs", or "jobs" after it) is a count."""
    from tests.reading.lexicons import lexicon_of

    for cue in ("hourly jobs", "jobs"):
        lexicon = lexicon_of(
            tmp_path,
            "subject: s\nsources: {x: {name: X}}\nfacts: []\n",
            pack=f"metrics:\n  jobs:\n    cues: [{cue}]\nsubjects:\n  s:\n    cues: [GM]\n",
        )
        found = [(n.text, n.unit) for n in find_numbers("cut 61,000 U.S. hourly jobs", lexicon)]
        assert found == [("61,000", "count")]
        found = [(n.text, n.unit) for n in find_numbers("cut 300 people daily now", lexicon)]
        assert found == [("300 people daily", "count/day")]


def test_a_fraction_of_a_scale_word_is_as_precise_as_its_share(lexicon):
    [n] = find_numbers("half a million fled", lexicon)
    assert n.precision == 250_000


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a noun of change the pack counts (its cue) and "of", a range of its level
        ("a target of sales growth of 3% to 5% for 2024", [("3% to 5%", 3, 5)]),
        ("expects sales growth of between 3% and 5%", [("between 3% and 5%", 3, 5)]),
        # ...not after another noun of change: a change, then the level reached
        (
            "Sales posted an increase of 0.4% to 3.2% in May",
            [("0.4%", 0.4, 0.4), ("3.2%", 3.2, 3.2)],
        ),
    ],
)
def test_a_range_after_a_noun_of_change_the_pack_counts(tmp_path, text, expected):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources: {}\nfacts: []\n",
        pack="metrics:\n  sales-growth: {cues: [sales growth], units: ['%']}\n"
        "subjects:\n  s: {cues: [Acme]}\n",
    )
    assert [(n.text, n.low, n.high) for n in find_numbers(text, lexicon)] == expected
