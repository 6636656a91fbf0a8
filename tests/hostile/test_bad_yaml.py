"""Class 7: bad YAML of every kind, in reference sets, packs, the project config (.numcheck.yaml),
Markdown front matter and gold files: tabs, duplicate keys, wrong types at every level, a list
where a mapping is expected, huge integers, NaN, dates and other non-strings as keys, anchors
that refer to themselves, several documents, and tags that ask for Python objects.

Each is one line `FILE:LINE:COL: what is wrong` (exit 2) at the place of the problem; a bad
reference set leaves the draft checked without it, a bad front matter leaves the other drafts
checked, a bad pack or config stops the run (nothing can be read without them). A few valid
but unusual documents (merge keys, an empty config) must not be errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import inputs
from tests.hostile.helpers import (
    CHECK_PLAIN,
    CHECK_REFS,
    GOOD,
    PACKS,
    REFS,
    Case,
    Y,
    check_case,
)

HEAD = inputs.HEAD  # line 1 subject, line 2 facts:
FACT = inputs.FACT  # lines 3-6: id (col 9), metric (13), value (12), source (13)
CONFIG = r"(.*/)?\.numcheck\.yaml"
MD_BODY = "The NIS said 300 North Korean soldiers were killed.\n"


def refs(case_id: str, text: str, errors: list[str], bug: str | None = None) -> list[Case]:
    """A bad reference set, twice: with a draft (checked without it) and in refs validate next
    to the good set."""
    files = {"r.yaml": Y(text)}
    return [
        Case(
            f"refs-{case_id}",
            [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
            errors,
            files=files,
            good="plain",
        ),  # fmt: skip
        Case(
            f"validate-{case_id}",
            ["refs", "validate", "r.yaml", REFS, *PACKS],
            errors,
            files=files,
            good="ok",
        ),  # fmt: skip
    ]


def pack(case_id: str, text: str, errors: list[str], bug: str | None = None) -> Case:
    return Case(
        f"pack-{case_id}",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        errors,
        files={"p.yaml": Y(text)},
        good=None,
    )


def config(case_id: str, text: str, errors: list[str], bug: str | None = None, **kw) -> Case:
    kw.setdefault("good", None)
    return Case(
        f"config-{case_id}",
        [*CHECK_REFS, GOOD],
        errors,
        files={".numcheck.yaml": Y(text)},
        **kw,
    )


def front(case_id: str, yaml_text: str, errors: list[str], bug: str | None = None) -> Case:
    """Front matter starts at line 2 of the draft (line 1 is ---)."""
    return Case(
        f"front-matter-{case_id}",
        [*CHECK_REFS, "a.md", GOOD],
        errors,
        files={"a.md": Y("---\n" + yaml_text + "---\n" + MD_BODY)},
    )


CASES: list[Case] = []

# ------------------------------------------------------------------------------ reference sets
CASES += refs("tab-indentation", HEAD + "\t- id: a\n", [r"r\.yaml:3:1: invalid YAML: .*"])
CASES += refs(
    "tab-inside-a-fact",
    HEAD + "  - id: a\n\tmetric: killed\n",
    [r"r\.yaml:4:1: invalid YAML: .*"],
)
CASES += refs(
    "duplicate-top-level-key", HEAD + FACT + "facts: []\n", [r"r\.yaml:7:1: duplicate key 'facts'"]
)
CASES += refs(
    "duplicate-key-in-a-source",
    "subject: north-korean-troops\nsources:\n  X:\n    aliases: [x]\n    aliases: [y]\n"
    "facts:\n" + FACT,
    [r"r\.yaml:5:5: duplicate key 'aliases'"],
)
CASES += refs(
    "facts-a-mapping",
    "subject: north-korean-troops\nfacts:\n  a: 1\n",
    [r"r\.yaml:3:3: 'facts' must be a list"],
)
CASES += refs(
    "facts-a-string", "subject: north-korean-troops\nfacts: none\n", [r"r\.yaml:2:8: .*facts.*"]
)
CASES += refs(
    "a-fact-that-is-a-list", HEAD + "  - [id, a]\n", [r"r\.yaml:3:5: a fact must be a mapping.*"]
)
CASES += refs(
    "a-fact-that-is-a-number", HEAD + "  - 300\n", [r"r\.yaml:3:5: a fact must be a mapping.*"]
)
CASES += refs(
    "sources-a-list",
    "subject: north-korean-troops\nsources: [NIS, JCS]\nfacts:\n" + FACT,
    [r"r\.yaml:2:10: 'sources' must be a mapping.*"],
)
CASES += refs(
    "a-source-that-is-a-string",
    "subject: north-korean-troops\nsources:\n  X: the x agency\nfacts:\n" + FACT,
    [r"r\.yaml:3:6: .*"],
)
CASES += refs(
    "aliases-a-mapping",
    "subject: north-korean-troops\nsources:\n  X:\n    aliases: {a: b}\nfacts:\n" + FACT,
    [r"r\.yaml:4:14: .*aliases.*"],
)
CASES += refs(
    "packs-a-mapping",
    "subject: north-korean-troops\npacks: {a: b}\nfacts:\n" + FACT,
    [r"r\.yaml:2:8: .*packs.*"],
)
CASES += refs(
    "packs-a-nested-list",
    "subject: north-korean-troops\npacks: [[armed-conflict]]\nfacts:\n" + FACT,
    [r"r\.yaml:2:(8|9): .*packs.*"],
)
CASES += refs(
    "subject-a-number",
    "subject: 5\nfacts:\n" + FACT,
    [r"r\.yaml:1:10: unknown subject 5 .*"],
)
CASES += refs(
    "value-true",
    HEAD + FACT.replace("value: 1", "value: true"),
    [r"r\.yaml:5:12: value must be a non-negative number, got True"],
)
CASES += refs(
    "value-infinite",
    HEAD + FACT.replace("value: 1", "value: .inf"),
    [r"r\.yaml:5:12: value must be a non-negative number, got inf"],
)
CASES += refs(
    "value-float-overflow",
    HEAD + FACT.replace("value: 1", "value: 1e400"),
    [r"r\.yaml:5:12: value must be a non-negative number, got '1e400'"],
)
CASES += refs(
    "value-400-digits",
    HEAD + FACT.replace("value: 1", "value: 1" + "0" * 400),
    [r"r\.yaml:5:12: value must be a non-negative number, got .*"],
)
CASES += refs(
    "value-5000-digits",
    HEAD + FACT.replace("value: 1", "value: 1" + "0" * 5000),
    [r"r\.yaml:5:12: .*"],
)
CASES += refs(
    "range-nan",
    HEAD + FACT.replace("value: 1", "range: [.nan, 1]"),
    [r"r\.yaml:5:12: range must be \[low, high\] .*"],
)
CASES += refs(
    "range-a-string",
    HEAD + FACT.replace("value: 1", 'range: "1-2"'),
    [r"r\.yaml:5:12: range must be \[low, high\] .*"],
)
CASES += refs(
    "range-a-mapping",
    HEAD + FACT.replace("value: 1", "range: {low: 1, high: 2}"),
    [r"r\.yaml:5:12: range must be \[low, high\] .*"],
)
CASES += refs("id-a-list", HEAD + FACT.replace("id: a", "id: [a]"), [r"r\.yaml:3:(5|9): .*id.*"])
CASES += refs(
    "cited-by-a-mapping",
    HEAD + FACT + "    cited_by: {a: 1}\n",
    [r"r\.yaml:7:15: cited_by must be a list of source ids or outlet names"],
)
CASES += refs("url-a-list", HEAD + FACT + "    url: [x]\n", [r"r\.yaml:7:10: .*url.*"])
CASES += refs("unit-a-number", HEAD + FACT + "    unit: 5\n", [r"r\.yaml:7:11: unit must be .*"])
CASES += refs(
    "event-empty", HEAD + FACT + '    event: ""\n', [r"r\.yaml:7:12: .*event.* must not be empty"]
)
CASES += refs(
    "as-of-a-list", HEAD + FACT + "    as_of: [2025]\n", [r"r\.yaml:7:12: bad as_of \[2025\]: .*"]
)
CASES += refs(
    "a-date-as-top-level-key",
    HEAD + FACT + "2025-01-01: new\n",
    [r"r\.yaml:7:1: unknown key .*2025.*"],
)
CASES += refs(
    "a-date-as-source-id",
    "subject: north-korean-troops\nsources:\n  2025-01-01: {aliases: [x]}\nfacts:\n" + FACT,
    [r"r\.yaml:3:3: .*"],
)
CASES += refs("a-null-top-level-key", HEAD + FACT + "~: x\n", [r"r\.yaml:7:1: unknown key None .*"])
CASES += refs(
    "a-complex-key",
    HEAD + FACT + "? [a, b]\n: 1\n",
    [r"r\.yaml:7:3: a mapping key must be a plain value"],
)
CASES += refs(
    "a-mapping-that-contains-itself",
    "subject: north-korean-troops\nx: &x {a: *x}\nfacts:\n" + FACT,
    [r"r\.yaml:\d+:\d+: .*"],
)
CASES += refs(
    "two-documents",
    HEAD + FACT + "---\n" + HEAD + FACT,
    [r"r\.yaml:7:1: invalid YAML: .*(single|another) document.*"],
)
CASES += refs(
    "a-python-object-tag",
    HEAD + FACT.replace("value: 1", "value: !!python/object/apply:os.getcwd []"),
    [r"r\.yaml:5:12: .*"],
)
CASES += refs(
    "a-binary-tag-as-id",
    HEAD + FACT.replace("id: a", "id: !!binary aGVsbG8="),
    [r"r\.yaml:3:9: .*"],
)
CASES += refs(
    "a-custom-tag",
    HEAD + FACT.replace("metric: killed", "metric: !metric killed"),
    [r"r\.yaml:4:13: .*(tag|constructor).*"],
)
CASES += refs(
    "a-scalar-document",
    "just some words\n",
    [r"r\.yaml:1:1: a reference set must be a mapping with 'facts:'"],
)
CASES += refs(
    "only-a-document-marker", "---\n", [r"r\.yaml:1:1: empty reference set: expected 'facts:'"]
)

# valid YAML that is not an error
CASES.append(
    Case(
        "validate-merge-key-in-a-fact",
        ["refs", "validate", "r.yaml", *PACKS],
        [],
        files={
            "r.yaml": Y(
                HEAD + "  - &base\n    id: a\n    metric: killed\n    value: 1\n"
                "    source: NIS\n  - <<: *base\n    id: b\n    value: 2\n"
            )
        },  # fmt: skip
        code=0,
        good=None,
        stdout=[r"^r\.yaml: ok, 2 facts$"],
    )
)

# ------------------------------------------------------------------------------------- packs
CASES += [
    pack("tab-indentation", "metrics:\n\tkilled:\n", [r"p\.yaml:2:1: invalid YAML: .*"]),
    pack(
        "duplicate-section",
        "metrics:\n  killed:\n    cues: [toll]\nmetrics:\n  wounded:\n    cues: [hurt]\n",
        [r"p\.yaml:4:1: duplicate key 'metrics'"],
    ),
    pack(
        "duplicate-metric",
        "metrics:\n  killed:\n    cues: [toll]\n  killed:\n    cues: [dead]\n",
        [r"p\.yaml:4:3: duplicate key 'killed'"],
    ),
    pack("metrics-a-list", "metrics: [killed]\n", [r"p\.yaml:1:10: 'metrics' must be a mapping"]),
    pack("a-metric-that-is-a-number", "metrics:\n  killed: 5\n", [r"p\.yaml:2:11: .*"]),
    pack(
        "cues-a-nested-list",
        "metrics:\n  killed:\n    cues: [[toll]]\n",
        [r"p\.yaml:3:(11|12): .*cues.*"],
    ),
    pack(
        "cues-a-mapping",
        "metrics:\n  killed:\n    cues: {a: b}\n",
        [r"p\.yaml:3:11: .*cues.*"],
    ),
    pack(
        "hedge-interval-unknown",
        "hedges:\n  roughly:\n    interval: sideways\n    cues: [roughly]\n",
        [r"p\.yaml:3:15: .*interval.*"],
    ),
    pack(
        "check-severity-unknown",
        "checks:\n  stale: maybe\n",
        [r"p\.yaml:2:10: check stale: severity must be one of error, warning, info, off"],
    ),
    pack(
        "check-severity-a-list",
        "checks:\n  stale: [off]\n",
        [r"p\.yaml:2:10: check stale: severity must be one of error, warning, info, off"],
    ),
    pack("checks-a-list", "checks: [stale]\n", [r"p\.yaml:1:9: 'checks' must be a mapping"]),
    pack("derived-a-number", "derived:\n  casualties: 5\n", [r"p\.yaml:2:15: .*"]),
    pack(
        "two-documents",
        "metrics:\n  killed:\n    cues: [toll]\n---\nmetrics: {}\n",
        [r"p\.yaml:4:1: invalid YAML: .*(single|another) document.*"],
    ),
    pack("a-list", "- metrics\n", [r"p\.yaml:1:1: a pack file must be a mapping of sections"]),
    pack("a-scalar", "metrics\n", [r"p\.yaml:1:1: a pack file must be a mapping of sections"]),
    pack(
        "a-date-as-metric-id",
        "metrics:\n  2025-01-01:\n    cues: [toll]\n",
        [r"p\.yaml:2:3: .*"],
    ),
    pack(
        "unknown-section", "metricz:\n  killed: {}\n", [r"p\.yaml:1:1: unknown section 'metricz'.*"]
    ),
    pack("limits-a-list", "limits: [1, 2]\n", [r"p\.yaml:1:9: .*limits.*"]),
    pack(
        "a-python-object-tag",
        "metrics:\n  killed:\n    cues: !!python/object/apply:os.getcwd []\n",
        [r"p\.yaml:3:11: .*(constructor|tag).*"],
    ),
    pack(
        "an-alias-to-its-own-mapping",
        "metrics: &m\n  killed:\n    cues: *m\n",
        [r"p\.yaml:\d+:\d+: .*"],
    ),
    pack(
        "a-huge-number-word",
        "limits:\n  long_digit_run: 1" + "0" * 5000 + "\n",
        [r"p\.yaml:2:19: .*"],
    ),
]

# ---------------------------------------------------------------------- the project's settings
CASES += [
    config("tab-indentation", "checks:\n\tstale: off\n", [CONFIG + r":2:1: invalid YAML: .*"]),
    config(
        "duplicate-key",
        "fail-on: error\nfail-on: warning\n",
        [CONFIG + r":2:1: duplicate key 'fail-on'"],
    ),
    config("refs-a-number", "refs: 5\n", [CONFIG + r":1:7: refs: expected a list of strings"]),
    config(
        "refs-a-mapping", "refs: {a: b}\n", [CONFIG + r":1:7: refs: expected a list of strings"]
    ),
    config("fail-on-unknown", "fail-on: bogus\n", [CONFIG + r":1:10: fail-on: expected one of .*"]),
    config(
        "fail-on-a-list", "fail-on: [error]\n", [CONFIG + r":1:10: fail-on: expected one of .*"]
    ),
    config("format-unknown", "format: bogus\n", [CONFIG + r":1:9: format: expected one of .*"]),
    config("checks-a-list", "checks: [stale]\n", [CONFIG + r":1:9: checks: expected a mapping.*"]),
    config(
        "check-severity-unknown",
        "checks: {stale: maybe}\n",
        [CONFIG + r":1:9: checks: stale: expected one of .*"],
    ),
    config(
        "check-unknown",
        "checks: {bogus: off}\n",
        [CONFIG + r":1:9: checks: unknown check 'bogus'.*"],
    ),
    config("exclude-numbers", "exclude: [5]\n", [CONFIG + r":1:10: exclude: expected a list.*"]),
    config("per-path-a-mapping", "per-path: {paths: x}\n", [CONFIG + r":1:11: per-path: .*"]),
    config(
        "per-path-paths-a-number",
        "per-path:\n  - paths: 5\n",
        [CONFIG + r":2:(3|5): per-path: expected a list of strings"],
    ),
    config(
        "per-path-unknown-key",
        "per-path:\n  - paths: [x]\n    bogus: 1\n",
        [CONFIG + r":(2:3|3:5): per-path: .*"],
    ),  # fmt: skip
    config("date-impossible", "date: 2025-13-01\n", [CONFIG + r":1:7: .*2025-13-01.*"]),
    config("date-words", "date: yesterday\n", [CONFIG + r":1:7: date: expected a date .*"]),
    config("date-a-huge-number", "date: 99999999999999999999\n", [CONFIG + r":1:7: date: .*"]),
    config("date-from-unknown", "date-from: later\n", [CONFIG + r":1:12: date-from: .*"]),
    config(
        "baseline-a-list", "baseline: [x]\n", [CONFIG + r":1:11: baseline: expected a file name"]
    ),
    config(
        "two-documents",
        "fail-on: error\n---\nfail-on: never\n",
        [CONFIG + r":2:1: invalid YAML: .*(single|another) document.*"],
    ),
    config("a-list", "- fail-on\n", [CONFIG + r":1:1: expected a mapping of settings"]),
    config("unknown-key", "fial-on: error\n", [CONFIG + r":1:(1|10): unknown setting 'fial-on'.*"]),
    config(
        "a-python-object-tag",
        "refs: !!python/object/apply:os.getcwd []\n",
        [CONFIG + r":1:7: .*(constructor|tag).*"],
    ),
    config(
        "refs-missing-file",
        "refs: [nosuch.yaml]\n",
        [r"(.*/)?nosuch\.yaml: no such file"],
        good="plain",
    ),
    config("empty-file-is-the-defaults", "", [], code=0, good="refs"),
    config("only-comments-is-the-defaults", "# nothing yet\n", [], code=0, good="refs"),
]
# config cases run with --refs on the command line; "refs-missing-file" needs the draft checked
# without the config's reference set:
CASES[-3].args = [*CHECK_PLAIN, GOOD]

# ---------------------------------------------------------------------------- front matter
CASES += [
    front("tab-indentation", "numcheck:\n\tchecks: {}\n", [r"a\.md:3:1: invalid YAML: .*"]),
    front(
        "duplicate-key",
        "date: 2025-02-27\ndate: 2025-02-28\n",
        [r"a\.md:3:1: duplicate key 'date'"],
    ),
    front("date-impossible-month", "date: 2025-13-01\n", [r"a\.md:2:7: .*2025-13-01.*"]),
    front("date-impossible-day", "date: 2025-02-30\n", [r"a\.md:2:7: .*2025-02-30.*"]),
    front(
        "date-a-list", "date: [2025]\n", [r"a\.md:2:7: front matter: date: expected YYYY-MM-DD.*"]
    ),
    front("date-words", "date: yesterday\n", [r"a\.md:2:7: front matter: date: expected .*"]),
    front(
        "date-huge-number", "date: 99999999999999999999\n", [r"a\.md:2:7: front matter: date: .*"]
    ),
    front("date-impossible-time", "date: 2025-02-27T25:00:00\n", [r"a\.md:2:7: .*"]),
    front(
        "numcheck-a-number",
        "numcheck: 5\n",
        [r"a\.md:2:11: front matter: numcheck: expected a mapping.*"],
    ),
    front(
        "numcheck-checks-unknown-severity",
        "numcheck:\n  checks: {stale: maybe}\n",
        [r"a\.md:3:11: front matter: numcheck: checks: stale: expected one of .*"],
    ),
    front(
        "numcheck-checks-a-list",
        "numcheck:\n  checks: [stale]\n",
        [r"a\.md:3:11: front matter: numcheck: checks: expected a mapping.*"],
    ),
    front(
        "numcheck-unknown-setting",
        "numcheck:\n  bogus: 1\n",
        [r"a\.md:3:10: front matter: numcheck: unknown setting 'bogus'.*"],
    ),
    front(
        "numcheck-unknown-check",
        "numcheck:\n  checks: {bogus: off}\n",
        [r"a\.md:3:11: front matter: numcheck: checks: unknown check 'bogus'.*"],
    ),
    front("slug-a-list", "slug: [a, b]\n", [r"a\.md:2:7: front matter: slug: expected text"]),
    front(
        "a-list", "- a\n- b\n", [r"a\.md:2:1: front matter: expected a mapping of keys to values"]
    ),
    front(
        "a-scalar",
        "just words\n",
        [r"a\.md:2:1: front matter: expected a mapping of keys to values"],
    ),
    front(
        "a-python-object-tag",
        "title: !!python/object/apply:os.getcwd []\n",
        [r"a\.md:2:8: .*(constructor|tag).*"],
    ),
    front("an-alias-to-itself", "x: &x [*x]\n", [r"a\.md:\d+:\d+: .*"]),
    Case(
        "front-matter-unterminated-is-text",
        [*CHECK_REFS, "--fail-on", "never", "a.md", GOOD],
        [],
        files={"a.md": Y("---\ntitle: x\n" + MD_BODY)},
        code=0,
    ),
    Case(
        "front-matter-in-a-text-draft-too",
        [*CHECK_REFS, "a.txt", GOOD],
        [r"a\.txt:2:7: .*2025-13-01.*"],
        files={"a.txt": Y("---\ndate: 2025-13-01\n---\n" + MD_BODY)},
    ),
]

# ------------------------------------------------------------------------------ gold files
GOLD = (
    "date: 2025-02-27\nsubject: north-korean-troops\nclaims:\n"
    '  - span: "300"\n    value: 300\n    hedge: about\n    unit: count\n    metric: killed\n'
    "    subject: north-korean-troops\n    source: NIS\n    as_of: 2025-01\n"
    "refs: reference.yaml\n"
)
GOLD_DRAFT = Y(
    "date: 2025-02-27\n"
    "South Korea's NIS said about 300 North Korean soldiers were killed in January.\n"
)


def gold(case_id: str, text: str, errors: list[str]) -> Case:
    return Case(
        f"gold-{case_id}",
        ["eval", "b.gold.yaml"],
        errors,
        files={"b.gold.yaml": Y(text), "b.txt": GOLD_DRAFT},
        good=None,
    )


CASES += [
    gold(
        "tab-indentation",
        GOLD.replace("    value: 300", "\tvalue: 300"),
        [r"b\.gold\.yaml:5:1: invalid YAML: .*"],
    ),
    gold(
        "two-documents",
        GOLD + "---\n" + GOLD,
        [r"b\.gold\.yaml:13:1: invalid YAML: .*(single|another) document.*"],
    ),
    gold(
        "a-python-object-tag",
        GOLD.replace("value: 300", "value: !!python/object/apply:os.getcwd []"),
        [r"b\.gold\.yaml:(4:5|5:12): .*"],
    ),
    gold(
        "claims-a-mapping",
        "date: 2025-02-27\nsubject: north-korean-troops\nclaims:\n  span: x\n"
        "refs: reference.yaml\n",
        [r"b\.gold\.yaml:4:3: .*claims.*"],
    ),
    gold(
        "value-5000-digits",
        GOLD.replace("value: 300", "value: 3" + "0" * 5000),
        [r"b\.gold\.yaml:(4:5|5:12): .*"],
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_bad_yaml(case: Case, tmp_path: Path, request):
    check_case(case, tmp_path, request)
