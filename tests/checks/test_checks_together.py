"""The checks as functions: group sources, arithmetic tolerances, and robustness on generated
drafts. (Each check firing and staying quiet on real sentences is in test_rules_drafts.py.)"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import checks, reading, references
from checker.engine import Engine
from checker.inputs import Document
from checker.references import match

REF = Path(__file__).parent.parent / "fixtures" / "ref_rules.yaml"


def _claims(lexicon, text):
    found = reading.read(Document.from_text(text, "draft.txt"), lexicon, "north-korean-troops")
    return found, found.claims


def run(found, refs, lexicon, select=()):
    return Engine(lexicon, refs, select).findings(found)


def test_a_group_source_owns_its_members_figures(lexicon):
    refs = references.load(REF, lexicon)
    _, [claim] = _claims(
        lexicon, "About 300 North Korean soldiers were killed, according to intelligence officials."
    )
    m = match(claim, refs, lexicon)
    assert claim.source == "allied-intelligence"
    assert [f.id for f in m.own()] == ["nis-killed"]  # the NIS is one of the allied agencies
    _, [claim] = _claims(lexicon, "About 300 North Korean soldiers were killed, Zelensky said.")
    assert [f.id for f in match(claim, refs, lexicon).own()] == [
        "zelensky-killed"
    ]  # not the NIS figure


def _only(found, lexicon, check):
    return [f.message for f in run(found, references.ReferenceSet(), lexicon, [check])]


def test_a_sum_allows_each_parts_own_looseness(lexicon):
    # about 300 + about 2,700 may be anything from 2,700 to 3,300: 3,200 adds up, 3,500 does not
    for total, fires in (("3,200", False), ("3,500", True)):
        found, _ = _claims(
            lexicon,
            f"About 300 were killed and about 2,700 wounded, {total} casualties in all, the NIS "
            "said.",
        )
        assert bool(_only(found, lexicon, "arithmetic")) is fires, total


def test_exact_parts_allow_only_rounding(lexicon):
    for total, fires in (("3,050", False), ("3,200", True)):
        found, _ = _claims(
            lexicon, f"300 were killed and 2,700 wounded, {total} casualties in all, the NIS said."
        )
        assert bool(_only(found, lexicon, "arithmetic")) is fires, total


SENTENCES = st.sampled_from(
    [
        "About {n} North Korean soldiers were killed, the NIS said.",
        "Zelensky said {n} out of {m} had been killed.",
        "Of these, {n} were deployed to Kursk and {m} to Donetsk.",
        "Some {p} percent of the {m} troops, or about {n}, were wounded.",
        "Hundreds of North Korean soldiers died and {n} were captured, a total of {m} casualties.",
        "In early February, up to {n} more troops were sent, according to South Korea's military.",
        "NORTH KOREAN CASUALTIES TOP {n}, SAYS SEOUL'S SPY AGENCY",
        "- {n} killed, {m} wounded, {p}% of the force",
        "The agency said {n} had died since October; it estimated {m} were wounded.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(SENTENCES, st.integers(0, 20000), st.integers(0, 20000), st.integers(0, 150)),
        min_size=1,
        max_size=8,
    )
)
def test_every_check_survives_generated_drafts(lexicon, parts):
    refs = references.load(REF, lexicon)
    text = "date 2025-02-27\n" + "\n".join(
        s.format(n=f"{n:,}", m=f"{m:,}", p=p) for s, n, m, p in parts
    )
    found, _ = _claims(lexicon, text)
    for finding in run(found, refs, lexicon):
        assert 1 <= finding.line <= len(found.document.line_starts) and finding.column >= 1
        assert finding.check in checks.REGISTRY and finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Zelenſky said 4,000 North Korean soldiers were killed.\n"
        "The NIS said 900 North Korean soldiers were killed.",
        "KİM said 300 were killed laſt year and thıs year, in mıd-January.",
        "About 4 thouſand North Korean soldiers were killed; one ın three.",
        "Zelensky said 4,000 of the "
        + "9" * 400
        + " North Korean troops sent, or 40 percent, were killed.",
        "About " + "9" * 1000 + " North Korean soldiers were killed, the NIS said.",
        "See https://example.org/" + "1" * 150 + " for 300 killed.",
    ],
)
def test_odd_text_never_crashes_and_stays_fast(lexicon, text):
    refs = references.load(REF, lexicon)
    found, claims = _claims(lexicon, text)
    run(found, refs, lexicon)
    assert all(c.high <= 1e15 for c in claims)
