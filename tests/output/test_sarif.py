"""sarif: valid SARIF 2.1.0 (the OASIS schema in tests/schemas), one rule per check, stable
fingerprints."""

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from checker.checks import REGISTRY
from checker.engine.baseline import fingerprint
from checker.errors import Problem
from checker.output import FORMATS
from tests.output.test_formats import FINDING, RELATED, REPORT

SCHEMAS = Path(__file__).parent.parent / "schemas"


@pytest.fixture(scope="module")
def schema():
    return json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(report):
    return json.loads(FORMATS["sarif"].check(report))


def test_valid_against_the_official_schema(schema):
    jsonschema.validate(sarif(REPORT), schema)
    with_problem = replace(REPORT, problems=[Problem("bad.yaml", "not YAML", 3, 1)])
    jsonschema.validate(sarif(with_problem), schema)


def test_every_check_is_a_rule_and_every_finding_a_result():
    run = sarif(REPORT)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(REGISTRY)
    first = run["results"][0]
    assert first["ruleId"] == "contradiction" and rules[first["ruleIndex"]]["id"] == "contradiction"
    assert first["level"] == "error" and run["results"][1]["level"] == "note"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 7, 10)


def test_fingerprints_stay_when_the_draft_is_edited_elsewhere():
    moved = replace(FINDING, line=30, column=1)
    assert fingerprint(moved) == fingerprint(FINDING)
    assert fingerprint(replace(FINDING, check="stale")) != fingerprint(FINDING)
    assert sarif(REPORT)["runs"][0]["results"][0]["partialFingerprints"] == {
        "numcheck/v1": fingerprint(FINDING)
    }


def test_input_problems_are_notifications():
    report = replace(REPORT, problems=[Problem("bad.yaml", "not YAML", 3, 1)])
    invocation = sarif(report)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"] == "not YAML"


def test_the_figures_a_finding_points_at_are_related_locations(schema):
    jsonschema.validate(sarif(RELATED), schema)
    [result] = sarif(RELATED)["runs"][0]["results"]
    regions = [r["physicalLocation"]["region"] for r in result["relatedLocations"]]
    assert [(r["startLine"], r["startColumn"], r["endColumn"]) for r in regions] == [
        (4, 1, 6),
        (4, 12, 18),
    ]
    assert "relatedLocations" not in sarif(REPORT)["runs"][0]["results"][0]
