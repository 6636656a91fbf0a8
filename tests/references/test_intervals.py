import pytest

from checker.references.intervals import interval, overlaps, written


@pytest.mark.parametrize(
    "low, high, hedge, expected",
    [
        (300, 300, "exact", (300, 300)),
        (300, 300, "about", (270, 330)),
        # an open end reaches as far as the hedge's plausible factor (rules/language/en/hedges.yaml)
        (1000, 1000, "more-than", (1000, 3000)),
        (1000, 1000, "at-least", (1000, 3000)),
        (3000, 3000, "up-to", (300, 3000)),
        (3000, 3000, "at-most", (300, 3000)),
        (3000, 3000, "nearly", (2700, 3000)),
        (3000, 3000, "fewer-than", (300, 3000)),
        (10000, 12000, "about", (9000, 13200)),
        (10000, 12000, "exact", (10000, 12000)),
    ],
)
def test_hedge_semantics(lexicon, low, high, hedge, expected):
    got = interval(low, high, hedge, lexicon)
    assert got == pytest.approx(expected)


def test_up_to_about_keeps_about_tolerance(lexicon):
    assert interval(15000, 15000, "up-to", lexicon, tolerance=0.1) == pytest.approx((1500, 16500))


def test_written_precision_widens_the_interval(lexicon):
    assert interval(1.3e6, 1.3e6, "exact", lexicon, precision=0.05e6) == pytest.approx(
        (1.25e6, 1.35e6)
    )


def test_at_least_300_does_not_support_9000(lexicon):
    assert not overlaps(
        interval(300, 300, "at-least", lexicon), interval(9000, 9000, "about", lexicon)
    )
    assert overlaps(interval(300, 300, "at-least", lexicon), interval(310, 310, "about", lexicon))


def test_written_figures_disagree_even_when_intervals_overlap(lexicon):
    assert overlaps(
        interval(12000, 12000, "about", lexicon), interval(15000, 15000, "up-to", lexicon, 0.1)
    )
    assert not overlaps(written(12000, 12000, 0.1), written(15000, 15000, 0.1))


@pytest.mark.parametrize(
    "low, hedge, unit, expected",
    [
        # a share's hedge reaches a few points at most (limits.share_points: 3), not a tenth of it:
        # "roughly 95 percent" is not 90.09%
        (95, "about", "%", (92, 98)),
        (95, "nearly", "%", (92, 95)),
        (95, "more-than", "%", (95, 285)),
        # ...a small share keeps its tenth
        (10, "about", "%", (9, 11)),
        # ...and a count its hedge's whole reach
        (95, "about", "count", (85.5, 104.5)),
    ],
)
def test_a_shares_hedge_reaches_a_few_points(lexicon, low, hedge, unit, expected):
    assert interval(low, low, hedge, lexicon, unit=unit) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("95%", "%"),
        ("95 percent", "%"),
        ("ninety percent", "%"),
        # a share written as a ratio or a fraction is rough by nature: its hedge keeps its whole
        # reach, however its numbers are spelled
        ("two in three", None),
        ("nine in 10", None),
        ("nine in ten", None),
        ("two-thirds", None),
        ("300", "count"),
    ],
)
def test_a_share_as_a_ratio_keeps_its_hedges_reach(lexicon, text, unit):
    from types import SimpleNamespace

    from checker.references.intervals import claim_unit

    claim = SimpleNamespace(text=text, unit="count" if unit == "count" else "%")
    assert claim_unit(claim, lexicon) == unit


@pytest.mark.parametrize(
    "text, value, precision, expected",
    [
        # three or more written digits: its source's figure may have been cut short, not rounded,
        # so the interval reaches a whole step up ("7.24 lakh" for 7,24,649)
        ("7.24 lakh", 724_000, 500, (723_500, 724_999.5)),
        ("1.28 million", 1.28e6, 5_000, (1.275e6, 1_289_995)),
        # a coarse figure only rounds ("1.3 million" is not 1,390,000)
        ("1.3 million", 1.3e6, 50_000, (1.25e6, 1.35e6)),
        ("9.9 million", 9.9e6, 50_000, (9.85e6, 9.95e6)),
        # no written step, no reach
        ("724,000", 724_000, 0, (724_000, 724_000)),
    ],
)
def test_a_finely_written_figure_may_be_cut_short(lexicon, text, value, precision, expected):
    from checker.references.intervals import claim_interval
    from tests.checks.drafts import claim

    got = claim_interval(claim(text, low=value, precision=precision), lexicon)
    assert got == pytest.approx(expected)


@pytest.mark.parametrize("hedge", ["up-to", "at-most", "fewer-than", "nearly", "more-than"])
def test_a_hedged_figure_is_not_cut_short(lexicon, hedge):
    """'At most 7.24 lakh' reaches no further than its digits: the hedge says which way it goes."""
    from checker.references.intervals import claim_interval, interval
    from tests.checks.drafts import claim

    written = claim("7.24 lakh", low=724_000, precision=500, hedge=hedge)
    assert claim_interval(written, lexicon) == interval(
        724_000, 724_000, hedge, lexicon, 0.0, 500, "count"
    )
