"""Numerals: digits with any group separator, spelled numbers, fractions, ratios, multipliers."""

import pytest

from checker.reading.numerals import find, visible


def _read(text, lexicon):
    clean, _ = visible(text)
    return [(clean[n.start : n.end], n.value, n.kind) for n in find(clean, lexicon)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4,000 troops", [("4,000", 4000, "digits")]),
        (
            "4\u00a0000 and 4\u2009000 and 4\u202f000",
            [
                ("4\u00a0000", 4000, "digits"),
                ("4\u2009000", 4000, "digits"),
                ("4\u202f000", 4000, "digits"),
            ],
        ),
        ("4,0\u200b00", [("4,000", 4000, "digits")]),
        ("58.24", [("58.24", 58.24, "digits")]),
        ("twenty-three people", [("twenty-three", 23, "words")]),
        ("three hundred and fifty", [("three hundred and fifty", 350, "words")]),
        ("a hundred", [("a hundred", 100, "words")]),
        ("between two and three", [("two", 2, "words"), ("three", 3, "words")]),
        ("two-thirds of them", [("two-thirds", 66.67, "fraction")]),
        ("half of them", [("half", 50, "fraction")]),
        ("poor in the first half of 2024", [("2024", 2024, "digits")]),  # "half": of a period
        ("the second-half recovery", []),
        ("fell by a third", [("a third", 33.33, "fraction")]),
        ("a third rotation", []),
        ("one in three", [("one in three", 33.33, "ratio")]),
        ("1 out of every 5", [("1 out of every 5", 20, "ratio")]),
        ("a dozen soldiers", [("a dozen", 12, "multiplier")]),
        ("2.8% of gross domestic product", [("2.8", 2.8, "digits")]),  # "gross" is no number
        ("nearly a month", [("a", 1, "words")]),
        ("more than a year earlier", []),
    ],
)
def test_numerals(lexicon, text, expected):
    assert _read(text, lexicon) == [(t, pytest.approx(v), k) for t, v, k in expected]


def test_visible_maps_offsets_back(lexicon):
    clean, offsets = visible("a 4,0\u200b00 b")
    assert clean == "a 4,000 b" and offsets[5] == 6  # the "0" after the zero-width space
