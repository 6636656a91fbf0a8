"""Digits that are no figure."""

import pytest

from checker.reading.numbers import find_numbers


@pytest.mark.parametrize(
    "text",
    [
        "at 9:30 a.m. on Monday",
        "by 7 p.m.",
        "at 14:00 GMT",
        "in 2024",
        "date 2025-02-27",
        "on 3/14/2026",
        "Maddon, 66, said",
        "Áñez, 54, was arrested",  # a name with a capital of any Latin script
        "COVID-19",
        "H5N1",
        "G20 leaders",
        "District 751",
        "the Boeing 737 MAX",
        "the Boeing 737-800",  # a model's variant, hyphened to its number
        "an Airbus A320-200",
        "the Su-27",
        "Article 5",
        "a 53-country coalition",
        "the 27-member bloc",
        "the 3rd round",
        "12 cases per 100,000",
        "City won 3-1",
        "a 2-2 draw",
        "beat them 102-98",
        "one of the players",
        "the 2030s",
        "version 1.2.3",
        "2 min read",
        "boarding at Gate 7.",
        # an emergency telephone number
        "calls reached its 112 emergency line",
        "a 911 call came in",
        # a reading on a scale
        "since the magnitude 7.7 quake struck",
        "the 6.8-magnitude earthquake",
        "a quake of magnitude 6 hit the coast",
        "it was measured at magnitude 7.7",  # (a story that does not count magnitudes)
        # ...and a range of readings, both ends (held-out batch 82's Hualien story read "7.0"
        # alone as a plain figure, a false overstatement)
        "aftershocks of magnitude 6.5 to 7.0 were possible",
        "a magnitude 6.5-7.0 aftershock",
        "a Force 10 gale",
        # days listed with a day of a month
        "on June 15 and 16, the hottest days",
        "on March 7, 8 and 9",
        "on 3 and 4 May",
        "from Oct. 4 to 5",
        "were killed on April 24 and 25 in a single burst of fighting",
        "a survey conducted Oct. 15 and 16 with its reporters' findings",
        "talks on May 3 and 4 at the palace",
        # "one" standing for a thing named before it
        "It was the first time one passed.",
        "the commission posted one showing the cuts",
        "and it urged their owners to carry one out",
        "a day before the WHO declared a global one.",
        "only one is left standing",
        "one of the largest outbreaks on record and one with far fewer deaths than most",
        "Police count the people on the route at one moment.",
        "The totals of every ticket were inflated, not just one, the group said.",
        # a house number
        "at the convention center, at 900 Convention Center Blvd., where people took refuge",
        "a rally outside 10 Downing Street",
        "marched to 1600 Pennsylvania Avenue",
        "a flat at 221B Baker Street",
        # "one" after an ordinal stands for a thing named before
        "the weekly rallies since the first one on Oct. 29",
        "and the latest one drew crowds",
        # items picked out by rank
        "Together, the two largest parties hold most seats.",
        "its 10 biggest plants",
        "the three worst-hit districts",
        "Marchers poured into the two biggest squares.",
        # a short quoted term: an acronym past its first word
        'the districts had reached "zero COVID" in the community',
        'the city kept its "zero COVID" policy',
        'they call their dead the "Heavenly Hundred"',
    ],
)
def test_no_figure(lexicon, text):
    got = [n.text for n in find_numbers(text, lexicon)]
    assert got in ([], ["12"]), got  # "12 cases per 100,000": only the rate's count


