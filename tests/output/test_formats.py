"""Every output format renders the same report; the registry finds each format module."""

import dataclasses
import html
import json
from pathlib import Path

import pytest

from checker.model import Claim, Finding, Severity
from checker.output import CHECK_FORMATS, EXTRACT_FORMATS, FORMATS, Report
from tests.checks.drafts import claim

FINDING = Finding(
    "contradiction",
    Severity.ERROR,
    "d.txt",
    3,
    7,
    "900",
    "NIS is quoted with 900 killed, but...",
    "use NIS's figure (about 300)",
    ("nis-killed",),
    claim("900", source="NIS"),
)
NOTE = Finding(
    "unattributed",
    Severity.INFO,
    "d.txt",
    5,
    1,
    "12,000",
    "12,000 deployed is given without a source",
    "",
    (),
    None,
)
REPORT = Report([FINDING, NOTE], [claim("900", source="NIS")], ["d.txt"], [])
# an arithmetic finding that points at the two counts it rests on
SHARE = Finding(
    "arithmetic",
    Severity.WARNING,
    "d.txt",
    4,
    40,
    "40%",
    "4,000 of 12,000 is 33%, not 40%",
    "check the share against its counts",
    (),
    None,
    ((4, 1, "4,000"), (4, 12, "12,000")),
)
RELATED = Report([SHARE], [], ["d.txt"], [])


def test_every_format_module_is_registered():
    modules = {p.stem for p in (Path(__file__).parents[2] / "checker" / "output").glob("*.py")}
    assert set(FORMATS) == modules - {
        "__init__",
        "base",
        "scores",
        "listing",
        "discrepancies",
        "write",
    }
    assert CHECK_FORMATS[0] == "text" and set(EXTRACT_FORMATS) == {"text", "table", "json"}


def test_table_is_a_table_per_file_and_a_summary():
    out = FORMATS["table"].check(REPORT)
    assert out.splitlines()[0] == "d.txt" and "d.txt:3:7" in out and "check" in out.splitlines()[1]
    assert out.endswith("2 findings (1 error, 0 warning, 1 info) in 1 file, 1 figure checked")


@pytest.mark.parametrize("columns", [40, 60, 100, 200])
def test_text_is_one_finding_per_line_fitted_to_the_terminal(columns):
    from checker.output import text

    out = text.render(REPORT, columns)
    lines = out.splitlines()
    assert lines[0].startswith("d.txt:3:7  error  contradiction")
    assert all(len(line) <= columns for line in lines[:-1])
    assert "fix: use NIS's figure (about 300)" in " ".join(out.split())
    assert lines[-1] == "2 findings (1 error, 0 warning, 1 info) in 1 file, 1 figure checked"


def test_text_takes_the_terminal_width_from_columns(monkeypatch):
    from checker.output import text

    monkeypatch.setenv("COLUMNS", "70")
    assert text.width() == 70
    monkeypatch.setenv("COLUMNS", "10")
    assert text.width() == 40


def test_text_into_a_pipe_keeps_each_finding_on_its_line(monkeypatch):
    from checker.output import text

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr("sys.stdout.isatty", lambda: False)
    assert text.width() == text.UNWRAPPED
    long = dataclasses.replace(FINDING, message="NIS is quoted with 900 killed, " + "but " * 60)
    lines = text.render(Report([long], [], ["d.txt"], [])).splitlines()
    assert lines[0].startswith("d.txt:3:7  error  contradiction") and lines[0].count("but") == 60


def test_text_extract_lists_figures():
    out = FORMATS["text"].extract(REPORT)
    assert "draft.txt:1:1" in out and out.endswith("1 figure in 1 file")


def test_json_keeps_rule_as_the_machine_name_of_the_check():
    data = json.loads(FORMATS["json"].check(REPORT))
    assert [f["rule"] for f in data["findings"]] == ["contradiction", "unattributed"]
    assert data["findings"][0]["severity"] == "error" and data["claims"][0]["value"] == 900


def test_line_is_one_finding_per_line():
    assert FORMATS["line"].check(REPORT).splitlines() == [
        "d.txt:3:7: error contradiction: NIS is quoted with 900 killed, but... (use NIS's figure "
        "(about 300))",
        "d.txt:5:1: info unattributed: 12,000 deployed is given without a source",
    ]
    assert FORMATS["line"].check(Report()) is None  # nothing to say: nothing printed


def test_github_annotations_escape_their_properties():
    odd = Report([Finding("stale", Severity.WARNING, "a,b:c.txt", 1, 2, "x", "50%\nmore", "")])
    assert (
        FORMATS["github"].check(odd)
        == "::warning file=a%2Cb%3Ac.txt,line=1,col=2,title=numcheck stale::50%25%0Amore"
    )
    assert FORMATS["github"].check(REPORT).splitlines()[1].startswith("::notice ")


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_renders_an_empty_report(name):
    FORMATS[name].check(Report())


def test_claims_keep_their_shape():
    assert isinstance(REPORT.claims[0], Claim)


def test_the_summary_says_when_an_input_had_a_problem(tmp_path):
    from click.testing import CliRunner

    from checker.cli import main

    draft, bad_refs = tmp_path / "d.txt", tmp_path / "refs.yaml"
    draft.write_text("About 300 soldiers were killed. <!-- numcheck: ignore nosuch -->\n")
    bad_refs.write_text("facts: [\n")
    result = CliRunner().invoke(main, ["check", str(draft), "--refs", str(bad_refs)])
    assert result.exit_code == 2
    # the draft was read (its bad comment is a problem of its own) and is counted
    assert "in 1 file, 1 figure checked; 2 input problems (on stderr)" in result.stdout


@pytest.mark.parametrize("name", ["text", "markdown", "html"])
def test_the_figures_a_finding_points_at_are_shown(name):
    out = FORMATS[name].check(RELATED)
    shown = "4:1 '4,000'; 4:12 '12,000'"
    assert (html.escape(shown) if name == "html" else shown) in out


def test_json_lists_the_figures_a_finding_points_at():
    [finding] = json.loads(FORMATS["json"].check(RELATED))["findings"]
    assert finding["related"] == [
        {"line": 4, "column": 1, "excerpt": "4,000"},
        {"line": 4, "column": 12, "excerpt": "12,000"},
    ]
    [plain] = json.loads(FORMATS["json"].check(REPORT))["findings"][:1]
    assert plain["related"] == []
