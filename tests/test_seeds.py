"""End to end on the shipped seeds: the findings the issue requires, and a golden JSON/text
snapshot so any change in findings shows up in review (regenerate with NUMCHECK_UPDATE_GOLDEN=1)."""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
ARGS = ["check", "seeds/", "--refs", "seeds/reference.yaml", "--date", "2025-02-27"]


@pytest.fixture(scope="module")
def seed_json():
    os.chdir(ROOT)
    result = CliRunner().invoke(main, [*ARGS, "--format", "json"])
    assert result.exit_code == 0, (
        result.output
    )  # no errors in the seeds at the default --fail-on error
    return json.loads(result.output)


def findings(data, path_part, rule):
    return [f for f in data["findings"] if path_part in f["path"] and f["rule"] == rule]


def test_extra_3000_is_an_overstatement_of_1000_to_3000(seed_json):
    [f] = findings(seed_json, "000_3344206ac871b7d1", "overstatement")
    assert (f["line"], f["excerpt"]) == (2, "3,000")
    assert f["references"] == ["nis-reinforcements-2025-02"]
    assert "1,000–3,000" in f["message"]


def test_12000_vs_15000_is_inconsistent(seed_json):
    """A note: the reference set has deployments, and its own check warns on the figure it has
    nothing like."""
    [f] = findings(seed_json, "004_d9466bbddd1b7e96", "inconsistent")
    assert "15,000" in f["excerpt"] and "12,000" in f["message"]
    assert f["severity"] == "info"
    [unsupported] = findings(seed_json, "004_d9466bbddd1b7e96", "unsupported")
    assert "15,000" in unsupported["excerpt"] and unsupported["severity"] == "warning"


@pytest.mark.parametrize(
    "path_part, name",
    [
        ("004_d9466bbddd1b7e96", "Zelesnky"),
        ("001_13676234d073625a", "National Intelligence Agency"),
    ],
)
def test_unknown_sources(seed_json, path_part, name):
    got = [f["excerpt"] for f in findings(seed_json, path_part, "unknown-source")]
    assert got == [name]


def test_attributed_figures_from_different_sources_are_not_flagged(seed_json):
    # 003 gives NIS's ~300 killed and Zelensky's 4,000 killed: correct reporting, no finding on
    # either
    flagged = {(f["line"], f["excerpt"]) for f in seed_json["findings"] if "003_" in f["path"]}
    assert not {(25, "300"), (27, "4,000")} & flagged


def test_every_claim_has_a_real_position(seed_json):
    for claim in seed_json["claims"]:
        lines = (ROOT / claim["path"]).read_text(encoding="utf-8").splitlines()
        line = lines[claim["line"] - 1]
        assert line[claim["column"] - 1 :].startswith(claim["text"])


@pytest.mark.parametrize(
    "fmt, name", [("json", "seeds.json"), ("text", "seeds.txt"), ("table", "seeds-table.txt")]
)
def test_golden(fmt, name, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")  # the text format fits the terminal
    os.chdir(ROOT)
    result = CliRunner().invoke(main, [*ARGS, "--format", fmt])
    golden = GOLDEN / name
    if os.environ.get("NUMCHECK_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(result.output, encoding="utf-8")
    assert result.output == golden.read_text(encoding="utf-8")