@pytest.mark.parametrize(
    "text, figures",
    [
        ("11,000-odd troops", ["11,000"]),
        ("a 40-plus fee", ["40"]),
        ("2,024 people in 2024", ["2,024"]),
        ("the 10-12 range", ["10-12"]),
        ("killed 300-400 people", ["300-400"]),
        # a count after a day of a month: too large for a day, or dated on its own
        ("55 on Aug. 11 and 93 on Aug. 13", ["55", "93"]),
        ("55 on Aug. 11 and 12 on Aug. 13", ["55", "12"]),
        ("on June 15, 16,000 marched", ["16,000"]),
        ("The flood struck on Sept. 10 and 11 people are still missing.", ["11"]),
        # a number far after the day is a count ("on Jan. 3 and 25 in the days after")
        ("The unit lost 300 on Jan. 3 and 25 in the days after.", ["300", "25"]),
        ("The dams burst on Sept. 11, and 20 people were found alive.", ["20"]),
        ("30 bodies on Sept. 11 and 14 more on Sept. 12", ["30", "14"]),
        # "one" before a metric cue, a number word or a noun is a figure
        ("one killed and 12 wounded", ["one", "12"]),
        ("the strike killed one.", ["one"]),
        ("one hundred soldiers", ["one hundred"]),
        # "that one", "the one" are no figure, but for a scale word after them
        ("The minister said that one million doses had arrived.", ["one million"]),
        ("It freed the one hundred hostages.", ["one hundred"]),
        ("The first one hundred refugees arrived.", ["one hundred"]),
        ("She said that one was enough, and the one after it too.", []),
        ("one soldier died", ["one"]),
        # beside a scale word, but not a reading on it
        ("The magnitude 7.7 quake killed 3,689 people.", ["3,689"]),
        ("The magnitude 7.7 to 7.8 quake killed 3,689 people.", ["3,689"]),
        ("It measured magnitude 7.7 to 3,689 people's horror.", ["3,689"]),
        # ...a dash with spaces is a break, not a range, and a range before the scale word is
        # a count (a second review of the round)
        ("The strongest was magnitude 6.3 - 40 people were killed.", ["40"]),
        ("It was a magnitude 6.3 — 12 villages were flattened.", ["12"]),
        ("There were 80 to 100 magnitude-4 aftershocks.", ["80"]),
        ("a police force of 3,000 officers", ["3,000"]),
        ("The flooding could force 500 families from their homes.", ["500"]),
        # the end of a larger number is no emergency number
        ("More than 3,000 emergency workers were deployed.", ["3,000"]),
        ("The city received 2,911 calls for help.", ["2,911"]),
        # a figure with thousands, or before lowercase words, is no house number
        ("Some 2,000 Main Street shops closed.", ["2,000"]),
        ("About 300 people marched down Main Street.", ["300"]),
        # ...nor one with no address word before it
        ("Flooding killed 12 Port St. Lucie residents.", ["12"]),
        ("All 9 Supreme Court justices agreed.", ["9"]),
        # ...nor a street word right after the number ("St." opening a name)
        ("Patients were taken to 5 St. Louis hospitals.", ["5"]),
        # a rank word with no determiner before it, or an adjective that ranks nothing
        ("Two largest parties lost 12 seats.", ["Two", "12"]),
        ("the 16 major marathons held since January", ["16"]),
        # ...nor one a verb acts on: what is closed is counted
        ("Acme said it would close its three largest plants.", ["three"]),
        # a short quoted phrase of common words quotes a figure ("three people")
        ('He said "three people" had died.', ["three"]),
        ('officials confirmed "two Americans" were killed', ["two"]),
        ('officials confirmed "two US citizens" were killed', ["two"]),
        ('it needs a "two-thirds majority" to pass', ["two-thirds"]),
        # a count before a name in capitals is no model when the name runs on into digits, when
        # the count is longer than a model's number, or when the name is a source's (held-out
        # Omicron: "The NICD has recorded 89,822 COVID-19 deaths" read no figure)
        ("The NICD has recorded 89,822 COVID-19 deaths.", ["89,822"]),
        ("It has 300 COVID-19 patients.", ["300"]),
        ("It said 1,500 MAX jets were grounded.", ["1,500"]),
        ("The 120 NIS agents were sent.", ["120"]),
        ("About 300 DPRK soldiers were killed.", ["300"]),
        ("the Boeing 737 MAX, 767 and 777 jets", []),
    ],
)
def test_still_figures(lexicon, text, figures):
    assert [n.text for n in find_numbers(text, lexicon)] == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # a small number closing a capitalised name after "on", "at", "via" is part of the name
        ("22 million viewers on France 2, the agency said", ["22 million"]),
        ("it aired on Channel 4 and drew 2 million", ["2 million"]),
        # ...not a figure after another word, nor a larger one
        ("the toll rose to 12, officials said", ["12"]),
        ("a crowd of 300 gathered on Sunday", ["300"]),
        # ...nor one after a currency sign written like a name ("Rs" is no name)
        ("losses put at Rs 8,316 crore", ["Rs 8,316 crore"]),
        ("losses put at Rs 1.5 lakh each", ["Rs 1.5 lakh"]),
        # ...nor one going on into more digits ("On Sunday" is no name before a figure), in a
        # currency the pack does not know too
        ("farmers sold it at Tk 1,100 a maund", ["1,100"]),
        ("the shekel weakened to trade at NIS 3.717", ["3.717"]),
        ("On Sunday 1.5 million people marched across France", ["1.5 million"]),
    ],
)
def test_a_number_in_a_name_is_no_figure(lexicon, text, figures):
    assert [n.text for n in find_numbers(text, lexicon)] == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # each number listed after a plural designator names a thing (held-out batch 82's
        # Georgia story: a false contradiction of 166 and 173 detained)
        ("13 were detained under Articles 166 and 173 of the code", ["13"]),
        ("Routes 9, 11 and 14 were closed to 2,000 trucks", ["2,000"]),
        ("Units 3 or 4 will restart", []),
        # ...not a count after the list, nor a share
        ("Sections 3 and 4, 2,500 pages in all", ["2,500"]),
        ("Lines 2 and 4 carried 35% more riders", ["35%"]),
        # the figures after the list are figures
        ("Flights 12 and 14 were cancelled; 300 passengers and 12 crew stayed", ["300", "12"]),
        ("300 trucks used Routes 9 and 11", ["300"]),
        # ...a list ends at the item after its joiner, and a plural names things only capitalised
        # with a list after it (a fresh-eyes review of the round)
        ("In Districts 4 and 5, 300 people were killed", ["300"]),
        ("Officials closed Gates 3 and 4 and 120 people were evacuated", ["120"]),
        ("The river rose to levels 26 feet above normal", ["26 feet"]),
        ("charged under articles 166 and 173", []),  # in lower case too, as the singular
        ("booked under sections 304 and 201 after 293 people died", ["293"]),
    ],
)
def test_numbers_listed_after_a_plural_designator_are_no_figures(lexicon, text, figures):
    assert [n.text for n in find_numbers(text, lexicon)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "at 1 " + "Aaa " * 20_000,  # capitalised words with no street word: nothing to find
        " ".join(["at 12"] * 20_000) + " Main Street",  # leads and numbers, one address
        "at 1 " + "A. " * 20_000 + "St.",
    ],
)
def test_a_house_number_is_found_in_linear_time(lexicon, text):
    import time

    from checker.reading import nonfigures

    start = time.perf_counter()
    found = list(nonfigures._patterns(lexicon)["house_number"].finditer(text))
    assert time.perf_counter() - start < 2.0  # quadratic would be minutes
    assert len(found) == (1 if text.endswith("Street") else 0)


