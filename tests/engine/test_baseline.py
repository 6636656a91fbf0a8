"""Baselines: accepted findings stay quiet across unrelated edits; new ones fail."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.engine import baseline
from checker.errors import InputError

ROOT = Path(__file__).parents[2]
REFS = str(ROOT / "seeds" / "reference.yaml")
OLD = "The NIS said 4,000 North Korean soldiers were killed.\n"
NEW = "Zelensky said about 300 North Korean soldiers were killed.\n"


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_accepted_findings_stay_quiet_after_unrelated_edits(tmp_path):
    draft, base = tmp_path / "d.md", tmp_path / "baseline.json"
    draft.write_text(OLD)
    written = run("check", str(draft), "--refs", REFS, "--write-baseline", str(base))
    assert written.exit_code == 0 and json.loads(base.read_text())["accepted"]
    # a paragraph added above: the old finding moves down a line, and stays accepted
    draft.write_text("A new first paragraph.\n\n" + OLD)
    quiet = run("check", str(draft), "--refs", REFS, "--baseline", str(base), "--format", "line")
    assert quiet.exit_code == 0 and "misattribution" not in quiet.output
    # a new wrong figure fails CI
    draft.write_text("A new first paragraph.\n\n" + OLD + "\n" + NEW)
    loud = run("check", str(draft), "--refs", REFS, "--baseline", str(base), "--format", "line")
    assert loud.exit_code == 1 and loud.output.count("misattribution") == 1
    assert ":5:" in loud.output  # the new one, not the accepted one on line 3


def test_editing_the_sentence_brings_it_back(tmp_path):
    draft, base = tmp_path / "d.md", tmp_path / "baseline.json"
    draft.write_text(OLD)
    run("check", str(draft), "--refs", REFS, "--write-baseline", str(base))
    draft.write_text("The NIS said on Monday that 4,000 North Korean soldiers were killed.\n")
    assert run("check", str(draft), "--refs", REFS, "--baseline", str(base)).exit_code == 1


def test_the_same_finding_twice_needs_two_acceptances(tmp_path):
    draft, base = tmp_path / "d.md", tmp_path / "baseline.json"
    draft.write_text(OLD)
    run("check", str(draft), "--refs", REFS, "--write-baseline", str(base))
    draft.write_text(OLD + "\n" + OLD)
    assert run("check", str(draft), "--refs", REFS, "--baseline", str(base)).exit_code == 1


@pytest.mark.parametrize(
    "text, says", [("not json", "not a numcheck baseline"), ('{"accepted": []}', "not a numcheck")]
)
def test_a_bad_baseline_is_an_input_error(tmp_path, text, says):
    path = tmp_path / "b.json"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        baseline.load(str(path))
    assert says in str(caught.value.problems[0])
    draft = tmp_path / "d.md"
    draft.write_text(OLD)
    assert run("check", str(draft), "--refs", REFS, "--baseline", str(path)).exit_code == 2


def test_the_baseline_holds_however_the_drafts_are_named(tmp_path, monkeypatch):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "d.md").write_text(OLD)
    base = tmp_path / ".numcheck-baseline.json"
    monkeypatch.chdir(tmp_path)
    assert run("check", "drafts", "--refs", REFS, "--write-baseline", str(base)).exit_code == 0
    for where, named in [(tmp_path, str(drafts)), (drafts, "."), (drafts, "d.md")]:
        monkeypatch.chdir(where)
        quiet = run("check", named, "--refs", REFS, "--baseline", str(base), "--format", "line")
        assert quiet.exit_code == 0 and "misattribution" not in quiet.output, (where, named)


def test_a_baseline_named_in_the_config_is_relative_to_it(tmp_path, monkeypatch):
    (tmp_path / "d.md").write_text(OLD)
    (tmp_path / ".numcheck.yaml").write_text(f"refs: [{REFS}]\nbaseline: accepted.json\n")
    monkeypatch.chdir(tmp_path)
    assert run("check", "d.md", "--write-baseline", "accepted.json").exit_code == 0
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    quiet = run("check", "../d.md", "--format", "line")
    assert quiet.exit_code == 0 and "misattribution" not in quiet.output


def test_a_missing_baseline_says_how_to_write_one(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(OLD)
    result = run("check", str(draft), "--refs", REFS, "--baseline", str(tmp_path / "none.json"))
    assert result.exit_code == 2 and "write one with --write-baseline" in result.output
