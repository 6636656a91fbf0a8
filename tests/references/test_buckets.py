"""The bucket index: what it returns is exactly what a scan of every fact returns, in reference
order, for any facts and any claim interval."""

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.references import intervals
from checker.references.buckets import Bucket, fact_interval
from tests.checks.drafts import fact, fixture_set

HEDGES = ["exact", "about", "more-than", "at-least", "up-to", "at-most", "nearly", "fewer-than"]
SOURCES = ["NIS", "Zelensky", "JCS"]

facts_strategy = st.lists(
    st.tuples(
        st.floats(min_value=0, max_value=1e6, allow_nan=False),
        st.floats(min_value=0, max_value=2, allow_nan=False),
        st.sampled_from(HEDGES),
        st.sampled_from(SOURCES),
        st.lists(st.sampled_from(["AP", "Yonhap"]), max_size=1),
    ),
    max_size=40,
)


def _facts(rows):
    made = []
    for i, (value, spread, hedge, source, cited) in enumerate(rows):
        f = fact(f"f{i}", source, range=(value, value * (1 + spread)), hedge=hedge)
        made.append(f.__class__(**{**_fields(f), "cited_by": tuple(cited)}) if cited else f)
    return made


def _fields(f):
    return {x.name: getattr(f, x.name) for x in dataclasses.fields(f) if x.init}


def _overlapping(bucket, span):
    return tuple(bucket.facts[i] for i in bucket.overlapping(span))


@settings(max_examples=200, deadline=None)
@given(
    facts_strategy,
    st.floats(min_value=0, max_value=2e6, allow_nan=False),
    st.floats(min_value=0, max_value=1, allow_nan=False),
)
def test_overlapping_is_a_full_scan(rows, low, width):
    _, lexicon = fixture_set()
    facts = tuple(_facts(rows))
    span = (low, low * (1 + width))
    expected = tuple(f for f in facts if intervals.overlaps(span, fact_interval(f, lexicon)))
    assert _overlapping(Bucket(facts, lexicon), span) == expected


@settings(max_examples=100, deadline=None)
@given(facts_strategy, st.sampled_from(SOURCES), st.sampled_from([None, "AP"]))
def test_of_sources_is_a_full_scan(rows, source, outlet):
    _, lexicon = fixture_set()
    facts = tuple(_facts(rows))
    expected = tuple(f for f in facts if f.source == source or (outlet and outlet in f.cited_by))
    assert Bucket(facts, lexicon).of_sources((source,), carried_by=outlet) == expected


DAYS = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SOURCES), st.one_of(st.none(), DAYS)), max_size=40),
    st.sampled_from(SOURCES),
    DAYS,
    st.one_of(st.none(), DAYS),
)
def test_given_between_is_a_full_scan(rows, source, after, until):
    """What `stale` asks: the facts a source gave after one day and by another, in reference
    order (undated ones never)."""
    _, lexicon = fixture_set()
    facts = tuple(
        fact(f"f{i}", who, 100, as_of=day.isoformat() if day else None)
        for i, (who, day) in enumerate(rows)
    )
    expected = tuple(
        f
        for f in facts
        if f.source == source
        and f.stated() is not None
        and after < f.stated()[0]
        and (until is None or f.stated()[0] <= until)
    )
    assert Bucket(facts, lexicon).given_between(source, after, until) == expected


def test_a_fact_from_zero_is_always_looked_at():
    """'0 to 300' starts at zero: no low bounds it, so it is kept apart and always compared."""
    _, lexicon = fixture_set()
    facts = (fact("a", "NIS", range=(0, 300)), fact("b", "NIS", 5000))
    bucket = Bucket(facts, lexicon)
    assert _overlapping(bucket, (1, 2)) == facts[:1]
    assert _overlapping(bucket, (4000, 6000)) == facts[1:]


def test_rounding_in_the_window_never_drops_a_fact():
    """'nearly 0.75' allows 0.675-0.75; 0.75 / (0.75 / 0.675) rounds above 0.675."""
    _, lexicon = fixture_set()
    facts = (fact("a", "NIS", 0.75, hedge="nearly"),)
    assert _overlapping(Bucket(facts, lexicon), (0.75, 0.75)) == facts


def _limited(lexicon, most):
    """The lexicon with `compared_facts` set to `most`."""
    return dataclasses.replace(
        lexicon, limits=dataclasses.replace(lexicon.limits, compared_facts=most)
    )


