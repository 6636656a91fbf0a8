"""Class 2: memory bombs.

YAML alias bombs (billion laughs, 9 levels x 9 aliases, and their quadratic and mapping cousins)
in every YAML numcheck reads, endless devices, a 60 MB draft, a 65 MB reference set, YAML nested
500 levels deep, Word files that unpack huge, and a 100,000-fact reference set that must simply
work. Every real process here runs with a 2 GB address-space limit (1 GB for endless devices), so
a bomb that goes off dies with MemoryError (a failure) instead of taking the machine with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import inputs
from tests.hostile.helpers import (
    CHECK_PLAIN,
    CHECK_REFS,
    GOOD,
    REFS,
    Case,
    Y,
    check_case,
)

BOMB = r"YAML aliases expand this file beyond any reasonable size \(an alias bomb\?\)"
DEEP = r"YAML nested more than 64 levels deep"
DEVICE = r".*(not a regular file|device).*"
TOO_BIG = r".*(limit|too (large|big)).*"

HEAD, FACT = inputs.HEAD, inputs.FACT
GOLD_DRAFT = Y(
    "date: 2025-02-27\n"
    "South Korea's NIS said about 300 North Korean soldiers were killed in January.\n"
)
GOLD = (
    "date: 2025-02-27\nsubject: north-korean-troops\nclaims:\n"
    '  - span: "300"\n    value: 300\n    hedge: about\n    unit: count\n    metric: killed\n'
    "    subject: north-korean-troops\n    source: NIS\n    as_of: 2025-01\n"
    "refs: reference.yaml\n"
)
MD_BODY = "The ministry said 300 soldiers were killed.\n"


def refs_with(extra: str) -> bytes:
    return Y(HEAD + FACT + extra)


def front_matter(yaml_text: str) -> bytes:
    return Y("---\n" + yaml_text + "---\n" + MD_BODY)


def bg(case_id: str, args: list, errors, **kw) -> Case:
    if any("/dev/" in str(a) for a in args):
        kw.setdefault("memory", 1024**3)  # reading an endless device to the end fails sooner
    return Case(case_id, args, errors, runner="bg", **kw)


BOMBS = {
    "billion-laughs": inputs.alias_bomb(),
    "mapping-bomb": inputs.mapping_bomb(),
    "quadratic-aliases": inputs.wide_alias(),
}

CASES = []
for kind, bomb in BOMBS.items():
    CASES += [
        bg(
            f"{kind}-in-reference-set",
            [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
            [r"r\.yaml:\d+:\d+: " + BOMB],
            files={"r.yaml": refs_with(bomb)},
            good="plain",
        ),
        bg(
            f"{kind}-in-refs-validate",
            ["refs", "validate", "r.yaml", REFS],
            [r"r\.yaml:\d+:\d+: " + BOMB],
            files={"r.yaml": refs_with(bomb)},
            good="ok",
        ),
        bg(
            f"{kind}-in-pack-file",
            [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
            [r"p\.yaml:\d+:\d+: " + BOMB],
            files={"p.yaml": Y(bomb)},
            good=None,
        ),
        bg(
            f"{kind}-in-gold-file",
            ["eval", "b.gold.yaml"],
            [r"b\.gold\.yaml:\d+:\d+: " + BOMB],
            files={"b.gold.yaml": Y(GOLD + bomb), "b.txt": GOLD_DRAFT},
            good=None,
        ),
    ]

CASES += [
    bg(
        "alias-bomb-in-pack-directory",
        [*CHECK_REFS, GOOD, "--pack", "bombpack"],
        [r"bombpack/z\.yaml:\d+:\d+: " + BOMB],
        files={
            "bombpack/a.yaml": Y("metrics:\n  killed:\n    cues: [toll]\n"),
            "bombpack/z.yaml": Y(inputs.alias_bomb()),
        },  # fmt: skip
        good=None,
    ),
    bg(
        "alias-bomb-in-pack-a-reference-set-names",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"(\./)?bombpack/z\.yaml:\d+:\d+: " + BOMB],
        files={
            "r.yaml": Y(
                HEAD.replace("facts:", "packs: [armed-conflict, pack, ./bombpack]\nfacts:") + FACT
            ),
            "bombpack/z.yaml": Y(inputs.alias_bomb()),
        },  # fmt: skip
        good=None,
    ),
    bg(
        "alias-bomb-in-config",
        [*CHECK_REFS, GOOD],
        [r"(.*/)?\.numcheck\.yaml:\d+:\d+: " + BOMB],
        files={".numcheck.yaml": Y(inputs.alias_bomb())},
        good=None,
    ),
    bg(
        "alias-bomb-in-front-matter",
        [*CHECK_REFS, "a.md", GOOD],
        [r"a\.md:\d+:\d+: " + BOMB],
        files={"a.md": front_matter(inputs.alias_bomb())},
    ),
    # ---- endless and special devices
    bg("dev-zero-as-draft", [*CHECK_REFS, "/dev/zero", GOOD], ["/dev/zero: " + DEVICE]),
    bg("dev-urandom-as-draft", [*CHECK_REFS, "/dev/urandom", GOOD], ["/dev/urandom: " + DEVICE]),
    bg(
        "dev-zero-as-reference-set",
        [*CHECK_PLAIN, GOOD, "--refs", "/dev/zero"],
        ["/dev/zero: " + DEVICE],
        good="plain",
    ),
    bg(
        "dev-zero-in-refs-validate",
        ["refs", "validate", "/dev/zero", REFS],
        ["/dev/zero: " + DEVICE],
        good="ok",
    ),
    bg(
        "dev-zero-as-pack",
        [*CHECK_REFS, GOOD, "--pack", "/dev/zero"],
        ["/dev/zero: " + DEVICE],
        good=None,
    ),
    bg(
        "dev-zero-as-config",
        [*CHECK_REFS, GOOD, "--config", "/dev/zero"],
        ["/dev/zero: " + DEVICE],
        good=None,
    ),
    bg(
        "dev-zero-as-baseline",
        [*CHECK_REFS, GOOD, "--baseline", "/dev/zero"],
        ["/dev/zero: " + DEVICE],
        good=None,
    ),
    bg(
        "dev-zero-as-gold-file",
        ["eval", "/dev/zero"],
        ["/dev/zero: " + DEVICE],
        good=None,
    ),
    # ---- size
    bg(
        "draft-of-60-MB",
        [*CHECK_REFS, "big.txt", GOOD],
        [r"big\.txt: " + TOO_BIG],
        files={"big.txt": inputs.write_bytes(lambda: inputs.repeated_prose(60 * 1024 * 1024))},
    ),
    bg(
        "reference-set-of-65-MB",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml: " + TOO_BIG],
        files={
            "r.yaml": inputs.write_bytes(
                lambda: Y(HEAD + FACT) + b"# " + b"x" * (65 * 1024 * 1024) + b"\n"
            )
        },  # fmt: skip
        good="plain",
    ),
    bg(
        "reference-set-of-100000-facts",
        [*CHECK_REFS, GOOD],
        [],
        files={REFS: inputs.write_bytes(lambda: inputs.many_facts(100_000))},
        code=0,
        cpu=60,
        timeout=240,
        memory=6 * 1024**3,
    ),
    bg(
        "refs-validate-of-100000-facts",
        ["refs", "validate", "big.yaml"],
        [],
        files={"big.yaml": inputs.write_bytes(lambda: inputs.many_facts(100_000))},
        stdout=[r"^big\.yaml: ok, 100,?010 facts$"],
        code=0,
        good=None,
        cpu=60,
        timeout=240,
        memory=6 * 1024**3,
        slow=True,
    ),
    # ---- depth
    Case(
        "nesting-500-flow-in-reference-set",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml:7:\d+: " + DEEP],
        files={"r.yaml": refs_with("title: " + inputs.nested_flow() + "\n")},
        good="plain",
        runner="proc",
    ),
    Case(
        "nesting-500-block-in-reference-set",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml:\d+:\d+: " + DEEP],
        files={"r.yaml": refs_with(inputs.nested_block())},
        good="plain",
        runner="proc",
    ),
    Case(
        "nesting-500-in-refs-validate",
        ["refs", "validate", "r.yaml", REFS],
        [r"r\.yaml:7:\d+: " + DEEP],
        files={"r.yaml": refs_with("title: " + inputs.nested_flow() + "\n")},
        good="ok",
        runner="proc",
    ),
    Case(
        "nesting-500-in-pack",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml:1:\d+: " + DEEP],
        files={"p.yaml": Y("metrics: " + inputs.nested_flow() + "\n")},
        good=None,
        runner="proc",
    ),
    Case(
        "nesting-500-in-config",
        [*CHECK_REFS, GOOD],
        [r"(.*/)?\.numcheck\.yaml:1:\d+: " + DEEP],
        files={".numcheck.yaml": Y("exclude: " + inputs.nested_flow() + "\n")},
        good=None,
        runner="proc",
    ),
    Case(
        "nesting-500-in-front-matter",
        [*CHECK_REFS, "a.md", GOOD],
        [r"a\.md:2:\d+: " + DEEP],
        files={"a.md": front_matter("slug: " + inputs.nested_flow() + "\n")},
        runner="proc",
    ),
    Case(
        "nesting-500-in-gold-file",
        ["eval", "b.gold.yaml"],
        [r"b\.gold\.yaml:13:\d+: " + DEEP],
        files={
            "b.gold.yaml": Y(GOLD + "note: " + inputs.nested_flow() + "\n"),
            "b.txt": GOLD_DRAFT,
        },
        good=None,
        runner="proc",
    ),
    # ---- Word files
    bg(
        "docx-that-unpacks-to-200-MB",
        [*CHECK_REFS, "bomb.docx", GOOD],
        [r"bomb\.docx: word/document\.xml unpacks to 209,715,200 bytes, over the limit"],
        files={"bomb.docx": inputs.write_bytes(lambda: inputs.docx(b" " * (200 * 1024 * 1024)))},
    ),
    bg(
        "docx-entity-expansion-after-a-long-comment",
        [*CHECK_REFS, "laughs.docx", GOOD],
        [r"laughs\.docx: .*(DOCTYPE|damaged|entity|amplification).*"],
        files={
            "laughs.docx": inputs.docx(
                b'<?xml version="1.0"?><!--' + b"x" * 8000 + b"-->"
                b'<!DOCTYPE d [<!ENTITY a "lollollollollollollollollollol">'
                + b"".join(
                    b'<!ENTITY %s "%s">' % (bytes([98 + i]), b"&%s;" % bytes([97 + i]) * 10)
                    for i in range(8)
                )
                + b']><w:document xmlns:w="'
                + inputs.W.encode()
                + b'"><w:body><w:p><w:r><w:t>&i;'
                b"</w:t></w:r></w:p></w:body></w:document>"
            )
        },  # fmt: skip
    ),
    bg(
        "docx-with-two-million-empty-paragraphs",
        [*CHECK_REFS, "many.docx", GOOD],
        None,
        files={
            "many.docx": inputs.write_bytes(
                lambda: inputs.docx(
                    b'<?xml version="1.0"?><w:document xmlns:w="'
                    + inputs.W.encode()
                    + b'"><w:body>'
                    + b"<w:p/>" * 2_000_000
                    + b"</w:body></w:document>"
                )
            )
        },  # fmt: skip
        code=(0, 1, 2),
        post=lambda root, run: _at_most_one_line_about(run, "many.docx"),
    ),
]


def _at_most_one_line_about(run, name: str) -> None:
    """Either read (no line) or refused with one line naming the file."""
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) <= 1 and all(line.startswith(name + ":") for line in lines), run.stderr
    assert (run.exit_code == 2) == bool(lines), run.combined


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_memory_bomb(case: Case, tmp_path: Path, request):
    check_case(case, tmp_path, request)
