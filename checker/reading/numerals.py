"""Numerals in a sentence: the bare numbers before any unit, with their values.

`find(text, lexicon)` returns `Numeral`s: digit runs ("1,270", "4 000" with a no-break or thin
space, "58.24"), spelled numbers ("twenty-three", "three hundred and fifty", "a hundred"), fractions
("half", "two-thirds", "a third of"), ratios ("one in three") and multipliers ("a dozen"), each
with its value, and how precisely it is written. Units, scales and money come after (`units`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, lower, words

# Digit-group separators besides the comma: no-break, figure, thin and narrow no-break spaces.
GROUP_SPACES = "\u00a0\u2007\u2008\u2009\u200a\u202f"
# Characters that may hide inside a figure and are not read: zero-width spaces and joiners, soft
# hyphen.
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
DIGITS = rf"(?<![\d.])(?:\d{{1,3}}(?:[,{GROUP_SPACES}]\d{{3}})+|\d+)(?:\.\d+)?(?![\d])"
_INVISIBLE = regex_cache.compile(f"[{INVISIBLE}]")
_WORD = regex_cache.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Numeral:
    start: int
    end: int
    value: float
    kind: str  # "digits", "words", "fraction", "ratio", "multiplier"
    decimals: int = 0  # digits after the decimal point, as written
    unit: str = ""  # set for fractions and ratios ("%")


def visible(text: str) -> tuple[str, list[int] | None]:
    """The text without invisible characters, and for each of its characters the offset in `text`
    (None when nothing was removed, the usual case)."""
    if not _INVISIBLE.search(text):
        return text, None
    kept = [i for i, ch in enumerate(text) if ch not in INVISIBLE]
    return "".join(text[i] for i in kept), kept + [len(text)]


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    n = lexicon.numbers
    number_words = {k.lower(): v for k, v in n.words.items()}
    hedges = (
        alternation([c for h in lexicon.hedges.values() for c in h.before if c[:1].isalpha()])
        or r"(?!x)x"
    )
    small = rf"(?:\d{{1,2}}|{words(n.words)})"
    spelled = words([*n.words, *n.hundreds])
    return {
        "digits": regex_cache.compile(DIGITS),
        "run": regex_cache.compile(
            rf"\b(?:(?:a|an)\s+)?(?:{spelled})(?:(?:\s+|-|\s+and\s+)(?:{spelled}))*\b",
            re.IGNORECASE,
        ),
        "words": number_words,
        "hundreds": {k.lower(): v for k, v in n.hundreds.items()},
        "share_before": regex_cache.compile(rf"\b(?:{words(n.share_before)})\s+$", re.IGNORECASE),
        "duration_end": regex_cache.compile(
            rf"\s+(?:[\w-]+\s+)?(?:{words(n.duration_ends)})\b", re.IGNORECASE
        ),
        "fraction": regex_cache.compile(
            rf"\b(?:(?P<n>a|an|{small})[\s-]+)?(?P<f>{words(n.fractions)})\b", re.IGNORECASE
        ),
        "fractions": {k.lower(): v for k, v in n.fractions.items()},
        "part_ordinal": regex_cache.compile(
            rf"\b(?:{words(n.part_ordinals)})[\s-]+$", re.IGNORECASE
        ),
        "share_follows": regex_cache.compile(
            rf"\s+(?:{words(n.share_followers)})\b|\s*(?:[,.;:!?)—–-]|$)", re.IGNORECASE
        ),
        "ratio": regex_cache.compile(
            rf"\b(?P<a>{small})\s+(?:{words(n.ratio_words)})\s+(?:(?:{words(n.ratio_every)})\s+)?"
            rf"(?P<b>{small})\b",
            re.IGNORECASE,
        ),
        "multiplier": regex_cache.compile(
            rf"\b(?:(?P<n>a|an|{small})\s+)?(?P<m>{words(n.multipliers)})\b(?!\s+of\b)",
            re.IGNORECASE,
        ),
        "multipliers": {k.lower(): float(v) for k, v in n.multipliers.items()},
        "any": regex_cache.compile(
            r"\d|" + (alternation(n.number_words) or r"(?!x)x"), re.IGNORECASE
        ),
        # "a thousand", "an estimated a million": the article is the numeral 1 before a scale word
        "article_scale": regex_cache.compile(
            rf"\b(?:a|an)(?=\s+(?:{words(n.scales)})\b)", re.IGNORECASE
        ),
        # "nearly a month": an article right after a hedge cue, before a time unit
        "article_unit": regex_cache.compile(
            rf"(?:{hedges})\s+(?P<a>an?)(?=\s+(?:{words(n.article_units)})\b)", re.IGNORECASE
        ),
    }


def could_hold(text: str, lexicon: Lexicon) -> bool:
    """A cheap test: a digit or a number word somewhere in the text."""
    return bool(_patterns(lexicon)["any"].search(text))


def _small(word: str, p: dict) -> float:
    word = lower(word)
    if word in ("a", "an"):
        return 1.0
    return float(word) if word.isdigit() else float(p["words"].get(word, 0))


def _spelled(run: str, start: int, p: dict) -> list[Numeral]:
    """'three hundred and fifty', 'twenty-three', 'a hundred' -> their values; numbers that do not
    compose ("one two") start a new numeral."""
    out: list[Numeral] = []
    value, first, last, previous = None, None, None, None
    for m in _WORD.finditer(run):
        word = lower(m.group(0))
        if word in ("a", "an") and value is None:
            first = m.start()
            continue
        if word == "and":
            continue
        if word in p["hundreds"] and previous != "hundred":
            value, previous = (value or 1) * p["hundreds"][word], "hundred"
        elif word in p["words"] and (value is None or _composes(previous, p["words"][word])):
            value, previous = (value or 0) + p["words"][word], _kind(p["words"][word])
        elif word in p["words"]:
            out.append(Numeral(start + first, start + last, float(value), "words"))
            value, first, previous = float(p["words"][word]), m.start(), _kind(p["words"][word])
        else:
            continue
        first = m.start() if first is None else first
        last = m.end()
    if value is not None:
        out.append(Numeral(start + first, start + last, float(value), "words"))
    return out


def _kind(value: int) -> str:
    return "unit" if value < 10 else "teen" if value < 20 else "ten"


def _composes(previous: str | None, value: int) -> bool:
    """Does a number word continue the spelled number so far? 'twenty' + 'three', 'hundred' +
    anything."""
    if previous == "hundred":
        return True
    return previous == "ten" and value < 10


def _fractions(text: str, p: dict) -> list[Numeral]:
    out = []
    for m in p["fraction"].finditer(text):
        numerator = m.group("n")
        plural = lower(m.group("f")).endswith("s") and lower(m.group("f")) not in ("halves",)
        if numerator is None and lower(m.group("f")) != "half":
            continue  # "the third day": an ordinal
        if numerator is None and p["part_ordinal"].search(text, max(0, m.start() - 12), m.start()):
            continue  # "the first half of 2024": a part of a period
        after_by = p["share_before"].search(text, max(0, m.start() - 6), m.start())
        if (
            numerator is not None
            and not plural
            and not p["share_follows"].match(text, m.end())
            and not after_by
        ):
            continue  # "a third rotation"
        if (
            numerator is None
            and not p["share_follows"].match(text, m.end())
            and text[m.end() : m.end() + 2] != " a"
        ):
            continue
        share = 100.0 * _small(numerator or "a", p) * p["fractions"][lower(m.group("f"))]
        out.append(Numeral(m.start(), m.end(), round(share, 2), "fraction", unit="%"))
    return out


def _ratios(text: str, p: dict) -> list[Numeral]:
    """'one in three', '1 out of every 5': a share, in percent."""
    out = []
    for m in p["ratio"].finditer(text):
        a, b = _small(m.group("a"), p), _small(m.group("b"), p)
        if 0 < a < b:
            out.append(Numeral(m.start(), m.end(), round(100.0 * a / b, 2), "ratio", unit="%"))
    return out


def _multipliers(text: str, p: dict) -> list[Numeral]:
    """'a dozen', 'two dozen'."""
    return [
        Numeral(
            m.start(),
            m.end(),
            _small(m.group("n") or "a", p) * p["multipliers"][lower(m.group("m"))],
            "multiplier",
        )
        for m in p["multiplier"].finditer(text)
    ]


def _digits(text: str, p: dict) -> list[Numeral]:
    out = []
    for m in p["digits"].finditer(text):
        raw = m.group(0)
        whole, _, fraction = raw.partition(".")
        value = float(
            whole.replace(",", "").translate({ord(c): None for c in GROUP_SPACES})
            + "."
            + (fraction or "0")
        )
        out.append(Numeral(m.start(), m.end(), value, "digits", decimals=len(fraction)))
    return out


def _ends_a_comparison(text: str, end: int, p: dict) -> bool:
    """'more than a year earlier': the article's unit is followed by 'earlier', 'ago'..."""
    unit = re.match(r"\s+\w+", text[end:])
    return bool(unit and p["duration_end"].match(text, end + unit.end()))


