"""What a check is. Two small interfaces:

- a `ClaimCheck` looks at one claim matched against the reference set (`run(match, lexicon)`);
- a `ReadingCheck` looks at the whole draft's reading (`run(context)`).

Each yields `Issue`s: what is wrong, the suggested fix and the reference ids it rests on. The
engine attaches the severity and position and turns them into `Finding`s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from checker.lexicon import Lexicon
from checker.model import Claim, Position, Severity
from checker.reading import Reading
from checker.references import Match

ANY = "*"  # in `defers_to`: any other check


@dataclass(frozen=True)
class Issue:
    """What a check found, before severity is attached."""

    claim: Claim | None
    message: str
    suggestion: str
    references: tuple[str, ...] = ()
    where: tuple[Position, str] | None = (
        None  # (position, excerpt) when the issue is not about a figure
    )
    doubts: tuple[tuple[str, str], ...] = ()  # (kind, phrase) the check itself has (engine.trust)
    others: tuple[Claim, ...] = ()  # other figures the verdict rests on (their doubts count too)
    shows: tuple[Claim, ...] = ()  # other figures the finding points at, whose doubts do not count
    settled: tuple[str, ...] = ()  # kinds of the reading's doubt the check's own evidence settles


@dataclass(frozen=True)
class Context:
    """What a reading check sees: the draft's reading, the lexicon, and each claim's match (None
    when the claim cannot be compared or there is no reference set)."""

    reading: Reading
    lexicon: Lexicon
    matches: dict[int, Match | None]  # id(claim) -> match
    sums: frozenset[int] = frozenset()  # ids of the writer's own sums (`engine.writers_sums`)

    @property
    def claims(self) -> list[Claim]:
        return self.reading.claims

    def match(self, claim: Claim) -> Match | None:
        return self.matches.get(id(claim))


@dataclass(frozen=True)
class Check:
    id: str
    severity: Severity  # the default; packs and the command line may change it
    description: str
    failing: str  # a draft sentence that fires the check against tests/fixtures' reference set
    passing: str  # a close variant that does not
    needs_references: bool
    run: Callable[..., Iterable[Issue]]
    # one finding per problem: stay quiet about a figure when one of these checks (ANY: any warning
    # or error check) already reports it ("unsupported" adds nothing once "contradiction" spoke)
    defers_to: tuple[str, ...] = ()
    # what the check's verdict rests on, of the reading's doubts (engine.trust): who gave the figure
    # ("source") and what it counts of whom ("count"); a doubt there lowers the severity
    rests_on: tuple[str, ...] = ("source", "count")


@dataclass(frozen=True)
class ClaimCheck(Check):
    # also run on vague quantities ("hundreds of"), which only a far-off figure contradicts
    vague: bool = False


@dataclass(frozen=True)
class ReadingCheck(Check):
    pass


def claim_check(**about) -> Callable[[Callable[[Match, Lexicon], Iterable[Issue]]], ClaimCheck]:
    """Decorator: the function is the check's body; `about` its id, severity, description,
    examples."""
    return lambda run: ClaimCheck(run=run, needs_references=True, **about)


def reading_check(**about) -> Callable[[Callable[[Context], Iterable[Issue]]], ReadingCheck]:
    return lambda run: ReadingCheck(run=run, **about)
