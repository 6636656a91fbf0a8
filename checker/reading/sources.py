"""Source names in a sentence: known aliases (from the reference set and packs), and suspicious
names that look like one — a near-miss ("Zelesnky") or a wrong expansion of a known abbreviation
("National Intelligence Agency (NIS)") — which the unknown-source check reports.

A name counts as cued when an attribution cue stands right next to it ("Zelensky said", "according
to the NIS", "JCS:"); an outlet in a dateline, an owner ("Kim's men") and an outlet after "cited
by" are not speakers.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from checker.lexicon import Lexicon, compiled, fold
from checker.lexicon.cues import words
from checker.reading.distance import cue_after, cue_before
from checker.reading.sentences import dateline_end


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    source: (
        str | None
    )  # the reference set's id (the best guess for a near-miss); None: a speaker it does not know
    citer: bool = False  # introduced by "cited by", "as reported by": the outlet, not the source
    cued: bool = False  # right next to an attribution cue ("Zelensky said", "according to the NIS")
    possessive: bool = False  # "Kim's soldiers": the owner of something, not a speaker
    problem: str = (
        ""  # non-empty for a near-miss or a wrong expansion; the message for unknown-source
    )
    suggestion: str = ""
    kind: str | None = (
        None  # "person" or "group", for back-references ("he said", "the agency said")
    )


_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*[\w]")
_SPEAKER = re.compile(r"(?:,?\s+[\w’'-]+){0,4}\s*:")
_POSSESSIVE = re.compile(r"['’]s\b")
_STRETCHED = re.compile(
    r"(?P<owner>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+(?P<extra>(?:[a-z][\w-]*\s+){1,2})"
    r"(?P<head>[\w]+(?:\s+[\w]+)?)"
)


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    a = lexicon.attribution
    connectors = words(a.name_connectors)
    return {
        "estimate_of": re.compile(
            rf"['’]s\s+(?:\w+\s+)?(?:{words(a.estimate_nouns)})\s+of\b", re.IGNORECASE
        ),
        "expansion": re.compile(
            rf"((?:[A-Z][\w’'.-]*\s+(?:(?:{connectors})\s+)?){{1,6}})\((?P<abbr>[A-Z]{{2,6}})\)"
        ),
        "name_phrase": re.compile(rf"[A-Z][\w’'.-]*(?:\s+(?:(?:{connectors})\s+)?[A-Z][\w’'.-]*)+"),
        "leading": a.leading_words.folded,
    }


def estimate_of(lexicon: Lexicon) -> re.Pattern:
    """ "the NIS's estimate of about 300": a possessive name whose figure follows."""
    return _patterns(lexicon)["estimate_of"]


@compiled
def _aliases(lexicon: Lexicon) -> dict:
    limits = lexicon.limits
    single: dict[str, str] = {}
    multiword: dict[str, str] = {}
    capitals: set[str] = set()
    for src in lexicon.sources.values():
        for alias in (src.id, *src.aliases):
            if (
                " " not in alias
                and len(alias) >= limits.misspelling_min_letters
                and alias.isalpha()
            ):
                single.setdefault(alias.lower(), src.id)
            if alias.isupper():
                capitals.add(fold(alias))
        for alias in src.aliases:
            if len(alias.split()) >= 2 and len(alias) >= limits.phrase_alias_min_chars:
                multiword[alias.lower()] = src.id
    return {"single": single, "multiword": multiword, "capitals": capitals}


@lru_cache(maxsize=8192)
def _closest(word: str, candidates: tuple[str, ...], cutoff: float) -> str | None:
    """The candidate closest to `word` (difflib ratio >= cutoff); cached, as names recur in every
    sentence."""
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
    return close[0] if close else None


def after_cues(lexicon: Lexicon) -> tuple:
    a = lexicon.attribution
    return a.after_source.pattern, a.after_source_near.pattern


def _is_possessive(text: str, end: int, lexicon: Lexicon) -> bool:
    """'Kim's men' (an owner) but not "Zelensky's estimate" (an attribution cue)."""
    if not _POSSESSIVE.match(text, end) or estimate_of(lexicon).match(text, end):
        return False
    return not any(after and after.match(text, end) for after in after_cues(lexicon))


