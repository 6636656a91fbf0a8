"""Source names in a sentence: known aliases (from the reference set and packs), and suspicious
names that look like one — a near-miss ("Zelesnky") or a wrong expansion of a known abbreviation
("National Intelligence Agency (NIS)") — which the unknown-source check reports.

A name counts as cued when an attribution cue stands right next to it ("Zelensky said", "according
to the NIS", "JCS:"); an outlet in a dateline, an owner ("Kim's men") and an outlet after "cited
by" are not speakers.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat

from checker import regex_cache
from checker.lexicon import Lexicon, compiled, fold
from checker.lexicon.cues import inflected, lower, words
from checker.lexicon.sections import Source
from checker.reading.distance import cue_after, cue_before
from checker.reading.sentences import CAPITALS, dateline_end


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
    affiliated: bool = False  # "NIS director Cho Tae-yong": a person of a source, not a speaker
    object_of: int = -1  # "the exit poll for the BBC": the BBC's head (its start), not a speaker
    unsure: str = ""  # why a near-miss may be no misspelling at all (its finding is then a note)


_CAPITALISED = regex_cache.compile(rf"[{CAPITALS}][\w’'.-]*[\w]")
_ACRONYM = regex_cache.compile(r"\b[A-Z]{2,8}\b")
_WORD_START = regex_cache.compile(r"\b\w")
# two or more words, each a common noun as written or capitalised ("agriculture department",
# "Agriculture Department"; not "Xinhua", "KCNA")
_COMMON_NOUNS = regex_cache.compile(r"(?:[A-Za-z][a-z]+\s+)+[A-Za-z][a-z]+")
_LAST_WORD_BEFORE = regex_cache.compile(r"\b([^\W\d_]+)[ ]+$")  # "state " before a name
_INNER_POSSESSIVE = regex_cache.compile(r"\w['’]s?\s")  # "Amnesty's Kenya", "Doctors' Association"
_INNER_POSSESSIVE_S = regex_cache.compile(r"(\w)['’]s\s+")  # "European Union's observers"
_POSSESSIVE_END = regex_cache.compile(r"['’]s?$")  # "Premier League's" is "Premier League"
_SPEAKER = regex_cache.compile(r"(?:,?\s+[\w’'-]+){0,4}\s*:")
# "Kim's", and "the Commission on Elections'": a name ending in s owns with an apostrophe alone
_POSSESSIVE = regex_cache.compile(r"['’]s\b|(?<=[sS])['’](?!\w)")
_OWNER_BEFORE = regex_cache.compile(
    rf"[{CAPITALS}][\w.-]*(?:\s+[{CAPITALS}][\w.-]*){{0,2}}['’]s\s+"
)  # "Haiti's "
_STRETCHED = regex_cache.compile(
    rf"(?P<owner>\b[{CAPITALS}][\w.]*(?:\s+[{CAPITALS}][\w.]*)?['’]s)\s+"
    r"(?P<extra>(?:[a-z][\w-]*\s+){1,2})"
    r"(?P<head>[\w]+(?:\s+[\w]+)?)"
)


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    a = lexicon.attribution
    connectors = words(a.name_connectors)
    days = words(lexicon.time.named_days)
    leading = words(a.leading_words)
    glosses = words(a.expansion_glosses) or "(?!x)x"
    gap = max(1, lexicon.limits.estimate_link_gap_words)
    return {
        # "the NIS's estimate of 300", "the ministry's figure was 1.272 million" ("the ministry's
        # tally on Sunday was 133": a few words may stand between, no figure or clause mark), an
        # owner's count heading the clause that gives it ("According to the ministry's latest
        # tally,", "In the ministry's Sept. 13 breakdown,") or closing it ("..., by CNBC's
        # calculation."),
        # and a bare figure closing its clause: "..., the CGT's 2.8 million."
        "estimate_of": regex_cache.compile(
            rf"(?:['’]s\s+(?:(?:\w+\s+){{0,2}}"
            rf"(?:{words([*a.estimate_nouns, *a.linked_estimate_nouns])})"
            # a phrase of time or circumstance between, led by one of `estimate_gap_leads` ("on
            # Sunday", "before the legal blackout"; not "poll ratings have")
            rf"(?:\s+(?:{words(a.estimate_gap_leads) or '(?!x)x'})"
            rf"(?:\s+[^\s\d,;:().!?]+){{0,{gap - 1}}}?)?"
            # ...and an aside set off by commas after it ("Voxmeter's final poll before the
            # vote, published on Monday, had them at")
            rf"(?:\s*,[^,;:().!?\d]{{1,{lexicon.limits.aside_chars}}},)?"
            rf"\s+(?:{words(a.estimate_links)})\b"
            rf"|(?:[\w.]+\s+){{0,3}}(?:{words(a.estimate_nouns)})\s*(?:[,;.)]|$)"
            rf"|(?={bare_figure(lexicon)}))"
            # "beating the LSEG consensus of 74 cents": the name heading the noun, no owner's 's
            rf"|\s+(?:{words(a.estimate_nouns)})\s+(?:{words(a.estimate_of) or '(?!x)x'})"
            rf"\s+(?=\S*\d))",
            re.IGNORECASE,
        ),
        # a name heading an estimate noun ("An Ipsos MORI survey ...", "the Red C poll ...")
        "heads_estimate": regex_cache.compile(rf"\s+(?:{words(a.estimate_nouns)})\b", re.IGNORECASE)
        if a.estimate_nouns
        else None,
        # ...then a link within an aside's reach ("..., published on Thursday, gave")
        "estimate_linked": regex_cache.compile(
            rf"[^;:!?]{{0,{lexicon.limits.relative_aside_chars}}}?"
            rf"\s(?:{words([c for c in a.estimate_links if c not in a.estimate_of])})\b",
            re.IGNORECASE,
        ),
        # ...the noun ending its phrase: a mark, a phrase's lead, a relative pronoun, a
        # participle ("taken on June 27", "carried out"), the link itself (not "A Red Cross survey
        # team reached")
        "estimate_phrase_end": regex_cache.compile(
            r"\s*(?:[,(]|$)|\s+(?:"
            + words(
                [
                    *a.estimate_gap_leads,
                    *a.estimate_of,
                    *a.relative_pronouns,
                    *lexicon.time.published,
                    *lexicon.text.participles,
                    *a.participle_agents,
                    *a.estimate_links,
                ]
            )
            + r")\b|\s+[^\W\d_]+(?:"
            + words(lexicon.text.past_endings)
            + r")\b",
            re.IGNORECASE,
        ),
        # ...and no new clause between it and its link (", and the town's hospital was full")
        "clause_join": regex_cache.compile(
            rf",\s+(?:{words([*lexicon.text.conjunctions, *lexicon.text.contrasts])})\b",
            re.IGNORECASE,
        ),
        # ...or "in the" before it ("22 per cent in the Red C poll")
        "estimate_place": regex_cache.compile(
            rf"\b(?:{words(a.estimate_places)})\s+(?:{words(a.determiners)})\s+$", re.IGNORECASE
        )
        if a.estimate_places and a.determiners
        else None,
        # "The National Intelligence Agency (NIS)", "the Secretariat of the Navy (Sedena)"; a
        # name starts at a word's start ("Centre d'Estudis d'Opinió (CEO)" holds no "Opinió")
        "expansion": regex_cache.compile(
            rf"(?<![\w’'])((?:[{CAPITALS}][\w’'.-]*\s+(?:(?:{connectors})\s+){{0,2}}){{1,6}})\((?P<abbr>{_SHORT_NAME})\)"
        ),
        # "the Institut national de veille sanitaire (InVS)": a name written in sentence case, its
        # words read back from the bracket to one that opens a name of the abbreviation's source
        # (`_sentence_cased`)
        "expansion_cased": regex_cache.compile(
            rf"(?<![\w’'.-])((?:[\w’'.-]+\s+){{1,{_CASED_WORDS}}})\((?P<abbr>{_SHORT_NAME})\)"
        ),
        # "The NIS (National Intelligence Agency)", "Komnas HAM (the National Commission on ...)"
        "expansion_after": regex_cache.compile(
            rf"\b(?P<abbr>{_SHORT_NAME})\s+\((?:(?:{leading})\s+)?(?P<name>{_LONG_NAME(connectors)})\)"
        ),
        # "OCHA, the UN Office for Coordinated Humanitarian Aid, says", "IDC, or International Data
        # Corp.,": an acronym, then its name between commas
        "expansion_apposed": regex_cache.compile(
            rf"\b(?P<abbr>[A-Z]{{2,8}}),\s+(?:(?:{glosses})\s+)?(?:(?:{leading})\s+)?"
            rf"(?P<name>{_LONG_NAME(connectors)})"
            r"(?=\s*(?:[,;:.)]|$))"
        ),
        # (a small word then a month or a weekday ends it: "... and Prevention on Jan. 22")
        "name_phrase": regex_cache.compile(
            rf"[{CAPITALS}][\w’'.-]*(?:\s+(?:(?:{connectors})\s+(?!(?:{days})\b))?"
            rf"[{CAPITALS}][\w’'.-]*)+"
        ),
        "leading": a.leading_words.folded,
        # words before a name that are no word of it ("the", "her": "Her ministry counted" is no
        # misspelt "the ministry")
        "name_leads": a.leading_words.folded | a.possessive_determiners.folded,
        "listed": regex_cache.compile(
            rf"\s*,\s*(?:and\s+)?(?:(?:{words(a.determiners)})\s+)?"
            rf"|\s+and\s+(?:(?:{words(a.determiners)})\s+)?",
            re.IGNORECASE,
        ),
        "object_of": regex_cache.compile(
            rf"\s+(?:{words(a.object_markers)})\s+(?:(?:{words(a.determiners)})\s+)?", re.IGNORECASE
        ),
        # "the first full assessment": a determiner, words that leave a name what it is, a head
        "modified": regex_cache.compile(
            rf"\b(?P<det>{words(a.determiners)})\s+(?:(?:{words(a.neutral_modifiers)})\s+){{1,2}}"
            r"(?P<head>[\w-]+)",
            re.IGNORECASE,
        )
        if a.neutral_modifiers and a.determiners
        else None,
    }


_SHORT_NAME = rf"[{CAPITALS}][\w.-]{{1,11}}(?:\s[A-Z]{{2,6}})?"  # "NIS", "Sedena", "Komnas HAM"


def _LONG_NAME(connectors: str) -> str:  # noqa: N802 - a pattern, like the constants beside it
    """A name of two to eight capitalised words, with up to two small words between any two."""
    return (
        rf"[{CAPITALS}][\w’'.-]*(?:\s+(?:(?:{connectors})\s+){{0,2}}[{CAPITALS}][\w’'.-]*){{1,7}}"
    )


_CREDIT = regex_cache.compile(
    r"\d[^\s(]*(?:\s+[^\s(]+){0,2}\s*\(\s*$"
)  # "44,218 (", "£5m in aid ("


def credit_in_brackets(text: str, start: int, lexicon: Lexicon) -> bool:
    """'Killed in Turkey: 44,218 (AFAD)': is the name at `start` a source in brackets right after
    a figure, crediting it? The figure is looked for a bounded way back."""
    return bool(_CREDIT.search(text, max(0, start - lexicon.limits.credit_look_back_chars), start))


def estimate_of(lexicon: Lexicon) -> re.Pattern:
    """ "the NIS's estimate of about 300", "the CGT's 2.8 million.": a possessive name whose
    figure follows."""
    return _patterns(lexicon)["estimate_of"]


@compiled
def _aliases(lexicon: Lexicon) -> dict:
    limits = lexicon.limits
    single: dict[str, str] = {}
    multiword: dict[str, str] = {}
    short: dict[str, str] = {}  # shorter multi-word aliases of bodies, read only for speakers
    spellings: dict[str, set[str]] = {}  # folded alias -> how the aliases write it
    for src in lexicon.sources.values():
        names = lexicon.source_names(src)
        for alias in names:
            if (
                " " not in alias
                and len(alias) >= limits.misspelling_min_letters
                and (
                    alias.isalpha()
                    # "Cleveland-Cliffs" is one word (an id, "california-edd", is no name)
                    or (alias.replace("-", "").isalpha() and not alias.islower())
                )
            ):
                single.setdefault(alias.lower(), src.id)
        for alias in names[1:]:
            spellings.setdefault(fold(alias), set()).add(alias)
            if len(alias.split()) >= 2 and len(alias) >= limits.phrase_alias_min_chars:
                multiword[alias.lower()] = src.id
            elif len(alias.split()) >= 2 and src.kind != "person":
                short.setdefault(alias.lower(), src.id)  # "Munich Re", "IG Metall"
    # an alias only ever written in capitals names its source only so ("WHO", not "who"); one
    # also written otherwise ("IFOP" and "Ifop") in any case
    capitals = {name for name, written in spellings.items() if all(w.isupper() for w in written)}
    capitals |= {fold(src.id) for src in lexicon.sources.values() if src.id.isupper()}
    # an alias written in capitals at least once ("UILM", beside "Uilm") is an acronym, whose
    # letters a writer may swap
    acronyms = {name for name, written in spellings.items() if any(w.isupper() for w in written)}
    with_comma = any("," in alias for alias in multiword)
    return {
        "single": single,
        "single_names": tuple(single),  # for `_closest`, made once
        "multiword": multiword,
        "multiword_names": tuple(multiword),
        "short_multiword": short,
        "short_multiword_names": tuple(short),
        "capitals": capitals,
        "acronyms": frozenset(acronyms | capitals),
        "with_comma": with_comma,
    }


_MEMO_ENTRIES = 8192  # names remembered per cache (as `_closest`'s)


@lru_cache(maxsize=_MEMO_ENTRIES)
def _closest(word: str, candidates: tuple[str, ...], cutoff: float) -> str | None:
    """The candidate closest to `word` (difflib ratio >= cutoff, as `difflib.get_close_matches`
    with n=1 picks it); cached, as names recur in every sentence. Only candidates of a length that
    can reach the cutoff are compared: the ratio is at most 2 * min(la, lb) / (la + lb), so lb lies
    within la * c / (2 - c) and la * (2 - c) / c; and only those whose letters, counted once per
    candidate, can reach it (difflib's `quick_ratio`) are matched letter by letter."""
    lengths, ordered, letters = _by_length(candidates)
    low = len(word) * cutoff / (2 - cutoff)
    high = len(word) * (2 - cutoff) / cutoff if cutoff > 0 else float("inf")
    first = bisect.bisect_left(lengths, low - 1e-9)
    last = bisect.bisect_right(lengths, high + 1e-9)
    own = Counter(word).get
    matcher, best = None, None
    for i in range(first, last):
        size = len(word) + lengths[i]
        if _ratio(min(len(word), lengths[i]), size) < cutoff:
            continue
        shared = sum(map(min, map(own, letters[i][0], repeat(0)), letters[i][1]))
        if _ratio(shared, size) < cutoff:
            continue
        if matcher is None:
            matcher = difflib.SequenceMatcher()
            matcher.set_seq2(word)
        matcher.set_seq1(ordered[i])
        score = matcher.ratio()
        if score >= cutoff and (best is None or (score, ordered[i]) > best):
            best = (score, ordered[i])
    return best[1] if best else None


def _ratio(matches: int, size: int) -> float:
    """difflib's ratio of `matches` letters in two strings of `size` letters together."""
    return 2.0 * matches / size if size else 1.0


@lru_cache(maxsize=64)
def _by_length(candidates: tuple[str, ...]) -> tuple[list[int], list[str], list[tuple]]:
    """The candidates in order of length, their lengths (for `_closest`'s window) and the letters
    of each with how often each comes."""
    ordered = sorted(candidates, key=len)
    letters = [tuple(zip(*Counter(c).items(), strict=True)) or ((), ()) for c in ordered]
    return [len(c) for c in ordered], ordered, letters


def after_cues(lexicon: Lexicon) -> tuple:
    a = lexicon.attribution
    return speech_cues(lexicon), a.after_source_near.pattern, _poll_reading(lexicon)


@compiled
def speech_cues(lexicon: Lexicon) -> re.Pattern | None:
    """The speech cues after a source, where no `not_speech` phrase starts ("have lodged claims of
    about 12.4 billion euros", "Abductions have added to the anger" hold no speech verb)."""
    a = lexicon.attribution
    said, not_speech = a.after_source.pattern, a.not_speech.pattern
    if said is None or not_speech is None:
        return said
    return regex_cache.compile(f"(?!{not_speech.pattern})(?:{said.pattern})", re.IGNORECASE)


@compiled
def _poll_reading(lexicon: Lexicon) -> re.Pattern | None:
    """'had Lula on' when a figure follows, a word between at most ("on about 50%")."""
    readings = lexicon.attribution.poll_readings
    if not readings:
        return None
    return regex_cache.compile(
        rf"\b(?:{words(readings)})\b(?=\s+(?:[^\W\d_]+\s+)?\d)", re.IGNORECASE
    )


def _is_possessive(text: str, end: int, lexicon: Lexicon) -> bool:
    """'Kim's men' (an owner) but not "Zelensky's estimate" (an attribution cue)."""
    if not _POSSESSIVE.match(text, end) or estimate_of(lexicon).match(text, end):
        return False
    return not any(after and after.match(text, end) for after in after_cues(lexicon))


def names_a_subject(name: str, lexicon: Lexicon) -> bool:
    """Is the name, as written, a cue of one of the topic pack's subjects ("Turkey", "NEOS")?"""
    return any(pattern.fullmatch(name) for pattern in lexicon.subject_patterns.values() if pattern)


def _a_subjects_own_count(name: str, owned: str, lexicon: Lexicon) -> bool:
    """Is the name a subject of the story (`names_a_subject`), and what it owns a cue of a metric
    ("'s death toll") or a bare figure ("NEOS's 18"): the subject's own count, not its estimate
    ("Boeing's offer")?"""
    metrics = lexicon.metric_cue_index[0][0]  # the strong cues
    possessive = _POSSESSIVE.match(owned)
    bare = possessive is not None and not _LETTERS.search(owned, possessive.end())
    counted = bare or (metrics is not None and metrics.search(owned) is not None)
    return counted and names_a_subject(name, lexicon)


_LETTERS = regex_cache.compile(r"[^\W\d_]")


def _is_cued(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """An attribution cue within a few words after the name, or just before it."""
    limits = lexicon.limits
    if _SPEAKER.match(text, end, end + limits.speaker_label_chars) and not text[:start].split():
        return True  # a speaker label: "Zelensky, speaking in Kyiv:", "JCS:"
    if owned := estimate_of(lexicon).match(text, end):
        # "the NIS's estimate of about 300", "Boeing's offer of 30%"; not a subject the story
        # counts owning what is counted ("Turkey's death toll rose to 44,218": the place's toll,
        # whoever gave it)
        return not _a_subjects_own_count(text[start:end], text[end : owned.end()], lexicon)
    reach, near = limits.cue_reach_chars, limits.cue_words
    owned_figure = _OWNED_FIGURE.match(text, end)  # "The ANC's 40.18% gave it 159 seats": the
    # share gave them, not the ANC
    if not owned_figure and any(
        cue_after(text, end, after, near, reach=reach) for after in after_cues(lexicon)
    ):
        return True
    relative = _relative_subject(lexicon).match(text, end)  # "Delta, which puts the cost at"
    if relative and any(
        cue_after(text, relative.end(), after, near, reach=reach) for after in after_cues(lexicon)
    ):
        return True
    # "Parametrix, which sells insurance against cloud outages, calculated", "CyberCube, a
    # cyber-risk analytics firm, put ...": the name's verb after an aside set off by commas
    aside = (
        aside_after(lexicon).match(text, end)
        or _long_apposition(lexicon).match(text, end)
        or (_opens_its_clause(text, start, lexicon) and _long_relative(lexicon).match(text, end))
    )
    # (an adverb may stand before the verb: "The U.N. humanitarian office, OCHA, now believes";
    # an auxiliary may be the cue itself: "Bloomberg's poll tracker, in data to May 26, still had")
    verb_at = _past_words_before_verb(text, aside.end(), lexicon) if aside else ()
    if any(
        cue_after(text, at, after, 0, reach=reach)
        for at in verb_at
        for after in after_cues(lexicon)
    ):
        return True
    if _apposed_speaker(text, start, end, lexicon):
        return True  # "its spokesperson, Rishi Ram Tiwari, gave 170 dead": a name in apposition
    if _an_estimate(text[start:end], lexicon) and _linked(lexicon).match(
        text, aside.end() if aside else end
    ):
        return True  # "ZDF's exit poll, conducted by Forschungsgruppe Wahlen, had the SPD on 26%"
    if _heads_an_estimate(text, start, end, lexicon):
        return True
    return cue_before(text, start, lexicon.attribution.before_source.pattern, near, reach=reach)


def _heads_an_estimate(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """'An Ipsos MORI survey for the Evening Standard, published on Thursday, gave Remain 52 per
    cent', 'Fine Gael stood at 22 per cent in the Red C poll': a name heading an estimate noun,
    which a link ("gave", "had") follows within `relative_aside_chars`, or which "in" and a
    determiner lead. The noun ends its phrase ("A Red Cross survey team reached ..." heads no
    estimate), and no new clause stands between it and its link. Not a subject of the story
    heading a metric's cue ("Surfside toll stands at 98": the place's toll)."""
    p = _patterns(lexicon)
    heads = p["heads_estimate"]
    nouns = lexicon.attribution.estimate_nouns.folded
    ends = True  # "the Red C poll for the Business Post": a name of an estimate
    if any(fold(w) in nouns for w in text[start:end].split()):
        noun_end = end
    else:
        found = heads.match(text, end) if heads is not None else None
        if found is None or _a_subjects_own_count(text[start:end], found.group(), lexicon):
            return False
        noun_end = found.end()
        ends = p["estimate_phrase_end"].match(text, noun_end) is not None
    linked = p["estimate_linked"].match(text, noun_end) if ends else None
    if linked and not p["clause_join"].search(text, noun_end, linked.end()):
        return True
    place = p["estimate_place"]
    reach = lexicon.limits.cue_reach_chars
    return place is not None and place.search(text, max(0, start - reach), start) is not None


_APPOSITION_END = regex_cache.compile(r"\s*,\s*")
_OWNED_FIGURE = regex_cache.compile(r"['’]s\s+[$€£¥]?\d")


def _apposed_speaker(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """'its spokesperson, Rishi Ram Tiwari, gave 170 dead': a name set off by commas right before
    a speaker's verb, in apposition to a person's title that opens its clause with no comma before
    it; not one inside an aside or a relative clause ("Macron, who was met by the high
    commissioner, Louis Le Franc, said": Macron said it; "The police chief, standing beside the
    minister's aide, Tiwari, said")."""
    closing = _APPOSITION_END.match(text, end)
    opened = text.rfind(",", 0, start)
    if closing is None or opened < 0 or text[opened + 1 : start].strip():
        return False
    head = text[_clause_start(text, opened) : opened]
    if "," in head or not _ends_in_a_title(head, lexicon):
        return False
    reach = lexicon.limits.cue_reach_chars
    return any(
        cue_after(text, closing.end(), after, 0, reach=reach) for after in after_cues(lexicon)
    )


_CLAUSE_STARTS = (":", ";", "—")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: past the last colon, semicolon or dash before it."""
    return max(text.rfind(mark, 0, at) for mark in _CLAUSE_STARTS) + 1


def _ends_in_a_title(words_: str, lexicon: Lexicon) -> bool:
    """Do the words end in a person's title of the language pack ("its spokesperson")?"""
    folded = " " + fold(words_).strip()
    return any(folded.endswith(" " + title) for title in lexicon.attribution.person_titles.folded)


def _an_estimate(name: str, lexicon: Lexicon) -> bool:
    """Does the name end in an estimate noun (an alias such as "ZDF's exit poll")?"""
    words_of = name.split()
    return bool(words_of) and fold(words_of[-1]) in lexicon.attribution.estimate_nouns.folded


@compiled
def _linked(lexicon: Lexicon) -> re.Pattern:
    """One of the links that give an estimate's figure ("had", "put", "showed"), right after."""
    return regex_cache.compile(
        rf"\s*(?:{words(lexicon.attribution.estimate_links) or '(?!x)x'})\b", re.IGNORECASE
    )


@compiled
def aside_after(lexicon: Lexicon) -> re.Pattern:
    """', a cyber-risk analytics firm,', ', which sells insurance,': an aside right after a name,
    set off by commas (at most `aside_chars` characters)."""
    return regex_cache.compile(r"\s*,\s*[^,;:()]{1,%d},\s*" % lexicon.limits.aside_chars)


@compiled
def _long_apposition(lexicon: Lexicon) -> re.Pattern:
    """', a civic group that ran a parallel count from a random sample of polling units,': an
    apposition opened by an indefinite determiner, set off by commas, longer than `aside_chars`
    but at most `relative_aside_chars` characters."""
    return _long_aside(lexicon, lexicon.attribution.indefinite_determiners)


@compiled
def _long_relative(lexicon: Lexicon) -> re.Pattern:
    """', whose projection went on air as polls closed at 6 p.m. on April 10,': a relative clause
    as long, the same way."""
    return _long_aside(lexicon, lexicon.attribution.relative_pronouns)


def _long_aside(lexicon: Lexicon, openers) -> re.Pattern:
    return regex_cache.compile(
        rf"\s*,\s*(?:{words(openers)})\s[^,;:()]{{1,%d}},\s*" % lexicon.limits.relative_aside_chars,
        re.IGNORECASE,
    )


def _opens_its_clause(text: str, start: int, lexicon: Lexicon) -> bool:
    """Does the name at `start` open its sentence or clause, a determiner at most before it (the
    subject of the verb after a relative clause; not "A UN report on the ministry, whose figures
    have been questioned, put ...": the report's verb)?"""
    before = text[_clause_start(text, start) : start].split()
    return not before or (
        len(before) == 1 and before[0].lower() in lexicon.attribution.determiners.folded
    )


def _past_words_before_verb(text: str, at: int, lexicon: Lexicon) -> list[int]:
    """Where the verb may start after a speaker ending at `at`: there, and past each of up to two
    words that stand between a speaker and its verb ('now', 'still', 'separately': the language
    pack's `before_verb`, or a lowercase word ending in -ly), not a passive auxiliary ("was told
    by": someone else's speech)."""
    word = _word_before_verb(lexicon)
    found = [at]
    for _ in range(2):
        m = word.match(text, found[-1])
        if m is None:
            break
        found.append(m.end())
    return found


@compiled
def _word_before_verb(lexicon: Lexicon) -> re.Pattern:
    """One word between a speaker and its verb (`_past_words_before_verb`)."""
    passive = lexicon.text.passive_auxiliaries.folded
    kept = [w for w in lexicon.attribution.before_verb if fold(str(w)) not in passive]
    return regex_cache.compile(rf"(?:{words(kept)}|[a-z]+ly)\s+")


@compiled
def _relative_subject(lexicon: Lexicon) -> re.Pattern:
    """', which', ', who': a relative pronoun that stands for the name before it and is the subject
    of the verb after it."""
    return regex_cache.compile(
        rf"\s*,\s*(?:{words(lexicon.attribution.relative_subjects)})\b", re.IGNORECASE
    )


def _cue_inside(name: str, lexicon: Lexicon) -> bool:
    """An alias that holds its own cue: "the AP's count", "an Associated Press tally" (a weak cue
    such as "count" or "tally"; "United States" holds "states" as a word of a name)."""
    near = lexicon.attribution.after_source_near.pattern
    return bool(near and near.search(name))


def _is_citer(text: str, start: int, lexicon: Lexicon) -> bool:
    """'cited by AP', 'citing the World Health Organization': an outlet or body quoted by the
    speaker, not the speaker."""
    citer = lexicon.attribution.citer.pattern
    before = text[max(0, start - lexicon.limits.citer_chars) : start].rstrip()
    determiners = lexicon.attribution.determiners.folded
    words_ = before.split()
    if words_ and words_[-1].lower() in determiners:
        before = before[: len(before) - len(words_[-1])].rstrip()
    return bool(citer and any(c.end() == len(before) for c in citer.finditer(before)))


def _overlaps(start: int, end: int, found: list[Mention]) -> bool:
    return any(start < m.end and m.start < end for m in found)


def _longest(pattern: re.Pattern, text: str):
    """Alias matches, left to right, a longer one starting inside a match winning over it: "the
    police prefecture" is "police prefecture", not "the police"."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        best = m
        for w in _WORD_START.finditer(text, m.start() + 1, m.end()):
            inner = pattern.match(text, w.start())
            if inner is not None and inner.end() > best.end():
                best = inner
        yield best
        pos = max(best.end(), best.start() + 1)


def capital_aliases(lexicon: Lexicon):
    """The aliases defined in capitals ("AP", "WHO"), folded: they name a source only so."""
    return _aliases(lexicon)["capitals"]


def _known(text: str, lexicon: Lexicon, dateline: int) -> list[Mention]:
    """Exact aliases; one defined in capitals ("AP", "US") must be written in capitals ("us" is not
    "US")."""
    pattern = lexicon.alias_pattern
    capitals = capital_aliases(lexicon)
    found = []
    for m in _longest(pattern, text) if pattern is not None else ():
        name = fold(m.group(0))
        source = lexicon.alias_index.get(name)
        if (
            m.start() < dateline
            or (name in capitals and not m.group(0).isupper())
            or source is None
            or at_another_level(text, m.start(), m.end(), source, lexicon)
        ):
            # source None: "Zelenſky", matched case-insensitively by a letter that folds
            # differently
            continue
        if found and (
            _object_of(text, found[-1], m.start(), lexicon)
            or continues_objects(text, found[-1], m.start(), lexicon)
        ):
            # "The exit poll by Ipsos for the BBC, ITV and Sky had forecast 411": the poll speaks
            found, head = heads_cued(text, found, found[-1], m.end(), lexicon)
            found.append(Mention(m.start(), m.end(), m.group(0), source, object_of=head.start))
            continue
        found.append(
            Mention(
                m.start(),
                m.end(),
                m.group(0),
                source,
                _is_citer(text, m.start(), lexicon),
                _is_cued(text, m.start(), m.end(), lexicon) or _cue_inside(m.group(0), lexicon),
                _is_possessive(text, m.end(), lexicon),
            )
        )
    return found


def at_another_level(text: str, start: int, end: int, source: str, lexicon: Lexicon) -> bool:
    """Does a word of the language pack's `other_levels` stand right before the name at `start`,
    a name of two words or more made of common nouns ("The state agriculture department
    confirmed", beside the U.S. Department of Agriculture's "Agriculture Department"), that no
    name of the source holds? Not before one word or an acronym ("state KCNA"), nor for a news
    outlet (its kind, or a word of the name, one of `outlet_kinds`: "the state Xinhua news
    agency")."""
    before = _LAST_WORD_BEFORE.search(text, max(0, start - lexicon.limits.cue_reach_chars), start)
    if before is None or fold(before.group(1)) not in lexicon.attribution.other_levels.folded:
        return False
    spec = lexicon.sources[source]
    outlets = lexicon.attribution.outlet_kinds
    if (
        _COMMON_NOUNS.fullmatch(text, start, end) is None
        or fold(spec.kind) in outlets.folded
        or (outlets.pattern is not None and outlets.pattern.search(text, start, end))
    ):
        return False
    level = fold(before.group(1))
    return not any(level in fold(n).split() for n in (spec.name or "", *spec.aliases))


def heads_cued(
    text: str, found: list[Mention], last: Mention, end: int, lexicon: Lexicon, cued: bool = False
) -> tuple[list[Mention], Mention]:
    """The head of `last`'s chain of objects ("the exit poll" in "the exit poll by Ipsos for the
    BBC"), cued when a cue follows the chain (which ends at `end`), or when `cued` says so."""
    head = next((m for m in found if m.start == last.object_of), last)
    if cued or _is_cued(text, head.start, end, lexicon):
        found = [replace(m, cued=True) if m is head else m for m in found]
        head = replace(head, cued=True)
    return found, head


def bare_figure(lexicon: Lexicon) -> str:
    """Regex source: a figure closing its clause ("2.8 million." "800,000,"), after an owner; not
    the start of a longer one ("Uber's 27,000 employees": "27," goes on in digits)."""
    return rf"\d[\d,.]*(?:\s+(?:{words(lexicon.numbers.scales)}))?\s*(?:[.,;)](?!\d)|$)"


def continues_objects(text: str, last: Mention, start: int, lexicon: Lexicon) -> bool:
    """Does a name at `start` continue the list an object mention opened ("for the BBC, ITV News
    and Sky News")?"""
    return last.object_of >= 0 and bool(
        _patterns(lexicon)["listed"].fullmatch(text, last.end, start)
    )


def _object_of(text: str, head: Mention, start: int, lexicon: Lexicon) -> bool:
    """Is the name at `start` the object of a preposition after a known name ("the exit poll for
    the BBC", "a survey by Ipsos")?"""
    between = _patterns(lexicon)["object_of"]
    return head.source is not None and bool(between.fullmatch(text, head.end, start))


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
                out.append(_named_at(text, m.start(), head_end, source, lexicon))
                break
    return out


def _named_at(text: str, start: int, end: int, source: str, lexicon: Lexicon) -> Mention:
    """The source's name written at text[start:end], cued and possessive as the words around it
    say (no citer)."""
    return Mention(
        start,
        end,
        text[start:end],
        source,
        False,
        _is_cued(text, start, end, lexicon),
        _is_possessive(text, end, lexicon),
    )


def _modified(text: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """'according to the first full assessment of the storm': an alias of a determiner and an
    estimate noun ("the assessment") with words that leave it what it is between them (the language
    pack's `neutral_modifiers`: "first", "latest", "final")."""
    pattern = _patterns(lexicon)["modified"]
    out = []
    for m in pattern.finditer(text) if pattern is not None else ():
        if fold(m.group("head")) not in lexicon.attribution.estimate_nouns.folded:
            continue  # "the new company" is no longer "the company"; "the latest count" is
        source = lexicon.alias_index.get(fold(f"{m.group('det')} {m.group('head')}"))
        if source and not _overlaps(m.start(), m.end(), found):
            out.append(_named_at(text, m.start(), m.end(), source, lexicon))
    return out


def _expanded_name(phrase: str, lexicon: Lexicon) -> str:
    """The name in 'the National Intelligence Agency (NIS)', without its leading words ("the");
    whether its owner stays ("South Korea's") is `_nearer_name`'s to say."""
    leading = _patterns(lexicon)["leading"]
    names = phrase.split()
    while names and names[0].lower() in leading:
        names = names[1:]
    return " ".join(names)


def _owned_part(name: str) -> str:
    """'National Intelligence Agency' of 'South Korea's National Intelligence Agency'."""
    words_ = name.split()
    for i, word in enumerate(words_[:-1]):
        if word.endswith(("'s", "’s")):
            return " ".join(words_[i + 1 :])
    return name


def _nearer_name(name: str, source: str, lexicon: Lexicon) -> str:
    """The name without its owner ("South Korea's"), unless with it the name is clearly nearer one
    of the source's names ("United Nations Children's Education Fund")."""
    owned = _owned_part(name)
    if owned == name:
        return name
    spec = lexicon.sources[source]
    names = tuple(fold(n) for n in (spec.name or "", *spec.aliases) if n)
    margin = lexicon.limits.owner_kept_margin
    return name if _nearness(fold(name), names) >= _nearness(fold(owned), names) + margin else owned


@lru_cache(maxsize=4096)
def _nearness(folded: str, names: tuple[str, ...]) -> float:
    """How near a (folded) name is to the nearest of a source's (folded) names: difflib's ratio,
    0 without names; cached, as a name and its owner recur in every sentence that writes them."""
    return max((difflib.SequenceMatcher(None, folded, n).ratio() for n in names), default=0)


_CASED_WORDS = 8  # words read back from a bracket for a name in sentence case


def _expansions(text: str, lexicon: Lexicon):
    """(start, name, abbreviation) for 'Name (ABBR)', 'ABBR (Name)' and 'ABBR, the Name,'."""
    p = _patterns(lexicon)
    bracketed = "(" in text  # the first two forms need a bracket: most sentences have none
    read = set()
    for m in p["expansion"].finditer(text) if bracketed else ():
        name = _expanded_name(m.group(1), lexicon)
        if name:
            read.add(m.start("abbr"))
            yield m.start(1) + m.group(1).find(name), name, m.group("abbr")
    for m in p["expansion_cased"].finditer(text) if bracketed else ():
        cased = None if m.start("abbr") in read else _sentence_cased(m, lexicon)
        if cased is not None:
            yield cased
    for m in p["expansion_after"].finditer(text) if bracketed else ():
        name = _expanded_name(m.group("name"), lexicon)
        if name:
            yield m.start("name") + m.group("name").find(name), name, m.group("abbr")
    for m in p["expansion_apposed"].finditer(text):
        name = _expanded_name(m.group("name"), lexicon)
        if name and _apposed_expansion(name, m.group("abbr"), lexicon):
            yield m.start("name") + m.group("name").find(name), name, m.group("abbr")


def _apposed_expansion(name: str, acronym: str, lexicon: Lexicon) -> bool:
    """Is a name between commas after an acronym taken for its expansion: its initials hold
    (`_initials_hold`), or it is `cased_name_similarity` near one of the acronym's source's
    multi-word names ("OHCHR, the Office of the UN High Commissioner for Refugees,", one word off
    "... for Human Rights")?"""
    if _initials_hold(name, acronym):
        return True
    source = lexicon.alias_index.get(fold(acronym))
    if source is None:
        return False
    names = _multiword_names(lexicon.sources[source])
    return _nearness(fold(name), names) >= lexicon.limits.cased_name_similarity


def _sentence_cased(m: re.Match, lexicon: Lexicon) -> tuple[int, str, str] | None:
    """(start, name, abbreviation) for a name in sentence case before a known abbreviation in
    brackets ("Institut national de veille sanitaire (InVS)"): the words from the last one that
    opens a multi-word name of the abbreviation's source, written with a capital and no owner's
    's ("Malawi's disaster agency" describes); none when no such word stands there. (A bracket
    the `expansion` pattern read is not read again.)"""
    source = lexicon.alias_index.get(fold(m.group("abbr")))
    if source is None:
        return None
    names = _multiword_names(lexicon.sources[source])
    openers = {n.split()[0] for n in names} - _patterns(lexicon)["leading"]
    words_at = list(re.finditer(r"\S+", m.group(1)))
    for i in range(len(words_at) - 2, -1, -1):
        word = words_at[i].group()
        if word[:1].isupper() and fold(word) in openers and not _POSSESSIVE.search(word):
            name = m.group(1)[words_at[i].start() :].rstrip()
            return (
                (m.start(1) + words_at[i].start(), name, m.group("abbr"))
                if _a_cased_name(name, names, lexicon)
                else None
            )
    return None


def _multiword_names(spec: Source) -> tuple[str, ...]:
    """A source's names of two words or more (its `name` and aliases), folded."""
    return tuple(fold(n) for n in (spec.name or "", *spec.aliases) if " " in n.strip())


def _a_cased_name(name: str, names: tuple[str, ...], lexicon: Lexicon) -> bool:
    """Is the phrase written as a name in sentence case, not a description ("the disaster
    management agency (DoDMA)", "National police said the agency (INGD)"): every word after its
    first in lower case, and `cased_name_similarity` near one of the source's (folded,
    multi-word) `names`?"""
    rest = name.split()[1:]
    if not rest or any(w[:1].isupper() for w in rest):
        return False
    return _nearness(fold(name), names) >= lexicon.limits.cased_name_similarity


def _initials_hold(name: str, acronym: str) -> bool:
    """Are the acronym's letters, in order, initials of the name's capitalised words ("OCHA" in "UN
    Office for Coordinated Humanitarian Aid")? Only then is a name between commas after an acronym
    taken for its expansion ("NATO, the Western Alliance," is not one)."""
    initials = iter(w[0] for w in name.split() if w[:1].isupper())
    return all(letter in initials for letter in acronym)


def _close_alias(phrase: str, source: str, lexicon: Lexicon) -> str | None:
    """The alias of `source` a letter or two off `phrase` ('Libyan Red Cresent'), if any."""
    aliases = {a.lower(): a for a in lexicon.sources[source].aliases if " " in a}
    close = _closest(phrase.lower(), tuple(aliases), lexicon.limits.phrase_similarity)
    return aliases[close] if close else None


def _ends_a_name(phrase: str, source: str, lexicon: Lexicon) -> bool:
    """Is `phrase` the last words of one of `source`'s names?"""
    tail = " " + fold(phrase)
    return any(
        (" " + fold(name)).endswith(tail)
        for name in (lexicon.sources[source].name or "", *lexicon.sources[source].aliases)
    )


def _wrong_expansions(text: str, lexicon: Lexicon) -> list[Mention]:
    """'National Intelligence Agency (NIS)', 'CGT (General Confederation of Workers)': a name
    beside a known abbreviation that is not one of its source's names; a misspelling of one
    ('Libyan Red Cresent (LRC)') is reported as such."""
    out = []
    for start, name, abbr in _expansions(text, lexicon):
        if lexicon.alias_index.get(fold(abbr)) is None:
            abbr = abbr.split()[-1]  # "The NIS (...)": the pattern may take the word before
        source = lexicon.alias_index.get(fold(abbr))
        if source is None or lexicon.alias_index.get(fold(name)) not in (None, source):
            continue  # another known body's name: "Obi (Labour Party)"
        owned = _nearer_name(name, source, lexicon)
        start, name = start + len(name) - len(owned), owned
        names = name.split()
        if any(  # (with or without an abbreviation's last period: "International Data Corp.")
            lexicon.alias_index.get(fold(tail)) == source
            for i in range(len(names))
            for tail in {" ".join(names[i:]), " ".join(names[i:]).rstrip(".")}
        ):
            continue
        if _ends_a_name(name, source, lexicon):
            continue  # the pattern saw only the end of a long name ("... Red Crescent Societies")
        close = _close_alias(name, source, lexicon)
        if close:
            problem, suggestion = f"unknown source '{name}'", f"did you mean '{close}'?"
        else:
            spec = lexicon.sources[source]
            right = next((n for n in (spec.name or "", *spec.aliases) if len(n) > len(abbr)), abbr)
            problem = f"'{name}' is not what {abbr} stands for"
            suggestion = f"{abbr} stands for {right}"
        out.append(
            Mention(start, start + len(name), name, source, problem=problem, suggestion=suggestion)
        )
    return out


def _name_phrases(text: str, lexicon: Lexicon):
    """(start, phrase) of each capitalised phrase, without a leading "The" and a trailing period;
    when a known name has a comma in it ("Ministry of Land, Infrastructure and Transport"), also
    two phrases joined by a comma."""
    leading = _patterns(lexicon)["leading"]
    found = list(_patterns(lexicon)["name_phrase"].finditer(text))
    spans = [(m.start(), m.end()) for m in found]
    if _aliases(lexicon)["with_comma"]:
        # a capitalised word may stand on one side ("Montreal, Maine & Atlantic Railway")
        single = [w.span() for w in _CAPITALISED.finditer(text)]
        pieces = sorted(spans + _outside(single, spans))
        spans += [
            (a[0], b[1])
            for a, b in zip(pieces, pieces[1:], strict=False)
            if text[a[1] : b[0]] == ", " and (a in spans or b in spans)
        ]
    for begin, finish in spans:
        whole = text[begin:finish]
        phrase, start = _POSSESSIVE_END.sub("", whole.rstrip(".")), begin
        first = phrase.split()[0]
        if first.lower() in leading:
            phrase = phrase[len(first) :].lstrip()
            start = begin + whole.index(phrase)
        if " " in phrase:
            yield start, phrase


def _outside(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that overlap none of `others`, both in order and neither overlapping itself: one
    sweep, not every span against every other."""
    out, j = [], 0
    for start, end in spans:
        while j < len(others) and others[j][1] <= start:
            j += 1
        if j == len(others) or end <= others[j][0]:
            out.append((start, end))
    return out


def _ends(start: int, phrase: str):
    """(start, words) of the phrase and of its shorter heads and tails of two words or more, each
    ending and starting with a capitalised word: 'WHO chief Tedros Adhanom Ghebreysus' holds
    'Tedros Adhanom Ghebreysus'; 'Change Healthcare and UnitedHealth' does not hold 'Change
    Healthcare and'."""
    words_at = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", phrase)]
    yield start, phrase
    for i in range(1, len(words_at) - 1):
        if words_at[i][1][:1].isupper():
            yield start + words_at[i][0], phrase[words_at[i][0] :]
    for i in range(len(words_at) - 1, 1, -1):
        if words_at[i - 1][1][:1].isupper():
            yield start, phrase[: words_at[i][0]].rstrip()


def _misspelled_phrases(text: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """'National Inteligence Service', 'Borrusia Dortmund': a capitalised phrase a letter or two
    off a multi-word alias. A known name inside it ('Dortmund') must be the same source's; a
    phrase inside a known name is that name."""
    phrases = _aliases(lexicon)["multiword"]
    cutoff = lexicon.limits.phrase_similarity
    out = []
    for whole_start, whole in _name_phrases(text, lexicon):
        known_from = len(text)  # where a known name ends the phrase ("... and Bain Capital")
        for start, phrase in _ends(whole_start, whole):
            phrase = _POSSESSIVE_END.sub("", phrase)  # "the World Health Organization's Europe"
            end = start + len(phrase)
            if end > known_from:
                continue  # holds the known name: only the names before it are left to read
            if lexicon.alias_index.get(fold(phrase)) or any(
                m.start <= start and end <= m.end for m in found + out
            ):
                if not _listed_before(text, whole_start, start, lexicon):
                    break
                known_from = start  # "Kohlberg Kravis Robert & Co. and Bain Capital": the name
                # listed before the known one is read on its own
                continue
            if any(m.problem and _overlaps(start, end, [m]) for m in found):
                break  # already reported ("President Zelesnky" holds "Zelesnky")
            close = _closest(phrase.lower(), _aliases(lexicon)["multiword_names"], cutoff)
            close = close or _retyped(phrase, lexicon)
            inside = [m for m in found if start <= m.start and m.end <= end]
            if (
                not close
                # a known name's words without its first ones is no misspelling ("U.S. Centers
                # for Disease Control and Prevention" beside "Africa Centers for ...")
                or _within(phrase, close)
                # a person's title is no misspelt organisation ("Interior Minister Lee" beside
                # "Interior Ministry")
                or _a_title(phrase, close, lexicon)
                # a known name listed before another ("University of Hawaii's Pacific Disaster
                # Center and FEMA")
                or _known_before_a_joiner(phrase, lexicon)
                # an owner and what it owns, not a name: "Amnesty's Kenya director"
                or (_INNER_POSSESSIVE.search(phrase) and not _INNER_POSSESSIVE.search(close))
                or {m.source for m in inside if not _within(m.text, close)} - {phrases[close]}
                # the name with words around it, or another of its names after an owner ("Haiti's
                # Ministry of Public Health and Population"; not "Borrusia Dortmund")
                or any(
                    fold(m.text) == fold(close)
                    or (m.source == phrases[close] and m.end == end and _owner_then(text, start, m))
                    for m in inside
                )
                or _overlaps(start, end, out)
            ):
                continue
            source = phrases[close]
            proper = _written(source, close, str.lower, lexicon)
            if _respelled(phrase, proper, lexicon):
                break  # "Thorsten Groeger" is "Thorsten Gröger"
            out.append(
                Mention(
                    start,
                    end,
                    phrase,
                    source,
                    problem=f"unknown source '{phrase}'",
                    suggestion=f"did you mean '{proper}'?",
                )
            )
            break
    return out


def _known_before_a_joiner(phrase: str, lexicon: Lexicon) -> bool:
    """Do the phrase's first words make a known name, right before a word that joins a list
    ("University of Hawaii's Pacific Disaster Center and FEMA": two names, not a misspelt one)?"""
    words_ = phrase.split()
    joiners = lexicon.text.list_joiners.folded
    return any(
        fold(word) in joiners and lexicon.alias_index.get(fold(" ".join(words_[:i])))
        for i, word in enumerate(words_[1:], 1)
    )


def _listed_before(text: str, whole_start: int, start: int, lexicon: Lexicon) -> bool:
    """Does a word that joins a list ("and", "&") stand right before `start`, inside the phrase
    that opens at `whole_start` (another name listed before a known one; not "U.N.
    Secretary-General Antonio Guterres", a title of the name after it)?"""
    before = text[whole_start:start].split()
    return len(before) > 1 and fold(before[-1]) in lexicon.text.list_joiners.folded


def misspelt_speaker(start: int, name: str, lexicon: Lexicon) -> Mention | None:
    """'the Paris police prefecure said': a speaker no alias names, its words (lower-case ones
    too, which `_misspelled_phrases` does not read) a letter or two off a multi-word alias, as a
    mention with the problem said; none when it is not one."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    if first.lower() in _patterns(lexicon)["name_leads"]:
        start, name = start + len(first) + 1, name[len(first) + 1 :]
    phrase = name.strip()
    found = _misspelt_name(start, phrase, lexicon)
    if found is None and "," in phrase:
        # "Munch Re, the world's largest reinsurer, said": the name before its apposition
        found = _misspelt_name(start, phrase.split(",", 1)[0].rstrip(), lexicon)
    return found


def _misspelt_name(start: int, phrase: str, lexicon: Lexicon) -> Mention | None:
    """`misspelt_speaker`'s reading of one phrase (no lead word) at `start`."""
    if len(phrase.split()) < 2 or lexicon.alias_index.get(fold(phrase)):
        return None
    if lexicon.alias_index.get(fold(_INNER_POSSESSIVE_S.sub(r"\1 ", phrase))):
        return None  # "the European Union's observers" beside "European Union observers"
    aliases, cutoff = _aliases(lexicon), lexicon.limits.phrase_similarity
    close = _closest(phrase.lower(), aliases["multiword_names"], cutoff)
    # "according to IG Metal": a speaker a letter off a body's short name ("IG Metall")
    close = close or _closest(phrase.lower(), aliases["short_multiword_names"], cutoff)
    unsure = ""
    if close is None and (close := _one_word_off(phrase, lexicon)) is not None:
        unsure = "it may be another body of a like name"
    if (
        close is None
        or _within(phrase, close)
        or _a_title(phrase, close, lexicon)
        or _another_form(phrase.lower(), close, lexicon)  # "a lawyer for FTX", "lawyers for FTX"
    ):
        return None
    source = aliases["multiword"].get(close) or aliases["short_multiword"][close]
    proper = _written(source, close, str.lower, lexicon)
    if _respelled(phrase, proper, lexicon):
        return None
    return Mention(
        start,
        start + len(phrase),
        phrase,
        None if unsure else source,  # another body's name credits its figure to no known source
        cued=True,
        problem=f"unknown source '{phrase}'",
        suggestion=f"did you mean '{proper}'?",
        unsure=unsure,
    )


def _one_word_off(phrase: str, lexicon: Lexicon) -> str | None:
    """'National Electoral Watch' for National Election Watch, 'Customs and Border Patrol' for
    U.S. Customs and Border Protection's 'Customs and Border Protection': the multi-word alias the
    phrase writes word for word but for one run of a word or two swapped, sharing at least
    `one_word_off_shared` words that tell names apart (`_telling`), the swapped words opening with
    the same letter. Two real bodies are often named so ("Asian Development Bank", "African
    Development Bank"), so a finding on it is a note, and its figure is credited to no known
    source."""
    return _remembered(_one_word_off_memo(lexicon), phrase, _one_word_off_alias, lexicon)


@compiled
def _one_word_off_memo(lexicon: Lexicon) -> dict[str, str | None]:
    """Phrase -> `_one_word_off`'s answer, per lexicon."""
    return {}


def _one_word_off_alias(phrase: str, lexicon: Lexicon) -> str | None:
    said = fold(phrase).replace(",", "").split()
    connectors = _untelling(lexicon)["connectors"]
    wanted = lexicon.limits.one_word_off_shared
    if sum(w not in connectors for w in said) <= wanted or not _a_proper_name(phrase, connectors):
        return None
    for alias, known in _folded_names(lexicon)["unpunctuated"]:
        if abs(len(known) - len(said)) > 1:
            continue
        changed = [
            op
            for op in difflib.SequenceMatcher(None, said, known, autojunk=False).get_opcodes()
            if op[0] != "equal"
        ]
        if len(changed) != 1 or changed[0][0] != "replace":
            continue
        _, a, b, c, d = changed[0]
        if (
            b - a <= 2
            and d - c <= 2
            and _telling(said[:a] + said[b:], lexicon) >= wanted
            and _same_opening(said[a:b], known[c:d], connectors)
        ):
            return alias
    return None


def _same_opening(said: list[str], known: list[str], connectors: set[str]) -> bool:
    """Do the swapped words open with the same letter, as a word half-remembered does ("Service"
    for "Survey", "Patrol" for "Protection"; not "Times" for "Police Department", "Watch" for
    "First")?"""
    said = [w for w in said if w not in connectors] or said
    known = [w for w in known if w not in connectors] or known
    return said[0][:1] == known[0][:1]


def _telling(shared: list[str], lexicon: Lexicon) -> int:
    """How many of the (folded) words two names share tell them apart from other bodies' names:
    no connector ("of"), kind of body ("Organization") or person's title ("Prime Minister"), so
    that "World Meteorological Organization" is no World Health Organization misspelt."""
    untelling, groups = _untelling(lexicon), _kind_groups(lexicon)
    return sum(
        w not in untelling["connectors"]
        and w not in untelling["titles"]
        and _kind(w, groups) is None
        for w in shared
    )


@compiled
def _untelling(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The folded words that tell no name from another (`_telling`), made once per lexicon: name
    connectors ("of", "and") and the words of persons' titles ("prime", "minister")."""
    a = lexicon.attribution
    return {
        "connectors": frozenset(fold(w) for w in a.name_connectors),
        "titles": frozenset(w for title in a.person_titles.folded for w in title.split()),
    }


def _a_proper_name(phrase: str, connectors) -> bool:
    """Is every word of the phrase but its connectors capitalised, with no owner inside it ("U.S.
    Customs and Border Patrol"; not "Sierra Leone's main opposition party")?"""
    return not _INNER_POSSESSIVE.search(phrase) and all(
        w[:1].isupper() or w[:1].isdigit() or fold(w) in connectors for w in phrase.split()
    )


def _retyped(phrase: str, lexicon: Lexicon) -> str | None:
    """'International Atomic Energy Authority' for the International Atomic Energy Agency: the
    multi-word alias (of `retyped_min_words` words or more) that the phrase writes word for word
    but for one kind of body swapped for another of its group (the language pack's
    `organisation_kinds`), or of any group in a name of `retyped_across_min_words` words or more
    ("Federal Deposit Insurance Commission"), or, in such a name, one word half-remembered
    (`_reworded`: "National Disaster Relief Force"). Not any word swapped, however long the name:
    "Ministry of Health and Social Welfare" and "... Social Services" are two real bodies."""
    return _remembered(_retyped_memo(lexicon), phrase, _retyped_alias, lexicon)


def _remembered(memo: dict, key: str, work, lexicon: Lexicon):
    """`work(key, lexicon)`, remembered in `memo`, which never grows past `_MEMO_ENTRIES`: a draft
    of endless distinct names clears it rather than growing it further."""
    if key not in memo:
        if len(memo) >= _MEMO_ENTRIES:
            memo.clear()
        memo[key] = work(key, lexicon)
    return memo[key]


@compiled
def _retyped_memo(lexicon: Lexicon) -> dict[str, str | None]:
    """Phrase -> `_retyped`'s answer, per lexicon: the same names recur in every sentence."""
    return {}


def _retyped_alias(phrase: str, lexicon: Lexicon) -> str | None:
    groups = _kind_groups(lexicon)
    said = fold(phrase).split()
    kinds = any(_kind(w, groups) for w in said)
    if len(said) < lexicon.limits.retyped_min_words or not (
        kinds or len(said) >= lexicon.limits.retyped_across_min_words
    ):
        return None
    for alias, known in _folded_names(lexicon)["by_length"].get(len(said), ()):
        differ = [(a, b) for a, b in zip(said, known, strict=True) if a != b]
        if len(differ) == 1 and _reworded(*differ[0], len(said), lexicon):
            return alias
        if len(differ) == 1 and (group := _kind(differ[0][0], groups)) is not None:
            other = _kind(differ[0][1], groups)
            # another kind of body of another group only in a longer name ("Insurance Board of
            # Canada"; not "National Security Council" beside "National Security Agency")
            if other == group or (
                other is not None and len(said) >= lexicon.limits.retyped_across_min_words
            ):
                return alias
    return None


@compiled
def _folded_names(lexicon: Lexicon) -> dict:
    """The multi-word aliases with their folded words, made once per lexicon (not per phrase
    read): in order ("unpunctuated": commas dropped, for `_one_word_off_alias`) and by their
    number of words ("by_length", for `_retyped_alias`)."""
    unpunctuated: list[tuple[str, list[str]]] = []
    by_length: dict[int, list[tuple[str, list[str]]]] = {}
    for alias in _aliases(lexicon)["multiword_names"]:
        folded = fold(alias)
        unpunctuated.append((alias, folded.replace(",", "").split()))
        known = folded.split()
        by_length.setdefault(len(known), []).append((alias, known))
    return {"unpunctuated": unpunctuated, "by_length": by_length}


def _reworded(said: str, known: str, words_: int, lexicon: Lexicon) -> bool:
    """'National Disaster Relief Force' for the National Disaster Response Force: in a name of
    `retyped_across_min_words` words or more, one word swapped for another that opens with the
    same `reworded_same_letters` letters (a word a writer half-remembered; one letter is too few:
    the Royal College of Pathologists is no Royal College of Physicians)."""
    limits = lexicon.limits
    return (
        words_ >= limits.retyped_across_min_words
        and min(len(said), len(known)) >= 4
        and said[: limits.reworded_same_letters] == known[: limits.reworded_same_letters]
    )


@compiled
def _kind_groups(lexicon: Lexicon) -> dict[str, str]:
    """Each kind of body (folded) -> its group."""
    return {
        fold(kind): group
        for group, kinds in lexicon.attribution.organisation_kinds.items()
        for kind in kinds
    }


def _kind(word: str, groups: dict[str, str]) -> str | None:
    """The group of a kind of body, or of its plural ("Federations", "Agencies")."""
    for form in (
        word,
        word[:-1] if word.endswith("s") else None,
        word[:-3] + "y" if word.endswith("ies") else None,
    ):
        if form and form in groups:
            return groups[form]
    return None


def _a_title(phrase: str, alias: str, lexicon: Lexicon) -> bool:
    """Does the phrase end in a person's title (the language pack's) that the alias does not
    ("Interior Minister" beside "Interior Ministry")?"""
    last = fold(phrase.split()[-1])
    titles = lexicon.attribution.person_titles.folded
    return last in titles and fold(alias.split()[-1]) != last


def _within(name: str, alias: str) -> bool:
    """Are the name's words a run of the alias's words ("Alphabet" in "alphabet workers union":
    another source's name inside a misspelt one is no sign it is another name)?"""
    return f" {fold(name)} " in f" {alias} "


def _owner_then(text: str, start: int, mention: Mention) -> bool:
    """Is text from `start` an owner's name ("Haiti's") right before the mention?"""
    return bool(_OWNER_BEFORE.fullmatch(text, start, mention.start))


def _inside(inner: Mention, outer: Mention) -> bool:
    """Is `inner` a shorter name inside `outer` ("Cliffs" in "Cleaveland-Cliffs")?"""
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and inner.end - inner.start < outer.end - outer.start
    )


def _misspelled_words(text: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """'Zelesnky': a capitalised word a letter or two off a one-word alias; 'Cleaveland-Cliffs'
    too, though a known name ("Cliffs") stands inside it."""
    single = _aliases(lexicon)["single"]
    out = []
    for m in _CAPITALISED.finditer(text):
        word = _POSSESSIVE_END.sub("", m.group(0).rstrip("."))  # "SAG-AFTRA's" is "SAG-AFTRA"
        close = _near_alias(word, lexicon)
        if close is None:
            continue
        end = m.start() + len(word)
        others = (  # not a known name as one part of a hyphened word ("Cleaveland-Cliffs")
            [f for f in found if not (m.start() <= f.start and f.end <= end)]
            if "-" in word
            else found
        )
        if (
            _OPENING.fullmatch(text, dateline_end(text, lexicon), m.start())
            and word[:1].lower() != close[:1]
            and _before_a_noun(text, end, lexicon)
        ):
            continue  # "Opinion polls had underestimated them" (beside "Epinion"): a word
            # capitalised only as the sentence's first, before a lowercase word, and off the
            # name from its first letter, is a common word ("Minsters agreed" is still one)
        if not _overlaps(m.start(), m.end(), others) and not _demonym_of(
            word.lower(), close, lexicon, _an_adjective(text, m.start(), end, lexicon)
        ):
            source = single[close]
            proper = _written(source, close, str.lower, lexicon)
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


def _near_alias(word: str, lexicon: Lexicon) -> str | None:
    """The one-word alias a capitalised word is a letter or two off, whatever stands around it:
    none for a short word, a known name or subject, another form of the alias or the alias
    respelled. Remembered per lexicon: the same words recur in every sentence."""
    return _remembered(_near_alias_memo(lexicon), word, _near_alias_of, lexicon)


@compiled
def _near_alias_memo(lexicon: Lexicon) -> dict[str, str | None]:
    return {}


@compiled
def _grammar_words(lexicon: Lexicon) -> frozenset[str]:
    """The language pack's words that open a clause or a sentence ("After", "While", "Since"),
    capitalised only there, and the names of months and weekdays ("August" beside "Augusto"): no
    misspelt name."""
    a = lexicon.attribution
    times = frozenset(fold(w) for w in lexicon.time.named_days)
    return a.clause_starts.folded | a.actor_openers.folded | a.actor_not_verbs.folded | times


def _near_alias_of(word: str, lexicon: Lexicon) -> str | None:
    limits = lexicon.limits
    if (
        len(word) < limits.misspelling_min_letters
        or word.lower() in _aliases(lexicon)["single"]
        or lexicon.alias_index.get(fold(word)) is not None
        or fold(word) in lexicon.subject_names  # a name the topic pack knows ("Diomaye")
        or fold(word) in _grammar_words(lexicon)  # "After the award, the BGMEA said" ("Akter")
        # a person's title ("President Cyril Ramaphosa", beside "Presidency"), a common noun
        or fold(word) in lexicon.attribution.person_titles.folded
    ):
        return None
    close = _closest(word.lower(), _aliases(lexicon)["single_names"], limits.similarity)
    if close is None or _inflection_of(word.lower(), close, lexicon):
        return None
    if close.startswith(word.lower()) and len(close) - len(word) > 2:
        return None  # a word a compound name starts with, no misspelling of it ("Malaysia",
        # "Malaysiakini")
    return None if _respelled(word, close, lexicon) else close


def _written(source: str, key: str, form, lexicon: Lexicon) -> str:
    """How the source's aliases, else its name or its id, write the name whose `form`
    (lower-cased, folded) is `key` (a plain name that is no alias is one of its names too:
    `names_of`); the key itself if none does."""
    spec = lexicon.sources[source]
    return next((n for n in (*spec.aliases, spec.name, spec.id) if n and form(n) == key), key)


def _respelled(a: str, b: str, lexicon: Lexicon) -> bool:
    """Are two names one, written with other letters ("Groeger", "Gröger", "Lopez", "López")?"""
    return _plain(a, lexicon) == _plain(b, lexicon)


def _plain(name: str, lexicon: Lexicon) -> str:
    """The name lower-cased, its letters respelled the language pack's way and then stripped of
    accents ("gröger" and "groeger" are both "groeger")."""
    folded = name.lower()
    for letter, written in lexicon.text.respellings.items():
        folded = folded.replace(letter, written)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _inflection_of(word: str, alias: str, lexicon: Lexicon) -> bool:
    """Is one of the two another form of the other ("Minister" beside the alias "ministers")?"""
    endings, least = lexicon.text.inflections, lexicon.limits.inflection_min_letters
    return word in inflected(alias, endings, least) or alias in inflected(word, endings, least)


def _demonym_of(word: str, alias: str, lexicon: Lexicon, bare: bool = False) -> bool:
    """Is one of the two the other's place word ("kenyan" beside the alias "kenya", and the other
    way round): the name, or the name without its last vowels or y (`demonym_dropped`), with a
    `demonym_endings` ending; when `bare` (the word is used as an adjective), also without one
    ("german" beside "germany"; not "Ukrain said", "President Zelensk", nor the alias with a
    vowel more: "Refinitive had" beside "refinitiv")?"""
    endings, dropped = lexicon.text.demonym_endings, "".join(lexicon.text.demonym_dropped)
    for name, other in ((alias, word), (word, alias)):
        stem = name.rstrip(dropped)
        for base in {name, stem}:
            rest = other[len(base) :] if base and other.startswith(base) else None
            if rest in endings or (bare and name == alias and rest == "" and base != name):
                return True
    return False


def _an_adjective(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Is the word at start..end used as an adjective: before a lowercase word that is no
    attribution cue ("German officials"), or before "and" or a comma and another capitalised word
    ("German and British holidaymakers"), with no person's title before it?"""
    titles = lexicon.attribution.person_titles.pattern
    back = lexicon.limits.cue_look_back_chars
    if titles is not None and titles.search(text, max(0, start - back), start):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    if word in lexicon.text.list_joiners.folded or after.group("comma"):
        return bool(_CAPITAL_NEXT.match(text, after.end()))
    return _before_a_noun(text, end, lexicon)


def _before_a_noun(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a lowercase word that is no attribution cue come right after `end` ("Opinion polls";
    not "Epinon said", nor "Cerebus, the U.S. investor, said")?"""
    after = _NEXT_WORD.match(text, end)
    cue = lexicon.attribution.after_source.pattern
    return (
        after is not None
        and not after.group("comma")
        and after.group("word").islower()
        and not (cue is not None and cue.match(text, after.start("word")))
    )


_NEXT_WORD = regex_cache.compile(r"(?P<comma>\s*,)?\s+(?P<word>[^\W\d_]+)")
# what may stand before a sentence's first word, past its dateline: quotes, a bracket, a list mark
_OPENING = regex_cache.compile(r"[\s\"'“‘(*•–—-]*")
_CAPITAL_NEXT = regex_cache.compile(rf"\s*,?\s*(?-i:[{CAPITALS}])")


def _another_form(phrase: str, alias: str, lexicon: Lexicon) -> bool:
    """Are the phrase's words the alias's, each as written or another form of it ("lawyer for
    ftx" beside "lawyers for ftx")?"""
    said, known = phrase.split(), alias.split()
    return len(said) == len(known) and all(
        a == b or _inflection_of(a, b, lexicon) for a, b in zip(said, known, strict=True)
    )


def _transposed(word: str, candidates) -> str | None:
    """The candidate `word` is with two neighbouring letters swapped ('OHCA' for 'OCHA')."""
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped != word and swapped in candidates:
            return swapped
    return None


def _misspelled_acronyms(text: str, lexicon: Lexicon, found: list[Mention]) -> list[Mention]:
    """'OHCA said': an unknown acronym, used as a speaker, that is a known one with two letters
    swapped. Short acronyms are compared only this way: one letter off is often another body."""
    capitals = capital_aliases(lexicon)
    out = []
    for m in _ACRONYM.finditer(text):
        word = m.group(0)
        if (
            len(word) < lexicon.limits.acronym_min_letters
            or fold(word) in capitals
            or lexicon.alias_index.get(fold(word)) is not None
            or _overlaps(m.start(), m.end(), found)
        ):
            continue
        right = _transposed(fold(word), _aliases(lexicon)["acronyms"])
        if not right:
            continue  # (the cheap test first: most acronyms are no known one's letters swapped)
        speaks = _is_cued(text, m.start(), m.end(), lexicon)
        if speaks or _a_body_named(text, m.end(), lexicon):
            source = lexicon.alias_index[right]
            proper = _written(source, right, fold, lexicon)
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    word,
                    source if speaks else None,
                    cued=speaks,
                    problem=f"unknown source '{word}'",
                    suggestion=f"did you mean '{proper}'?",
                    # "ICRC staff" beside a known IRCC: a body named, not speaking, may be another
                    unsure="" if speaks else "it may be another body of a like name",
                )
            )
    return out


def _a_body_named(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a word naming a body come right after the acronym ending at `end` ("the UIML union
    signed", "the OHCA agency"): the acronym is a name, whatever its verb?"""
    word = _NEXT_WORD.match(text, end)
    return (
        word is not None
        and not word.group("comma")
        and lower(word.group("word")) in lexicon.attribution.group_nouns.folded
    )


def mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Source names in one sentence, left to right, with near-misses flagged."""
    dateline = dateline_end(text, lexicon)
    found = _known(text, lexicon, dateline)
    found += _stretched(text, lexicon, found)
    found += _modified(text, lexicon, found)
    found += [m for m in _wrong_expansions(text, lexicon) if m.start >= dateline]
    misspelt = _misspelled_words(text, lexicon, found)
    found = [m for m in found if not any(_inside(m, p) for p in misspelt)]  # "Cleaveland-Cliffs"
    misspelt += _misspelled_acronyms(text, lexicon, found + misspelt)
    found += misspelt + _misspelled_phrases(text, lexicon, found + misspelt)
    return sorted(found, key=lambda m: m.start)
