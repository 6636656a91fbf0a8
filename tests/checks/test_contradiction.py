"""The contradiction check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import datetime as dt

import pytest

from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "contradiction"

CASES = [
    case(
        "nis-900",
        "The NIS said 900 North Korean soldiers were killed.",
        "contradiction",
        True,
        at="900",
        refs=("nis-killed",),
        says=("NIS", "about 300"),
        suggests=("about 300",),
    ),
    case(
        "zelensky-6000",
        "Zelensky said 6,000 North Korean soldiers were killed.",
        "contradiction",
        True,
        at="6,000",
        refs=("zelensky-killed",),
        suggests=("4,000",),
    ),
    case(
        "zelensky-5000-deployed",
        "About 5,000 North Korean troops were deployed, Zelensky said.",
        "contradiction",
        True,
        at="5,000",
        refs=("zelensky-deployed",),
        suggests=("about 12,000",),
    ),
    case(
        "spy-agency-alias-wounded",
        "South Korea's spy agency said about 1,000 North Korean soldiers were wounded.",
        "contradiction",
        True,
        at="1,000",
        refs=("nis-wounded",),
        says=("South Korea's spy agency", "about 2,700"),
    ),
    case(
        "the-agency-carries-nis",
        "The NIS briefed lawmakers on Tuesday. The agency said 900 North Korean soldiers were "
        "killed.",
        "contradiction",
        True,
        at="900",
        refs=("nis-killed",),
        severity="warning",  # "the agency" points back to the NIS: not certain enough for an error
        says=("not certain: the source (NIS) is named in another sentence",),
    ),
    case(
        "nis-casualties-2000",
        "North Korea has suffered about 2,000 casualties, the NIS said.",
        "contradiction",
        True,
        at="2,000",
        refs=("nis-killed+nis-wounded", "nis-casualties-2025-04"),
        says=("about 3,000", "about 5,000"),
        suggests=("newest figure, about 5,000 (as of 2025-04)",),
    ),
    case(
        "ukraines-president-10000",
        "Ukraine's president said 10,000 North Korean soldiers had been killed.",
        "contradiction",
        True,
        at="10,000",
        refs=("zelensky-killed",),
    ),
    case(
        "nis-about-300",
        "The NIS said about 300 North Korean soldiers were killed.",
        "contradiction",
        False,
    ),
    case(
        "two-sources-one-sentence",
        "NIS counts about 300 killed; Zelensky says 4,000.",
        "contradiction",
        False,
    ),
    case(
        "two-sources-one-sentence-long",
        "The NIS counts about 300 North Korean soldiers killed; Zelensky says 4,000.",
        "contradiction",
        False,
    ),
    case(
        "two-sources-two-sentences",
        "About 300 North Korean soldiers were killed, the NIS said. Zelensky said 4,000 North "
        "Korean soldiers were killed.",
        "contradiction",
        False,
    ),
    case(
        "casualties-derived",
        "North Korea has suffered about 3,000 casualties, the NIS said.",
        "contradiction",
        False,
    ),
    case(
        "killed-or-wounded-derived",
        "About 3,000 North Korean soldiers have been killed or wounded, the NIS said.",
        "contradiction",
        False,
    ),
    case(
        "more-than-100-compatible",
        "More than 100 North Korean soldiers were killed, the NIS said.",
        "contradiction",
        False,
    ),
    case(
        "others-figure-is-misattribution",
        "The NIS said 4,000 North Korean soldiers were killed.",
        "contradiction",
        False,
    ),
    case(
        "nis-range",
        "North Korea sent between 1,000 and 3,000 more troops, the NIS said.",
        "contradiction",
        False,
    ),
    case(
        "breakdown-of-wounded",
        "The NIS said about 2,700 North Korean soldiers had been wounded, 500 of them seriously.",
        "contradiction",
        False,
    ),
    case(
        "breakdown-of-killed",
        "Of the roughly 300 North Korean soldiers killed, 30 were officers, the NIS said.",
        "contradiction",
        False,
    ),
    case(
        "tens-of-thousands-killed",
        "Tens of thousands of North Korean soldiers have been killed, the NIS said.",
        "contradiction",
        True,
        at="Tens of thousands of",
        refs=("nis-killed",),
    ),
    case(
        "thousands-killed-nis",
        "Thousands of North Korean soldiers were killed, the NIS said.",
        "contradiction",
        True,
        at="Thousands of",
        refs=("nis-killed",),
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


def test_the_named_sources_own_figure_disagrees():
    [issue] = issues(
        CHECK, claim("900", source="NIS"), [fact("nis-killed", "NIS", 300, hedge="about")]
    )
    assert issue.references == ("nis-killed",) and "about 300" in issue.suggestion


@pytest.mark.parametrize(
    "the_claim, facts",
    [
        (
            claim("310", source="NIS"),
            [fact("nis", "NIS", 300, hedge="about")],
        ),  # within its own tolerance
        (
            claim("900"),
            [fact("nis", "NIS", 300, hedge="about")],
        ),  # nobody named: not a contradiction
        (
            claim("4,000", source="NIS"),
            [fact("nis", "NIS", 300), fact("z", "Zelensky", 4000)],
        ),  # misattribution instead
        (claim("900", source="JCS"), [fact("nis", "NIS", 300)]),  # JCS gave no figure
    ],
)
def test_quiet(the_claim, facts):
    assert issues(CHECK, the_claim, facts) == []


def test_a_vague_figure_far_from_its_source_is_a_contradiction():
    vague = claim("tens of thousands", low=20000, high=99999, hedge="vague", source="NIS")
    assert issues(
        CHECK, vague, [fact("nis", "NIS", 300, hedge="about"), fact("z", "Zelensky", 40000)]
    )


# The named source's very figure for another metric, given on the day the draft dates the figure to,
# says the reading took the wrong metric ("On Oct. 5, the WHO put the count at 63 confirmed and
# probable cases, including 29 deaths"): no contradiction, no unsupported figure, no
# misattribution. On another day it is a coincidence, and the figure is checked as read; so is one
# whose metric was read from a word right beside it, unless it is dated to that day.
@pytest.mark.parametrize(
    "claim_fields, quiet",
    [
        ({"as_of": "2025-01-15"}, True),
        # ...but read from the word beside it, the draft may have swapped the metrics ("2,700
        # killed" for the NIS's 2,700 wounded): the finding stands (the engine names the doubt)
        ({"as_of": "2025-01-15", "metric_how": "cue"}, False),
        ({"as_of": "2025-02-10"}, False),
        ({"metric_how": "nearest"}, True),  # undated, loosely read: the source's latest figure
        ({"metric_how": "cue"}, False),  # undated, read from the word beside it
    ],
)
def test_the_sources_figure_for_another_metric(claim_fields, quiet):
    own = fact("killed", "NIS", 300, metric="killed", as_of="2025-01-15")
    other = fact("casualties", "NIS", 4000, metric="casualties", as_of="2025-01-15")
    the_claim = claim("4,000", metric="killed", source="NIS", **claim_fields)
    found = {
        check: issues(check, the_claim, [own, other])
        for check in ("contradiction", "unsupported", "misattribution")
    }
    assert (not any(found.values())) is quiet, found


def test_an_undated_figure_is_read_as_the_other_metrics_latest_figure_only():
    """Loosely read and undated, the figure is the source's latest of the other metric, or a
    coincidence: the NIS's earlier 4,000 casualties, since replaced by 5,000, explains nothing."""
    own = fact("killed", "NIS", 300, metric="killed", as_of="2025-01-15")
    older = fact("casualties-jan", "NIS", 4000, metric="casualties", as_of="2025-01-15")
    newer = fact("casualties-feb", "NIS", 5000, metric="casualties", as_of="2025-02-01")
    the_claim = claim("4,000", metric="killed", source="NIS", metric_how="nearest")
    assert issues("contradiction", the_claim, [own, older, newer])
    assert not issues("contradiction", the_claim, [own, older])


