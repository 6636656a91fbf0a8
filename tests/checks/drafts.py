"""Helpers for the check tests: hand-built claims and facts, drafts checked in-process, and the
table rows (`case`) and inline-marked drafts (`<!-- expect: CHECK -->`) each check's tests use.

The drafts are checked against a small reference set (tests/fixtures/ref_rules.yaml):

    nis-killed              NIS        about 300 killed, as of 2025-01
    nis-wounded             NIS        about 2,700 wounded, as of 2025-01
                                       (nis-killed+nis-wounded: about 3,000 casualties, derived)
    nis-casualties-2025-04  NIS        about 5,000 casualties, as of 2025-04
                                       (supersedes the derived 3,000)
    zelensky-killed         Zelensky   4,000 killed, as of 2025-02, for 2024-10 to 2025-02
    zelensky-deployed       Zelensky   about 12,000 deployed, as of 2024-11
    nis-reinforcements      NIS        1,000–3,000 deployed (a range), as of 2025-02
    jcs-casualties          JCS        about 4,000 casualties, as of 2025-01
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from checker import references
from checker.checks import REGISTRY
from checker.engine import Engine
from checker.inputs import Document
from checker.model import Claim, Fact

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REF = FIXTURES / "ref_rules.yaml"
MARKED = Path(__file__).resolve().parent / "marked"
_EXPECT = re.compile(r"<!--\s*expect:\s*(?P<checks>[\w, -]+?)\s*-->")


@lru_cache(maxsize=1)
def fixture_set():
    """The fixture reference set and the lexicon it needs."""
    refs, lexicon, problems = references.open_sets([REF])
    assert not problems, problems
    return refs, lexicon


def check_draft(draft: str) -> list[dict]:
    """Every finding numcheck reports on `draft` against the fixture reference set, as JSON-like
    dicts."""
    refs, lexicon = fixture_set()
    result = Engine(lexicon, refs).check_document(Document.from_text(draft + "\n", "draft.txt"))
    assert not result.problems, result.problems
    return [f.to_dict() for f in result.findings]


# ---------------------------------------------------------------------- hand-built claims and facts


def claim(
    text="300",
    low=None,
    high=None,
    hedge="exact",
    metric="killed",
    subject="north-korean-troops",
    source=None,
    unit="count",
    as_of=None,
    **more,
) -> Claim:
    """A claim as reading would produce it; `low`/`high` default to the figure in `text`."""
    value = float(text.replace(",", "")) if low is None else low
    return Claim(
        path="draft.txt",
        line=1,
        column=1,
        start=more.pop("start", 0),
        end=len(text),
        text=text,
        low=value,
        high=value if high is None else high,
        hedge=hedge,
        unit=unit,
        metric=metric,
        subject=subject,
        source=source,
        source_text=more.pop("source_text", source or ""),
        cited_by=(),
        as_of=as_of,
        sentence=more.pop("sentence", text),
        sentence_index=more.pop("sentence_index", 0),
        **more,
    )


def fact(
    id,
    source,
    value=None,
    *,
    range=None,
    hedge="exact",
    metric="killed",
    subject="north-korean-troops",
    as_of=None,
    period=None,
    unit="count",
    event=None,
) -> Fact:
    low, high = range if range else (value, value)
    return Fact(
        id,
        metric,
        subject,
        float(low),
        float(high),
        hedge,
        source,
        unit,
        as_of,
        period=period,
        event=event,
    )


def issues(check_id: str, the_claim: Claim, facts, today=None) -> list:
    """What a claim check says about one claim matched against `facts` alone."""
    _, lexicon = fixture_set()
    m = references.match(the_claim, references.ReferenceSet(tuple(facts)), lexicon, today)
    return list(REGISTRY[check_id].run(m, lexicon))


# ------------------------------------------------------------------------- table rows


def position(draft: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of `needle` in `draft`."""
    at = -1
    for _ in range(nth):
        at = draft.index(needle, at + 1)
    return draft.count("\n", 0, at) + 1, at - (draft.rfind("\n", 0, at) + 1) + 1


