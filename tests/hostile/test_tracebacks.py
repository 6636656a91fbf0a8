"""Class 4: what used to end in a traceback.

Deep folder trees, file names that are not UTF-8 (as drafts, in walked folders, with -o, with a
strict ASCII stdout), a stdout that is full, closed or a broken pipe, a file-size limit while
writing -o, unreadable folders and files, special files, link loops, extreme dates, a deleted
working folder, and terminal widths no one has. Every case runs as a real process (the failures
are in the process's own streams), and must end with one clear line or the normal output, never a
traceback.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.helpers import (
    CHECK,
    CHECK_REFS,
    DIR,
    GOOD,
    JOBS,
    REFS,
    SEEDS,
    Case,
    Link,
    Mode,
    Y,
    baseline,
    check_case,
    command,
    launcher,
    no_traceback,
    proc_env,
    remove_tree,
    run_proc,
    setup_dir,
    stderr_lines,
    temp_files,
)

NEVER = ["--fail-on", "never"]
CAFE = b"caf\xe9.txt"  # Latin-1 bytes: not UTF-8
CAFE_RE = r"caf(\\xe9|\?|\ufffd|\\udce9)\.txt"  # the byte as written raw, escaped or replaced
CONTRADICTION = Y("The NIS said 900 North Korean soldiers were killed.\n")
GOOD_BYTES = (SEEDS / GOOD).read_bytes()


def deep_tree(levels: int, name: str = GOOD, data: bytes = GOOD_BYTES):
    """A folder `levels` deep (made with directory descriptors: the full path may be longer than
    the system's limit) with a draft at the bottom."""

    def make(path: Path) -> None:
        path.mkdir()
        fd = os.open(path, os.O_RDONLY)
        try:
            for _ in range(levels):
                os.mkdir("d", dir_fd=fd)
                inner = os.open("d", os.O_RDONLY, dir_fd=fd)
                os.close(fd)
                fd = inner
            out = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
            with os.fdopen(out, "wb") as handle:
                handle.write(data)
        finally:
            os.close(fd)

    return make


def good_findings_at(prefix: str):
    """post(): the good draft's findings, under its path `prefix + GOOD`."""

    def post(root: Path, run) -> None:
        expected = {prefix + line for line in baseline("refs")}
        missing = expected - set(run.stdout.splitlines())
        assert not missing, f"missing: {sorted(missing)[:2]}\n{run.stdout[-2000:]}"

    return post


def unix_socket(path: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
    finally:
        sock.close()


def proc(case_id: str, args: list, errors, **kw) -> Case:
    return Case(case_id, args, errors, runner="proc", **kw)


CASES = [
    # ---- deep trees
    proc(
        "a-draft-1000-folders-down",
        [*CHECK_REFS, "tree"],
        [],
        files={"tree": deep_tree(1000)},
        code=0,
        good=None,
        post=good_findings_at("tree/" + "d/" * 1000),
    ),
    proc(
        "a-draft-3000-folders-down-past-the-path-limit",
        [*CHECK_REFS, "tree", GOOD],
        [r"tree/(d/)+d: .*(File name too long|too deep).*"],
        files={"tree": deep_tree(3000)},
    ),
    # ---- file names that are not UTF-8
    proc(
        "non-utf8-draft-name",
        [*CHECK_REFS, *NEVER, CAFE, GOOD],
        [],
        files={CAFE: CONTRADICTION},
        code=0,
        stdout=[rf"^{CAFE_RE}:1:14: error contradiction: "],
    ),
    proc(
        "non-utf8-draft-name-in-a-walked-folder",
        [*CHECK_REFS, *NEVER, "drafts", GOOD],
        [],
        files={b"drafts/" + CAFE: CONTRADICTION},
        code=0,
        stdout=[rf"^drafts/{CAFE_RE}:1:14: error contradiction: "],
    ),
    proc(
        "non-utf8-name-of-a-binary-draft",
        [*CHECK_REFS, CAFE, GOOD],
        [CAFE_RE + r": binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={CAFE: b"300 killed\x00"},
    ),
    proc(
        "non-utf8-name-of-a-draft-that-is-not-utf8",
        [*CHECK_REFS, CAFE, GOOD],
        [CAFE_RE + r":1:5: not valid UTF-8 \(byte 0xff\)"],
        files={CAFE: b"300 \xff killed\n"},
    ),
    proc(
        "non-utf8-draft-name-as-json",
        [*CHECK_REFS, *NEVER, "--format", "json", CAFE],
        [],
        files={CAFE: CONTRADICTION},
        code=0,
        good=None,
        post=lambda root, run: _json_names_the_draft(run),
    ),
    proc(
        "non-utf8-draft-name-with-o",
        [*CHECK_REFS, *NEVER, CAFE, "-o", "out.txt"],
        [],
        files={CAFE: CONTRADICTION},
        code=0,
        good=None,
        changes=("out.txt",),
        post=lambda root, run: _report_names_the_draft(root / "out.txt"),
    ),
    proc(
        "non-utf8-draft-name-with-ascii-stdout",
        [*CHECK_REFS, *NEVER, CAFE, GOOD],
        [],
        files={CAFE: CONTRADICTION},
        env={"PYTHONIOENCODING": "ascii:strict"},
        code=0,
        good=None,
        stdout=[rf"^{CAFE_RE}:1:14: error contradiction: ", r"^003_7c06984ad44548c2\.txt:23:49: "],
    ),
    proc(
        "non-ascii-findings-with-ascii-stdout",
        [*CHECK_REFS, GOOD],
        [],
        env={"PYTHONIOENCODING": "ascii:strict"},
        code=0,
        good=None,
        stdout=[r"^003_7c06984ad44548c2\.txt:23:49: info unattributed: about 11,000 deployed"],
    ),
    proc(
        "non-ascii-findings-in-the-c-locale",
        [*CHECK_REFS, GOOD],
        [],
        env={"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": None},
        code=0,
    ),
    # ---- special files, links
    proc(
        "a-socket-as-draft",
        [*CHECK_REFS, "sock.txt", GOOD],
        [r"sock\.txt: not a regular file.*"],
        files={"sock.txt": unix_socket},
    ),
    proc(
        "a-symlink-loop-as-draft",
        [*CHECK_REFS, "loop.txt", GOOD],
        [r"loop\.txt: .*(Too many levels of symbolic links|loop).*"],
        files={"loop.txt": Link("loop.txt")},
    ),
    proc(
        "a-dangling-symlink-in-a-walked-folder",
        [*CHECK_REFS, "drafts", GOOD],
        [r"drafts/dangling\.txt: (no such file|.*(broken|dangling).*)"],
        files={"drafts/dangling.txt": Link("nowhere.txt"), "drafts/b.txt": Y("Quiet day.\n")},
    ),
    proc(
        "a-folder-link-loop-in-a-walked-folder",
        [*CHECK_REFS, "drafts"],
        [],
        files={"drafts/up": Link(".."), "drafts/" + GOOD: GOOD_BYTES},
        code=0,
        good=None,
        post=lambda root, run: _each_once(run, "drafts/" + GOOD),
    ),
    proc(
        # "-" is standard input (as in ruff and Vale); here it is empty
        "a-draft-given-as-a-dash-with-nothing-on-stdin",
        [*CHECK_REFS, "-", GOOD],
        [r"-: empty file, nothing to check"],
    ),
    proc(
        "a-draft-named-like-an-option-after-double-dash",
        [*CHECK_REFS, "--", "--help.txt", GOOD],
        [],
        files={"--help.txt": Y("A quiet day in the capital.\n")},
        code=0,
    ),
    # ---- unreadable (meaningful only when not root)
    proc(
        "an-unreadable-draft",
        [*CHECK_REFS, "secret.txt", GOOD],
        [r"secret\.txt: permission denied"],
        files={"secret.txt": Mode(b"300 killed\n", 0o000)},
        skip="running as root: chmod 000 does not stop root from reading"
        if os.geteuid() == 0
        else None,
    ),
    proc(
        "an-unreadable-folder-while-walking",
        [*CHECK_REFS, "drafts", GOOD],
        [r"drafts/locked: .*(permission denied|Permission denied).*"],
        files={
            "drafts/locked": lambda p: (p.mkdir(), os.chmod(p, 0o000)),
            "drafts/b.txt": Y("Quiet day.\n"),
        },  # fmt: skip
        skip="running as root: chmod 000 does not stop root from reading a folder"
        if os.geteuid() == 0
        else None,
    ),
    # ---- dates at the ends of the calendar
    proc(
        "date-year-1-and-last-year",
        [*CHECK_REFS, *NEVER, "--date", "0001-01-01", "ly.txt", GOOD],
        [],
        files={"ly.txt": Y("Last year the NIS said 300 North Korean soldiers were killed.\n")},
        code=0,
    ),
    proc(
        "date-year-9999-and-next-year",
        [*CHECK_REFS, *NEVER, "--date", "9999-12-31", "ny.txt", GOOD],
        [],
        files={
            "ny.txt": Y(
                "The NIS expects 300 North Korean soldiers killed next year, and "
                "more next month and on Monday.\n"
            )
        },  # fmt: skip
        code=0,
    ),
    proc(
        "date-line-year-1-in-the-draft",
        [*CHECK_REFS, *NEVER, "d.txt", GOOD],
        [],
        files={
            "d.txt": Y(
                "Date: 0001-01-01\nLast year the NIS said 300 soldiers were killed "
                "last month, in December and on Friday.\n"
            )
        },  # fmt: skip
        code=0,
    ),
    proc(
        "front-matter-date-year-9999",
        [*CHECK_REFS, *NEVER, "d.md", GOOD],
        [],
        files={
            "d.md": Y(
                "---\ndate: 9999-12-31\n---\nNext year the NIS expects 300 killed, "
                "and next week and tomorrow.\n"
            )
        },  # fmt: skip
        code=0,
    ),
    proc(
        "dateline-without-year-in-year-1",
        [*CHECK_REFS, *NEVER, "--date", "0001-01-05", "w.txt", GOOD],
        [],
        files={
            "w.txt": Y(
                "SEOUL, Dec. 31 (Yonhap) -- The NIS said 300 were killed last "
                "week, the day before and in the fourth quarter.\n"
            )
        },  # fmt: skip
        code=0,
    ),
    # ---- settings files that break in their own ways
    proc(
        "pyproject-toml-that-is-not-toml",
        [*CHECK_REFS, GOOD],
        [r"(.*/)?pyproject\.toml(:\d+(:\d+)?)?: .*TOML.*"],
        files={"pyproject.toml": Y("[tool.numcheck]\nfail-on = \n")},
        good=None,
    ),
    proc(
        "pyproject-toml-numcheck-not-a-table",
        [*CHECK_REFS, GOOD],
        [r"(.*/)?pyproject\.toml(:\d+(:\d+)?)?: .*table.*"],
        files={"pyproject.toml": Y("[tool]\nnumcheck = 5\n# [tool.numcheck]\n")},
        good=None,
    ),
    proc(
        "pyproject-toml-fail-on-a-number",
        [*CHECK_REFS, GOOD],
        [r"(.*/)?pyproject\.toml:2(:\d+)?: fail-on: .*"],
        files={"pyproject.toml": Y("[tool.numcheck]\nfail-on = 3\n")},
        good=None,
    ),
    proc(
        "config-named-but-missing",
        [*CHECK_REFS, GOOD, "--config", "nosuch.yaml"],
        [r"nosuch\.yaml: no such file"],
        good=None,
    ),
    proc(
        "baseline-nested-100000-deep",
        [*CHECK_REFS, GOOD, "--baseline", "deep.json"],
        [r"deep\.json(:\d+:\d+)?: .+"],
        files={"deep.json": b"[" * 100_000},
        good=None,
    ),
    proc(
        "baseline-with-a-huge-number",
        [*CHECK_REFS, GOOD, "--baseline", "b.json"],
        [r"b\.json(:\d+:\d+)?: .+"],
        files={
            "b.json": b'{"numcheck-baseline": 1, "accepted": [{"fingerprint": 1'
            + b"0" * 5000
            + b"}]}"
        },  # fmt: skip
        good=None,
    ),
    proc(
        "baseline-not-utf8",
        [*CHECK_REFS, GOOD, "--baseline", "b.json"],
        [r"b\.json(:\d+:\d+)?: .+"],
        files={"b.json": b'{"numcheck-baseline": 1, "accepted": ["\xff"]}'},
        good=None,
    ),
    # ---- terminal and environment
    proc(
        "jobs-zero",
        [*CHECK_REFS, GOOD, "--jobs", "0"],
        [r"Error: Invalid value for '--jobs' / '-j': 0 is not in the range x>=1\."],
        good=None,
        usage=True,
    ),
    proc(
        "jobs-a-million",
        ["check", "--format", "line", "--refs", REFS, "--jobs", "1000000", GOOD],
        [],
        code=0,
    ),
]


def _json_names_the_draft(run) -> None:
    import json

    data = json.loads(run.stdout)
    paths = {f["path"] for f in data["findings"]}
    assert len(paths) == 1 and re.fullmatch(CAFE_RE, paths.pop()), data["findings"][:1]


def _report_names_the_draft(path: Path) -> None:
    text = path.read_bytes().decode("utf-8", "backslashreplace")
    assert re.search(rf"^{CAFE_RE}:1:14: error contradiction: ", text, re.M), text[:500]
    assert not temp_files(path.parent, path.name)


def _each_once(run, path: str) -> None:
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    assert lines == [path + line.removeprefix(GOOD) for line in baseline("refs")], run.stdout


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_no_traceback(case: Case, tmp_path: Path, request):
    try:
        check_case(case, tmp_path, request)
    finally:
        remove_tree(tmp_path / "case" / "tree")


# ------------------------------------------------------------------------ streams and limits


def _stream_run(tmp_path: Path, args: list, stdout, **kwargs):
    setup_dir(tmp_path, {})
    return run_proc(args, tmp_path, stdout=stdout, **kwargs)


def test_stdout_is_dev_full(tmp_path: Path):
    """`numcheck check good.txt > /dev/full`: exit 2 and one line on stderr."""
    with open("/dev/full", "wb") as full:
        run = _stream_run(tmp_path, [*CHECK_REFS, GOOD], full)
    no_traceback(run)
    assert run.exit_code == 2, run.combined
    assert re.fullmatch(r"numcheck: cannot write the output: No space left on device",
                        "\n".join(stderr_lines(run))), run.stderr  # fmt: skip


def test_stdout_is_a_broken_pipe(tmp_path: Path):
    """The reader has gone (`numcheck ... | head -0`): exit 2, and at most one line on stderr
    (silence is the custom for a closed pipe)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        run = _stream_run(tmp_path, [*CHECK_REFS, GOOD], write_end)
    finally:
        os.close(write_end)
    no_traceback(run)
    assert run.exit_code == 2, run.combined
    lines = stderr_lines(run)
    assert lines == [] or (len(lines) == 1 and lines[0].startswith("numcheck: ")), run.stderr


def test_stdout_is_closed(tmp_path: Path):
    """`numcheck check good.txt >&-`: the report cannot be delivered: exit 2 and one line."""
    setup_dir(tmp_path, {})
    proc = subprocess.run(
        launcher(command([*CHECK_REFS, GOOD]), close=[1]),
        cwd=tmp_path,
        env=proc_env(),
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        timeout=30,
    )
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert proc.returncode == 2, stderr
    assert len([line for line in stderr.splitlines() if line.strip()]) == 1, stderr


def test_file_size_limit_while_writing_output(tmp_path: Path):
    """ulimit -f while writing -o: exit 2, one line naming the file, the old report whole, no
    temporary file left."""
    old = b"the old report\n"
    setup_dir(tmp_path, {"out.json": old})
    run = run_proc(
        [*CHECK, "--refs", REFS, "--format", "json", GOOD, "-o", "out.json"],
        tmp_path,
        fsize=2048,
    )
    no_traceback(run)
    assert run.exit_code == 2, run.combined
    assert stderr_lines(run) == ["out.json: cannot write the report: File too large"], run.stderr
    assert (tmp_path / "out.json").read_bytes() == old
    assert not temp_files(tmp_path, "out.json")


def test_file_size_limit_while_writing_stdout_to_a_file(tmp_path: Path):
    setup_dir(tmp_path, {})
    with open(tmp_path / "captured.json", "wb") as handle:
        run = run_proc(
            [*CHECK, "--refs", REFS, "--format", "json", GOOD], tmp_path, stdout=handle, fsize=2048
        )
    no_traceback(run)
    assert run.exit_code == 2, run.combined
    lines = stderr_lines(run)
    assert len(lines) == 1 and re.fullmatch(r"numcheck: cannot write the output: File too large",
                                            lines[0]), run.stderr  # fmt: skip


def test_deleted_working_folder(tmp_path: Path):
    """Run from a folder that no longer exists, with absolute paths: the drafts are still
    checked."""
    setup_dir(tmp_path, {"gone": DIR})
    gone = tmp_path / "gone"
    numcheck = Path(sys.executable).parent / "numcheck"
    if not numcheck.exists():
        pytest.skip("no numcheck console script beside this Python")
    proc = subprocess.run(
        launcher(
            [str(numcheck), *CHECK_REFS[:-1], str(tmp_path / REFS), str(tmp_path / GOOD)],
            rmdir_cwd=True,
        ),  # fmt: skip
        cwd=gone,
        env=proc_env(),
        capture_output=True,
        timeout=30,
    )
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert "Traceback" not in out + err
    assert proc.returncode == 0, err
    assert f"{tmp_path / GOOD}:23:49: info unattributed" in out, out


@pytest.mark.parametrize("columns", ["1", "0", "-5", "abc", "100000"])
def test_text_format_on_a_terminal_of_any_width(columns: str, tmp_path: Path):
    """The text format wraps to the terminal's width: a width of 1, 0, negative, not a number or
    huge must not break it."""
    import pty  # noqa: F401  (Linux only; the test is skipped where openpty is missing)

    setup_dir(tmp_path, {})
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen(
            launcher(command(["check", *JOBS, "--refs", REFS, GOOD])),
            cwd=tmp_path,
            env=proc_env({"COLUMNS": columns, "CI": None}),
            stdin=subprocess.DEVNULL,
            stdout=slave,
            stderr=subprocess.PIPE,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        _, err = proc.communicate(timeout=30)
    finally:
        os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert "Traceback" not in out + err.decode()
    assert proc.returncode == 0, err.decode()
    assert "unattributed" in out and "11,000" in out.replace("\r\n", " "), out
