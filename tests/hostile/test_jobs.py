"""The worker pool of `--jobs N`: found while writing this suite.

Every other hostile case runs with `--jobs 1`, because a run that checks several drafts in worker
processes hung now and then: at first about one run in fifty (the workers inherited the CLI's
SIGTERM handler, so `Pool.terminate()` waited for them forever: a faulthandler dump showed the
parent in `Pool._terminate_pool -> Process.join`). 36f7f22 resets the handler in the workers;
after it this test still saw one hang in 300 runs and a diagnostic loop one in about 500 (the
live worker idle in `Pool.worker -> SimpleQueue.get`, its sibling gone), then none in 1,000.

The rest was `Pool.terminate()` itself, which the pool's `with` block calls even after a run that
went well: it signals the workers, and one killed while holding the task queue's lock leaves its
sibling waiting. A finished run now closes and joins its pool (terminate only on an error), so no
signal is sent at all. The test is slow (many runs) and runs only with NUMCHECK_SLOW=1 or -m slow.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.helpers import CHECK_REFS, GOOD, Y, no_traceback, run_proc, setup_dir

RUNS = 300


@pytest.mark.slow
def test_many_runs_with_a_worker_pool_never_hang(tmp_path: Path):
    setup_dir(tmp_path, {f"d{i}.txt": Y(f"Quiet day number {i}.\n") for i in range(4)})
    args = [a for a in CHECK_REFS if a not in ("--jobs", "1")]
    for attempt in range(RUNS):
        run = run_proc([*args, "--jobs", "2", GOOD, "d0.txt", "d1.txt", "d2.txt"], tmp_path,
                       timeout=30)  # fmt: skip
        assert not run.timed_out, f"run {attempt + 1} of {RUNS} hung"
        no_traceback(run)
        assert run.exit_code == 0, run.combined
