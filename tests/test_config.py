"""Project settings: .numcheck.yaml or [tool.numcheck] in pyproject.toml, found upward from the
working directory; the command line wins; bad settings are FILE:LINE:COL and exit 2."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import config
from checker.cli import main

ROOT = Path(__file__).parent.parent
REFS = ROOT / "seeds" / "reference.yaml"
WRONG = "The NIS said 4,000 North Korean soldiers were killed.\n"  # a misattribution (error)
UNSOURCED = "About 300 North Korean soldiers were killed.\n"  # unattributed (info)


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder with a config, drafts in a subfolder, and the working directory below."""
    (tmp_path / ".numcheck.yaml").write_text(
        f"refs: [{REFS}]\nfail-on: info\nchecks: {{stale: off}}\n"
        "exclude: ['drafts/archive/**']\n"
        "per-path:\n  - paths: ['drafts/opinion/**']\n    checks: {unattributed: off}\n",
        encoding="utf-8",
    )
    for name, text in {
        "drafts/news/a.md": UNSOURCED,
        "drafts/opinion/b.md": UNSOURCED,
        "drafts/archive/old.md": WRONG,
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "drafts")
    return tmp_path


def test_found_upward_and_applied(project):
    result = run("check", ".", "--format", "line")
    assert result.exit_code == 1  # fail-on: info from the file
    assert "news/a.md:1:7: info unattributed" in result.stdout
    assert "opinion/b.md" not in result.stdout  # per-path: unattributed off there
    assert "archive" not in result.stdout  # excluded when walking the folder


def test_the_command_line_wins(project):
    assert run("check", ".", "--fail-on", "error").exit_code == 0
    assert run("check", "archive/old.md", "--fail-on", "error").exit_code == 1  # named: checked


def test_force_exclude_skips_excluded_files_named_on_the_command_line(project):
    # as pre-commit names every staged file
    result = run("check", "archive/old.md", "news/a.md", "--force-exclude", "--format", "line")
    assert "archive" not in result.stdout and "news/a.md" in result.stdout


def test_numcheck_config_says_where_each_setting_comes_from(project):
    out = run("config").stdout
    assert f"config file: {project / '.numcheck.yaml'}" in out
    assert "fail-on" in out and ".numcheck.yaml:2" in out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[3:]}
    assert rows["format"] == ["text", "default"] and rows["fail-on"] == ["info", ".numcheck.yaml:2"]
    assert rows["per-path"][-1] == ".numcheck.yaml:6"  # where its value starts


def test_pyproject_tool_section(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "x"\n\n[tool.numcheck]\nrefs = ["{REFS}"]\nfail-on = "never"\n',
        encoding="utf-8",
    )
    (tmp_path / "d.md").write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert config.find() == tmp_path / "pyproject.toml"
    result = run("check", "d.md")
    assert result.exit_code == 0 and "misattribution" in result.stdout


@pytest.mark.parametrize(
    "text, where, says",
    [
        ("fail-on: sometimes\n", ":1:10:", "fail-on: expected one of"),
        ("refs: seeds.yaml\nchecks: {stale: loud}\n", ":2:", "stale: expected one of"),
        ("checks: {no-such-check: off}\n", ":1:", "unknown check 'no-such-check'"),
        ("colour: blue\n", ":1:", "unknown setting 'colour'"),
        ("format: fancy\n", ":1:9:", "format: expected one of"),
        ("date: tomorrow\n", ":1:", "expected a date"),
        ("- a list\n", ":", "expected a mapping of settings"),
        ("refs: [unclosed\n", ":", ""),
    ],
)
def test_bad_settings_are_one_line_each_and_exit_2(tmp_path, monkeypatch, text, where, says):
    (tmp_path / ".numcheck.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "d.md").write_text(WRONG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("check", "d.md")
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(".numcheck.yaml") or line.startswith(str(tmp_path))
    assert where in line and says in line and "Traceback" not in result.stderr


def test_bad_toml_is_one_line(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.numcheck]\nfail-on = "loud"\n')
    monkeypatch.chdir(tmp_path)
    result = run("config")
    assert result.exit_code == 2 and "pyproject.toml:2:1: fail-on: expected one of" in result.stderr


def test_dates_from_the_file_modification_time(tmp_path, monkeypatch):
    (tmp_path / ".numcheck.yaml").write_text(f"refs: [{REFS}]\ndate-from: mtime\n")
    draft = tmp_path / "d.md"
    draft.write_text("Last year, about 300 North Korean soldiers were killed, the NIS said.\n")
    stamp = 1735689600 + 86400 * 40  # 2025-02-10
    os.utime(draft, (stamp, stamp))
    monkeypatch.chdir(tmp_path)
    out = run("extract", "d.md", "--format", "json").stdout
    assert '"as_of": "2024"' in out


def test_a_saved_report_beside_the_drafts_is_not_a_draft(tmp_path, monkeypatch):
    (tmp_path / "d.md").write_text(WRONG)
    monkeypatch.chdir(tmp_path)
    run("check", ".", "--refs", str(REFS), "-o", "report.txt")
    run("check", ".", "--refs", str(REFS), "--format", "line", "-o", "findings.txt")
    out = run("check", ".", "--refs", str(REFS), "--format", "json").stdout
    assert "report.txt" not in out and "findings.txt" not in out


def test_a_report_is_never_written_over_an_input(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(WRONG)
    for target in (draft, REFS):
        before = Path(target).read_bytes()
        result = run("check", str(draft), "--refs", str(REFS), "-o", str(target))
        assert result.exit_code == 2 and "never overwrites" in result.stderr
        assert Path(target).read_bytes() == before
    result = run("check", str(draft), "--refs", str(REFS), "-o", "/dev/stdout", "--format", "line")
    assert "misattribution" in result.stdout
