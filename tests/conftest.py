import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest

# numcheck keeps compiled patterns in the user's cache directory (checker/regex_cache.py): the
# suite, and every numcheck it starts, use a folder of their own, removed when the suite ends
_CACHE = tempfile.TemporaryDirectory(prefix="numcheck-test-cache-")
os.environ["NUMCHECK_CACHE_DIR"] = _CACHE.name

from checker import references  # noqa: E402 (after the cache folder is chosen)

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