def _is_cued(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """An attribution cue within a few words after the name, or just before it."""
    limits = lexicon.limits
    if _SPEAKER.match(text, end, end + limits.speaker_label_chars) and not text[:start].split():
        return True  # a speaker label: "Zelensky, speaking in Kyiv:", "JCS:"
    if estimate_of(lexicon).match(text, end):
        return True  # "the NIS's estimate of about 300"
    reach, near = limits.cue_reach_chars, limits.cue_words
    if any(cue_after(text, end, after, near, reach=reach) for after in after_cues(lexicon)):
        return True
    return cue_before(text, start, lexicon.attribution.before_source.pattern, near, reach=reach)


def _is_citer(text: str, start: int, lexicon: Lexicon) -> bool:
    citer = lexicon.attribution.citer.pattern
    before = text[max(0, start - lexicon.limits.citer_chars) : start].rstrip()
    return bool(citer and any(c.end() == len(before) for c in citer.finditer(before)))


def _overlaps(start: int, end: int, found: list[Mention]) -> bool:
    return any(start < m.end and m.start < end for m in found)


def _known(text: str, lexicon: Lexicon, dateline: int) -> list[Mention]:
    """Exact aliases; one defined in capitals ("AP", "US") must be written in capitals ("us" is not
    "US")."""
    pattern = lexicon.alias_pattern
    capitals = _aliases(lexicon)["capitals"]
    found = []
    for m in pattern.finditer(text) if pattern is not None else ():
        name = fold(m.group(0))
        source = lexicon.alias_index.get(name)
        if (
            m.start() < dateline
            or (name in capitals and not m.group(0).isupper())
            or source is None
        ):
            # source None: "Zelenſky", matched case-insensitively by a letter that folds
            # differently
            continue
        found.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                source,
                _is_citer(text, m.start(), lexicon),
                _is_cued(text, m.start(), m.end(), lexicon),
                _is_possessive(text, m.end(), lexicon),
            )
        )
    return found


