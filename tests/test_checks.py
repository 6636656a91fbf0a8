"""The checks as functions: group sources, arithmetic tolerances, and robustness on generated drafts.
(Each check firing and staying quiet on real sentences is in test_rules_drafts.py.)"""

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from checker import checks, claims, references
from checker.document import Document
from checker.matching import match

REF = Path(__file__).parent / "fixtures" / "ref_rules.yaml"


def _claims(pack, text):
    doc = Document.from_text(text, "draft.txt")
    return doc, claims.extract(doc, pack, "north-korean-troops")


def test_a_group_source_owns_its_members_figures(pack):
    refs = references.load(REF, pack)
    _, [claim] = _claims(pack, "About 300 North Korean soldiers were killed, according to intelligence officials.")
    m = match(claim, refs, pack)
    assert claim.source == "allied-intelligence"
    assert [f.id for f in m.own()] == ["nis-killed"]  # the NIS is one of the allied agencies
    _, [claim] = _claims(pack, "About 300 North Korean soldiers were killed, Zelensky said.")
    assert [f.id for f in match(claim, refs, pack).own()] == ["zelensky-killed"]  # not the NIS figure


def _only(doc, found, pack, rule):
    return [f.message for f in checks.run(found, references.ReferenceSet(), pack, doc, [rule])]


def test_a_sum_allows_each_parts_own_looseness(pack):
    # about 300 + about 2,700 may be anything from 2,700 to 3,300: 3,200 adds up, 3,500 does not
    for total, fires in (("3,200", False), ("3,500", True)):
        doc, found = _claims(pack, f"About 300 were killed and about 2,700 wounded, {total} casualties in all, the NIS said.")
        assert bool(_only(doc, found, pack, "arithmetic")) is fires, total


def test_exact_parts_allow_only_rounding(pack):
    for total, fires in (("3,050", False), ("3,200", True)):
        doc, found = _claims(pack, f"300 were killed and 2,700 wounded, {total} casualties in all, the NIS said.")
        assert bool(_only(doc, found, pack, "arithmetic")) is fires, total


SENTENCES = st.sampled_from([
    "About {n} North Korean soldiers were killed, the NIS said.",
    "Zelensky said {n} out of {m} had been killed.",
    "Of these, {n} were deployed to Kursk and {m} to Donetsk.",
    "Some {p} percent of the {m} troops, or about {n}, were wounded.",
    "Hundreds of North Korean soldiers died and {n} were captured, a total of {m} casualties.",
    "In early February, up to {n} more troops were sent, according to South Korea's military.",
    "NORTH KOREAN CASUALTIES TOP {n}, SAYS SEOUL'S SPY AGENCY",
    "- {n} killed, {m} wounded, {p}% of the force",
    "The agency said {n} had died since October; it estimated {m} were wounded.",
])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(SENTENCES, st.integers(0, 20000), st.integers(0, 20000), st.integers(0, 150)),
                min_size=1, max_size=8))
def test_every_check_survives_generated_drafts(pack, parts):
    refs = references.load(REF, pack)
    text = "date 2025-02-27\n" + "\n".join(s.format(n=f"{n:,}", m=f"{m:,}", p=p) for s, n, m, p in parts)
    doc, found = _claims(pack, text)
    for finding in checks.run(found, refs, pack, doc):
        assert 1 <= finding.line <= len(doc.line_starts) and finding.column >= 1
        assert finding.rule in checks.REGISTRY and finding.message


@pytest.mark.parametrize("text", [
    "Zelenſky said 4,000 North Korean soldiers were killed.\nThe NIS said 900 North Korean soldiers were killed.",
    "KİM said 300 were killed laſt year and thıs year, in mıd-January.",
    "About 4 thouſand North Korean soldiers were killed; one ın three.",
    "Zelensky said 4,000 of the " + "9" * 400 + " North Korean troops sent, or 40 percent, were killed.",
    "About " + "9" * 1000 + " North Korean soldiers were killed, the NIS said.",
    "See https://example.org/" + "1" * 150 + " for 300 killed.",
])
def test_odd_text_never_crashes_and_stays_fast(pack, text):
    refs = references.load(REF, pack)
    doc, found = _claims(pack, text)
    checks.run(found, refs, pack, doc)
    assert all(c.high <= 1e15 for c in found)
