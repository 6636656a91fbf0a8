"""Cue lists: words and phrases matched case-insensitively on word boundaries.

`Cues` is a tuple of phrases whose `.pattern` compiles them once into one regex (longest first).
`fold` is how names and phrases are compared: curly apostrophes straightened, spaces squeezed,
lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Mapping

from checker import regex_cache

ANY_WORD = "any"  # in a language pack's `inflections`: the endings any word may take
_ODD_CASES = str.maketrans({"ſ": "s", "ı": "i", "\u212a": "k", "\u212b": "å"})


def lower(word: str) -> str:
    """Lower case as case-insensitive regexes match: 'ſ' matches 's', 'ı' matches 'i'."""
    return word.lower().translate(_ODD_CASES)


def fold(text: str) -> str:
    """One space between words, straight apostrophes, lower case: how names are compared."""
    return " ".join(text.replace("’", "'").split()).lower()


_RIGHT = r"(?![\w])"  # a cue ending in a letter or digit ends a word


GAP = "…"  # in a cue, one optional word that is not a figure: "put … … … at" ("put the toll at")
_GAP_WORD = r"(?:\s+[^\s\d,;:.]+)?"


def _body(cue: str) -> str:
    """The regex source of a cue's words: spaces match any run of spaces, each `GAP` one word
    or none (never a figure, never past a clause mark)."""
    return "".join(regex for _, regex in _cue_pieces(cue))


@dataclass(frozen=True)
class _Alternative:
    """One alternative of a cue regex: its leading literal characters as (key, regex) pairs (the
    key a character's lower case, a space `\\s+` keyed " "), then the rest as regex source. `lead`
    is the key of the first character of an alternative with no such characters (a name matched
    case-sensitively), for grouping alone."""

    chars: tuple[tuple[str, str], ...]
    tail: str
    lead: str | None = None
    right: bool = False  # it ends a word: `_RIGHT` follows

    def source(self) -> str:
        written = "".join(regex for _, regex in self.chars)
        return written + self.tail + (_RIGHT if self.right else "")

    def rest(self, shared: int, right: bool) -> _Alternative:
        return _Alternative(self.chars[shared:], self.tail, right=right)


def _char(ch: str) -> tuple[str | None, str]:
    """A character's (key, regex); the key is None for a character other than plain ASCII (it ends
    the literal characters a group may share: case-insensitive matching folds others unevenly)."""
    return (ch.lower() if ch.isascii() else None), re.escape(ch)


def _cue_pieces(cue: str):
    """(key, regex) of each character of a cue's words, `\\s+` between words, and each `GAP` as
    one optional word (key None)."""
    for i, part in enumerate(cue.split()):
        if part == GAP:
            yield None, _GAP_WORD
            continue
        if i:
            yield " ", r"\s+"
        yield from (_char(ch) for ch in part)


def _stem_pieces(stem: str):
    """(key, regex) of each character of an inflecting cue's stem, each space `\\s+`."""
    for ch in stem:
        yield (" ", r"\s+") if ch == " " else _char(ch)


def _alternative(pieces, tail: str, right: bool) -> _Alternative:
    pieces = list(pieces)
    shared = next((i for i, (key, _) in enumerate(pieces) if key is None), len(pieces))
    rest = "".join(regex for _, regex in pieces[shared:])
    return _Alternative(tuple(pieces[:shared]), rest + tail, right=right)


def _key(alternative: _Alternative, top: bool) -> str | None:
    """What an alternative is grouped by: its first character; a name's `lead` only at the top,
    where nothing has been taken off it yet."""
    if alternative.chars:
        return alternative.chars[0][0]
    return alternative.lead if top else None


def _grouped(alternatives, top: bool = True) -> str:
    """The alternation of `alternatives` (in order of preference) with those that start with the
    same characters grouped behind them, recursively: `kill(?:ed|s|)`. Regex engines try each
    alternative in turn at every position; grouped, they try one character per group. Matches are
    exactly those of the plain alternation: only alternatives that cannot match the same text (their
    first characters differ, also in another case) change order, and an alternative that may match
    an empty string (its literal characters used up) keeps its place against all others."""
    out: list[str] = []
    segment: list[_Alternative] = []

    def flush() -> None:
        groups: dict[str, list[_Alternative]] = {}
        for alternative in segment:
            groups.setdefault(_key(alternative, top), []).append(alternative)
        out.extend(_group(members) for members in groups.values())
        segment.clear()

    for alternative in alternatives:
        if _key(alternative, top) is None:
            flush()
            out.append(alternative.source())
        else:
            segment.append(alternative)
    flush()
    return "|".join(out)


