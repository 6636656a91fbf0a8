"""What a numeral measures, from the words around it: scale ("2 million", "$4.2b"), money before
or after it ("US$58.24", "RM150,000", "90 million yen", "19 cents"), percentages and percentage
points, and units ("17kHz", "300 km", "a 12-year sentence"). Every word comes from the language
pack.

`dress(text, numeral, lexicon)` returns the figure's span, value, unit and written precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, lower, words
from checker.reading.numerals import Numeral

_NOT_WORD_BEFORE = regex_cache.compile(r"(?<![A-Za-z])")


@dataclass(frozen=True)
class Dressed:
    start: int
    end: int
    value: float
    unit: str  # "count", "%", "pp", an ISO currency code, or a unit symbol
    precision: float  # half the last written step: "1.3 million" is 1.25-1.35 million
    currency_before: bool = False  # "$2,000": the sign stands before the figure
    scaled: bool = False


def _longest_first(items) -> list[str]:
    return sorted(items, key=len, reverse=True)


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    n = lexicon.numbers
    signs = "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in _longest_first(n.currency_signs))
    codes = "|".join(map(re.escape, _longest_first(n.currency_codes)))
    glued = {u for u in n.glued_only_units}
    spaced_units = [u for u in n.units if u not in glued]
    return {
        "prefix": regex_cache.compile(
            rf"(?:(?<![A-Za-z])(?P<sign>{signs})|(?<![A-Za-z])(?P<code>{codes}))\s?$"
        ),
        "signs": {re.sub(r"\s", "", k): v for k, v in n.currency_signs.items()},
        "spelled_scale": regex_cache.compile(rf"\s+(?:{words(n.scales)})\b", re.IGNORECASE),
        "scales": {k.lower(): float(v) for k, v in n.scales.items()},
        "glued_scale": regex_cache.compile(rf"(?:{words(n.scale_abbreviations)})(?![\w])"),
        "abbreviations": {k: float(v) for k, v in n.scale_abbreviations.items()},
        "percent": regex_cache.compile(rf"\s?(?:{alternation(n.percent)})", re.IGNORECASE),
        "points": regex_cache.compile(rf"\s?(?:{alternation(n.points)})", re.IGNORECASE),
        "code_after": regex_cache.compile(rf"\s?(?:{codes})\b"),
        "word_after": regex_cache.compile(
            rf"\s+(?:{alternation(n.currency_words)})", re.IGNORECASE
        ),
        "currency_words": {k.lower(): v for k, v in n.currency_words.items()},
        "minor": regex_cache.compile(rf"\s?(?:{words(n.minor_currency)})", re.IGNORECASE),
        "minor_values": {k.lower(): float(v) for k, v in n.minor_currency.items()},
        "minor_of": {k.lower(): v for k, v in n.minor_of.items()},
        "unit_spaced": regex_cache.compile(
            rf"(?:\s+|-)(?:{alternation(spaced_units)})", re.IGNORECASE
        ),
        "unit_glued": regex_cache.compile(rf"-?(?:{words(n.units)})"),
        "units": {
            **{k.lower(): v for k, v in n.units.items()},
            **{k: v for k, v in n.units.items()},
        },
        # "half a percentage point", "a quarter of a point": a fraction of one point
        "article_point": regex_cache.compile(
            rf"(?:\s+(?:{alternation(n.fraction_scale_links) or '(?!x)x'}))?\s+an?\s+"
            rf"(?:{alternation(n.points)})(?![\w])",
            re.IGNORECASE,
        ),
        "article_unit": regex_cache.compile(
            rf"\s+an?\s+(?P<unit>{alternation(spaced_units)})(?![\w])", re.IGNORECASE
        ),
        # a glued "m" before a word that is not a measure ("1.3m shells") is million
        "million_after": regex_cache.compile(
            rf"\s+(?!(?:{words(n.metre_context)})\b)[a-z]", re.IGNORECASE
        ),
        "degrees": regex_cache.compile(rf"\s+(?:{words(n.degrees)})\b", re.IGNORECASE),
        "any_currency": regex_cache.compile(
            rf"(?:{signs})\s?\d|\d\s?(?:{codes})\b|\b(?:{codes})\s?\d|"
            rf"\d\s+(?:{alternation(n.currency_words)})",
            re.IGNORECASE,
        ),
    }


def sentence_currency(text: str, lexicon: Lexicon) -> str | None:
    """The first currency the sentence writes a figure in, for its minor units ("rose 19 cents to
    $58.24")."""
    p = _patterns(lexicon)
    m = p["any_currency"].search(text)
    if not m:
        return None
    for sign, code in sorted(p["signs"].items(), key=lambda item: -len(item[0])):
        if sign in m.group(0):
            return code
    word = re.sub(r"[\d\s]", "", lower(m.group(0)))
    return p["currency_words"].get(word) or word.upper()


def _prefix(text: str, start: int, p: dict) -> tuple[int, str | None]:
    """('$2,000'): where a currency sign or code before the numeral starts, and its code."""
    m = p["prefix"].search(text, max(0, start - 6), start)
    if not m:
        return start, None
    code = p["signs"][re.sub(r"\s", "", m.group("sign"))] if m.group("sign") else m.group("code")
    return m.start(), code


def _scale(
    text: str, end: int, numeral: Numeral, currency: str | None, p: dict
) -> tuple[int, float]:
    """'2 million', '$4.2b', '250k' ('100m' is metres unless it is money)."""
    spelled = p["spelled_scale"].match(text, end)
    if spelled:
        return spelled.end(), p["scales"][lower(spelled.group(0).strip())]
    glued = p["glued_scale"].match(text, end) if numeral.kind == "digits" else None
    if glued:
        word = glued.group(0)
        ambiguous = (
            lower(word) in p["units"]
            and lower(word) not in ("k",)
            and not p["million_after"].match(text, glued.end())
        )
        money_after = p["word_after"].match(text, glued.end()) or p["code_after"].match(
            text, glued.end()
        )
        if not ambiguous or currency or money_after:
            return glued.end(), p["abbreviations"].get(
                word, p["abbreviations"].get(lower(word), 1.0)
            )
    return end, 1.0


def _after(
    text: str, end: int, currency: str | None, p: dict, lexicon: Lexicon
) -> tuple[int, str | None, float]:
    """What follows the (scaled) numeral: a percent sign, points, money, or a unit; (end, unit,
    factor)."""
    for kind in ("points", "percent"):
        m = p[kind].match(text, end)
        if m and not re.match(r"\w", text[m.end() : m.end() + 1]):
            return m.end(), "%" if kind == "percent" else "pp", 1.0
    m = p["word_after"].match(text, end)
    if m:
        return m.end(), p["currency_words"][re.sub(r"\s+", " ", lower(m.group(0).strip()))], 1.0
    m = p["code_after"].match(text, end)
    if m and not currency:
        return m.end(), m.group(0).strip(), 1.0
    m = p["minor"].match(text, end)
    if (
        m
        and (m.group(0)[0].isspace() or lower(m.group(0)) == "p")
        and not re.match(r"\w", text[m.end() : m.end() + 1])
    ):
        word = lower(m.group(0).strip())
        code = currency or p["minor_of"].get(word) or lexicon.numbers.minor_default
        return m.end(), code, p["minor_values"][word]
    return _unit(text, end, p, lexicon)


def _unit(text: str, end: int, p: dict, lexicon: Lexicon) -> tuple[int, str | None, float]:
    m = p["unit_glued"].match(text, end)
    if m and not re.match(r"\w", text[m.end() : m.end() + 1]):
        return (
            m.end(),
            p["units"].get(m.group(0).lstrip("-"), p["units"].get(lower(m.group(0).lstrip("-")))),
            1.0,
        )
    m = p["unit_spaced"].match(text, end)
    if m and not re.match(r"\w", text[m.end() : m.end() + 1]):
        surface = re.sub(r"^[\s-]+", "", m.group(0))
        unit = p["units"].get(surface, p["units"].get(re.sub(r"\s+", " ", lower(surface))))
        return (m.end(), *_in_its_base(unit, lexicon))
    m = p["degrees"].match(text, end)
    if m:
        return m.end(), lexicon.numbers.degrees_default, 1.0
    return end, None, 1.0


def _in_its_base(unit: str | None, lexicon: Lexicon) -> tuple[str | None, float]:
    """A unit counted in another ("decade": 10 years), as that one and the factor, when the
    language pack gives both (a unit in only one of `unit_multiples` and `unit_multiple_of` stays
    itself)."""
    n = lexicon.numbers
    base = n.unit_multiple_of.get(unit) if unit else None
    factor = n.unit_multiples.get(unit) if unit else None
    return (base, factor) if base and factor else (unit, 1.0)


def dress(text: str, numeral: Numeral, lexicon: Lexicon) -> Dressed:
    """The figure a numeral makes with the words around it."""
    p = _patterns(lexicon)
    if numeral.kind == "fraction":  # "half a mile", "half a percentage point"
        m = p["article_point"].match(text, numeral.end)
        if m:
            return Dressed(numeral.start, m.end(), numeral.value / 100, "pp", 0.0)
        m = p["article_unit"].match(text, numeral.end)
        if m:
            unit, factor = _in_its_base(p["units"][lower(m.group("unit"))], lexicon)
            return Dressed(numeral.start, m.end(), numeral.value / 100 * factor, unit, 0.0)
    if numeral.unit:  # a fraction or ratio is a share
        return Dressed(numeral.start, numeral.end, numeral.value, numeral.unit, 0.0)
    start, currency = (
        _prefix(text, numeral.start, p) if numeral.kind == "digits" else (numeral.start, None)
    )
    end, scale = _scale(text, numeral.end, numeral, currency, p)
    end, unit, factor = _after(text, end, currency, p, lexicon)
    value = numeral.value * scale * factor
    step = (10.0**-numeral.decimals) * scale * factor if (numeral.decimals or scale > 1) else 0.0
    unit = (
        _local(currency or unit, _marker(text, start, numeral, end, currency), lexicon) or "count"
    )
    if unit in ("%", "pp") and not step:
        step = 1.0  # a share is a measure: "78%" is 78.33% rounded to the point, as news writes it
    return Dressed(
        start,
        end,
        value,
        unit,
        step / 2,
        currency is not None,
        scale > 1,
    )


_ROUNDED_MAX = 1e15  # beyond it, a float's trailing zeros are no writer's


def percent_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a percent sign or word follow right after `end` ("1%", "2 percent")?"""
    return _patterns(lexicon)["percent"].match(text, end) is not None


def round_step(value: float, lexicon: Lexicon) -> float:
    """'481,000 deaths' for the ministry's 481,486: a whole number ending in the zeros of at
    least `rounded_min_step`, that step at most `truncation_step` of it, is rounded to that step
    (not "12,000", where a step of 1,000 is a twelfth of the figure and the zeros may be exact,
    nor "2,280", where news rounds no figure to the ten)."""
    limits = lexicon.limits
    if not 0 < value < _ROUNDED_MAX or value != int(value):
        return 0.0  # (not infinity, nor a figure of more digits than a float keeps)
    step, whole = 1, int(value)
    while whole % (step * 10) == 0:
        step *= 10
    fine = limits.rounded_min_step <= step <= limits.truncation_step * value
    return float(step) if fine else 0.0


def _marker(text: str, start: int, numeral: Numeral, end: int, currency: str | None) -> str:
    """The sign or word that names a figure's currency, as written: "$" of "$2 billion", "pesos"
    of "800 pesos"."""
    if currency is not None:
        return text[start : numeral.start].strip()
    words = text[numeral.end : end].split()
    return lower(words[-1]) if words else ""


def _local(code: str | None, marker: str, lexicon: Lexicon) -> str | None:
    """The currency a bare sign or word (`marker`) stands for in this story: its default `code`,
    unless the reference set counts money in exactly one of its alternatives and not in the
    default ("pesos" in a story told in ARS). A code or a marked sign ("US$") is never moved."""
    alternatives = lexicon.numbers.currency_alternatives.get(marker) if code else None
    if not alternatives:
        return code
    used = _fact_currencies(lexicon)
    if code in used:
        return code
    named = [a for a in alternatives if a in used]
    return named[0] if len(named) == 1 else code


@compiled
def _fact_currencies(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(u for units in lexicon.fact_units.values() for u in units)
