"""--jobs N: drafts checked in N processes give the very same output, in the same order, bad
inputs included; a failure inside a worker is one line, like anywhere else.

The runs with processes are real numcheck processes (single-threaded, as on the command line): the
test process itself has threads (the browser tests leave some), and numcheck never forks a process
that has threads."""

import multiprocessing
import shutil
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.engine import run
from tests.conftest import SEEDS


@pytest.fixture
def folder(tmp_path):
    for i, seed in enumerate(sorted(SEEDS.glob("*.txt")) * 2):
        shutil.copy(seed, tmp_path / f"{i:02d}-{seed.name}")
    (tmp_path / "05-empty.txt").write_text("")
    (tmp_path / "06-binary.txt").write_bytes(b"\x00\x01")
    return tmp_path


SCRIPT = """
import sys
from checker.cli import main
from checker.engine import run
real = run.Run.check_one
def crash_on_one(self, path):
    if "03-" in path:
        raise RuntimeError("boom")
    return real(self, path)
if "--crash" in sys.argv:
    sys.argv.remove("--crash")
    run.Run.check_one = crash_on_one
main()
"""


def process(folder, *args):
    """numcheck in a process of its own (`--crash`: check_one fails on drafts named 03-*)."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "check", str(folder), "--refs",
         str(SEEDS / "reference.yaml"), "--format", "json", *args],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def check(folder, *args):
    result = CliRunner().invoke(
        main,
        ["check", str(folder), "--refs", str(SEEDS / "reference.yaml"), "--format", "json", *args],
    )
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_the_output_is_the_same_with_one_process_or_two(folder, fmt):
    one = process(folder, "--jobs", "1", "--format", fmt)
    two = process(folder, "--jobs", "2", "--format", fmt)
    assert one == two
    assert one[0] == 2 and "05-empty.txt: empty file" in one[2]


def test_many_drafts_taken_a_few_at_a_time_keep_their_order(tmp_path):
    """With many drafts each worker takes several at a time; the output is still in order, a bad
    draft's line included."""
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(48):
        shutil.copy(seeds[i % len(seeds)], tmp_path / f"{i:02d}-{seeds[i % len(seeds)].name}")
    (tmp_path / "31-binary.txt").write_bytes(b"\x00\x01")
    assert run._chunk(48, 2) > 1
    one = process(tmp_path, "--jobs", "1", "--format", "text")
    two = process(tmp_path, "--jobs", "2", "--format", "text")
    assert one == two and "31-binary.txt" in one[2]


@pytest.mark.parametrize(
    "files, workers, chunk",
    [(1, 2, 1), (11, 2, 1), (31, 2, 1), (32, 2, 2), (491, 2, 16), (491, 8, 7)],
)
def test_a_worker_takes_one_draft_at_a_time_unless_there_are_many(files, workers, chunk):
    assert run._chunk(files, workers) == chunk


def test_a_crash_in_a_worker_is_one_line_and_the_others_are_checked(folder):
    code, out, err = process(folder, "--jobs", "2", "--crash")
    assert code == 2 and "Traceback" not in err
    assert "03-003_7c06984ad44548c2.txt: internal error while checking (RuntimeError: boom)" in err
    assert "08-003_7c06984ad44548c2.txt" in out


def test_a_process_with_threads_checks_in_sequence(folder, monkeypatch):
    """An embedding program with threads: no fork, the same output."""
    forks = []
    monkeypatch.setattr(multiprocessing, "get_context", lambda *a: forks.append(a))
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        code, out, _ = check(folder, "--jobs", "2", "--format", "json")
    finally:
        stop.set()
        helper.join()
    assert forks == [] and (code, out) == process(folder, "--jobs", "1")[:2]


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


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return "zombie" not in handle.read()
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_no_worker_outlives_its_parent(tmp_path, how):
    import signal
    import time

    for i in range(200):
        shutil.copy(SEEDS / "003_7c06984ad44548c2.txt", tmp_path / f"{i:03}.txt")
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, "check", str(tmp_path), "--refs",
         str(SEEDS / "reference.yaml"), "--jobs", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not _children(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert workers, "no worker started"
    proc.send_signal(getattr(signal, how))
    proc.wait(timeout=60)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)
