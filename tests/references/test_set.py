"""`ReferenceSet`: the indexes it works out once from its facts."""

import datetime as dt
import functools

import pytest

from checker.references import ReferenceSet
from checker.references.set import swapped_neighbours
from tests.checks.drafts import fact


@pytest.mark.parametrize(
    "facts, expected",
    [
        ([], {}),
        ([fact("a", "NIS", 1, as_of="2024-10-02")], {}),  # no event
        ([fact("a", "NIS", 1, as_of="2024-10-02", event="vote")], {"vote": dt.date(2024, 10, 2)}),
        (  # the first day of any of its figures, whatever their metric; a month counts from its
            # first day
            [
                fact("a", "NIS", 1, as_of="2024-10-02", event="vote"),
                fact("b", "NIS", 2, metric="wounded", as_of="2024-09", event="vote"),
                fact("c", "NIS", 3, as_of="2024-08-01", event="match"),
                fact("d", "NIS", 4, event="vote"),  # undated
            ],
            {"vote": dt.date(2024, 9, 1), "match": dt.date(2024, 8, 1)},
        ),
    ],
)
def test_event_starts_are_each_events_first_figures_day(facts, expected):
    assert ReferenceSet(tuple(facts)).event_starts == expected


def test_times_are_when_figures_were_given_and_the_ends_of_their_periods():
    """The story's time: 'On Dec. 23' in a draft of Dec. 20, 2024 is this year's strike, which a
    figure given in November is about, not last year's, given on Dec. 22, 2023."""
    facts = (
        fact("a", "NIS", 1, as_of="2023-12-22"),
        fact("b", "NIS", 2, as_of="2024-11-15", period="2024-12-23/2024-12-27"),
    )
    assert ReferenceSet(facts).times == (
        dt.date(2023, 12, 22),
        dt.date(2024, 11, 15),
        dt.date(2024, 12, 23),
        dt.date(2024, 12, 27),
    )
    assert ReferenceSet(facts).dates == (dt.date(2023, 12, 22), dt.date(2024, 11, 15))


def test_the_same_figure_of_another_subject_is_the_sources_of_that_metric():
    facts = (
        fact("a", "NHK", 215, metric="seats", subject="coalition"),
        fact("b", "NHK", 24, metric="seats", subject="komeito"),
        fact("c", "Kyodo", 215, metric="seats", subject="ldp"),  # another source's
        fact("d", "NHK", 215, metric="votes", subject="ldp"),  # another metric's
    )
    found = ReferenceSet(facts).same_figure_of_other_subjects(
        "NHK", "seats", "count", 215, 215, "komeito"
    )
    assert [f.id for f in found] == ["a"]
    assert (
        ReferenceSet(facts).same_figure_of_other_subjects(
            "NHK", "seats", "count", 215, 215, "coalition"
        )
        == ()
    )
    assert (
        ReferenceSet(facts).same_figure_of_other_subjects(
            "NHK", "seats", "count", 25, 25, "komeito"
        )
        == ()
    )


@pytest.mark.parametrize(
    "value, swapped",
    [
        (12802, [21802, 18202, 12082, 12820]),
        (35229, [53229, 32529, 35292]),  # the two 2s side by side swap to themselves: skipped
        (65.43, [56.43, 64.53, 65.34]),  # a share's digits, its decimal point kept
        (12080, [21080, 10280, 12800]),  # the trailing zero is a power of ten, not a digit
        (1023, [1203, 1032]),  # not "0123": no swap opens with a zero
        (2000, []),  # one significant digit
        (47.2, []),  # three: too few to tell a slip from another figure
        (1111, []),
        (float("inf"), []),
        (float("nan"), []),
        (-1234, []),
        # "2.034 million" is 2033999.9999999998 in binary: its written digits are swapped
        (2.034e6 * (1 - 1e-16), [2304000, 2043000]),
    ],
)
def test_swapped_neighbours_are_the_figure_with_two_neighbouring_digits_swapped(value, swapped):
    assert swapped_neighbours(value, 4) == swapped


def test_a_sources_figure_with_two_digits_swapped_is_found_by_its_source_and_unit():
    facts = (
        fact("week", "DOH", 12802, metric="cases", subject="philippines"),
        fact("other-source", "WHO", 12802, metric="cases", subject="philippines"),
        fact("share", "DOH", 12802, metric="cases", subject="philippines", unit="%"),
        fact("range", "DOH", range=(12802, 13000), metric="cases", subject="philippines"),
    )
    refs = ReferenceSet(facts)
    assert [f.id for f in refs.transposed("DOH", "count", 12082, 4)] == ["week"]
    assert refs.transposed("DOH", "count", 12802, 4) == ()  # its very figure is no slip
    assert refs.transposed("DOH", "count", 12082, 6) == ()  # too few digits for the limit


def test_indexing_builds_every_lookup_a_check_uses(lexicon):
    """Loading does the work in proportion to the facts, so that checking a draft against 100,000
    facts costs what checking it against ten does (`make bench`)."""
    facts = (fact("a", "NIS", 215, metric="seats", subject="coalition"),)
    references = ReferenceSet(facts)
    references.index(lexicon)
    built = vars(references)
    # every cached lookup of the class, so that one added later cannot be left to the first check
    lookups = [n for n, v in vars(ReferenceSet).items() if isinstance(v, functools.cached_property)]
    assert {"_per_metric", "_by_figure", "_by_amount", "event_starts", "times"} <= set(lookups)
    for lookup in lookups:
        assert lookup in built, lookup
