"""The stale check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import pytest

from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "stale"

CASES = [
    case(
        "nis-january-casualties",
        "North Korea has suffered about 3,000 casualties, the NIS said.",
        "stale",
        True,
        at="3,000",
        refs=("nis-killed+nis-wounded", "nis-casualties-2025-04"),
        says=("2025-01", "about 5,000"),
        suggests=("newer",),
    ),
    case(
        "killed-or-wounded",
        "About 3,000 North Korean soldiers have been killed or wounded, according to the NIS.",
        "stale",
        True,
        at="3,000",
    ),
    case(
        "unattributed-old-figure",
        "North Korea has suffered about 3,000 casualties.",
        "stale",
        True,
        at="3,000",
        refs=("nis-killed+nis-wounded", "nis-casualties-2025-04"),
    ),
    case(
        "carried-agency",
        "South Korea's spy agency briefed lawmakers. "
        "The agency said North Korea had suffered about 3,000 casualties.",
        "stale",
        True,
        at="3,000",
    ),
    case(
        "dated-to-its-month",
        "In January 2025, North Korea had suffered about 3,000 casualties, the NIS said.",
        "stale",
        False,
    ),
    case(
        "dated-last-month",
        "date 2025-02-10\nAs of last month, North Korea had suffered about 3,000 casualties, "
        "the NIS said.",
        "stale",
        False,
    ),
    case(
        "newest-figure",
        "North Korea has suffered about 5,000 casualties, the NIS said.",
        "stale",
        False,
    ),
    case(
        "killed-not-superseded",
        "About 300 North Korean soldiers were killed, the NIS said.",
        "stale",
        False,
    ),
    case(
        "newer-figure-came-after-the-draft",
        "date 2025-02-27\nNorth Korea has suffered about 3,000 casualties, the NIS said.",
        "stale",
        False,
    ),
    case(
        "jcs-has-no-newer",
        "North Korea has suffered about 4,000 casualties, South Korea's military said.",
        "stale",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


OLD = fact("old", "NIS", 3000, hedge="about", metric="casualties", as_of="2025-01")
NEW = fact("new", "NIS", 5000, hedge="about", metric="casualties", as_of="2025-04")


def test_a_replaced_figure():
    [issue] = issues(
        CHECK, claim("3,000", hedge="about", metric="casualties", source="NIS"), [OLD, NEW]
    )
    assert issue.references == ("old", "new")


@pytest.mark.parametrize(
    "the_claim, today",
    [
        (
            claim("3,000", hedge="about", metric="casualties", source="NIS", as_of="2025-01"),
            None,
        ),  # dated to its time
        (
            claim("3,000", hedge="about", metric="casualties", source="NIS"),
            __import__("datetime").date(2025, 2, 1),
        ),
        (
            claim("5,000", hedge="about", metric="casualties", source="NIS"),
            None,
        ),  # the newest figure
    ],
)
def test_quiet(the_claim, today):
    assert issues(CHECK, the_claim, [OLD, NEW], today) == []
