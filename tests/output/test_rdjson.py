"""rdjson: reviewdog's diagnostic format."""

import json

from checker.output import FORMATS
from tests.output.test_formats import REPORT


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
