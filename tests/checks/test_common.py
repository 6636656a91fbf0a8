"""The wording checks share: sources by name, figures as editors write them, facts by figure and
date, never by id."""

import pytest

from checker.checks import common
from checker.model import Fact
from tests.checks.drafts import claim, fixture_set


@pytest.mark.parametrize(
    "low, high, hedge, unit, shown",
    [
        (300, 300, "about", "count", "about 300"),
        (1000, 3000, "exact", "count", "1,000–3,000"),
        (25e9, 25e9, "up-to", "USD", "up to USD 25 billion"),
        (5.52e9, 5.52e9, "about", "USD", "about USD 5.52 billion"),
        (872e6, 872e6, "exact", "USD", "USD 872 million"),  # not "87.2 crores": read, not written
        (22.19e9, 22.19e9, "exact", "INR", "INR 22.19 billion"),
        (1_280_000, 1_280_000, "exact", "count", "1,280,000"),
        (12.5, 12.5, "exact", "%", "12.5%"),
        (86, 86, "exact", "%", "86%"),
        (700, 700, "exact", "USD/household", "USD 700 per household"),
        (1000, 1000, "about", "count/day", "about 1,000 per day"),
        (3000, 3000, "exact", "acre", "3,000 acre"),
    ],
)
def test_amount(low, high, hedge, unit, shown):
    _, lexicon = fixture_set()
    assert common.amount(low, high, hedge, unit, lexicon) == shown


def test_sources_go_by_their_name_and_facts_by_figure_and_date():
    _, lexicon = fixture_set()
    fact = Fact(
        "nis-killed", "killed", "north-korean-troops", 300, 300, "about", "NIS", as_of="2025-01"
    )
    assert common.name("NIS", lexicon) == "National Intelligence Service (South Korea)"
    assert common.name("not-declared", lexicon) == "not-declared"
    assert common.given(fact, lexicon) == "about 300 (as of 2025-01)"
    assert "nis-killed" not in common.by_source([fact], lexicon)


def test_the_draft_s_own_words_for_its_source():
    _, lexicon = fixture_set()
    assert common.said_by(
        claim("300", source="NIS", source_text="South Korea's spy agency"), lexicon
    ) == ("South Korea's spy agency")
    assert common.said_by(claim("300", source="NIS", source_text=""), lexicon).startswith(
        "National"
    )
    assert common.counted(claim("300", metric="vote-against")) == "300 vote against"
