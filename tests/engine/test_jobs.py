"""--jobs N: drafts checked in N processes give the very same output, in the same order, bad
inputs included; a failure inside a worker is one line, like anywhere else."""

import shutil

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.engine import run as run_module
from tests.conftest import SEEDS


@pytest.fixture
def folder(tmp_path):
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt")) * 2):
        shutil.copy(seed, tmp_path / f"{i:02d}-{seed.name}")
    (tmp_path / "05-empty.txt").write_text("")
    (tmp_path / "06-binary.txt").write_bytes(b"\x00\x01")
    return tmp_path


def check(folder, *args):
    result = CliRunner().invoke(
        main,
        ["check", str(folder), "--refs", str(SEEDS / "reference.yaml"), "--format", "json", *args],
    )
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_the_output_is_the_same_with_one_process_or_two(folder, fmt):
    one = check(folder, "--jobs", "1", "--format", fmt)
    two = check(folder, "--jobs", "2", "--format", fmt)
    assert one == two
    assert one[0] == 2 and "05-empty.txt: empty file" in one[2]


def test_a_crash_in_a_worker_is_one_line_and_the_others_are_checked(folder, monkeypatch):
    real = run_module.Run.check_one

    def crash_on_one(self, path):
        if "03-" in path:
            raise RuntimeError("boom")
        return real(self, path)

    monkeypatch.setattr(run_module.Run, "check_one", crash_on_one)
    code, out, err = check(folder, "--jobs", "2")
    assert code == 2 and "Traceback" not in err
    assert "03-003_7c06984ad44548c2.txt: internal error while checking (RuntimeError: boom)" in err
    assert "08-003_7c06984ad44548c2.txt" in out


def test_jobs_must_be_positive(folder):
    code, _, err = check(folder, "--jobs", "0")
    assert code == 2 and "--jobs" in err


@pytest.mark.parametrize(
    "fmt, texts, claims", [("text", False, False), ("json", False, True), ("html", True, True)]
)
def test_a_run_holds_only_what_its_format_shows(folder, monkeypatch, fmt, texts, claims):
    from checker import cli

    seen = {}
    real = cli._run

    def spy(*args, **kwargs):
        report = real(*args, **kwargs)
        seen.update(texts=bool(report.texts), claims=bool(report.claims), figures=report.figures)
        return report

    monkeypatch.setattr(cli, "_run", spy)
    check(folder, "--format", fmt)
    assert (seen["texts"], seen["claims"]) == (texts, claims) and seen["figures"] > 0