_NIS_KILLED_AND_WOUNDED = (
    "subject: troops\nsources: {nis: {name: the NIS, aliases: [NIS]}}\nfacts:\n"
    "  - {id: k, metric: killed, value: 300, hedge: about, source: nis, as_of: 2025-01-15}\n"
    "  - {id: w, metric: wounded, value: 2700, hedge: about, source: nis, as_of: 2025-01-15}\n"
)
_SOLDIERS_PACK = (
    "metrics:\n  killed:\n    cues: [killed]\n  wounded:\n    cues: [wounded]\n"
    "subjects:\n  troops:\n    cues: [soldiers]\n"
)


def _contradictions_of_2700(tmp_path, text: str):
    """The contradictions on '2,700' in `text`, checked against the NIS's killed and wounded, and
    the whole result (for assertion messages)."""
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        _NIS_KILLED_AND_WOUNDED,
        _SOLDIERS_PACK,
        text,
        __import__("datetime").date(2025, 1, 20),
    )
    found = [f for f in result.findings if f.check == "contradiction" and f.excerpt == "2,700"]
    return found, result


def test_a_swapped_metric_is_a_warning_that_names_the_other_metric(tmp_path):
    """'On Jan. 15, the NIS said 2,700 soldiers had been killed', the day the NIS gave 2,700
    wounded: not silenced, and not an error either: a warning that says which figure it matches."""
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        _NIS_KILLED_AND_WOUNDED,
        _SOLDIERS_PACK,
        "On Jan. 15, the NIS said 2,700 soldiers had been killed.",
        __import__("datetime").date(2025, 1, 20),
    )
    [finding] = [f for f in result.findings if f.check == "contradiction"]
    assert finding.severity.value == "warning"
    assert "the NIS gave this very figure for wounded that day" in finding.message


