"""Who a figure is credited to: source mentions in a sentence, attribution cues, carried
and retroactive attribution, and suspicious source names.

Pure functions over sentence text and the rule pack:
- `mentions(text, rules)` finds known source names (exact aliases) and near-misses
  ("Zelesnky"), and wrong expansions of a known abbreviation ("National Intelligence
  Agency (NIS)");
- `attribute(sentences, mentions_by_sentence, rules)` decides, per sentence, which source
  its figures are credited to.
A name counts as a speaker when a cue stands right next to it ("Zelensky said", "according to the
NIS", "JCS:"); an outlet in a dateline, an owner ("Kim's men") and a denier are not sources.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from checker.rules import RulePack, fold
from checker.sentences import dateline_end, list_item


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    source: str  # canonical source id (the best guess for a near-miss)
    citer: bool = False  # introduced by "cited by", "as reported by": the outlet, not the source
    cued: bool = False  # right next to an attribution cue ("Zelensky said", "according to the NIS")
    possessive: bool = False  # "Kim's soldiers": the owner of something, not a speaker
    problem: str = ""  # non-empty for a near-miss or a wrong expansion; the message for unknown-source
    suggestion: str = ""


@dataclass(frozen=True)
class Attribution:
    source: str | None
    source_text: str
    cited_by: tuple[str, ...] = ()
    mention_start: int = -1  # offset of the chosen mention within its sentence, -1 if carried


_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*[\w]")

_EXPANSION = re.compile(r"((?:[A-Z][\w’'.-]*\s+(?:(?:of|for|and|the)\s+)?){1,6})\((?P<abbr>[A-Z]{2,6})\)")


@lru_cache(maxsize=8192)
def _closest(word: str, candidates: tuple[str, ...], cutoff: float) -> str | None:
    """The candidate closest to `word` (difflib ratio >= cutoff); cached, as names recur in every sentence."""
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
    return close[0] if close else None


def _distinctive_aliases(rules: RulePack) -> dict[str, str]:
    """Single-word aliases long enough to compare for misspellings, folded -> source id."""
    def build():
        words = {}
        for src in rules.sources.values():
            for alias in (src.id, *src.aliases):
                if " " not in alias and len(alias) >= 5 and alias.isalpha():
                    words.setdefault(alias.lower(), src.id)
        return words

    return rules.memo("distinctive_aliases", build)


def mentions(text: str, rules: RulePack) -> list[Mention]:
    """Source names in one sentence, left to right, with near-misses flagged."""
    found: list[Mention] = []
    citer = rules.pattern("attribution", "citer")
    pattern = rules.alias_pattern
    dateline = dateline_end(text)
    if pattern is not None:
        for m in pattern.finditer(text):
            if not _plausible_alias_use(text, m, rules) or m.start() < dateline:
                continue
            source = rules.alias_index.get(fold(m.group(0)))
            if source is None:  # "Zelenſky": matched case-insensitively by a letter that folds differently
                continue
            before = text[max(0, m.start() - 20) : m.start()]
            is_citer = bool(citer and any(c.end() == len(before.rstrip()) for c in citer.finditer(before.rstrip())))
            found.append(Mention(m.start(), m.end(), m.group(0), source, is_citer, _is_cued(text, m.start(), m.end(), rules),
                                 _is_possessive(text, m.end(), rules)))
    found += _stretched_aliases(text, rules, found)
    found += [m for m in _wrong_expansions(text, rules, found) if m.start >= dateline]
    found += _misspellings(text, rules, found)
    return sorted(found, key=lambda m: m.start)


_SPEAKER = re.compile(r"(?:,?\s+[\w’'-]+){0,4}\s*:")
_POSSESSIVE = re.compile(r"['’]s\b")


def _is_possessive(text: str, end: int, rules: RulePack) -> bool:
    """'Kim's men' (an owner) but not "Zelensky's estimate" (an attribution cue)."""
    if not _POSSESSIVE.match(text, end):
        return False
    if _ESTIMATE_OF.match(text, end):
        return False
    return not any(after and after.match(text, end) for after in _after_cues(rules))


def cue_after(text: str, at: int, pattern: re.Pattern | None, words: int, reach: int | None = None) -> bool:
    """Does the first match of `pattern` after `at` (within `reach` characters) start at most
    `words` words on, with no ',;:' between?"""
    m = pattern.search(text, at, len(text) if reach is None else at + reach) if pattern else None
    return bool(m) and len(text[at : m.start()].split()) <= words and not re.search(r"[,;:]", text[at : m.start()])


