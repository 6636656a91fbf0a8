"""The bad-input contract, end to end through the CLI.

Bad input of any kind gets ONE clear line on stderr naming the file (and LINE:COL where it makes
sense) and what is wrong, exit code 2, never a Python traceback; the other files on the same command
line are still checked and their findings still appear on stdout; numcheck never modifies a draft.

Every case runs next to a good draft (a copy of seeds/003_7c06984ad44548c2.txt) and asserts that the
good draft's findings, as it gets them when checked alone, still appear. Cases that fail because
numcheck is wrong are strict xfails whose reason starts with "BUG:".

`numcheck eval` cases (BAD_GOLD and the eval-* rows) assert no good output: eval scores nothing when
any gold file is bad, so the contract there is every problem of every bad gold file, exit 2, no
traceback, no --json.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.checks import REGISTRY
from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOOD = "003_7c06984ad44548c2.txt"  # copied into each case's directory under this name
REFS = "reference.yaml"  # copy of seeds/reference.yaml, for cases that need a good reference set
RULE_NAMES = list(REGISTRY)

PACKS = [
    "--pack",
    "armed-conflict",
    "--pack",
    "pack",
]  # the seed story's topics (copied next to the drafts)
CHECK = [
    "check",
    "--format",
    "line",
    *PACKS,
]  # one finding per line: easy to compare with the good draft alone
DIR = object()  # in Case.files: make an empty directory


# ------------------------------------------------------------------------------------------ running


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    crash: str  # formatted traceback of an exception that escaped the CLI, else ""

    @property
    def combined(self) -> str:
        return self.stdout + self.stderr + self.crash


def invoke(args: list[str], cwd: Path) -> Run:
    """Run the CLI in-process from `cwd`. An escaped exception is rendered as the traceback a user
    would see."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, env={"NUMCHECK_DEBUG": None})
    finally:
        os.chdir(old)
    crash = ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        crash = "".join(traceback.format_exception(result.exception))
    return Run(result.exit_code, result.stdout, result.stderr, crash)


def setup_dir(root: Path, files: dict) -> None:
    shutil.copyfile(SEEDS / GOOD, root / GOOD)
    shutil.copyfile(SEEDS / "reference.yaml", root / REFS)
    shutil.copytree(SEEDS / "pack", root / "pack", dirs_exist_ok=True)
    seed = (SEEDS / "reference.yaml").read_text(encoding="utf-8")  # the story's sources, as a pack
    (root / "pack" / "sources.yaml").write_text(
        seed[seed.index("\nsources:\n") + 1 : seed.index("\nfacts:")], encoding="utf-8"
    )
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is DIR:
            path.mkdir(exist_ok=True)
        else:
            path.write_bytes(content)


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file and directory under root, with its bytes (None for a directory)."""
    return {
        str(p.relative_to(root)): (None if p.is_dir() else p.read_bytes())
        for p in sorted(root.rglob("*"))
    }


@lru_cache(maxsize=None)
def baseline(kind: str) -> tuple[str, ...]:
    """What the good draft alone produces on stdout: finding lines (check), or claims (extract)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        setup_dir(root, {})
        args = {
            "plain": [*CHECK, GOOD],
            "refs": [*CHECK, GOOD, "--refs", REFS],
            "extract": ["extract", "--format", "json", *PACKS, GOOD],
        }[kind]
        run = invoke(args, root)
    assert run.exit_code in (0, 1) and not run.stderr and not run.crash, run.combined
    if kind == "extract":
        found = tuple(json.dumps(c, sort_keys=True) for c in json.loads(run.stdout)["claims"])
    else:
        found = tuple(line for line in run.stdout.splitlines() if line.strip())
    assert found, (
        f"the good draft should have findings/claims on its own ({kind}); the test needs them"
    )
    return found


# ---------------------------------------------------------------------------------------- the table


@dataclass
class Case:
    id: str
    args: list[str]
    errors: list[str]  # regexes: stderr must be exactly these lines, in order (each fully matched)
    files: dict = field(default_factory=dict)
    good: str | None = (
        "plain"  # baseline the good draft's output must still contain; None: not asserted
    )
    code: int = 2
    usage: bool = (
        False  # a click usage error: its "Usage:"/"Try ..." boilerplate lines are tolerated
    )
    mentions: list[str] = field(
        default_factory=list
    )  # strings stderr must contain (e.g. every valid rule)
    bug: str | None = None

    def param(self):
        marks = [pytest.mark.xfail(reason=self.bug, strict=True)] if self.bug else []
        return pytest.param(self, id=self.id, marks=marks)


def Y(text: str) -> bytes:
    return text.encode("utf-8")


HEAD = "subject: north-korean-troops\nfacts:\n"
FACT = "  - id: a\n    metric: killed\n    value: 1\n    source: NIS\n"