def describe(findings: list[dict]) -> str:
    return (
        "\n".join(
            f"  {f['rule']} {f['severity']} {f['line']}:{f['column']} {f['excerpt']!r} "
            f"refs={f['references']} | {f['message']} | {f['suggestion']}"
            for f in findings
        )
        or "  (none)"
    )


def case(
    id: str,
    draft: str,
    check: str,
    fire: bool,
    *,
    bug: str | None = None,
    at: str | None = None,
    nth: int = 1,
    refs: tuple[str, ...] | None = None,
    says: tuple[str, ...] = (),
    suggests: tuple[str, ...] = (),
    severity: str | None = None,
    related: tuple[str, ...] | None = None,
):
    """One row of a check's table.

    at: the excerpt of the finding (the figure as written, or the source name); its first (nth)
        occurrence in the draft gives the expected line and column.
    refs: the finding's `references` ids, exactly (as a set).
    says / suggests: words that must appear in the message / the suggestion.
    severity: the finding's severity, when not the check's default (an error read with doubt is
        a warning).
    related: the excerpts of the other figures the finding points at, in the draft's order.
    bug: numcheck gets this row wrong today (strict xfail; the reason is reported).
    """
    expect = {
        "at": at,
        "nth": nth,
        "refs": refs,
        "says": says,
        "suggests": suggests,
        "severity": severity,
        "related": related,
    }
    marks = [pytest.mark.xfail(reason=f"BUG: {bug}", strict=True)] if bug else []
    return pytest.param(
        draft, check, fire, expect, id=f"{'fires' if fire else 'quiet'}-{id}", marks=marks
    )


def assert_case(draft: str, check: str, fire: bool, expect: dict) -> None:
    findings = check_draft(draft)
    mine = [f for f in findings if f["rule"] == check]
    if not fire:
        assert not mine, f"{check} fired on {draft!r}:\n{describe(findings)}"
        return
    assert mine, f"{check} did not fire on {draft!r}:\n{describe(findings)}"
    if expect["at"] is not None:
        line, column = position(draft, expect["at"], expect["nth"])
        mine = [
            f
            for f in mine
            if (f["line"], f["column"], f["excerpt"]) == (line, column, expect["at"])
        ]
        assert mine, (
            f"no {check} at {line}:{column} {expect['at']!r} in {draft!r}:\n{describe(findings)}"
        )
    finding = mine[0]
    severity = expect.get("severity") or REGISTRY[check].severity.value
    assert finding["severity"] == severity, describe(mine)
    if expect["refs"] is not None:
        assert set(finding["references"]) == set(expect["refs"]), describe(mine)
        assert len(finding["references"]) == len(set(finding["references"])), describe(mine)
    for word in expect["says"]:
        assert word in finding["message"], describe(mine)
    for word in expect["suggests"]:
        assert word in finding["suggestion"], describe(mine)
    if expect.get("related") is not None:
        shown = tuple(r["excerpt"] for r in finding["related"])
        assert shown == expect["related"], describe(mine)


# ------------------------------------------------------------------------- inline-marked drafts


def expected_marks(text: str) -> set[tuple[int, str]]:
    """(line, check) for every `<!-- expect: CHECK[, CHECK] -->` in a draft."""
    marks = set()
    for number, line in enumerate(text.splitlines(), 1):
        for m in _EXPECT.finditer(line):
            marks |= {(number, name.strip()) for name in m.group("checks").split(",")}
    return marks


def assert_marked(check: str) -> None:
    """tests/checks/marked/CHECK.md: the check fires on exactly the lines marked
    `<!-- expect: CHECK -->`."""
    text = (MARKED / f"{check.replace('-', '_')}.md").read_text(encoding="utf-8")
    got = {(f["line"], f["rule"]) for f in check_draft(text.rstrip("\n")) if f["rule"] == check}
    want = {mark for mark in expected_marks(text) if mark[1] == check}
    assert got == want, f"missing {sorted(want - got)}, unexpected {sorted(got - want)}"