def cue_before(text: str, at: int, pattern: re.Pattern | None, words: int, reach: int) -> bool:
    """Does a match of `pattern` in the `reach` characters before `at` end at most `words` words
    before it, with no ',;:' between?"""
    head = text[max(0, at - reach) : at]
    return bool(pattern) and any(len(head[m.end():].split()) <= words and not re.search(r"[,;:]", head[m.end():])
                                 for m in pattern.finditer(head))


def _after_cues(rules: RulePack) -> tuple:
    return rules.pattern("attribution", "after_source"), rules.pattern("attribution", "after_source_near")


def _is_cued(text: str, start: int, end: int, rules: RulePack) -> bool:
    """An attribution cue within a few words after the name, or just before it."""
    if _SPEAKER.match(text, end, end + 60) and len(text[:start].split()) == 0:
        return True  # a speaker label: "Zelensky, speaking in Kyiv:", "JCS:"
    if _ESTIMATE_OF.match(text, end):
        return True  # "the NIS's estimate of about 300"
    if any(cue_after(text, end, after, 3, reach=60) for after in _after_cues(rules)):
        return True
    return cue_before(text, start, rules.pattern("attribution", "before_source"), 3, reach=60)


def _stretched_aliases(text: str, rules: RulePack, found: list[Mention]) -> list[Mention]:
    """"South Korea's more cautious spy agency": a possessive alias with up to two words inserted."""
    out = []
    for m in re.finditer(r"(?P<owner>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+(?P<extra>(?:[a-z][\w-]*\s+){1,2})"
                         r"(?P<head>[\w]+(?:\s+[\w]+)?)", text):
        if _overlaps(m.start(), m.end(), found):
            continue
        for head_end in (m.end("head"), m.start("head") + len(m.group("head").split()[0])):
            name = f"{m.group('owner')} {text[m.start('head'):head_end]}"
            source = rules.alias_index.get(fold(name))
            if source:
                out.append(Mention(m.start(), head_end, text[m.start():head_end], source, False,
                                   _is_cued(text, m.start(), head_end, rules), _is_possessive(text, head_end, rules)))
                break
    return out


def _plausible_alias_use(text: str, m: re.Match, rules: RulePack) -> bool:
    """An alias defined in capitals ("AP", "NIS", "US") must be written in capitals: "us" is not "US"."""
    capitals = rules.memo("capital_aliases", lambda: {fold(a) for s in rules.sources.values() for a in (s.id, *s.aliases)
                                                      if a.isupper()})
    return fold(m.group(0)) not in capitals or m.group(0).isupper()


def _overlaps(start: int, end: int, found: list[Mention]) -> bool:
    return any(start < m.end and m.start < end for m in found)


def _wrong_expansions(text: str, rules: RulePack, found: list[Mention]) -> list[Mention]:
    out = []
    for m in _EXPANSION.finditer(text):
        abbr = m.group("abbr")
        source = rules.alias_index.get(fold(abbr))
        if source is None:
            continue
        words = m.group(1).split()
        # drop a leading possessive owner ("South Korea's National ...") and leading articles
        for i, word in enumerate(words):
            if word.endswith(("'s", "’s")):
                words = words[i + 1 :]
                break
        while words and words[0].lower() in ("a", "an", "the", "of", "and", "for"):
            words = words[1:]
        name = " ".join(words)
        if not name or rules.alias_index.get(fold(name)) == source:
            continue
        if any(rules.alias_index.get(fold(" ".join(words[i:]))) == source for i in range(len(words))):
            continue
        start = m.start(1) + m.group(1).find(name)
        right = rules.sources[source].name or next((a for a in rules.sources[source].aliases if len(a) > len(abbr)), abbr)
        out.append(Mention(start, start + len(name), name, source, problem=f"'{name}' is not what {abbr} stands for",
                           suggestion=f"{abbr} is the {right}"))
    return out


