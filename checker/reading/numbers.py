"""Figures in one sentence: numerals (`numerals`), dressed with what they measure (`units`), minus
what is no figure (`nonfigures`), then read together:

- ranges in every spelling ("between 1,000 and 3,000", "10,000-12,000", "15kHz and 17kHz",
  "$10-12 million") become low/high;
- changes are not ranges: "rose 19 cents" is a change up, "slowed from 4.8 to 4.7 percent" two
  levels (from, to), "up 62 cents at $81.40" a change and the level it reached;
- a conversion in brackets ("90 million yen ($610,000)") is a second figure for the same thing;
- sports results ("won 3-1") are no figures;
- vague quantities ("hundreds of") are ranges marked `vague`, from the language pack's table;
- rates ("1,000 a day", "$81.40 a barrel") carry their period or unit ("count/day", "USD/bbl");
- a shouted headline is read in lower case; digits split by a no-break or thin space, or with a
  zero-width character inside, are one figure.

`find_numbers(text, lexicon)` returns `Number`s with spans into `text`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, lower, words
from checker.model import Figure
from checker.reading import nonfigures, numerals, time, units
from checker.reading.sentences import shouting

_CHANGE_WINDOW = 60  # characters before a figure where its verb or noun of change may stand
_STOP = regex_cache.compile(r"[,;:]")
_NEXT_DIGIT = regex_cache.compile(r"\d|$")
_WORDS = regex_cache.compile(r"[\w'’%$€£¥-]+")


@dataclass(frozen=True)
class Number(Figure):
    start: int
    end: int
    low: float
    high: float
    unit: str  # "count", "%", "pp", an ISO currency code or a unit symbol; "/day" etc. for rates
    text: str
    vague: bool = False  # "hundreds of": low and high come from the vague-quantity table
    change: str | None = None  # "up" or "down": the figure is an amount of change
    role: str | None = None  # "from" or "to": one end of a change of level
    precision: float = 0.0  # half the last written step ("1.3 million": 50,000)
    conversion_of: int | None = (
        None  # index of the figure this one converts ("90 million yen ($610,000)")
    )
    scaled: bool = False


def _between_figures(leads) -> re.Pattern:
    """The text between two figures, a few words, a comma and one of `leads`, then a few words
    ("240 seats, against" … "303"; "52.3 million tons, up from the previous record of" …)."""
    return regex_cache.compile(
        rf"(?:\s+[^\s,;:]+){{0,4}}\s*(?:,\s*)?(?:{alternation(leads) or '(?!x)x'})"
        rf"\s+(?:[^\W\d][\w.~-]*\s+){{0,4}}",
        re.IGNORECASE,
    )


def a_new_total(text: str, start: int, lexicon: Lexicon) -> bool:
    """Is the figure at `start` given as the new total an amount added makes ("bringing the toll
    to 71", "raised its tally to 501,800")?"""
    reach = lexicon.limits.cue_look_back_chars
    return bool(_patterns(lexicon)["new_total_before"].search(text, max(0, start - reach), start))


def increment_after(lexicon: Lexicon) -> str:
    """A regex source: an increment word and the start of its noun right after a figure ("12 new
    deaths", "three more bodies"; not "more than")."""
    return rf"\s+(?:{alternation(lexicon.numbers.increments) or '(?!x)x'})\s+(?!than\b)[^\W\d]"


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    n, t = lexicon.numbers, lexicon.time
    time_words = words([*t.named_days, *t.relative_days])
    change_words = alternation([*n.change_up, *n.change_down])
    not_changes = alternation(n.not_changes) or r"(?!x)x"
    level_words = alternation([*n.change_up, *n.change_down, *n.level_verbs])
    times = alternation(n.comparison_times) or r"(?!x)x"
    comparatives = alternation([*n.comparatives_up, *n.comparatives_down])
    hedge_after = [c for h in lexicon.hedges.values() for c in h.after if c[:1].isalpha()]
    added = increment_after(lexicon)
    # "bringing the toll to": the new total an amount added makes
    qualifier = lexicon.limits.total_qualifier_words
    new_total = (
        rf"(?:{alternation(n.new_totals) or '(?!x)x'})(?:\s+[^\s\d,;:.]+){{0,3}}?\s+"
        rf"(?:{alternation(n.total_nouns) or '(?!x)x'})(?:\s+[^\s\d,;:.]+){{0,{qualifier}}}?"
        rf"\s+to\s+(?:[^\W\d]+\s+)?"
    )
    return {
        "joiner": regex_cache.compile(rf"\s*(?:{alternation(n.range_joiners)})\s*$", re.IGNORECASE),
        "pairs": {k.lower(): v.lower() for k, v in n.range_pairs.items()},
        "lead": regex_cache.compile(
            rf"\b(?P<lead>{words(n.range_pairs)})\s+(?:[\w.~-]+\s+){{0,2}}$", re.IGNORECASE
        ),
        "pair_joiner": regex_cache.compile(
            rf"\s*(?P<sep>{alternation(n.range_pairs.values())})\s*$", re.IGNORECASE
        ),
        "change": regex_cache.compile(
            rf"(?:{change_words})(?:\s+(?P<by>by))?(?:\s+(?:[\w.~-]+)){{0,1}}\s*$", re.IGNORECASE
        ),
        "change_tight": regex_cache.compile(
            rf"(?P<word>{change_words})\s+(?P<by>by\s+)?$", re.IGNORECASE
        ),
        # "a reduction of roughly 60%", "a drop of 300": a change noun, "of", and a hedge or two
        "change_of": regex_cache.compile(
            rf"\b(?P<word>{alternation([*n.change_nouns_up, *n.change_nouns_down]) or '(?!x)x'})"
            rf"\s+of\s+(?:[^\W\d][\w.~-]*\s+){{0,2}}$",
            re.IGNORECASE,
        ),
        # "to about 1,500 from just under 8,000": the level reached, then the one it came from
        # "to 59.7 per cent, the commission said, from 62.9 per cent": an aside of a few words
        # between commas may stand before "from"
        "from_after_to": regex_cache.compile(
            r"(?:,(?:\s+[^\W\d][\w.’'~-]*){1,6})?,?\s+from\s+(?:[^\W\d][\w.~-]*\s+){0,2}"
        ),
        "change_after": regex_cache.compile(
            rf"[\s-]+(?!{not_changes})(?:(?P<word2>{comparatives})\s+than\b|(?P<word>{change_words})\b)",
            re.IGNORECASE,
        ),
        "increment": regex_cache.compile(rf"{added}[^;:\d]{{0,120}}?{new_total}\d", re.IGNORECASE),
        # "another eight people had died, bringing the toll to 71": an increment word before
        "increment_before": regex_cache.compile(
            rf"\b(?:{alternation(n.increments_before) or '(?!x)x'})\s+(?:[^\W\d][\w.~-]*\s+)?$",
            re.IGNORECASE,
        ),
        "new_total_after": regex_cache.compile(rf"[^;:\d]{{0,120}}?{new_total}\d", re.IGNORECASE),
        "conjunction": lexicon.text.conjunctions.pattern,
        # a month, a weekday or a day counted from the draft's ("on Friday", "yesterday")
        "time_word": regex_cache.compile(rf"\b(?:{time_words or '(?!x)x'})\b", re.IGNORECASE),
        # "raised its tally to 501,800, after a recount turned up tens of thousands of new
        # arrivals": an amount added, after the new total it made
        "increment_word": regex_cache.compile(added, re.IGNORECASE),
        "new_total_before": regex_cache.compile(rf"\b{new_total}$", re.IGNORECASE),
        "up": {lower(w) for w in (*n.change_up, *n.comparatives_up, *n.change_nouns_up)},
        "currencies": frozenset(
            [*n.currency_signs.values(), *n.currency_codes, *n.currency_words.values()]
        ),
        "elision_followers": frozenset(lower(w) for w in n.money_elision_followers),
        "definite_before": regex_cache.compile(
            rf"\b(?:{words(n.money_elision_leads)})\s+(?:[^\W\d_][\w-]*\s+)?$", re.IGNORECASE
        ),
        "objects": {lower(w) for w in n.change_objects},
        # "rose $1.12, or 1.4%, to $81.36": a share restating the change before it
        "restated": regex_cache.compile(
            rf",\s+(?:{words(lexicon.text.part_of.restatements) or '(?!x)x'})\s+"
            r"(?:[^\W\d_]+\s+){0,2}",
            re.IGNORECASE,
        ),
        # ", down from": a clause mark and the words of a change's base
        "base_lead": regex_cache.compile(
            rf",\s*(?:{alternation(n.change_bases) or '(?!x)x'})\b", re.IGNORECASE
        ),
        # "was cut 7.5% to 12.4 billion rand": the level a change reached, right after it
        "level_after": regex_cache.compile(
            rf"\s+(?:{alternation(n.level_to)})\s+(?:[^\W\d_]+\s+){{0,2}}?[\d$€£¥₹]",
            re.IGNORECASE,
        ),
        "adverbs": {"up", "down"},
        "negative": regex_cache.compile(
            rf"(?:(?<!or\s)(?:{alternation(n.negative)})\s+|(?:^|(?<=[\s(]))[-−])$", re.IGNORECASE
        ),
        "from": regex_cache.compile(
            rf"(?:{level_words})\s+(?:[^\s,;:]+\s+){{0,4}}from\s+(?:[^\W\d][\w.~-]*\s+){{0,2}}$",
            re.IGNORECASE,
        ),
        # "240 seats, against 303", "$23.1 billion in all, against about $16 billion": the text
        # between two figures that makes the second the base the first is compared with
        "changed": _between_figures(n.change_bases),
        "compared": _between_figures(n.comparison_bases),
        # "against 303 five years ago", "against about $16 billion in 2023": the base's own time
        "base_time": regex_cache.compile(
            rf"(?:\s+[^\s,;:]+){{0,4}}?\s+(?:\d{{4}}\b|(?:{times}))",
            re.IGNORECASE,
        ),
        "to": regex_cache.compile(
            rf"\b(?:{alternation(n.level_to)})\s+(?:[\w.~-]+\s+)?$", re.IGNORECASE
        ),
        "by_in_clause": regex_cache.compile(
            rf"\b(?P<word>{change_words})\b[^,;:]*\sby\s+$", re.IGNORECASE
        ),
        "score": n.score_words.pattern,
        "open_bracket": regex_cache.compile(r"\s*[(\[]\s*(?:[\w.~-]+\s+)?$"),
        "close_bracket": regex_cache.compile(r"[^()\[\]]{0,30}[)\]]"),
        "hedge_after": regex_cache.compile(rf"-(?:{words(hedge_after)})\b", re.IGNORECASE)
        if hedge_after
        else None,
        "any": regex_cache.compile(
            r"\d|"
            + (alternation(n.number_words) or r"(?!x)x")
            + (rf"|\ban?\s+(?:{words(n.article_units)})\b" if n.article_units else ""),
            re.IGNORECASE,
        ),
    }


def overlaps_any(span: tuple[int, int], spans) -> bool:
    """Does the (start, end) span overlap any of `spans`?"""
    return any(span[0] < end and start < span[1] for start, end in spans)


def _vague(text: str, lexicon: Lexicon) -> tuple[list[Number], list[tuple[int, int]]]:
    """Vague quantities with a range, and the spans of all vague phrases (which hold no other
    figure)."""
    pattern = lexicon.vague_pattern
    figures, spans = [], []
    for m in pattern.finditer(text) if pattern is not None else ():
        spans.append(m.span())
        bounds = lexicon.vague_ranges.get(re.sub(r"\s+", " ", m.group(0).replace("’", "'")).lower())
        if bounds:
            figures.append(
                Number(m.start(), m.end(), bounds[0], bounds[1], "count", m.group(0), vague=True)
            )
    return figures, spans


def _rate(text: str, end: int, lexicon: Lexicon) -> tuple[str, int]:
    """('/day', end of the cue) when a rate cue follows the figure within a few words, else ('',
    end)."""
    limits = lexicon.limits
    window = text[end : end + limits.rate_reach_chars]
    window = window[
        : _NEXT_DIGIT.search(window).start()
    ]  # a rate never reaches past the next figure
    best = None
    for period, cues in lexicon.text.rates.items():
        match = cues.pattern.search(window) if cues.pattern else None
        if (
            match
            and len(window[: match.start()].split()) <= limits.rate_reach_words
            and not _STOP.search(window, 0, match.start())
            and not _ends_a_duration(text, end + match.end(), lexicon)
            and not _modifies_a_noun(window[: match.start()], lexicon)
            and not _describes_the_noun_after(text, end, match, window, lexicon)
            and (best is None or match.start() < best[0])
        ):
            best = (match.start(), period, match.end())
    return (f"/{best[1]}", end + best[2]) if best else ("", end)


def _rate_words_next(text: str, end: int, rate_end: int) -> bool:
    """Do the rate's words (`_rate`, ending at `rate_end`) stand right after the figure ending at
    `end`, two words at most ("$2,000 a month", "RM1,900 per month")?"""
    return not text[end:rate_end].split()[:-2]


def _modifies_a_noun(before: str, lexicon: Lexicon) -> bool:
    """'3,122 patients in the daily count': a rate word after a determiner describes a noun, not
    the figure."""
    words_before = before.split()
    return bool(words_before) and lower(words_before[-1]) in lexicon.attribution.determiners.folded


def _describes_the_noun_after(
    text: str, end: int, match: re.Match, window: str, lexicon: Lexicon
) -> bool:
    """'61,000 U.S. hourly jobs': a one-word rate cue past another word after the figure, and
    right before a metric cue, describes what that cue counts ("hourly jobs"), not the figure ("3
    daily flights", "1,000 people daily in Kyiv" and "300 patients daily now" are rates)."""
    if " " in match.group().strip() or not window[: match.start()].split():
        return False
    pattern, _ = lexicon.metric_cue_index[0]
    space = _WORD_AFTER.match(text, end + match.end())
    if pattern is None or space is None:
        return False
    at = end + match.start() + len(match.group()) - len(match.group().lstrip())
    # the cue after it ("jobs"), or one that opens with it ("hourly jobs")
    return bool(pattern.match(text, space.start(1)) or pattern.match(text, at))


def _ends_a_duration(text: str, at: int, lexicon: Lexicon) -> bool:
    """'41 a year earlier': a duration word after the cue makes it a time, not a rate (not "€30
    million a season after tax", a rate of pay: `duration_end_objects`)."""
    n = lexicon.numbers
    word = _WORD_AFTER.match(text, at)
    if word is None or word.group(1).lower() not in n.duration_ends.folded:
        return False
    then = _WORD_AFTER.match(text, word.end())
    return then is None or then.group(1).lower() not in n.duration_end_objects.folded


_WORD_AFTER = regex_cache.compile(r"\s+([^\W\d_]+)")


def _last_word(text: str) -> str:
    """The last word of a figure's text, lower-cased, a hyphen splitting words ("three-quarters":
    "quarters"); empty for none."""
    found = lower(text).replace("-", " ").split()
    return found[-1] if found else ""


_WORD_OR_DIGITS = regex_cache.compile(r"\s+(\w+)")


_FRACTION_OF = regex_cache.compile(r"\s+(\w+)\s+of\b")


@compiled
def _articles(lexicon: Lexicon) -> frozenset[str]:
    """The indefinite determiners that are no number words ("a", "an"; not "one")."""
    n = lexicon.numbers
    return lexicon.attribution.indefinite_determiners.folded - n.number_words.folded


def _words_between(text: str, start: int, end: int) -> int:
    return len(_WORDS.findall(text, start, end))


_LIST_BREAK = regex_cache.compile(r"[;.\d]")


class _Sentence:
    """One sentence's figures as they are read together."""

    def __init__(self, text: str, lexicon: Lexicon):
        self.text, self.lexicon, self.p = text, lexicon, _patterns(lexicon)
        self.blocked = nonfigures.blocked(text, lexicon)
        self.figures: list[Number] = []
        self.dropped: set[int] = set()
        self._totals_end: int | None = None  # see `_added_after_its_total`

    def read_numerals(self, vague_spans) -> None:
        for numeral in numerals.find(self.text, self.lexicon):
            if overlaps_any((numeral.start, numeral.end), vague_spans) or overlaps_any(
                (numeral.start, numeral.end), self.blocked
            ):
                continue
            d = units.dress(self.text, numeral, self.lexicon)
            if nonfigures.is_glued(
                self.text, d.start, d.end, self.p["hedge_after"]
            ) or self._is_year(numeral, d):
                continue
            negative = self.p["negative"].search(self.text, max(0, d.start - 10), d.start)
            value = -d.value if negative else d.value
            self.figures.append(
                Number(
                    d.start,
                    d.end,
                    value,
                    value,
                    d.unit,
                    self.text[d.start : d.end],
                    precision=d.precision,
                    scaled=d.scaled,
                )
            )

    def _is_year(self, numeral, d) -> bool:
        """'in 2024': a bare four-digit number in the years' span, with nothing making it a
        quantity."""
        return (
            numeral.kind == "digits"
            and d.unit == "count"
            and not d.scaled
            and numeral.decimals == 0
            and numeral.end - numeral.start == 4
            and self.lexicon.limits.in_years(numeral.value)
        )

    # ---------------------------------------------------------------- pairs of figures

    def _range_lead(self, a: Number) -> re.Match | None:
        return self.p["lead"].search(self.text, max(0, a.start - 40), a.start)

    def _joined(self, a: Number, b: Number) -> str | None:
        """How two neighbouring figures are joined into a range: 'to', '-', 'and' (after
        'between')..."""
        between = self.text[a.end : b.start]
        lead = self._range_lead(a)
        pair = self.p["pair_joiner"].match(between)
        if (
            lead
            and pair
            and self.p["pairs"].get(lower(lead.group("lead"))) == lower(pair.group("sep"))
        ):
            return lower(pair.group("sep"))
        joiner = self.p["joiner"].match(between)
        return lower(joiner.group(0).strip()) if joiner else None

    def _is_score(self, a: Number, b: Number, sep: str) -> bool:
        """'won 3-1', 'a 2-2 draw', 'beat them 102-98': a result when a score word stands near."""
        pattern = self.p["score"]
        if sep not in ("-", "–", "—") or pattern is None:
            return False
        window = self.text[max(0, a.start - 40) : min(len(self.text), b.end + 30)]
        return bool(pattern.search(window)) or a.low > b.low

    def _spaced_dash(self, a: Number, b: Number) -> bool:
        """Is the hyphen between two figures set off by spaces on both sides (a dash, as copy
        typed without dashes writes one), not a range's ("81-182")?"""
        between = self.text[a.end : b.start]
        return between.startswith((" ", "\t")) and between.endswith((" ", "\t"))

    def _is_change_of_level(self, a: Number, sep: str) -> bool:
        """'slowed from 4.8 to 4.7 percent': from one level to another, not a range."""
        return sep == "to" and bool(self.p["from"].search(self.text, max(0, a.start - 80), a.start))

    def _a_noun_of_change(self, f: Number) -> bool:
        """'a target of underlying sales growth of 3% to 5%': a share after a noun of change and
        "of" (no verb of change right before it) that ends a metric cue of the pack (the growth is
        what it counts: its level, which a range may give; not "an increase of 0.4% to 3.2%")."""
        window = max(0, f.start - _CHANGE_WINDOW)
        noun = self.p["change_of"].search(self.text, window, f.start)
        cues = self.lexicon.metric_cue_index[0][0]
        return (
            f.unit in ("%", "pp")
            and noun is not None
            and self.p["change_tight"].search(self.text, window, f.start) is None
            and cues is not None
            and any(
                m.end() == noun.end("word") for m in cues.finditer(self.text, window, noun.end())
            )
        )

    def _merge(self, a: Number, b: Number) -> Number | None:
        unit = a.unit if a.unit != "count" else b.unit
        if b.unit not in (unit, "count") or a.unit not in (unit, "count"):
            return None
        if a.unit != "count" and b.unit == "count" and a.text[-1:].isalpha():
            return None  # "over the two days to 38": a unit word after the first, none after the
            # second, is no range ("two to three days", "2 km to 3 km" are)
        low = a.low
        if b.scaled and not a.scaled and low * (b.low / max(1e-9, self._unscaled(b))) <= b.low:
            low *= b.low / max(1e-9, self._unscaled(b))  # "2 to 3 million", "$10-12 million"
        if not low < b.high:
            return None
        lead = self._range_lead(a)
        start = lead.start() if lead else a.start
        return Number(
            start,
            b.end,
            low,
            b.high,
            unit,
            self.text[start : b.end],
            precision=max(a.precision, b.precision),
        )

    def _unscaled(self, b: Number) -> float:
        digits = re.search(r"\d[\d,.]*", b.text)
        return float(digits.group(0).replace(",", "")) if digits else b.low

    def fractions_of_scales(self) -> None:
        """'half a million', 'more than a quarter of a million', 'three-quarters of a billion
        dollars': a fraction before an article and a scale word is one figure, that share of it."""
        out: list[Number] = []
        for f in self.figures:
            a = out[-1] if out else None
            if a is not None and self._fraction_of(a, f):
                share = self._share(a)
                out[-1] = Number(
                    a.start,
                    f.end,
                    share * f.low,
                    share * f.high,
                    f.unit,
                    self.text[a.start : f.end],
                    precision=f.precision * share,
                    scaled=True,
                )
                continue
            out.append(f)
        self.figures = out

    def _share(self, a: Number) -> float:
        """The fraction `a` writes, as the language pack gives it ("a third" is its 0.333333, not
        the 33.33% its share is rounded to)."""
        one = self.lexicon.numbers.fractions[_last_word(a.text)]
        times = round(a.low / 100 / one)
        return times * one if times and abs(a.low / 100 / one - times) < 0.01 else a.low / 100

    def _fraction_of(self, a: Number, b: Number) -> bool:
        """Is `a` a fraction word's share right before `b`, an article and a scale word ("a
        quarter" + "a million"), with a link word at most between?"""
        n = self.lexicon.numbers
        scale = lower(b.text).split()
        between = lower(self.text[a.end : b.start]).split()
        return (
            a.unit == "%"
            and _last_word(a.text) in n.fractions
            and len(scale) >= 2
            and scale[0] in self.lexicon.attribution.indefinite_determiners.folded
            and scale[1] in n.scales
            and len(between) <= 1
            and set(between) <= n.fraction_scale_links.folded
        )

    def pairs(self) -> None:
        """Ranges, results and changes of level, between neighbouring figures."""
        out: list[Number] = []
        i = 0
        while i < len(self.figures):
            a = self.figures[i]
            b = self.figures[i + 1] if i + 1 < len(self.figures) else None
            sep = self._joined(a, b) if b is not None else None
            if sep is not None and self._is_score(a, b, sep):
                i += 2
                continue
            if sep == "-" and self._spaced_dash(a, b):
                out.append(a)  # "Wajima for 81 - 182 deaths between the two cities": a dash
                i += 1
                continue
            changing = sep is not None and (
                self._is_change_of_level(a, sep)
                or (self._change(a) is not None and not self._a_noun_of_change(a))
            )  # ("growth of 3% to 5%" is a range of growth)
            merged = self._merge(a, b) if sep is not None and not changing else None
            if merged is not None:
                out.append(merged)
                i += 2
                continue
            out.append(a)
            i += 1
        self.figures = out

    # ---------------------------------------------------------------- changes and conversions

    def _change_word(self, f: Number) -> str | None:
        """The verb before a figure that makes it a change: 'rose 19 cents', 'up 11%', 'rose by
        1,050',
        'raised the price by 12p' ('raised $12.8 million' and 'signed up 250k subscribers' are
        amounts, not changes)."""
        window = max(0, f.start - _CHANGE_WINDOW)
        tight = self.p["change_tight"].search(self.text, window, f.start)
        if tight:
            word = lower(tight.group("word"))
            if tight.group("by"):
                return word
            if word in self.p["objects"] and self._a_share_changed(f):
                return word  # "gained 1.8% on Thursday", "was cut 7.5% to 12.4 billion rand"
            if word in self.p["objects"] or (word in self.p["adverbs"] and f.unit == "count"):
                return None
            return word
        # "a reduction of roughly 60%" is a change; "a cut of 19,000 jobs" is how many were cut
        of = (
            self.p["change_of"].search(self.text, window, f.start)
            if f.unit in ("%", "pp")
            else None
        )
        if of:
            return lower(of.group("word"))
        by = self.p["by_in_clause"].search(self.text, window, f.start)
        return lower(by.group("word")) if by else None

    def _a_share_changed(self, f: Number) -> bool:
        """A share right after a verb whose object is an amount is what the level changed by when
        a day or a month follows it in its clause ("gained 1.8% on Thursday", "after losing 2.2%
        the day before") or the level it reached ("was cut 7.5% to 12.4 billion rand"); not a share
        won ("Labour gained 33.7%, up from 32.1%"), nor one of something ("cut 10% of its
        workforce", "cut 16% VAT on fuel to 8%")."""
        if f.unit not in ("%", "pp"):
            return False
        stop = _STOP.search(self.text, f.end)
        after = self.text[f.end : stop.start() if stop else len(self.text)]
        near = " ".join(after.split()[: self.lexicon.limits.cue_words])
        return bool(
            time.names_a_day_word(near, self.lexicon)
            or time.names_a_month(near, self.lexicon)
            or self.p["level_after"].match(self.text, f.end)
        )

    def _change(self, f: Number, previous: Number | None = None) -> str | None:
        """'rose 19 cents', 'a 12% increase', '12% longer than', 'three more deaths ..., bringing
        the toll to 150': up or down."""
        word = self._change_word(f)
        if word is None and self._added(f, previous):
            return "up"
        after = self.p["change_after"].match(self.text, f.end)
        # (a count only before a comparison: "481 higher than the ministry's", not "300 up",
        # nor "Of the 1,200 more than half were women", where the comparison hedges what follows)
        if (
            word is None
            and after
            and (f.unit != "count" or (after.group("word2") and not self._figure_at(after.end())))
        ):
            word = lower(after.group("word") or after.group("word2"))
        if word is None:
            return None
        return "up" if word in self.p["up"] else "down"

    def _figure_at(self, at: int) -> bool:
        """Does a figure (digits, a number word or a fraction word) come next after `at`?"""
        word = _WORD_OR_DIGITS.match(self.text, at)
        n = self.lexicon.numbers
        if word is not None and lower(word.group(1)) in _articles(self.lexicon):
            fraction = _FRACTION_OF.match(self.text, word.end())  # "less than a third of"
            return fraction is not None and lower(fraction.group(1)) in n.fraction_words.folded
        return word is not None and (
            word.group(1)[0].isdigit()
            or lower(word.group(1)) in n.number_words.folded
            or lower(word.group(1)) in n.fraction_words.folded
        )

    def _added(self, f: Number, previous: Number | None) -> bool:
        """Is the figure an amount added to a total ("three more deaths, bringing the toll to
        150", "another eight people died, bringing the toll to 71")? An increment word after it
        is not one when the figure is listed after another of its unit ("45 people were seriously
        injured and 1,373 more lightly hurt, bringing the number of injured to 1,418": a part of
        the total; not "63 deaths on Thursday and eight more on Friday, bringing the toll to 71",
        where a time stands between)."""
        if self._added_before_its_total(f):
            return True
        if previous is not None and self._listed_after(previous, f):
            return False
        return bool(self.p["increment"].match(self.text, f.end) or self._added_after_its_total(f))

    def _listed_after(self, previous: Number, f: Number) -> bool:
        """Does `f` follow `previous`, a level of its unit, after a conjunction ("and") in the
        same clause, with no time between them?"""
        gap = self.text[previous.end : f.start]
        return (
            previous.unit == f.unit
            and not previous.change
            and not _LIST_BREAK.search(gap)
            and self.p["conjunction"] is not None
            and self.p["conjunction"].search(gap) is not None
            and self.p["time_word"].search(self.text, previous.end, self._clause_end(f)) is None
        )

    def _clause_end(self, f: Number) -> int:
        """Where the figure's clause ends after it: the next comma, semicolon or colon, within
        `cue_reach_chars`."""
        reach = min(len(self.text), f.end + self.lexicon.limits.cue_reach_chars)
        stop = _STOP.search(self.text, f.end, reach)
        return stop.start() if stop else reach

    def _added_before_its_total(self, f: Number) -> bool:
        """'another eight people had died, bringing the toll to 71': a figure with an increment
        word right before it, then the new total it makes."""
        reach = self.lexicon.limits.cue_look_back_chars
        return bool(
            self.p["increment_before"].search(self.text, max(0, f.start - reach), f.start)
            and self.p["new_total_after"].match(self.text, f.end)
        )

    def _added_after_its_total(self, f: Number) -> bool:
        """'raised its tally to 501,800 on Sept. 28, after a recount turned up tens of thousands of
        new arrivals': a figure with an increment word after it ("new", "more"), after a figure the
        sentence gives as the new total ("raised its tally to"), is the amount added."""
        if not self.p["increment_word"].match(self.text, f.end):
            return False
        if self._totals_end is None:  # where the first figure given as a new total ends (once)
            self._totals_end = next(
                (p.end for p in self.figures if a_new_total(self.text, p.start, self.lexicon)),
                -1,
            )
        return 0 <= self._totals_end <= f.start

    def _base_of(self, previous: Number, f: Number) -> bool:
        """Is `f` the level `previous` changed from ("up from 44.2 million"), or the base it is
        compared with, dated on its own ("against 303 five years ago")?"""
        if self.p["changed"].fullmatch(self.text, previous.end, f.start):
            return True
        return bool(
            self.p["compared"].fullmatch(self.text, previous.end, f.start)
            and self.p["base_time"].match(self.text, f.end)
        )

    def _from_after_to(self, previous: Number, f: Number) -> bool:
        """'to about 1,500 from just under 8,000', past the level's rate ('to RM1,900 a month from
        RM1,700'); after a comma only a bare level, its time or nothing after it ('to 71, from 63 a
        day earlier'; not 'to 52,000, from 20 towns')."""
        suffix, rated = _rate(self.text, previous.end, self.lexicon)
        start = (
            rated if suffix and _rate_words_next(self.text, previous.end, rated) else previous.end
        )
        joined = self.p["from_after_to"].fullmatch(self.text, start, f.start)
        if joined is None:
            return False
        if "," not in joined.group():
            return True
        after = _WORD_AFTER.match(self.text, f.end)
        return after is None or lower(after.group(1)) in self.lexicon.numbers.base_followers.folded

    def _reached_from(self, previous: Number | None, f: Number) -> bool:
        """'cut its staff to about 1,500 from just under 8,000': `f` is the level the figure before
        it (after "to") came from."""
        return (
            previous is not None
            and previous.role in (None, "to")
            and not previous.change
            and previous.unit == f.unit
            and self._from_after_to(previous, f)
            and bool(
                self.p["to"].search(
                    self.text,
                    max(0, previous.start - self.lexicon.limits.cue_look_back_chars),
                    previous.start,
                )
            )
        )

    def _restated_change(self, previous: Number | None, f: Number) -> str | None:
        """'rose $1.12, or 1.4%, to $81.36', 'fell 5%, or $2.10, to $40.10': a figure after ", or"
        right after a change of another unit restates it, the same way."""
        if (
            previous is None
            or not previous.change
            or previous.unit == f.unit
            or not self.p["restated"].fullmatch(self.text, previous.end, f.start)
        ):
            return None
        return previous.change

    def changes(self) -> None:
        out, previous = [], None
        for f in self.figures:
            change = self._change(f, previous) or self._restated_change(previous, f)
            role = None
            if self.p["from"].search(self.text, max(0, f.start - 80), f.start) or (
                previous is not None and self._base_of(previous, f)
            ):
                role = "from"
            elif (
                previous is not None
                and (previous.change or previous.role == "from")
                and self.p["to"].search(self.text, previous.end, f.start)
                and _words_between(self.text, previous.end, f.start) <= 4
            ):
                role = "to"
            if role is None and not change and self._reached_from(previous, f):
                role = "from"
                out[-1] = replace(previous, role="to")
            f = replace(f, change=change, role=role if not change else None)
            if (
                f.role == "to"
                and previous.role == "from"
                and previous.unit == "count"
                and f.unit != "count"
            ):
                out[-1] = replace(previous, unit=f.unit)  # "from 4.8 to 4.7 percent"
            out.append(f)
            previous = f
        self.figures = out

    def conversions(self) -> None:
        """'90 million yen ($610,000)': the bracketed figure converts the one before it."""
        for i in range(1, len(self.figures)):
            a, b = self.figures[i - 1], self.figures[i]
            opened = self.p["open_bracket"].fullmatch(self.text, a.end, b.start)
            if (
                opened
                and self.p["close_bracket"].match(self.text, b.end)
                and a.unit != b.unit
                and (a.unit not in ("count", "%") and b.unit not in ("count", "%"))
            ):
                self.figures[i] = replace(b, conversion_of=i - 1)

    def elided_money(self) -> None:
        """'around 80 million euros had been received, barely a quarter of the roughly 850 million
        pledged': a bare scaled count after money in its sentence, after "the" (a word or two
        between) and with no noun after it (`_no_noun_after`), is in that money's currency ("the
        850 million people", "the 2 million displaced" and "subscribers rose to 220 million" stay
        counts)."""
        currencies = self.p["currencies"]
        money = None
        for i, f in enumerate(self.figures):
            if f.unit in currencies:
                money = f.unit
            elif (
                money
                and f.unit == "count"
                and f.scaled
                and self.p["definite_before"].search(
                    self.text, max(0, f.start - self.lexicon.limits.cue_look_back_chars), f.start
                )
                and self._no_noun_after(f.end)
            ):
                self.figures[i] = replace(f, unit=money)

    def _no_noun_after(self, end: int) -> bool:
        """Nothing after the figure, a word of `money_elision_followers`, or a cue of a metric
        the story counts in money ("pledged"; not "displaced" or "registered")."""
        word = _NEXT_WORD.match(self.text, end)
        if word is None:
            return True
        w = lower(word.group(1))
        return w in self.p["elision_followers"] or w in _money_cues(self.lexicon)

    def ages(self) -> None:
        """'children under 15', 'aged 50 to 75': a count that starts an age is years of age."""
        starts = {start for start, _ in nonfigures.ages(self.text, self.lexicon)}
        oldest = self.lexicon.limits.age_max
        self.figures = [
            replace(f, unit="year")
            if f.start in starts and f.unit == "count" and f.high <= oldest
            else f
            for f in self.figures
        ]

    def rates(self) -> None:
        out = []
        for f in self.figures:
            if not f.vague and f.unit in ("%", "pp"):
                out.append(f)
                continue
            suffix, end = _rate(self.text, f.end, self.lexicon)
            if (
                suffix
                and _rate_words_next(self.text, f.end, end)
                and self.text[f.end : f.end + 1].isspace()
            ):
                f = replace(
                    f, end=end, text=self.text[f.start : end]
                )  # "$2,000 a month": the rate is part of it
            out.append(replace(f, unit=f.unit + suffix) if suffix else f)
        self.figures = out

    def _paired_levels(self, a: Number, b: Number) -> bool:
        """Is `b` the level the change `a` reached ("rose $1.12 to $81.36"), or are `a` and `b` a
        level and the one it came from or went to, side by side ("from $7.25 to $15", "to RM1,900
        a month from RM1,700", "$2.71 a kilogram ..., down from $2.95"), not across clauses
        ("rose to $5 billion from $4 billion, while earnings rose to $1.20 a share")?"""
        if a.change:
            return b.role == "to"
        if a.role == "from" and b.role == "to":
            return not _STOP.search(self.text, a.end, b.start)
        if b.role != "from" or a.role not in (None, "to"):
            return False
        # one clause mark at most, right before the base's words (", down from")
        marks = list(_STOP.finditer(self.text, a.end, b.start))
        return not marks or (
            len(marks) == 1 and bool(self.p["base_lead"].match(self.text, marks[0].start()))
        )

    def shared_rates(self) -> None:
        """'rose $1.12 to $81.36 a barrel', 'from $7.25 to $15 an hour': a change of a price and
        the price it reached, or a price and the one it came from, are in one rate; the one
        written bare takes the other's ("USD/bbl"). (Measures are left as written: "from 11.5
        million tonnes a year to between 9 million and 9.5 million tonnes".)"""
        for i in range(1, len(self.figures)):
            a, b = self.figures[i - 1], self.figures[i]
            if not self._paired_levels(a, b):
                continue
            for k, bare, rated in ((i - 1, a, b), (i, b, a)):
                if bare.unit in self.p["currencies"] and rated.unit.split("/")[0] == bare.unit:
                    self.figures[k] = replace(bare, unit=rated.unit)


def _restore(figure: Number, original: str, offsets: list[int] | None) -> Number:
    if offsets is None:
        return replace(figure, text=original[figure.start : figure.end])
    start, end = offsets[figure.start], offsets[figure.end - 1] + 1
    return replace(figure, start=start, end=end, text=original[start:end])


_NEXT_WORD = regex_cache.compile(r"\s+([^\W\d_]+)")


@compiled
def _money_cues(lexicon: Lexicon) -> frozenset[str]:
    """The one-word cues of the metrics counted in a currency (by the pack or the reference set)."""
    currencies = _patterns(lexicon)["currencies"]
    return frozenset(
        lower(cue)
        for metric in lexicon.metrics.values()
        if currencies.intersection(lexicon.units_of(metric.id))
        for cue in metric.cues
        if " " not in cue
    )


def find_numbers(text: str, lexicon: Lexicon) -> list[Number]:
    """Every figure in a sentence, left to right."""
    vague_pattern = lexicon.vague_pattern
    if not _patterns(lexicon)["any"].search(text) and not (
        vague_pattern and vague_pattern.search(text)
    ):
        return []
    lowered = (
        "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        if shouting(text, lexicon)
        else text
    )
    clean, offsets = numerals.visible(lowered)
    vague, vague_spans = _vague(clean, lexicon)
    sentence = _Sentence(clean, lexicon)
    sentence.read_numerals(vague_spans)
    sentence.fractions_of_scales()
    sentence.pairs()
    sentence.figures = sorted(sentence.figures + vague, key=lambda f: f.start)
    sentence.changes()
    sentence.conversions()
    sentence.elided_money()
    sentence.rates()
    sentence.shared_rates()
    sentence.ages()
    limit = lexicon.limits.max_figure
    found = [f for f in sentence.figures if math.isfinite(f.high) and f.high <= limit]
    return [_restore(f, text, offsets) for f in found]
