"""Session plumbing for the hostile-input tests.

- The `slow` marker (a case over 20 s on its own) is registered here; slow cases are skipped unless
  NUMCHECK_SLOW=1 is set or `-m slow` is given, so that `pytest tests/hostile` stays under two
  minutes on a 2-core machine.
- Background cases (`Case(runner="bg")`: inputs that may hang or burn CPU until their timeout) are
  run as real processes from when the first hostile test runs, a few at a time beside the
  in-process tests, so their timeouts overlap instead of adding up; each test then waits for its
  own process and checks the outcome. Every one runs under a wall-clock timeout and an
  address-space limit, in its own process group (a timeout kills the group, never anything else).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.hostile import helpers

SLOW_ENV = "NUMCHECK_SLOW"


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a hostile case that takes over 20 s on its own")


def _slow_wanted(config) -> bool:
    expression = config.getoption("markexpr", "") or ""
    return os.environ.get(SLOW_ENV) == "1" or (
        "slow" in expression and "not slow" not in expression
    )


def pytest_collection_modifyitems(config, items):
    """Skip slow cases unless asked; and run the background cases' tests last, so that their
    processes have run beside the in-process tests by the time their results are wanted."""
    here = Path(__file__).parent
    ours = [item for item in items if here in Path(str(item.fspath)).parents]
    if not _slow_wanted(config):
        skip = pytest.mark.skip(reason=f"slow (over 20 s): set {SLOW_ENV}=1 or use -m slow")
        for item in ours:
            if "slow" in item.keywords:
                item.add_marker(skip)
    waiting = [
        item for item in ours if _case_of(item) is not None and _case_of(item).runner == "bg"
    ]
    if waiting:
        moved = set(map(id, waiting))
        items[:] = [item for item in items if id(item) not in moved] + waiting


def _case_of(item) -> helpers.Case | None:
    callspec = getattr(item, "callspec", None)
    case = callspec.params.get("case") if callspec else None
    return case if isinstance(case, helpers.Case) else None


class Background:
    """The background cases of this session. Cases that only wait (a named pipe is involved) all
    start at once; the others take one of `SLOTS` places, so that each gets a fair share of the
    machine and its timeout means what it says. A case's timeout counts from its own start."""

    SLOTS = 2

    def __init__(self, factory):
        self.factory = factory
        self.slots = threading.Semaphore(self.SLOTS)
        self.done: dict[str, threading.Event] = {}
        self.results: dict[str, tuple] = {}
        self.running: dict[str, subprocess.Popen] = {}
        self.lock = threading.Lock()
        self.closing = False

    def launch(self, cases: list[helpers.Case]) -> None:
        waiting = [c for c in cases if _waits(c)]
        busy = sorted((c for c in cases if not _waits(c)), key=_longest_first)
        for case in waiting + busy:
            if case.id in self.done:
                continue
            self.done[case.id] = threading.Event()
            try:  # directories are made here, in the main thread (mktemp is not thread-safe)
                root = self.factory.mktemp(case.id[:40])
                helpers.setup_dir(root, case.files)
                before = helpers.snapshot(root)
            except Exception as exc:
                self.results[case.id] = exc
                self.done[case.id].set()
                continue
            thread = threading.Thread(target=self._run, args=(case, root, before), daemon=True)
            thread.start()

    def _run(self, case: helpers.Case, root: Path, before: dict) -> None:
        try:
            slot = None if _waits(case) else self.slots
            if slot is not None:
                slot.acquire()
            try:
                if self.closing:
                    raise RuntimeError("session over")
                began = time.monotonic()
                args = helpers.expand(case.args, root)
                proc = helpers.start(args, root, case.env, case.memory, case.cpu)
                with self.lock:
                    self.running[case.id] = proc
                run = helpers.finish(proc, case.timeout, began)
            finally:
                if slot is not None:
                    slot.release()
            self.results[case.id] = (run, root, before)
        except BaseException as exc:  # reported by the test that waits for this case
            self.results[case.id] = exc
        finally:
            self.done[case.id].set()

    def result(self, case: helpers.Case) -> tuple[helpers.Run, Path, dict]:
        if case.id not in self.done:  # selected alone, or not found at collection
            self.launch([case])
        self.done[case.id].wait()
        found = self.results[case.id]
        if isinstance(found, BaseException):
            raise found
        return found

    def close(self) -> None:
        self.closing = True
        with self.lock:
            for proc in self.running.values():
                if proc.poll() is None:
                    helpers.kill_group(proc)


def _longest_first(case: helpers.Case) -> float:
    """Start the longest cases first: a known bug may run to its limit; then the heavy ones."""
    return -(case.cpu or 0) - (case.timeout if case.bug else 0)


def _waits(case: helpers.Case) -> bool:
    """Does the case only wait (a named pipe), using no CPU while it hangs?"""
    return any(content is helpers.FIFO for content in case.files.values())


def _selected_background_cases(session) -> list[helpers.Case]:
    cases = []
    for item in session.items:
        case = _case_of(item)
        if case is not None and case.runner == "bg":
            if not any(m.name == "skip" for m in item.iter_markers()):
                cases.append(case)
    return cases


@pytest.fixture(scope="session")
def background(request, tmp_path_factory):
    pool = Background(tmp_path_factory)
    pool.launch(_selected_background_cases(request.session))
    yield pool
    pool.close()


@pytest.fixture(scope="session", autouse=True)
def _start_background_early(request):
    """Start the background cases as soon as the first hostile test runs."""
    if _selected_background_cases(request.session):
        request.getfixturevalue("background")
