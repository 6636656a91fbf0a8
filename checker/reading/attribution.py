"""Who a figure is credited to: per sentence, then per figure.

`attribute(sentences, mentions, lexicon)` decides which source each sentence's figures are credited
to: a sentence with an attribution cue and a named source credits that source (the outlet after
"cited by" only when nothing else is named); a sentence that refers back ("The agency said", "he
added") takes the source of the nearest earlier sentence that named one, within `carry_window`
sentences; "This is according to X." credits the unattributed sentences just before it; a list's
lead-in ("Key figures from the NIS briefing:") credits its items. `choose` then picks, among
several names in one sentence, the one that speaks for a given figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import Cues, fold, lower, words
from checker.model import Claim
from checker.reading import hedges
from checker.reading.distance import cue_after
from checker.reading.numbers import find_numbers
from checker.reading.sentences import CAPITALS, dateline_end, heading_like, list_item
from checker.reading.sources import (
    Mention,
    after_cues,
    aside_after,
    credit_in_brackets,
    estimate_of,
    names_a_subject,
)

# How a figure's source was found, surest first (`Claim.source_how`):
CLAUSE = "clause"  # named in the figure's own clause
SENTENCE = "sentence"  # named in its sentence, in another clause
RESOLVED = "resolved"  # "the ministry said": a description resolved to a source named earlier
CARRIED = "carried"  # from another sentence: "he added", "This is according to X", a list lead-in
ACTED = "acted"  # no cue: the one who opens the sentence and does something ("Boeing offers 30%")
# "the ministry said 193 were detained", of two ministries: the one the reference set has such
# figures from
OF_ITS_KIND = "of-its-kind"
HOW = (CLAUSE, SENTENCE, RESOLVED, CARRIED, ACTED, OF_ITS_KIND)


@dataclass(frozen=True)
class Attribution:
    source: str | None
    source_text: str
    cited_by: tuple[str, ...] = ()
    mention_start: int = -1  # offset of the chosen mention within its sentence, -1 if carried
    how: str = CARRIED


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    a, inference = lexicon.attribution, lexicon.attribution.inference_leads
    return {
        "inference": regex_cache.compile(rf",\s+(?:{words(inference)})\b", re.IGNORECASE)
        if inference
        else None,
        # "..., saying four of the city's six plants were shut": a speech clause of the opener's
        "speech_participle": regex_cache.compile(
            rf",\s+(?:{words(lexicon.attribution.speech_participles)})\b", re.IGNORECASE
        )
        if lexicon.attribution.speech_participles
        else None,
        "clause_break": regex_cache.compile(
            rf";|\s[—–]\s|,\s+(?:{words(lexicon.text.contrasts)})\b"
        ),
        # "photographs supplied by the Park Service": a name right after a past participle and
        # one of the agent words is who did that
        "participle_agent": regex_cache.compile(
            rf"\b[^\W\d_]{{3,}}(?:{words(lexicon.text.past_endings)})\s+"
            rf"(?:{words(lexicon.attribution.participle_agents)})\s+"
            rf"(?:(?:{words(lexicon.attribution.determiners)})\s+)?$",
            re.IGNORECASE,
        ),
        # "close to the exit poll's": a name after one of these is a comparison's, not a speaker
        "compared_with": regex_cache.compile(
            rf"\b(?:{words(lexicon.attribution.compared_with) or '(?!x)x'})\s+"
            rf"(?:(?:{words(lexicon.attribution.determiners)})\s+)?$",
            re.IGNORECASE,
        ),
        # ", which the union declined", ", a result that Labour officials said they would
        # contest": a relative clause after a figure is a clause of its own
        "relative_after": regex_cache.compile(
            rf",\s+(?:(?:{words(lexicon.attribution.determiners)})\s+(?:[\w-]+\s+){{1,2}})?"
            rf"(?:{words(lexicon.attribution.relative_subjects)})\b",
            re.IGNORECASE,
        ),
        # "were confirmed by": a participle after a passive auxiliary
        "passive_before": regex_cache.compile(
            rf"\b(?:{words(lexicon.text.passive_auxiliaries) or '(?!x)x'})\s+$", re.IGNORECASE
        ),
        # "the 30% offer", "the toll of 44,218": a figure met before (`_referred_to`)
        "referred": regex_cache.compile(
            rf"\b(?i:{words(sorted(a.definite_determiners))})\s+"
            rf"(?:(?i:{words(lexicon.time.report_nouns)})\s+(?:{words(lexicon.text.measure_links)})\s+)?$"
        ),
        "reaction": regex_cache.compile(rf"\b(?:{words(a.reaction_verbs)})\b", re.IGNORECASE)
        if a.reaction_verbs
        else None,
        # ", and the agency", "; USAID": a clause's start, before a name that may open it
        "clause_lead": regex_cache.compile(
            rf"(?:[,;]|,\s+(?i:{words(lexicon.attribution.gapping)}))"
            rf"\s+(?:(?i:{words(lexicon.attribution.determiners)})\s+)?$"
        ),
        "clause_opened": regex_cache.compile(
            rf",\s+(?:{words(lexicon.attribution.clause_starts)})\b", re.IGNORECASE
        ),
        # "1 billion rupees released earlier by the home ministry": a figure, a few words of its
        # noun, then a past participle whose agent the name after it is
        "figure_agent": regex_cache.compile(
            rf"(?:[^\s,;:]|[,.](?=\d))*"
            # "the 800,000, a figure claimed by the organisers": an apposition naming it a figure
            rf"(?:,\s+(?:{words(a.determiners)})\s+(?:{words(lexicon.text.figure_nouns)}))?"
            rf"(?:\s+[^\W\d][\w-]*){{0,3}}?\s+(?P<verb>{words(_giving_verbs(lexicon))})"
            rf"\s+(?:(?:{words(a.before_verb)})\s+)?(?:{words(a.participle_agents)})\s+"
            rf"(?:(?:{words(a.determiners)})\s+)?",
            re.IGNORECASE,
        ),
        # "Babis later said police had estimated": what lies between a relaying speaker and the
        # one whose figure it relays
        "relaying": regex_cache.compile(
            rf"\s+(?:(?:{words(a.before_verb)})\s+){{0,2}}(?:{words(a.after_source)})"
            rf"(?:\s+(?:{words(a.relay_joiners)}))?\s+(?:(?:{words(a.determiners)})\s+)?",
            re.IGNORECASE,
        ),
        # "police had estimated", "Pakistan has confirmed": a relayed speaker's own verb
        "relayed_verb": regex_cache.compile(
            rf"\s+(?:(?:{words(a.before_verb)})\s+){{0,2}}"
            rf"(?:{words([*a.after_source, *a.after_source_near, *_doing_verbs(lexicon)])})\b",
            re.IGNORECASE,
        ),
        # ", and the president dismissed": "and" before words (not a figure) opens a new clause
        "joined_clause": regex_cache.compile(
            rf",\s+(?:{words(lexicon.text.conjunctions)})\s+"
            rf"(?:(?:{words(lexicon.attribution.determiners)})\s+)?[^\W\d_]",
            re.IGNORECASE,
        ),
    }


def _has(pattern: re.Pattern | None, text: str) -> bool:
    return bool(pattern and pattern.search(text))


def body_referred_to(text: str, lexicon: Lexicon) -> str | None:
    """'The ministry said': a back-reference by a body's noun (the language pack's group_nouns)
    right before a cue, as written, if the sentence has one."""
    back = _refers_back(text, lexicon)
    said = lower(back.group(0)).split() if back is not None else []
    if len(said) < 2 or said[-1] not in lexicon.attribution.group_nouns.folded:
        return None
    return back.group(0)


def is_attributive(text: str, lexicon: Lexicon) -> bool:
    a = lexicon.attribution
    return any(_has(cues.pattern, text) for cues in (a.before_source, a.after_source, a.citer))


def _refers_back(text: str, lexicon: Lexicon) -> re.Match | None:
    """'The agency said', 'He added', 'Its figures', 'By his count': the back-reference right before
    a cue, if any."""
    a = lexicon.attribution
    back, near = a.back_references.pattern, lexicon.limits.back_reference_words
    # "according to the same figures" (not "citing the ministry"): where a back-reference may start
    led = [
        c.end()
        for c in (a.before_source.pattern.finditer(text) if a.before_source.pattern else ())
        if lower(c.group(0)) not in a.citer.folded
    ]
    for m in back.finditer(text) if back else ():
        if text.startswith(("'", "’"), m.end()) and (
            lower(m.group(0)) in a.person_pronouns.folded | a.group_pronouns.folded
        ):
            continue  # "It's an estimate": a pronoun's contraction, not an owner's cue
        if lower(m.group(0)) in a.noun_back_references.folded and not _count_noun_next(
            text, m.end(), lexicon
        ):
            continue  # "At the same hospital, nurses said": no count of the same source
        if any(cue_after(text, m.end(), after, near) for after in after_cues(lexicon)):
            return m
        if any(end <= m.start() and not text[end : m.start()].strip() for end in led):
            return m
        # "Its survey, carried out between Nov. 1 and Nov. 8, gave ...": its words, an aside set
        # off by commas, then the cue
        aside = _aside_after_words(lexicon).match(text, m.end())
        if aside and any(cue_after(text, aside.end(), a, 0) for a in after_cues(lexicon)):
            return m
    return None


def _count_noun_next(text: str, at: int, lexicon: Lexicon) -> bool:
    """Does a count's noun (the language pack's estimate_nouns: "count", "report", "survey") come
    right after `at`?"""
    word = _WORD.match(text, at)
    return word is not None and fold(word.group(1)) in lexicon.attribution.estimate_nouns.folded


@compiled
def _aside_after_words(lexicon: Lexicon) -> re.Pattern:
    """Up to `back_reference_words` words, then an aside set off by commas that opens with a small
    letter (", carried out between Nov. 1 and Nov. 8,"; not a name: "His spokesman, Benjamin
    Griveaux, put": the name speaks), of at most `aside_chars` characters."""
    near, chars = lexicon.limits.back_reference_words, lexicon.limits.aside_chars
    return regex_cache.compile(
        rf"(?:\s+[^\s,;:()]+){{0,{near}}}\s*,\s*[a-z][^,;:()]{{0,{chars}}},\s*"
    )


@compiled
def _actor_patterns(lexicon: Lexicon) -> dict:
    a, t, limits = lexicon.attribution, lexicon.text, lexicon.limits
    label = rf"(?:(?:{words(t.bullets)})\s*)?(?:[^:\n]{{1,{limits.actor_label_chars}}}:\s+)?"
    conjunction = rf"(?:(?i:{words(a.actor_conjunctions)})\s+)?" if a.actor_conjunctions else ""
    opener = (
        rf"(?i:{words(a.actor_openers)})\b"
        rf"(?:\s+[\w.]+){{0,{limits.actor_opener_words}}},?\s+"
    )
    # any other phrase set off by a comma ("To protect margins,", "Hours after the visit,")
    intro = rf"(?:[^\s;:()]+\s+){{0,{limits.actor_intro_words}}}[^\s;:()]+,\s+"
    relative = _aside_after_name(lexicon)
    return {
        # a list label ("- Sept. 23:"), "and" or "but", an opening phrase ("On Feb. 14,", "In
        # September", "To protect margins,") and "the", before the one doing something
        "lead": regex_cache.compile(
            rf"\s*{label}{conjunction}(?:{opener}|{intro})?(?:(?i:the)\s+)?"
        ),
        # (past its short name in brackets: "the International Federation ... (IFRC) released",
        # and past a relative clause after it: "Ipsos, which carried out the survey for TVP,
        # gave PiS 36.8%"; a word that opens a clause is no verb: ", which runs a clinic in
        # Derna, where 4,000 died, sent": the clause runs on to "sent")
        "verb": regex_cache.compile(
            rf"(?:\s*\([^()\n]{{1,{limits.actor_bracket_chars}}}\))?"
            rf"(?P<aside>{relative})?"
            rf"(?:\s+(?!(?:{words(a.actor_copulas)})\b)(?:{words(a.before_verb)}))*"
            rf"\s+(?!(?:{words((*a.actor_not_verbs, *a.actor_copulas, *a.clause_starts))})\b)"
            r"[a-z]{2,}\b"
        ),
    }


def _aside_after_name(lexicon: Lexicon) -> str:
    """Regex source: an optional relative clause set off by commas right after a name (", which
    keeps a public list of the wounded,"; ", which Cisco valued at $28 billion,"), or a short
    aside in lower case opened by one of `actor_aside_openers` (", for its part,", ", in turn,";
    not ", officials denied,"): the name is still the subject of the verb after it."""
    a, limits = lexicon.attribution, lexicon.limits
    short = (
        rf"\s*,\s*(?-i:{words(a.actor_aside_openers)})"
        rf"(?:\s+(?-i:[a-z]+)){{0,{limits.actor_aside_words - 1}}},"
        if a.actor_aside_openers
        else "(?!x)x"
    )
    if not a.relative_subjects:
        return short
    # (in lower case: "The Red Crescent, WHO and the IOM" lists the World Health Organization)
    return (
        rf"\s*,\s*(?:{words(a.relative_subjects)})\s"
        rf"[^;:()\n]{{1,{limits.relative_aside_chars}}}?,|{short}"
    )


def _aside_after(text: str, speaker: Mention, lexicon: Lexicon) -> tuple[int, int]:
    """The span of a relative clause set off by commas right after the speaker's name, with no
    figure in it and a verb after it (", which has disputed the doctors' figures from the start,
    puts"), else an empty span."""
    found = _actor_patterns(lexicon)["verb"].match(text, speaker.end)
    if found is None or found.group("aside") is None:
        return (0, 0)
    # a figure in words counts ("which denied that dozens were killed"), a year does not ("which
    # has disputed Kyiv's figures since 2022")
    if find_numbers(found.group("aside"), lexicon):
        return (0, 0)
    return found.span("aside")


def opens_as_actor(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Does text[start:end] open the sentence as the one doing something ("Boeing offers",
    "- Oct. 31: Boeing raises", "On Feb. 14 it launched", "The union had sought", "To protect
    margins, Nokia promised"), past a wire dateline ("DETROIT, June 1 (Reuters) - General Motors
    Corp filed ...")?"""
    return _opens_the_sentence(text, start, lexicon) and bool(
        _actor_patterns(lexicon)["verb"].match(text, end)
    )


def _opens_the_sentence(text: str, start: int, lexicon: Lexicon) -> bool:
    """Does only a lead stand before `start`: a list label, "and", an opening phrase, "the"
    (past a wire dateline)?"""
    begin = dateline_end(text, lexicon)
    lead = _actor_patterns(lexicon)["lead"].fullmatch(text, begin if begin <= start else 0, start)
    return lead is not None


def _speaks_first(text: str, first: Mention, attribution: Attribution | None) -> bool:
    """Is the first name the one the sentence's figures are credited to, in their clause, and
    does it open the sentence (nothing but spaces or quotes before it)?"""
    return (
        attribution is not None
        and attribution.how == CLAUSE
        and attribution.mention_start == first.start
        and not _OPENING.sub("", text[: first.start])
    )


_OPENING = regex_cache.compile(r"[\s\"'“‘]+")


def _back_reference_at(text: str, lexicon: Lexicon) -> tuple[int, int] | None:
    """A back-reference ("it", "the agency") that opens the sentence as the one doing something."""
    back = lexicon.attribution.back_references.pattern
    m = back.search(text) if back else None
    return m.span() if m and opens_as_actor(text, m.start(), m.end(), lexicon) else None


def _wanted_kind(back: str, lexicon: Lexicon) -> str | None:
    a, word = lexicon.attribution, lower(back.split()[-1])
    if word in a.person_pronouns.folded or (
        a.person_titles.pattern and a.person_titles.pattern.search(back)
    ):
        return "person"
    if word in a.group_pronouns.folded or (
        a.group_nouns.pattern and a.group_nouns.pattern.search(back)
    ):
        return "group"
    return None


def _names_of(mention: Mention, lexicon: Lexicon) -> set[str]:
    """The words a speaker goes by: its text, and its source's name and aliases."""
    source = lexicon.sources.get(mention.source) if mention.source else None
    names = [mention.text, *((source.name, *source.aliases) if source else ())]
    return {lower(w).strip(".,'’") for name in names for w in name.split()}


def _same_head(head: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The mentions whose names have a back-reference's head noun ("the ministry": "the Interior
    Ministry") or a word the language pack gives for it ("the force": "South Yorkshire Police")."""
    heads = {head, *lexicon.attribution.head_synonyms.get(head, Cues()).folded}
    return [m for m in mentions if heads & _names_of(m, lexicon)]


def _referent(back: str, recent: list[Mention], lexicon: Lexicon) -> Mention | None:
    """Who 'the agency', 'he', 'its' points back to: a speaker whose names share the head noun ("the
    ministry" -> "the eastern Interior Ministry", "the agency" -> "South Korea's spy agency"), else
    the latest of the right kind (for an organisation, the latest that is not a person), else the
    latest named."""
    head = lower(back.split()[-1])
    if len(back.split()) > 1:
        same_head = _same_head(head, recent, lexicon)
        if same_head:
            return same_head[-1]
    if len(back.split()) > 1 and head in lexicon.attribution.group_nouns.folded:
        # "the agency" is no "organizers": a name written only as another body's noun is not
        # what a description by a body's noun stands for
        recent = [m for m in recent if not _another_body(m.text, head, lexicon)]
    kind = _wanted_kind(back, lexicon)
    if kind is None:
        return (recent or [None])[-1]
    if kind == "group":  # "it": the latest that is not a person ("Ford", a company of no kind
        # the reference set says, named after "the union")
        return ([m for m in recent if m.kind != "person"] or [None])[-1]
    of_kind = [m for m in recent if m.kind == kind]
    # else a speaker of unknown kind; "he" needs one that looks like a person's name ("Marie
    # el-Drese", not "Russia")
    unknown = [
        m for m in recent if m.kind is None and (kind != "person" or len(m.text.split()) > 1)
    ]
    return (of_kind or unknown or [None])[-1]


def _another_body(written: str, head: str, lexicon: Lexicon) -> bool:
    """Is the name as written only another body's noun ("organizers", "the union"), not `head`?"""
    said = lower(written).split()
    if said and said[0] in lexicon.attribution.determiners.folded:
        said = said[1:]
    return len(said) == 1 and said[0] != head and said[0] in lexicon.attribution.group_nouns.folded


def _a_subject(name: str, lexicon: Lexicon) -> bool:
    """Is the name or description, with or without its determiner, a cue of one of the topic
    pack's subjects ("the territory", "the capital", "the liberal NEOS"; not "Statistics Austria",
    though "Austria" is one)?"""
    bare = _without_determiner(name, lexicon.attribution.determiners.folded)
    return names_a_subject(name, lexicon) or names_a_subject(bare, lexicon)


def _resolved(mention: Mention, referent: Mention) -> Mention:
    """'the company' at its own place, standing for the speaker it refers to."""
    return Mention(
        mention.start, mention.end, referent.text, referent.source, cued=True, kind=referent.kind
    )


def _named_by_tail(text: str, lexicon: Lexicon) -> str | None:
    """'the refugee agency' -> the one source with a name that ends in its words, two or more
    after the determiner ("UN refugee agency")."""
    said = " ".join(lower(text).split()[1:])
    found = _name_tails(lexicon).get(said, ()) if " " in said else ()
    return next(iter(found)) if len(found) == 1 else None


@compiled
def _name_tails(lexicon: Lexicon) -> dict[str, set[str]]:
    """Each run of two words or more that ends a source's name or alias -> those sources."""
    tails: dict[str, set[str]] = {}
    for source, spec in lexicon.sources.items():
        for name in (spec.name or "", *spec.aliases):
            said = lower(name).split()
            for i in range(len(said) - 1):
                tails.setdefault(" ".join(said[i:]), set()).add(source)
    return tails


def _named_by_head(text: str, lexicon: Lexicon) -> str | None:
    """'the commission' -> the one source whose name or an alias has the word 'commission'."""
    found = lexicon.name_words.get(lower(text.split()[-1]), set())
    return next(iter(found)) if len(found) == 1 else None


def _placed_by_head(
    head: str, text: str, at: int, lexicon: Lexicon, before: bool = False
) -> str | None:
    """'Across the border in Zimbabwe, ... the government has put its toll at 259': of the sources
    whose names have the head noun, the one whose names also have a capitalised word the sentence
    holds ("Zimbabwe's government"), when just one does; not a word of an aside that runs up to
    the head at `at` ("In Thailand, where the dead included German tourists, the government");
    `before`: a word before the head only ("In Sri Lanka, the government said", not "The
    government said 300 of its citizens died in Sri Lanka")."""
    small = lexicon.attribution.leading_words.folded | {head}
    asides = list(_aside_relative(lexicon).finditer(text, 0, at))
    outside = f"{text[: asides[-1].start()]} {text[at:]}" if asides else text
    if before:
        outside = text[: asides[-1].start()] if asides else text[:at]
    said = {w for w in _CAPITALISED_WORD.findall(outside) if lower(w) not in small}
    placed = {
        source
        for source in lexicon.name_words.get(head, set())
        for name in (lexicon.sources[source].name, *lexicon.sources[source].aliases)
        if name and head in lower(name).split() and said & set(_CAPITALISED_WORD.findall(name))
    }
    return next(iter(placed)) if len(placed) == 1 else None


_CAPITALISED_WORD = regex_cache.compile(rf"\b[{CAPITALS}](?:(?![{CAPITALS}])[^\W\d_]){{2,}}\b")


@compiled
def _aside_relative(lexicon: Lexicon) -> re.Pattern:
    """', where', ', which': an aside opening (`text.aside_relatives`)."""
    return regex_cache.compile(rf",\s*(?:{words(lexicon.text.aside_relatives)})\b", re.IGNORECASE)


def _named(found: list[Mention]) -> list[Mention]:
    """Speakers first (a cue next to them), then other names; citers, owners and people named only
    by their title ("NIS director Cho Tae-yong") and objects ("the exit poll for the BBC") are not
    speakers."""
    named = [
        m
        for m in found
        if not m.citer and not m.possessive and not m.affiliated and m.object_of < 0
    ]
    return [m for m in named if m.cued] + [m for m in named if not m.cued]


_SURNAME = regex_cache.compile(rf"[{CAPITALS}][\w’'-]+")


@compiled
def _descriptions(lexicon: Lexicon) -> dict:
    """A description that stands for a speaker: "the" and at most `description_words` words in
    lower case ("the department"), or one word more ("the consumer goods group": see
    `_Reader._longer_description`); and what an owner owns, in as many words ("the commission's
    results show"), or one word more when it ends in a count's noun or opens with a neutral
    modifier ("The office's latest household survey found", "The commission's final voter roll
    lists"; not "The bank's own independent auditors said")."""
    a, n, word = lexicon.attribution, lexicon.limits.description_words, r"\s+[a-z][\w-]*"
    counts = words(a.estimate_nouns) or "(?!x)x"
    neutral = words(a.neutral_modifiers) or "(?!x)x"
    longer = rf"(?:{word}){{{n}}}\s+(?:{counts})|\s+(?:{neutral})(?:{word}){{{n}}}"
    return {
        "definite": regex_cache.compile(rf"(?i:the){word}(?:{word}){{0,{n - 1}}}"),
        "longer": regex_cache.compile(rf"(?i:the){word}(?:{word}){{{n}}}"),
        "owned": regex_cache.compile(rf"['’]s(?:{word}(?:{word}){{0,{n - 1}}}|{longer})$"),
    }


class _Reader:
    """Walks the sentences in order, remembering the last named source and a list's lead-in."""

    def __init__(self, lexicon: Lexicon, paragraphs: list[int]):
        self.lexicon, self.paragraphs = lexicon, paragraphs
        self.window = lexicon.limits.carry_window
        self.out: list[Attribution | None] = []
        self.recent: list[tuple[int, Mention]] = []  # names in order, with their sentence index
        self.owners: list[tuple[int, Mention]] = []  # owners named ("the Health Ministry's"), too
        self.people: list[Mention] = []  # every known source's name so far, for surnames
        self.openers: list[tuple[int, Mention]] = []  # names that opened a sentence as its actor
        self.mentions: list[list[Mention]] = []  # each sentence's, "the union" resolved
        self.list_source: Attribution | None = None
        self.text = ""  # the sentence being read
        self.previous = ""  # ...and the one before it

    def own(
        self,
        text: str,
        found: list[Mention],
        named: list[Mention],
        opener: Mention | None,
        closing: Mention | None = None,
    ) -> Attribution | None:
        """The sentence's own attribution, or a carried one when it refers back; `named` are its
        speakers (`_named`), `opener` the first of them when it opens the sentence as its actor,
        `closing` the speech tag that closes what it counted (`_closing_speaker`)."""
        a = self.lexicon.attribution
        citers = [m for m in found if m.citer]
        negated = self._negated(text, (named or citers or [None])[0])
        refers_back = _refers_back(text, self.lexicon)
        if (
            refers_back is not None
            and named
            and named[0].start < refers_back.start()
            and not _DIGIT.search(text, refers_back.start())
        ):
            # "Odisha's chief secretary ... lowered the toll to 275, ... after district collectors
            # matched their records": a back-reference after the name and every figure speaks
            # for none of them
            refers_back = None
        if (
            refers_back is not None
            and named
            and refers_back.end() <= named[0].start
            and _DIGIT.search(text, refers_back.end(), named[0].start)
            and not _NOT_A_YEAR.search(text, named[0].start)
        ):
            # "On Nov. 20 the agency raised that estimate to about 85,000, after Volkswagen's Audi
            # unit ... acknowledged that": a back-reference before every figure, a name after them
            # all, speaking of something else: the figures are the back-reference's
            named = []
        if refers_back is not None and named:
            self._tag_before_the_named(text, refers_back, named)
        attributive = is_attributive(text, self.lexicon) or any(m.cued for m in named)
        if (
            (named or citers)
            and attributive
            and not negated
            and (any(m.cued for m in named) or (citers and not refers_back) or not refers_back)
        ):
            first = (closing if named else None) or (named or citers)[0]
            primary = self._definite(first, named)
            if self._outlet(primary) and citers:  # "Yonhap, citing the NIS, reported": the NIS's
                primary, citers = citers[0], [primary, *citers[1:]]
            cited_by = tuple(dict.fromkeys(m.source for m in citers if m.source != primary.source))
            how = CLAUSE if primary is first else RESOLVED
            return Attribution(primary.source, primary.text, cited_by, primary.start, how)
        if (
            refers_back and not _has(a.anonymous.pattern, text) and not negated
        ):  # "The agency said … held in Kyiv"
            index = len(self.out)
            mention = self._here(refers_back, named) or self._referent(refers_back)
            if mention is not None:  # "it revised its count, citing the WHO": its, via the WHO
                cited_by = tuple(m.source for m in citers if m.source not in (None, mention.source))
                self.recent.append((index, mention))  # "the ministry … the ministry": still it
                return Attribution(mention.source, mention.text, cited_by, -1)
        if not negated and not _has(a.anonymous.pattern, text):
            return self._actor(text, named, opener)
        return None

    def _tag_before_the_named(self, text: str, back: re.Match, named: list[Mention]) -> None:
        """'More than 200 cases had been recorded by Tuesday, the agency said, a sharp rise from
        the 14 cases that Mozambique's Ministry of Health confirmed': a speech tag that refers
        back, set off by a comma after figures and before every name of the sentence, speaks for
        the figures before it, and 'The ministry's count of 688 cases dwarfs the 489 infections
        the WHO had logged': an owner that refers back, before every name, for the figure its
        count gives; it joins the sentence's mentions as the source it stands for, so that
        `choose` weighs it against the names after it."""
        head = text[: back.start()].rstrip()
        owned = estimate_of(self.lexicon).match(text, back.end())  # "The ministry's count of 688"
        tagged = head.endswith(",") and _DIGIT.search(text, 0, back.start())
        # "It says it has 18,734 stores, and Business Insider calculated that ...": a speaker that
        # refers back opens the sentence, and the first name, joined on after its figures, opens
        # a clause of its own
        opening = (
            # (a few words may open it, no figure among them: "On Sunday it said ...", "On Dec.
            # 16 it said ...")
            len(head.split()) <= self.lexicon.limits.said_time_words + 1
            and not find_numbers(head, self.lexicon)
            and named
            and _DIGIT.search(text, back.end(), named[0].start)
            and _joined_on(text, named[0].start, self.lexicon, contrasts=True)
            and not _has(self.lexicon.attribution.anonymous.pattern, text)  # "It is estimated"
        )
        if not (owned or tagged or opening) or any(m.start < back.end() for m in named):
            return
        mention = self._referent(back)
        if mention is None or mention.source is None:
            return
        tag = replace(
            mention,
            start=back.start(),
            end=back.end(),
            text=back.group(0),
            cued=True,
            possessive=False,
            citer=False,
            object_of=-1,
        )
        self.mentions[-1] = sorted([*self.mentions[-1], tag], key=lambda m: m.start)

    def _referent(self, back: re.Match) -> Mention | None:
        """Who a back-reference of an earlier sentence stands for (`_referred`), among the sources
        named lately; "the ministry" (a head noun, not "it") may be an owner named of that head
        noun too."""
        words_ = back.group(0).split()
        recent = self._recent(lower(words_[-1]) if len(words_) > 1 else None)
        return self._referred(back.group(0), recent) or self._owner_just_before(back)

    def _owner_just_before(self, back: re.Match) -> Mention | None:
        """'The ECDC's rolling reports trail the national figures. In its December report, ...':
        with no speaker in view, "its" (a pronoun of a body) is the known source whose thing opens
        the sentence just before, in this paragraph (not "The union criticised Amazon's plan. It
        said ...": the union's)."""
        index, here = len(self.out), self.paragraphs[len(self.out)]
        if lower(back.group(0)) not in self.lexicon.attribution.group_pronouns.folded:
            return None
        owners = [
            m
            for i, m in self.owners
            if index - i == 1
            and self.paragraphs[i] == here
            and m.kind != "person"
            and _opens_the_sentence(self.previous, m.start, self.lexicon)
        ]
        return owners[-1] if owners else None

    def _here(self, back: re.Match, named: list[Mention]) -> Mention | None:
        """'EFFIS had mapped … since its records began': a known source named before the
        back-reference in its own sentence, of a kind it may stand for; not one that only did what
        a participle says ("Working from photographs supplied by the Park Service, they put the
        crowd at 870,000": they are others)."""
        agent = _patterns(self.lexicon)["participle_agent"]
        named = [
            m
            for m in named
            if m.cued
            or not agent.search(
                self.text, max(0, m.start - self.lexicon.limits.cue_look_back_chars), m.start
            )
        ]
        return self._named_before(back.group(0), back.start(), named)

    def _named_before(
        self, reference: str, start: int, named: list[Mention], told: bool = False
    ) -> Mention | None:
        """The last known source named before `start`, of a kind `reference` may stand for; not
        the one told ("Vijayan told the Prime Minister ..., his office said"), unless `told`."""
        kinds = self._kinds(reference)
        before = [
            m
            for m in named
            if m.end <= start
            and m.source is not None
            and m.kind in kinds
            and (told or not self._told(m))
        ]
        return before[-1] if before else None

    def _told(self, mention: Mention) -> bool:
        """Is the name the one told ("told the Prime Minister"): a hearer verb right before it?"""
        a, back = self.lexicon.attribution, self.lexicon.limits.cue_look_back_chars
        words_ = self.text[max(0, mention.start - back) : mention.start].split()
        while words_ and (words_[-1][:1].isupper() or lower(words_[-1]) in a.determiners.folded):
            words_.pop()  # "told Prime Minister Modi", "told the Prime Minister"
        return bool(words_) and lower(words_[-1]) in a.hearer_verbs.folded

    def _referred(self, back: str, recent: list[Mention]) -> Mention | None:
        """Who a back-reference points to: among the sources named lately, by head noun or kind
        (`_referent`); with none in view, the one source whose name has its head noun ("the
        ministry": the Ministry of Public Health, named long before)."""
        if len(back.split()) > 1 and not (
            any(m.source for m in recent)
            # "the agency's figures show", with CBC News in view in the paragraph before and
            # Elections Canada ("elections agency") named earlier: the one named source whose names
            # have its head noun (but "EFFIS had mapped ... the agency said", in one paragraph)
            and (
                _same_head(lower(back.split()[-1]), recent, self.lexicon)
                or self._in_this_paragraph()
            )
        ):
            known = _named_by_head(back, self.lexicon)
            named = [m for m in reversed(self.people) if m.source == known]
            if named:
                return named[0]
        if len(back.split()) == 1:  # "it", "they": the one that opened the sentence just before
            opener = self._last_opener(back)
            if opener is not None:
                return opener
        found = _referent(back, recent, self.lexicon)
        owners = self._owners_of_its_noun(back)
        if found is not None and owners and self._not_of(back, found, owners):
            # "according to the ministry", the WHO in view: of the sources whose names have its
            # noun, the one named last (Congo's health minister, paragraphs before), if any (else
            # the one in view: "The Home Office said ... The ministry said")
            return next((m for m in reversed(self.people) if m.source in owners), found)
        return found

    def _owners_of_its_noun(self, back: str) -> set[str]:
        """The sources whose names have a back-reference's telling body's noun ("the ministry";
        not "the group", "the agency"), when it has one."""
        head, a = lower(back.split()[-1]), self.lexicon.attribution
        if (
            len(back.split()) < 2
            or head not in a.group_nouns.folded
            or head in a.generic_group_nouns.folded
        ):
            return set()
        return self.lexicon.name_words.get(head, set())

    def _not_of(self, back: str, found: Mention, owners: set[str]) -> bool:
        """Is the speaker found none of `owners`, nor named with the back-reference's noun?"""
        head = lower(back.split()[-1])
        return found.source not in owners and not _same_head(head, [found], self.lexicon)

    def _in_this_paragraph(self) -> bool:
        """Was a known source named lately in the paragraph of the sentence being read?"""
        index = len(self.out)
        return any(
            m.source is not None
            and index - i <= self.window
            and self.paragraphs[i] == self.paragraphs[index]
            for i, m in self.recent
        )

    def _last_opener(self, pronoun: str) -> Mention | None:
        """The name that opened the sentence just before, in this paragraph, as its actor, when it
        is of the kind `pronoun` stands for ("The exit poll … for the BBC came close. It projected
        410 seats": the exit poll, not the BBC)."""
        index = len(self.out)
        if not self.openers or self.openers[-1][0] != index - 1 or index == 0:
            return None
        if self.paragraphs[index - 1] != self.paragraphs[index]:
            return None
        opener, kind = self.openers[-1][1], _wanted_kind(pronoun, self.lexicon)
        if kind == "person":  # "he said": a person, not "Congo has reported"
            return opener if opener.kind == "person" else None
        # "it", or a pronoun of no kind ("they": "Lawyers for the employees ... now estimate ...
        # they had put the figure at"), stands for no one person
        return opener if kind in ("group", None) and opener.kind != "person" else None

    def _actor(self, text: str, named: list[Mention], opener: Mention | None) -> Attribution | None:
        """'Boeing offers 30%', '- Oct. 31: Boeing raises its offer to 38%', 'On Feb. 14 it
        launched a $397 million appeal': with no attribution cue, a source the reference set knows
        (or a back-reference to the last one named) that opens the sentence and does something
        is the source of what it does, in its own clause (see `choose`)."""
        if opener is not None and opener.source is not None and not opener.problem:
            return Attribution(opener.source, opener.text, (), opener.start, ACTED)
        back = None if named else _back_reference_at(text, self.lexicon)
        if back is None:
            return None
        # "The exit poll … came close. It projected 410 seats": the one that opened a sentence
        # just before, in this paragraph
        index, here = len(self.out), self.paragraphs[len(self.out)]
        openers = [
            m
            for i, m in self.openers
            if index - i <= self.window and self.paragraphs[i] == here and m.source is not None
        ]
        kind = _wanted_kind(text[back[0] : back[1]], self.lexicon)
        fitting = [m for m in openers if kind is None or m.kind in (kind, None)]
        if not fitting:
            return None
        return Attribution(fitting[-1].source, fitting[-1].text, (), back[1], ACTED)

    def _outlet(self, mention: Mention) -> bool:
        """A news outlet (its reference-set kind is one of `outlet_kinds`), which carries figures
        others give."""
        source = self.lexicon.sources.get(mention.source) if mention.source else None
        return (
            source is not None
            and lower(source.kind) in self.lexicon.attribution.outlet_kinds.folded
        )

    def _definite(self, mention: Mention, named: list[Mention] = ()) -> Mention:
        """'the department said': an unknown speaker named 'the <noun>' is a source named before:
        one of its kind earlier in its own sentence ("TickPick put its price at $8,604, and the
        company said"), unless the sentence just before named one with that head noun ("and the
        union's 800,000": the CGT union); else one with that head noun (or of that kind) in the
        sentences before; 'Park cited Cho as saying': a surname is the source of the person of
        that name met earlier ("NIS director Cho Tae-yong")."""
        if mention.source is None and _SURNAME.fullmatch(mention.text):
            return self._surname(mention)
        if (
            mention.source is None
            and lower(mention.text) in self.lexicon.attribution.possessive_determiners.folded
        ):
            return self._owner(mention, named)
        owned = self._owned_by_a_pronoun(mention, named)
        if owned is not None:
            return owned
        # "the commission's results show": the owner of what is quoted
        patterns = _descriptions(self.lexicon)
        described = patterns["owned"].sub("", mention.text)
        longer = patterns["longer"].fullmatch(described) is not None
        if mention.source is not None or not (longer or patterns["definite"].fullmatch(described)):
            return mention
        index = len(self.out)
        head = lower(described.split()[-1])
        recent = self._recent_sources(head)
        same_head = _same_head(head, recent, self.lexicon)
        # "the company": one named before it in its own sentence ("TickPick … and the company")
        here = (
            self._named_before(described, mention.start, named)
            if _wanted_kind(described, self.lexicon)
            else None
        )
        if longer:
            return self._longer_description(mention, described, here)
        if here is not None and not any(
            index - i <= 1 and m.source is not None and head in _names_of(m, self.lexicon)
            for i, m in self.recent
        ):  # ... unless the sentence just before named one of that head noun (the CGT union)
            return _resolved(mention, here)
        tail = _named_by_tail(described, self.lexicon)  # "the refugee agency": the UN refugee
        if tail is not None:  # agency, whatever else spoke lately
            return replace(mention, source=tail)
        known = _named_by_head(described, self.lexicon)  # "the commission": the one source
        if known and not same_head and not self._generic_after_a_body(head, index):
            return replace(mention, source=known)  # whose name has "commission"
        # "In Sri Lanka, the government said": the place picks the government, even when another
        # of that head noun spoke just before (India's Home Ministry, "India's government"), if it
        # comes before the head (not "The government said 300 of its citizens died in Sri Lanka")
        placed = _placed_by_head(head, self.text, mention.start, self.lexicon, bool(same_head))
        if placed is not None:
            return replace(mention, source=placed)
        return self._referred_to(mention, described, recent)

    def _longer_description(
        self, mention: Mention, described: str, here: Mention | None
    ) -> Mention:
        """'Unilever will cut about 7,500 jobs, the consumer goods group said': a description one
        word longer than `description_words` is the one of its kind named before it in its own
        sentence (`here`) when its head noun is one of that one's names or a generic noun for a
        body ("group"), and no word before the head makes it another body ("the state labor
        department", "the rival studio group"); never by its head noun alone, nor as the latest
        speaker of its kind ("the state weather bureau")."""
        a = self.lexicon.attribution
        *modifiers, head = lower(described).split()[1:]
        if (
            here is None
            or any(
                w in a.other_levels.folded or w in a.other_body_modifiers.folded for w in modifiers
            )
            or not (head in a.generic_group_nouns.folded or _same_head(head, [here], self.lexicon))
        ):
            return mention
        return _resolved(mention, here)

    def _owned_by_a_pronoun(self, mention: Mention, named: list[Mention]) -> Mention | None:
        """'Health Minister Zhang Wenkang said ... On April 20, his ministry admitted to 339': an
        unknown speaker that is a possessive determiner and a noun is the one the determiner points
        back to (in its sentence, else before it: the last person named for "his", body for
        "its") when the reference set knows it and its names have that noun, or, after "his" or
        "her", the noun is the person's own staff ("his office": `_owns`); None when it is not such
        a speaker or its owner is not such a one ("the Casa Ciudadana held an event that its
        organisers said drew 700": its, the one named in its own sentence). ("his" is the last
        person named: "The WHO envoy met Ana Ruiz, and his staff said" is taken as Ana Ruiz's.)"""
        words = mention.text.split()
        determiners = self.lexicon.attribution.possessive_determiners.folded
        if mention.source is not None or len(words) != 2 or lower(words[0]) not in determiners:
            return None
        # whom "his" or "its" points back to, named or not ("Finance Minister Bo Li said ... His
        # ministry": Bo Li's, whom the reference set does not know: no one); in its own sentence
        # first ("Prosecutor Rémy Heitz had put fifty investigators on the case, and ... his
        # office said")
        head = lower(words[-1])
        if any(m.start < mention.start for m in named):
            owner = self._named_before(words[0], mention.start, named)
            if owner is None and not self._anyone_else(words[0], mention.start, named):
                # "State officials told Prime Minister Narendra Modi ..., his office said": the
                # one told, when no one else named before can be "his" (known or not: "Governor
                # P. Sathasivam told Vijayan ..., his office said" is the governor's office)
                owner = self._named_before(words[0], mention.start, named, told=True)
        else:
            owner = _referent(words[0], self._recent(), self.lexicon)
        staff = (
            lower(words[0]) in self.lexicon.attribution.person_pronouns.folded
            and head in self.lexicon.attribution.own_staff.folded
        )
        return _resolved(mention, owner) if self._owns(owner, head, staff) else None

    def _anyone_else(self, reference: str, start: int, named: list[Mention]) -> bool:
        """Is anyone not told, known or not, named before `start` of a kind `reference` may
        stand for?"""
        kinds = self._kinds(reference)
        return any(m.end <= start and m.kind in kinds and not self._told(m) for m in named)

    def _kinds(self, reference: str) -> tuple[str | None, ...]:
        """The kinds of speaker `reference` may stand for: its own, or one of no known kind;
        "they" (no kind of its own) a group or a name of no known kind ("Police ..., they said"),
        never one person."""
        kind = _wanted_kind(reference, self.lexicon)
        return ("group", None) if kind is None else (kind, None)

    def _owns(self, owner: Mention | None, head: str, staff: bool = False) -> bool:
        """Is `owner` a known source whose names have the noun `head` ("office", "ministry"), or,
        when `head` is a person's own staff ("his office": the language pack's `own_staff`), one
        known as a source that is no group and written as a name ("Premier Sihle Zikalala"; not
        "official results", a title's word in it though it has)?"""
        if owner is None or owner.source is None:
            return False
        named = owner.kind != "group" and owner.text.split()[-1][:1].isupper()
        return bool(_same_head(head, [owner], self.lexicon)) or (staff and named)

    def _a_place(self, mention: Mention) -> bool:
        """'The territory recorded 1,755 cases': an unknown speaker that is a description of one
        of the topic pack's subjects, not of a person or a body (the language pack's titles and
        group nouns: "the company said"), and whose head noun no speaker named before has, is the
        place counted, not a speaker."""
        described = mention.text  # "The capital's mayor" is no place
        if (
            mention.source is not None
            or mention.problem
            or not _descriptions(self.lexicon)["definite"].fullmatch(described)
            or _wanted_kind(described, self.lexicon) is not None  # "the company said"
        ):
            return False
        head = lower(described.split()[-1])
        return _a_subject(described, self.lexicon) and not _same_head(
            head, self._recent_sources(head), self.lexicon
        )

    def _owner(self, mention: Mention, named: list[Mention]) -> Mention:
        """'according to its annual report': the one of its kind named before it in its sentence,
        else among the sentences before."""
        here = self._named_before(mention.text, mention.start, named)
        if here is not None:
            return _resolved(mention, here)
        return self._referred_to(mention, mention.text, self._recent_sources())

    def _recent(self, head: str | None = None) -> list[Mention]:
        """The speakers named within `carry_window` sentences, in order; with a description's
        `head` noun, those named as an owner whose names have it too ("The new toll is 481 higher
        than the Health Ministry's. ... the ministry said"; not "The World Bank's team ... the
        ministry said")."""
        index = len(self.out)
        named = [(i, m) for i, m in self.recent if index - i <= self.window]
        if head is not None:
            named += [
                (i, m)
                for i, m in self.owners
                if index - i <= self.window and _same_head(head, [m], self.lexicon)
            ]
        return [m for _, m in sorted(named, key=lambda pair: (pair[0], pair[1].start))]

    def _generic_after_a_body(self, head: str, index: int) -> bool:
        """Is `head` a generic noun for a body (`generic_group_nouns`: "the group") right after a
        sentence that named one, not a person ("Medecins Sans Frontieres ... said in February ...
        In March, the group said": MSF, though another source's name is "doctors' rights group")?"""
        if head not in self.lexicon.attribution.generic_group_nouns.folded:
            return False
        return any(
            index - i == 1 and m.source is not None and m.kind != "person" and not m.possessive
            for i, m in self.recent
        )

    def _recent_sources(self, head: str | None = None) -> list[Mention]:
        """The known sources among `_recent`."""
        return [m for m in self._recent(head) if m.source is not None]

    def _referred_to(self, mention: Mention, reference: str, recent: list[Mention]) -> Mention:
        """`mention` resolved to the source among `recent` that `reference` points back to, if
        any."""
        referent = _referent(reference, recent, self.lexicon)
        return mention if referent is None else _resolved(mention, referent)

    def _surname(self, mention: Mention) -> Mention:
        for earlier in reversed(self.people):
            if mention.text in earlier.text.split() and earlier.text != mention.text:
                return replace(mention, text=earlier.text, source=earlier.source, kind=earlier.kind)
        return mention

    def listed(
        self, text: str, named: list[Mention], attribution: Attribution | None
    ) -> Attribution | None:
        """'Key figures from the NIS briefing:' credits the list items that follow it."""
        if list_item(text, self.lexicon):
            return attribution or self.list_source
        self.list_source = (
            Attribution(named[0].source, named[0].text, (), -1)
            if named and text.rstrip().endswith(":")
            else None
        )
        return attribution

    def _negated(self, text: str, speaker: Mention | None) -> bool:
        """Does the sentence's first speaker deny its figures ("Officials denied that 300 were
        killed")? Only a denial between the clause breaks (';', a spaced dash, ', but', ', while')
        around that speaker, and before a clause joined on after it (", and the president
        dismissed …"), counts: "…49 had died; the president dismissed his minister" does not take
        the figure from the authorities."""
        pattern = self.lexicon.attribution.negations.pattern
        if speaker is None:
            return _has(pattern, text)
        p = _patterns(self.lexicon)
        start = max(
            (m.end() for m in p["clause_break"].finditer(text, 0, speaker.start)), default=0
        )
        stops = [
            p["clause_break"].search(text, speaker.end),
            p["joined_clause"].search(text, speaker.end),
        ]
        stop = min((m.start() for m in stops if m is not None), default=len(text))
        # "Musk also dismissed the team ..., about 500 people in all, The Information reported":
        # a denial with a figure between it and the speaker is no denial of the speaker's
        denials = [
            m
            for m in (pattern.finditer(text, start, stop) if pattern else ())
            if not _DIGIT.search(text, *sorted((m.start(), speaker.start)))
        ]
        if not denials:
            return False
        # ...nor is one in an aside about the speaker ("The health ministry, which has disputed
        # the doctors' figures from the start, puts the death toll at 46")
        aside = _aside_after(text, speaker, self.lexicon)
        return any(not (aside[0] <= m.start() < aside[1]) for m in denials)

    def retroactive(self, text: str, named: list[Mention]) -> None:
        """'This is according to X.' / 'X corroborate these figures' credit the unattributed
        sentences just before: the one right before, and more in the same paragraph."""
        a = self.lexicon.attribution
        retro = a.retroactive.pattern
        if (
            not named
            or _has(a.negations.pattern, text)
            or not (
                (retro and retro.match(text.lstrip())) or _has(a.retroactive_after.pattern, text)
            )
        ):
            return
        index, paragraphs = len(self.out), self.paragraphs
        for back in range(index - 1, max(-1, index - 1 - self.window), -1):
            if self.out[back] is not None or (
                back < index - 1 and paragraphs[back] != paragraphs[index]
            ):
                break
            self.out[back] = Attribution(named[0].source, named[0].text, (), -1)
            if paragraphs[back] != paragraphs[index]:
                break

    def read(self, text: str, found: list[Mention]) -> None:
        found = [m for m in found if not self._a_place(m)]
        self.previous, self.text = self.text, text
        named = _named(found)
        definite = {id(m): self._definite(m, named) for m in named if m.source is None}
        self.mentions.append([definite.get(id(m), m) for m in found])
        first = min(named, key=lambda m: m.start, default=None)
        opens = first is not None and opens_as_actor(text, first.start, first.end, self.lexicon)
        opener = first if opens else None
        closing = _closing_speaker(text, named, self.lexicon)
        attribution = self.listed(text, named, self.own(text, found, named, opener, closing))
        if opener is None and first is not None and _speaks_first(text, first, attribution):
            # "Lawyers for the employees, who are suing Enron, ..., now estimate": the sentence's
            # speaker opens it, past an aside ("... they had put the figure at")
            opener = first
        self.retroactive(text, named)
        if self._heading(text):  # "The UN count": no "it" reaches back past it, but a name in
            self.recent, self.openers = [], []  # it is remembered ("The Red Crescent's count",
            # "The FDIC bill"), unless the heading is a common noun and nothing more ("The town":
            # a topic, no speaker)
            named = [m for m in named if not _only_a_common_noun(text, m, self.lexicon)]
        if named:  # remembered as resolved: "The prefecture counted ... it revised"
            resolved = [definite.get(id(m), m) for m in sorted(named, key=lambda m: m.start)]
            self.recent += [(len(self.out), m) for m in resolved]
            if opener is not None:  # (or the speech tag closing what the opener counted)
                closer = definite.get(id(closing), closing) if closing else resolved[0]
                self.openers.append((len(self.out), closer))
        self.people += [m for m in found if m.source is not None and not m.problem]
        self.owners += [
            (len(self.out), m)
            for m in found
            if m.possessive and not m.citer and m.source is not None and not m.problem
        ]
        self.out.append(attribution)

    def _heading(self, text: str) -> bool:
        """Is the sentence being read a paragraph of its own, short, with no closing mark and no
        figure ("The UN count", "How it fits the summer"; not a bullet: "- 300 killed")?"""
        index, paragraphs = len(self.out), self.paragraphs
        alone = (index == 0 or paragraphs[index - 1] != paragraphs[index]) and (
            index + 1 >= len(paragraphs) or paragraphs[index + 1] != paragraphs[index]
        )
        return alone and heading_like(text, self.lexicon)


def _only_a_common_noun(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """Is the text the mention and nothing more but a determiner ("The town", "The Town"), and is
    the name a common noun: none of its source's names writes it with a capital (not
    "Reuters")?"""
    determiners = lexicon.attribution.determiners.folded
    spec = lexicon.sources.get(mention.source) if mention.source else None
    if (
        spec is None
        or text[mention.end :].strip()
        or not all(w.lower() in determiners for w in text[: mention.start].split())
    ):
        return False
    said = fold(_without_determiner(mention.text, determiners))
    bare = (_without_determiner(a, determiners) for a in (spec.name or "", *spec.aliases))
    return not any(fold(name) == said and name != name.lower() for name in bare)


def _without_determiner(name: str, determiners: frozenset[str]) -> str:
    """'Health Ministry' of 'the Health Ministry'."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in determiners else name


def attribute(
    sentence_texts: list[str],
    sentence_mentions: list[list[Mention]],
    lexicon: Lexicon,
    paragraphs: list[int] | None = None,
) -> list[Attribution | None]:
    """The attribution of each sentence's figures (None: no source), in sentence order."""
    return attribute_all(sentence_texts, sentence_mentions, lexicon, paragraphs)[0]


def attribute_all(
    sentence_texts: list[str],
    sentence_mentions: list[list[Mention]],
    lexicon: Lexicon,
    paragraphs: list[int] | None = None,
) -> tuple[list[Attribution | None], list[list[Mention]]]:
    """`attribute`, and each sentence's mentions with descriptions resolved to the sources named
    before them ("and the union's 800,000": the CGT union), for `choose`."""
    reader = _Reader(lexicon, paragraphs or [0] * len(sentence_texts))
    for text, found in zip(sentence_texts, sentence_mentions, strict=True):
        reader.read(text, found)
    return reader.out, reader.mentions


_CLAUSE_COMMA = regex_cache.compile(r",(?!\d)")  # a comma that ends a clause, not "1,000"


def relative_giver(text: str, end: int, mentions: list, lexicon: Lexicon) -> Attribution | None:
    """'ahead of the $68.42 billion that analysts polled by LSEG had expected', 'short of the 19.35
    billion euros BASF had forecast': a known source right after the figure ending at `end` (its
    noun, a word or two, and a relative pronoun at most between), then an aside set off by commas,
    an auxiliary at most and one of `relative_giver_verbs`, gave the figure: a figure expected or
    forecast by someone."""
    p = _relative_giver_patterns(lexicon)
    if p is None:
        return None
    for m in mentions:
        if m.start < end or not m.source or m.citer or m.possessive:
            continue
        if p["lead"].fullmatch(text, end, m.start) and p["verb"].match(text, m.end):
            return Attribution(m.source, m.text, (), m.start, CLAUSE)
        break  # only the first mention after the figure
    return None


@compiled
def _relative_giver_patterns(lexicon: Lexicon) -> dict | None:
    a = lexicon.attribution
    if not a.relative_giver_verbs:
        return None
    relatives = words(a.relative_pronouns) or "(?!x)x"
    auxiliaries = words(a.relative_giver_auxiliaries) or "(?!x)x"
    return {
        "lead": regex_cache.compile(
            rf"(?:\s+[^\W\d_][\w'’-]*){{0,2}}?\s+(?:(?:{relatives})\s+)?", re.IGNORECASE
        ),
        # (an aside set off by commas may follow the name: "analysts polled by Refinitiv, now part
        # of LSEG, had expected")
        "verb": regex_cache.compile(
            rf"(?:,[^,;:()\d]{{1,{lexicon.limits.relative_aside_chars}}},)?"
            rf"\s+(?:(?:{auxiliaries})\s+)?(?:{words(a.relative_giver_verbs)})\b",
            re.IGNORECASE,
        ),
    }


def inferred(text: str, chosen: Attribution | None, offset: int, lexicon: Lexicon) -> bool:
    """Is the figure at `offset` the writer's inference, after ", meaning" or the like (the
    language pack's `inference_leads`) past the speaker credited with it, in the figure's own
    clause ("The Health Ministry said 46 were injured, six of them police officers, meaning about
    40 were protesters"; not "..., meaning hospitals were full, and that 12 were killed")?"""
    lead = _patterns(lexicon)["inference"]
    if chosen is None or lead is None or chosen.mention_start > offset:
        return False
    found = list(lead.finditer(text, max(0, chosen.mention_start), offset))
    return bool(found) and not _CLAUSE_COMMA.search(text, found[-1].end(), offset)


def choose(
    attribution: Attribution | None,
    found: list[Mention],
    offset: int,
    text: str,
    figures: list[int],
    lexicon: Lexicon,
) -> Attribution | None:
    """Among several named sources in one attributive sentence, the one that governs the figure at
    `offset` (see `_segment`), else the nearest; its `how` says whether it is named in the figure's
    own clause. `figures` are the starts of the sentence's figures."""
    if attribution is None or attribution.mention_start < 0:
        return attribution
    if _compared_right_before(text, offset, attribution.mention_start, lexicon):
        return None  # "About 25,000 marched, half Bersih's figure": no one's that we know
    if attribution.how == ACTED and _said_after_acting(text, attribution, offset, found, lexicon):
        return replace(attribution, how=SENTENCE)  # "Mayor Melo urged residents to save water,
        # saying four of the city's six plants were shut": his, in a clause of its own
    if attribution.how == ACTED:  # "Zelensky visited the front, where 300 had been killed": not his
        if _referred_to(text, attribution.mention_start, offset, lexicon):
            return None  # "the union rejected the 30% offer", "the WHO questioned the toll of
            # 44,218": a figure someone else gave, which the actor reacts to
        if _in_actors_clause(text, attribution, offset, lexicon):
            return attribution
        return _next_actor(text, attribution, found, offset, lexicon)
    breaks = _patterns(lexicon)["clause_break"]
    # an owner is no speaker ("South Korea's NIS said"), unless a cue credits what it owns
    # ("according to the company's annual report"); nor is whom a thing was made for ("the poll,
    # conducted by Ipsos MORI for the BBC, ... projected 368"), unless a cue names it
    named = [
        m for m in found if not m.citer and (m.cued or not (m.possessive or m.object_of >= 0))
    ] or [m for m in found if m.citer]
    nearest = _governing(named, offset, text, figures, lexicon, breaks) if len(named) > 1 else None
    if nearest is None or nearest.start == attribution.mention_start:
        chosen = attribution
        span = next((m for m in found if m.start == attribution.mention_start), None)
    else:
        chosen = Attribution(
            nearest.source, nearest.text, attribution.cited_by, nearest.start, CLAUSE
        )
        span = nearest
    if span is not None and _agent_before_a_new_clause(text, span, offset, figures, lexicon):
        return None  # "Add the seven deaths reported by the Comoros government, and the storm
        # has killed 52": the agent of what was done to an earlier figure, not of this one
    if (
        span is not None
        and chosen.how == CLAUSE
        and (
            _clauses_between(text, span, offset, breaks)
            or _in_relative_after(text, span, offset, lexicon)
        )
    ):
        return replace(chosen, how=SENTENCE)
    return chosen


def relay(
    chosen: Attribution | None, found: list[Mention], offset: int, text: str, lexicon: Lexicon
) -> tuple[str | None, str | None]:
    """(who relays the chosen source's figure at `offset`, whose figure the chosen source relays),
    each a known source or None: "Babis later said police had estimated the crowd at 90,000"
    (police's, as Babis said), "Pakistan has confirmed 260 cases, the WHO said" (Pakistan's, as
    the WHO said). The reference set may credit the figure to either."""
    if chosen is None or chosen.mention_start < 0:
        return None, None
    here = next((m for m in found if m.start == chosen.mention_start), None)
    if here is None:
        return None, None
    pattern = _patterns(lexicon)
    for other in found:
        if other.source in (None, chosen.source) or other.citer or other.possessive:
            continue
        first, second = (other, here) if other.start < here.start else (here, other)
        said_before = (  # "Babis said police had estimated ... 90,000"
            second.end <= offset
            and pattern["relayed_verb"].match(text, second.end) is not None
            and pattern["relaying"].fullmatch(text, first.end, second.start) is not None
            and not _a_new_clause(text, second.end, offset, lexicon)
        )
        said_after = (  # "Pakistan has confirmed 260 cases, the WHO said"
            first.end <= offset
            and pattern["relayed_verb"].match(text, first.end) is not None
            and _closing_tag(text, second, offset, lexicon)
            and not _a_new_clause(text, first.end, second.start, lexicon)
        )
        if said_before or said_after:
            relays_it = (first is other) == said_before  # the other speaks, the chosen counted
            return (other.source, None) if relays_it else (None, other.source)
    return None, None


def _a_new_clause(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Does a clause break (";", a dash, ", but") or a clause joined by ", and" stand between?"""
    p = _patterns(lexicon)
    return bool(
        p["clause_break"].search(text, start, end) or p["joined_clause"].search(text, start, end)
    )


def _agent_before_a_new_clause(
    text: str, mention: Mention, offset: int, figures: list[int], lexicon: Lexicon
) -> bool:
    """Is the mention the agent of a participle after an earlier figure ("the seven deaths
    reported by the Comoros government"), with a new clause (", and the storm") between it and
    the figure at `offset`?"""
    p = _patterns(lexicon)
    agent = p["participle_agent"].search(text, 0, mention.start)
    joined = p["joined_clause"].search(text, mention.end, offset)
    if agent is None or joined is None or not any(f < mention.start for f in figures):
        return False
    said = lexicon.attribution.after_source.pattern
    return not (
        # a passive's agent ("2,300 deaths were confirmed by the ministry") is its clause's
        # speaker, whose figures may run on
        p["passive_before"].search(text, 0, agent.start())
        # ...and a new clause with a speech cue of its own ("and it said") is the speaker's
        or (said is not None and said.search(text, joined.end(), offset))
    )


def _in_relative_after(text: str, mention: Mention, offset: int, lexicon: Lexicon) -> bool:
    """'a 30% raise with a $6,000 bonus, which the union declined to put to a vote': a speaker in a
    relative clause after the figure speaks in a clause of its own (of the figure, perhaps not as
    its source)."""
    return mention.start > offset and bool(
        _patterns(lexicon)["relative_after"].search(text, offset, mention.start)
    )


def _said_after_acting(
    text: str, actor: Attribution, offset: int, found: list[Mention], lexicon: Lexicon
) -> bool:
    """Does a speech participle set off by a comma (the language pack's `speech_participles`:
    ", saying", ", adding that") stand between the actor who opens the sentence and the figure at
    `offset`, with no clause break ("The ministry revised its count; officials said ..."), no
    clause opened (", where villagers confronted her, saying") and no other name ("and the Red
    Cross praised her, saying") before it, and not as a speech cue's object ("adding to the
    anger": `not_speech`)?"""
    p = _patterns(lexicon)
    pattern, start = p["speech_participle"], actor.mention_start
    if pattern is None or offset < start or p["clause_break"].search(text, start, offset):
        return False  # (no clause break anywhere before the figure: "..., saying the province
        # would rebuild; by Wednesday 147 had died")
    not_speech = lexicon.attribution.not_speech.pattern
    for m in pattern.finditer(text, start, offset):
        if p["clause_opened"].search(text, start, m.start()) or any(
            start < n.start < m.start() for n in found
        ):
            return False
        if not (not_speech and not_speech.match(text, m.end() - len(m.group().split()[-1]))):
            return True
    return False


def _referred_to(text: str, actor: int, offset: int, lexicon: Lexicon) -> bool:
    """Is the figure at `offset` one met before, which the actor at `actor` reacts to: right after
    a definite determiner ("the 30% offer"), or after one, a report noun (`time.report_nouns`) and
    a measure link ("the toll of 44,218"; not "the bodies of 259 of them"), with one of the
    language pack's `reaction_verbs` between them ("rejected", "questioned"; not "The IFRC
    launched the $200 million appeal")?"""
    p = _patterns(lexicon)
    reach = max(0, offset - lexicon.limits.cue_look_back_chars)
    referred = p["referred"].search(text, reach, offset)
    reacts = p["reaction"]
    return bool(referred) and reacts is not None and bool(reacts.search(text, actor, offset))


def _in_actors_clause(text: str, actor: Attribution, offset: int, lexicon: Lexicon) -> bool:
    """Is the figure at `offset` after the actor and in its clause (no ';', dash or ', where …'
    between them)?"""
    if offset < actor.mention_start:
        return False
    start = actor.mention_start
    if actor.how == ACTED:  # past its relative clause (", which keeps a list,"), or in it
        named = len(actor.source_text) if text.startswith(actor.source_text, start) else 0
        verb = _actor_patterns(lexicon)["verb"].match(text, start + named)
        start = verb.end("aside") if verb and verb.group("aside") else start
        if offset < start:
            return False
    between, p = text[start:offset], _patterns(lexicon)
    return not p["clause_break"].search(between) and not p["clause_opened"].search(between)


def _next_actor(
    text: str, actor: Attribution, found: list[Mention], offset: int, lexicon: Lexicon
) -> Attribution | None:
    """'The European Commission released €400,000, and USAID has provided $100,000': a known
    source that opens a later clause of an actor's sentence and does something there is the
    actor of the figures in its own clause."""
    for m in reversed(found):
        if actor.mention_start < m.start < offset and _opens_a_clause(text, m, lexicon):
            mine = Attribution(m.source, m.text, (), m.start, ACTED)
            return mine if _in_actors_clause(text, mine, offset, lexicon) else None
    return None


def _opens_a_clause(text: str, m: Mention, lexicon: Lexicon) -> bool:
    """Is the name a known source's, right after a clause's start (", and the", "; "), and
    followed by a word that may be its verb (as for an actor opening the sentence)?"""
    reach = lexicon.limits.cue_look_back_chars
    return (
        m.source is not None
        and not (m.citer or m.possessive or m.problem)
        and _patterns(lexicon)["clause_lead"].search(text, max(0, m.start - reach), m.start)
        is not None
        and _actor_patterns(lexicon)["verb"].match(text, m.end) is not None
    )


def _bracketed(mention: Mention, text: str, figures: list[int], lexicon: Lexicon) -> int | None:
    """'44,218 (AFAD)', '2,274 (White Helmets); more than 4,500 (UN)': the start of the figure a
    source in brackets right after it credits."""
    if not credit_in_brackets(text, mention.start, lexicon):
        return None
    before = [f for f in figures if f < mention.start]
    return before[-1] if before else None


def _agent_of(text: str, m: Mention, offset: int, figures: list[int], lexicon: Lexicon) -> bool:
    """Is the name the agent of a verb of giving or counting, as a participle right after the
    figure at `offset`, with no other figure between ("1 billion rupees released earlier by the
    home ministry", not "40,000 marchers organised by the Civic Front"; not a passive's, "330,000
    of them are represented by the Teamsters", nor an outlet's, "as reported by Deutsche
    Welle")?"""
    if m.start <= offset or m.citer or any(offset < f < m.start for f in figures):
        return False
    p = _patterns(lexicon)
    agent = p["figure_agent"].fullmatch(text, offset, m.start)
    if agent is None:
        return False
    at = agent.start("verb")
    citer = lexicon.attribution.citer.pattern
    return not (
        p["passive_before"].search(text, offset, at)
        or (citer is not None and citer.search(text, max(offset, at - 4), m.start))
    )


def _gapped(text: str, start: int, lexicon: Lexicon, strict: bool = False) -> bool:
    """Does the name at `start` open a gapped clause: after 'and', 'while' or the like, a comma, or
    at the sentence's start ("... and Zelensky 4,000"), not after a verb ("gave Sheinbaum")?
    `strict`: past a determiner too ("and the Associated Press at about 15,000", not "told the
    Associated Press nearly 15,000")."""
    before = text[:start].rstrip()
    determiners = lexicon.attribution.determiners.folded
    if strict and before and before.rsplit(None, 1)[-1].lower() in determiners:
        before = before[: -len(before.rsplit(None, 1)[-1])].rstrip()
    if not before or before[-1] in ",;:(":
        return True
    word = before.rsplit(None, 1)[-1].lower()
    return word in lexicon.attribution.gapping.folded or (not strict and word in determiners)


def _touches(text: str, m: Mention, offset: int, lexicon: Lexicon) -> bool:
    """Does the name stand right before the figure at `offset`, opening a gapped clause ("NIS
    counts 300 killed and Zelensky 4,000"), nothing but marks between them, or a hedge ("and the
    Associated Press about 15,000"), or a joiner ("... and Ifop at 34.2%"; past its own brackets:
    "the Japan Meteorological Agency (JMA) at 7.7")? Past a hedge or a joiner, not a subject the
    topic pack counts ("had the Greens at 7.9% and the liberal NEOS at 8.8%"), nor a name a verb
    governs ("told the Associated Press nearly 15,000"). Only a name near it is read: no long
    stretch between them, however long the sentence (`cue_reach_chars`)."""
    if not m.end <= offset <= m.end + lexicon.limits.cue_reach_chars:
        return False
    if not _gapped(text, m.start, lexicon):
        return False
    between = text[m.end : offset]
    if not re.search(r"\w", between):
        return True
    bare = hedges.without_hedge(between, lexicon)
    return (
        (not bare.strip() or fold(bare.lstrip(")")) in lexicon.time.level_joiners.folded)
        and (m.cued or not _a_subject(m.text, lexicon))
        and _gapped(text, m.start, lexicon, strict=True)
    )


def _governing(
    named: list[Mention], offset: int, text: str, figures: list[int], lexicon: Lexicon, breaks
) -> Mention:
    bracketed = [m for m in named if _bracketed(m, text, figures, lexicon) == offset]
    if bracketed:
        return bracketed[0]
    agents = [m for m in named if _agent_of(text, m, offset, figures, lexicon)]
    if agents and not any(
        _according_tag(text, m, offset, lexicon) or _closing_tag(text, m, offset, lexicon)
        for m in named
    ):  # "on top of 1 billion rupees released earlier by the home ministry" (not "50,000 doses
        # donated by the United States ..., according to the health ministry")
        return agents[0]
    touching = [m for m in named if _touches(text, m, offset, lexicon)]
    if touching:  # "NIS counts 300 killed and Zelensky 4,000": the name right before the figure
        return touching[-1]  # (not "the count gave Sheinbaum 59.8%": she is given it)
    governing = [
        m
        for i, m in enumerate(named)
        if figures
        and _in_segment(offset, _segment(named, i, text, figures, lexicon))
        # "40.91%, close to the exit poll's estimate": what the figure is compared with; "$17
        # billion ..., well above the $13.91 billion Alphabet had reported": whose the figure it
        # is compared with is
        and not any(
            _compared_right_before(text, offset, at, lexicon)
            for at in (m.start, *(f for f in figures if offset < f < m.start))
        )
    ]
    governing = _outside_owned_phrases(governing, text, lexicon)
    if any(_closing_tag(text, m, offset, lexicon) for m in governing):
        # "The police recorded 5,175 offences ..., the Home Office said": a speech tag closing the
        # sentence speaks for the figure of the one who counted it
        governing = [m for m in governing if not _counted_by(text, m, offset, lexicon)]
    credited = [
        m
        for m in named
        if _according_tag(text, m, offset, lexicon)
        # ...with no other speaker between them ("Haiti has received 1.17 million doses, PAHO
        # said, as ... 291 people since early October, according to the health ministry")
        and all(
            _counted_by(text, o, offset, lexicon)
            for o in named
            if min(m.end, offset) <= o.start and o.end <= max(m.start, offset)
        )
    ]
    if credited and all(
        m in credited or _counted_by(text, m, offset, lexicon) or _listed_after(text, m, offset)
        for m in governing
    ):
        # "... pledged about $9 billion on Friday, according to the Inter-American Development
        # Bank", "According to the IMD, the airport station recorded 345 mm": so does a cue
        # crediting the whole sentence
        governing = credited
    # an uncued name right after a verb is its object, never a speaker ("the quick count ... gave
    # Sheinbaum between 58.3% and 60.7%")
    named = [m for m in named if m.cued or _gapped(text, m.start, lexicon)] or named
    # "... pledged 215,450 doses, and Bavarian Nordic ... says": a name after "and" opens a clause
    # of its own, and does not speak for a figure before it
    named = [
        m for m in named if m.start < offset or not _joined_on(text, m.start, lexicon)
    ] or named
    return min(
        governing or named,
        key=lambda m: (
            _clauses_between(text, m, offset, breaks),
            # "the returning officer declared ... 44.2% of the vote, a result that Labour officials
            # said they would contest": a speaker in a relative clause after the figure comes last
            _in_relative_after(text, m, offset, lexicon),
            not m.cued,
            min(abs(m.start - offset), abs(m.end - offset)),
        ),
    )


def _listed_after(text: str, m: Mention, offset: int) -> bool:
    """'About 25,000 people left, the provincial government has said: some 5,000 residents,
    according to the municipality, ...': is the figure at `offset` an item of a list a colon
    opens after the speaker (whose items a closing tag may credit to another)?"""
    return m.end <= offset and _LIST_COLON.search(text, m.end, offset) is not None


_LIST_COLON = regex_cache.compile(r":\s")  # not a clock's "4:30"


def _outside_owned_phrases(governing: list[Mention], text: str, lexicon: Lexicon) -> list:
    """'Kantar CZ's September model for Czech Television had it on 24.5 percent': a name inside
    an owner's phrase, between its estimate noun and the link to its figure, is whom the thing
    was made for, not a speaker of that figure."""
    phrases = [
        (m.end, owned.end())
        for m in governing
        if (owned := estimate_of(lexicon).match(text, m.end)) is not None
    ]
    return [m for m in governing if not any(start <= m.start < end for start, end in phrases)]


def _compared_right_before(text: str, offset: int, start: int, lexicon: Lexicon) -> bool:
    """Do words of comparison stand right before the name at `start`, after the figure at
    `offset` ("25,000, half Bersih's figure", "40.91%, close to the exit poll's estimate")?"""
    reach = lexicon.limits.cue_look_back_chars
    compared = _patterns(lexicon)["compared_with"]
    return offset < start and bool(compared.search(text, max(offset, start - reach), start))


def _closing_tag(text: str, m: Mention, offset: int, lexicon: Lexicon) -> bool:
    """Is the name, after the figure at `offset`, set off by a comma before it and followed by a
    speech verb that ends the sentence or its clause within `tag_tail_words` words (", the Home
    Office said.", ", the Home Office said in October last year,"), or an owner's count so set
    off after a word of `count_tag_leads` (", by Parks Canada's count.")?"""
    cue = lexicon.attribution.after_source.pattern
    if m.start < offset or cue is None:
        return False
    verb = cue.match(text, _SPACES.match(text, m.end).end())
    if verb is None:
        return False
    set_off = _before_name(text[: m.start], lexicon).endswith(",")
    if not set_off:  # ", by Parks Canada's count."
        owned = estimate_of(lexicon).match(text, m.end) is not None
        set_off = owned and _a_count_tag(text, m, lexicon)
    return set_off and _closes_soon(text, verb.end(), lexicon)


def _a_count_tag(text: str, m: Mention, lexicon: Lexicon) -> bool:
    """Is the name set off by a comma, a dash or a bracket and a word of `count_tag_leads`
    before it (", by Parks Canada's count", "(by Parks Canada's count)")?"""
    head = _before_name(text[: m.start], lexicon).rsplit(None, 1)
    if len(head) != 2:
        return False
    before, lead = head
    opened = lead.startswith("(")
    return lower(lead.lstrip("(")) in lexicon.attribution.count_tag_leads.folded and (
        opened or before.endswith((",", "—", "–"))
    )


def _closes_soon(text: str, at: int, lexicon: Lexicon, until: int | None = None) -> bool:
    """Does the clause close (a comma, a semicolon, the sentence's end) within `tag_tail_words`
    words after `at`, looking no further than `until`?"""
    close = _CLAUSE_CLOSE.search(text, at, len(text) if until is None else until)
    return (
        close is not None and len(text[at : close.start()].split()) <= lexicon.limits.tag_tail_words
    )


def _according_tag(text: str, m: Mention, offset: int, lexicon: Lexicon) -> bool:
    """Does a cue before the name ("according to") credit the whole sentence to it: set off by a
    comma after the figure at `offset` and closing its clause within `tag_tail_words` words ("...
    pledged about $9 billion on Friday, according to the Inter-American Development Bank."), or
    opening the sentence, the name then set off by a comma before the figure, with no clause break
    between ("According to the IMD, the airport station recorded 345 mm"; not "..., but Uganda's
    health ministry recorded 40")? Only the `cue_look_back_chars` before the name are read."""
    cue = lexicon.attribution.before_source.pattern
    reach = lexicon.limits.cue_look_back_chars
    since = max(0, m.start - reach)
    head = _before_name(text[since : m.start], lexicon).rstrip()
    led = [c for c in cue.finditer(head) if c.end() == len(head)] if cue else []
    if not led or lower(led[-1].group(0)) in lexicon.attribution.citer.folded:
        return False
    at = since + led[-1].start()  # where the cue starts in the sentence
    if m.start > offset:
        return text[max(0, at - reach) : at].rstrip().endswith(",") and _closes_soon(
            text, m.end, lexicon, m.end + reach
        )
    return (
        (at == 0 or _OPENING.fullmatch(text, 0, at) is not None)
        and text[m.end : offset].lstrip().startswith(",")
        and not _patterns(lexicon)["clause_break"].search(text, m.end, offset)
    )


def _closing_speaker(text: str, named: list[Mention], lexicon: Lexicon) -> Mention | None:
    """'The police recorded 5,175 offences ..., the Home Office said': the speech tag closing the
    sentence after figures the name opening it counted speaks for the sentence (and is whom "its"
    in the next one means)."""
    if len(named) < 2 or not _counted_by(text, named[0], named[1].start, lexicon):
        return None
    return next(
        (
            m
            for m in named[1:]
            if _DIGIT.search(text, named[0].end, m.start)
            and _closing_tag(text, m, named[0].end, lexicon)
        ),
        None,
    )


def _counted_by(text: str, m: Mention, offset: int, lexicon: Lexicon) -> bool:
    """Is the name, before the figure at `offset`, a description no alias writes ("The police"),
    the one a measure verb or a deed verb right after it (or after a word of `before_verb`: "has
    confirmed") says counted or did the figure ("The police recorded 5,175 offences",
    "International donors pledged EUR 1.15 billion")? (A source
    the reference set names, "Mozambique's government recorded 602 deaths, OCHA said", keeps the
    figure it counted: the tag only relays it.)"""
    if m.end > offset or lexicon.alias_index.get(fold(m.text)) is not None:
        return False
    word = _WORD.match(text, m.end)
    if word is not None and lower(word.group(1)) in lexicon.attribution.before_verb.folded:
        word = _WORD.match(text, word.end())  # "Pakistan has confirmed 260 polio cases"
    return word is not None and lower(word.group(1)) in _doing_verbs(lexicon)


@compiled
def _giving_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs whose agent gives the figure they take (saying, measuring, doing, giving
    results): "the more than 100,000 claimed by organisers", not "organised by"."""
    a = lexicon.attribution
    return _doing_verbs(lexicon) | a.after_source.folded | a.result_verbs.folded


@compiled
def _doing_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of measuring and of doing (`_counted_by`), made once per lexicon."""
    a = lexicon.attribution
    return frozenset(a.measure_verbs.folded | a.deed_verbs.folded)


_CLAUSE_CLOSE = regex_cache.compile(r"[,;!?]|\.(?:\s|$)")
_WORD = regex_cache.compile(r"\s+(\w+)")


def _segment(
    named: list[Mention], i: int, text: str, figures: list[int], lexicon: Lexicon
) -> tuple[int, int] | None:
    """The stretch of the sentence whose figures mention i speaks for, by how it is cued:
    - "Zelensky's estimate of 4,000": the figure right after it;
    - "according to the NIS": the figures before it back to the previous name, else those after it;
    - "Zelensky said", "the NIS puts … at": the figures after it up to the next name, else those
      before it; set off by a comma after figures ("…, the company said,"), those before it.
    An uncued name speaks for nothing here."""
    m = named[i]
    if not m.cued:
        return None
    previous = named[i - 1].end if i else 0
    # "Bavarian Nordic, the Danish company that makes MVA-BN, says": a name in an aside after it
    # is its description, not the next speaker
    aside = aside_after(lexicon).match(text, m.end)
    following = next(
        (n.start for n in named[i + 1 :] if not aside or n.start >= aside.end()), len(text)
    )
    after = [f for f in figures if m.end <= f < following]
    before = [f for f in figures if previous <= f < m.start]
    owned = estimate_of(lexicon).match(text, m.end)
    if owned and before and _a_count_tag(text, m, lexicon):
        return (previous, m.start)  # "..., and roughly 20,000 visitors, by Parks Canada's count"
    if owned:
        # "Kantar CZ's September model for Czech Television had it on 24.5 percent": a name in
        # the phrase between the owner's noun and its link is not the next speaker
        stop = next((n.start for n in named[i + 1 :] if n.start >= owned.end()), len(text))
        its = [f for f in figures if m.end <= f < stop]
        return (its[0], its[0] + 1) if its else None
    head = text[max(0, m.start - lexicon.limits.lead_cue_chars) : m.start]
    cue = lexicon.attribution.before_source.pattern
    led = bool(
        cue
        and any(
            len(head[c.end() :].split()) <= lexicon.limits.cue_words for c in cue.finditer(head)
        )
    )
    if led:
        return (previous, m.start) if before else (m.end, following)
    if before and _set_off(text, m, lexicon):
        # "Revenue was $13.3 billion, the company said, ahead of the $13.02 billion analysts had
        # expected, according to LSEG": a speaker set off after its figures speaks for those
        return (previous, m.start)
    if after:
        return (m.end, following)
    # "…$8,604, and StubHub said prices had risen": a name after "and" (or a semicolon: "Amazon
    # books $1.8 billion severance charge; Jassy says ...") opens a clause of its own; it does not
    # close the one before ("…$8,604, StubHub said")
    head = text[max(0, m.start - lexicon.limits.cue_look_back_chars) : m.start]
    opens_its_own = _joined_on(text, m.start, lexicon) or _before_name(head, lexicon).endswith(";")
    return None if opens_its_own else (previous, m.start)


def _set_off(text: str, m: Mention, lexicon: Lexicon) -> bool:
    """Is the name set off by commas with its verb, after its figures (", the company said,"): a
    comma right before it (but for a determiner), and one right after its verb?"""
    head = _before_name(text[: m.start], lexicon)
    cue = lexicon.attribution.after_source.pattern
    verb = cue.match(text, _SPACES.match(text, m.end).end()) if cue else None
    return head.endswith(",") and verb is not None and text[verb.end() :].lstrip().startswith(",")


def _before_name(head: str, lexicon: Lexicon) -> str:
    """The text before a name, without a determiner right before it ("…, the company": "…,")."""
    head = head.rstrip()
    words = head.split()
    if words and lower(words[-1]) in lexicon.attribution.determiners.folded:
        head = head[: len(head) - len(words[-1])].rstrip()
    return head


_SPACES = regex_cache.compile(r"\s*")
_NOT_A_YEAR = regex_cache.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d")  # not "since 2009"
_DIGIT = regex_cache.compile(r"\d")


def _joined_on(text: str, start: int, lexicon: Lexicon, contrasts: bool = False) -> bool:
    """Does a conjunction ('and') come right before the name at `start` (but for a determiner)?
    With `contrasts`, a contrast ('while') too: "it said 62 percent had power back, while
    PowerOutage.us counted 560,000"."""
    head = text[max(0, start - lexicon.limits.cue_look_back_chars) : start]
    words = _before_name(head, lexicon).split()
    joins = lexicon.text.conjunctions.folded
    if contrasts:
        joins = joins | lexicon.text.contrasts.folded
    return bool(words) and lower(words[-1]) in joins


def _in_segment(offset: int, segment: tuple[int, int] | None) -> bool:
    return segment is not None and segment[0] <= offset < segment[1]


def _clauses_between(text: str, mention: Mention, offset: int, breaks: re.Pattern) -> int:
    """How many clause breaks (';', a spaced dash, ', while') separate a mention from a figure."""
    low, high = (mention.end, offset) if mention.end <= offset else (offset, mention.start)
    low, high = min(low, high), max(low, high)
    return len(breaks.findall(text, low, high))


def restated(claims: list[Claim], text: str, lexicon: Lexicon) -> list[Claim]:
    """'Barcelona say he scored 105 goals ... According to La Liga, 68 of those 105 goals came in
    the league': the whole of a part right before it, right after one of `restating_determiners`,
    of the value and unit (and metric, when both have one) of a figure before it in the draft,
    restates that figure: it is that figure's source's, not the one its sentence credits with the
    part. (Not a figure a speaker takes up itself: "The government confirmed those three
    deaths".)"""
    lead = lexicon.text.restating_determiners.pattern
    if lead is None:
        return claims
    reach = lexicon.limits.cue_reach_chars
    last_of_value: dict[tuple, Claim] = {}
    out: list[Claim] = []
    for claim in claims:
        key = (claim.low, claim.high, claim.unit)
        earlier = last_of_value.get(key)
        if (
            earlier is not None
            and out
            and out[-1].whole == claim.start
            and earlier.source is not None
            and claim.source != earlier.source
            and claim.hedge == earlier.hedge
            and (claim.metric is None or earlier.metric in (None, claim.metric))
            and _led_by(lead, text, claim.start, reach)
        ):
            claim = replace(
                claim,
                source=earlier.source,
                source_text=earlier.source_text,
                cited_by=earlier.cited_by,
                source_how=CARRIED,
            )
        out.append(claim)
        last_of_value[key] = claim
    return out


def _led_by(lead: re.Pattern, text: str, start: int, reach: int) -> bool:
    """Does `lead` end right before `start` (spaces between), within `reach` characters?"""
    since = max(0, start - reach)
    ends = since + len(text[since:start].rstrip())
    return any(m.end() == ends for m in lead.finditer(text, since, start))