def _overlaps(a: Numeral, taken: list[Numeral]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


def find(text: str, lexicon: Lexicon) -> list[Numeral]:
    """Every numeral in `text`, left to right; where two kinds overlap, a ratio beats a fraction
    beats
    a multiplier beats a spelled or digit number ("one in three" is not 1 and 3)."""
    p = _patterns(lexicon)
    taken: list[Numeral] = []
    for found in (_ratios(text, p), _fractions(text, p), _multipliers(text, p)):
        taken += [n for n in found if not _overlaps(n, taken)]
    taken += [
        n
        for n in (
            Numeral(m.start("a"), m.end("a"), 1.0, "words")
            for m in p["article_unit"].finditer(text)
        )
        if not _overlaps(n, taken) and not _ends_a_comparison(text, n.end, p)
    ]
    taken += [
        n
        for n in (
            Numeral(m.start(), m.end(), 1.0, "words") for m in p["article_scale"].finditer(text)
        )
        if not _overlaps(n, taken)
    ]
    for m in p["run"].finditer(text):
        taken += [n for n in _spelled(m.group(0), m.start(), p) if not _overlaps(n, taken)]
    taken += [n for n in _digits(text, p) if not _overlaps(n, taken)]
    return sorted(taken, key=lambda n: n.start)
