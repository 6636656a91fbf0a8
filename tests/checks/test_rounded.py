"""The rounded check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import pytest

from tests.checks.drafts import assert_case, assert_marked, case, claim, fact, issues

CHECK = "rounded"
SHELLS = fact("shells", "NIS", 1280000, metric="munitions")

CASES = [
    case(
        "1.3-million",
        "North Korea has shipped 1.3 million artillery shells to Russia, the NIS said.",
        CHECK,
        True,
        at="1.3 million",
        refs=("nis-shells-2024",),
        says=("1,280,000",),
        suggests=("about 1.3 million",),
    ),
    case("1.3m", "The NIS said North Korea had sent 1.3m shells.", CHECK, True, at="1.3m"),
    case(
        "unattributed",
        "North Korea has shipped 1.3 million artillery shells to Russia.",
        CHECK,
        True,
        at="1.3 million",
    ),
    case("spelled", "The NIS said North Korea sent 1.3 million rockets and shells.", CHECK, True),
    case(
        "exact",
        "North Korea has shipped 1.28 million artillery shells to Russia, the NIS said.",
        CHECK,
        False,
    ),
    case(
        "hedged",
        "North Korea has shipped about 1.3 million artillery shells to Russia, the NIS said.",
        CHECK,
        False,
    ),
    case(
        "too-far",
        "North Korea has shipped 1.2 million artillery shells to Russia, the NIS said.",
        CHECK,
        False,
    ),
    case("plain-count", "The NIS said 300 North Korean soldiers were killed.", CHECK, False),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


def test_a_rounded_figure_of_its_own_source():
    [issue] = issues(
        CHECK,
        claim("1.3 million", low=1.3e6, metric="munitions", source="NIS", precision=50000),
        [SHELLS],
    )
    assert issue.references == ("shells",) and "1,280,000" in issue.message


@pytest.mark.parametrize(
    "the_claim",
    [
        claim("1,280,000", low=1.28e6, metric="munitions", source="NIS"),  # the figure itself
        claim(
            "1.3 million",
            low=1.3e6,
            metric="munitions",
            source="NIS",
            precision=50000,
            hedge="about",
        ),
        claim(
            "1.3 million", low=1.3e6, metric="munitions", source="NIS"
        ),  # written as exact: no precision
    ],
)
def test_quiet(the_claim):
    assert issues(CHECK, the_claim, [SHELLS]) == []


@pytest.mark.parametrize(
    "text, found",
    [
        # a share written whole is the source's rounded to the point: a note, not a contradiction
        ("The union said 78% of those who voted approved the deal.", ["rounded"]),
        ("The union said 78.33% of those who voted approved the deal.", []),
        ("The union said 77% of those who voted approved the deal.", ["contradiction"]),
    ],
    ids=["whole", "as-given", "another"],
)
def test_a_whole_percentage_is_the_source_share_rounded(tmp_path, text, found):
    import datetime as dt

    from checker import references
    from checker.engine import Engine
    from checker.inputs import Document

    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "metrics:\n  approval:\n    cues: [approved]\nsubjects:\n  members:\n    cues: [voted]\n"
    )
    refs = tmp_path / "refs.yaml"
    refs.write_text(
        f"packs: [{pack}]\nsubject: members\n"
        "sources:\n  union:\n    name: the union\n    aliases: [the union]\n"
        "facts:\n  - {id: a, metric: approval, value: 78.33, unit: '%', source: union, "
        "as_of: 2023-12-05}\n"
    )
    loaded, lexicon, problems = references.open_sets([refs])
    assert not problems
    document = Document.from_text(text, "draft.txt", dt.date(2023, 12, 11))
    result = Engine(lexicon, loaded).check_document(document)
    assert [f.check for f in result.findings] == found