def _shared(run: list[_Alternative]) -> int:
    """How many leading characters all of `run` write alike (at least one)."""
    first = run[0].chars
    shared = min(len(m.chars) for m in run)
    for m in run[1:]:
        shared = next((i for i in range(1, shared) if m.chars[i][1] != first[i][1]), shared)
    return shared


def _ended(members: list[_Alternative], shared: int = 0) -> tuple[list[_Alternative], str]:
    """The members without their first `shared` characters and, when every one of them ends a
    word, without their own word-end lookahead, and the one lookahead to put after their group."""
    right = all(m.right for m in members)
    rests = [m.rest(shared, m.right and not right) for m in members]
    return rests, (_RIGHT if right else "")


def _group(members: list[_Alternative]) -> str:
    """Members sharing a first key; runs of them writing their first characters alike share them."""
    pieces: list[str] = []
    run: list[_Alternative] = []

    def close() -> None:
        if len(run) == 1:
            pieces.append(run[0].source())
        elif run:
            shared = _shared(run)
            rests, right = _ended(run, shared)
            prefix = "".join(regex for _, regex in run[0].chars[:shared])
            pieces.append(f"{prefix}(?:{_grouped(rests, top=False)}){right}")
        run.clear()

    for member in members:
        if member.chars and (not run or run[0].chars[0][1] == member.chars[0][1]):
            run.append(member)
            continue
        close()
        if member.chars:
            run.append(member)
        else:
            pieces.append(member.source())
    close()
    return pieces[0] if len(pieces) == 1 else f"(?:{'|'.join(pieces)})"


def _cue_alternative(cue: str) -> _Alternative:
    return _alternative(_cue_pieces(cue), "", cue[-1].isalnum())


def _bounded(worded: list[_Alternative], others: list[_Alternative]) -> str:
    """Cues that start with a letter or digit share one word-boundary lookbehind in front of their
    group rather than one each, and one lookahead behind it when they all end a word."""
    group = []
    if worded:
        rests, right = _ended(worded)
        group.append(rf"(?<![\w])(?:{_grouped(rests)}){right}")
    return "|".join(group + ([_grouped(others)] if others else []))


def _longest_first(cues) -> list[str]:
    """The cues, longest first, then in alphabetical order: the same pattern in every run."""
    return sorted({c for c in cues if c}, key=lambda c: (-len(c), c))


@lru_cache(maxsize=1)
def _builder() -> str:
    """This module's fingerprint: the cached sources it built are its own (`remember`)."""
    return regex_cache.fingerprint(__file__)


def alternation(cues) -> str:
    """The regex source matching any cue on word boundaries, longest first ('' when there are
    none), its alternatives grouped by their leading characters (`_grouped`)."""
    ordered = _longest_first(cues)

    def build() -> str:
        worded = [_cue_alternative(c) for c in ordered if c[0].isalnum()]
        others = [_cue_alternative(c) for c in ordered if not c[0].isalnum()]
        return _bounded(worded, others)

    return regex_cache.remember(("alternation", *ordered), build, _builder())


def cue_pattern(cues) -> re.Pattern | None:
    """One case-insensitive regex matching any cue on word boundaries, longest cue first."""
    source = alternation(cues)
    return regex_cache.compile(source, re.IGNORECASE) if source else None


def words(cues) -> str:
    """A plain alternation of the cues (no boundaries), longest first, for use inside a larger
    regex."""
    return "|".join(_body(c) for c in _longest_first(cues)) or r"(?!x)x"