_QUAKE_REFS = (
    "subject: region\nsources: {usgs: {name: the USGS, aliases: [USGS]}}\nfacts:\n"
    "  - {id: a, metric: magnitude, value: 9.1, source: usgs, as_of: 2004-12-27}\n"
)


@pytest.mark.parametrize(
    "units, text, figures",
    [
        # a story that counts magnitudes reads them, whatever unit its pack names for them
        ("[magnitude]", "The USGS put its magnitude at 9.3.", [("9.3", "magnitude")]),
        ("[count]", "The USGS put its magnitude at 9.3.", [("9.3", "magnitude")]),
        # ...and one right on the scale's word when a source gives it ("at magnitude 9.1")
        ("[magnitude]", "The USGS measured it at magnitude 9.1.", [("9.1", "magnitude")]),
        ("[]", "The USGS put the quake at magnitude 9.1.", [("9.1", "magnitude")]),
        ("[]", "The USGS estimated the quake at magnitude 9.1.", [("9.1", "magnitude")]),
        ("[]", "The USGS rated the quake at magnitude 9.1.", [("9.1", "magnitude")]),
        # ...but not otherwise: an aftershock's would be taken for the quake's
        ("[]", "A magnitude 7.1 aftershock followed.", []),
        ("[]", "The largest of magnitude 6.7 struck on Tuesday.", []),
        ("[]", "Another 6.1-magnitude shock hit the coast.", []),
        # ...nor one after an "at" that closes no source's verb
        ("[]", "Aftershocks followed all week, the strongest at magnitude 5.5.", []),
        ("[]", "The largest aftershock, at magnitude 5.4, struck on Thursday.", []),
    ],
)
def test_a_metric_in_a_unit_numcheck_does_not_read_gives_figures(tmp_path, units, text, figures):
    import datetime as dt

    from tests.reading.lexicons import claims_in, lexicon_of

    pack = (
        f"metrics:\n  magnitude:\n    cues: [magnitude]\n    units: {units}\n"
        "subjects:\n  region:\n    cues: [Sumatra]\n"
    )
    lexicon = lexicon_of(tmp_path, _QUAKE_REFS, pack)
    found = claims_in(text, lexicon, dt.date(2005, 2, 11))
    assert [(c.text, c.metric) for c in found] == figures


def test_a_quoted_term_is_no_figure_even_where_the_pack_counts_it(tmp_path):
    """'15 of its 16 districts had reached "zero COVID"': the pack counts districts that reached
    it (a metric cued "zero COVID"), but "zero" there names the goal, not a count of districts."""
    import datetime as dt

    from tests.reading.lexicons import claims_in, lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  city: {name: the city government, kind: group}\nfacts: []\n",
        pack="metrics:\n  districts:\n    cues: [districts]\n"
        "  districts-cleared:\n    cues: [zero COVID]\nsubjects:\n  s:\n    cues: [Shanghai]\n",
    )
    text = 'In Shanghai, 15 of the city\'s 16 districts had reached "zero COVID" by May 16.'
    assert [c.text for c in claims_in(text, lexicon, dt.date(2022, 7, 28))] == ["15", "16"]
