"""The hostile-input harness: a table of `Case`s, each run in-process (click's CliRunner), as a
real process, or as a real process started in the background at the beginning of the session
(`runner="bg"`, see conftest.py), and checked against one exact expected outcome.

The contract every case checks (the project's brief and issue 11):

- bad input gets ONE clear line on stderr, `FILE[:LINE:COL]: what is wrong`, exit code 2, never a
  Python traceback, never a hang, and the other files on the command line are still checked;
- numcheck never modifies a draft or a reference set; `-o FILE` writes only regular files;
- work is bounded: every real process runs under a wall-clock timeout (30 s unless a case says
  otherwise), an address-space limit, and for the few legitimately heavy cases a CPU-time limit
  (so that machine load cannot make them flaky).

Cases that fail because numcheck is wrong keep their exact expectation and are strict xfails whose
reason starts with "BUG:" (HOSTILE_SHOW_BUGS=1 runs them as plain tests, to see how they fail).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"
GOOD = "003_7c06984ad44548c2.txt"  # the good draft, copied into every case's directory
GOOD_RE = re.escape(GOOD)
REFS = "reference.yaml"  # copy of seeds/reference.yaml (names packs [armed-conflict, pack])
PACKS = ["--pack", "armed-conflict", "--pack", "pack"]
# One finding per line, easy to compare. --jobs 1: the worker pool of --jobs N hangs now and then
# when it is shut down (see test_jobs.py); every other case checks its drafts in one process.
JOBS = ["--jobs", "1"]
CHECK = ["check", "--format", "line", *JOBS]
CHECK_REFS = [*CHECK, "--refs", REFS]  # the good draft's usual run
CHECK_PLAIN = [*CHECK, *PACKS]  # a run whose reference set is the bad one under test

GIB = 1024**3
DEFAULT_MEMORY = 2 * GIB  # RLIMIT_AS of every real process: a memory bomb dies, the machine lives
DEFAULT_TIMEOUT = 30.0


# The limits in the table (timeouts, CPU seconds) were set on a machine where `_yardstick` takes
# YARDSTICK_SECONDS of CPU; on a slower machine every limit grows by how much slower it is (never
# shrinks), so that a slow CI machine does not read as unbounded work. Measured on 2 December 2026
# on a machine 2.5 times slower than the one the limits were set on (the bench's warm pass read
# 16,255 words/s there against 41,257 words/s before), and divided by 2.5.
YARDSTICK_SECONDS = 0.03


def _yardstick() -> None:
    """A fixed piece of numcheck-like work: a figure-and-cue regex over news text, word counts."""
    pattern = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\b|\b(said|killed|according)\b")
    text = "About 3,000 soldiers were killed, the NIS said on 12 May, according to 2 officials. "
    text *= 100
    for _ in range(80):
        for found in pattern.finditer(text):
            found.group()
        counts: dict[str, int] = {}
        for word in text.split():
            counts[word.lower()] = counts.get(word.lower(), 0) + 1


@lru_cache(maxsize=1)
def slowdown() -> float:
    """How many times slower this machine is than the one the limits were set on (at least 1):
    the best of five runs of `_yardstick`, in CPU seconds."""
    best = math.inf
    for _ in range(5):
        began = time.process_time()
        _yardstick()
        best = min(best, time.process_time() - began)
    return max(1.0, best / YARDSTICK_SECONDS)


def scaled(seconds: float | None) -> float | None:
    """A limit from the table, on this machine."""
    return None if seconds is None else seconds * slowdown()


_USAGE_BOILERPLATE = re.compile(r"^(Usage: .+|Try '.+ --help' for help\.)$")


# ------------------------------------------------------------------------------- special files


class _Dir:
    def __repr__(self) -> str:
        return "DIR"


class _Fifo:
    def __repr__(self) -> str:
        return "FIFO"


DIR = _Dir()  # in Case.files: make an empty directory
FIFO = _Fifo()  # in Case.files: make a named pipe


@dataclass(frozen=True)
class Link:
    """A symbolic link to `target` (as written, relative to the link's folder)."""

    target: str


@dataclass(frozen=True)
class Mode:
    """A file with these bytes and this permission mode."""

    data: bytes
    mode: int


def Y(text: str) -> bytes:
    return text.encode("utf-8")


def seed_sources_pack() -> bytes:
    """The seed reference set's `sources:` as a pack, so that a run whose reference set is broken
    still knows the story's sources (as tests/test_bad_input.py does)."""
    seed = (SEEDS / REFS).read_text(encoding="utf-8")
    return Y(seed[seed.index("\nsources:\n") + 1 : seed.index("\nfacts:")])


def setup_dir(root: Path, files: dict) -> None:
    """The good draft, the seed reference set and its pack, then the case's own files."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SEEDS / GOOD, root / GOOD)
    shutil.copyfile(SEEDS / REFS, root / REFS)
    shutil.copytree(SEEDS / "pack", root / "pack", dirs_exist_ok=True)
    (root / "pack" / "sources.yaml").write_bytes(seed_sources_pack())
    for name, content in files.items():
        path = root / (os.fsdecode(name) if isinstance(name, bytes) else name)
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is DIR:
            path.mkdir(exist_ok=True)
        elif content is FIFO:
            os.mkfifo(path)
        elif isinstance(content, Link):
            os.symlink(content.target, path)
        elif isinstance(content, Mode):
            path.write_bytes(content.data)
            os.chmod(path, content.mode)
        elif callable(content):
            content(path)
        else:
            path.write_bytes(content)


def snapshot(root: Path) -> dict[bytes, Any]:
    """Every entry under root: bytes for a regular file, a tag for anything else (never opened:
    a FIFO must not block the snapshot). Walked with an explicit stack and directory descriptors,
    so a tree deeper than the recursion limit or the path-length limit is no problem."""
    out: dict[bytes, Any] = {}
    stack = [(os.open(root, os.O_RDONLY | os.O_DIRECTORY), b"")]
    while stack:
        fd, rel = stack.pop()
        try:
            names = sorted(os.listdir(fd))
            for name in names:
                name = os.fsencode(name)
                path = rel + name
                info = os.lstat(name, dir_fd=fd)
                if stat.S_ISLNK(info.st_mode):
                    out[path] = ("link", os.readlink(name, dir_fd=fd))
                elif stat.S_ISDIR(info.st_mode):
                    out[path] = ("dir", stat.S_IMODE(info.st_mode))
                    try:
                        inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
                    except PermissionError:
                        continue
                    stack.append((inner, path + b"/"))
                elif not stat.S_ISREG(info.st_mode):
                    out[path] = ("special", stat.S_IFMT(info.st_mode))
                else:
                    try:
                        handle = os.open(name, os.O_RDONLY, dir_fd=fd)
                    except PermissionError:
                        out[path] = ("unreadable", stat.S_IMODE(info.st_mode))
                        continue
                    with os.fdopen(handle, "rb") as opened:
                        out[path] = (opened.read(), stat.S_IMODE(info.st_mode))
        finally:
            os.close(fd)
    return out


# ------------------------------------------------------------------------------------- running


@dataclass
class Run:
    exit_code: int | None  # None: timed out (killed)
    stdout: str
    stderr: str
    crash: str = ""  # an exception that escaped the CLI (in-process), formatted
    seconds: float = 0.0
    timed_out: bool = False
    cpu_killed: bool = False  # killed by RLIMIT_CPU (SIGXCPU/SIGKILL)

    @property
    def combined(self) -> str:
        return self.stdout + self.stderr + self.crash


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="backslashreplace")


def invoke(args: list, cwd: Path, env: dict | None = None) -> Run:
    """The CLI in-process from `cwd`; an escaped exception is rendered as the traceback a user would
    see."""
    old = os.getcwd()
    os.chdir(cwd)
    started = time.monotonic()
    try:
        result = CliRunner().invoke(main, args, env={"NUMCHECK_DEBUG": None, **(env or {})})
    finally:
        os.chdir(old)
    crash = ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crash = "".join(traceback.format_exception(result.exception))
    return Run(result.exit_code, result.stdout, result.stderr, crash, time.monotonic() - started)


def proc_env(extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("NUMCHECK_DEBUG", "PYTHONIOENCODING")}
    env.update({"COLUMNS": "100", "CI": "1"})
    for key, value in (extra or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


# Limits are set by a tiny launcher that then execs numcheck, not by a preexec_fn: a preexec_fn
# runs Python between fork and exec, which can deadlock while the background threads run.
_LAUNCHER = """
import json, os, resource, sys
options = json.loads(sys.argv[1])
for name, value in options.get("limits", {}).items():
    extra = 5 if name == "RLIMIT_CPU" else 0
    resource.setrlimit(getattr(resource, name), (value, value + extra))
if options.get("rmdir_cwd"):
    os.rmdir(os.getcwd())
for fd in options.get("close", []):
    os.close(fd)
os.execv(sys.argv[2], sys.argv[2:])
"""


def launcher(
    argv: list,
    memory: int | None = DEFAULT_MEMORY,
    cpu: int | None = None,
    fsize: int | None = None,
    **options,
) -> list:
    """`argv` run with bounded memory (and CPU seconds, file size), and `options`: rmdir_cwd
    (remove the working folder first), close (file descriptors to close)."""
    cpu = None if cpu is None else math.ceil(scaled(cpu))
    found = {"RLIMIT_AS": memory, "RLIMIT_CPU": cpu, "RLIMIT_FSIZE": fsize}
    options["limits"] = {name: value for name, value in found.items() if value is not None}
    return [sys.executable, "-I", "-S", "-c", _LAUNCHER, json.dumps(options), *argv]


def command(args: list) -> list:
    return [sys.executable, "-m", "checker", *args]


def start(
    args: list,
    cwd: Path,
    env: dict | None = None,
    memory: int | None = DEFAULT_MEMORY,
    cpu: int | None = None,
    fsize: int | None = None,
    stdin=subprocess.DEVNULL,
    stdout=subprocess.PIPE,
    umask: int | None = None,
) -> subprocess.Popen:
    """Start numcheck as a real process in its own process group (so a timeout kills its workers
    too, and nothing else)."""
    return subprocess.Popen(
        launcher(command(args), memory, cpu, fsize),
        cwd=cwd,
        env=proc_env(env),
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        start_new_session=True,
        umask=-1 if umask is None else umask,
    )


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def finish(proc: subprocess.Popen, timeout: float, started: float) -> Run:
    """Wait for a started process (the timeout counts from `started`)."""
    left = max(0.1, scaled(timeout) - (time.monotonic() - started))
    timed_out = False
    try:
        out, err = proc.communicate(timeout=left)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill_group(proc)
        out, err = proc.communicate()
    kill_group(proc)  # a worker left behind by a killed parent
    code = proc.returncode
    cpu_killed = code in (-signal.SIGXCPU, -signal.SIGKILL) and not timed_out
    return Run(
        None if timed_out else code,
        _text(out),
        _text(err),
        seconds=time.monotonic() - started,
        timed_out=timed_out,
        cpu_killed=cpu_killed,
    )


def run_proc(args: list, cwd: Path, timeout: float = DEFAULT_TIMEOUT, **kwargs) -> Run:
    started = time.monotonic()
    return finish(start(args, cwd, **kwargs), timeout, started)


# ---------------------------------------------------------------------------------- baselines


@lru_cache(maxsize=None)
def baseline(kind: str) -> tuple[str, ...]:
    """What the good draft alone produces on stdout: finding lines (refs, plain), or claims
    (extract)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        setup_dir(root, {})
        args = {
            "refs": [*CHECK_REFS, GOOD],
            "plain": [*CHECK_PLAIN, GOOD],
            "extract": ["extract", "--format", "json", "--refs", REFS, GOOD],
        }[kind]
        run = invoke(args, root)
    assert run.exit_code in (0, 1) and not run.stderr and not run.crash, run.combined
    if kind == "extract":
        found = tuple(json.dumps(c, sort_keys=True) for c in json.loads(run.stdout)["claims"])
    else:
        found = tuple(line for line in run.stdout.splitlines() if line.strip())
    assert found, f"the good draft should have findings/claims on its own ({kind})"
    return found


def good_still_checked(kind: str | None, stdout: str) -> None:
    if kind is None:
        return
    if kind == "ok":
        assert re.search(rf"^{re.escape(REFS)}: ok, [1-9]\d* facts$", stdout, re.M), stdout
    elif kind == "extract":
        claims = {json.dumps(c, sort_keys=True) for c in json.loads(stdout)["claims"]}
        assert set(baseline("extract")) <= claims
    else:
        missing = set(baseline(kind)) - set(stdout.splitlines())
        assert not missing, f"the good draft's findings are missing: {missing}\n{stdout}"


# -------------------------------------------------------------------------------------- the table


@dataclass
class Case:
    id: str
    args: list
    # stderr must be exactly these lines, in order, each fully matched; None: not asserted here
    errors: list[str] | None = field(default_factory=list)
    files: dict = field(default_factory=dict)
    code: int | tuple = 2
    good: str | None = "refs"  # the good draft's output that must still appear (see baseline)
    stdout: list[str] = field(default_factory=list)  # regexes stdout must contain (re.M)
    usage: bool = False  # click's "Usage:"/"Try ..." lines are tolerated around the error
    runner: str = "inproc"  # inproc | proc | bg
    timeout: float = DEFAULT_TIMEOUT
    cpu: int | None = None  # RLIMIT_CPU seconds (heavy but legitimate work)
    memory: int | None = DEFAULT_MEMORY
    env: dict = field(default_factory=dict)
    changes: tuple = ()  # relative paths (str or bytes) the run may create or change
    post: Callable | None = None  # post(root, run): more assertions
    bug: str | None = None
    slow: bool = False
    skip: str | None = None

    def param(self):
        marks = []
        if self.bug and os.environ.get("HOSTILE_SHOW_BUGS") != "1":
            marks.append(pytest.mark.xfail(reason=self.bug, strict=True))
        if self.slow:
            marks.append(pytest.mark.slow)
        if self.skip:
            marks.append(pytest.mark.skip(reason=self.skip))
        return pytest.param(self, id=self.id, marks=marks)


def stderr_lines(run: Run, usage: bool = False) -> list[str]:
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if usage:
        lines = [line for line in lines if not _USAGE_BOILERPLATE.match(line)]
    return lines


def no_traceback(run: Run) -> None:
    assert not run.crash, f"exception escaped the CLI:\n{run.crash}"
    assert "Traceback" not in run.combined, run.combined[-3000:]
    assert "internal error" not in run.combined, run.combined[-3000:]
    assert "Exception ignored" not in run.combined, run.combined[-3000:]


def assert_outcome(case: Case, run: Run, root: Path, before: dict) -> None:
    tail = run.combined[-2000:]
    assert not run.timed_out, f"hang: no answer within {scaled(case.timeout):.0f} s\n{tail}"
    assert not run.cpu_killed, f"unbounded work: over {scaled(case.cpu)} s of CPU\n{tail}"
    no_traceback(run)
    codes = case.code if isinstance(case.code, tuple) else (case.code,)
    assert run.exit_code in codes, f"exit {run.exit_code}, expected {case.code}\n{run.combined}"
    if case.errors is not None:
        lines = stderr_lines(run, case.usage)
        assert len(lines) == len(case.errors), (
            f"expected {len(case.errors)} line(s) on stderr, got {len(lines)}:\n{run.stderr}"
        )
        for line, pattern in zip(lines, case.errors, strict=True):
            assert re.fullmatch(pattern, line), f"{line!r} does not match {pattern!r}"
    for pattern in case.stdout:
        assert re.search(pattern, run.stdout, re.M), f"{pattern!r} not in stdout:\n{run.stdout}"
    good_still_checked(case.good, run.stdout)
    after = snapshot(root)
    allowed = {os.fsencode(p) for p in case.changes}
    changed = {
        k for k in set(before) | set(after) if before.get(k) != after.get(k) and k not in allowed
    }
    assert not changed, f"files created or changed: {sorted(changed)}"
    if case.post is not None:
        case.post(root, run)


def run_case(case: Case, root: Path) -> Run:
    if case.runner == "inproc":
        return invoke(case.args, root, case.env)
    return run_proc(case.args, root, case.timeout, env=case.env, memory=case.memory, cpu=case.cpu)


def temp_files(folder: Path, name: str) -> list[str]:
    """Temporary files numcheck's writer leaves beside `name` (`.NAME.*`)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}."))


def expand(args: list, root: Path) -> list:
    """`{root}` in an argument is the case's directory."""
    return [a.replace("{root}", str(root)) if isinstance(a, str) else a for a in args]


def check_case(case: Case, tmp_path: Path, request) -> Run:
    """Set up, run and check one case (a background case's process was started earlier)."""
    if case.runner == "bg":
        run, root, before = request.getfixturevalue("background").result(case)
    else:
        root = tmp_path / "case"
        setup_dir(root, case.files)
        before = snapshot(root)
        case = _with_args(case, expand(case.args, root))
        run = run_case(case, root)
    assert_outcome(case, run, root, before)
    return run


def _with_args(case: Case, args: list) -> Case:
    from dataclasses import replace

    return replace(case, args=args)


def remove_tree(top: Path) -> None:
    """Remove a folder however deep, with constant recursion and descriptors (shutil.rmtree
    recurses, and pytest's cleanup of old temporary folders would fail on a deep tree): each
    folder's children are moved up into `top` until nothing is nested."""
    if not top.is_dir() or top.is_symlink():
        return
    fd = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    moved = 0
    try:
        while names := os.listdir(fd):
            for name in names:
                if not stat.S_ISDIR(os.lstat(name, dir_fd=fd).st_mode):
                    os.unlink(name, dir_fd=fd)
                    continue
                os.chmod(name, 0o700, dir_fd=fd)
                sub = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
                try:
                    inner = os.listdir(sub)
                    for child in inner:
                        moved += 1
                        os.rename(child, f".up{moved}", src_dir_fd=sub, dst_dir_fd=fd)
                finally:
                    os.close(sub)
                os.rmdir(name, dir_fd=fd)
    finally:
        os.close(fd)
    os.rmdir(top)


def comment_reported(name: str, positions: list[tuple[int, int]], counts=(1,)):
    """post(): a malformed or unterminated numcheck comment is reported, as an input error on
    stderr (exit 2) or as a warning finding on stdout, at its line and column: the first of
    `positions` always, and as many lines as one of `counts`, each at one of `positions`."""

    def post(root: Path, run) -> None:
        pattern = re.compile(rf"^{re.escape(name)}:(\d+):(\d+):? ")
        on_stderr = [line for line in stderr_lines(run) if pattern.match(line)]
        on_stdout = [
            line
            for line in run.stdout.splitlines()
            if pattern.match(line) and "warning" in line and "comment" in line
        ]
        found = on_stderr or on_stdout
        assert found, f"the comment in {name} is not reported\n{run.combined[-2000:]}"
        assert len(found) in counts, f"{len(found)} lines:\n" + "\n".join(found[:5])
        at = [tuple(int(g) for g in pattern.match(line).groups()) for line in found]
        assert at[0] == positions[0], at[:3]
        assert set(at) <= set(positions), sorted(set(at) - set(positions))[:3]
        assert all(line.startswith(name) for line in stderr_lines(run)), run.stderr[-2000:]
        if on_stderr:
            assert run.exit_code == 2, run.exit_code

    return post