@pytest.mark.parametrize(
    "text, severity, named",
    [
        # undated and read from the word beside it, the source's very figure for another metric
        # is a coincidence...
        ("The NIS said 2,700 soldiers had been killed.", "error", False),
        # ...unless the sentence names that metric too: then the reading is in doubt
        (
            "The NIS said 300 soldiers were wounded, along with 2,700 soldiers it said were "
            "killed.",
            "warning",
            True,
        ),
    ],
)
def test_a_figure_beside_a_word_for_another_metric_the_source_gave_it_for(
    tmp_path, text, severity, named
):
    found, result = _contradictions_of_2700(tmp_path, text)
    assert [f.severity.value for f in found] == [severity], [f.message for f in result.findings]
    assert ("the NIS gave this very figure for wounded" in found[0].message) is named


@pytest.mark.parametrize(
    "text, fires",
    [
        # the other metric's word in the figure's own tail says what it counts: misread, quiet
        ("The NIS said 2,700 soldiers were killed or wounded.", False),
        ("The NIS said 2,700 soldiers were killed, while 300 were wounded.", True),
    ],
)
def test_the_other_metrics_word_right_after_the_figure_is_what_it_counts(tmp_path, text, fires):
    found, result = _contradictions_of_2700(tmp_path, text)
    assert bool(found) is fires, [f.message for f in result.findings]


@pytest.mark.parametrize(
    "sentence, severity",
    [
        # its sentence names the part ("hypothermia"), whose 158 the department gave: likely that
        # part, so the finding is a note that says so (still said: "the storm killed 158 people,
        # most of them from hypothermia" may be the slip)
        (
            "Hypothermia was the leading cause, the department said, accounting for 158 deaths.",
            "info",
        ),
        (
            "The storm killed 158 people, most of them from hypothermia, the department said.",
            "info",
        ),
        # no part named: 158 deaths against the department's 246 is a contradiction
        ("The department said the storm caused 158 deaths.", "error"),
    ],
)
def test_the_sources_figure_for_a_part_named_in_the_sentence(tmp_path, sentence, severity):
    """'Hypothermia ..., accounting for 158 deaths': read as deaths from the word beside it, the
    figure is more likely the department's 158 hypothermia deaths, a part of the deaths, named in
    the sentence: a note that says so."""
    import datetime as dt

    from tests.reading.lexicons import checked

    refs = (
        "subject: s\nsources: {dshs: {name: the health department, aliases: [the department]}}\n"
        "facts:\n"
        "  - {id: a, metric: deaths, value: 246, source: dshs, as_of: 2021-12-31}\n"
        "  - {id: b, metric: hypothermia, value: 158, source: dshs, as_of: 2021-12-31}\n"
    )
    pack = (
        "metrics:\n  deaths:\n    cues: [deaths, killed]\n"
        "  hypothermia:\n    cues: [hypothermia]\n    whole: deaths\n"
        "subjects:\n  s:\n    cues: [Texans]\n"
    )
    result = checked(tmp_path, refs, pack, sentence, dt.date(2022, 1, 3))
    [found] = [f for f in result.findings if f.check == "contradiction"]
    assert found.severity.value == severity
    assert ("so it may count that" in found.message) is (severity == "info")


@pytest.mark.parametrize(
    "events, as_of, doubted",
    [
        (("jan-cut", "dec-cut"), None, True),  # two events, and the draft dates no figure
        (("jan-cut", "dec-cut"), "2023-12-04", False),  # dated: compared as it is
        (("jan-cut", "jan-cut"), None, False),  # one event
        ((None, None), None, False),  # running counts
    ],
)
def test_a_figure_the_draft_does_not_date_among_one_sources_events(events, as_of, doubted):
    """'A spokesperson said the cuts amounted to about 2% of the workforce', when the source's
    figures are each about one event (a January cut, a December cut): the draft's may be about
    another, which the set does not record."""
    facts = [
        fact("jan", "NIS", 6, unit="%", as_of="2023-01-23", event=events[0]),
        fact("dec", "NIS", 17, unit="%", as_of="2023-12-04", event=events[1]),
    ]
    [issue] = issues(CHECK, claim("2%", low=2, unit="%", source="NIS", as_of=as_of), facts)
    assert bool(issue.doubts) is doubted


@pytest.mark.parametrize(
    "text, fires",
    [
        # the running total of the source's rounds, each an event of its own, is no wrong figure
        ("The chain said it had shut 262 stores in all.", False),
        ("The chain said it had shut 182 stores in all.", False),  # the first two rounds
        # ...but a figure that adds up to none of them is
        ("The chain said it had shut 300 stores in all.", True),
        ("The chain said it had shut 122 stores in all.", True),  # two rounds, not in order
        # ...and a figure not named a total is one round's, whatever the rounds add up to
        ("The chain said it shut 182 more stores in its second round.", True),
    ],
)
def test_a_running_total_of_a_sources_events(tmp_path, text, fires):
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: s\nsources: {co: {name: the chain, aliases: [chain]}}\nfacts:\n"
        "  - {id: a, metric: closures, value: 142, source: co, as_of: 2018-10-15, event: r1}\n"
        "  - {id: b, metric: closures, value: 40, source: co, as_of: 2018-11-08, event: r2}\n"
        "  - {id: c, metric: closures, value: 80, source: co, as_of: 2018-12-28, event: r3}\n",
        "metrics:\n  closures:\n    cues: [closures, shut, stores]\n"
        "subjects:\n  s:\n    cues: [Sears]\n",
        text,
        dt.date(2019, 2, 11),
    )
    found = [f for f in result.findings if f.check == CHECK]
    assert bool(found) is fires, [f.message for f in result.findings]


