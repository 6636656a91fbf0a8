"""The unsupported check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import pytest

from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "unsupported"

CASES = [
    case(
        "about-25000",
        "About 25,000 North Korean troops were deployed.",
        "unsupported",
        True,
        at="25,000",
        refs=("zelensky-deployed", "nis-reinforcements"),
        says=("about 12,000", "1,000–3,000"),
    ),
    case(
        "50000",
        "North Korea has sent 50,000 troops to Russia.",
        "unsupported",
        True,
        at="50,000",
        refs=("zelensky-deployed", "nis-reinforcements"),
    ),
    case(  # a named source the set records no such figure from may have said just that: a note
        "zelensky-7000-wounded",
        "Some 7,000 North Korean soldiers were wounded, Zelensky said.",
        "unsupported",
        True,
        at="7,000",
        refs=("nis-wounded",),
        says=("the reference set has no wounded figure of north korean troops from",),
        severity="info",
    ),
    case(  # ... while a figure from no one named stays a warning
        "7000-wounded-unattributed",
        "Some 7,000 North Korean soldiers were wounded.",
        "unsupported",
        True,
        at="7,000",
        refs=("nis-wounded",),
        severity="warning",
    ),
    # nothing known about captures: the unverified note, not this warning
    case(
        "no-captured-facts",
        "About 500 North Korean soldiers have been captured, Zelensky said.",
        "unsupported",
        False,
    ),
    # one finding per problem: 900 is not the NIS's own figure, and the contradiction says so
    case("nis-900", "The NIS said 900 North Korean soldiers were killed.", "unsupported", False),
    case(
        "zelensky-7000-wounded",
        "Zelensky said 7,000 North Korean soldiers were wounded.",
        "unsupported",
        True,
        at="7,000",
        refs=("nis-wounded",),
        says=("known figures: National Intelligence Service (South Korea): about 2,700",),
        severity="info",
    ),
    case(
        "second-line",
        "North Korea has sent about 12,000 troops to Russia.\n"
        "The deployment now stands at about 25,000 North Korean troops.",
        "unsupported",
        True,
        at="25,000",
        refs=("zelensky-deployed", "nis-reinforcements"),
    ),
    case(
        "about-12000-zelensky",
        "About 12,000 North Korean troops were deployed, Zelensky said.",
        "unsupported",
        False,
    ),
    case(
        "more-than-100-compatible",
        "More than 100 North Korean soldiers were killed, the NIS said.",
        "unsupported",
        False,
    ),
    case(
        "others-figure",
        "The NIS said 4,000 North Korean soldiers were killed.",
        "unsupported",
        False,
    ),
    case(
        "casualties-derived",
        "North Korea has suffered about 3,000 casualties, the NIS said.",
        "unsupported",
        False,
    ),
    case(
        "two-sources-one-sentence",
        "NIS counts about 300 killed; Zelensky says 4,000.",
        "unsupported",
        False,
    ),
    case("brigades-not-people", "North Korea sent 20 brigades to Russia.", "unsupported", False),
    # a part of a group, smaller than every figure of the group: the set has none of the part
    case("a-part", "Among the dead were 12 generals.", "unsupported", False),
    case("a-part-too-big", "Among the dead were 25,000 generals.", "unsupported", True),
    case(
        "up-to-3000",
        "North Korea sent up to 3,000 more troops, the NIS said.",
        "unsupported",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


def test_no_known_figure_fits():
    [issue] = issues(
        CHECK,
        claim("25,000", hedge="about", metric="deployed"),
        [fact("z", "Zelensky", 12000, metric="deployed")],
    )
    assert "about 12,000" not in issue.message and "Ukraine: 12,000" in issue.message


@pytest.mark.parametrize(
    "the_claim, facts",
    [
        (claim("12,000", metric="deployed"), [fact("z", "Zelensky", 12000, metric="deployed")]),
        (
            claim("40", unit="%", metric="killed"),
            [],
        ),  # a share with no reference shares: arithmetic judges it
        (
            claim("more than 100", low=100, hedge="more-than", source="NIS"),
            [fact("n", "NIS", 300, hedge="about")],
        ),
    ],
)
def test_quiet(the_claim, facts):
    assert issues(CHECK, the_claim, facts) == []


@pytest.mark.parametrize(
    "as_of, fires",
    [
        ("2019", False),  # years before every known figure: the set says nothing of that time
        ("2023-06", False),
        ("2024", True),  # the known figures' own time
        ("2023-12", True),  # within history_days (366) of them
        (None, True),
    ],
)
def test_a_figure_of_long_before_every_known_one(as_of, fires):
    """'A landslide nearby in 2019 killed 300 people', in a story whose figures are of 2024 (a
    larger count than all of them: a smaller one dated before them all is quiet anyway, as an
    earlier point on their running count)."""
    facts = [fact("a", "NIS", 144, as_of="2024-07-31"), fact("b", "NIS", 225, as_of="2024-08-08")]
    assert bool(issues(CHECK, claim("300", as_of=as_of), facts)) is fires


def test_a_message_lists_the_nearest_known_figures_and_counts_the_rest():
    """With hundreds of known figures, the message shows the few nearest the draft's and says
    how many more there are; the finding's references are the ones shown."""
    the_claim = claim("900")
    known = [fact(f"f{i}", "NIS", 1000 + 100 * i) for i in range(50)]
    [issue] = issues(CHECK, the_claim, known)
    assert issue.message.endswith("; and 42 more")
    assert "1,000" in issue.message and "5,900" not in issue.message
    assert issue.references == tuple(f"f{i}" for i in range(8))


@pytest.mark.parametrize(("text", "quiet"), [("3", True), ("90", False)])
def test_a_smaller_count_dated_before_all_the_sets_figures(text, quiet):
    """Three cases 'by the end of May', when the set's only figure is December's 61: an earlier
    point on the running count the set says nothing of; 90 then is more than ever counted."""
    found = issues(
        CHECK, claim(text, as_of="2024-05-31"), [fact("z", "Zelensky", 61, as_of="2024-12-18")]
    )
    assert (found == []) is quiet, found
