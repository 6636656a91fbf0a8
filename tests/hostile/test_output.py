"""Class 1: output path hazards.

`-o FILE` writes only regular files (or `-` for stdout), refuses a path that is an input of the
same run (a draft, a reference set, a pack, the config, a baseline, a gold file), keeps an existing
file's mode, leaves no temporary file behind (`.NAME.*` beside the target), and a killed run leaves
the old file whole. A report saved beside the drafts is not read as a draft next time.
"""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import time
from pathlib import Path

import pytest

from tests.hostile.helpers import (
    CHECK,
    CHECK_REFS,
    DIR,
    FIFO,
    GOOD,
    GOOD_RE,
    JOBS,
    REFS,
    SEEDS,
    Case,
    Link,
    Mode,
    Y,
    baseline,
    check_case,
    finish,
    invoke,
    no_traceback,
    run_proc,
    setup_dir,
    snapshot,
    start,
    stderr_lines,
    temp_files,
)

CANNOT = r": cannot write the report: "
INPUT = CANNOT + r"is one of this run's inputs; numcheck never overwrites a file it reads"
NOT_REGULAR = CANNOT + r"not a regular file \(numcheck only writes reports to files\)"
IS_DIR = r"Error: Invalid value for '--output' / '-o': File '{}' is a directory\."
GOOD_LINES = "\n".join(baseline("refs")) + "\n"


def written(name: str, expected: str | None = GOOD_LINES, mode: int | None = None):
    """post(): `name` holds the good draft's findings (whole), has `mode`, and no temporary file
    is left beside it."""

    def post(root: Path, run) -> None:
        path = root / name
        assert path.is_file() and not path.is_symlink(), f"{name} is not a regular file"
        if expected is not None:
            assert path.read_text(encoding="utf-8") == expected
        if mode is not None:
            assert stat.S_IMODE(path.stat().st_mode) == mode, oct(path.stat().st_mode)
        assert not temp_files(path.parent, path.name), temp_files(path.parent, path.name)

    return post


def _only_report_changed(root: Path) -> None:
    assert (root / "out.txt").read_text(encoding="utf-8") == GOOD_LINES
    assert (root / ".out.txt.abc123").read_bytes() == b"half a rep"
    assert temp_files(root, "out.txt") == [".out.txt.abc123"]


def untouched(*names: str):
    """post(): these seed files are byte-for-byte the seeds (the snapshot already says nothing
    changed; this names the file when something did)."""

    def post(root: Path, run) -> None:
        for name in names:
            assert (root / name).read_bytes() == (SEEDS / name).read_bytes(), name

    return post


GOLD_DRAFT = Y(
    "date: 2025-02-27\n"
    "South Korea's NIS said about 300 North Korean soldiers were killed in January.\n"
)
GOLD = Y(
    "date: 2025-02-27\nsubject: north-korean-troops\nclaims:\n"
    '  - span: "300"\n    value: 300\n    hedge: about\n    unit: count\n    metric: killed\n'
    "    subject: north-korean-troops\n    source: NIS\n    as_of: 2025-01\n"
    "refs: reference.yaml\n"
)
CONFIG = Y("fail-on: error\n")

