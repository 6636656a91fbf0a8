"""The inconsistent check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import pytest

from checker import reading
from checker.checks import Context
from checker.inputs import Document
from checker.model import Claim
from tests.checks.drafts import assert_case, assert_marked, case, claim, fixture_set

CHECK = "inconsistent"

CASES = [
    case(  # two speakers the reference set does not know are still two sources
        "two-named-speakers",
        "About 12,000 North Korean troops were sent, a US official said. Up to about 15,000 "
        "troops are being sent, a Ukrainian commander said.",
        "inconsistent",
        False,
        refs=(),
    ),
    case(  # one speaker named again by surname is still one source
        "a-speaker-by-surname",
        "About 12,000 North Korean troops were sent, Mayor Anne Hidalgo said. Hidalgo later said "
        "up to about 15,000 troops are being sent.",
        "inconsistent",
        True,
        at="15,000",
        refs=(),
        severity="info",  # the reference set has figures of this: a note (_known_doubts)
    ),
    case(  # ...and one of them with a figure of no one is not
        "a-named-speaker-and-no-one",
        "About 12,000 North Korean troops were sent, a US official said. Up to about 15,000 "
        "troops are being sent.",
        "inconsistent",
        True,
        at="15,000",
        refs=(),
        severity="info",  # the reference set has figures of this: a note (_known_doubts)
    ),
    case(
        "12000-vs-up-to-15000",
        "About 12,000 North Korean troops were sent. Up to about 15,000 troops are being sent.",
        "inconsistent",
        True,
        at="15,000",
        refs=(),
        says=("about 12,000",),
        related=("12,000",),
        severity="info",  # the reference set has figures of this: a note (_known_doubts)
    ),
    case(
        "same-source-twice",
        "Zelensky said 40 North Korean soldiers were captured. He later said 90 North Korean "
        "soldiers were captured.",
        "inconsistent",
        True,
        at="90",
        refs=(),
    ),
    case(
        "nis-twice",
        "The NIS said about 30 North Korean soldiers were captured. The NIS later said 90 North "
        "Korean soldiers were captured.",
        "inconsistent",
        True,
        at="90",
        refs=(),
    ),
    case(
        "dated-to-different-times",
        "In December 2024, 40 North Korean soldiers had been captured. By February 2025, 90 North "
        "Korean soldiers had been captured.",
        "inconsistent",
        False,
    ),
    case(
        "same-time",
        "In December 2024, 40 North Korean soldiers were captured. In December 2024, 90 North "
        "Korean soldiers were captured.",
        "inconsistent",
        True,
        at="90",
    ),
    case(
        "a-floor-and-a-figure-above-it",
        "At least 40 North Korean soldiers have been captured. In all, 47 North Korean soldiers "
        "have been captured.",
        "inconsistent",
        False,
    ),
    case(
        "a-floor-and-a-figure-below-it",
        "At least 40 North Korean soldiers have been captured. In all, 20 North Korean soldiers "
        "have been captured.",
        "inconsistent",
        True,
        at="20",
    ),
    # one finding per problem: the second figure contradicts the source's own known figure, and
    # the contradiction says so
    case(
        "contradiction-says-it",
        "The NIS said about 300 North Korean soldiers were killed. The NIS later said 900 North "
        "Korean soldiers were killed.",
        "inconsistent",
        False,
    ),
    case(
        "unsourced-300-vs-900",
        "About 300 North Korean soldiers have been killed. In all, 900 North Korean soldiers have "
        "died.",
        "inconsistent",
        True,
        at="900",
        refs=(),
        says=("about 300",),
        severity="info",  # the reference set has figures of this: a note (_known_doubts)
    ),
    case(
        "across-lines",
        "North Korea has sent about 12,000 troops to Russia.\n"
        "The deployment now stands at about 25,000 North Korean troops.",
        "inconsistent",
        True,
        at="25,000",
        refs=(),
        says=("line 1:",),
        severity="info",  # the reference set has figures of this: a note (_known_doubts)
    ),
    case(
        "20000-vs-30000",
        "North Korea sent 20,000 troops. North Korea sent 30,000 troops.",
        "inconsistent",
        True,
        at="30,000",
        refs=(),
        severity="info",  # the reference set has figures of this: a note (_known_doubts)
    ),
    case(
        "12000-twice",
        "About 12,000 North Korean troops were sent. Some 12,000 troops are being sent.",
        "inconsistent",
        False,
    ),
    case(
        "two-sources-one-sentence",
        "NIS counts about 300 killed; Zelensky says 4,000.",
        "inconsistent",
        False,
    ),
    case(
        "two-sources-two-sentences",
        "The NIS said about 300 North Korean soldiers had been killed. Zelensky said 4,000 had "
        "been killed.",
        "inconsistent",
        False,
    ),
    case(
        "two-sources-deployed",
        "About 12,000 North Korean troops were sent, Zelensky said. The NIS says another 1,000 to "
        "3,000 were sent this year.",
        "inconsistent",
        False,
    ),
    case(
        "part-of-whole",
        "About 12,000 North Korean troops were sent. Of these, about 8,000 were deployed to Kursk.",
        "inconsistent",
        False,
    ),
    case(
        "different-metrics",
        "About 300 North Korean soldiers were killed and about 2,700 wounded, the NIS said.",
        "inconsistent",
        False,
    ),
    case(
        "within-tolerance",
        "About 12,000 North Korean troops were sent. Nearly 13,000 North Korean troops are now in "
        "Russia.",
        "inconsistent",
        False,
    ),
    case(  # a figure of years before the draft's date is history, not the story's present
        "a-past-event-s-figure",
        "date 2025-02-27\n\nAbout 300 North Korean soldiers were killed, the NIS said. In 2015, "
        "about 1,000 North Korean soldiers were killed in a training accident.",
        "inconsistent",
        False,
    ),
    case(  # ...but not one of this year
        "a-figure-of-this-year",
        "date 2025-02-27\n\nAbout 300 North Korean soldiers were killed, the NIS said. In 2025, "
        "about 1,000 North Korean soldiers were killed.",
        "inconsistent",
        True,
        at="1,000",
        severity="info",  # the reference set has figures of this: a note (_known_doubts)
    ),
    case(
        "different-subjects",
        "About 300 North Korean soldiers were killed, the NIS said. About 1,000 Russian soldiers "
        "were killed in the same battle.",
        "inconsistent",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


def _run(*claims: Claim):
    _, lexicon = fixture_set()
    found = reading.Reading(Document.from_text("x", "draft.txt"), None, list(claims), [])
    from checker.checks import REGISTRY

    return list(REGISTRY[CHECK].run(Context(found, lexicon, {})))


def test_two_unattributed_figures_that_disagree():
    [issue] = _run(
        claim("12,000", hedge="about", metric="deployed"),
        claim("15,000", metric="deployed", start=9),
    )
    assert "12,000" in issue.message
    # the verdict rests on the earlier figure too: its doubts count (engine.trust.of_others)
    assert [c.text for c in issue.others] == ["12,000"]


@pytest.mark.parametrize(
    "second",
    [
        claim("12,500", metric="deployed", start=9),  # within tolerance
        claim(
            "15,000", metric="deployed", source="Zelensky", start=9
        ),  # distinct sources (with the first's below)
        claim("15,000", metric="killed", start=9),  # another metric
        claim("15,000", metric="deployed", part=True, start=9),  # a part of something
    ],
)
def test_quiet(second):
    first = claim("12,000", metric="deployed", source="NIS" if second.source else None)
    assert _run(first, second) == []


@pytest.mark.parametrize(
    "second, misread",
    [
        ("15,000", False),  # a slip between two counts of one thing
        ("1,000", False),  # 12 times apart: still two counts of one thing
        ("500", True),  # over 20 times apart: one of them likely counts something else
        ("120", True),
    ],
)
def test_figures_far_apart_are_said_to_be_likely_misread(second, misread):
    [issue] = _run(
        claim("12,000", hedge="about", metric="deployed"),
        claim(second, metric="deployed", start=9),
    )
    assert bool(issue.doubts) is misread
    if misread:
        assert "over 20 times apart" in issue.doubts[0][1]


def test_a_figure_is_held_against_the_latest_figures_of_its_kind_only():
    """Work per figure is bounded: a figure is compared with at most `compare_window` earlier
    figures of the same thing, the latest ones."""
    _, lexicon = fixture_set()
    window = lexicon.limits.compare_window
    first = claim("12,000", metric="deployed")
    middle = [claim("15,000", metric="deployed", start=10 + i) for i in range(window)]
    last = claim("15,000", metric="deployed", start=10 + window)
    flagged = {id(i.claim) for i in _run(first, *middle, last)}
    assert id(middle[0]) in flagged  # within the window of the 12,000
    assert id(last) not in flagged  # the 12,000 is past its window


@pytest.mark.parametrize(
    "text, severity",
    [
        # one figure fits no known figure: the reference checks warn on it, the disagreement is a
        # note
        ("About 1,000 soldiers were killed. Later, about 9,000 soldiers were killed.", "info"),
        # both fit the one known range: no other check says a word, so it stays a warning
        ("About 1,000 soldiers were killed. Later, about 3,000 soldiers were killed.", "warning"),
    ],
)
def test_a_disagreement_is_a_note_only_when_the_reference_checks_speak(tmp_path, text, severity):
    import datetime as dt

    from tests.reading.lexicons import checked

    result = checked(
        tmp_path,
        "subject: s\nsources: {x: {name: X}}\nfacts:\n"
        "  - {id: a, metric: killed, range: [1000, 3000], source: x, as_of: 2025-01-13}\n",
        "metrics:\n  killed:\n    cues: [killed]\nsubjects:\n  s:\n    cues: [soldiers]\n",
        text,
        dt.date(2025, 1, 20),
    )
    found = [f for f in result.findings if f.check == "inconsistent"]
    assert [f.severity.value for f in found] == [severity], [f.message for f in result.findings]
