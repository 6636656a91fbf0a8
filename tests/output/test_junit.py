"""junit: one test case per draft; findings at or above --fail-on are failures."""

from dataclasses import replace
from xml.etree import ElementTree as ET

from checker.errors import Problem
from checker.output import FORMATS
from tests.output.test_formats import REPORT


def parse(report):
    return ET.fromstring(FORMATS["junit"].check(report).split("\n", 1)[1])


def test_a_case_per_draft_and_a_failure_per_finding_at_the_threshold():
    report = replace(REPORT, files=["d.txt", "clean.txt"])
    suite = parse(report).find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"d.txt", "clean.txt"} and suite.get("tests") == "2"
    [failure] = cases["d.txt"].findall("failure")
    assert failure.get("type") == "contradiction" and "d.txt:3:7" in failure.text
    assert "unattributed" in cases["d.txt"].find("system-out").text
    assert cases["clean.txt"].find("failure") is None and suite.get("failures") == "1"


def test_the_threshold_follows_fail_on():
    suite = parse(replace(REPORT, fail_on="info")).find("testsuite")
    assert len(suite.find("testcase").findall("failure")) == 2
    suite = parse(replace(REPORT, fail_on="never")).find("testsuite")
    assert suite.find("testcase").find("failure") is None


def test_an_unreadable_draft_is_an_error_case():
    report = replace(REPORT, problems=[Problem("gone.txt", "cannot read the file")])
    suite = parse(report).find("testsuite")
    [error] = [c for c in suite.findall("testcase") if c.get("name") == "gone.txt"]
    assert error.find("error") is not None and suite.get("errors") == "1"