# A smaller count the draft dates to before every figure its source gave ("By the end of May the
# CDC had confirmed three human cases", its figure of December being 61) is an earlier point on the
# same running count; a larger one, an undated one, or one dated to a time the source's figures
# cover is checked as before.
@pytest.mark.parametrize(
    "claim_fields, fact_fields, quiet",
    [
        ({"as_of": "2024-05-31"}, {"as_of": "2024-12-18"}, True),
        ({"text": "900", "as_of": "2024-05-31"}, {"as_of": "2024-12-18"}, False),  # larger
        ({}, {"as_of": "2024-12-18"}, False),  # undated
        ({"as_of": "2024-12-18"}, {"as_of": "2024-12-18"}, False),  # the same day
        # the source's figure, given later, is about a time that takes in the draft's
        (
            {"as_of": "2024-05-31"},
            {"as_of": "2024-12-18", "period": "2024-05-01/2024-06-30"},
            False,
        ),
        ({"as_of": "2024-05-31", "unit": "%"}, {"as_of": "2024-12-18", "unit": "%"}, False),
    ],
)
def test_a_smaller_count_dated_before_all_the_sources_figures(claim_fields, fact_fields, quiet):
    fields = {"text": "3", "source": "NIS", **claim_fields}
    found = issues(CHECK, claim(**fields), [fact("nis", "NIS", 61, **fact_fields)])
    assert (found == []) is quiet, found


@pytest.mark.parametrize(
    ("as_of", "period", "quiet"),
    [
        ("2025-01-14", "2025-01-14", True),
        ("2025-01-10", "2025-01-14", False),
        # a figure for a whole month is not about that one day
        ("2025-01-14", "2025-01", False),
    ],
)
def test_the_sources_figure_for_another_metric_about_that_day(as_of, period, quiet):
    """'The busiest day was March 6, when 142,300 people crossed': the source's figure for one
    day's crossings, given the next day, shows what a figure dated to that day counts."""
    own = fact("killed", "NIS", 300, metric="killed", as_of="2025-01-15")
    daily = fact("casualties", "NIS", 4000, metric="casualties", as_of="2025-02-15", period=period)
    the_claim = claim("4,000", metric="killed", source="NIS", metric_how="nearest", as_of=as_of)
    assert (issues(CHECK, the_claim, [own, daily]) == []) is quiet


_SEATS = (
    "subject: coalition\nsources:\n  nhk: {name: NHK, aliases: [NHK]}\nfacts:\n"
    "  - {id: a, metric: seats, value: 215, source: nhk, subject: coalition, as_of: 2024-10-28}\n"
    "  - {id: b, metric: seats, value: 24, source: nhk, subject: komeito, as_of: 2024-10-28}\n"
    "  - {id: c, metric: seats, value: 30, source: nhk, subject: coalition, as_of: 2021-11-01}\n"
)
_SEATS_PACK = (
    "metrics:\n  seats:\n    cues: [seats]\n"
    "subjects:\n  coalition:\n    cues: [the coalition]\n  komeito:\n    cues: [Komeito]\n"
)


@pytest.mark.parametrize(
    ("text", "severity", "named"),
    [
        # the source's very figure of another subject: the reading of whose it is is in doubt,
        # so much that the finding is a note
        ("Komeito won 215 seats, NHK said.", "info", True),
        ("Komeito won 215 seats on Oct. 27, NHK said.", "info", True),  # given the next day
        # ...any other figure is a plain contradiction
        ("Komeito won 25 seats, NHK said.", "error", False),
        # ...and so is one the source gave of another subject at another time, or that is not its
        # latest of that subject
        ("Komeito won 30 seats on Oct. 27, NHK said.", "error", False),
        ("Komeito won 30 seats, NHK said.", "error", False),
    ],
)
def test_a_figure_the_source_gave_of_another_subject_is_a_note_that_names_it(
    tmp_path, text, severity, named
):
    """'Ishiba's Liberal Democratic Party and its partner Komeito won 215 seats, according to
    NHK': NHK's 215 seats are the coalition's, not Komeito's; the finding stays, as a note."""
    from tests.reading.lexicons import checked

    result = checked(tmp_path, _SEATS, _SEATS_PACK, text, dt.date(2024, 11, 11))
    [finding] = [f for f in result.findings if f.check == "contradiction"]
    assert finding.severity.value == severity
    assert ("NHK gave this very figure of coalition" in finding.message) is named


