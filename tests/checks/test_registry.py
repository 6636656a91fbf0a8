"""The checks as a whole: every check is discovered, documents itself with examples that behave as
documented, and has its own test file with rows firing and staying quiet and an inline-marked
draft."""

import importlib
from pathlib import Path

import pytest

from checker.checks import REGISTRY, ClaimCheck, ReadingCheck, UnknownCheck, validate_names
from checker.model import Severity
from tests.checks.drafts import MARKED, check_draft, describe

HERE = Path(__file__).parent
CHECK_FILES = sorted(p.stem.removeprefix("test_") for p in HERE.glob("test_*.py"))


def test_every_check_module_is_discovered():
    modules = {p.stem for p in (Path(__file__).parents[2] / "checker" / "checks").glob("*.py")} - {
        "__init__",
        "base",
        "common",
    }
    assert {c.replace("-", "_") for c in REGISTRY} == modules


@pytest.mark.parametrize("name", list(REGISTRY))
def test_every_check_documents_itself(name):
    check = REGISTRY[name]
    assert check.id == name and isinstance(check.severity, Severity)
    assert check.description and check.failing and check.passing and check.failing != check.passing
    assert isinstance(check, (ClaimCheck, ReadingCheck))
    assert check.needs_references is isinstance(check, ClaimCheck)


@pytest.mark.parametrize("name", list(REGISTRY))
def test_every_check_has_its_test_file_and_marked_draft(name):
    module = importlib.import_module(f"tests.checks.test_{name.replace('-', '_')}")
    assert (MARKED / f"{name.replace('-', '_')}.md").is_file()
    sound = [p for p in module.CASES if not p.marks]
    for fire in (True, False):
        assert len([p for p in sound if p.values[2] is fire]) >= 4, (name, fire)
    assert all(p.values[1] == name for p in module.CASES)


@pytest.mark.parametrize("name", list(REGISTRY))
def test_registry_examples(name):
    """Each check's documented failing example fires it; its passing example does not."""
    entry = REGISTRY[name]
    failing = check_draft(entry.failing)
    assert name in {f["rule"] for f in failing}, (
        f"{name} failing example {entry.failing!r}:\n{describe(failing)}"
    )
    passing = check_draft(entry.passing)
    assert name not in {f["rule"] for f in passing}, (
        f"{name} passing example {entry.passing!r}:\n{describe(passing)}"
    )


def test_unknown_names_are_rejected_with_the_valid_ones():
    with pytest.raises(
        UnknownCheck, match="unknown check 'bogus' \\(valid: arithmetic, contradiction"
    ):
        validate_names(["contradiction", "bogus"])


def test_properly_attributed_story_is_clean_of_conflicts():
    """Two sources' own figures, each attributed, in one story: no check about conflicts fires."""
    draft = (
        "About 300 North Korean soldiers have been killed and about 2,700 wounded, the NIS said.\n"
        "Zelensky said 4,000 North Korean soldiers had been killed.\n"
        "In January 2025, North Korea had suffered about 3,000 casualties, the NIS said.\n"
        "North Korea sent up to 3,000 more troops, the NIS said."
    )
    findings = check_draft(draft)
    assert findings == [], describe(findings)
