"""The severity policy: an error stands only when the reading behind it is unambiguous."""

import datetime as dt
from dataclasses import replace

import pytest

from checker.engine import trust
from checker.model import Severity
from tests.checks.drafts import check_draft, claim
from tests.reading.lexicons import checked


@pytest.mark.parametrize(
    "how, doubt",
    [
        ({}, None),
        ({"source_how": "clause", "metric_how": "cue", "subject_how": "cue"}, None),
        ({"subject_how": "story", "metric_how": "unit"}, None),
        ({"source_how": "sentence"}, "another clause"),
        ({"source_how": "resolved"}, "taken to be NIS"),
        ({"source_how": "carried"}, "(NIS) is named in another sentence"),
        ({"source_how": "acted"}, "read from what NIS did"),
        ({"metric_how": "nearest"}, "word further away"),
        ({"metric_how": "weak"}, "loose word"),
        ({"metric_how": "contested"}, "two words side by side"),
        ({"subject_how": "guess"}, "does not say who or where the figure is about"),
        ({"subject_how": "speaker"}, "read from who gave it"),
        ({"metric_how": "unlike-source"}, "NIS gives no figure of what the figure was read"),
        ({"metric_how": "giver"}, "read from what NIS gives figures of"),
        ({"metric_how": "revised"}, "read from the figure it was raised or cut from"),
        ({"metric_how": "referred"}, "what 'it' stands for"),
        ({"metric_how": "unit-alone"}, "read from its unit"),
        ({"subject_among": True}, "nearest of several names"),
    ],
)
def test_doubts(how, doubt):
    found = trust.doubts(claim("900", source="NIS", **how))
    assert (found[0] if found else None) is None if doubt is None else doubt in found[0]


def test_a_source_read_from_what_it_did_never_makes_an_error():
    """'Boeing offers 30%': no word credits the figure, so a wrong figure is a warning."""
    severity, message = trust.settle(
        Severity.ERROR, claim("900", source="NIS", source_text="NIS", source_how="acted"), "wrong"
    )
    assert severity is Severity.WARNING and "no word credits the figure to it" in message


def test_an_error_read_with_doubt_is_a_warning_that_names_it():
    severity, message = trust.settle(
        Severity.ERROR, claim("900", source="NIS", source_how="carried"), "wrong"
    )
    assert severity is Severity.WARNING
    assert message == "wrong (not certain: the source (NIS) is named in another sentence)"


@pytest.mark.parametrize("severity", [Severity.WARNING, Severity.INFO])
def test_a_doubt_about_the_source_leaves_warnings_and_notes(severity):
    the_claim = claim("900", source="NIS", source_how="carried")
    assert trust.settle(severity, the_claim, "m") == (severity, "m")


def test_a_warning_unsure_what_the_figure_counts_is_a_note():
    the_claim = claim("900", metric_how="nearest")
    severity, message = trust.settle(Severity.WARNING, the_claim, "m")
    assert severity is Severity.INFO and "word further away" in message
    assert trust.settle(Severity.INFO, the_claim, "m") == (Severity.INFO, "m")


def test_a_doubt_the_check_settles_is_not_counted():
    """A check whose own evidence says what the figure counts (stale: the named source's very
    figure for it) settles that doubt; a doubt of another kind stands."""
    the_claim = claim("900", metric_how="nearest", source="NIS", source_how="carried")
    count = (trust.COUNT,)
    assert trust.settle(Severity.WARNING, the_claim, "m", settled=count) == (Severity.WARNING, "m")
    severity, message = trust.settle(Severity.ERROR, the_claim, "m", settled=count)
    assert severity is Severity.WARNING and "named in another sentence" in message
    assert "word further away" not in message


@pytest.mark.parametrize(
    "how, extra, severity",
    [
        ({"metric_how": "nearest"}, (), Severity.WARNING),
        ({"metric_how": "nearest", "source_how": "carried"}, (), Severity.WARNING),
        ({"metric_how": "nearest", "subject_how": "guess"}, (), Severity.INFO),
        ({"metric_how": "nearest"}, (trust.COUNT,), Severity.INFO),
        ({"source_how": "carried"}, (trust.COUNT,), Severity.WARNING),
        ({"source_how": "carried"}, (trust.SOURCE,), Severity.WARNING),
        # far from every figure of what it was read to count: more likely misread, a note alone
        ({}, (trust.MISREAD,), Severity.INFO),
        ({"source_how": "carried"}, (trust.MISREAD,), Severity.INFO),
    ],
)
def test_an_error_with_two_doubts_about_what_the_figure_counts_is_a_note(how, extra, severity):
    """'2 deaths' read from 'two Kigali hospitals': a word further away says what it counts, and
    it is over 20 times off every figure of that: more likely misread than misquoted."""
    the_claim = claim("900", source="NIS", **how)
    found, message = trust.settle(
        Severity.ERROR, the_claim, "m", extra=tuple((kind, f"{kind} doubt") for kind in extra)
    )
    assert found is severity and message.startswith("m (not certain: ")


@pytest.mark.parametrize(
    ("metric_how", "severity"), [("referred", Severity.WARNING), ("carried", Severity.INFO)]
)
def test_a_figure_put_for_it_keeps_a_warning(metric_how, severity):
    """'Turnout added to the sense of a mandate. The Comelec puts it at 80.38 percent': "it" points
    back to what the figure counts, so only an error is in doubt; with no such word ("The ministry
    now says 11,300") what it counts is a guess, and a warning becomes a note."""
    the_claim = claim("900", source="NIS", source_how="clause", metric_how=metric_how)
    assert trust.settle(Severity.WARNING, the_claim, "m")[0] is severity
    assert trust.settle(Severity.ERROR, the_claim, "m")[0] is Severity.WARNING


