"""Class 6: encodings, line ends, tabs, odd file names, and vocabulary with regular-expression
characters in it.

A draft's findings do not depend on how its file is encoded or how its lines end: a UTF-8 BOM,
CRLF, lone CR, mixed line ends, UTF-16 with a byte-order mark (read, since d334dd8) and tabs all
give the same LINE:COL as the plain LF UTF-8 version (columns count characters, from the first
real one). Files numcheck cannot read are one clear line. A pack's aliases and cues are matched
literally, whatever characters they hold.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from tests.hostile.helpers import (
    CHECK_REFS,
    GOOD,
    PACKS,
    REFS,
    Case,
    Y,
    check_case,
    invoke,
    no_traceback,
    setup_dir,
    snapshot,
)

# A draft with findings on several lines and columns (a date line, a tab, two sources).
LF = (
    "Date: 2025-02-27\n"
    "SEOUL -- North Korea's losses in Russia keep growing.\n"
    "\n"
    "\tThe NIS said 900 North Korean soldiers were killed in January.\n"
    "Ukrainian President Volodymyr Zelensky said 4,000 North Korean soldiers were killed.\n"
    "About 12,000 North Korean troops were deployed, the NIS said.\n"
)


def variant(text: str, line_end: str = "\n", encoding: str = "utf-8", bom: bool = False) -> bytes:
    data = text.replace("\n", line_end).encode(encoding)
    if bom:
        data = {
            "utf-8": codecs.BOM_UTF8,
            "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE,
            "utf-32-be": codecs.BOM_UTF32_BE,
        }[encoding] + data
    return data


def mixed(text: str) -> bytes:
    ends = ["\n", "\r\n", "\r"]
    lines = text.split("\n")
    return Y("".join(line + ends[i % 3] for i, line in enumerate(lines[:-1])) + lines[-1])


def same_findings_as_lf(name: str, lf: str = "lf.txt"):
    """post(): `name`'s findings are the LF version's, at the same LINE:COL."""

    def post(root: Path, run) -> None:
        mine = [
            line[len(name) :] for line in run.stdout.splitlines() if line.startswith(name + ":")
        ]
        theirs = [line[len(lf) :] for line in run.stdout.splitlines() if line.startswith(lf + ":")]
        assert theirs, "the LF version should have findings"
        assert mine == theirs, "\n".join(["mine:", *mine, "LF:", *theirs])

    return post


def compare(case_id: str, name: str, data: bytes, bug: str | None = None, **kw) -> Case:
    return Case(
        case_id,
        [*CHECK_REFS, "--fail-on", "never", "lf" + Path(name).suffix, name, GOOD],
        [],
        files={"lf" + Path(name).suffix: Y(LF if not kw.get("lf") else kw["lf"]), name: data},
        code=0,
        post=same_findings_as_lf(name, "lf" + Path(name).suffix),
    )


MD_LF = "---\ntitle: x\ndate: 2025-02-27\n---\n" + LF.split("\n", 1)[1]
HTML_LF = (
    "<html><head><title>t</title></head><body>\n<p>The NIS said 900 North Korean soldiers were "
    "killed in January.</p>\n<p>\tZelensky said 4,000 North Korean soldiers were killed.</p>\n"
    "</body></html>\n"
)

CASES = [
    compare("utf8-bom", "v.txt", variant(LF, bom=True)),
    compare("crlf", "v.txt", variant(LF, "\r\n")),
    compare("lone-cr", "v.txt", variant(LF, "\r")),
    compare("mixed-line-ends", "v.txt", mixed(LF)),
    compare("utf8-bom-and-crlf", "v.txt", variant(LF, "\r\n", bom=True)),
    compare("utf16-le-with-bom", "v.txt", variant(LF, encoding="utf-16-le", bom=True)),
    compare("utf16-be-with-bom", "v.txt", variant(LF, encoding="utf-16-be", bom=True)),
    compare("utf16-le-with-bom-and-crlf", "v.txt", variant(LF, "\r\n", "utf-16-le", bom=True)),
    compare(
        "tabs-count-one-column", "v.txt", Y(LF.replace("\t", "\t")), lf=LF.replace("\t", " ")
    ),  # fmt: skip
    compare(
        "many-tabs",
        "v.txt",
        Y(LF.replace("The NIS", "\t\t\tThe NIS")),
        lf=LF.replace("The NIS", "   The NIS"),
    ),  # fmt: skip
    compare("md-utf8-bom", "v.md", variant(MD_LF, bom=True), lf=MD_LF),
    compare("md-crlf", "v.md", variant(MD_LF, "\r\n"), lf=MD_LF),
    compare(
        "md-lone-cr",
        "v.md",
        variant(MD_LF, "\r"),
        lf=MD_LF,
    ),
    compare("html-utf8-bom", "v.html", variant(HTML_LF, bom=True), lf=HTML_LF),
    compare("html-crlf", "v.html", variant(HTML_LF, "\r\n"), lf=HTML_LF),
    compare("html-lone-cr", "v.html", variant(HTML_LF, "\r"), lf=HTML_LF),
    compare(
        "html-utf16-le-with-bom",
        "v.html",
        variant(HTML_LF, encoding="utf-16-le", bom=True),
        lf=HTML_LF,
    ),  # fmt: skip
    # ---- what cannot be read is one line
    Case(
        "utf16-without-bom",
        [*CHECK_REFS, "v.txt", GOOD],
        [r"v\.txt: .*(binary|UTF-16|UTF-8).*"],
        files={"v.txt": variant(LF, encoding="utf-16-le")},
    ),
    Case(
        "utf16-le-bom-odd-length",
        [*CHECK_REFS, "v.txt", GOOD],
        [r"v\.txt(:\d+:\d+)?: .*UTF-16.*"],
        files={"v.txt": variant(LF, encoding="utf-16-le", bom=True) + b"\x41"},
    ),
    Case(
        "utf16-le-bom-lone-surrogate",
        [*CHECK_REFS, "v.txt", GOOD],
        [r"v\.txt(:\d+:\d+)?: .*UTF-16.*"],
        files={"v.txt": codecs.BOM_UTF16_LE + "300 killed ".encode("utf-16-le") + b"\x00\xd8A\x00"},
    ),
    Case(
        "utf32-le-with-bom",
        [*CHECK_REFS, "--fail-on", "never", "lf.txt", "v.txt", GOOD],
        None,
        files={"lf.txt": Y(LF), "v.txt": variant(LF, encoding="utf-32-le", bom=True)},
        code=(0, 2),
        post=lambda root, run: _read_or_one_line_about(run, "v.txt"),
    ),
    Case(
        "latin1-html-with-charset",
        [*CHECK_REFS, "v.html", GOOD],
        [r"v\.html:1:\d+: not valid UTF-8 \(byte 0xe9\)"],
        files={
            "v.html": b'<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9: '
            b"The NIS said 300 were killed.</p></body></html>"
        },  # fmt: skip
    ),
    # ---- reference sets and settings in other encodings and line ends
    Case(
        "reference-set-with-bom-and-crlf",
        ["refs", "validate", "r.yaml"],
        [],
        files={
            "r.yaml": codecs.BOM_UTF8
            + Y(
                Path(__file__)
                .parent.parent.parent.joinpath("seeds", REFS)
                .read_text(encoding="utf-8")
                .replace("\n", "\r\n")
            )
        },  # fmt: skip
        code=0,
        good=None,
        stdout=[r"^r\.yaml: ok, 10 facts$"],
    ),
    Case(
        "reference-set-crlf-error-position",
        ["refs", "validate", "r.yaml", "--pack", "armed-conflict", "--pack", "pack"],
        [r"r\.yaml:4:13: unknown metric 'bogus'.*"],
        files={
            "r.yaml": Y(
                "subject: north-korean-troops\r\nfacts:\r\n  - id: a\r\n"
                "    metric: bogus\r\n    value: 1\r\n    source: NIS\r\n"
            )
        },  # fmt: skip
        good=None,
    ),
    Case(
        "reference-set-lone-cr-error-position",
        ["refs", "validate", "r.yaml", "--pack", "armed-conflict", "--pack", "pack"],
        [r"r\.yaml:4:13: unknown metric 'bogus'.*"],
        files={
            "r.yaml": Y(
                "subject: north-korean-troops\rfacts:\r  - id: a\r"
                "    metric: bogus\r    value: 1\r    source: NIS\r"
            )
        },  # fmt: skip
        good=None,
    ),
    Case(
        "reference-set-bom-error-position",
        ["refs", "validate", "r.yaml", "--pack", "armed-conflict", "--pack", "pack"],
        [r"r\.yaml:4:13: unknown metric 'bogus'.*"],
        files={
            "r.yaml": codecs.BOM_UTF8
            + Y(
                "subject: north-korean-troops\nfacts:\n  - id: a\n"
                "    metric: bogus\n    value: 1\n"
                "    source: NIS\n"
            )
        },  # fmt: skip
        good=None,
    ),
    Case(
        "reference-set-utf16-with-bom",
        ["refs", "validate", "r.yaml", REFS, *PACKS],
        None,
        files={
            "r.yaml": codecs.BOM_UTF16_LE
            + Y(
                HEAD_FACT := "subject: north-korean-troops\n"
                "facts:\n  - id: a\n    metric: killed\n    value: 1\n    source: NIS\n"
            )
            .decode()
            .encode("utf-16-le")
        },  # fmt: skip
        code=(0, 2),
        good="ok",
        post=lambda root, run: _read_or_one_line(run, "r.yaml"),
    ),
    Case(
        "config-with-bom-and-crlf",
        [*CHECK_REFS, GOOD],
        [],
        files={".numcheck.yaml": codecs.BOM_UTF8 + b"fail-on: never\r\nformat: line\r\n"},
        code=0,
    ),
    Case(
        "config-crlf-error-position",
        [*CHECK_REFS, GOOD],
        [r"(.*/)?\.numcheck\.yaml:2:10: fail-on: .*"],
        files={".numcheck.yaml": b"format: line\r\nfail-on: sometimes\r\n"},
        good=None,
    ),
    # ---- file names
    Case(
        "name-with-spaces",
        [*CHECK_REFS, "--fail-on", "never", "my draft (final).txt", GOOD],
        [],
        files={"my draft (final).txt": Y("The NIS said 900 North Korean soldiers were killed.\n")},
        code=0,
        stdout=[r"^my draft \(final\)\.txt:1:14: error contradiction: "],
    ),
    Case(
        "name-with-non-ascii-letters",
        [*CHECK_REFS, "--fail-on", "never", "café–draft.txt", GOOD],
        [],
        files={"café–draft.txt": Y("The NIS said 900 North Korean soldiers were killed.\n")},
        code=0,
        stdout=[r"^café–draft\.txt:1:14: error contradiction: "],
    ),
    Case(
        "name-with-a-newline-in-json",
        [*CHECK_REFS, "--fail-on", "never", "--format", "json", "a\nb.txt"],
        [],
        files={"a\nb.txt": Y("The NIS said 900 North Korean soldiers were killed.\n")},
        code=0,
        good=None,
        post=lambda root, run: _json_paths(run, {"a\nb.txt"}),
    ),
    Case(
        "name-with-a-newline-in-a-walked-folder",
        [*CHECK_REFS, "--fail-on", "never", "--format", "json", "drafts"],
        [],
        files={"drafts/a\nb.txt": Y("The NIS said 900 North Korean soldiers were killed.\n")},
        code=0,
        good=None,
        post=lambda root, run: _json_paths(run, {"drafts/a\nb.txt"}),
    ),
    Case(
        "bad-file-with-a-newline-in-its-name-is-one-line",
        [*CHECK_REFS, "bad\nname.txt", GOOD],
        [r"bad(\\n|\?|␤| )name\.txt: binary file \(contains NUL bytes\), expected UTF-8 text"],
        files={"bad\nname.txt": b"\x00"},
    ),
    Case(
        "finding-in-a-file-with-a-newline-in-its-name-is-one-line",
        [*CHECK_REFS, "--fail-on", "never", "bad\nname.txt", GOOD],
        [],
        files={"bad\nname.txt": Y("The NIS said 900 North Korean soldiers were killed.\n")},
        code=0,
        stdout=[r"^bad(\\n|\?|␤| )name\.txt:1:14: error contradiction: "],
    ),
]

# ---- vocabulary with regular-expression characters, matched literally
WEIRD = ["W(1)", "[Corp]", "A*B", "C\\D", "E+?", "(", "[", "*", "\\", "+?", "a.b", "^$|", "(?P<x>"]
WEIRD_PACK = Y(
    "sources:\n  weird:\n    name: The Weird Agency\n    aliases: ["
    + ", ".join(json.dumps(a) for a in WEIRD)
    + "]\n"
    "metrics:\n  killed:\n    cues: ['k(i)lled', 'dead+', '[slain]']\n"
    "subjects:\n  north-korean-troops:\n    cues: ['N.K. (troops)', '*DPRK*']\n"
)
SAID = "{} said 300 North Korean soldiers were killed."


def _weird_case(case_id: str, text: str, expect: dict, bug: str | None = None) -> Case:
    return Case(
        case_id,
        ["extract", "--format", "json", "--refs", REFS, "--pack", "weird.yaml", "w.txt", GOOD],
        [],
        files={"weird.yaml": WEIRD_PACK, "w.txt": Y(text + "\n")},
        code=0,
        good=None,
        post=lambda root, run: _first_claim(run, "w.txt", expect),
    )


CASES += [
    _weird_case(f"alias-{i}-is-literal", SAID.format(alias), {"source": "weird"})
    for i, alias in enumerate(["W(1)", "[Corp]", "A*B", "C\\D", "E+?", "a.b"])
]
CASES += [
    _weird_case("alias-dot-is-not-any-character", SAID.format("axb"), {"source": None}),
    _weird_case("alias-star-is-not-a-repeat", SAID.format("AAAB"), {"source": None}),
    _weird_case(
        "cue-with-brackets-is-literal",
        "The NIS said 300 North Korean soldiers k(i)lled.",
        {"metric": "killed"},
    ),
    Case(
        "pack-of-regex-characters-validates",
        ["refs", "validate", REFS, "--pack", "weird.yaml"],
        [],
        files={"weird.yaml": WEIRD_PACK},
        code=0,
        good="ok",
    ),
    Case(
        "pack-of-regex-characters-checks",
        [*CHECK_REFS, "--pack", "weird.yaml", GOOD],
        [],
        files={"weird.yaml": WEIRD_PACK},
        code=0,
    ),
]


def _first_claim(run, name: str, expect: dict) -> None:
    claims = [c for c in json.loads(run.stdout)["claims"] if c["path"] == name]
    assert claims, run.stdout[:2000]
    for key, value in expect.items():
        assert claims[0].get(key) == value, claims[0]


def _json_paths(run, paths: set[str]) -> None:
    data = json.loads(run.stdout)
    assert {f["path"] for f in data["findings"]} == paths, data["findings"][:1]


def _read_or_one_line_about(run, name: str) -> None:
    """Either read as what it is (the LF version's findings) or one clear line, exit 2."""
    if run.exit_code == 0:
        same_findings_as_lf(name)(None, run)
    else:
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith(name + ":"), run.stderr


def _read_or_one_line(run, name: str) -> None:
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if run.exit_code == 0:
        assert re.search(rf"^{re.escape(name)}: ok, 1 fact$", run.stdout, re.M), run.stdout
    else:
        assert len(lines) == 1 and lines[0].startswith(name), run.stderr


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_encoding(case: Case, tmp_path: Path, request):
    check_case(case, tmp_path, request)


def test_bom_columns_count_from_the_first_real_character(tmp_path: Path):
    """With a UTF-8 BOM, a figure at the start of line 1 is at column 1, not 2."""
    setup_dir(tmp_path, {"b.txt": variant("900 North Korean soldiers were killed, the NIS said.\n",
                                          bom=True)})  # fmt: skip
    before = snapshot(tmp_path)
    run = invoke(["extract", "--format", "json", "--refs", REFS, "b.txt"], tmp_path)
    no_traceback(run)
    claims = json.loads(run.stdout)["claims"]
    assert [(c["line"], c["column"], c["text"]) for c in claims][:1] == [(1, 1, "900")], claims
    assert snapshot(tmp_path) == before
