import datetime as dt
from pathlib import Path

import pytest

from checker import references, rules

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_DATE = dt.date(2025, 2, 27)


@pytest.fixture(scope="session")
def pack():
    return rules.default()


@pytest.fixture(scope="session")
def seed_refs(pack):
    return references.load(SEEDS / "reference.yaml", pack)
