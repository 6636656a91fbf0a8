"""Class 3: hangs.

Named pipes wherever numcheck reads a file (a pipe with no writer blocks whoever opens it), and
drafts built to make a scanner or a regular expression go quadratic or worse: a 40 KB sentence,
100,000 short lines, a 1 MB word, a 100,000-digit number, an unterminated suppression comment
followed by 200 KB of spaces, 8,000 unterminated `<!-- numcheck: off` comments, 5 MB of prose.
Every case is a real process with a 30 s wall-clock timeout, started in the background with the
others; the few that are heavy by nature are also held to a CPU-time budget (RLIMIT_CPU), which
machine load cannot make flaky.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import inputs
from tests.hostile.helpers import (
    CHECK_PLAIN,
    CHECK_REFS,
    FIFO,
    GOOD,
    REFS,
    Case,
    Y,
    check_case,
    comment_reported,
)

NOT_REGULAR = r".*not a regular file.*"
WALK_OPENS_PIPE = "BUG: hangs: the walk opens the pipe to see if it is a saved report (is_report)"
NEVER = ["--fail-on", "never"]  # findings in a hostile draft do not change the exit code
GOLD = Y(
    "date: 2025-02-27\nsubject: north-korean-troops\nclaims:\n"
    '  - span: "300"\n    value: 300\n    hedge: about\n    unit: count\n    metric: killed\n'
    "    subject: north-korean-troops\n    source: NIS\n    as_of: 2025-01\n"
    "refs: reference.yaml\n"
)


def bg(case_id: str, args: list, errors, **kw) -> Case:
    return Case(case_id, args, errors, runner="bg", **kw)


def draft(data_fn):
    return inputs.write_bytes(data_fn)


IGNORE_SPACES = (
    b"The ministry said 300 soldiers were killed. <!-- numcheck: ignore" + b" " * 200_000
)
OFF_8000 = b"The ministry said 300 soldiers were killed.\n" + b"<!-- numcheck: off\n" * 8000


def _sentence_40k() -> bytes:
    words = (
        "soldiers and about 300 killed the ministry said 1,000 wounded near town with , "
        "more-than troops NIS between"
    ).split()
    out, size, i = [], 0, 0
    while size < 40_000:
        word = words[(i * 7) % len(words)]
        out.append(word)
        size += len(word) + 1
        i += 1
    return Y(" ".join(out) + ".\n")


CASES = [
    # ---- named pipes
    bg(
        "fifo-as-draft",
        [*CHECK_REFS, "ff.txt", GOOD],
        [r"ff\.txt: " + NOT_REGULAR],
        files={"ff.txt": FIFO},
    ),
    bg(
        "fifo-in-a-walked-folder",
        [*CHECK_REFS, "drafts", GOOD],
        [r"drafts/f\.txt: " + NOT_REGULAR],
        files={"drafts/f.txt": FIFO, "drafts/b.txt": Y("Quiet day in the capital.\n")},
    ),
    bg(
        "fifo-md-in-a-walked-folder",
        [*CHECK_REFS, "drafts", GOOD],
        [r"drafts/f\.md: " + NOT_REGULAR],
        files={"drafts/f.md": FIFO, "drafts/b.txt": Y("Quiet day in the capital.\n")},
    ),
    bg(
        "fifo-as-docx-draft",
        [*CHECK_REFS, "ff.docx", GOOD],
        [r"ff\.docx: " + NOT_REGULAR],
        files={"ff.docx": FIFO},
    ),
    bg(
        "fifo-as-reference-set",
        [*CHECK_PLAIN, GOOD, "--refs", "r.yaml"],
        [r"r\.yaml: " + NOT_REGULAR],
        files={"r.yaml": FIFO},
        good="plain",
    ),
    bg(
        "fifo-in-refs-validate",
        ["refs", "validate", "r.yaml", REFS],
        [r"r\.yaml: " + NOT_REGULAR],
        files={"r.yaml": FIFO},
        good="ok",
    ),
    bg(
        "fifo-as-pack-file",
        [*CHECK_REFS, GOOD, "--pack", "p.yaml"],
        [r"p\.yaml: " + NOT_REGULAR],
        files={"p.yaml": FIFO},
        good=None,
    ),
    bg(
        "fifo-in-a-pack-directory",
        [*CHECK_REFS, GOOD, "--pack", "mypack"],
        [r"mypack/z\.yaml: " + NOT_REGULAR],
        files={
            "mypack/a.yaml": Y("metrics:\n  killed:\n    cues: [toll]\n"),
            "mypack/z.yaml": FIFO,
        },
        good=None,
    ),
    bg(
        "fifo-as-config",
        [*CHECK_REFS, GOOD, "--config", "c.yaml"],
        [r"c\.yaml: " + NOT_REGULAR],
        files={"c.yaml": FIFO},
        good=None,
    ),
    bg(
        "fifo-as-config-found-upward",
        [*CHECK_REFS, GOOD],
        [r"(.*/)?\.numcheck\.yaml: " + NOT_REGULAR],
        files={".numcheck.yaml": FIFO},
        good=None,
    ),
    bg(
        "fifo-as-baseline",
        [*CHECK_REFS, GOOD, "--baseline", "b.json"],
        [r"b\.json: " + NOT_REGULAR],
        files={"b.json": FIFO},
        good=None,
    ),
    bg(
        "fifo-as-gold-file",
        ["eval", "b.gold.yaml"],
        [r"b\.gold\.yaml: " + NOT_REGULAR],
        files={"b.gold.yaml": FIFO},
        good=None,
    ),
    bg(
        "fifo-as-the-draft-a-gold-file-labels",
        ["eval", "b.gold.yaml"],
        [r"(.*/)?b\.txt: " + NOT_REGULAR],
        files={"b.gold.yaml": GOLD, "b.txt": FIFO},
        good=None,
    ),
    # ---- long and repetitive drafts
    bg(
        "a-40-KB-sentence",
        [*CHECK_REFS, *NEVER, "long.txt", GOOD],
        [],
        files={"long.txt": _sentence_40k()},
        code=0,
    ),
    bg(
        "100000-short-lines",
        [*CHECK_REFS, *NEVER, "lines.txt", GOOD],
        [],
        files={
            "lines.txt": draft(
                lambda: Y(
                    "".join(
                        f"{i} killed.\n" if i % 3 == 0 else "Quiet day.\n" for i in range(100_000)
                    )
                )
            )
        },  # fmt: skip
        code=0,
        cpu=30,
        timeout=120,
    ),
    bg(  # figures of one thing by the thousand: no pass compares every pair (inconsistent), nor
        # scans the whole draft for each figure (a stated sum's parts)
        "8000-lines-of-parts-and-wholes",
        [*CHECK_REFS, *NEVER, "parts.txt", GOOD],
        [],
        files={
            "parts.txt": draft(
                lambda: Y(
                    "".join(
                        f"Of the 5,000 sent, {i % 900 + 10} were killed and 9,000 of them wounded, "
                        f"{i % 7 + 20} in all.\n"
                        for i in range(8_000)
                    )
                )
            )
        },  # fmt: skip
        code=0,
        cpu=15,  # about 10 s here; 26 s when each part's whole was looked for in every claim before
        timeout=120,
    ),
    bg(
        "a-1-MB-word",
        [*CHECK_REFS, *NEVER, "word.txt", GOOD],
        [],
        files={"word.txt": draft(lambda: b"The ministry said " + b"x" * 1_000_000 + b" died.\n")},
        code=0,
    ),
    bg(
        "a-100000-digit-number",
        [*CHECK_REFS, *NEVER, "digits.txt", GOOD],
        [],
        files={"digits.txt": b"The ministry said " + b"7" * 100_000 + b" soldiers were killed.\n"},
        code=0,
    ),
    bg(
        "a-100000-digit-number-extracted-as-json",
        ["extract", "--format", "json", "--refs", REFS, "digits.txt", GOOD],
        [],
        files={"digits.txt": b"The ministry said " + b"7" * 100_000 + b" soldiers were killed.\n"},
        code=0,
        good="extract",
    ),
    bg(
        "10000-comma-groups-in-a-row",
        [*CHECK_REFS, *NEVER, "commas.txt", GOOD],
        [],
        files={"commas.txt": b"Officials said " + b"1,000," * 10_000 + b"1 died.\n"},
        code=0,
    ),
    bg(
        "8000-space-grouped-figures-in-a-row",
        [*CHECK_REFS, *NEVER, "spaced.txt", GOOD],
        [],
        files={"spaced.txt": b"Officials said " + "4\u00a0000 ".encode() * 8_000 + b"died.\n"},
        code=0,
    ),
    bg(
        "4000-hyphenated-numbers-in-a-row",
        [*CHECK_REFS, *NEVER, "hyphens.txt", GOOD],
        [],
        files={"hyphens.txt": b"Officials said " + b"1-" * 4_000 + b"2 died.\n"},
        code=0,
    ),
    bg(
        "5000-open-ranges",
        [*CHECK_REFS, *NEVER, "ranges.txt", GOOD],
        [],
        files={"ranges.txt": b"The NIS said " + b"between 1 and " * 5_000 + b"3 were killed.\n"},
        code=0,
    ),
    bg(
        "50000-nested-parentheses",
        [*CHECK_REFS, *NEVER, "parens.txt", GOOD],
        [],
        files={
            "parens.txt": b"The NIS said "
            + b"(" * 50_000
            + b"300"
            + b")" * 50_000
            + b" were killed.\n"
        },  # fmt: skip
        code=0,
    ),
    bg(
        "5000-figures-in-one-sentence",
        [*CHECK_REFS, *NEVER, "figures.txt", GOOD],
        [],
        files={
            "figures.txt": b"The NIS said "
            + b" and ".join(b"%d killed" % (i + 2) for i in range(5_000))
            + b".\n"
        },  # fmt: skip
        code=0,
    ),
    bg(
        "10000-attribution-cues",
        [*CHECK_REFS, *NEVER, "cues.txt", GOOD],
        [],
        files={
            "cues.txt": b"About 300 were killed, "
            + b"the NIS said, according to Zelensky, " * 5_000
            + b"officials said.\n"
        },  # fmt: skip
        code=0,
    ),
    bg(  # a speaker's verb looks back a bounded stretch for the number before it ("six states")
        "digits-then-many-said",
        [*CHECK_REFS, *NEVER, "said.txt", GOOD],
        [],
        files={"said.txt": (b"1," * 600 + b"1 x" + b" said" * 150 + b". ") * 5 + b"\n"},
        code=0,
        cpu=5,  # about 2.5 s; 7 s when every verb searched from the sentence start
    ),
    bg(  # ... and for a capitalised word before that number ("Utopia 56 said")
        "capitals-then-many-numbered-said",
        [*CHECK_REFS, *NEVER, "capitals.txt", GOOD],
        [],
        files={"capitals.txt": (b"A" * 1000 + b"," + b" 5 said" * 140 + b". ") * 10 + b"\n"},
        code=0,
        cpu=5,  # about 1.3 s; 12 s when every verb searched from the sentence start
    ),
    bg(  # a known acronym, then a name in brackets or between commas that never closes
        "acronym-then-20000-capitalised-words",
        [*CHECK_REFS, *NEVER, "glossed.txt", GOOD],
        [],
        files={
            "glossed.txt": b"NIS, the "
            + b"Ab of the " * 20_000
            + b"said 300.\n"
            + b"NIS (the "
            + b"Ab of the " * 20_000
            + b"said 300.\n"
        },  # fmt: skip
        code=0,
        cpu=10,
    ),
    bg(  # a hedge cue is looked for only when the text before a figure ends like one
        "15000-figures-with-no-space",
        [*CHECK_REFS, *NEVER, "commas.txt", GOOD],
        [],
        files={"commas.txt": b"1," * 15_000 + b"1 x said.\n"},
        code=0,
        cpu=5,  # about 3 s; 7.5 s when every hedge cue was searched for before every figure
    ),
    bg(
        "100000-unbalanced-quotes",
        [*CHECK_REFS, *NEVER, "quotes.txt", GOOD],
        [],
        files={
            "quotes.txt": "The NIS said “ 300 were killed ".encode() * 1
            + "“".encode() * 100_000
            + b"\n"
        },  # fmt: skip
        code=0,
    ),
    bg(
        "100-KB-of-full-stops",
        [*CHECK_REFS, *NEVER, "stops.txt", GOOD],
        [],
        files={"stops.txt": b"300 were killed" + b"." * 100_000 + b"\n"},
        code=0,
        cpu=10,  # linear work would be about a second
    ),
    bg(
        "30000-pronoun-ones",  # each "one" looks for a metric cue before it and after it
        [*CHECK_REFS, *NEVER, "ones.txt", GOOD],
        [],
        files={"ones.txt": b"300 were killed, and " + b"one passed, one is out, " * 30_000},
        code=0,
        cpu=20,
    ),
    bg(
        "a-million-empty-lines",
        [*CHECK_REFS, *NEVER, "empty-lines.txt", GOOD],
        [],
        files={
            "empty-lines.txt": draft(
                lambda: b"300 were killed.\n" + b"\n" * 1_000_000 + b"400 were wounded.\n"
            )
        },  # fmt: skip
        code=0,
    ),
    bg(
        "unclosed-front-matter-then-90-KB",
        [*CHECK_REFS, *NEVER, "open.md", GOOD],
        [],
        files={
            "open.md": draft(
                lambda: b"---\ntitle: x\n" + b"The NIS said 300 were killed.\n" * 3_000
            )
        },  # fmt: skip
        code=0,
    ),
    bg(
        "100000-html-comment-openers",
        [*CHECK_REFS, *NEVER, "openers.txt", GOOD],
        [],
        files={"openers.txt": b"300 were killed. " + b"<!-- " * 100_000 + b"\n"},
        code=0,
    ),
    bg(
        "html-unterminated-comment-then-200-KB",
        [*CHECK_REFS, *NEVER, "c.html", GOOD],
        [],
        files={"c.html": b"<html><body><p>The NIS said 300 were killed.</p><!--" + b"x " * 100_000},
        code=0,
    ),
    bg(
        "html-100000-nested-elements",
        [*CHECK_REFS, *NEVER, "deep.html", GOOD],
        [],
        files={
            "deep.html": b"<html><body>"
            + b"<div>" * 100_000
            + b"The NIS said 300 were killed."
            + b"</div>" * 100_000
            + b"</body></html>"
        },  # fmt: skip
        code=0,
    ),
    bg(
        "html-100000-unclosed-elements",
        [*CHECK_REFS, *NEVER, "open.html", GOOD],
        [],
        files={
            "open.html": b"<html><body>"
            + b"<span>" * 100_000
            + b"The NIS said 300 were killed.</body></html>"
        },  # fmt: skip
        code=0,
    ),
    # ---- suppression comments that never end
    bg(
        "ignore-comment-then-200-KB-of-spaces",
        [*CHECK_REFS, *NEVER, "ign.txt", GOOD],
        None,
        files={"ign.txt": IGNORE_SPACES},
        code=(0, 2),
        post=comment_reported("ign.txt", [(1, 45)]),
    ),
    bg(
        "8000-unterminated-off-comments",
        [*CHECK_REFS, *NEVER, "off.txt", GOOD],
        None,
        files={"off.txt": OFF_8000},
        code=(0, 2),
        post=comment_reported("off.txt", [(n, 1) for n in range(2, 8002)], counts=(1, 8000)),
    ),
    # ---- big
    bg(
        "5-MB-of-prose",
        [*CHECK_REFS, *NEVER, "prose.txt", GOOD],
        [],
        files={"prose.txt": draft(lambda: inputs.random_prose(5 * 1024 * 1024))},
        code=0,
        cpu=300,
        timeout=600,
        slow=True,
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_hang(case: Case, tmp_path: Path, request):
    check_case(case, tmp_path, request)