@pytest.mark.parametrize(
    "written, value, precision, found",
    [
        ("7.24 lakh", 724_000, 500, False),  # 7,24,649 cut short, as Indian copy often does
        ("7.23 lakh", 723_000, 500, True),  # a step below it is another figure
        ("7.26 lakh", 726_000, 500, True),  # and so is a step above
    ],
)
def test_a_figure_cut_short_is_no_contradiction(written, value, precision, found):
    """'7.24 lakh people were sheltering', the chief minister said, of his 7,24,649: the same
    figure cut to the digits written, not a contradiction."""
    cm = fact("kerala-cm", "CM", 724_649, metric="killed", as_of="2018-08-19")
    the_claim = claim(written, low=value, precision=precision, source="CM", as_of="2018-08-19")
    assert bool(issues(CHECK, the_claim, [cm])) is found


_TARGET = (
    "subject: citi\nsources: {citi: {name: Citigroup, aliases: [Citigroup, the bank]}}\nfacts:\n"
    "  - {id: a, metric: workforce, subject: banamex, value: 40000, hedge: about, source: citi,"
    " as_of: 2024-01-12}\n"
    "  - {id: b, metric: target, subject: citi, value: 180000, hedge: about, source: citi,"
    " as_of: 2024-01-12}\n"
)
_TARGET_PACK = (
    "metrics:\n  workforce:\n    cues: [employees, staff]\n  target:\n    cues: [aims]\n"
    "subjects:\n  banamex:\n    cues: [Banamex]\n  citi:\n    cues: [Citi]\n"
)


@pytest.mark.parametrize(
    "text, contradicted",
    [
        # the source's very figure for another metric the sentence names, of another subject than
        # the one read: a misreading, not a contradiction
        (
            "Take the Banamex staff out and the bank lands close to the roughly 180,000 employees "
            "it ultimately aims to have, Citigroup said.",
            False,
        ),
        # ...the sentence naming no such metric: a contradiction
        ("Banamex has roughly 180,000 employees, Citigroup said.", True),
    ],
)
def test_the_sources_figure_for_another_metric_named_of_another_subject(
    tmp_path, text, contradicted
):
    from tests.reading.lexicons import checked

    result = checked(tmp_path, _TARGET, _TARGET_PACK, text, dt.date(2024, 1, 12))
    errors = [f for f in result.findings if f.check == "contradiction"]
    assert bool(errors) is contradicted


_CAMPS = (
    "subject: kerala\nsources: {sdma: {name: the SDMA, aliases: [SDMA, the SDMA]}}\nfacts:\n"
    "  - {id: a, metric: camps, value: VALUE, source: sdma, as_of: 2018-08-19}\n"
)
_CAMPS_PACK = (
    "metrics:\n  camps:\n    cues: [in relief camps]\nsubjects:\n  kerala:\n    cues: [Kerala]\n"
)


@pytest.mark.parametrize(
    "value, text, found",
    [
        (724_649, "7.24 lakh people were in relief camps, the SDMA said.", False),  # cut short
        # the next step of its digits is another figure
        (725_000, "7.24 lakh people were in relief camps, the SDMA said.", True),
        (1_290_000, "1.28 million people were in relief camps, the SDMA said.", True),
        # a hedge says which way it goes: no cutting short
        (724_649, "At most 7.24 lakh people were in relief camps, the SDMA said.", True),
        (724_649, "Nearly 7.24 lakh people were in relief camps, the SDMA said.", True),
    ],
)
def test_a_figure_is_cut_short_only_below_its_next_step(tmp_path, value, text, found):
    """'7.24 lakh' may be 7,24,649 cut short, not 7,25,000; 'at most 7.24 lakh' is neither."""
    from tests.reading.lexicons import checked

    refs = _CAMPS.replace("VALUE", str(value))
    result = checked(tmp_path, refs, _CAMPS_PACK, text, dt.date(2018, 8, 20))
    assert any(f.check == "contradiction" for f in result.findings) is found


_PLAGUE = (
    "subject: madagascar\nsources: {who: {name: WHO, aliases: [WHO, the WHO]}}\nfacts:\n"
    "  - {id: a, metric: deaths, value: 202, source: who, as_of: 2017-11-26}\n"
    "  - {id: b, metric: cases, value: 2417, source: who, as_of: 2017-11-26}\n"
    "  - {id: c, metric: cases, value: 171, subject: tana, source: who, as_of: 2017-11-26}\n"
)
_PLAGUE_PACK = (
    "metrics:\n  deaths:\n    cues: [death toll, deaths]\n  cases:\n    cues: [cases]\n"
    "subjects:\n  madagascar:\n    cues: [Madagascar]\n  tana:\n    cues: [Antananarivo]\n"
)


def test_another_subjects_figure_for_another_metric_out_of_view_is_no_excuse(tmp_path):
    """'The death toll in Madagascar reached 171 while cases climbed to 2,417', for a WHO toll of
    202: its 171 cases of Antananarivo, a place the sentence does not name, do not make the 171 a
    misreading."""
    from tests.reading.lexicons import checked

    text = "The death toll in Madagascar reached 171 while cases climbed to 2,417, the WHO said."
    result = checked(tmp_path, _PLAGUE, _PLAGUE_PACK, text, dt.date(2017, 11, 27))
    [found] = [f for f in result.findings if f.check == "contradiction"]
    assert found.severity.value == "error"


