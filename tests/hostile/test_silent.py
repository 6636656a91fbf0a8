"""Class 5: silent loss and false errors.

A figure written with a no-break, thin or zero-width character inside is still that figure; a NUL
byte anywhere makes a file binary; a malformed suppression comment is reported at its place
rather than silently hiding nothing; pack limits that are not finite numbers, empty names and
empty aliases are refused; and a reference set with an impossible date and other problems gets
every problem reported, not just the date.
"""

from __future__ import annotations

import json
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
    comment_reported,
)

HEAD, FACT = inputs.HEAD, inputs.FACT
EXTRACT = ["extract", "--format", "json", "--refs", REFS]
NEVER = ["--fail-on", "never"]


def claim_at(name: str, line: int, column: int, value: float, text: str | None = None):
    """post(): the claims of `name` include one at line:column whose value is `value`."""

    def post(root: Path, run) -> None:
        claims = [c for c in json.loads(run.stdout)["claims"] if c["path"] == name]
        at = [c for c in claims if (c["line"], c["column"]) == (line, column)]
        assert at, (
            f"no claim at {line}:{column}: {[(c['line'], c['column'], c['text']) for c in claims]}"
        )
        claim = at[0]
        assert claim.get("value") == value, claim
        if text is not None:
            assert claim["text"] == text, claim

    return post


def figure(sep: str, *, before: str = "The NIS said ", after: str = " soldiers were killed.\n"):
    return Y(before + sep + after)


SPACES = {
    "no-break-space-U+00A0": "4\u00a0000",
    "thin-space-U+2009": "4\u2009000",
    "narrow-no-break-space-U+202F": "4\u202f000",
    "zero-width-space-after-comma": "4,\u200b000",
    "zero-width-space-before-comma": "4\u200b,000",
    "zero-width-space-between-digits": "4,0\u200b00",
    "soft-hyphen-after-comma": "4,\u00ad000",
    "soft-hyphen-between-digits": "4\u00ad000",
    "word-joiner-after-comma": "4,\u2060000",
    "zero-width-no-break-space-after-comma": "4,\ufeff000",
    "two-no-break-spaces-in-a-million": "4\u00a0000\u00a0000",
}

CASES = [
    Case(
        f"figure-with-{kind}",
        [*EXTRACT, "f.txt", GOOD],
        [],
        files={"f.txt": figure(written)},
        code=0,
        good="extract",
        post=claim_at("f.txt", 1, 14, 4_000_000 if written.count("000") == 2 else 4000, written),
    )
    for kind, written in SPACES.items()
]

