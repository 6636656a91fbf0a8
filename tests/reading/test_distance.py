"""The word at or before a position: the language pack's prepositions."""

import pytest

from checker.reading.distance import preposition_at, preposition_before


@pytest.mark.parametrize(
    "text, at, expected",
    [
        ("stood at 70: of 82 children", 12, "of"),  # spaces skipped
        ("1,001,613 on Jan. 21", 9, "on"),
        ("Of those", 0, "of"),  # any case, as the pack folds it
        ("the ÖVP's 51", 0, None),  # a word that is no preposition
        ("82 children", 0, None),  # a figure first
        ("", 0, None),
    ],
)
def test_the_preposition_at_a_position(lexicon, text, at, expected):
    assert preposition_at(text, at, lexicon) == expected


@pytest.mark.parametrize(
    "text, at, expected",
    [
        ("In Samar, the toll", 3, True),
        ("saying Takata's filings", 7, False),
        ("Samar", 0, False),  # nothing before it
    ],
)
def test_a_preposition_right_before_a_position(lexicon, text, at, expected):
    assert preposition_before(text, at, lexicon) is expected