@pytest.mark.parametrize(
    "text, severity",
    [
        # dated before the source gave any figure of what it was read to count: doubted
        ("Ipsos said on May 16 that its poll showed Yes on 44%.", "warning"),
        # ...and with the other doubt it is read with (the source gave it that day for another
        # metric), a note
        ("Ipsos said on May 17 that its poll showed Yes on 44%.", "info"),
        # ...dated after: no doubt
        ("Ipsos said on May 27 that its poll showed Yes on 44%.", "error"),
        # placed (not said) well before a figure given with no period: doubted; the day before
        # it is not (a count is often given the day after)
        ("On May 10, Yes stood on 44% in the Ipsos poll, Ipsos said.", "warning"),
        ("On May 24, Yes stood on 44% in the Ipsos poll, Ipsos said.", "error"),
    ],
)
def test_a_figure_dated_before_the_source_gave_any(tmp_path, text, severity):
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: ireland\nsources: {ipsos: {name: Ipsos, aliases: [Ipsos]}}\nfacts:\n"
        "  - {id: a, metric: yes-share, value: 68, unit: '%', source: ipsos, as_of: 2018-05-25}\n"
        "  - {id: b, metric: poll-yes, value: 44, unit: '%', source: ipsos, as_of: 2018-05-17}\n",
        "metrics:\n  yes-share:\n    cues: ['Yes']\n    units: ['%']\n"
        "  poll-yes:\n    cues: [would vote Yes]\n    units: ['%']\n"
        "subjects:\n  ireland:\n    cues: [Irish]\n",
        text,
        dt.date(2018, 5, 28),
    )
    found = [f for f in result.findings if f.check == "contradiction"]
    assert [f.severity.value for f in found] == [severity], [f.message for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        "The Aug. 24 quake killed 2,990 people, civil protection said.",
        "The quake that struck on Aug. 24 killed 2,990 people, civil protection said.",
    ],
)
def test_a_toll_dated_by_its_event_is_not_doubted_for_coming_before_the_count(tmp_path, text):
    """A toll is given after its event: dating the figure by the event raises no doubt."""
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: italy\nsources: {cp: {name: civil protection, aliases: [civil protection]}}\n"
        "facts:\n  - {id: a, metric: killed, value: 299, source: cp, as_of: 2016-09-10}\n",
        "metrics:\n  killed:\n    cues: [killed]\nsubjects:\n  italy:\n    cues: [Italy]\n",
        text,
        dt.date(2016, 9, 20),
    )
    found = [f for f in result.findings if f.check == "contradiction"]
    assert [f.severity.value for f in found] == ["error"], [f.message for f in result.findings]


def test_the_sources_figure_of_another_metric_as_a_rate_is_its_very_figure(tmp_path):
    """'annual savings ... of £700m', read as investment: the source gave £700m a year of savings
    (GBP/year), the very figure, so the contradiction is doubted (a warning, not an error)."""
    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: uk\nsources: {v: {name: Vodafone, aliases: [Vodafone]}}\nfacts:\n"
        "  - {id: a, metric: investment, value: 11000000000, unit: GBP, source: v,"
        " as_of: 2023-06-14}\n"
        "  - {id: b, metric: savings, value: 700000000, unit: GBP/year, source: v,"
        " as_of: 2023-06-14}\n",
        "metrics:\n  investment:\n    cues: [capital spending]\n"
        "  savings:\n    cues: [annual savings]\nsubjects:\n  uk:\n    cues: [UK]\n",
        "Vodafone said it expected annual savings in costs and capital spending of £700m.",
        dt.date(2023, 6, 20),
    )
    found = [f for f in result.findings if f.check == "contradiction"]
    assert [f.severity.value for f in found] == ["warning"], [f.message for f in result.findings]
    assert "savings" in found[0].message


@pytest.mark.parametrize(
    "the_claim, severity, suggests",
    [
        # the source gave no figure of what the figure was read to count, but its figure of
        # another subject has these digits with two swapped: a slip, in doubt about what it counts
        (claim("12,082", metric="cases", subject="visayas", source="DOH"), "warning", "12,802"),
        # ... or of this very thing, among its other figures of it: a contradiction either way
        (claim("35,292", metric="cases", subject="national", source="DOH"), "error", None),
    ],
)
def test_a_sources_figure_with_two_digits_swapped_is_a_contradiction(the_claim, severity, suggests):
    facts = (
        fact("week", "DOH", 12802, metric="cases", subject="national"),
        fact("total", "DOH", 35229, metric="cases", subject="national"),
    )
    [found] = issues("contradiction", the_claim, facts)
    assert found.references == (("week",) if suggests else ("week", "total"))
    assert bool(found.doubts) is (severity == "warning")
    if suggests:
        assert found.suggestion == f"did you mean {suggests}?"
        assert "the same digits with two neighbours swapped" in found.message


