"""Session plumbing for the hostile-input tests.

- The `slow` marker (a case over 20 s on its own) is registered here; slow cases are skipped unless
  NUMCHECK_SLOW=1 is set or `-m slow` is given, so that `pytest tests/hostile` stays under two
  minutes on a 2-core machine.
- Background cases (`Case(runner="bg")`: inputs that may hang or burn CPU until their timeout) are
  all started as real processes when the first hostile test runs, so their timeouts overlap instead
  of adding up; each test then waits for its own process and checks the outcome. Every one runs
  under a wall-clock timeout, an address-space limit, at a lower CPU priority, in its own process
  group (a timeout kills the group, never anything else).
"""

from __future__ import annotations

import os
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
    if _slow_wanted(config):
        return
    skip = pytest.mark.skip(reason=f"slow (over 20 s): set {SLOW_ENV}=1 or use -m slow to run it")
    here = Path(__file__).parent
    for item in items:
        if "slow" in item.keywords and here in Path(str(item.fspath)).parents:
            item.add_marker(skip)


class Background:
    """The background cases of this session, started together."""

    def __init__(self, factory):
        self.factory = factory
        self.started: dict[str, tuple] = {}

    def launch(self, cases: list[helpers.Case]) -> None:
        for case in cases:
            root = self.factory.mktemp(case.id[:40])
            helpers.setup_dir(root, case.files)
            before = helpers.snapshot(root)
            began = time.monotonic()
            args = helpers.expand(case.args, root)
            proc = helpers.start(args, root, case.env, case.memory, case.cpu, nice=5)
            self.started[case.id] = (proc, began, root, before)

    def result(self, case: helpers.Case) -> tuple[helpers.Run, Path, dict]:
        if case.id not in self.started:  # selected alone, or not found at collection
            self.launch([case])
        proc, began, root, before = self.started[case.id]
        return helpers.finish(proc, case.timeout, began), root, before

    def close(self) -> None:
        for proc, *_ in self.started.values():
            if proc.poll() is None:
                helpers.kill_group(proc)
                proc.communicate()


def _selected_background_cases(session) -> list[helpers.Case]:
    cases = []
    for item in session.items:
        callspec = getattr(item, "callspec", None)
        case = callspec.params.get("case") if callspec else None
        if isinstance(case, helpers.Case) and case.runner == "bg":
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
