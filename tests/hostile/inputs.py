"""Generators of hostile inputs, shared by the tables. Big ones are functions that write the file
(`Case.files` accepts a callable), so nothing large is held while the tables are collected."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from tests.hostile.helpers import REFS, SEEDS, Y

HEAD = "subject: north-korean-troops\nfacts:\n"
FACT = "  - id: a\n    metric: killed\n    value: 1\n    source: NIS\n"
SEED_REFS = (SEEDS / REFS).read_text(encoding="utf-8")
GOOD_TEXT = (SEEDS / "003_7c06984ad44548c2.txt").read_text(encoding="utf-8")


def alias_bomb(levels: int = 9, fanout: int = 9, indent: str = "") -> str:
    """Billion laughs: `levels` anchors, each a list of `fanout` aliases to the one before."""
    names = [f"l{i}" for i in range(levels)]
    lines = [f"{indent}{names[0]}: &{names[0]} [" + ", ".join(['"lol"'] * fanout) + "]"]
    for prev, cur in zip(names, names[1:], strict=False):
        lines.append(f"{indent}{cur}: &{cur} [" + ", ".join([f"*{prev}"] * fanout) + "]")
    return "\n".join(lines) + "\n"


def mapping_bomb(levels: int = 9, fanout: int = 9) -> str:
    keys = [f"k{j}" for j in range(fanout)]
    lines = ["m0: &m0 {" + ", ".join(f"{k}: lol" for k in keys) + "}"]
    for i in range(1, levels):
        lines.append(f"m{i}: &m{i} {{" + ", ".join(f"{k}: *m{i - 1}" for k in keys) + "}")
    return "\n".join(lines) + "\n"


def wide_alias(items: int = 10_000, uses: int = 10_000) -> str:
    """Quadratic, not exponential: one big list, aliased many times."""
    return (
        "big: &big\n"
        + "".join(f"  - item{i}\n" for i in range(items))
        + "uses:\n"
        + "  - *big\n" * uses
    )


def nested_flow(depth: int = 500) -> str:
    return "[" * depth + "]" * depth


def nested_block(depth: int = 500) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "v\n"


def write_bytes(data_fn):
    def write(path: Path) -> None:
        path.write_bytes(data_fn())

    return write


def repeated_prose(size: int) -> bytes:
    sentence = Y(
        "The ministry said 300 soldiers were killed in the fighting near the border town last "
        "week. "
    )
    return (sentence * (size // len(sentence) + 1))[:size]


def random_prose(size: int, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    templates = [
        "The ministry said {} soldiers were killed in the fighting near the border town.",
        "About {} people fled the region, according to the United Nations.",
        "Officials reported that {} homes were destroyed and {} damaged.",
        "The weather was calm on the coast.",
    ]
    out, total = [], 0
    while total < size:
        text = rng.choice(templates).format(*(rng.randint(2, 90_000) for _ in range(2)))
        out.append(text + ("\n" if rng.random() < 0.2 else " "))
        total += len(out[-1])
    return Y("".join(out))


def many_facts(count: int) -> bytes:
    """The seed reference set plus `count` figures about a subject the good draft never counts,
    so the good draft's findings stay what they are."""
    facts = [
        f"  - id: synthetic-{i}\n    metric: captured\n    subject: ukrainian-soldiers\n"
        f"    value: {i + 1}\n    source: NIS\n    as_of: {2000 + i % 25}-{1 + i % 12:02d}\n"
        for i in range(count)
    ]
    return Y(SEED_REFS.rstrip("\n") + "\n" + "".join(facts))


def docx(document_xml: bytes) -> bytes:
    """A minimal Word file holding `document_xml` as word/document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"/>',
        )
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_paragraphs(*paragraphs: str) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return Y(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
