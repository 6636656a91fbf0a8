"""rdjson: reviewdog's diagnostic format."""

import json

from checker.output import FORMATS
from tests.output.test_formats import RELATED, REPORT


def test_one_diagnostic_per_finding_with_range_and_code():
    data = json.loads(FORMATS["rdjson"].check(REPORT))
    assert data["source"]["name"] == "numcheck"
    first = data["diagnostics"][0]
    assert first["code"]["value"] == "contradiction" and first["severity"] == "ERROR"
    assert first["location"] == {
        "path": "d.txt",
        "range": {"start": {"line": 3, "column": 7}, "end": {"line": 3, "column": 10}},
    }
    assert first["message"].endswith("(use NIS's figure (about 300))")
    assert [d["severity"] for d in data["diagnostics"]] == ["ERROR", "INFO"]


def test_valid_against_reviewdogs_schema():
    import jsonschema

    from tests.output.test_sarif import SCHEMAS

    schema = json.loads((SCHEMAS / "rdjson.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(FORMATS["rdjson"].check(REPORT)), schema)


def test_columns_count_utf8_bytes_when_the_text_is_known():
    from dataclasses import replace

    text = "l1\nl2\n€€ x 900 killed\n"  # the figure after two three-byte characters
    report = replace(REPORT, texts={"d.txt": text})
    report.findings = [replace(REPORT.findings[0], column=6)]
    [diagnostic] = json.loads(FORMATS["rdjson"].check(report))["diagnostics"]
    assert diagnostic["location"]["range"]["start"] == {"line": 3, "column": 10}


def test_the_figures_a_finding_points_at_are_related_locations():
    import jsonschema

    from tests.output.test_sarif import SCHEMAS

    data = json.loads(FORMATS["rdjson"].check(RELATED))
    schema = json.loads((SCHEMAS / "rdjson.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    [diagnostic] = data["diagnostics"]
    starts = [r["location"]["range"]["start"] for r in diagnostic["related_locations"]]
    assert starts == [{"line": 4, "column": 1}, {"line": 4, "column": 12}]