def _split(cue: str, endings, min_letters: int) -> tuple[str, str, tuple[str, ...]] | None:
    """(stem, its own ending, the endings that may replace it) of a cue whose last word inflects,
    else None: `endings` maps a word ending (`any` for any word) to the endings that replace it;
    the longest ending that fits applies. Words of other than letters, or shorter than
    `min_letters`, do not inflect."""
    last = cue.rpartition(" ")[2]
    if len(last) < min_letters or not last.isalpha():
        return None
    fitting = [e for e in endings if e != ANY_WORD and last.lower().endswith(e)]
    ending = max(fitting, key=len, default=ANY_WORD)
    if ending not in endings:
        return None
    own = "" if ending == ANY_WORD else ending
    return cue[: len(cue) - len(own)], own, tuple(endings[ending])


def inflected(cue: str, endings, min_letters: int) -> list[str]:
    """The cue with its last word inflected ("raise": "raises", "raised", "raising")."""
    split = _split(cue, endings, min_letters)
    return [split[0] + new for new in split[2]] if split else []


def inflecting_pattern(cues, endings, min_letters: int, literal=()) -> re.Pattern | None:
    """`cue_pattern` of the cues and their inflected forms, each cue one alternative with its
    endings grouped ("rais(?:ing|es|ed|e)"): as fast as the cues alone. `literal` cues are matched
    as written, never inflected (irregular forms: "died")."""
    ordered = _longest_first((*cues, *literal))
    settings = repr((sorted(endings.items()), min_letters, sorted(set(literal))))
    source = regex_cache.remember(
        ("inflecting", settings, *ordered),
        lambda: _inflecting_source(ordered, endings, min_letters, set(literal)),
        _builder(),
    )
    return regex_cache.compile(source, re.IGNORECASE) if source else None


def _inflecting_source(ordered: list[str], endings, min_letters: int, exact: set[str]) -> str:
    pieces = []
    # longest cue first, as written ("Reform UK" before "Reform", whatever "Reform" may become)
    for cue in ordered:
        split = None if cue in exact else _split(cue, endings, min_letters)
        if split is None:
            pieces.append((cue[0].isalnum(), _cue_alternative(cue)))
            continue
        stem, own, new = split
        if cue.rpartition(" ")[2][:1].isupper():
            # a name's forms only as written ("Syrians", not "reforms" for "Reform")
            body = "".join(regex for _, regex in _stem_pieces(stem))
            tail = "|".join(re.escape(f) for f in _longest_first(new))
            base = "".join(regex for _, regex in _stem_pieces(cue))
            regex = rf"(?:(?-i:{body}(?:{tail}))|{base})"
            lead = _char(cue[0])[0] if stem else None  # an empty stem: an ending comes first
            pieces.append((True, _Alternative((), regex, lead, right=True)))
            continue
        forms = sorted({own, *new}, key=lambda f: (-len(f), f))  # "" (no ending) last
        tail = "|".join(re.escape(f) for f in forms)
        pieces.append((True, _alternative(_stem_pieces(stem), rf"(?:{tail})", right=True)))
    worded = [alternative for word, alternative in pieces if word]
    others = [alternative for word, alternative in pieces if not word]
    return _bounded(worded, others)


class Cues(tuple):
    """Phrases from a pack; `.pattern` is their compiled matcher (None when empty), built once."""

    @cached_property
    def pattern(self) -> re.Pattern | None:
        return cue_pattern(self)

    @cached_property
    def folded(self) -> frozenset[str]:
        return frozenset(fold(c) for c in self)


class GuardedCues(Cues):
    """Cues whose `.pattern` never matches a cue of `not_before` (a cue -> words) right before one
    of its words ("per the ministry", not the "per" of "56.9 per cent")."""

    not_before: Mapping[str, tuple[str, ...]] = {}

    def __new__(cls, cues, not_before: Mapping[str, tuple[str, ...]]):
        made = super().__new__(cls, cues)
        made.not_before = dict(not_before)
        return made

    def __getnewargs__(self):  # (copies and pickles: `__new__` takes the guards too)
        return (tuple(self), self.not_before)

    @cached_property
    def pattern(self) -> re.Pattern | None:
        guarded = {fold(c) for c in self.not_before}
        rest = alternation([c for c in self if fold(c) not in guarded])
        lone = [
            rf"(?<![\w])(?:{words([cue])})(?!\s+(?:{words(after)}){_RIGHT}){_RIGHT}"
            for cue, after in self.not_before.items()
        ]
        source = "|".join([*([rest] if rest else []), *lone])
        return regex_cache.compile(source, re.IGNORECASE) if source else None
