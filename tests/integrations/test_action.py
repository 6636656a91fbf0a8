"""The composite GitHub Action, run as GitHub would run its shell steps: install numcheck from the
action's folder, write SARIF valid against the official schema, annotate, and fail at --fail-on."""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def step(name: str) -> dict:
    [found] = [s for s in ACTION["runs"]["steps"] if s.get("name") == name]
    return found


def test_the_action_is_composite_with_the_inputs_it_documents():
    assert ACTION["runs"]["using"] == "composite"
    assert {"paths", "refs", "fail-on", "sarif", "upload-sarif"} <= set(ACTION["inputs"])
    uploads = [s for s in ACTION["runs"]["steps"] if "upload-sarif" in s.get("uses", "")]
    assert uploads and uploads[0]["with"]["sarif_file"] == "${{ inputs.sarif }}"
    # every input reaches a script through the environment, never pasted into it
    for s in ACTION["runs"]["steps"]:
        assert "${{" not in s.get("run", "")


def run_step(name: str, workspace: Path, inputs: dict) -> subprocess.CompletedProcess:
    """A `run:` step with its env as GitHub fills it; numcheck from this checkout's environment."""
    s = step(name)
    values = {f"inputs.{k}": v for k, v in inputs.items()}
    values["github.action_path"] = str(ROOT)
    env = {k: values[v.strip("${} ")] for k, v in s.get("env", {}).items()}
    output = workspace / "github-output"
    bin_dir = str(Path(sys.executable).parent)
    return subprocess.run(
        ["bash", "-e", "-c", s["run"]],
        cwd=workspace,
        env={
            **os.environ,
            **env,
            "GITHUB_OUTPUT": str(output),
            "PATH": f"{bin_dir}:{os.environ['PATH']}",
        },
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("never", 0)])
def test_the_check_step_writes_sarif_annotates_and_fails_at_fail_on(tmp_path, fail_on, code):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.md").write_text(
        "The NIS said 4,000 North Korean soldiers were killed.\n"
    )
    inputs = {
        "paths": "drafts",
        "refs": str(ROOT / "seeds" / "reference.yaml"),
        "fail-on": fail_on,
        "sarif": "out.sarif",
    }
    done = run_step("Check the drafts", tmp_path, inputs)
    assert done.returncode == code, done.stderr
    assert "::error file=drafts/d.md,line=1,col=14" in done.stdout
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, SCHEMA)
    assert sarif["runs"][0]["results"][0]["ruleId"] == "misattribution"
    assert (tmp_path / "github-output").read_text() == "sarif=out.sarif\n"


WRONG = "The NIS said 4,000 North Korean soldiers were killed.\n"


def test_fail_on_defaults_to_the_config(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "w.md").write_text(WRONG)
    refs = ROOT / "seeds" / "reference.yaml"
    (tmp_path / ".numcheck.yaml").write_text(f"refs: [{refs}]\nfail-on: never\n")
    inputs = {"paths": "drafts", "refs": "", "fail-on": "", "sarif": "out.sarif"}
    done = run_step("Check the drafts", tmp_path, inputs)
    assert done.returncode == 0, done.stderr
    assert "::error file=drafts/w.md" in done.stdout


def test_a_bad_draft_still_gets_sarif_and_annotations(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "empty.md").write_text("")
    (tmp_path / "drafts" / "w.md").write_text(WRONG)
    inputs = {"paths": "drafts", "refs": str(ROOT / "seeds" / "reference.yaml"),
              "fail-on": "error", "sarif": "out.sarif"}  # fmt: skip
    done = run_step("Check the drafts", tmp_path, inputs)
    assert done.returncode == 2, done.stderr  # the empty draft is bad input, reported once
    assert done.stderr.count("drafts/empty.md: empty file") == 1
    assert "::error file=drafts/w.md" in done.stdout  # annotations ran after the SARIF step
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "misattribution"