CASES = [
    # ---- streams and devices
    Case("dash-prints", [*CHECK_REFS, GOOD, "-o", "-"], [], code=0),
    Case("dev-stdout-prints", [*CHECK_REFS, GOOD, "-o", "/dev/stdout"], [], code=0, runner="proc"),
    Case(
        "dev-stderr-is-not-a-regular-file",
        [*CHECK_REFS, GOOD, "-o", "/dev/stderr"],
        [r"/dev/stderr" + NOT_REGULAR],
        good=None,
        runner="proc",
    ),
    Case(
        "dev-full-is-not-a-regular-file",
        [*CHECK_REFS, GOOD, "-o", "/dev/full"],
        [r"/dev/full" + NOT_REGULAR],
        good=None,
    ),
    Case(
        "fifo-is-refused-without-blocking",
        [*CHECK_REFS, GOOD, "-o", "out.fifo"],
        [r"out\.fifo" + NOT_REGULAR],
        files={"out.fifo": FIFO},
        good=None,
        runner="proc",
    ),
    Case(
        "symlink-to-a-fifo-is-refused",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [r"out\.txt" + NOT_REGULAR],
        files={"p.fifo": FIFO, "out.txt": Link("p.fifo")},
        good=None,
        runner="proc",
    ),
    # ---- directories
    Case(
        "a-directory",
        [*CHECK_REFS, GOOD, "-o", "outdir"],
        [IS_DIR.format("outdir")],
        files={"outdir": DIR},
        good=None,
        usage=True,
    ),
    Case(
        "a-directory-with-trailing-slash",
        [*CHECK_REFS, GOOD, "-o", "outdir/"],
        [IS_DIR.format("outdir/")],
        files={"outdir": DIR},
        good=None,
        usage=True,
    ),
    Case(
        "a-symlink-to-a-directory",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [IS_DIR.format("out.txt")],
        files={"outdir": DIR, "out.txt": Link("outdir")},
        good=None,
        usage=True,
    ),
    Case(
        "empty-name",
        [*CHECK_REFS, GOOD, "-o", ""],
        [r"(Error: )?.*(empty|no file name).*"],
        good=None,
        usage=True,
    ),
    Case(
        "in-a-missing-directory",
        [*CHECK_REFS, GOOD, "-o", "missing/deeper/out.txt"],
        [r"missing/deeper/out\.txt" + CANNOT + r"No such file or directory"],
        good=None,
    ),
    Case(
        "under-a-regular-file",
        [*CHECK_REFS, GOOD, "-o", GOOD + "/out.txt"],
        [GOOD_RE + r"/out\.txt" + CANNOT + r"Not a directory"],
        good=None,
    ),
    # ---- inputs of the same run
    Case("the-draft", [*CHECK_REFS, GOOD, "-o", GOOD], [GOOD_RE + INPUT], good=None),
    Case(
        "the-draft-spelt-differently",
        [*CHECK_REFS, GOOD, "-o", "./pack/../" + GOOD],
        [r"\./pack/\.\./" + GOOD_RE + INPUT],
        good=None,
    ),
    Case(
        "the-draft-by-absolute-path",
        [*CHECK_REFS, GOOD, "-o", "{root}/" + GOOD],
        [r"/.*/" + GOOD_RE + INPUT],
        good=None,
    ),
    Case(
        "a-draft-found-by-walking",
        [*CHECK_REFS, "drafts", "-o", "drafts/a.txt"],
        [r"drafts/a\.txt" + INPUT],
        files={"drafts/a.txt": Y("The NIS said 300 soldiers were killed.\n")},
        good=None,
    ),
    Case(
        "a-symlink-to-the-draft",
        [*CHECK_REFS, GOOD, "-o", "link.txt"],
        [r"link\.txt" + INPUT],
        files={"link.txt": Link(GOOD)},
        good=None,
        post=untouched(GOOD),
    ),
    Case(
        "a-chain-of-symlinks-to-the-draft",
        [*CHECK_REFS, GOOD, "-o", "link2.txt"],
        [r"link2\.txt" + INPUT],
        files={"link1.txt": Link(GOOD), "link2.txt": Link("link1.txt")},
        good=None,
        post=untouched(GOOD),
    ),
    Case(
        "the-reference-set",
        [*CHECK_REFS, GOOD, "-o", REFS],
        [re.escape(REFS) + INPUT],
        good=None,
        post=untouched(REFS),
    ),
    Case(
        "a-symlink-to-the-reference-set",
        [*CHECK_REFS, GOOD, "-o", "r.yaml"],
        [r"r\.yaml" + INPUT],
        files={"r.yaml": Link(REFS)},
        good=None,
    ),
    Case(
        "a-pack-file-the-reference-set-names",
        [*CHECK_REFS, GOOD, "-o", "pack/subjects.yaml"],
        [r"pack/subjects\.yaml" + INPUT],
        good=None,
    ),
    Case(
        "a-pack-file-given-with-pack",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml", "-o", "p.yaml"],
        [r"p\.yaml" + INPUT],
        files={"p.yaml": Y("metrics:\n  killed:\n    cues: [toll]\n")},
        good=None,
    ),
    Case(
        "the-config-file",
        [*CHECK_REFS, GOOD, "-o", ".numcheck.yaml"],
        [r"\.numcheck\.yaml" + INPUT],
        files={".numcheck.yaml": CONFIG},
        good=None,
    ),
    Case(
        "the-baseline-file",
        [*CHECK_REFS, GOOD, "--baseline", "b.json", "-o", "b.json"],
        [r"b\.json" + INPUT],
        files={"b.json": Y('{"numcheck-baseline": 1, "accepted": []}\n')},
        good=None,
    ),
    Case(
        "write-baseline-over-the-draft",
        [*CHECK_REFS, GOOD, "--write-baseline", GOOD],
        [GOOD_RE + INPUT],
        good=None,
    ),
    Case(
        "write-baseline-over-the-reference-set",
        [*CHECK_REFS, GOOD, "--write-baseline", REFS],
        [re.escape(REFS) + INPUT],
        good=None,
    ),
    Case(
        "report-over-the-draft",
        ["report", *JOBS, "--refs", REFS, GOOD, "-o", GOOD],
        [GOOD_RE + INPUT],
        good=None,
    ),
    Case(
        "extract-over-the-draft",
        ["extract", "--refs", REFS, GOOD, "-o", GOOD],
        [GOOD_RE + INPUT],
        good=None,
    ),
    Case(
        "extract-over-the-reference-set",
        ["extract", "--refs", REFS, GOOD, "-o", REFS],
        [re.escape(REFS) + INPUT],
        good=None,
    ),
    Case(
        "refs-init-over-the-article-with-force",
        ["refs", "init", GOOD, "--source", "Reuters", "--refs", REFS, "-o", GOOD, "--force"],
        [GOOD_RE + INPUT],
        good=None,
    ),
    Case(
        "eval-json-over-the-gold-file",
        ["eval", "g.gold.yaml", "--json", "g.gold.yaml"],
        [r"g\.gold\.yaml" + INPUT],
        files={"g.gold.yaml": GOLD, "g.txt": GOLD_DRAFT},
        good=None,
    ),
    Case(
        "eval-json-over-the-draft",
        ["eval", "g.gold.yaml", "--json", "g.txt"],
        [r"g\.txt" + INPUT],
        files={"g.gold.yaml": GOLD, "g.txt": GOLD_DRAFT},
        good=None,
    ),
    # ---- names
    Case(
        "a-name-of-250-characters",
        [*CHECK_REFS, GOOD, "-o", "r" * 246 + ".txt"],
        [],
        code=0,
        good=None,
        changes=("r" * 246 + ".txt",),
        post=written("r" * 246 + ".txt"),
    ),
    Case(
        "a-name-with-spaces-and-quotes",
        [*CHECK_REFS, GOOD, "-o", "my 'report' \"final\".txt"],
        [],
        code=0,
        good=None,
        changes=("my 'report' \"final\".txt",),
        post=written("my 'report' \"final\".txt"),
    ),
    Case(
        "a-name-starting-with-a-dash",
        [*CHECK_REFS, GOOD, "-o", "-report.txt"],
        [],
        code=0,
        good=None,
        changes=("-report.txt",),
        post=written("-report.txt"),
    ),
    Case(
        "a-dangling-symlink-is-replaced-by-a-file",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [],
        files={"out.txt": Link("nowhere/x.txt")},
        code=0,
        good=None,
        changes=("out.txt",),
        post=written("out.txt"),
    ),
    Case(
        "a-stale-temporary-file-beside-the-target",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [],
        files={"out.txt": Y("old\n"), ".out.txt.abc123": Y("half a rep")},
        code=0,
        good=None,
        changes=("out.txt",),
        post=lambda root, run: _only_report_changed(root),
    ),
    # ---- modes
    Case(
        "rewrite-keeps-0644",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [],
        files={"out.txt": Mode(b"old report\n", 0o644)},
        code=0,
        good=None,
        changes=("out.txt",),
        post=written("out.txt", mode=0o644),
    ),
    Case(
        "rewrite-keeps-0600",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [],
        files={"out.txt": Mode(b"old report\n", 0o600)},
        code=0,
        good=None,
        changes=("out.txt",),
        post=written("out.txt", mode=0o600),
    ),
    Case(
        "rewrite-keeps-0664",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [],
        files={"out.txt": Mode(b"old report\n", 0o664)},
        code=0,
        good=None,
        changes=("out.txt",),
        post=written("out.txt", mode=0o664),
    ),
    Case(
        "rewrite-keeps-0444",
        [*CHECK_REFS, GOOD, "-o", "out.txt"],
        [],
        files={"out.txt": Mode(b"old report\n", 0o444)},
        code=0,
        good=None,
        changes=("out.txt",),
        post=written("out.txt", mode=0o444),
    ),
    Case(
        "new-file-follows-umask-022",
        [*CHECK_REFS, GOOD, "-o", "new.txt"],
        [],
        code=0,
        good=None,
        changes=("new.txt",),
        post=written("new.txt", mode=0o644),
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_output_path(case: Case, tmp_path: Path, request):
    old = os.umask(0o022)
    try:
        check_case(case, tmp_path, request)
    finally:
        os.umask(old)


# ------------------------------------------------------------------------- one-off real processes


def _run_in(tmp_path: Path, files: dict, args: list, **kwargs):
    setup_dir(tmp_path, files)
    before = snapshot(tmp_path)
    return run_proc(args, tmp_path, **kwargs), before


def test_new_file_follows_umask_077(tmp_path: Path):
    setup_dir(tmp_path, {})
    run = run_proc([*CHECK_REFS, GOOD, "-o", "new.txt"], tmp_path, umask=0o077)
    no_traceback(run)
    assert run.exit_code == 0 and not run.stderr, run.combined
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o600
    assert (tmp_path / "new.txt").read_text() == GOOD_LINES


def test_non_utf8_output_name(tmp_path: Path):
    """-o with a file name that is not UTF-8 (bytes as a shell passes them): the file gets exactly
    that name."""
    name = b"r\xe9port.txt"
    run, _ = _run_in(tmp_path, {}, [*CHECK_REFS, GOOD, b"-o", name])
    no_traceback(run)
    assert run.exit_code == 0 and not run.stderr, run.combined
    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "rb") as handle:
        assert handle.read().decode() == GOOD_LINES
    assert not [n for n in os.listdir(os.fsencode(tmp_path)) if n.startswith(b".r\xe9port")]


def _device_null(path: Path) -> bool:
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        return True
    except (PermissionError, OSError):
        return False


def test_dev_null_is_not_a_regular_file(tmp_path: Path):
    """-o /dev/null is refused (numcheck writes only regular files) and /dev/null stays a device.
    As root a writer that renamed over it would replace the system's /dev/null, so a private
    device node with the same numbers is tried first, and /dev/null only if that was refused."""
    setup_dir(tmp_path, {})
    if _device_null(tmp_path / "null"):
        run = run_proc([*CHECK_REFS, GOOD, "-o", "null"], tmp_path)
        no_traceback(run)
        assert stat.S_ISCHR(os.lstat(tmp_path / "null").st_mode), "the device node was replaced"
        assert run.exit_code == 2 and stderr_lines(run) == [
            "null: cannot write the report: not a regular file (numcheck only writes reports to "
            "files)"
        ], run.combined
    run = run_proc([*CHECK_REFS, GOOD, "-o", "/dev/null"], tmp_path)
    no_traceback(run)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)
    assert run.exit_code == 2, run.combined
    assert [re.fullmatch(r"/dev/null" + NOT_REGULAR, line) is not None for line in
            stderr_lines(run)] == [True], run.stderr  # fmt: skip
    assert not [n for n in os.listdir("/dev") if n.startswith(".null.")]


