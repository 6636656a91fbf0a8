"""Digits that are no figure: clock times, dates, years, list markers, ids and names ("Article 4",
"COVID-19", "Boeing 737 MAX", "the 737 MAX, 767 and 777"),
ordinals, ages in apposition ("Maddon, 66,"), the base of a rate ("per 100,000"), ranks ("the
two largest parties"), classifying compounds ("a 53-country coalition"), page furniture ("2 min
read") and the language pack's `not_figures` phrases. Every word comes from the language pack.

`blocked(text, lexicon)` returns spans no figure may start in; `ages` where an age starts ("children
under 15": a figure in years); `is_id(text, start, end, lexicon)`
tells whether a figure at start..end is glued into a name.
"""

from __future__ import annotations

import re

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import fold, words
from checker.reading import units
from checker.reading.distance import cue_before
from checker.reading.sentences import CAPITALS

Span = tuple[int, int]
_TRAILING_FIGURE = regex_cache.compile(r"\d[\d,.]*\s*$")
_DESIGNATOR_TAIL = regex_cache.compile(
    r"[\s-]?#?\d+(?!\d|[,.]\d)"
)  # "Day 3", not "that day 81,000"
_STARTS_WITH_DIGIT = regex_cache.compile(r"\s*\d")
_LETTER = regex_cache.compile(r"[^\W\d_]")
_GLUED_AFTER = regex_cache.compile(r"[^\W_]|[/.:]\d|-[^\W\d_]")
_HYPHENED = regex_cache.compile(r"-\d+(?![\d,.]\d)")  # "737-800": a model's variant


def _any(cues) -> str:
    """An alternation of the words, or a pattern that never matches when there are none."""
    return words(cues) or "(?!x)x"


