"""Source names in a sentence (checker.reading.sources): the helpers its scans share. The names
themselves are tested where they are read (test_attribution, test_speakers, test_unknown_source)."""

from hypothesis import given
from hypothesis import strategies as st

from checker.reading.sources import _outside


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