# Bad reference sets: (id, file name, content, expected stderr regexes, bug). Each is run twice: as
# `check GOOD --refs FILE` (the draft is still checked) and as `refs validate FILE reference.yaml`
# (the good reference set is still validated), and both must give the same FILE:LINE:COL lines.
BAD_REFS = [
    (
        "refs-invalid-yaml",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: killed\n    value: 1: 2\n    source: NIS\n"),
        [r"r\.yaml:5:13: invalid YAML: mapping values are not allowed here"],
        None,
    ),
    (
        "refs-invalid-yaml-indent",
        "r.yaml",
        Y(HEAD + FACT + "   value: 2\n"),
        [r"r\.yaml:7:4: invalid YAML: .+"],
        None,
    ),
    (
        "refs-duplicate-yaml-key",
        "r.yaml",
        Y(HEAD + FACT + "    source: JCS\n"),
        [r"r\.yaml:7:5: duplicate key 'source'"],
        None,
    ),
    (
        "refs-top-level-list",
        "r.yaml",
        Y("- id: a\n  metric: killed\n"),
        [r"r\.yaml:1:1: a reference set must be a mapping with 'facts:'"],
        None,
    ),
    ("refs-empty", "r.yaml", b"", [r"r\.yaml:1:1: empty reference set: expected 'facts:'"], None),
    (
        "refs-comments-only",
        "r.yaml",
        Y("# nothing here\n\n"),
        [r"r\.yaml:1:1: empty reference set: expected 'facts:'"],
        None,
    ),
    (
        "refs-not-utf8",
        "r.yaml",
        Y(HEAD + "  - id: a\n") + b"    metric: k\xe9lled\n",
        [r"r\.yaml:4:14: not valid UTF-8 \(byte 0xe9\)"],
        None,
    ),
    (
        "refs-binary",
        "r.yaml",
        b"facts:\x00\x01\x02\n",
        [r"r\.yaml: binary file \(contains NUL bytes\), expected UTF-8 text"],
        None,
    ),
    (
        "refs-unknown-metric",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: bogus\n    value: 1\n    source: NIS\n"),
        [r"r\.yaml:4:13: unknown metric 'bogus' \(known: .*killed.*\)"],
        None,
    ),
    (
        "refs-missing-value",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: killed\n    source: NIS\n"),
        [r"r\.yaml:3:5: fact has no 'value' or 'range'"],
        None,
    ),
    (
        "refs-value-and-range",
        "r.yaml",
        Y(
            HEAD + "  - id: a\n    metric: killed\n    value: 1\n    range: [1, 2]\n"
            "    source: NIS\n"
        ),
        [r"r\.yaml:6:12: give either 'value' or 'range', not both"],
        None,
    ),
    (
        "refs-bad-range",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: killed\n    range: [3000, 1000]\n    source: NIS\n"),
        [r"r\.yaml:5:12: range must be \[low, high\] with 0 <= low <= high, got \[3000, 1000\]"],
        None,
    ),
    (
        "refs-negative-value",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: killed\n    value: -5\n    source: NIS\n"),
        [r"r\.yaml:5:12: value must be a non-negative number, got -5"],
        None,
    ),
    (
        "refs-duplicate-id",
        "r.yaml",
        Y(HEAD + FACT + "  - id: a\n    metric: wounded\n    value: 2\n    source: NIS\n"),
        [r"r\.yaml:7:9: duplicate id 'a' \(first at line 3\)"],
        None,
    ),
    # id not the first key: the duplicate is reported at its id; "first at" may name the first
    # fact's first line (3) or its id line (4), both point at the first fact.
    (
        "refs-duplicate-id-not-first-key",
        "r.yaml",
        Y(
            HEAD + "  - metric: killed\n    id: a\n    value: 1\n    source: NIS\n"
            "  - metric: wounded\n    id: a\n    value: 2\n    source: NIS\n"
        ),
        [r"r\.yaml:8:9: duplicate id 'a' \(first at line [34]\)"],
        None,
    ),
    (
        "refs-bad-as-of-month",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2025-13\n"),
        [r"r\.yaml:7:12: bad as_of '2025-13': use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-unknown-source",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: killed\n    value: 1\n    source: Nobody\n"),
        [r"r\.yaml:6:13: unknown source 'Nobody': .+"],
        None,
    ),
    (
        "refs-unknown-hedge",
        "r.yaml",
        Y(
            HEAD + "  - id: a\n    metric: killed\n    value: 1\n    hedge: roughly\n"
            "    source: NIS\n"
        ),
        [r"r\.yaml:6:12: unknown hedge 'roughly' \(known: .*about.*\)"],
        None,
    ),
    (
        "refs-unknown-top-level-key",
        "r.yaml",
        Y("subject: north-korean-troops\nbogus: 1\nfacts:\n" + FACT),
        [r"r\.yaml:2:1: unknown key 'bogus' \(expected one of: .*facts.*\)"],
        None,
    ),
    (
        "refs-several-problems",
        "r.yaml",
        Y(
            HEAD
            + "  - id: a\n    metric: bogus\n    value: 1\n    hedge: roughly\n    source: NIS\n"
            "    as_of: 2025-13\n"
            "  - id: b\n    metric: killed\n    range: [3000, 1000]\n    source: NIS\n"
        ),
        [
            r"r\.yaml:4:13: unknown metric 'bogus' .+",
            r"r\.yaml:6:12: unknown hedge 'roughly' .+",
            r"r\.yaml:8:12: bad as_of '2025-13': .+",
            r"r\.yaml:11:12: range must be \[low, high\] .+",
        ],
        None,
    ),
    # ---- found while writing these tests
    (
        "refs-bad-as-of-full-date",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2025-13-01\n"),
        [r"r\.yaml:7:12: .*2025-13-01.*"],
        None,
    ),
    (
        "refs-metric-is-a-list",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: [killed, wounded]\n    value: 1\n    source: NIS\n"),
        [r"r\.yaml:4:13: .*metric.*"],
        None,
    ),
    (
        "refs-hedge-is-a-list",
        "r.yaml",
        Y(
            HEAD + "  - id: a\n    metric: killed\n    value: 1\n    hedge: [about]\n"
            "    source: NIS\n"
        ),
        [r"r\.yaml:6:12: .*hedge.*"],
        None,
    ),
    (
        "refs-subject-is-a-list",
        "r.yaml",
        Y(
            "subject: [x]\nfacts:\n  - id: a\n    subject: north-korean-troops\n"
            "    metric: killed\n    value: 1\n    source: NIS\n"
        ),
        [r"r\.yaml:1:10: .*subject.*"],
        None,
    ),
    (
        "refs-recursive-alias",
        "r.yaml",
        Y("subject: north-korean-troops\nfacts: &f\n  - *f\n"),
        [r"r\.yaml:\d+:\d+: .+"],
        None,
    ),
    (
        "refs-value-nan",
        "r.yaml",
        Y(HEAD + "  - id: a\n    metric: killed\n    value: .nan\n    source: NIS\n"),
        [r"r\.yaml:5:12: .*value.*"],
        None,
    ),
    # ---- period: and as_of: START/END (a fact's time), in every form the loader is asked to reject
    (
        "refs-bad-period-month",
        "r.yaml",
        Y(HEAD + FACT + "    period: 2025-13\n"),
        [r"r\.yaml:7:13: bad period '2025-13': use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-bad-period-words",
        "r.yaml",
        Y(HEAD + FACT + "    period: last year\n"),
        [r"r\.yaml:7:13: bad period 'last year': use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-bad-period-list",
        "r.yaml",
        Y(HEAD + FACT + "    period: [2024, 2025]\n"),
        [r"r\.yaml:7:13: bad period \[2024, 2025\]: use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-bad-period-impossible-day",
        "r.yaml",
        Y(HEAD + FACT + "    period: 2025-02-30\n"),
        [r"r\.yaml:7:13: .*2025-02-30.*"],
        None,
    ),
    (
        "refs-bad-period-reversed",
        "r.yaml",
        Y(HEAD + FACT + "    period: 2025/2024\n"),
        [r"r\.yaml:7:13: bad period '2025/2024': .*(before|after|order|reversed).*"],
        None,
    ),
    (
        "refs-bad-as-of-reversed",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024-11-30/2024-09-01\n"),
        [r"r\.yaml:7:12: bad as_of '2024-11-30/2024-09-01': .*(before|after|order|reversed).*"],
        None,
    ),
    (
        "refs-bad-as-of-three-parts",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024/2025/2026\n"),
        [r"r\.yaml:7:12: bad as_of '2024/2025/2026': use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-bad-as-of-open-end",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024-09-01/\n"),
        [r"r\.yaml:7:12: bad as_of '2024-09-01/': use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-bad-as-of-open-start",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: /2024-11-30\n"),
        [r"r\.yaml:7:12: bad as_of '/2024-11-30': use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-bad-as-of-impossible-end-day",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024-09-01/2024-02-30\n"),
        [
            r"r\.yaml:7:12: bad as_of '2024-09-01/2024-02-30': use YYYY, YYYY-MM, YYYY-MM-DD or "
            r"START/END"
        ],
        None,
    ),
    (
        "refs-bad-as-of-end-month",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024-09/2024-13\n"),
        [r"r\.yaml:7:12: bad as_of '2024-09/2024-13': use YYYY, YYYY-MM, YYYY-MM-DD or START/END"],
        None,
    ),
    (
        "refs-bad-as-of-unpadded",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024-9-1/2024-11-30\n"),
        [
            r"r\.yaml:7:12: bad as_of '2024-9-1/2024-11-30': use YYYY, YYYY-MM, YYYY-MM-DD or "
            r"START/END"
        ],
        None,
    ),
    (
        "refs-bad-as-of-words-end",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024-09-01/last year\n"),
        [
            r"r\.yaml:7:12: bad as_of '2024-09-01/last year': use YYYY, YYYY-MM, YYYY-MM-DD or "
            r"START/END"
        ],
        None,
    ),
    (
        "refs-bad-as-of-dotted-range",
        "r.yaml",
        Y(HEAD + FACT + "    as_of: 2024-09-01..2024-11-30\n"),
        [
            r"r\.yaml:7:12: bad as_of '2024-09-01\.\.2024-11-30': use YYYY, YYYY-MM, YYYY-MM-DD "
            r"or START/END"
        ],
        None,
    ),
]

# Gold files for `numcheck eval` (tests/corpus/README.md): B.gold.yaml labels B.txt next to it.
GOLD_DRAFT = Y(
    "date: 2025-02-27\n"
    "South Korea's NIS said about 300 North Korean soldiers were killed in January.\n"
)
GOLD_HEAD = "date: 2025-02-27\nsubject: north-korean-troops\nclaims:\n"
# line 4: span (value at col 11), 5: value (12), 6: hedge (12), 7: unit, 8: metric (13),
# 9: subject (14), 10: source (13), 11: as_of (12)
CLAIM = (
    '  - span: "300"\n    value: 300\n    hedge: about\n    unit: count\n    metric: killed\n'
    "    subject: north-korean-troops\n    source: NIS\n    as_of: 2025-01\n"
)
OCCURRENCE = CLAIM.replace('"300"\n', '"300"\n    occurrence: {}\n')  # occurrence's value at 5:17


def gold(text: str, draft: bytes | None = GOLD_DRAFT, name: str = "b") -> dict:
    """Files for a gold file NAME.gold.yaml and (unless None) its draft NAME.txt. A gold file that
    is a mapping with claims names the seed reference set (its ids come from there), as its last
    line."""
    if "claims:" in text and not text.startswith("-") and "refs:" not in text:
        text += "refs: reference.yaml\n"
    return {f"{name}.gold.yaml": Y(text), **({f"{name}.txt": draft} if draft is not None else {})}


IN_SUBDIR = "refs: ../reference.yaml\n"  # a gold file in a folder below the seed reference set
GOOD_GOLD = gold(GOLD_HEAD + CLAIM, name="g")
DRAFT_AT = r"(?:.*/)?"  # a gold file's draft is named by its resolved path

# Bad gold files: (id, files, expected stderr regexes, bug). Each is run twice: as
# `eval b.gold.yaml` and as `eval g.gold.yaml b.gold.yaml` next to a good gold file, and both must
# give the same lines. `eval` scores nothing when a gold file is bad, so there is no good output to
# look for: the contract is every problem of every bad file, with its position, exit 2, no
# traceback, and no --json written.
BAD_GOLD = [
    # ---- the draft a gold file labels
    (
        "eval-draft-missing",
        gold(GOLD_HEAD + CLAIM, draft=None),
        [DRAFT_AT + r"b\.txt: no such file"],
        None,
    ),
    (
        "eval-draft-named-missing",
        gold("draft: nosuch.txt\n" + GOLD_HEAD + CLAIM),
        [DRAFT_AT + r"nosuch\.txt: no such file"],
        None,
    ),
    (
        "eval-draft-is-a-directory",
        {**gold("draft: sub\n" + GOLD_HEAD + CLAIM), "sub": DIR},
        [DRAFT_AT + r"sub: is a directory, expected a file"],
        None,
    ),
    (
        "eval-draft-not-utf8",
        gold(GOLD_HEAD + CLAIM, draft=b"date: 2025-02-27\nab\xffcd 300 killed\n"),
        [DRAFT_AT + r"b\.txt:2:3: not valid UTF-8 \(byte 0xff\)"],
        None,
    ),
    (
        "eval-draft-empty",
        gold(GOLD_HEAD + CLAIM, draft=b""),
        [DRAFT_AT + r"b\.txt: empty file, nothing to check"],
        None,
    ),
    # ---- the gold file itself
    (
        "eval-gold-not-utf8",
        {"b.gold.yaml": b"date: 2025\xff\n", "b.txt": GOLD_DRAFT},
        [r"b\.gold\.yaml:1:11: not valid UTF-8 \(byte 0xff\)"],
        None,
    ),
    (
        "eval-gold-invalid-yaml",
        gold(GOLD_HEAD + CLAIM.replace("value: 300", "value: 300: 1")),
        [r"b\.gold\.yaml:5:15: invalid YAML: mapping values are not allowed here"],
        None,
    ),
    (
        "eval-gold-duplicate-key",
        gold(GOLD_HEAD + CLAIM + "    source: JCS\n"),
        [r"b\.gold\.yaml:12:5: duplicate key 'source'"],
        None,
    ),
    (
        "eval-gold-empty",
        gold(""),
        [r"b\.gold\.yaml:1:1: a gold file is a mapping with 'claims:' \(a list\)"],
        None,
    ),
    (
        "eval-gold-top-level-list",
        gold("- span: x\n"),
        [r"b\.gold\.yaml:1:1: a gold file is a mapping with 'claims:' \(a list\)"],
        None,
    ),
    (
        "eval-gold-claims-missing",
        gold("date: 2025-02-27\nsubject: north-korean-troops\n"),
        [r"b\.gold\.yaml:1:1: a gold file is a mapping with 'claims:' \(a list\)"],
        None,
    ),
    (
        "eval-gold-claims-not-a-list",
        gold("date: 2025-02-27\nsubject: north-korean-troops\nclaims: 5\n"),
        [r"b\.gold\.yaml:3:9: .*claims.*"],
        None,
    ),
    (
        "eval-gold-claim-not-a-mapping",
        gold(GOLD_HEAD + "  - 300\n"),
        [r"b\.gold\.yaml:4:5: a claim must be a mapping"],
        None,
    ),
    (
        "eval-gold-unknown-top-level-key",
        gold(GOLD_HEAD.replace("subject:", "bogus: 1\nsubject:") + CLAIM),
        [
            r"b\.gold\.yaml:2:1: unknown key 'bogus' \(expected one of: claims, date, draft, "
            r"note, refs, subject\)"
        ],
        None,
    ),
    (
        "eval-gold-unknown-claim-key",
        gold(GOLD_HEAD + CLAIM + "    bogus: 1\n"),
        [r"b\.gold\.yaml:12:5: unknown key 'bogus'"],
        None,
    ),
    (
        "eval-gold-claim-key-missing",
        gold(GOLD_HEAD + CLAIM.replace("    unit: count\n", "")),
        [r"b\.gold\.yaml:4:5: missing 'unit' \(write null when the text gives none\)"],
        None,
    ),
    # date:
    (
        "eval-gold-date-bad-month",
        gold(GOLD_HEAD.replace("2025-02-27", "2025-13-01") + CLAIM),
        [r"b\.gold\.yaml:1:7: 'date' must be YYYY-MM-DD, not '2025-13-01'"],
        None,
    ),
    (
        "eval-gold-date-words",
        gold(GOLD_HEAD.replace("2025-02-27", "yesterday") + CLAIM),
        [r"b\.gold\.yaml:1:7: 'date' must be YYYY-MM-DD, not 'yesterday'"],
        None,
    ),
    (
        "eval-gold-date-month-only",
        gold(GOLD_HEAD.replace("2025-02-27", "2025-02") + CLAIM),
        [r"b\.gold\.yaml:1:7: 'date' must be YYYY-MM-DD, not '2025-02'"],
        None,
    ),
    # span: and occurrence:
    (
        "eval-gold-span-not-found",
        gold(GOLD_HEAD + CLAIM.replace('"300"', '"301"')),
        [r"b\.gold\.yaml:4:11: span '301' does not occur 1 time\(s\) in the draft"],
        None,
    ),
    (
        "eval-gold-occurrence-too-high",
        gold(GOLD_HEAD + OCCURRENCE.format(2)),
        [r"b\.gold\.yaml:4:11: span '300' does not occur 2 time\(s\) in the draft"],
        None,
    ),
    (
        "eval-gold-occurrence-zero",
        gold(GOLD_HEAD + OCCURRENCE.format(0)),
        [r"b\.gold\.yaml:5:17: .*occurrence.*"],
        None,
    ),
    (
        "eval-gold-occurrence-negative",
        gold(GOLD_HEAD + OCCURRENCE.format(-1)),
        [r"b\.gold\.yaml:5:17: .*occurrence.*"],
        None,
    ),
    (
        "eval-gold-occurrence-a-string",
        gold(GOLD_HEAD + OCCURRENCE.format('"two"')),
        [r"b\.gold\.yaml:5:17: .*occurrence.*"],
        None,
    ),
    # value: and range:
    (
        "eval-gold-range-three-items",
        gold(GOLD_HEAD + CLAIM.replace("value: 300", "range: [1, 2, 3]")),
        [r"b\.gold\.yaml:4:5: 'value' must be a number and 'range' a pair of numbers"],
        None,
    ),
    (
        "eval-gold-value-a-string",
        gold(GOLD_HEAD + CLAIM.replace("value: 300", 'value: "300"')),
        [r"b\.gold\.yaml:4:5: 'value' must be a number and 'range' a pair of numbers"],
        None,
    ),
    (
        "eval-gold-value-nan",
        gold(GOLD_HEAD + CLAIM.replace("value: 300", "value: .nan")),
        [r"b\.gold\.yaml:4:5: 'value' must be a number and 'range' a pair of numbers"],
        None,
    ),
    (
        "eval-gold-value-and-range",
        gold(GOLD_HEAD + CLAIM.replace("value: 300", "value: 300\n    range: [1, 2]")),
        [r"b\.gold\.yaml:4:5: give exactly one of 'value' and 'range'"],
        None,
    ),
    # hedge:, metric:, subject:, source:
    (
        "eval-gold-unknown-hedge",
        gold(GOLD_HEAD + CLAIM.replace("hedge: about", "hedge: roughly")),
        [r"b\.gold\.yaml:6:12: unknown hedge 'roughly'( \(known: .*about.*\))?"],
        None,
    ),
    (
        "eval-gold-unknown-metric",
        gold(GOLD_HEAD + CLAIM.replace("metric: killed", "metric: bogus")),
        [r"b\.gold\.yaml:8:13: unknown metric 'bogus'( \(known: .*killed.*\))?"],
        None,
    ),
    (
        "eval-gold-unknown-subject",
        gold(GOLD_HEAD + CLAIM.replace("subject: north-korean-troops", "subject: martians")),
        [r"b\.gold\.yaml:9:14: unknown subject 'martians'( \(known: .+\))?"],
        None,
    ),
    (
        "eval-gold-unknown-source",
        gold(GOLD_HEAD + CLAIM.replace("source: NIS", "source: Nobody")),
        [r"b\.gold\.yaml:10:13: unknown source 'Nobody'.*"],
        None,
    ),
    (
        "eval-gold-unknown-default-subject",
        gold(GOLD_HEAD.replace("north-korean-troops", "martians") + CLAIM),
        [r"b\.gold\.yaml:2:10: unknown subject 'martians'( \(known: .+\))?"],
        None,
    ),
    (
        "eval-gold-several-problems",
        gold(
            GOLD_HEAD
            + CLAIM.replace("hedge: about", "hedge: roughly").replace(
                "metric: killed", "metric: bogus"
            )
            + CLAIM.replace('"300"', '"301"')
        ),
        [
            r"b\.gold\.yaml:6:12: unknown hedge 'roughly'.*",
            r"b\.gold\.yaml:8:13: unknown metric 'bogus'.*",
            r"b\.gold\.yaml:12:11: span '301' does not occur 1 time\(s\) in the draft",
        ],
        None,
    ),
    # ---- found while writing these tests
    (
        "eval-gold-hedge-is-a-list",
        gold(GOLD_HEAD + CLAIM.replace("hedge: about", "hedge: [about]")),
        [r"b\.gold\.yaml:6:12: .*hedge.*"],
        None,
    ),
    (
        "eval-gold-metric-is-a-list",
        gold(GOLD_HEAD + CLAIM.replace("metric: killed", "metric: [killed]")),
        [r"b\.gold\.yaml:8:13: .*metric.*"],
        None,
    ),
    (
        "eval-gold-source-is-a-list",
        gold(GOLD_HEAD + CLAIM.replace("source: NIS", "source: [NIS]")),
        [r"b\.gold\.yaml:10:13: .*source.*"],
        None,
    ),
    (
        "eval-gold-default-subject-is-a-list",
        gold(GOLD_HEAD.replace("north-korean-troops", "[x]") + CLAIM),
        [r"b\.gold\.yaml:2:10: .*subject.*"],
        None,
    ),
    (
        "eval-gold-empty-span",
        gold(GOLD_HEAD + CLAIM.replace('"300"', '""')),
        [r"b\.gold\.yaml:4:11: .*span.*"],
        None,
    ),
    (
        "eval-gold-range-reversed",
        gold(GOLD_HEAD + CLAIM.replace("value: 300", "range: [3000, 1000]")),
        [r"b\.gold\.yaml:5:12: .*range.*"],
        None,
    ),
    (
        "eval-gold-bad-as-of",
        gold(GOLD_HEAD + CLAIM.replace("as_of: 2025-01", "as_of: 2025-13")),
        [r"b\.gold\.yaml:11:12: .*2025-13.*"],
        None,
    ),
    (
        "eval-gold-unknown-key-and-missing-draft",
        gold("bogus: 1\n" + GOLD_HEAD + CLAIM, draft=None),
        [r"b\.gold\.yaml:1:1: unknown key 'bogus' .+", DRAFT_AT + r"b\.txt: no such file"],
        None,
    ),
]

VAGUE_BAD = r"text vague 'dozens of': expected \[low, high\] with 0 <= low <= high, or null"

CASES = [
    # ---- drafts
    Case("draft-missing", [*CHECK, "nosuch.txt", GOOD], [r"nosuch\.txt: no such file"]),
    Case(
        "draft-dir-without-drafts",
        [*CHECK, "emptydir", GOOD],
        [r"emptydir: directory holds no drafts \(\.txt, \.md, \.markdown, \.html, \.htm, \.docx\)"],
        files={"emptydir": DIR},
    ),
    Case(
        "draft-dir-with-only-other-files",
        [*CHECK, "notes", GOOD],
        [r"notes: directory holds no drafts \(\.txt, \.md, \.markdown, \.html, \.htm, \.docx\)"],
        files={"notes/a.pdf": b"%PDF", "notes/.hidden.txt": b"x"},
    ),
    Case(
        "draft-binary",
        [*CHECK, "bin.txt", GOOD],
        [r"bin\.txt: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"bin.txt": b"300 killed\x00\x01\x02\xff"},
    ),
    Case(
        "draft-not-utf8",
        [*CHECK, "bad.txt", GOOD],
        [r"bad\.txt:2:3: not valid UTF-8 \(byte 0xff\)"],
        files={"bad.txt": b"line one\nab\xffcd\n"},
    ),
    Case(
        "draft-latin1-after-multibyte",
        [*CHECK, "latin.txt", GOOD],
        [r"latin\.txt:1:8: not valid UTF-8 \(byte 0xf6\)"],
        files={"latin.txt": "héllo w".encode() + b"\xf6rld\n"},
    ),  # columns count characters: é is one
    Case(
        "draft-not-utf8-crlf",
        [*CHECK, "crlf.txt", GOOD],
        [r"crlf\.txt:3:3: not valid UTF-8 \(byte 0xff\)"],
        files={"crlf.txt": b"one\r\ntwo\r\nab\xffcd\r\n"},
    ),
    Case(
        "draft-not-utf8-truncated-at-end",
        [*CHECK, "trunc.txt", GOOD],
        [r"trunc\.txt:1:4: not valid UTF-8 \(byte 0xe2\)"],
        files={"trunc.txt": b"abc\xe2\x82"},
    ),
    Case(
        "draft-not-utf8-cr-line-endings",
        [*CHECK, "cr.txt", GOOD],
        [r"cr\.txt:3:3: not valid UTF-8 \(byte 0xff\)"],
        files={"cr.txt": b"one\rtwo\rab\xffcd\r"},
    ),
    Case(
        "draft-not-utf8-after-bom",
        [*CHECK, "bom.txt", GOOD],
        [r"bom\.txt:1:3: not valid UTF-8 \(byte 0xff\)"],
        files={"bom.txt": b"\xef\xbb\xbfab\xffcd\n"},
    ),
    Case(
        "draft-empty",
        [*CHECK, "empty.txt", GOOD],
        [r"empty\.txt: empty file, nothing to check"],
        files={"empty.txt": b""},
    ),
    Case(
        "draft-whitespace-only",
        [*CHECK, "ws.txt", GOOD],
        [r"ws\.txt: empty file, nothing to check"],
        files={"ws.txt": b"  \n\t\r\n   \n"},
    ),
    Case(
        "draft-bom-only",
        [*CHECK, "bomonly.txt", GOOD],
        [r"bomonly\.txt: empty file, nothing to check"],
        files={"bomonly.txt": b"\xef\xbb\xbf \n"},
    ),
    Case(
        "draft-several-bad-files",
        [*CHECK, "nosuch.txt", "bad.txt", GOOD, "empty.txt"],
        [
            r"nosuch\.txt: no such file",
            r"bad\.txt:1:3: not valid UTF-8 \(byte 0xff\)",
            r"empty\.txt: empty file, nothing to check",
        ],
        files={"bad.txt": b"ab\xff", "empty.txt": b""},
    ),
    Case(
        "draft-bad-file-inside-directory",
        [*CHECK, "drafts", GOOD],
        [r"drafts/b\.txt:1:1: not valid UTF-8 \(byte 0xff\)"],
        files={
            "drafts/a.md": (SEEDS / GOOD).read_bytes(),
            "drafts/b.txt": b"\xff",
            "drafts/c.yaml": b"\xff",
        },
    ),
    Case(
        "draft-unknown-rule-in-suppression",
        [*CHECK, "supp.txt", GOOD],
        [r"supp\.txt:1:42: unknown check 'bogus' in a numcheck comment \(valid: .+\)"],
        files={
            "supp.txt": (
                b"Officials said 300 soldiers were killed. <!-- numcheck: ignore bogus -->\n"
            )
        },
        mentions=RULE_NAMES,
    ),
    Case(
        "draft-unknown-rule-among-valid-in-suppression",
        [*CHECK, "supp.txt", GOOD, "--refs", REFS],
        [r"supp\.txt:3:3: unknown check 'bogus' in a numcheck comment \(valid: .+\)"],
        files={
            "supp.txt": b"Line one.\nOfficials said 300 soldiers were killed.\n"
            b"  <!-- numcheck: ignore unsupported, bogus -->\n"
        },
        good="refs",
        mentions=RULE_NAMES,
    ),
    Case(
        "extract-missing-and-binary",
        ["extract", "--format", "json", *PACKS, "nosuch.txt", "bin.txt", GOOD],
        [
            r"nosuch\.txt: no such file",
            r"bin\.txt: binary file \(contains NUL bytes\), expected UTF-8 text",
        ],
        files={"bin.txt": b"\x00"},
        good="extract",
    ),
    # ---- reference files that are not files
    Case("refs-missing", [*CHECK, GOOD, "--refs", "nosuch.yaml"], [r"nosuch\.yaml: no such file"]),
    Case(
        "refs-is-a-directory",
        [*CHECK, GOOD, "--refs", "refsdir"],
        [r"refsdir: is a directory, expected a file"],
        files={"refsdir": DIR},
    ),
    Case(
        "refs-validate-missing",
        ["refs", "validate", "nosuch.yaml", REFS],
        [r"nosuch\.yaml: no such file"],
        good="ok",
    ),
    Case(
        "refs-validate-directory",
        ["refs", "validate", "refsdir", REFS],
        [r"refsdir: is a directory, expected a file"],
        files={"refsdir": DIR},
        good="ok",
    ),
    # ---- options: command-level usage errors; nothing is checked, so no draft output is expected
    Case(
        "select-unknown-rule",
        [*CHECK, GOOD, "--select", "bogus"],
        [r"Error: unknown check 'bogus' \(valid: .+\)"],
        good=None,
        usage=True,
        mentions=RULE_NAMES,
    ),
    Case(
        "ignore-unknown-rule",
        [*CHECK, GOOD, "--ignore", "unsupported", "--ignore", "bogus"],
        [r"Error: unknown check 'bogus' \(valid: .+\)"],
        good=None,
        usage=True,
        mentions=RULE_NAMES,
    ),
    Case(
        "date-bad-month",
        [*CHECK, GOOD, "--date", "2025-13-01"],
        [r"Error: Invalid value for '--date': '2025-13-01' is not a date in YYYY-MM-DD form"],
        good=None,
        usage=True,
    ),
    Case(
        "date-not-a-date",
        [*CHECK, GOOD, "--date", "yesterday"],
        [r"Error: Invalid value for '--date': 'yesterday' is not a date in YYYY-MM-DD form"],
        good=None,
        usage=True,
    ),
    Case(
        "extract-date-bad-day",
        ["extract", GOOD, "--date", "2025-02-30"],
        [r"Error: Invalid value for '--date': '2025-02-30' is not a date in YYYY-MM-DD form"],
        good=None,
        usage=True,
    ),
    Case(
        "output-in-missing-directory",
        [*CHECK, GOOD, "-o", "missing/out.txt"],
        [r"missing/out\.txt: .+"],
        good=None,
    ),
    # ---- rule packs (--rules): configuration, so the drafts are not checked
    Case(
        "rules-missing",
        [*CHECK, GOOD, "--pack", "nosuch"],
        [r"nosuch: no such pack directory or file.*"],
        good=None,
    ),
    Case(
        "rules-invalid-yaml",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:1: invalid YAML: .+"],
        files={"p.yaml": b"metrics: [\n"},
        good=None,
    ),
    Case(
        "rules-metric-spec-is-a-list",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:\d+: .+"],
        files={"p.yaml": b"metrics:\n  foo: [a, b]\n"},
        good=None,
    ),
    Case(
        "rules-hedge-cues-not-a-list",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:\d+:\d+: .+"],
        files={"p.yaml": b"hedges:\n  foo:\n    interval: point\n    cues: 5\n"},
        good=None,
    ),
    Case(
        "rules-unknown-check-severity-key",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:3: .*bogus.*"],
        files={"p.yaml": b"checks:\n  bogus: error\n"},
        good=None,
    ),
    # ---- eval: gold files that are not files, directories, --json (see BAD_GOLD for gold file
    # contents)
    Case(
        "eval-gold-missing",
        ["eval", "nosuch.gold.yaml", "g.gold.yaml"],
        [r"nosuch\.gold\.yaml: no such file"],
        files=GOOD_GOLD,
        good=None,
    ),
    Case(
        "eval-dir-without-gold-files",
        ["eval", "emptydir"],
        [r"emptydir: directory holds no \.gold\.yaml files or figure sets"],
        files={"emptydir": DIR},
        good=None,
    ),
    Case(
        "eval-dir-with-only-drafts-next-to-good-gold",
        ["eval", "drafts", "g.gold.yaml"],
        [r"drafts: directory holds no \.gold\.yaml files or figure sets"],
        files={**GOOD_GOLD, "drafts/a.txt": GOLD_DRAFT},
        good=None,
    ),
    Case(
        "eval-dir-with-a-bad-gold-file",
        ["eval", "golds"],
        [r"golds/b\.gold\.yaml:8:13: unknown metric 'bogus'.*"],
        files={
            "golds/a.gold.yaml": Y(GOLD_HEAD + CLAIM + IN_SUBDIR),
            "golds/a.txt": GOLD_DRAFT,
            "golds/b.gold.yaml": Y(
                GOLD_HEAD + CLAIM.replace("metric: killed", "metric: bogus") + IN_SUBDIR
            ),
            "golds/b.txt": GOLD_DRAFT,
        },
        good=None,
    ),
    Case(
        "eval-several-bad-gold-files",
        ["eval", "a.gold.yaml", "g.gold.yaml", "c.gold.yaml", "d.gold.yaml", "e.gold.yaml"],
        [
            r"a\.gold\.yaml:5:15: invalid YAML: mapping values are not allowed here",
            r"c\.gold\.yaml:6:12: unknown hedge 'roughly'.*",
            r"c\.gold\.yaml:8:13: unknown metric 'bogus'.*",
            DRAFT_AT + r"d\.txt: no such file",
            r"e\.gold\.yaml:4:11: span '301' does not occur 1 time\(s\) in the draft",
        ],
        files={
            **GOOD_GOLD,
            **gold(GOLD_HEAD + CLAIM.replace("value: 300", "value: 300: 1"), name="a"),
            **gold(
                GOLD_HEAD
                + CLAIM.replace("hedge: about", "hedge: roughly").replace(
                    "metric: killed", "metric: bogus"
                ),
                name="c",
            ),
            **gold(GOLD_HEAD + CLAIM, draft=None, name="d"),
            **gold(GOLD_HEAD + CLAIM.replace('"300"', '"301"'), name="e"),
        },
        good=None,
    ),
    Case(
        "eval-json-with-a-bad-gold-file",
        ["eval", "g.gold.yaml", "b.gold.yaml", "--json", "out.json"],
        [r"b\.gold\.yaml:8:13: unknown metric 'bogus'.*"],
        files={**GOOD_GOLD, **gold(GOLD_HEAD + CLAIM.replace("metric: killed", "metric: bogus"))},
        good=None,
    ),
    Case(
        "eval-json-in-missing-directory",
        ["eval", "g.gold.yaml", "--json", "missing/out.json"],
        [r"missing/out\.json: cannot write the report: No such file or directory"],
        files=GOOD_GOLD,
        good=None,
    ),
    Case(
        "eval-json-under-a-file",
        ["eval", "g.gold.yaml", "--json", "g.txt/out.json"],
        [r"g\.txt/out\.json: cannot write the report: Not a directory"],
        files=GOOD_GOLD,
        good=None,
    ),
    Case(
        "eval-json-is-a-directory",
        ["eval", "g.gold.yaml", "--json", "jsondir"],
        [r"Error: Invalid value for '--json': File 'jsondir' is a directory\."],
        files={**GOOD_GOLD, "jsondir": DIR},
        good=None,
        usage=True,
    ),
    Case(
        "eval-bad-pack",
        ["eval", "g.gold.yaml", "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={**GOOD_GOLD, "p.yaml": b"text:\n  vague:\n    dozens of: [99, 24]\n"},
        good=None,
    ),
    # ---- rule packs: text vague, metric units and wholes, group sources, cue lists
    Case(
        "rules-vague-three-items",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: [1, 2, 3]\n"},
        good=None,
    ),
    Case(
        "rules-vague-one-item",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: [24]\n"},
        good=None,
    ),
    Case(
        "rules-vague-low-above-high",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: [99, 24]\n"},
        good=None,
    ),
    Case(
        "rules-vague-negative",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: [-1, 24]\n"},
        good=None,
    ),
    Case(
        "rules-vague-a-string",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: lots\n"},
        good=None,
    ),
    Case(
        "rules-vague-string-bounds",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: ['24', '99']\n"},
        good=None,
    ),
    Case(
        "rules-vague-bool-bound",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: [true, 99]\n"},
        good=None,
    ),
    Case(
        "rules-vague-a-mapping",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:16: " + VAGUE_BAD],
        files={"p.yaml": b"text:\n  vague:\n    dozens of: {low: 24, high: 99}\n"},
        good=None,
    ),
    Case(
        "rules-vague-not-a-mapping",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:10: text vague: expected a mapping of phrase to \[low, high\] or null"],
        files={"p.yaml": b"text:\n  vague: 5\n"},
        good=None,
    ),
    Case(
        "rules-metric-whole-unknown",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:5: metric x: 'whole' names unknown metric 'nosuch'"],
        files={"p.yaml": b"metrics:\n  x:\n    cues: [xs]\n    whole: nosuch\n"},
        good=None,
    ),
    Case(
        "rules-metric-units-a-number",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:4:12: metric x units must be a list of strings"],
        files={"p.yaml": b"metrics:\n  x:\n    cues: [xs]\n    units: 3\n"},
        good=None,
    ),
    Case(
        "rules-metric-cue-a-bare-on",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:17: metric x weak holds true where a word was meant: .*in quotes .*"],
        files={"p.yaml": b"metrics:\n  x:\n    weak: [won, on]\n    cues: [xs]\n"},
        good=None,
    ),
    Case(
        "rules-source-includes-unknown",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:5: source x: includes unknown source 'nosuch'"],
        files={"p.yaml": b"sources:\n  x:\n    aliases: [Xs]\n    includes: [nosuch]\n"},
        good=None,
    ),
    Case(
        "rules-not-figures-a-number",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:16: .*not_figures.*"],
        files={"p.yaml": b"text:\n  not_figures: 3\n"},
        good=None,
    ),
    Case(
        "rules-retroactive-after-a-mapping",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:22: .*retroactive_after.*"],
        files={"p.yaml": b"attribution:\n  retroactive_after: {a: b}\n"},
        good=None,
    ),
    # ---- found while writing these tests: other cue lists and settings are not validated either
    Case(
        "rules-not-figures-a-string",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:16: .*not_figures.*"],
        files={"p.yaml": b"text:\n  not_figures: the two leaders\n"},
        good=None,
    ),
    Case(
        "rules-retroactive-after-a-number",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:22: .*retroactive_after.*"],
        files={"p.yaml": b"attribution:\n  retroactive_after: 3\n"},
        good=None,
    ),
    Case(
        "rules-carry-window-not-a-number",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:17: .*carry_window.*"],
        files={"p.yaml": b"limits:\n  carry_window: lots\n"},
        good=None,
    ),
    Case(
        "rules-abbreviations-a-number",
        [*CHECK, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:18: .*abbreviations.*"],
        files={"p.yaml": b"text:\n  abbreviations: 3\n"},
        good=None,
    ),
]

for gid, files, errors, bug in BAD_GOLD:
    CASES.append(Case(gid, ["eval", "b.gold.yaml"], errors, files=files, good=None, bug=bug))
    CASES.append(
        Case(
            gid + "-next-to-good-gold",
            ["eval", "g.gold.yaml", "b.gold.yaml"],
            errors,
            files={**GOOD_GOLD, **files},
            good=None,
            bug=bug,
        )
    )

for rid, name, content, errors, bug in BAD_REFS:
    CASES.append(Case(rid, [*CHECK, GOOD, "--refs", name], errors, files={name: content}, bug=bug))
    CASES.append(
        Case(
            "validate-" + rid,
            ["refs", "validate", name, REFS, *PACKS],
            errors,
            files={name: content},
            good="ok",
            bug=bug,
        )
    )

_USAGE_BOILERPLATE = re.compile(r"^(Usage: .+|Try '.+ --help' for help\.)$")


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_bad_input(case: Case, tmp_path: Path):
    setup_dir(tmp_path, case.files)
    before = snapshot(tmp_path)
    run = invoke(case.args, tmp_path)

    # never a traceback
    assert not run.crash, f"exception escaped the CLI:\n{run.crash}"
    assert "Traceback" not in run.combined
    assert "internal error" not in run.combined
    assert run.exit_code == case.code, run.combined

    # exactly the expected error lines, each naming the file (and position) and what is wrong
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if case.usage:
        lines = [line for line in lines if not _USAGE_BOILERPLATE.match(line)]
    assert len(lines) == len(case.errors), (
        f"expected {len(case.errors)} error line(s), got:\n{run.stderr}"
    )
    for line, pattern in zip(lines, case.errors, strict=True):
        assert re.fullmatch(pattern, line), f"{line!r} does not match {pattern!r}"
    if case.args[:2] == ["refs", "validate"]:
        for line in lines:
            name = case.args[2]
            assert re.match(re.escape(name) + r"(:\d+:\d+)?: \S", line), line
    for word in case.mentions:
        assert word in run.stderr, f"{word!r} missing from {run.stderr!r}"

    # the other files are still checked and reported
    if case.good == "ok":
        assert re.search(rf"^{re.escape(REFS)}: ok, [1-9]\d* facts$", run.stdout, re.M), run.stdout
    elif case.good == "extract":
        claims = {json.dumps(c, sort_keys=True) for c in json.loads(run.stdout)["claims"]}
        assert set(baseline("extract")) <= claims
    elif case.good is not None:
        missing = set(baseline(case.good)) - set(run.stdout.splitlines())
        assert not missing, (
            f"good draft findings missing from stdout: {missing}\nstdout:\n{run.stdout}"
        )

    # nothing on disk changed: no draft or reference modified, no file left behind
    assert snapshot(tmp_path) == before


def test_refs_validate_seed_reference_set_is_clean():
    run = invoke(["refs", "validate", str(SEEDS / "reference.yaml")], ROOT)
    assert not run.crash and run.exit_code == 0, run.combined
    assert not run.stderr
    assert re.fullmatch(r".*reference\.yaml: ok, [1-9]\d* facts\n", run.stdout)


@pytest.mark.parametrize("key", ["as_of", "period"])
@pytest.mark.parametrize(
    "label",
    [
        "2024-09-01/2024-11-30",
        "2024-09/2024-11",
        "2024/2025",
        "2024-10/2024",
        "2024-09-01 / 2024-11-30",
        "2025-01-27/2025-01-27",
    ],
)
def test_refs_start_end_labels_are_accepted(key: str, label: str, tmp_path: Path):
    """The good START/END forms, so that the bad ones in BAD_REFS are rejected for what is wrong
    with them."""
    (tmp_path / "r.yaml").write_bytes(Y(HEAD + FACT + f"    {key}: {label}\n"))
    setup_dir(tmp_path, {})
    run = invoke(["refs", "validate", "r.yaml", *PACKS], tmp_path)
    assert not run.crash and run.exit_code == 0 and not run.stderr, run.combined
    assert run.stdout == "r.yaml: ok, 1 fact\n"


# ------------------------------------------------------------------------------------- real process


@pytest.mark.parametrize(
    "files, args, expected",
    [
        pytest.param(
            {"bad.txt": b"x\n\xc0"},
            [*CHECK, "bad.txt", GOOD],
            r"bad\.txt:2:1: not valid UTF-8 \(byte 0xc0\)",
            id="not-utf8",
        ),
        pytest.param(
            {"r.yaml": Y(HEAD + FACT + "    as_of: 2025-02-30\n")},
            [*CHECK, GOOD, "--refs", "r.yaml"],
            r"r\.yaml:7:12: .*2025-02-30.*",
            id="as-of-impossible-day",
        ),
    ],
)
def test_real_process(files, args, expected, tmp_path: Path):
    """The same contract through a real `python -m checker` process: real stderr, real exit code."""
    setup_dir(tmp_path, files)
    before = snapshot(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "NUMCHECK_DEBUG"}
    proc = subprocess.run(
        [sys.executable, "-m", "checker", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    assert proc.returncode == 2, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and re.fullmatch(expected, lines[0]), proc.stderr
    assert set(baseline("plain")) <= set(proc.stdout.splitlines())
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------------------- properties

_FUZZ_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Words that reach the interesting stages (numbers, hedges, metrics, sources, dates, suppressions).
_TOKENS = [
    "300",
    "1,000",
    "2.700",
    "12000",
    "10,000-12,000",
    "between",
    "and",
    "about",
    "more than",
    "up to",
    "killed",
    "wounded",
    "deployed",
    "casualties",
    "troops",
    "North Korean",
    "NIS",
    "Zelensky",
    "said",
    "according to",
    "last year",
    "in January",
    "date: 2025-02-27",
    "date: 2025-13-45",
    "½",
    "1e999",
    "٣٠٠",
    "%",
    "$",
    "million",
    "—",
    "–",
    ".",
    ",",
    "\n",
    "\r",
    "\r\n",
    "\ufeff",
    "<!-- numcheck: ignore -->",
    "<!-- numcheck: off bogus -->",
    "<!-- numcheck: on -->",
    "“",
    "”",
    "\u200b",
]
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=5)), max_size=60).map(" ".join),
)


def _check_one(tmp: Path, data: bytes) -> None:
    draft = tmp / "fuzz.txt"
    draft.write_bytes(data)
    run = invoke([*CHECK, "fuzz.txt", GOOD, "--refs", REFS], tmp)
    assert not run.crash, f"exception escaped the CLI:\n{run.crash}"
    assert "Traceback" not in run.combined and "internal error" not in run.combined, run.combined
    assert run.exit_code in (0, 1, 2), run.combined
    for line in run.stderr.splitlines():
        if line.strip():
            assert line.startswith("fuzz.txt"), (
                line
            )  # every problem names the fuzzed file, never the good one
    assert set(baseline("refs")) <= set(run.stdout.splitlines())
    assert draft.read_bytes() == data


@_FUZZ_SETTINGS
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_never_traceback(data: bytes, tmp_path: Path):
    setup_dir(tmp_path, {})
    _check_one(tmp_path, data)


@_FUZZ_SETTINGS
@given(text=_TEXT)
def test_arbitrary_text_never_traceback(text: str, tmp_path: Path):
    setup_dir(tmp_path, {})
    _check_one(tmp_path, text.encode("utf-8", errors="surrogatepass"))