def _scales(lexicon: Lexicon) -> tuple[list[str], list[str]]:
    """The scale words (`text.scale_words`) no metric of the topic pack has as a cue, and those
    one has: a story that counts magnitudes, where sources disagree on them."""
    counted = {fold(cue) for spec in lexicon.metrics.values() for cue in spec.cues}
    words_ = lexicon.text.scale_words
    return [w for w in words_ if fold(w) not in counted], [w for w in words_ if fold(w) in counted]


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    n, t = lexicon.numbers, lexicon.time
    months = f"(?-i:{'|'.join(map(re.escape, [*t.months, *t.month_abbreviations]))})\\.?"
    ordinal = words(n.ordinal_suffixes)
    dotted = [s for s in n.clock_suffixes if "." in s or s.isalpha() and s.islower()]
    joiners = words([*lexicon.text.list_joiners, *n.range_joiners])
    day = rf"(?:3[01]|[12]\d|0?[1-9])(?:{ordinal})?\b"
    listed = rf"(?:\s*,\s*{day}){{0,6}}\s*(?:,\s*)?(?:{joiners})\s*"  # ", 8 and " before the last
    scale, counted = (_any(w) for w in _scales(lexicon))
    one = r"\d{1,3}(?:\.\d{1,3})?"
    reading = rf"({one})(?![\d,.]\d)"
    # after the scale word, a range of readings too ("magnitude 6.5 to 7.0", "6.5-7.0"; a dash
    # with spaces is a break: "magnitude 6.3 - 40 people were killed")
    worded = words([j for j in n.range_joiners if j.isalpha()]) or "(?!x)x"
    dashes = "".join(re.escape(j) for j in n.range_joiners if not j.isalpha())
    ranged = rf"({one}(?:\s+(?:{worded})\s+{one}|[{dashes}]{one})?)(?![\d,.]\d)"
    emergency = _any(lexicon.text.emergency_numbers)
    next_item = rf"(?:,\s*|\s+(?:{words(lexicon.text.list_joiners)})\s+)"  # ", 767", " and 777"
    return {
        # a scale word right after a number word ("one million", "one hundred")
        "scale_next": regex_cache.compile(
            rf"[\s-]+(?:{_any([*lexicon.numbers.scales, *lexicon.numbers.hundreds])})\b",
            re.IGNORECASE,
        ),
        # "a magnitude 7.7 quake", "the 6.8-magnitude earthquake": the words as written ("could
        # force 500 families" is a verb)
        "scale": regex_cache.compile(
            rf"\b(?:{scale})[\s-]+{ranged}|(?<![\d,.]){reading}[\s-]*(?:{scale})\b"
        ),
        # a scale the story counts: a reading on it is a figure after a lead that closes a
        # source's verb ("measured it at magnitude 6.2"), else none ("A magnitude 5.4 aftershock
        # followed", "the strongest at magnitude 5.5")
        "counted_scale": regex_cache.compile(
            rf"(?P<lead>\b(?:{_any(lexicon.text.scale_reading_leads)})\s+)?"
            rf"(?:\b(?:{counted})[\s-]+{ranged}|(?<![\d,.]){reading}[\s-]*(?:{counted})\b)"
        ),
        # "its 112 emergency line", "a 911 call" (not "3,000 emergency workers")
        "emergency": regex_cache.compile(
            rf"(?<![\d,.])\b(?:{emergency})(?=\s+(?:{_any(lexicon.text.emergency_number_followers)})\b)",
            re.IGNORECASE,
        ),
        "clock": regex_cache.compile(
            rf"\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*(?:{words(n.clock_suffixes)}|[A-Z]{{2,4}}T)\b)?"
            rf"|\b\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:{words(dotted)})(?![\w])",
            re.IGNORECASE,
        ),
        "day_of_month": regex_cache.compile(
            rf"\b{months}\s+(\d{{1,2}})(?:{ordinal})?\b|\b(\d{{1,2}})(?:{ordinal})?\s+"
            rf"(?:(?:{words(t.day_joiners)})\s+)?{months}",
            re.IGNORECASE,
        ),
        # "June 15 and 16", "March 7, 8 and 9", "3 and 4 May": the days listed with a day of a month
        "days_after": regex_cache.compile(
            # ending its phrase: not "55 on Aug. 11 and 93 on Aug. 13", "Sept. 10 and 11 people"
            rf"\b{months}\s+\d{{1,2}}(?:{ordinal})?(?P<more>{listed}{day})"
            rf"(?=\s*(?:[,;:.)]|$))(?![,.]\d)",
            re.IGNORECASE,
        ),
        # "killed on April 24 and 25 in a single burst": a day a few days after the first, then a
        # small word (not "lost 300 on Jan. 3 and 25 in the days after": see `_close_days`)
        "days_followed": regex_cache.compile(
            rf"\b{months}\s+(?P<first>\d{{1,2}})(?:{ordinal})?(?P<more>{listed}{day})"
            rf"(?=\s+(?:{words(t.day_list_followers)})\b)(?![,.]\d)",
            re.IGNORECASE,
        ),
        "days_before": regex_cache.compile(
            rf"\b(?P<more>{day}{listed})\d{{1,2}}(?:{ordinal})?"
            rf"\s+(?:(?:{words(t.day_joiners)})\s+)?{months}",
            re.IGNORECASE,
        ),
        "list_marker": regex_cache.compile(
            rf"^\s*(?:\d{{1,2}}[.)]|{words(lexicon.text.bullets)})(?:\s|$)"
        ),
        "age": regex_cache.compile(rf"\b[{CAPITALS}][\w'’.-]*,\s+(\d{{1,3}}),(?!\d)"),
        "date": regex_cache.compile(
            r"\b\d{4}-\d{1,2}(?:-\d{1,2})?\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
        ),
        "age_bound": regex_cache.compile(
            rf"\b(?:{words(lexicon.text.ages.people)})\s+(?:{words(lexicon.text.ages.bounds)})\s+"
            rf"(\d{{1,3}}|{words(n.words)})\b(?![,.]\d)",
            re.IGNORECASE,
        ),
        "age_of": regex_cache.compile(
            rf"\b(?:{words(lexicon.text.ages.before)})\s+(\d{{1,3}}|{words(n.words)})\b(?![,.]\d)",
            re.IGNORECASE,
        ),
        "age_after": regex_cache.compile(
            rf"(?<![\d,.])\b(\d{{1,3}}|{words(n.words)})\s+(?:{words(lexicon.text.ages.after)})\b"
            rf"(?!\s+(?:[$€£¥]?\d|(?:{words(n.words)})\b))",
            re.IGNORECASE,
        ),
        # (not the end of a longer number, "89,822 COVID-19 deaths", nor before a name's
        # hyphened digits, "300 COVID-19 patients")
        "model": regex_cache.compile(
            r"(?<![\d,.])\b\d{2,4}\s+(?P<name>[A-Z]{3,})\b(?!-\d)(?:\s+\d{1,2}\b)?"
        ),
        # "Articles 166 and 173": each number listed after a plural designator
        "designated_chain": regex_cache.compile(rf"{next_item}#?(\d+)\b(?![,.]\d)"),
        "model_chain": regex_cache.compile(rf"{next_item}(\d{{2,4}})\b(?![,.]\d)"),
        # "on France 2,", "at Gate 7.": a small number closing a capitalised name after one of
        # these; not one going on into more digits ("at Tk 1,100", "On Sunday 1.5 million people
        # marched"), nor after a currency sign (`_named`)
        "named": regex_cache.compile(
            rf"\b(?:{words(lexicon.text.name_number_leads)})\s+(?P<name>(?-i:[{CAPITALS}][\w&'’-]*))"
            r"\s+(\d{1,2})(?=\s*(?:[,.](?!\d)|[;)]|$))",
            re.IGNORECASE,
        ),
        # "the first time one passed", "carry one out", "a global one.": a number word as a pronoun
        "pronoun": regex_cache.compile(
            rf"\b(?:{_any(lexicon.text.pronoun_numbers)})\b(?=\s*(?:[.;:!?)]|$)"
            rf"|\s+(?:{_any(lexicon.text.pronoun_followers)})\b"
            rf"|\s+(?P<verb>[^\W\d_]+(?:{_any(lexicon.text.pronoun_verb_endings)}))\b)",
            re.IGNORECASE,
        ),
        # "at 900 Convention Center Blvd.", "10 Downing Street": a house number
        "house_number": regex_cache.compile(
            rf"\b(?:{_any(lexicon.text.address_leads)})\s+"
            r"(\d{1,5}[A-Za-z]?)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}"
            rf"(?-i:{_any(lexicon.text.street_words)})(?![\w])",
            re.IGNORECASE,
        ),
        # "the two largest parties", "its 10 biggest plants": items picked out by rank
        # (at a clause's start or after a preposition: "close its three largest plants" counts
        # what is closed)
        "ranked": regex_cache.compile(
            rf"(?:^|[,;:(]\s*|\b(?:{_any(lexicon.text.ranked_after)})\s+)"
            rf"(?:{_any(lexicon.text.ranked_leads)})\s+(\d{{1,2}}|{_any(n.words)})\s+"
            rf"(?:{_any(lexicon.text.rankings)})\b",
            re.IGNORECASE,
        ),
        "rate_base": regex_cache.compile(
            rf"\b(?:{words(n.rate_bases)})\s+(?:\d[\d,]*|{words(n.words)})", re.IGNORECASE
        ),
    }


