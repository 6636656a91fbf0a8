"""Writing a report to a file: atomically, keeping the user's umask, never over an input.

numcheck never modifies a draft: `write` refuses a path that is one of the run's inputs (a draft or
a reference set) and anything that is not a regular file (a directory, a device, a FIFO); it writes
a temporary file beside the target and renames it over, so a killed run leaves the old file whole
and no temporary file behind.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from checker.errors import InputError, Problem
from checker.inputs.files import was_read


def _mode(target: Path) -> int:
    """A rewritten file keeps its permissions; a new one gets what the user's umask allows (a
    temporary file is created readable by its owner only)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _refuse(target: Path, inputs) -> str | None:
    try:
        info = target.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (numcheck only writes reports to files)"
    resolved = target.resolve()
    if was_read(target) or any(Path(p).resolve() == resolved for p in inputs):
        return "is one of this run's inputs; numcheck never overwrites a file it reads"
    return None


def _cannot(output: str, exc: OSError) -> Problem:
    return Problem(output, f"cannot write the report: {exc.strerror or exc}")


def write(output: str, text: str, inputs=()) -> None:
    """Write `text` to `output` atomically; InputError naming the file when it cannot be."""
    if not output:
        raise InputError(Problem("-o", "cannot write the report: an empty file name"))
    target = Path(output)
    problem = _refuse(target, inputs)
    if problem:
        raise InputError(Problem(output, f"cannot write the report: {problem}"))
    try:
        # a short hidden name: a target name near the 255-byte limit still has room for it
        fd, tmp = tempfile.mkstemp(prefix=".numcheck-", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        raise InputError(_cannot(output, exc)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(text)
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(_cannot(output, exc)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