def test_a_sure_error_stays_an_error():
    the_claim = claim("900", source="NIS", source_how="clause", metric_how="cue")
    assert trust.settle(Severity.ERROR, the_claim, "m") == (Severity.ERROR, "m")


@pytest.mark.parametrize(
    "draft, severity",
    [
        ("The NIS said 900 North Korean soldiers were killed.", "error"),
        (
            "The NIS briefed lawmakers. The agency said 900 North Korean soldiers were killed.",
            "warning",
        ),
        ("Zelensky spoke on Sunday. He said 9,000 North Korean soldiers were killed.", "warning"),
        # a speaker in a relative clause after the figure: a clause of its own
        (
            "About 900 North Korean soldiers were killed, which the NIS said was a turning point.",
            "warning",
        ),
    ],
)
def test_end_to_end(draft, severity):
    [finding] = [f for f in check_draft(draft) if f["rule"] == "contradiction"]
    assert finding["severity"] == severity
    assert ("not certain" in finding["message"]) == (severity == "warning")


@pytest.mark.parametrize(
    "how, doubted",
    [({"metric_how": "cue"}, False), ({"metric_how": "nearest"}, True)],
)
def test_the_doubts_of_the_other_figures_a_finding_rests_on(how, doubted):
    """'143 killed disagrees with up to 95 killed': when what the 95 counts is read from a word
    further away, the finding rests on that doubt too, and names it."""
    other = replace(claim("95", hedge="up-to", **how), line=29, column=14)
    found = trust.of_others((other,))
    assert bool(found) is doubted
    if doubted:
        kind, phrase = found[0]
        assert kind == trust.COUNT and phrase.startswith("for 95 at line 29:14, ")
        the_claim = claim("143", metric_how="cue")
        severity, message = trust.settle(Severity.WARNING, the_claim, "m", extra=found)
        assert severity is Severity.INFO and "for 95 at line 29:14" in message


# A small story of its own: a company's payments per family and an election's shares.
STORY_REFS = """\
subject: families
sources:
  acme:
    name: Acme Mining
    aliases: [Acme, Acme Mining]
  ministry:
    name: the Interior Ministry
    aliases: [Interior Ministry, the ministry]
facts:
  - {id: acme-damages, metric: damages, value: 300000, unit: BRL/person, source: acme,
     as_of: 2019-02}
  - {id: alliance, metric: vote-share, value: 43.79, unit: "%", source: ministry,
     subject: alliance, as_of: 2022-09-26}
  - {id: league, metric: vote-share, value: 8.77, unit: "%", source: ministry,
     subject: league, as_of: 2022-09-26}
  - {id: forza, metric: vote-share, value: 8.11, unit: "%", source: ministry,
     subject: forza-italia, as_of: 2022-09-26}
"""
STORY_PACK = """\
metrics:
  damages: {cues: [damages, compensation], units: [BRL/person]}
  vote-share: {cues: [of the vote, of the ballots], units: ["%"]}
subjects:
  families: {cues: [families]}
  alliance: {cues: [conservative alliance, the alliance]}
  league: {cues: [League, Salvini]}
  forza-italia: {cues: [Forza Italia, Berlusconi]}
"""


@pytest.mark.parametrize(
    "draft, severity, doubt",
    [
        # only the unit says the 100,000 reais are damages (a donation, here): in doubt
        (
            "Acme said it would give 100,000 reais to the family of each person killed.",
            "warning",
            "read from its unit",
        ),
        # a word of the metric in the sentence: sure
        (
            "Acme said it would pay 100,000 reais in damages to the family of each person killed.",
            "error",
            None,
        ),
        # four names before the figure, the nearest read: in doubt
        (
            "The conservative alliance Meloni leads with Matteo Salvini's League and Silvio "
            "Berlusconi's Forza Italia took 43.8 percent of the ballots, the Interior Ministry "
            "said.",
            "warning",
            "nearest of several names",
        ),
        (
            "Forza Italia took 12.5 percent of the ballots, the Interior Ministry said.",
            "error",
            None,
        ),
    ],
)
def test_a_reading_in_doubt_in_a_story_of_its_own(tmp_path, draft, severity, doubt):
    result = checked(tmp_path, STORY_REFS, STORY_PACK, draft, dt.date(2022, 9, 27))
    [finding] = [f for f in result.findings if f.check in ("contradiction", "misattribution")]
    assert finding.severity.value == severity
    assert (doubt is None and "not certain" not in finding.message) or (
        doubt is not None and doubt in finding.message
    )


@pytest.mark.parametrize(
    "how, rests_on, expected",
    [
        # a check about who gave the figure rests wholly on that reading: a source read from a
        # word pointing back, or from another clause of the sentence, makes its error a note
        ("resolved", ("source", "count", "speaker"), Severity.INFO),
        ("sentence", ("source", "count", "speaker"), Severity.INFO),
        # ...a source carried from the sentence before is a doubt like any other
        ("carried", ("source", "count", "speaker"), Severity.WARNING),
        # ...and for any other check, a speaker doubt lowers an error only
        ("resolved", ("source", "count"), Severity.WARNING),
        ("sentence", ("source", "count"), Severity.WARNING),
    ],
)
def test_a_speaker_doubt_makes_a_verdict_about_the_source_a_note(how, rests_on, expected):
    the_claim = claim("900", source="NIS", source_text="the agency", source_how=how)
    severity, message = trust.settle(Severity.ERROR, the_claim, "wrong", rests_on)
    assert severity is expected
    assert "not certain: the source" in message


def test_a_speaker_doubt_leaves_another_check_s_warning():
    the_claim = claim("900", source="NIS", source_how="resolved")
    assert trust.settle(Severity.WARNING, the_claim, "wrong") == (Severity.WARNING, "wrong")
