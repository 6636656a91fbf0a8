"""Structured errors and exit codes. Errors stay objects until the CLI renders them once."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from typing import Callable, TypeVar

T = TypeVar("T")


class ExitCode(enum.IntEnum):
    CLEAN = 0
    FINDINGS = 1
    BAD_INPUT = 2


def shown(text: str) -> str:
    """A name as one printable line: a newline, a control character or an undecodable byte in a
    file name is written as its escape ('bad\\nname.txt', 'caf\\udce9.txt')."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, at a 1-based line and column when known."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = shown(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {shown(self.message)}"


class InputError(Exception):
    """Bad input: one or more problems, each naming the file and position."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def attempt(
    path: str, doing: str, what: str, work: Callable[[], T]
) -> tuple[T | None, list[Problem]]:
    """Run one input's work: its result and no problems, or no result and the problems of bad
    input, or an unexpected failure's one line (`internal_error`), never a traceback, so that the
    other inputs are still worked on (NUMCHECK_DEBUG=1 re-raises instead)."""
    try:
        return work(), []
    except InputError as exc:
        return None, exc.problems
    except Exception as exc:  # last resort: report, keep going with the other inputs
        if os.environ.get("NUMCHECK_DEBUG"):
            raise
        return None, [internal_error(path, doing, exc, what)]


def internal_error(path: str, doing: str, exc: Exception, what: str) -> Problem:
    """The one line a last-resort failure gets ("internal error while checking (...); please
    report it with this file"); NUMCHECK_DEBUG=1 makes the callers re-raise instead."""
    return Problem(
        path,
        f"internal error while {doing} ({type(exc).__name__}: {exc}); please report it with {what}",
    )