def _stretched(text: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """ "South Korea's more cautious spy agency": a possessive alias with up to two words
    inserted."""
    out = []
    for m in _STRETCHED.finditer(text):
        if _overlaps(m.start(), m.end(), found):
            continue
        for head_end in (m.end("head"), m.start("head") + len(m.group("head").split()[0])):
            source = lexicon.alias_index.get(
                fold(f"{m.group('owner')} {text[m.start('head') : head_end]}")
            )
            if source:
                out.append(
                    Mention(
                        m.start(),
                        head_end,
                        text[m.start() : head_end],
                        source,
                        False,
                        _is_cued(text, m.start(), head_end, lexicon),
                        _is_possessive(text, head_end, lexicon),
                    )
                )
                break
    return out


def _expanded_name(m: re.Match, lexicon: Lexicon) -> str:
    """The name in 'South Korea's National Intelligence Agency (NIS)', without its owner and
    leading words."""
    names = m.group(1).split()
    for i, word in enumerate(names):
        if word.endswith(("'s", "’s")):
            names = names[i + 1 :]
            break
    leading = _patterns(lexicon)["leading"]
    while names and names[0].lower() in leading:
        names = names[1:]
    return " ".join(names)


def _wrong_expansions(text: str, lexicon: Lexicon) -> list[Mention]:
    out = []
    for m in _patterns(lexicon)["expansion"].finditer(text):
        abbr = m.group("abbr")
        source = lexicon.alias_index.get(fold(abbr))
        name = _expanded_name(m, lexicon) if source else ""
        if not name:
            continue
        names = name.split()
        if any(
            lexicon.alias_index.get(fold(" ".join(names[i:]))) == source for i in range(len(names))
        ):
            continue
        start = m.start(1) + m.group(1).find(name)
        right = lexicon.sources[source].name or next(
            (a for a in lexicon.sources[source].aliases if len(a) > len(abbr)), abbr
        )
        out.append(
            Mention(
                start,
                start + len(name),
                name,
                source,
                problem=f"'{name}' is not what {abbr} stands for",
                suggestion=f"{abbr} is the {right}",
            )
        )
    return out


def _name_phrases(text: str, lexicon: Lexicon):
    """(start, phrase) of each capitalised phrase, without a leading "The" and a trailing period."""
    leading = _patterns(lexicon)["leading"]
    for m in _patterns(lexicon)["name_phrase"].finditer(text):
        phrase, start = m.group(0).rstrip("."), m.start()
        first = phrase.split()[0]
        if first.lower() in leading:
            phrase = phrase[len(first) :].lstrip()
            start = m.end() - len(m.group(0)) + m.group(0).index(phrase)
        if " " in phrase:
            yield start, phrase


def _misspelled_phrases(text: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """'National Inteligence Service': a capitalised phrase a letter or two off a multi-word
    alias."""
    phrases = _aliases(lexicon)["multiword"]
    out = []
    for start, phrase in _name_phrases(text, lexicon):
        if _overlaps(start, start + len(phrase), found) or lexicon.alias_index.get(fold(phrase)):
            continue
        close = _closest(phrase.lower(), tuple(phrases), lexicon.limits.phrase_similarity)
        if close:
            source = phrases[close]
            proper = next(a for a in lexicon.sources[source].aliases if a.lower() == close)
            out.append(
                Mention(
                    start,
                    start + len(phrase),
                    phrase,
                    source,
                    problem=f"unknown source '{phrase}'",
                    suggestion=f"did you mean '{proper}'?",
                )
            )
    return out


def _misspelled_words(text: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """'Zelesnky': a capitalised word a letter or two off a one-word alias."""
    single = _aliases(lexicon)["single"]
    limits = lexicon.limits
    out = []
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).rstrip(".")
        if (
            len(word) < limits.misspelling_min_letters
            or _overlaps(m.start(), m.end(), found)
            or word.lower() in single
            or lexicon.alias_index.get(fold(word)) is not None
        ):
            continue
        close = _closest(word.lower(), tuple(single), limits.similarity)
        if close:
            source = single[close]
            proper = next(
                a
                for a in (lexicon.sources[source].id, *lexicon.sources[source].aliases)
                if a.lower() == close
            )
            out.append(
                Mention(
                    m.start(),
                    m.start() + len(word),
                    word,
                    source,
                    problem=f"unknown source '{word}'",
                    suggestion=f"did you mean '{proper}'?",
                )
            )
    return out


def mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Source names in one sentence, left to right, with near-misses flagged."""
    dateline = dateline_end(text, lexicon)
    found = _known(text, lexicon, dateline)
    found += _stretched(text, lexicon, found)
    found += [m for m in _wrong_expansions(text, lexicon) if m.start >= dateline]
    misspelt = _misspelled_words(text, lexicon, found)
    found += misspelt + _misspelled_phrases(text, lexicon, found + misspelt)
    found = [_with_kind(m, lexicon) for m in found]
    from checker.reading import speakers  # speakers builds on this module's Mention

    found = speakers.find(text, lexicon, found, dateline)
    return sorted(found, key=lambda m: m.start)


def _with_kind(mention: Mention, lexicon: Lexicon) -> Mention:
    """A known source's kind from the reference set (`kind: person`), else from its name."""
    source = lexicon.sources.get(mention.source) if mention.source else None
    if source is not None and source.kind:
        kind = "person" if source.kind == "person" else "group"
    else:
        from checker.reading.speakers import kind_of

        kind = kind_of(mention.text, lexicon)
    return replace(mention, kind=kind)