def test_read_only_directory(tmp_path: Path):
    if os.geteuid() == 0:
        pytest.skip("running as root: a read-only directory does not stop root from writing")
    setup_dir(tmp_path, {"ro": DIR})
    os.chmod(tmp_path / "ro", 0o555)
    try:
        run = run_proc([*CHECK_REFS, GOOD, "-o", "ro/out.txt"], tmp_path)
    finally:
        os.chmod(tmp_path / "ro", 0o755)
    no_traceback(run)
    assert run.exit_code == 2
    assert stderr_lines(run) == ["ro/out.txt: cannot write the report: Permission denied"]
    assert os.listdir(tmp_path / "ro") == []


def test_two_writers_at_once_leave_one_whole_report(tmp_path: Path):
    """Two numcheck processes writing the same -o at once: the file is one whole report (either
    one), never interleaved, and no temporary file is left."""
    setup_dir(tmp_path, {"b.txt": Y("The NIS said 900 North Korean soldiers were killed.\n")})
    expected = {}
    for draft in (GOOD, "b.txt"):
        run = run_proc([*CHECK_REFS, draft, "--fail-on", "never", "-o", "alone.txt"], tmp_path)
        assert run.exit_code == 0, run.combined
        expected[draft] = (tmp_path / "alone.txt").read_text(encoding="utf-8")
    assert expected[GOOD] != expected["b.txt"] and all(expected.values())
    for _ in range(3):
        began = time.monotonic()
        procs = [
            start([*CHECK_REFS, draft, "--fail-on", "never", "-o", "out.txt"], tmp_path)
            for draft in (GOOD, "b.txt", GOOD, "b.txt")
        ]
        runs = [finish(p, 30, began) for p in procs]
        for run in runs:
            no_traceback(run)
            assert run.exit_code == 0 and not run.stderr, run.combined
        assert (tmp_path / "out.txt").read_text() in expected.values()
        assert not temp_files(tmp_path, "out.txt")