CASES += [
    Case(
        "html-entity-nbsp",
        [*EXTRACT, "f.html", GOOD],
        [],
        files={
            "f.html": Y("<html><body><p>The NIS said 4&nbsp;000 were killed.</p></body></html>")
        },
        code=0,
        good="extract",
        post=claim_at("f.html", 1, 29, 4000),
    ),
    Case(
        "html-entity-thinsp",
        [*EXTRACT, "f.html", GOOD],
        [],
        files={
            "f.html": Y("<html><body><p>The NIS said 4&thinsp;000 were killed.</p></body></html>")
        },
        code=0,
        good="extract",
        post=claim_at("f.html", 1, 29, 4000),
    ),
    Case(
        "html-numeric-narrow-nbsp",
        [*EXTRACT, "f.html", GOOD],
        [],
        files={
            "f.html": Y("<html><body><p>The NIS said 4&#8239;000 were killed.</p></body></html>")
        },
        code=0,
        good="extract",
        post=claim_at("f.html", 1, 29, 4000),
    ),
    Case(
        "html-zero-width-space-entity",
        [*EXTRACT, "f.html", GOOD],
        [],
        files={
            "f.html": Y("<html><body><p>The NIS said 4,&#8203;000 were killed.</p></body></html>")
        },
        code=0,
        good="extract",
        post=claim_at("f.html", 1, 29, 4000),
    ),
    Case(
        "docx-no-break-space",
        [*EXTRACT, "f.docx", GOOD],
        [],
        files={
            "f.docx": inputs.docx(inputs.docx_paragraphs("The NIS said 4\u00a0000 were killed."))
        },
        code=0,
        good="extract",
        post=claim_at("f.docx", 1, 14, 4000),
    ),
    # ---- NUL bytes beyond the first 8 KB
    Case(
        "nul-after-8-KB-of-text",
        [*CHECK_REFS, "n.txt", GOOD],
        [r"n\.txt: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"n.txt": b"The NIS said 300 were killed.\n" * 400 + b"\x00tail\n"},
    ),
    Case(
        "nul-as-the-last-byte",
        [*CHECK_REFS, "n.txt", GOOD],
        [r"n\.txt: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"n.txt": b"The NIS said 300 were killed.\n" * 400 + b"\x00"},
    ),
    Case(
        "nul-at-byte-8192",
        [*CHECK_REFS, "n.txt", GOOD],
        [r"n\.txt: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"n.txt": b"x" * 8192 + b"\x00" + b" The NIS said 300 were killed.\n"},
    ),
    Case(
        "nul-after-8-KB-of-markdown",
        [*CHECK_REFS, "n.md", GOOD],
        [r"n\.md: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"n.md": b"# Title\n\n" + b"The NIS said 300 were killed.\n" * 400 + b"\x00\n"},
    ),
    Case(
        "nul-after-8-KB-of-html",
        [*CHECK_REFS, "n.html", GOOD],
        [r"n\.html: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"n.html": b"<p>" + b"The NIS said 300 were killed. " * 400 + b"\x00</p>"},
    ),
    Case(
        "nul-after-8-KB-of-reference-set",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"r.yaml": Y(HEAD + FACT) + b"# padding\n" * 1000 + b"\x00\n"},
        good="plain",
    ),
    Case(
        "nul-after-8-KB-of-pack",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"p.yaml": b"metrics:\n  killed:\n    cues: [toll]\n" + b"# pad\n" * 2000 + b"\x00"},
        good=None,
    ),
    # ---- suppression comments that are not quite right: reported where they are
    Case(
        "comment-without-colon",
        [*CHECK_REFS, *NEVER, "s.txt", GOOD],
        None,
        files={"s.txt": Y("The NIS said 900 soldiers were killed. <!-- numcheck ignore -->\n")},
        code=(0, 2),
        post=comment_reported("s.txt", [(1, 40)]),
    ),
    Case(
        "comment-with-misspelt-verb",
        [*CHECK_REFS, *NEVER, "s.txt", GOOD],
        None,
        files={"s.txt": Y("The NIS said 900 soldiers were killed. <!-- numcheck: ignroe -->\n")},
        code=(0, 2),
        post=comment_reported("s.txt", [(1, 40)]),
    ),
    Case(
        "comment-without-closing",
        [*CHECK_REFS, *NEVER, "s.txt", GOOD],
        None,
        files={
            "s.txt": Y(
                "The NIS said 900 soldiers were killed. <!-- numcheck: ignore\n"
                "Another 40 were wounded.\n"
            )
        },  # fmt: skip
        code=(0, 2),
        post=comment_reported("s.txt", [(1, 40)]),
    ),
    Case(
        "comment-missing-final-bracket",
        [*CHECK_REFS, *NEVER, "s.txt", GOOD],
        None,
        files={"s.txt": Y("The NIS said 900 soldiers were killed. <!-- numcheck: ignore --\n")},
        code=(0, 2),
        post=comment_reported("s.txt", [(1, 40)]),
    ),
    Case(
        "comment-bare-numcheck",
        [*CHECK_REFS, *NEVER, "s.txt", GOOD],
        None,
        files={"s.txt": Y("Line one.\n  <!-- numcheck -->\nThe NIS said 900 were killed.\n")},
        code=(0, 2),
        post=comment_reported("s.txt", [(2, 3)]),
    ),
    Case(
        "comment-with-empty-verb",
        [*CHECK_REFS, *NEVER, "s.txt", GOOD],
        None,
        files={"s.txt": Y("The NIS said 900 soldiers were killed. <!-- numcheck: -->\n")},
        code=(0, 2),
        post=comment_reported("s.txt", [(1, 40)]),
    ),
    Case(
        "comment-off-misspelt-in-html",
        [*CHECK_REFS, *NEVER, "s.html", GOOD],
        None,
        files={
            "s.html": Y(
                "<html><body>\n<p>The NIS said 900 were killed.</p>\n"
                "   <!-- numcheck: of -->\n</body></html>\n"
            )
        },  # fmt: skip
        code=(0, 2),
        post=comment_reported("s.html", [(3, 4)]),
    ),
    Case(
        "comment-with-equals-sign",
        [*CHECK_REFS, "s.txt", GOOD],
        [r"s\.txt:1:40: .*=contradiction.*"],
        files={
            "s.txt": Y(
                "The NIS said 900 soldiers were killed. <!-- numcheck: ignore=contradiction -->\n"
            )
        },  # fmt: skip
    ),
    # well-formed variants still work (no line, the finding is hidden)
    Case(
        "comment-without-spaces-works",
        [*CHECK_REFS, "s.txt", GOOD],
        [],
        files={
            "s.txt": Y(
                "The NIS said 900 North Korean soldiers were killed.<!--numcheck:ignore-->\n"
            )
        },
        code=0,
        post=lambda root, run: _nothing_about(run, "s.txt"),
    ),
    Case(
        "comment-in-capitals-works",
        [*CHECK_REFS, "s.txt", GOOD],
        [],
        files={
            "s.txt": Y(
                "The NIS said 900 North Korean soldiers were killed. <!-- NUMCHECK: IGNORE -->\n"
            )
        },  # fmt: skip
        code=0,
        post=lambda root, run: _nothing_about(run, "s.txt"),
    ),
    # ---- pack limits that are not finite numbers
    *(
        Case(
            f"pack-limit-carry-window-{name}",
            [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
            [r"p\.yaml:2:17: .*carry_window.*"],
            files={"p.yaml": Y(f"limits:\n  carry_window: {value}\n")},
            good=None,
        )
        for name, value in [
            ("infinite", ".inf"),
            ("minus-infinite", "-.inf"),
            ("nan", ".nan"),
            ("negative", "-1"),
            ("float-overflow", "1e400"),
            ("huge-int", "1" + "0" * 40),
            ("boolean", "true"),
            ("string", '"3"'),
            ("list", "[3]"),
            ("null", "null"),
            ("fraction", "2.5"),
        ]
    ),
    Case(
        "pack-limit-max-figure-infinite",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:15: .*max_figure.*"],
        files={"p.yaml": Y("limits:\n  max_figure: .inf\n")},
        good=None,
    ),
    Case(
        "pack-limit-consistency-tolerance-nan",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:26: .*consistency_tolerance.*"],
        files={"p.yaml": Y("limits:\n  consistency_tolerance: .nan\n")},
        good=None,
    ),
    Case(
        "pack-hedge-tolerance-infinite",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:\d+:\d+: .*"],
        files={"p.yaml": Y("hedges:\n  about:\n    tolerance: .inf\n")},
        good=None,
    ),
    # ---- empty names
    Case(
        "refs-empty-source-id",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml:3:3: .*"],
        files={
            "r.yaml": Y(
                'subject: north-korean-troops\nsources:\n  "": {aliases: [x]}\nfacts:\n' + FACT
            )
        },  # fmt: skip
        good="plain",
    ),
    Case(
        "refs-blank-source-id",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml:3:3: .*"],
        files={
            "r.yaml": Y(
                'subject: north-korean-troops\nsources:\n  "  ": {aliases: [x]}\nfacts:\n' + FACT
            )
        },  # fmt: skip
        good="plain",
    ),
    Case(
        "refs-empty-alias",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml:3:\d+: .*"],
        files={
            "r.yaml": Y(
                'subject: north-korean-troops\nsources:\n  X: {aliases: [""]}\nfacts:\n' + FACT
            )
        },  # fmt: skip
        good="plain",
    ),
    Case(
        "refs-blank-alias",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml:3:\d+: .*"],
        files={
            "r.yaml": Y(
                'subject: north-korean-troops\nsources:\n  X: {aliases: ["  "]}\nfacts:\n' + FACT
            )
        },  # fmt: skip
        good="plain",
    ),
    Case(
        "pack-empty-metric-cue",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:\d+: .*"],
        files={"p.yaml": Y('metrics:\n  killed:\n    cues: [""]\n')},
        good=None,
    ),
    Case(
        "pack-empty-metric-id",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:2:3: .*"],
        files={"p.yaml": Y('metrics:\n  "":\n    cues: [toll]\n')},
        good=None,
    ),
    Case(
        "pack-empty-subject-cue",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:3:\d+: .*"],
        files={"p.yaml": Y('subjects:\n  civilians:\n    cues: [""]\n')},
        good=None,
    ),
    Case(
        "refs-empty-fact-id",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml:3:\d+: .*"],
        files={"r.yaml": Y(HEAD + FACT.replace("id: a", 'id: ""'))},
        good="plain",
    ),
    # ---- every problem, not just the first
    Case(
        "validate-impossible-date-and-other-problems",
        ["refs", "validate", "r.yaml", REFS, *PACKS],
        [
            r"r\.yaml:4:13: unknown metric 'bogus'.*",
            r"r\.yaml:7:12: .*2025-13-01.*",
            r"r\.yaml:11:12: unknown hedge 'roughly'.*",
        ],
        files={
            "r.yaml": Y(
                HEAD + "  - id: a\n    metric: bogus\n    value: 1\n    source: NIS\n"
                "    as_of: 2025-13-01\n"
                "  - id: b\n    metric: killed\n    value: 1\n    hedge: roughly\n"
                "    source: NIS\n"
            )
        },  # fmt: skip
        good="ok",
    ),
    Case(
        "check-impossible-date-and-other-problems",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [
            r"r\.yaml:4:13: unknown metric 'bogus'.*",
            r"r\.yaml:7:12: .*2025-13-01.*",
            r"r\.yaml:11:12: unknown hedge 'roughly'.*",
        ],
        files={
            "r.yaml": Y(
                HEAD + "  - id: a\n    metric: bogus\n    value: 1\n    source: NIS\n"
                "    as_of: 2025-13-01\n"
                "  - id: b\n    metric: killed\n    value: 1\n    hedge: roughly\n"
                "    source: NIS\n"
            )
        },  # fmt: skip
        good="plain",
    ),
    Case(
        "validate-two-impossible-dates",
        ["refs", "validate", "r.yaml", REFS, *PACKS],
        [r"r\.yaml:7:12: .*2025-13-01.*", r"r\.yaml:12:13: .*2025-02-30.*"],
        files={
            "r.yaml": Y(
                HEAD
                + FACT
                + "    as_of: 2025-13-01\n"
                + FACT.replace("id: a", "id: b")
                + "    period: 2025-02-30\n"
            )
        },  # fmt: skip
        good="ok",
    ),
    Case(
        "gold-impossible-date-and-unknown-metric",
        ["eval", "b.gold.yaml"],
        [r"b\.gold\.yaml:1:7: .*2025-13-01.*", r"b\.gold\.yaml:8:13: unknown metric 'bogus'.*"],
        files={
            "b.gold.yaml": Y(
                "date: 2025-13-01\nsubject: north-korean-troops\nclaims:\n"
                '  - span: "300"\n    value: 300\n    hedge: about\n    unit: count\n'
                "    metric: bogus\n    subject: north-korean-troops\n    source: NIS\n"
                "    as_of: 2025-01\nrefs: reference.yaml\n"
            ),
            "b.txt": Y(
                "date: 2025-02-27\nThe NIS said about 300 North Korean soldiers were "
                "killed in January.\n"
            ),  # fmt: skip
        },
        good=None,
    ),
]


def _nothing_about(run, name: str) -> None:
    assert not [line for line in run.stdout.splitlines() if line.startswith(name)], run.stdout


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_silent(case: Case, tmp_path: Path, request):
    check_case(case, tmp_path, request)
