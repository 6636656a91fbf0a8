import pytest

from checker import references
from checker.curation import groups
from tests.conftest import SEEDS

FACTS = """
subject: north-korean-troops
packs: [armed-conflict, "%s"]
sources:
  ministry: {aliases: [the ministry]}
  police: {aliases: [police]}
  rescuers: {aliases: [rescuers]}
facts:
%s
"""


def grouped(facts: str, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(FACTS % (SEEDS / "pack", facts))
    refs, lexicon, problems = references.open_sets([path])
    assert not problems, problems
    return groups(refs, lexicon)


def pairs(group, kind):
    return [(a.id, b.id) for a, b in getattr(group, kind)]


def fact(fid, source, value, as_of, extra=""):
    return (
        f"  - {{id: {fid}, metric: killed, value: {value}, source: {source}, "
        f"as_of: {as_of}{extra}}}\n"
    )


@pytest.mark.parametrize(
    "facts, disagree, revised",
    [
        # two sources, same count, far apart: they disagree
        (fact("a", "ministry", 300, "2025-01") + fact("b", "police", 4000, "2025-01"),
         [("a", "b")], []),
        # hedged figures that overlap do not
        (fact("a", "ministry", 300, "2025-01", ", hedge: about")
         + fact("b", "police", 310, "2025-01"), [], []),
        # one source's newer, different figure is a revision, not a disagreement
        (fact("a", "ministry", 300, "2025-01") + fact("b", "ministry", 900, "2025-02"),
         [], [("a", "b")]),
        # figures about different closed periods are not compared
        (fact("a", "ministry", 300, "2025-01", ", period: 2025-01-03")
         + fact("b", "police", 4000, "2025-01", ", period: 2025-01-04"), [], []),
        # a count from a start after the other was given counts something newer
        (fact("a", "ministry", 300, "2024-11")
         + fact("b", "police", 4000, "2025-02", ", period: 2025-01/2025-02"), [], []),
        # different events are not compared
        (fact("a", "ministry", 300, "2025-01", ", event: quake")
         + fact("b", "police", 4000, "2025-01", ", event: flood"), [], []),
    ],
)  # fmt: skip
def test_pairs(facts, disagree, revised, tmp_path):
    [group] = grouped(facts, tmp_path)
    assert pairs(group, "disagree") == disagree
    assert pairs(group, "revised") == revised


def test_groups_are_per_metric_subject_and_unit_oldest_first(tmp_path):
    found = grouped(
        fact("new", "ministry", 5, "2025-03")
        + fact("old", "police", 5, "2025-01")
        + "  - {id: w, metric: deployed, value: 9, source: police, as_of: 2025-01}\n",
        tmp_path,
    )
    assert [(g.metric, [f.id for f in g.facts]) for g in found] == [
        ("deployed", ["w"]),
        ("killed", ["old", "new"]),
    ]


def test_the_seed_set_shows_the_nis_and_zelensky_disagreement_on_the_killed():
    refs, lexicon, _ = references.open_sets([SEEDS / "reference.yaml"])
    [killed] = [g for g in groups(refs, lexicon) if g.metric == "killed"]
    assert [(a.source, b.source) for a, b in killed.disagree] == [("NIS", "Zelensky")]
