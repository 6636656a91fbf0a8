"""Sentence splitting with character offsets into the original text.

A line break ends a sentence (headlines, bullets, list items, one-line paragraphs) unless
the next line continues it in lower case; inside a line, `.`, `!`, `?` (and closing quotes)
followed by a capital, digit or quote end a sentence, except after an abbreviation from the
rule pack. Front matter and HTML comments are never part of a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offset of the first character in the document text
    end: int  # offset one past the last character
    text: str
    paragraph: int = 0  # sentences separated by no line break share a paragraph


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
# A wire dateline opening a story: "SEOUL, Feb. 14 (Yonhap) --", "KYIV, Ukraine (AP) —". Its outlet
# publishes the story (nobody's source) and its date is the story's, not a figure's.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]+(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?\s*\([^()]{1,40}\)\s*(?:--|[-—–])")


def shouting(text: str) -> bool:
    """An ALL-CAPS line (a headline): at least 12 letters, 80% of them capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s")


def list_item(text: str) -> bool:
    """A bullet or numbered list line ("- 15,000 troops", "2. Casualties")."""
    return bool(_LIST_ITEM.match(text))


def dateline_end(text: str) -> int:
    """Where a dateline at the start of `text` ends (0 when there is none)."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def mask(text: str) -> str:
    """The text with front matter and HTML comments blanked out (offsets unchanged)."""
    blank = lambda m: re.sub(r"[^\r\n]", " ", m.group(0))  # noqa: E731 - keep line breaks so positions hold
    return _COMMENT.sub(blank, _FRONT_MATTER.sub(blank, text, count=1))


def _abbreviation_before(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : dot + 1].lstrip("(\"'“‘")
    if word in abbreviations:
        return True
    return bool(re.fullmatch(r"[A-Z]\.", word))  # an initial: "Kim J. Un"


def split(text: str, abbreviations=()) -> list[Sentence]:
    """Sentences of `text` in order; whitespace-only pieces are dropped."""
    abbreviations = frozenset(abbreviations)
    masked = mask(text)
    cuts = [0]
    lines = list(_LINE_BREAK.finditer(masked))
    for brk in lines:
        before = masked[: brk.start()].rstrip()
        after = masked[brk.end() :]
        continues = after[:1].islower() and before[-1:] not in (".", "!", "?", ":", "")
        if not continues:
            cuts.append(brk.end())
    for match in _BOUNDARY.finditer(masked):
        dot = match.start()
        if masked[dot] == "." and match.end() - dot == 1 and _abbreviation_before(masked, dot, abbreviations):
            continue
        line_start = max(masked.rfind("\n", 0, dot), masked.rfind("\r", 0, dot)) + 1
        if re.fullmatch(r"\s*\d{1,2}", masked[line_start:dot]):
            continue  # a numbered list item: "1. Redeployment to Kursk"
        cuts.append(match.end())
    cuts = sorted(set(cuts)) + [len(text)]
    sentences = []
    paragraph = 0
    for start, end in zip(cuts, cuts[1:]):
        piece = masked[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        lead = len(piece) - len(piece.lstrip())
        real_start = start + lead
        real_end = real_start + len(stripped)
        if sentences and _LINE_BREAK.search(masked, sentences[-1].end, real_start):
            paragraph += 1
        sentences.append(Sentence(len(sentences), real_start, real_end, masked[real_start:real_end], paragraph))
    return sentences