@settings(max_examples=200, deadline=None)
@given(
    facts_strategy,
    st.floats(min_value=0, max_value=2e6, allow_nan=False),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.floats(min_value=0, max_value=0.3, allow_nan=False),
)
def test_fitting_is_a_full_scan(rows, low, width, tolerance):
    """Under the `compared_facts` limit, the facts a claim fits (its hedged interval overlaps
    theirs and its written figure overlaps theirs) are those a scan of every fact finds."""
    _, lexicon = fixture_set()
    facts = tuple(_facts(rows))
    bucket = Bucket(facts, lexicon)
    span = (low, low * (1 + width))
    written = intervals.written(low, low * (1 + width), tolerance)
    expected = [
        i
        for i, f in enumerate(facts)
        if intervals.overlaps(span, fact_interval(f, lexicon))
        and intervals.overlaps(written, bucket.written[i])
    ]
    assert bucket.fitting(span, written) == expected


@settings(max_examples=200, deadline=None)
@given(
    facts_strategy,
    st.floats(min_value=0, max_value=2e6, allow_nan=False),
    st.floats(min_value=0, max_value=1, allow_nan=False),
)
def test_meets_is_any_overlap(rows, low, width):
    """Whether any fact is compatible with a claim, asked without listing them."""
    _, lexicon = fixture_set()
    facts = tuple(_facts(rows))
    span = (low, low * (1 + width))
    expected = any(intervals.overlaps(span, fact_interval(f, lexicon)) for f in facts)
    assert Bucket(facts, lexicon).meets(span) is expected


@settings(max_examples=100, deadline=None)
@given(facts_strategy, st.sampled_from(SOURCES), st.sampled_from([None, "AP"]))
def test_owned_by_holds_the_sources_facts(rows, source, outlet):
    _, lexicon = fixture_set()
    bucket = Bucket(tuple(_facts(rows)), lexicon)
    owned = bucket.owned_by((source,), carried_by=outlet)
    assert owned.facts == bucket.of_sources((source,), carried_by=outlet)
    assert bucket.owned_by((source,), carried_by=outlet) is owned  # built once


@settings(max_examples=200, deadline=None)
@given(
    facts_strategy,
    st.sampled_from(SOURCES),
    st.floats(min_value=0, max_value=2e6, allow_nan=False),
    st.floats(min_value=0, max_value=1, allow_nan=False),
)
def test_a_sources_facts_meet_a_span_as_a_scan_of_them_does(rows, source, low, width):
    """What contradiction and unsupported ask: did the named source give a compatible figure?"""
    _, lexicon = fixture_set()
    bucket = Bucket(tuple(_facts(rows)), lexicon)
    span = (low, low * (1 + width))
    owned = bucket.owned_by((source,))
    expected = any(intervals.overlaps(span, fact_interval(f, lexicon)) for f in owned.facts)
    assert owned.meets(span) is expected


@pytest.mark.parametrize("most", [8, 200, 1000])
def test_a_claim_is_compared_with_at_most_compared_facts_the_nearest(most):
    """1,000 facts of 1,000 to 1,999 and a claim allowing 1,350-1,650: 301 of them fit, but the
    claim is compared with at most `compared_facts`, those nearest its figure (so a reference
    set of 100,000 facts for one metric costs a claim no more than one of 10)."""
    _, lexicon = fixture_set()
    facts = tuple(fact(f"f{i}", "NIS", 1000 + i) for i in range(1000))
    bucket = Bucket(facts, _limited(lexicon, most))
    found = [facts[i].low for i in bucket.fitting((1350, 1650), intervals.written(1500, 1500, 0.1))]
    assert found == sorted(found)  # in reference order
    kept = min(most, 301)
    assert len(found) == kept
    assert max(abs(v - 1500) for v in found) <= kept // 2


def test_given_between_keeps_the_newest_compared_facts():
    """A source's later figures, for `stale`: at most `compared_facts`, the newest."""
    _, lexicon = fixture_set()
    start = dt.date(2024, 1, 1)
    facts = tuple(
        fact(f"f{i}", "NIS", 100 + i, as_of=(start + dt.timedelta(days=i)).isoformat())
        for i in range(30)
    )
    later = Bucket(facts, _limited(lexicon, 8)).given_between("NIS", start, None)
    assert [f.id for f in later] == [f"f{i}" for i in range(22, 30)]
