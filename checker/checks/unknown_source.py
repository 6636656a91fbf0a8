"""unknown-source: a source name close to, but not, a known one ("Zelesnky"), or a wrong expansion
of a known abbreviation ("National Intelligence Agency (NIS)")."""

from __future__ import annotations

from typing import Iterable

from checker.checks.base import Context, Issue, reading_check
from checker.model import COUNT_DOUBT as COUNT
from checker.model import Position, Severity


@reading_check(
    id="unknown-source",
    severity=Severity.WARNING,
    needs_references=False,
    description="A source name close to, but not, a known one; "
    "or a wrong expansion of a known abbreviation.",
    failing="About 12,000 troops were sent, according to President Zelesnky.",
    passing="About 12,000 troops were sent, according to President Zelensky.",
)
def CHECK(context: Context) -> Iterable[Issue]:
    document = context.reading.document
    for offset, mention in context.reading.source_problems:
        line, column = document.position(offset)
        yield Issue(
            None,
            mention.problem,
            mention.suggestion,
            (),
            (Position(document.path, line, column), mention.text),
            # a name this far off may be another body's: a note, its doubt said
            doubts=((COUNT, mention.unsure),) if mention.unsure else (),
        )
