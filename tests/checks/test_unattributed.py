"""The unattributed check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import pytest

from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "unattributed"

CASES = [
    case(
        "about-300",
        "About 300 North Korean soldiers were killed.",
        "unattributed",
        True,
        at="300",
        refs=("nis-killed",),
        suggests=("according to National Intelligence Service (South Korea)",),
    ),
    case(
        "some-4000",
        "Some 4,000 North Korean soldiers have died in the fighting.",
        "unattributed",
        True,
        at="4,000",
        refs=("zelensky-killed",),
        suggests=("according to Volodymyr Zelensky, President of Ukraine",),
    ),
    case(
        "about-12000",
        "North Korea has deployed about 12,000 troops to Russia.",
        "unattributed",
        True,
        at="12,000",
        refs=("zelensky-deployed",),
        suggests=("according to Volodymyr Zelensky, President of Ukraine",),
    ),
    case(
        "reportedly-is-no-source",
        "About 2,700 North Korean soldiers were reportedly wounded.",
        "unattributed",
        True,
        at="2,700",
        refs=("nis-wounded",),
    ),
    case(
        "casualties-derived",
        "Roughly 3,000 North Korean soldiers have been killed or wounded.",
        "unattributed",
        True,
        at="3,000",
        refs=("nis-killed+nis-wounded",),
        suggests=("National Intelligence Service",),
    ),
    case(
        "next-line-not-carried",
        "The NIS said about 300 North Korean soldiers were killed.\nAbout 2,700 more were wounded.",
        "unattributed",
        True,
        at="2,700",
        refs=("nis-wounded",),
    ),
    case(
        "beyond-carry-window",
        "The NIS briefed lawmakers. Fighting continued. Kursk was shelled. Russia said little. "
        "He said about 300 North Korean soldiers were killed.",
        "unattributed",
        True,
        at="300",
        refs=("nis-killed",),
    ),
    case(
        "nis-said",
        "About 300 North Korean soldiers were killed, the NIS said.",
        "unattributed",
        False,
    ),
    case(
        "the-agency-said-leading",
        "South Korea's spy agency briefed lawmakers on Wednesday. "
        "The agency said about 300 North Korean soldiers had been killed.",
        "unattributed",
        False,
    ),
    case(
        "the-agency-said-trailing",
        "South Korea's spy agency briefed lawmakers on Wednesday. "
        "About 300 North Korean soldiers had been killed, the agency said.",
        "unattributed",
        False,
    ),
    case(
        "this-is-according-to",
        "About 12,000 North Korean troops have been sent to Russia. This is according to "
        "President Zelensky.",
        "unattributed",
        False,
    ),
    case(
        "according-to-first",
        "According to Zelensky, 4,000 North Korean soldiers have been killed.",
        "unattributed",
        False,
    ),
    case(
        "per-the-nis",
        "About 300 North Korean soldiers were killed, per the NIS.",
        "unattributed",
        False,
    ),
    case("nothing-fits", "About 25,000 North Korean troops were deployed.", "unattributed", False),
    case(
        "wrote-on-telegram",
        "Some 4,000 North Korean soldiers have been killed, Zelensky wrote on Telegram.",
        "unattributed",
        False,
    ),
    case(
        "hundreds-killed-unattributed",
        "Hundreds of North Korean soldiers have been killed.",
        "unattributed",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


def test_a_known_figure_with_no_source():
    [issue] = issues(CHECK, claim("300", hedge="about"), [fact("n", "NIS", 300, hedge="about")])
    assert issue.suggestion == "add 'according to National Intelligence Service (South Korea)'"


def test_two_sources_gave_it():
    [issue] = issues(CHECK, claim("300"), [fact("n", "NIS", 300), fact("j", "JCS", 300)])
    assert issue.suggestion == (
        "name the source (National Intelligence Service (South Korea), "
        "South Korea's Joint Chiefs of Staff and military officials)"
    )


@pytest.mark.parametrize("the_claim", [claim("300", source="NIS"), claim("7,777")])
def test_quiet(the_claim):
    assert issues(CHECK, the_claim, [fact("n", "NIS", 300)]) == []
