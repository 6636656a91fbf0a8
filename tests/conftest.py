import datetime as dt
from pathlib import Path

import pytest

from checker import references

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"
SEED_DATE = dt.date(2025, 2, 27)


def seed_lexicon():
    """The lexicon the seed story uses: the language pack, the armed-conflict topic, seeds/pack and
    the seed reference set's sources."""
    return references.open_sets([SEEDS / "reference.yaml"])[1]


@pytest.fixture(scope="session")
def lexicon():
    return seed_lexicon()


@pytest.fixture(scope="session")
def seed_refs():
    return references.open_sets([SEEDS / "reference.yaml"])[0]
