"""Writing reports: atomic, never over an input or a non-regular file, mode kept, no temporary
file left behind on any exit path we can catch (signals included)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.output import write as write_module
from checker.output.write import write

ROOT = Path(__file__).parents[2]


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_an_existing_report_keeps_its_mode(tmp_path):
    out = tmp_path / "r.txt"
    out.write_text("old")
    out.chmod(0o640)
    write(str(out), "new")
    assert out.read_text() == "new" and (out.stat().st_mode & 0o777) == 0o640


@pytest.mark.parametrize("target", ["/dev/null", "dir", "fifo"])
def test_only_regular_files_are_written(tmp_path, target):
    path = {"/dev/null": Path("/dev/null"), "dir": tmp_path, "fifo": tmp_path / "f"}[target]
    if target == "fifo":
        os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        write(str(path), "x")


def test_an_input_of_the_run_is_never_written(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("About 300 died.")
    link = tmp_path / "link.txt"
    link.symlink_to(draft)
    with pytest.raises(InputError, match="one of this run's inputs"):
        write(str(link), "x", [str(draft)])
    assert draft.read_text() == "About 300 died."


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), SystemExit(143)])
def test_a_failure_while_renaming_leaves_the_old_file_and_no_temporary(
    tmp_path, monkeypatch, error
):
    out = tmp_path / "r.txt"
    out.write_text("old")

    def fail(*args):
        raise error

    monkeypatch.setattr(write_module.os, "replace", fail)
    with pytest.raises((InputError, SystemExit)):
        write(str(out), "new")
    assert out.read_text() == "old" and leftovers(tmp_path) == []


def test_sigterm_ends_a_run_cleanly_and_the_old_report_stays(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    seed = (ROOT / "seeds" / "003_7c06984ad44548c2.txt").read_text(encoding="utf-8")
    for i in range(300):
        (drafts / f"{i:03}.txt").write_text(seed, encoding="utf-8")
    out = tmp_path / "report.txt"
    out.write_text("old report")
    numcheck = Path(sys.executable).with_name("numcheck")
    proc = subprocess.Popen(
        [str(numcheck), "check", str(drafts), "--refs", str(ROOT / "seeds" / "reference.yaml"),
         "-o", str(out), "--jobs", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    time.sleep(1.5)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in err
    assert out.read_text() == "old report" and leftovers(tmp_path) == []