@pytest.mark.parametrize(
    "the_claim, facts",
    [
        # three digits swap by chance
        (claim("218", metric="cases", subject="visayas", source="DOH"), (fact("a", "DOH", 128),)),
        # another source's figure with those digits says nothing of this one's
        (
            claim("12,082", metric="cases", subject="visayas", source="DOH"),
            (fact("a", "WHO", 12802, metric="cases", subject="national"),),
        ),
        # someone gave this very figure of what it counts: no slip
        (
            claim("12,082", metric="cases", subject="visayas", source="DOH"),
            (
                fact("a", "DOH", 12802, metric="cases", subject="national"),
                fact("b", "WHO", 12082, metric="cases", subject="visayas"),
            ),
        ),
        # the source gave this very figure of another subject: what it counts was misread
        (
            claim("12,082", metric="cases", subject="visayas", source="DOH"),
            (
                fact("a", "DOH", 12802, metric="cases", subject="national", as_of="2019-08-16"),
                fact("b", "DOH", 12082, metric="cases", subject="luzon", as_of="2019-08-16"),
            ),
        ),
        # the source's twin of what the claim counts is a later point on its running count
        (
            claim("1,234", metric="cases", subject="national", source="DOH", as_of="2019-08-01"),
            (fact("a", "DOH", 1243, metric="cases", subject="national", as_of="2019-08-16"),),
        ),
        # a twin of another metric is likelier chance
        (
            claim("12,082", metric="vaccinated", subject="visayas", source="DOH"),
            (fact("a", "DOH", 12802, metric="cases", subject="national"),),
        ),
        # a bound is no slip of a figure
        (
            claim("12,082", hedge="under", metric="cases", subject="visayas", source="DOH"),
            (fact("a", "DOH", 12802, metric="cases", subject="national"),),
        ),
        # no source named: whose figure it mistypes is not known
        (
            claim("12,082", metric="cases", subject="visayas"),
            (fact("a", "DOH", 12802, metric="cases", subject="national"),),
        ),
    ],
)
def test_no_slip_of_digits_without_its_sources_figure(the_claim, facts):
    assert issues("contradiction", the_claim, facts) == []


def test_a_twin_given_after_the_draft_or_far_from_its_time_is_no_slip():
    facts = (fact("week", "DOH", 12802, metric="cases", subject="national", as_of="2019-08-16"),)
    the_claim = claim("12,082", metric="cases", subject="visayas", source="DOH")
    assert issues("contradiction", the_claim, facts, today=dt.date(2019, 8, 10)) == []
    assert len(issues("contradiction", the_claim, facts, today=dt.date(2019, 8, 20))) == 1
    dated = claim("12,082", metric="cases", subject="visayas", source="DOH", as_of="2018-01")
    assert issues("contradiction", dated, facts, today=dt.date(2019, 8, 20)) == []


def test_the_twin_of_what_the_figure_counts_is_suggested_before_a_nearer_swap_of_another():
    facts = (
        fact("killed", "DOH", 21082, metric="killed", subject="visayas"),
        fact("cases", "DOH", 12802, metric="cases", subject="national"),
    )
    [found] = issues(
        "contradiction", claim("12,082", metric="cases", subject="visayas", source="DOH"), facts
    )
    assert found.references == ("cases",)
    assert found.suggestion == "did you mean 12,802?"


@pytest.mark.parametrize(
    ("as_of", "said", "suggested"),
    [
        # dated to a day the source gave a figure for: that figure, not every day's (its digits
        # swapped: a slip of it)
        ("2021-05-24", ["4,454"], "did you mean 4,454, the same digits"),
        # dated to a day it gave none for: all its figures, its newest suggested (by May 22 its
        # newest was 4,529, no slip)
        ("2021-05-22", ["3,915", "4,454", "4,529"], "use its newest figure, 4,454"),
        # not dated: all its figures; its newest, 4,454, the figure slipped
        (None, ["3,915", "4,454", "4,529"], "did you mean 4,454, the same digits"),
    ],
)
def test_a_figure_dated_to_a_day_is_held_against_the_sources_figure_for_that_day(
    as_of, said, suggested
):
    """'The ministry reported 4,544 new deaths on Monday': its figure for Monday is 4,454; that
    it gave 3,915 on May 7 and 4,529 on May 19 is beside the point."""
    days = [
        ("may7", 3915, "2021-05-07"),
        ("may19", 4529, "2021-05-19"),
        ("may24", 4454, "2021-05-24"),
    ]
    facts = [fact(i, "NIS", v, metric="daily", as_of=d, period=d) for i, v, d in days]
    the_claim = claim("4,544", metric="daily", source="NIS", as_of=as_of)
    (found,) = issues(CHECK, the_claim, facts)
    listed = found.message.partition(" gave ")[2]
    assert [v for v in ("3,915", "4,454", "4,529") if v in listed] == said
    assert found.suggestion.startswith(suggested)