def _furniture(text: str, lexicon: Lexicon) -> list[Span]:
    """'2 min read', '14 comments': the figure before page furniture."""
    pattern = lexicon.text.furniture.pattern
    spans = []
    for m in pattern.finditer(text) if pattern else ():
        figure = _TRAILING_FIGURE.search(text, 0, m.start())
        if figure:
            spans.append((figure.start(), m.end()))
    return spans


def _pronouns(text: str, lexicon: Lexicon) -> list[Span]:
    """'the first time one passed', 'posted one showing', 'carry one out': a number word standing
    for a thing named before it, not a count. Still a figure right after a metric cue ("the strike
    killed one."), and before a verb form that is a metric cue ("one killed") or a number word
    ("one hundred")."""
    spans = []
    for m in _patterns(lexicon)["pronoun"].finditer(text):
        verb = m.group("verb")
        if _cue_ends_before(text, m.start(), lexicon) or (
            verb
            and (
                len(verb) < lexicon.limits.inflection_min_letters
                or fold(verb) in _number_words(lexicon)
                or any(p is not None and p.match(text, m.start("verb")) for p in _cues(lexicon))
            )
        ):
            continue
        spans.append(m.span())
    return spans


def _cues(lexicon: Lexicon) -> list:
    return [pattern for pattern, _ in lexicon.metric_cue_index]


