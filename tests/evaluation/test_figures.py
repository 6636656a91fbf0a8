"""General-news figure sets: loading, scoring per desk, and a floor on the development set."""

import pytest

from checker.errors import InputError
from checker.evaluation import figures
from checker.lexicon import load
from tests.conftest import ROOT

SET = """\
desk: test
date: 2026-03-18
sentences:
  - text: "Shares rose 19 cents to $58.24 on Tuesday."
    figures:
      - {span: "19 cents", value: 0.19, unit: USD, hedge: exact, change: up, as_of: 2026-03-17}
      - {span: "$58.24", value: 58.24, unit: USD, hedge: exact, role: to, as_of: 2026-03-17}
  - text: "Maddon, 66, resigned."
    figures: []
"""


def test_a_set_is_scored(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text(SET)
    scores = figures.evaluate_sets([str(path)], load())
    assert (
        scores["test"].fields["value"].f1 == 1.0 and scores["all"].fields["as_of"].accuracy == 1.0
    )
    assert scores["all"].drafts == 2


@pytest.mark.parametrize(
    "change, message",
    [
        (('span: "19 cents"', 'span: "20 cents"'), "does not occur"),
        (("value: 0.19,", ""), "exactly one of 'value' and 'range'"),
        (("figures: []", "figures: 3"), "must be a list"),
    ],
)
def test_bad_sets_name_the_position(tmp_path, change, message):
    path = tmp_path / "t.yaml"
    path.write_text(SET.replace(*change))
    with pytest.raises(InputError, match=message):
        figures.load_set(str(path))


# Floors at what numcheck reaches on the development set (tests/news); a change that reads worse
# fails.
FLOORS = {"claim": 0.98, "value": 0.97, "value+hedge": 0.96}
AS_OF_FLOOR = 0.92


@pytest.fixture(scope="module")
def news():
    paths = sorted(str(p) for p in (ROOT / "tests" / "news").glob("*.yaml"))
    return figures.evaluate_sets(paths, load())["all"]


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_news_reading_does_not_fall(news, field):
    assert news.fields[field].f1 >= FLOORS[field]


def test_news_as_of_does_not_fall(news):
    assert news.fields["as_of"].accuracy >= AS_OF_FLOOR