def test_a_figure_dated_to_when_the_source_spoke_is_held_against_all_its_figures():
    """'On Monday, the health ministry reported 3,951 new deaths': Monday is when it spoke, and
    its figure given then was about Sunday; its figure about Monday came on Tuesday."""
    days = [("sun", 3915, "2021-05-24", "2021-05-23"), ("mon", 4454, "2021-05-25", "2021-05-24")]
    facts = [fact(i, "NIS", v, metric="daily", as_of=a, period=p) for i, v, a, p in days]
    the_claim = claim("3,951", metric="daily", source="NIS", as_of="2021-05-24", as_of_said=True)
    (found,) = issues(CHECK, the_claim, facts)
    assert "3,915" in found.message and "4,454" in found.message


@pytest.mark.parametrize(
    "text, contradiction, misattribution",
    [
        # "injured 3,460, the government says", for its own 3,640: a slip of its own figure, though
        # another's "at least 3,251" and its own earlier "more than 2,500" fit it by chance
        ("3,460", True, False),
        # no slip: another's figure it fits may be the one meant
        ("3,470", False, True),
        # ...nor its own very figure of another time, whose digits swap to its newer one
        ("3,604", False, False),
    ],
)
def test_a_slip_of_its_own_figure_is_a_contradiction(text, contradiction, misattribution):
    facts = [
        fact("own-early", "NIS", 2500, hedge="more-than", metric="wounded", as_of="2024-09-01"),
        fact("own-older", "NIS", 3604, metric="wounded", as_of="2024-09-03"),
        fact("own", "NIS", 3640, metric="wounded", as_of="2024-09-04"),
        fact("other", "Zelensky", 3251, hedge="at-least", metric="wounded", as_of="2024-09-02"),
    ]
    the_claim = claim(text, source="NIS", metric="wounded")
    found = issues(CHECK, the_claim, facts, today=dt.date(2024, 9, 11))
    assert bool(found) is contradiction
    if found:
        assert found[0].suggestion.startswith("did you mean 3,640,")
    found = issues("misattribution", the_claim, facts, today=dt.date(2024, 9, 11))
    assert bool(found) is misattribution


@pytest.mark.parametrize(
    "text, hedge, own, own_hedge, suggested",
    [
        # "at least 1,060" for its own "at least 1,006": the same hedge, the figure mistyped,
        # though its open figure fits it (a trailing zero swapped in: either way round)
        ("1,060", "at-least", 1006, "at-least", "did you mean at least 1,006,"),
        ("1,060", "exact", 1006, "exact", "did you mean 1,006,"),
        ("1,006", "exact", 1060, "exact", "did you mean 1,060,"),
        # another hedge than its figure's: no slip ("at least 1,060" is against its exact 1,006
        # all the same; "more than 1,060" fits its "at least 1,006")
        ("1,060", "at-least", 1006, "exact", "use its figure, 1,006"),
        ("1,060", "more-than", 1006, "at-least", None),
        # a round figure is no slip of its source's figure, whose digits swap to it: too few
        # significant digits of its own ("about 1,500" for its 1,050)
        ("1,500", "about", 1050, "exact", "use its figure, 1,050"),
    ],
)
def test_a_slip_of_its_own_hedged_figure(text, hedge, own, own_hedge, suggested):
    facts = [fact("own", "NIS", own, hedge=own_hedge, metric="wounded", as_of="2024-09-04")]
    the_claim = claim(text, hedge=hedge, source="NIS", metric="wounded")
    found = issues(CHECK, the_claim, facts, today=dt.date(2024, 9, 11))
    said = [f.suggestion[: len(suggested)] for f in found] if suggested else found
    assert said == ([suggested] if suggested else [])


@pytest.mark.parametrize(
    "own, as_of, today",
    [
        # its figure with the digits swapped came after the draft's date
        ([(2500, "more-than", "2024-09-01"), (3640, "exact", "2024-09-20")], None, "2024-09-05"),
        # ...or after the time the draft gives the figure: an earlier point on its count
        ([(2500, "more-than", "2024-09-01"), (3640, "exact", "2024-09-16")], "2024-09-01", None),
        # its newest figure by then is another, which the figure fits
        ([(3640, "exact", "2024-09-01"), (3000, "more-than", "2024-09-04")], None, "2024-09-11"),
    ],
)
def test_no_slip_of_a_figure_it_had_not_given_or_had_since_replaced(own, as_of, today):
    facts = [
        fact(f"own{i}", "NIS", value, hedge=hedge, metric="wounded", as_of=given)
        for i, (value, hedge, given) in enumerate(own)
    ]
    the_claim = claim("3,460", source="NIS", metric="wounded", as_of=as_of)
    when = dt.date.fromisoformat(today) if today else None
    assert issues(CHECK, the_claim, facts, today=when) == []


def test_another_sources_very_figure_is_no_slip():
    """'3,460, the NIS said', when Zelensky gave 3,460 exactly: the figure is his, whatever the
    NIS's own digits."""
    facts = [
        fact("own", "NIS", 3640, metric="wounded"),
        fact("other", "Zelensky", 3460, metric="wounded"),
    ]
    the_claim = claim("3,460", source="NIS", metric="wounded")
    assert issues("misattribution", the_claim, facts)
    assert not issues(CHECK, the_claim, facts)