def _cue_ends_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Does a metric cue end right before `start` (a space between)?"""
    window = max(0, start - lexicon.limits.cue_look_back_chars)
    end = start
    while end > window and text[end - 1].isspace():
        end -= 1
    return end < start and any(
        p is not None and any(m.end() == end for m in p.finditer(text, window, end))
        for p in _cues(lexicon)
    )


@compiled
def _number_words(lexicon: Lexicon) -> frozenset[str]:
    n = lexicon.numbers
    return frozenset(fold(w) for w in (*n.words, *n.hundreds, *n.scales, *n.number_words))


def _designators(text: str, lexicon: Lexicon) -> list[Span]:
    """'Article 4', 'District 751', 'Flight 370': a number right after a designator names a
    thing, and so does each number listed after a plural one ('Articles 166 and 173')."""
    t = lexicon.text
    spans = []
    for pattern, plural in ((t.designators.pattern, False), (t.plural_designators.pattern, True)):
        for m in pattern.finditer(text) if pattern else ():
            tail = _DESIGNATOR_TAIL.match(text, m.end())
            # "with the DAX 1% higher": a share after the name is a figure
            if not tail or units.percent_after(text, tail.end(), lexicon):
                continue
            listed = _designated_after(text, tail.end(), lexicon) if plural else []
            # a plural names things only with a list after it ("Articles 166 and 173", "under
            # sections 304 and 201"; not "rose to levels 26 feet above normal")
            if not plural or listed:
                spans += [(m.start(), tail.end()), *listed]
    return spans


def _designated_after(text: str, end: int, lexicon: Lexicon) -> list[Span]:
    """The numbers listed right after a plural designator's first ('Articles 166 and 173',
    'Routes 9, 11 and 14'), up to the one after a joiner (not 'Districts 4 and 5, 300 people')."""
    spans = []
    chain = _patterns(lexicon)["designated_chain"]
    while (more := chain.match(text, end)) is not None and not units.percent_after(
        text, more.end(), lexicon
    ):
        spans.append(more.span(1))
        end = more.end()
        if more.group(0).lstrip()[:1] != ",":
            break  # "4 and 5": the list's last item
    return spans


def _models(text: str, lexicon: Lexicon) -> list[Span]:
    """'the 737 MAX, 767 and 777', 'a 737 MAX 9': a number named by a capitalised word after it
    (not a unit or a currency code, nor a name the reference set or the topic pack knows: "120
    NATO troops", "300 SANDF members" where "SANDF members" is a metric's cue) is a model, and so
    are the bare numbers listed with it."""
    n = lexicon.numbers
    p = _patterns(lexicon)
    spans = []
    for m in p["model"].finditer(text):
        name = m.group("name")
        if name in n.currency_codes or name in n.units or _known_name(text, m, lexicon):
            continue
        spans.append(m.span())
        end = m.end()
        while (chained := p["model_chain"].match(text, end)) is not None:
            spans.append(chained.span(1))
            end = chained.end()
    return spans


def _known_name(text: str, m: re.Match, lexicon: Lexicon) -> bool:
    """Is the capitalised word after a number a source's alias or a subject's cue, or does a
    metric's cue start at it ("SANDF members")?"""
    name = fold(m.group("name"))
    cues = lexicon.metric_cue_index[0][0]
    return (
        name in lexicon.alias_index
        or name in lexicon.subject_names
        or (cues is not None and cues.match(text, m.start("name")) is not None)
    )


def ages(text: str, lexicon: Lexicon) -> list[Span]:
    """'children under 15', 'patients aged 50 to 75', 'under the age of 10', 'were 70 or older':
    where an age starts (a figure in years, never a count of anything)."""
    p = _patterns(lexicon)
    keys = ("age_bound", "age_of", "age_after")
    return [m.span(1) for key in keys for m in p[key].finditer(text)]


_DAY_NUMBER = regex_cache.compile(r"\d{1,2}")


def _close_days(m: re.Match, lexicon: Lexicon) -> bool:
    """Are the days listed after the first each after it, within `day_list_days` of it?"""
    first = int(m.group("first"))
    listed = [int(d) for d in _DAY_NUMBER.findall(m.group("more"))]
    return all(first < d <= first + lexicon.limits.day_list_days for d in listed)


def blocked(text: str, lexicon: Lexicon) -> list[Span]:
    """Spans that hold digits or number words but no figure."""
    p = _patterns(lexicon)
    spans = [m.span() for m in p["clock"].finditer(text)] + [
        m.span() for m in p["date"].finditer(text)
    ]
    spans += _not_figures(text, lexicon)
    spans += _furniture(text, lexicon)
    spans += _pronouns(text, lexicon)
    spans += [m.span(1 if m.group(1) else 2) for m in p["day_of_month"].finditer(text)]
    spans += [
        m.span("more") for key in ("days_after", "days_before") for m in p[key].finditer(text)
    ]
    spans += [m.span("more") for m in p["days_followed"].finditer(text) if _close_days(m, lexicon)]
    marker = p["list_marker"].match(text)
    if marker and _STARTS_WITH_DIGIT.match(text):
        spans.append(marker.span())
    spans += _designators(text, lexicon)
    spans += [m.span(1 if m.group(1) else 2) for m in p["scale"].finditer(text)]
    spans += [
        m.span(2 if m.group(2) else 3)
        for m in p["counted_scale"].finditer(text)
        if not (m["lead"] and _given_at(text, m, lexicon))
    ]
    spans += [m.span() for m in p["emergency"].finditer(text)]
    spans += _models(text, lexicon)
    spans += [m.span(1) for m in p["age"].finditer(text)]
    spans += [m.span() for m in p["rate_base"].finditer(text)]
    spans += [m.span(1) for m in p["ranked"].finditer(text)]
    spans += _named(text, lexicon)
    spans += [m.span(1) for m in p["house_number"].finditer(text)]
    spans += _quoted_terms(text, lexicon)
    # "Boeing 737-800": a number hyphened to the end of a name is part of it
    return [_with_variant(text, span) for span in spans]


def _quoted_terms(text: str, lexicon: Lexicon) -> list[Span]:
    """'reached "zero COVID"', 'the "Heavenly Hundred"': a quoted phrase of a few words
    (`quoted_term_words`), no digit in it, every word past its first an acronym, or every word
    capitalised, is a term, and a number word in it no figure (not 'said "three people" had
    died', 'confirmed "two Americans" were killed', '"two US citizens"')."""
    most = lexicon.limits.quoted_term_words
    return [
        m.span()
        for m in _QUOTED.finditer(text)
        if 1 < len(words_ := m.group(1).split()) <= most
        and not _DIGIT.search(m.group(1))
        and (
            all(w.isupper() and len(w) > 1 for w in words_[1:])
            or all(w[:1].isupper() for w in words_)
        )
    ]


_QUOTED = regex_cache.compile(r"[\"“]([^\"“”\n]{1,80})[\"”]")
_DIGIT = regex_cache.compile(r"\d")


def _not_figures(text: str, lexicon: Lexicon) -> list[Span]:
    """The language pack's `not_figures` phrases ("that one", "the one", "the two sides"), but
    not one that a scale word goes on past ("said that one million doses", "the one hundred
    hostages"): that number word opens a figure."""
    not_figures = lexicon.text.not_figures.pattern
    if not_figures is None:
        return []
    scaled = _patterns(lexicon)["scale_next"]
    return [m.span() for m in not_figures.finditer(text) if not scaled.match(text, m.end())]


def _given_at(text: str, reading: re.Match, lexicon: Lexicon) -> bool:
    """Does a source's verb close at the lead before a scale reading ("INGV measured it at
    magnitude 6.2", "the USGS put the quake at magnitude 6.2"; not "the strongest at magnitude
    5.5", "The largest aftershock, at magnitude 5.4")?"""
    lead_end = reading.start("lead") + len(reading["lead"].rstrip())
    said = lexicon.attribution.after_source.pattern
    return cue_before(text, lead_end, said, 0, lexicon.limits.cue_reach_chars)


def _named(text: str, lexicon: Lexicon) -> list[Span]:
    """'on France 2,', 'at Gate 7.': the number closing a name; not after a currency sign written
    like a name ("at Rs 8,316 crore", "Rs 1.5 lakh")."""
    signs = lexicon.numbers.currency_signs
    return [m.span(2) for m in _patterns(lexicon)["named"].finditer(text) if m["name"] not in signs]


def _letter_in_word_before(text: str, end: int) -> bool:
    """Does the word or code ending at `end` hold a letter ("A320")? Walks back only over it."""
    i = end - 1
    while i >= 0 and text[i].isalnum():
        if text[i].isalpha():
            return True
        i -= 1
    return False


def _with_variant(text: str, span: Span) -> Span:
    """'Boeing 737-800': a blocked name with the number hyphened to its end."""
    variant = _HYPHENED.match(text, span[1])
    return (span[0], variant.end()) if variant else span


def is_glued(text: str, start: int, end: int, allowed_after: re.Pattern | None = None) -> bool:
    """Is the figure at start..end part of a name or an id: letters or a hyphenated word glued
    before it
    ("COVID-19", "H5N1", "Su-27"), or letters, digits, '/' or '.' glued after it ("2030s", "3/14",
    "1.2.3", "53-country", "3rd")? `allowed_after` (hedges such as "-odd", "-plus") may follow."""
    before = text[start - 1] if start else ""
    if before and (_LETTER.match(before) or before == "#"):
        return True
    if before == "-" and _letter_in_word_before(text, start - 1):  # "Su-27", "A320-200"
        return True
    after = _GLUED_AFTER.match(text, end)
    return bool(after) and not (allowed_after and allowed_after.match(text, end))
