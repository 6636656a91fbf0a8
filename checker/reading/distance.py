"""How near a cue stands to a position in a sentence, in words, without crossing ',;:', and
which word stands right at or before a position (a preposition of the language pack)."""

from __future__ import annotations

import re

from checker import regex_cache
from checker.lexicon import Lexicon
from checker.lexicon.cues import lower

_STOP = regex_cache.compile(r"[;:]|,(?!\d{3})")  # a clause mark, not the comma in "3,922"
_WORD_AT = regex_cache.compile(r"\s*([^\W\d_]+)")


def preposition_at(text: str, at: int, lexicon: Lexicon) -> str | None:
    """The preposition (the language pack's `object_prepositions`) that opens the words at `at`,
    spaces skipped (" on Jan. 21", "of 82 children"), if one does."""
    word = _WORD_AT.match(text, at)
    found = lower(word.group(1)) if word else ""
    return found if found in lexicon.attribution.object_prepositions.folded else None


def preposition_before(text: str, at: int, lexicon: Lexicon) -> bool:
    """Is the word right before `at` a preposition ("In Samar")?"""
    words = text[max(0, at - lexicon.limits.cue_reach_chars) : at].split()
    return bool(words) and lower(words[-1]) in lexicon.attribution.object_prepositions.folded


def cue_after(
    text: str, at: int, pattern: re.Pattern | None, words: int, reach: int | None = None
) -> bool:
    """Does the first match of `pattern` after `at` (within `reach` characters) start at most
    `words` words on, with no ',;:' between?"""
    m = pattern.search(text, at, len(text) if reach is None else at + reach) if pattern else None
    return (
        bool(m)
        and len(text[at : m.start()].split()) <= words
        and not _STOP.search(text, at, m.start())
    )


def cue_before(
    text: str, at: int, pattern: re.Pattern | None, words: int, reach: int, names: bool = True
) -> bool:
    """Does a match of `pattern` in the `reach` characters before `at` end at most `words` words
    before it, with no ',;:' between? With `names` false, not a capitalised match inside the
    text (a word of a name: "the United States on Saturday")."""
    start = max(0, at - reach)
    head = text[start:at]
    return bool(pattern) and any(
        len(head[m.end() :].split()) <= words
        and not _STOP.search(head, m.end())
        and (names or not in_a_name(text, start + m.start()))
        for m in pattern.finditer(head)
    )


def in_a_name(text: str, at: int) -> bool:
    """Is the word at `at` capitalised inside a sentence, not at its start or after a quote?"""
    if not text[at : at + 1].isupper():
        return False
    back = at
    while back > 0 and text[back - 1].isspace():  # the mark before it, without copying the text
        back -= 1
    return back > 0 and text[back - 1] not in ".!?\"“‘'"


def word_count(text: str) -> int:
    return len(text.split())