def _many_figures(n: int) -> bytes:
    return Y("".join(f"The NIS said {i + 2} soldiers were killed on day {i}.\n" for i in range(n)))


def test_killed_right_after_start_leaves_the_old_file_whole(tmp_path: Path):
    old = b"the old report, whole\n" * 100
    setup_dir(tmp_path, {"big.txt": _many_figures(2000), "out.json": old})
    proc = start(["extract", "--format", "json", "big.txt", "-o", "out.json"], tmp_path)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert (tmp_path / "out.json").read_bytes() == old
    assert not temp_files(tmp_path, "out.json")


def test_killed_while_writing_leaves_the_old_file_whole(tmp_path: Path):
    """SIGKILL as soon as the temporary file appears: the old report is whole; a temporary file
    a kill leaves behind is hidden (.out.txt.*), and the next run does not read it as a draft."""
    old = b"the old report, whole\n" * 100
    setup_dir(tmp_path, {"drafts/big.txt": _many_figures(1500), "drafts/out.txt": old})
    folder = tmp_path / "drafts"
    proc = start(
        ["extract", "--format", "json", "drafts/big.txt", "-o", "drafts/out.txt"], tmp_path
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if temp_files(folder, "out.txt"):
            os.killpg(proc.pid, signal.SIGKILL)
            break
    else:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()
    content = (folder / "out.txt").read_bytes()
    if content != old:  # it finished before the kill: then the new report is whole
        assert json.loads(content)["claims"], "a partial report"
    left = temp_files(folder, "out.txt")
    assert all(name.startswith(".") for name in left)
    if left:
        run = run_proc([*CHECK, "--refs", REFS, "drafts", "--format", "json"], tmp_path)
        no_traceback(run)
        assert run.exit_code in (0, 1), run.combined
        paths = {c["path"] for c in json.loads(run.stdout)["claims"]}
        assert paths == {"drafts/big.txt"}, paths


def _cpu_seconds(pid: int) -> float:
    """CPU time a process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_sigterm_while_checking_leaves_the_old_file_whole(tmp_path: Path):
    """kill (SIGTERM) during a long run: exit 143 as a shell reports it, no traceback, the old
    report whole and no temporary file."""
    old = b"the old report, whole\n" * 100
    setup_dir(tmp_path, {"big.txt": _many_figures(10_000), "out.json": old})
    began = time.monotonic()
    proc = start(["extract", "--format", "json", "big.txt", "-o", "out.json"], tmp_path)
    while proc.poll() is None and _cpu_seconds(proc.pid) < 1.0:  # past startup, into the work
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.kill(proc.pid, signal.SIGTERM)  # the parent only, as `kill PID` would
    run = finish(proc, 30, began)
    no_traceback(run)
    assert run.exit_code == 128 + signal.SIGTERM, run.combined
    assert (tmp_path / "out.json").read_bytes() == old
    assert not temp_files(tmp_path, "out.json")


@pytest.mark.parametrize(
    "fmt, name, bug",
    [
        ("text", "report.txt", None),
        ("line", "report.txt", None),
        ("table", "report.txt", None),
        ("json", "report.txt", None),
        ("markdown", "report.md", None),
        ("html", "report.html", None),
        ("github", "report.txt", None),
        ("sarif", "report.txt", None),
    ],
)
def test_saved_report_is_not_read_as_a_draft(fmt, name, bug, tmp_path: Path, request):
    if bug:
        request.applymarker(pytest.mark.xfail(reason=bug, strict=True))
    setup_dir(tmp_path, {"drafts/a.txt": (SEEDS / GOOD).read_bytes()})
    first = invoke(
        ["check", *JOBS, "--format", fmt, "--refs", REFS, "drafts", "-o", f"drafts/{name}"],
        tmp_path,
    )
    no_traceback(first)
    assert first.exit_code == 0 and (tmp_path / "drafts" / name).is_file(), first.combined
    again = invoke(["check", *JOBS, "--format", "json", "--refs", REFS, "drafts"], tmp_path)
    no_traceback(again)
    assert again.exit_code in (0, 1) and not again.stderr, again.combined
    paths = {c["path"] for c in json.loads(again.stdout)["claims"]}
    assert paths == {"drafts/a.txt"}, paths
