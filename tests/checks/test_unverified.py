"""The unverified check: a figure the reference set has nothing about (no figure for its metric and
subject), as table rows of drafts and an inline-marked draft."""

import pytest

from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "unverified"

CASES = [
    case(
        "captured",
        "About 500 North Korean soldiers have been captured, Zelensky said.",
        "unverified",
        True,
        at="500",
        refs=(),
        says=("no figure for captured of north korean troops",),
    ),
    case(
        "captured-no-source",
        "Ukraine has captured 40 North Korean soldiers.",
        "unverified",
        True,
        at="40",
    ),
    case(
        "russian-casualties",
        "Russia has suffered about 1,000 casualties a day.",
        "unverified",
        True,
        at="1,000",
    ),
    case(
        "captured-range",
        "Between 20 and 30 North Korean soldiers were captured, the NIS said.",
        "unverified",
        True,
        at="Between 20 and 30",
    ),
    # something is known about it: the other checks judge the figure
    case(
        "known-killed",
        "About 300 North Korean soldiers were killed, the NIS said.",
        "unverified",
        False,
    ),
    case(
        "known-but-wrong",
        "About 25,000 North Korean troops were deployed.",
        "unverified",
        False,
    ),
    case(
        "share-without-shares",
        "About 40 percent of the North Korean soldiers were killed.",
        "unverified",
        False,
    ),
    case("no-metric", "The 11 buses left at noon.", "unverified", False),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


def test_quiet_when_anything_is_known():
    the_claim = claim("25,000", metric="deployed")
    assert issues(CHECK, the_claim, [fact("z", "Zelensky", 12000, metric="deployed")]) == []
    assert len(issues(CHECK, the_claim, [])) == 1


def test_a_share_is_noted_only_where_the_set_has_shares_of_its_metric():
    """'14.5% of the vote' for a party the set has no share for, when it has other parties'
    shares: nothing can check it. A share of a metric the set counts only in numbers is
    arithmetic's to judge."""
    share = claim("14.5", unit="%", subject="russian-troops")
    other_share = fact("s", "NIS", 12.2, unit="%")
    a_count = fact("c", "NIS", 300)
    assert len(issues(CHECK, share, [other_share])) == 1
    assert issues(CHECK, share, [a_count]) == []
