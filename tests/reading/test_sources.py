"""Source names in a sentence (checker.reading.sources): the helpers its scans share. The names
themselves are tested where they are read (test_attribution, test_speakers, test_unknown_source)."""

import difflib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.reading.sources import _closest, _outside


def _spans(draw_from):
    """Sorted spans that do not overlap one another, built from cut points."""
    return draw_from.map(lambda cuts: sorted(set(cuts))).map(
        lambda cuts: [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    )


_CUTS = st.lists(st.integers(0, 200), max_size=40)


@given(_spans(_CUTS), _spans(_CUTS))
def test_the_spans_outside_others_are_those_overlapping_none(spans, others):
    expected = [s for s in spans if not any(s[0] < e and b < s[1] for b, e in others)]
    assert _outside(spans, others) == expected


def test_a_span_touching_another_does_not_overlap_it():
    assert _outside([(0, 5), (5, 9), (12, 14)], [(5, 6), (13, 20)]) == [(0, 5)]


_NAMES = st.text(alphabet="abcde fgR", min_size=1, max_size=14)


@given(
    _NAMES,
    st.lists(_NAMES, min_size=1, max_size=15, unique=True),
    st.sampled_from([0.0, 0.6, 0.75, 0.8, 0.85, 0.9, 1.0]),
)
def test_the_closest_name_is_the_one_difflib_picks(word, candidates, cutoff):
    """`_closest` skips the letter-by-letter match for names whose letters cannot reach the
    cutoff; it must still pick exactly what `difflib.get_close_matches` picks."""
    picked = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
    _closest.cache_clear()
    assert _closest(word, tuple(candidates), cutoff) == (picked[0] if picked else None)


@pytest.mark.parametrize(
    "word, candidates, cutoff, expected",
    [
        ("national inteligence service", ("national intelligence service", "nis"), 0.85,
         "national intelligence service"),
        ("borrusia dortmund", ("borussia dortmund", "bayern munich"), 0.85, "borussia dortmund"),
        ("world bank", ("world health organization", "asian development bank"), 0.85, None),
        # a tie on the ratio (0.5) goes to the later name in order, as difflib's does
        ("ab", ("ac", "ad"), 0.5, "ad"),
        ("ab", ("ac", "ad"), 0.6, None),
    ],
)  # fmt: skip
def test_closest_names(word, candidates, cutoff, expected):
    assert _closest(word, candidates, cutoff) == expected
