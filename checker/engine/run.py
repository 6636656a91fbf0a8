"""A run over many drafts: the drafts a command line names (folders walked, excluded paths and
numcheck's own saved reports skipped), each checked with the severities its project config gives
its path and the date the config asks for, gathered into one `Report` for the output formats.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import signal
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from checker import inputs
from checker.checks import REGISTRY
from checker.config import Config, draft_checks
from checker.engine import Engine, FileResult
from checker.errors import Problem, attempt
from checker.inputs import Document, expand_paths
from checker.model import Claim, Finding


@dataclass
class Report:
    """Everything one run found: findings and claims of every draft, and every input problem; for
    the discrepancy report also the drafts' texts, the reference set and the lexicon that names its
    sources."""

    findings: list[Finding] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # draft path -> its text
    references: Any = None  # the ReferenceSet the drafts were checked against, if any
    lexicon: Any = None
    date: dt.date | None = None  # when the report was made
    fail_on: str = "error"
    keep_texts: bool = True  # hold every draft's text (only the formats that show drafts need it)
    keep_claims: bool = True  # hold every figure read (the formats that list them need it)
    figures: int = 0  # how many figures were read


def guarded(path: str, work: Callable[[], FileResult]) -> FileResult:
    """Run one file's work; an unexpected failure becomes a one-line problem, never a traceback."""
    result, problems = attempt(path, "checking", "this file", work)
    return result if result is not None else FileResult(path, problems=problems)


class Run:
    """Checks drafts with one reference set and lexicon, an engine per set of severities."""

    def __init__(self, lexicon, references, config: Config, select=(), ignore=()):
        self.lexicon, self.references, self.config = lexicon, references, config
        self.select, self.ignore = select, ignore
        self.engines: dict[tuple, Engine] = {}
        self.keep = (True, True)  # (claims, texts): what the report holds of each draft

    def engine(self, path: str, document: Document | None = None) -> Engine:
        """The engine for a draft: its config's severities, then its front matter's."""
        severities = self.config.checks_for(path)
        if document is not None:
            severities |= draft_checks(document.settings, path, tuple(REGISTRY))
        key = tuple(sorted(severities.items()))
        if key not in self.engines:
            self.engines[key] = Engine(
                self.lexicon, self.references, self.select, self.ignore, severities
            )
        return self.engines[key]

    def date(self, path: str) -> dt.date | None:
        """The draft's date: the config's (or --date), else what `date-from` says."""
        fixed, source = self.config["date"], self.config["date-from"]
        if fixed is not None or source == "draft":
            return fixed
        if source == "today":
            return dt.date.today()
        try:
            return dt.date.fromtimestamp(Path(path).stat().st_mtime)
        except OSError:
            return None

    def drafts(self, paths, force_exclude: bool = False) -> tuple[list[str], list[Problem]]:
        """The drafts to check: folders walked; the config's `exclude` globs skip what a walk
        finds, and also files named on the command line with `force_exclude` (as pre-commit names
        every staged file)."""
        files, problems = expand_paths(paths)
        named = set() if force_exclude else {str(p) for p in paths}
        return [f for f in files if f in named or not self.config.excluded(f)], problems

    def check_one(self, path: str) -> FileResult:
        document = inputs.read(path, self.date(path))
        return self.engine(path, document).check_document(document)

    def check(
        self,
        files: list[str],
        report: Report,
        each: Callable[[str], None] | None = None,
        jobs: int = 1,
    ) -> Report:
        """Check `files` (from `drafts`) into `report`, in their order, using up to `jobs`
        processes; `each(path)` is called as each draft is done."""
        self.keep = (report.keep_claims, report.keep_texts)
        for path, result in zip(files, self._results(files, jobs), strict=True):
            report.problems += result.problems
            if result.read or not result.problems:  # read, even if a comment in it was bad
                report.files.append(path)
                if report.keep_texts:
                    report.texts[path] = result.text
            report.figures += result.figures if result.figures is not None else len(result.claims)
            if report.keep_claims:
                report.claims += result.claims
            report.findings += result.findings
            if each is not None:
                each(path)
        return report

    def _results(self, files: list[str], jobs: int) -> Iterator[FileResult]:
        workers = min(jobs, len(files))
        # Forking a process that runs other threads can copy a lock in its held state into the
        # child (which then waits forever): processes only from a single-threaded numcheck, as
        # the command line always is; an embedding program with threads checks in sequence.
        mp = None if workers <= 1 or threading.active_count() > 1 else _forking()
        if mp is None:
            yield from (self.guarded_one(path) for path in files)
            return
        # The first draft is checked here, before forking: the patterns it compiles on the way are
        # then inherited by every worker instead of compiled once in each.
        yield self.guarded_one(files[0])
        global _WORKER_RUN
        _WORKER_RUN = self  # inherited by the forked workers: nothing is pickled but results
        pool = mp.get_context("fork").Pool(
            min(workers, len(files) - 1), initializer=_worker_init, initargs=(os.getpid(),)
        )
        try:
            yield from pool.imap(
                _check_in_worker, files[1:], chunksize=_chunk(len(files) - 1, workers)
            )
            # all done: let the workers finish on their own; terminate() signals them, and a
            # worker killed while it holds the task queue's lock can leave its sibling waiting
            pool.close()
            pool.join()
        except BaseException:
            pool.terminate()
            raise

    def guarded_one(self, path: str) -> FileResult:
        return guarded(path, lambda: self.check_one(path)).slimmed(*self.keep)


_WORKER_RUN: Run | None = None


def _forking():
    """multiprocessing when it can fork here, else None; imported only for a run of several drafts
    in parallel (one draft, the common case, never pays for it)."""
    import multiprocessing as mp

    return mp if "fork" in mp.get_all_start_methods() else None


def _worker_init(parent: int) -> None:
    """A worker dies at once on SIGTERM (the pool's way to stop it; the command line's own
    clean-exit handler is for the parent only), and when its parent dies, even by SIGKILL, so no
    worker is ever left behind waiting for work: also when the parent died before the worker
    could ask to be told (it has been handed to another parent by then)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the process's own symbols: libc on Linux
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still applies
        pass
    if os.getppid() != parent:
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _chunk(files: int, workers: int) -> int:
    """How many drafts a worker takes at a time: one when there are few (so none waits while
    another has two queued), up to 16 when there are many (a few round trips through the pool's
    pipes instead of one per draft, which cost about 5% of the CPU time on 500 short drafts)."""
    return max(1, min(16, files // (workers * 8)))


def _check_in_worker(path: str) -> FileResult:
    return _WORKER_RUN.guarded_one(path)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
