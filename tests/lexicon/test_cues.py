"""Cue lists: inflected forms of a cue's last word, per the language pack's table."""

import pytest

from checker.lexicon import load
from checker.lexicon.cues import inflected, inflecting_pattern

ENDINGS = {"e": ("es", "ed", "ing"), "y": ("ies", "ied"), "any": ("s", "es", "ed", "ing")}


@pytest.mark.parametrize(
    "cue, forms",
    [
        ("raise", ["raises", "raised", "raising"]),
        ("casualty", ["casualties", "casualtied"]),
        ("kill", ["kills", "killes", "killed", "killing"]),
        ("pay raise", ["pay raises", "pay raised", "pay raising"]),  # the last word only
        ("fee", []),  # shorter than the limit: "feed" is not a fee
        ("G7", []),  # not a word of letters
    ],
)
def test_inflected(cue, forms):
    assert inflected(cue, ENDINGS, 4) == forms


def test_a_cue_as_written_wins_over_another_metrics_inflected_form(tmp_path):
    """'raised' is the fundraising metric's own cue; the pay metric's 'raise' does not take it."""
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "metrics:\n  pay:\n    cues: [raise]\n  funds:\n    cues: [raised]\n"
        "subjects:\n  s:\n    cues: [workers]\n"
    )
    lexicon = load([pack])
    pattern, names = lexicon.metric_cue_index[0]
    found = {
        m.group(0).lower(): names[m.group(0).lower()]
        for m in pattern.finditer("They raised $5m; the raises were 5%; raising pay")
    }
    assert found == {"raised": "funds", "raises": "pay", "raising": "pay"}


def test_inflected_forms_in_the_language_pack():
    """Vowel + y takes s, ed, ing ("deploys"); a name's forms match only as written ("Syrians",
    not "reforms" for the party "Reform")."""
    lexicon = load([])
    endings, least = lexicon.text.inflections, lexicon.limits.inflection_min_letters
    pattern = inflecting_pattern(["deploy", "Reform", "Syrian"], endings, least)
    text = "North Korea deploys troops; sweeping reforms; 47 Syrians; Reform"
    assert [m.group() for m in pattern.finditer(text)] == ["deploys", "Syrians", "Reform"]


@pytest.mark.parametrize(
    "cue, text",
    [
        ("cancel", "5,078 flights were cancelled"),
        ("cancel", "5,078 flights were canceled"),
        ("cancel", "cancelling 5,078 flights"),
        ("scrap", "it scrapped 40 trains"),
        ("plan", "12 planned strikes"),
        ("admit", "300 admitted to hospital"),
        ("flag", "90 flagged accounts"),
        ("kill", "300 were killed"),
    ],
)
def test_the_language_pack_doubles_a_final_consonant(cue, text):
    """The shipped table: a final consonant may double before -ed and -ing ("cancelled")."""
    lexicon = load()
    pattern = inflecting_pattern(
        [cue], lexicon.text.inflections, lexicon.limits.inflection_min_letters
    )
    assert pattern.search(text)


@pytest.mark.parametrize(
    "text, found",
    [
        ("put the toll at 300", "put the toll at"),
        ("put the number of dead at 19", "put the number of dead at"),
        ("put it at", "put it at"),
        ("put at", "put at"),  # each gap word may be left out
        ("put the total number of people killed at 5", None),  # five words: one too many
        ("put 300 homes at risk", None),  # never a figure in the gap
        ("put the toll, he said, at 300", None),  # never past a clause mark
    ],
)
def test_a_gap_in_a_cue_is_a_word_or_none(text, found):
    """'put … … … … at': each … stands for one word or none, never a figure or a clause mark."""
    from checker.lexicon.cues import cue_pattern

    match = cue_pattern(["put … … … … at"]).search(text)
    assert (match.group() if match else None) == found
