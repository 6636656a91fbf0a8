"""The severity policy: an error stands only when the reading behind it is unambiguous."""

from dataclasses import replace

import pytest

from checker.engine import trust
from checker.model import Severity
from tests.checks.drafts import check_draft, claim


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
        ({"subject_how": "guess"}, "does not say whose figure"),
        ({"subject_how": "speaker"}, "read from who gave it"),
        ({"metric_how": "unlike-source"}, "NIS gives no figure of what the figure was read"),
        ({"metric_how": "giver"}, "read from what NIS gives figures of"),
        ({"metric_how": "revised"}, "read from the figure it was raised or cut from"),
        ({"metric_how": "referred"}, "what 'it' stands for"),
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