_NAME_PHRASE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|the|for|and)\s+)?[A-Z][\w’'.-]*)+")


def _multiword_aliases(rules: RulePack) -> dict[str, str]:
    return rules.memo("multiword_aliases", lambda: {alias.lower(): src.id for src in rules.sources.values()
                                                    for alias in src.aliases if len(alias.split()) >= 2 and len(alias) >= 10})


def _misspellings(text: str, rules: RulePack, found: list[Mention]) -> list[Mention]:
    out = _misspelled_words(text, rules, found)
    return out + _misspelled_phrases(text, rules, found + out)


def _misspelled_phrases(text: str, rules: RulePack, found: list[Mention]) -> list[Mention]:
    """'National Inteligence Service': a capitalised phrase one or two letters off a multi-word alias."""
    phrases = _multiword_aliases(rules)
    out = []
    for m in _NAME_PHRASE.finditer(text):
        phrase = m.group(0).rstrip(".")
        if _overlaps(m.start(), m.start() + len(phrase), found) or rules.alias_index.get(fold(phrase)):
            continue
        close = _closest(phrase.lower(), tuple(phrases), 0.9)
        if close:
            source = phrases[close]
            proper = next(a for a in rules.sources[source].aliases if a.lower() == close)
            out.append(Mention(m.start(), m.start() + len(phrase), phrase, source,
                               problem=f"unknown source '{phrase}'", suggestion=f"did you mean '{proper}'?"))
    return out


def _misspelled_words(text: str, rules: RulePack, found: list[Mention]) -> list[Mention]:
    words = _distinctive_aliases(rules)
    threshold = float(rules.attribution.get("similarity", 0.8))
    out = []
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).rstrip(".")
        if len(word) < 5 or _overlaps(m.start(), m.end(), found) or word.lower() in words:
            continue
        if rules.alias_index.get(fold(word)) is not None:
            continue
        close = _closest(word.lower(), tuple(words), threshold)
        if close:
            source = words[close]
            proper = next(a for a in (rules.sources[source].id, *rules.sources[source].aliases) if a.lower() == close)
            out.append(Mention(m.start(), m.start() + len(word), word, source,
                               problem=f"unknown source '{word}'", suggestion=f"did you mean '{proper}'?"))
    return out


def _has(pattern: re.Pattern | None, text: str) -> bool:
    return bool(pattern and pattern.search(text))


def is_attributive(text: str, rules: RulePack) -> bool:
    return any(_has(rules.pattern("attribution", key), text) for key in ("before_source", "after_source", "citer"))


def attribute(sentence_texts: list[str], sentence_mentions: list[list[Mention]], rules: RulePack,
              paragraphs: list[int] | None = None) -> list[Attribution | None]:
    """The attribution of each sentence's figures (None: no source), in sentence order.

    A sentence with an attribution cue and a source mention credits its figures to that
    source (the outlet after "cited by" only when nothing else is named). A sentence that
    refers back ("The agency said", "he added") takes the source of the nearest earlier
    sentence that named one, within `carry_window` sentences. A sentence such as "This is
    according to X." credits the unattributed sentences just before it in its paragraph to X.
    """
    paragraphs = paragraphs or [0] * len(sentence_texts)
    window = int(rules.attribution.get("carry_window", 3))
    retro = rules.pattern("attribution", "retroactive")
    anonymous = rules.pattern("attribution", "anonymous")
    out: list[Attribution | None] = []
    last_named: tuple[int, Mention] | None = None
    retro_after = rules.pattern("attribution", "retroactive_after")
    list_source: Attribution | None = None
    for index, (text, found) in enumerate(zip(sentence_texts, sentence_mentions)):
        named = [m for m in found if not m.citer and not m.possessive]
        named = [m for m in named if m.cued] + [m for m in named if not m.cued]
        citers = [m for m in found if m.citer]
        attribution = None
        negated = _has(rules.pattern("attribution", "negations"), text)
        attributive = is_attributive(text, rules) or any(m.cued for m in named)
        refers_back = _refers_back(text, rules)
        if (named or citers) and attributive and not negated and (any(m.cued for m in named + citers) or not refers_back):
            primary = (named or citers)[0]
            cited_by = tuple(dict.fromkeys(m.source for m in citers if m.source != primary.source))
            attribution = Attribution(primary.source, primary.text, cited_by, primary.start)
        elif refers_back and not _has(anonymous, text) and not negated:  # "The agency said … held in Kyiv"
            if last_named and index - last_named[0] <= window:
                mention = last_named[1]
                attribution = Attribution(mention.source, mention.text, (), -1)
        if list_item(text):
            attribution = attribution or list_source
        else:
            # "Key figures from the NIS briefing:" credits the list items that follow it
            list_source = Attribution(named[0].source, named[0].text, (), -1) if named and text.rstrip().endswith(":") else None
        if named and not negated and ((retro and retro.match(text.lstrip())) or _has(retro_after, text)):
            # "This is according to X." / "X corroborate these figures" credit the unattributed sentences
            # just before: the one right before, and more in the same paragraph
            for back_index in range(len(out) - 1, max(-1, len(out) - 1 - window), -1):
                if out[back_index] is not None or (back_index < index - 1 and paragraphs[back_index] != paragraphs[index]):
                    break
                out[back_index] = Attribution(named[0].source, named[0].text, (), -1)
                if paragraphs[back_index] != paragraphs[index]:
                    break
        if named:
            last_named = (index, named[0])
        out.append(attribution)
    return out


