"""Notes on a pack's cues that numcheck reads as a unit its metric's figures are not in."""

import pytest

from checker.curation import units
from tests.reading.lexicons import lexicon_of


@pytest.mark.parametrize(
    "cues, fact_unit, noted",
    [
        # a measure as cue, plain counts as figures: figures written so never meet them
        ("[barrels a day, flow]", "count/day", ["barrels a day"]),
        # ... the figures in that measure: nothing to note
        ("[barrels a day, flow]", "bbl/day", []),
        # a cue that only looks like a unit is none ("in hospital": not inches; "won": a verb)
        ("[in hospital, won]", "count", []),
    ],
)
def test_a_cue_that_is_a_unit_its_figures_are_not_in(tmp_path, cues, fact_unit, noted):
    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources: {x: {name: X}}\nfacts:\n"
        f"  - {{id: a, metric: m, value: 5000, unit: {fact_unit}, source: x, as_of: 2010-04-28}}\n",
        pack=f"metrics:\n  m:\n    cues: {cues}\nsubjects:\n  s:\n    cues: [well]\n",
    )
    found = units.notes(lexicon)
    assert [note.split("'")[3] for note in found] == noted
