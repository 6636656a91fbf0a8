"""junit: JUnit XML for CI dashboards, one test case per draft.

A draft fails when it has a finding at or above `--fail-on`; each such finding is a `<failure>`
(its check, position, message and fix). Findings below the threshold go to the case's
`<system-out>`. A file that could not be read is an `<error>`.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from checker.output.base import Format, Report, location


def _text(finding) -> str:
    fix = f"\n  fix: {finding.suggestion}" if finding.suggestion else ""
    where = location(finding.path, finding.line, finding.column)
    return f"{where}  {finding.severity.value}  {finding.check}  {finding.message}{fix}"


def render(report: Report) -> str:
    by_draft: dict[str, list] = {path: [] for path in report.files}
    for f in report.findings:
        by_draft.setdefault(f.path, []).append(f)
    broken: dict[str, list] = {}
    for p in report.problems:
        broken.setdefault(p.path, []).append(p)
    suites = ET.Element("testsuites", name="numcheck")
    suite = ET.SubElement(suites, "testsuite", name="numcheck")
    failures = errors = 0
    for path in [*by_draft, *(p for p in broken if p not in by_draft)]:
        case = ET.SubElement(suite, "testcase", classname="numcheck", name=path)
        failing = [f for f in by_draft.get(path, []) if f.severity.at_least(report.fail_on)]
        quiet = [f for f in by_draft.get(path, []) if f not in failing]
        for f in failing:
            failure = ET.SubElement(case, "failure", message=f.message, type=f.check)
            failure.text = _text(f)
        for p in broken.get(path, []):
            ET.SubElement(case, "error", message=str(p), type="input").text = str(p)
        if quiet:
            ET.SubElement(case, "system-out").text = "\n".join(_text(f) for f in quiet)
        failures += bool(failing)
        errors += bool(broken.get(path))
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode")


FORMAT = Format("junit", "JUnit XML, one test case per draft", render)