def _refers_back(text: str, rules: RulePack) -> bool:
    """'The agency said', 'He added', 'Its figures', 'By his count': a back-reference right before a cue."""
    back = rules.pattern("attribution", "back_references")
    return bool(back) and any(cue_after(text, m.end(), after, 2) for m in back.finditer(text) for after in _after_cues(rules))


def choose(attribution: Attribution | None, found: list[Mention], offset: int, text: str = "",
           figures: list[int] | None = None, rules: RulePack | None = None) -> Attribution | None:
    """Among several named sources in one attributive sentence, the one that governs the figure at
    `offset` (see `_segment`), else the nearest. `figures` are the starts of the sentence's figures."""
    if attribution is None or attribution.mention_start < 0:
        return attribution
    named = [m for m in found if not m.citer and not m.possessive] or [m for m in found if m.citer]
    if len(named) <= 1:
        return attribution
    touching = [m for m in named if m.end <= offset and len(re.findall(r"\w+", text[m.end:offset])) == 0]
    governing = [m for i, m in enumerate(named)
                 if rules is not None and figures and _in_segment(offset, _segment(named, i, text, figures, rules))]
    if touching:  # "NIS counts 300 killed and Zelensky 4,000": the name right before the figure
        nearest = touching[-1]
    else:
        pool = governing or named
        nearest = min(pool, key=lambda m: (_clauses_between(text, m, offset), not m.cued,
                                           min(abs(m.start - offset), abs(m.end - offset))))
    return Attribution(nearest.source, nearest.text, attribution.cited_by, nearest.start)


_ESTIMATE_OF = re.compile(r"['’]s\s+(?:\w+\s+)?(?:estimate|figure|count|tally|assessment|toll)\s+of\b", re.IGNORECASE)


def _segment(named: list[Mention], i: int, text: str, figures: list[int], rules: RulePack) -> tuple[int, int] | None:
    """The stretch of the sentence whose figures mention i speaks for, by how it is cued:
    - "Zelensky's estimate of 4,000": the figure right after it;
    - "according to the NIS": the figures before it back to the previous name, else those after it;
    - "Zelensky said", "the NIS puts … at": the figures after it up to the next name, else those before it.
    An uncued name speaks for nothing here."""
    m = named[i]
    if not m.cued:
        return None
    previous = named[i - 1].end if i else 0
    following = named[i + 1].start if i + 1 < len(named) else len(text)
    after = [f for f in figures if m.end <= f < following]
    before = [f for f in figures if previous <= f < m.start]
    if _ESTIMATE_OF.match(text, m.end):
        return (after[0], after[0] + 1) if after else None
    head = text[max(0, m.start - 40) : m.start]
    cue_before = rules.pattern("attribution", "before_source")
    led = bool(cue_before and any(len(head[c.end():].split()) <= 3 for c in cue_before.finditer(head)))
    if led:
        return (previous, m.start) if before else (m.end, following)
    return (m.end, following) if after else (previous, m.start)


def _in_segment(offset: int, segment: tuple[int, int] | None) -> bool:
    return segment is not None and segment[0] <= offset < segment[1]


_CLAUSE_BREAK = re.compile(r";|\s[—–]\s|,\s+(?:while|whereas|but)\b")


def _clauses_between(text: str, mention: Mention, offset: int) -> int:
    """How many clause breaks (';', a spaced dash, ', while') separate a mention from a figure."""
    low, high = sorted((mention.end, offset)) if mention.end <= offset else sorted((offset, mention.start))
    return len(_CLAUSE_BREAK.findall(text[low:high]))
