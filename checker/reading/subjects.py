"""Of whom a figure is: the subject cue nearest the figure in its sentence (topic packs'
`subjects:`). An owner ("Boeing's offer of a 30% raise") gives way to any other cue of a subject
the reference set has figures of for the figure's metric (the machinists, further on)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, lower, words
from checker.reading.sentences import CAPITALS

_OWNER = regex_cache.compile(r"['’]s\b")

_DIGIT = regex_cache.compile(r"\d")


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    joiners = words(lexicon.text.list_joiners)
    det = rf"(?:(?:{words(lexicon.text.list_determiners) or '(?!x)x'})\s+)?"
    return {
        "mixed_lead": regex_cache.compile(
            rf"\b[{CAPITALS}][\w-]*(?:\s+[{CAPITALS}][\w-]*)*\s+(?:{joiners})\s+$"
        ),
        "joiner": regex_cache.compile(rf"[,;]|\b(?:{joiners})\b", re.IGNORECASE),
        # ", New Mexico, Ohio and": names listed between two cues, the last before a joiner
        "list_gap": regex_cache.compile(rf"(?:,\s*{_NAME})*,?\s*(?:{_NAME}\s+)?(?:{joiners})"),
        # "Mubende, Kampala and Fort Portal": after two cues with a comma between, the list goes on
        # to a joiner and a name
        "list_tail": regex_cache.compile(
            rf"(?:,\s*{det}{_NAME})*,?\s*(?:{joiners})\s+{det}{_NAME}"
        ),
        # "the A, the B": a determiner before the next name of a list
        "determiner_end": regex_cache.compile(
            rf"\s(?:{words(lexicon.text.list_determiners) or '(?!x)x'})$", re.IGNORECASE
        ),
        # ", and warned that": a clause of its own, saying something new
        "and_then": regex_cache.compile(
            rf",\s+(?:{words(lexicon.text.conjunctions)})\s", re.IGNORECASE
        ),
        # "Suzu, at the tip of the peninsula, accounted for": an aside after a cue, opening with a
        # small word and holding no figure, describes what the cue names
        # ...a longer one when a relative word opens it ("In Canada, where the disease was carried
        # to Toronto by a woman returning from a visit to Hong Kong, Health Canada counted")
        # ...or with an owner's name ("Arce, Morales' former economy minister, won")
        "aside": regex_cache.compile(
            rf"\s*,\s*(?P<aside>(?:(?-i:[a-z])|[{CAPITALS}][\w.-]*['’]s?\s)"
            rf"[^,;:()\d]{{0,{lexicon.limits.aside_chars}}}"
            rf"|(?:{words(lexicon.text.aside_relatives)})\s[^,;:()\d]"
            rf"{{0,{lexicon.limits.relative_aside_chars}}}),"
        ),
        # "The government's toll stands at 65 dead": a subject link right before a figure (a hedge
        # or two between) is a verb, though a cue may be spelt the same ("stands", of a crowd)
        # (as written, in lower case: "IS lost 300 fighters" names the group)
        "link_verb": regex_cache.compile(
            rf"(?:{alternation(lexicon.text.subject_links) or '(?!x)x'})"
            r"\s+(?:[^\W\d]+\s+){0,2}\d"
        ),
        "past_endings": tuple(lexicon.text.past_endings.folded),
        # "the three Bay Area cities named in the filings - Mountain View, Palo Alto and San
        # Bruno, the home of YouTube - ": an aside between dashes, holding no figure
        "dashed": regex_cache.compile(
            rf"\s[-–—]\s(?P<aside>[^-–—\d]{{1,{2 * lexicon.limits.aside_chars}}}?)\s[-–—]\s"
        ),
    }


_NAME = rf"[{CAPITALS}][\w'’.-]*(?:[ ][{CAPITALS}][\w'’.-]*){{0,3}}"


_OWNED = regex_cache.compile(r"['’]s$")


class Cue(NamedTuple):
    start: int
    end: int
    subject: str
    owner: bool  # "Boeing's": the owner of what follows
    described: int = -1  # the end of an aside right after it that describes it, if any


def cues(text: str, lexicon: Lexicon) -> list[Cue]:
    """Every subject cue in a sentence, found once for all its figures; a longer cue hides a
    shorter one inside it ("Ford workers" hides "workers")."""
    found = [
        Cue(
            m.start(),
            m.end(),
            subject,
            bool(_OWNER.match(text, m.end()) or _OWNED.search(m.group())),
        )
        for subject, pattern in lexicon.subject_patterns.items()
        for m in pattern.finditer(text)
    ]
    link_verb = _patterns(lexicon)["link_verb"]
    kept = [
        c
        for c in found
        if not any(
            d.start <= c.start and c.end <= d.end and d.end - d.start > c.end - c.start
            for d in found
        )
        and not link_verb.match(text, c.start)
    ]
    aside = _patterns(lexicon)["aside"]
    asides = {
        c: m
        for c in kept
        if (m := aside.match(text, c.end)) is not None
        and (m.group("aside")[:1].islower() or _opens_its_clause(text, c.start, lexicon))
    }
    kept = [  # a cue inside another's aside is part of the description ("the peninsula")
        c._replace(described=asides[c].end()) if c in asides else c
        for c in kept
        if not any(
            d.subject != c.subject and m.start("aside") <= c.start and c.end <= m.end("aside")
            for d, m in asides.items()
        )
    ]
    return _outside_dashes(text, kept, lexicon)


_CLAUSE_OPENING = regex_cache.compile(r"[,;:(—–]")


def _opens_its_clause(text: str, start: int, lexicon: Lexicon) -> bool:
    """Does the cue at `start` open its clause, a determiner at most before it ("Arce, Morales'
    former economy minister, won": an aside describes it; not "Unlike Morales, Arce's campaign
    avoided a runoff", where the owner opens a clause of its own)?"""
    head = text[:start]
    marks = list(_CLAUSE_OPENING.finditer(head))
    lead = head[marks[-1].end() :] if marks else head
    determiners = lexicon.attribution.determiners.folded
    return all(lower(w) in determiners for w in lead.split())


def _outside_dashes(text: str, found: list[Cue], lexicon: Lexicon) -> list[Cue]:
    """Without the cues inside an aside between dashes that describes a cue of another subject
    before it ("the three Bay Area cities - Mountain View, Palo Alto and San Bruno - ")."""
    spans = [m.span("aside") for m in _patterns(lexicon)["dashed"].finditer(text)]
    if not spans:
        return found

    def inside(c: Cue) -> tuple[int, int] | None:
        return next(((s, e) for s, e in spans if s <= c.start and c.end <= e), None)

    return [
        c
        for c in found
        if (span := inside(c)) is None
        or not any(d.subject != c.subject and d.end <= span[0] and not inside(d) for d in found)
    ]


def _led_from(text: str, after: int, cue: int, lexicon: Lexicon) -> bool:
    """Does a subject lead ("for") open the words between a figure ending at offset `after` and a
    cue starting at offset `cue`, `subject_lead_words` words on at most ("10.12% for his main
    challenger, Sviatlana Tsikhanouskaya"): the cue is that figure's?"""
    lead, limits = lexicon.text.subject_leads.pattern, lexicon.limits
    if lead is None or cue - after > limits.cue_reach_chars:
        return False
    between = text[after:cue]
    return (
        lead.match(between.lstrip()) is not None
        and len(between.split()) <= limits.subject_lead_words
        and not _SENTENCE_MARK.search(between)
    )


_SENTENCE_MARK = regex_cache.compile(r"[;:.!?]")


def own_cues(
    text: str,
    found: list[Cue],
    end: int,
    following: int | None,
    lexicon: Lexicon,
    start: int | None = None,
    previous: int | None = None,
    spans: tuple[tuple[int, int], ...] = (),
):
    """The cues that may name the figure at `start`..`end`: not one past a joiner and before the
    next figure (at `following`), which names that one ("put the national turnout at 3.5 million
    and the Paris crowd at 800,000"), nor one after "of them" and the like, which names a part of
    it ("48 cases, most of them in Gaines County"), nor, when the figure has a cue of its own
    after it, one after the figure before (ending at `previous`) and then a joiner ("23.7% for
    the Conservatives and 14.3% for Reform"); with the sentence's figure `spans`, nor one past a
    later figure and a joiner that another figure follows ("accounted for 1,684 of the 2,946 deaths
    and Taroudant for 980")."""
    joiner = _patterns(lexicon)["joiner"]

    def names_next(c: Cue) -> bool:
        if following is None or c.start < end:
            return False
        if c.end <= following:
            return any(
                not _modifiers_joined(text, end, j, lexicon)
                for j in joiner.finditer(text, end, c.start)
            )
        passed = [e for s, e in spans if end <= s and e <= c.start]
        if passed and _led_from(text, max(passed), c.start, lexicon):
            return True  # "80.10% against 10.12% for his main challenger, Tsikhanouskaya"
        return bool(
            passed
            and (
                any(s >= c.end for s, _ in spans)
                and joiner.search(text, max(passed), c.start)
                # "1,604 dead there and 976 in the neighbouring province of Taroudant": past the
                # next figure, joined on to this one, within its clause
                or (
                    len(passed) == 1
                    and joiner.search(text, end, following)
                    and not CLAUSE_MARK.search(text, following, c.start)
                )
            )
        )

    def names_previous(c: Cue) -> bool:
        return (
            start is not None
            and previous is not None
            and previous <= c.start
            and c.end <= start
            and bool(joiner.search(text, c.end, start))
        )

    def beyond_next(c: Cue) -> bool:  # "… 9.5 million …, above the 8.3 million set at Atlanta"
        return (
            following is not None
            and c.start >= following
            and bool(CLAUSE_MARK.search(text, end, following))
        )

    part = lexicon.text.part_of.before.pattern

    def names_a_part(c: Cue) -> bool:
        """'48 cases on Feb. 11, most of them in Gaines County' (not '414 of them in Gaines
        County': that figure is the part)."""
        found = part.search(text, end, c.start) if part is not None and end <= c.start else None
        if found is None or not text[end : found.start()].strip():
            return False
        whole = lexicon.text.part_of.all.pattern  # "all of them", "every one of them"
        return whole is None or not any(
            m.end() == len(text[: found.start()].rstrip())
            for m in whole.finditer(text, end, found.start())
        )

    figure = _Figure(
        text, start, end, following, spans, lexicon, counts_the_rest(text, end, lexicon)
    )
    own = [
        c
        for c in found
        if not names_next(c)
        and not beyond_next(c)
        and not names_a_part(c)
        and not any(elsewhere(c, figure) for elsewhere in _NAMES_ELSEWHERE)
    ]
    # the figure before's cue gives way only to a cue of the figure's own, right after it
    # ("... and 14.3% for Reform UK"), not when it is shared ("46,000 Ukrainian soldiers had been
    # killed and about 380,000 wounded")
    if any(end <= c.start and (following is None or c.start < following) for c in own):
        own = [c for c in own if not names_previous(c)]
    return own


def _modifiers_joined(text: str, end: int, joiner: re.Match, lexicon: Lexicon) -> bool:
    """Is the joiner 'and' between the figure (ending at `end`) and its noun, joining two
    modifiers of it, each hyphenated or a participle ("18,734 company-operated and licensed stores
    in the U.S. and Canada"), not joining a figure or a clause on ("300 people were arrested and
    riot police in Lyon detained 200")?"""
    if joiner.group(0) in ",;":
        return False
    before = _ONE_WORD.fullmatch(text, end, joiner.start())
    after = _MODIFIER_AFTER.match(text, joiner.end())
    return (
        before is not None
        and after is not None
        and all(_a_modifier(m.group(1), lexicon) for m in (before, after))
    )


def _a_modifier(word: str, lexicon: Lexicon) -> bool:
    """A lowercase word that modifies a noun: hyphenated ("company-operated") or a participle
    (the language pack's `past_endings`: "licensed")."""
    return word.islower() and ("-" in word or word.endswith(_patterns(lexicon)["past_endings"]))


_ONE_WORD = regex_cache.compile(r"\s*(\S+)\s*")  # the one word between a figure and its "and"
_MODIFIER_AFTER = regex_cache.compile(r"\s+([a-z][\w-]*)\s+[a-z]")


@dataclass(frozen=True)
class _Figure:
    """A figure in its sentence, for the tests of whether a cue is another's (`own_cues`)."""

    text: str
    start: int | None
    end: int
    following: int | None  # where the next figure starts
    spans: tuple[tuple[int, int], ...]  # the sentence's figures
    lexicon: Lexicon
    rest: bool = False  # it counts those not named before it (`counts_the_rest`)


def _in_circumstances(c: Cue, f: _Figure) -> bool:
    """'513,000 people lost power when the storm hit': a cue after the figure, past "when",
    "after" and the like, names the circumstances."""
    circumstance = f.lexicon.text.circumstance_openers.pattern
    return (
        circumstance is not None
        and f.end <= c.start
        and bool(circumstance.search(f.text, f.end, c.start))
    )


def _names_an_included_part(c: Cue, f: _Figure) -> bool:
    """'a toll of 127, including two officers, before ... revised it to 125': the cue names the
    part the including cue leads to, not a figure after it."""
    including = f.lexicon.text.part_of.including.pattern
    if including is None or f.start is None or c.end > f.start:
        return False
    # the cue must end a few words before the cue: look no further back than `cue_reach_chars`
    # (else every cue of a long sentence would scan the sentence from its start)
    since = max(0, c.start - f.lexicon.limits.cue_reach_chars)
    led = [m for m in including.finditer(f.text, since, c.start) if m.end() <= c.start]
    return (
        bool(led)
        and any(led[-1].end() <= s and e <= c.start and s < f.start for s, e in f.spans)
        and len(f.text[led[-1].end() : c.start].split()) <= f.lexicon.limits.cue_words + 1
    )


def _past_an_including_cue(c: Cue, f: _Figure) -> bool:
    """'265 people had been killed, including people on the ground': a cue after the figure past
    ', including' with no figure between names those included, a part, not whom it counts."""
    including = f.lexicon.text.part_of.including.pattern
    if including is None or f.end > c.start:
        return False
    led = including.search(f.text, f.end, c.start)
    return (
        led is not None
        and "," in f.text[f.end : led.start()]
        and not _DIGIT.search(f.text, led.end(), c.start)
    )


def _said_anew(c: Cue, f: _Figure) -> bool:
    """'29 deaths, and warned that health workers were being hit hard': past ', and' and a speech
    verb after the figure, a new statement, not what the figure counts; so too a cue before ',
    and' and a speech verb that the figure follows ('found near Lefkimi, between Alexandroupolis
    and Dadia, and the service now gives the toll as 21')."""
    a, and_then = f.lexicon.attribution, _patterns(f.lexicon)["and_then"]
    said = a.after_source.pattern
    if f.end <= c.start:
        joined = and_then.search(f.text, f.end, c.start)
        return bool(joined and said is not None and said.search(f.text, joined.end(), c.start))
    if f.start is None or c.end > f.start:
        return False
    found = list(and_then.finditer(f.text, c.end, f.start))
    return bool(found) and any(
        cue is not None and cue.search(f.text, found[-1].end(), f.start)
        for cue in (said, a.after_source_near.pattern)
    )


def _owns_next(c: Cue, f: _Figure) -> bool:
    """'Massa topped the field with 36.68% to Milei's 29.98%': an owner right before the next
    figure owns that one."""
    return (
        c.owner
        and f.following is not None
        and f.end <= c.start
        and c.end <= f.following
        and len(f.text[c.end : f.following].split()) <= 1
    )


# Ways a cue near a figure names something else: a part, the circumstances, a new statement, the
# next figure's owner.
def counts_the_rest(text: str, end: int, lexicon: Lexicon) -> bool:
    """'122,000 of them in the United States and 99,000 elsewhere': does "elsewhere" or the like
    (the language pack's `elsewhere_words`) follow the figure ending at `end`? Then it counts
    those not named before it."""
    elsewhere = lexicon.text.elsewhere_words.pattern
    return elsewhere is not None and bool(elsewhere.match(text, _SPACES.match(text, end).end()))


def _before_elsewhere(c: Cue, f: _Figure) -> bool:
    """A cue before a figure that counts the rest (`counts_the_rest`) names others."""
    return f.rest and f.start is not None and c.end <= f.start


_SPACES = regex_cache.compile(r"\s*")


def _the_other_sides(c: Cue, f: _Figure) -> bool:
    """'gave Erdogan 49.02% against 45.2% for his rival': a cue before the figure before, when
    only a word of opposition or tally ("against", "to") stands between the two figures, names
    that one, the other side ("from 45.2% to 49.02%" is one side's change)."""
    if f.start is None or c.end > f.start:
        return False
    before = [span for span in f.spans if span[1] <= f.start]
    if not before or c.end > before[-1][0]:
        return False
    between = " ".join(f.text[before[-1][1] : f.start].split()).lower()
    words = f.lexicon.text.opposition_words.folded | f.lexicon.text.tally_joiners.folded
    # not a range or a change: "moved Erdogan from 45.2% to 49.02%"
    opened = f.text[: before[-1][0]].split()[-1:]
    return between in words and not (opened and opened[0].lower() in f.lexicon.numbers.range_pairs)


_NAMES_ELSEWHERE = (
    _the_other_sides,
    _before_elsewhere,
    _in_circumstances,
    _names_an_included_part,
    _past_an_including_cue,
    _said_anew,
    _owns_next,
)


CLAUSE_MARK = regex_cache.compile(r"[,;:—–()]")  # a clause mark between a cue and a figure


def _crosses(cue: Cue, start: int, end: int, text: str | None) -> bool:
    """Does a clause mark stand between the cue and the figure at start..end?"""
    # past the aside that describes a cue before the figure: its commas are no clause mark
    low, high = (end, cue.start) if cue.start >= end else (max(cue.end, cue.described), start)
    return text is not None and bool(CLAUSE_MARK.search(text, low, max(low, high)))


def nearest(
    found: list[Cue],
    start: int,
    end: int,
    preferred=frozenset(),
    text: str | None = None,
    lexicon: Lexicon | None = None,
) -> str | None:
    """The subject whose cue is nearest the figure at start..end (on a tie, the first). Given the
    sentence's `text`, a cue past a clause mark loses to one in the figure's own stretch ("Spain's
    institute has put the country's toll at 11,324, making it the second worst-affected country
    in Europe"); an owner's cue loses to a cue of a
    `preferred` subject (one the reference set has figures of for the figure's metric), and so,
    on the same side of a clause mark, does any other, however near ("The Treasury will own 72.5
    percent of the new GM": the reference set has stakes of the Treasury, none of GM). Given the
    `lexicon`, an owner right after the figure and "of the" owns the whole the figure is a part of,
    and loses to a cue after it in the figure's clause, which names the part's own ("206 of the
    coalition's seats belong to the SPD"; not "80% of Acapulco's hotels had been damaged; ...
    and the state"). A cue after the figure that a comparison leads names what the figure is
    compared with, not its subject ("gives him 43%, well ahead of Torres"), and one inside an
    aside ", with" opens tells a circumstance of it (`_compared_with`); one right after the figure
    and "by" names who did what it counts, and gives way to any other ("12 protesters were shot
    dead by soldiers at Lekki": `_the_agent`; "the 23 seats taken by Venstre" are still
    Venstre's)."""
    if text is not None and lexicon is not None:
        found = [c for c in found if not _compared_with(c, end, text, lexicon)]
        agents = {id(c) for c in found if _the_agent(c, end, text, lexicon)}
    else:
        agents = set()
    has_preferred = any(c.subject in preferred for c in found)

    def rank(cue: Cue):
        demoted = cue.owner and (
            (has_preferred and cue.subject not in preferred)
            or (
                lexicon is not None
                and _owns_the_whole(text, end, cue, lexicon)
                and any(_names_the_part(c, cue, start, end, text, lexicon) for c in found)
            )
        )
        # a cue inside the figure is its own: the recipient of a rate ("$300 per child")
        inside = start <= cue.start and cue.end <= end
        distance = 0 if inside else min(abs(cue.start - end), abs(cue.end - start))
        # a subject with no figures of this metric, when the sentence names one with some (also
        # on a tie: a cue two subjects list, "hospitals")
        unknown = has_preferred and cue.subject not in preferred
        # who did what the figure counts ("shot dead by soldiers") gives way to any other cue
        return (demoted or id(cue) in agents, _crosses(cue, start, end, text), unknown, distance)

    return min(found, key=rank).subject if found else None


def _owns_the_whole(text: str | None, end: int, cue: Cue, lexicon: Lexicon) -> bool:
    """Is the cue an owner right after the figure ending at `end` and one of the words that join
    a part to its whole ("206 of the coalition's seats")?"""
    if text is None or cue.start < end:
        return False
    between = " ".join(text[end : cue.start].split()).lower()
    return between in lexicon.text.part_of.adjacent.folded


def _names_the_part(
    cue: Cue, owner: Cue, start: int, end: int, text: str | None, lexicon: Lexicon
) -> bool:
    """Is the cue, after the owner of the whole, a few words on (`owner_part_words`) in the
    figure's clause, the part's own ("206 of the coalition's seats belong to the SPD"; not "700
    of Minneapolis's buildings were damaged in unrest that spread across the nation")?"""
    return (
        text is not None
        and cue.start >= owner.end
        and not _crosses(cue, start, end, text)
        and len(text[_after_owner(text, owner) : cue.start].split())
        <= lexicon.limits.owner_part_words
    )


def _after_owner(text: str, owner: Cue) -> int:
    """Where the owner's cue ends past its "'s" ("the coalition's")."""
    owned = _OWNER.match(text, owner.end)
    return owned.end() if owned else owner.end


def among(found: list[Cue], start: int, end: int, subject: str, text: str) -> bool:
    """Is the subject read from one of the names of two or more subjects standing before the
    figure at start..end in its clause ("The conservative alliance Meloni leads with Matteo
    Salvini's League and Silvio Berlusconi's Forza Italia took 43.8 percent": the nearest is not
    sure to be the one whose figure it is)?"""
    before = {c.subject for c in found if c.end <= start and not _crosses(c, start, end, text)}
    return subject in before and len(before) > 1


def _compared_with(cue: Cue, end: int, text: str, lexicon: Lexicon) -> bool:
    """Is the cue after the figure ending at `end`, right after a comparison lead (the language
    pack's `text.compared_subject_leads`: "ahead of", "behind", "against") and a determiner at
    most, or inside an aside a comma and one of `text.aside_subject_leads` open (", with the
    Analamanga region around the capital by far the worst affected"), in the figure's sentence?"""
    if cue.start < end:
        return False
    start = max(end, cue.start - 2 * lexicon.limits.cue_reach_chars)  # bounded work per cue
    return _compared_lead(lexicon).search(text, start, cue.start) is not None


def _the_agent(cue: Cue, end: int, text: str, lexicon: Lexicon) -> bool:
    """Is the cue after the figure ending at `end`, right after an agent's lead (the language
    pack's `text.agent_leads`, "by") and a determiner at most, that no source's lead holds ("12
    protesters were shot dead by soldiers": the soldiers did it; not "reported by Texas") nor an
    owner's verb comes right before (`text.owners_verbs`: "the record set by Atlanta")?"""
    if cue.start < end:
        return False
    start = max(end, cue.start - lexicon.limits.cue_reach_chars)  # bounded work per cue
    lead = _agent_lead(lexicon).search(text, start, cue.start)
    if lead is None or (lead["verb"] and lower(lead["verb"]) in lexicon.text.owners_verbs.folded):
        return False
    source_lead = lexicon.attribution.before_source.pattern
    return not (
        source_lead is not None
        and any(m.end() == lead.end("by") for m in source_lead.finditer(text, start, lead.end()))
    )


@compiled
def _agent_lead(lexicon: Lexicon) -> re.Pattern:
    leads = alternation(lexicon.text.agent_leads) or "(?!x)x"
    determiners = alternation(lexicon.attribution.determiners) or "(?!x)x"
    return regex_cache.compile(
        rf"(?:\b(?P<verb>[^\W\d_]+)\s+)?\b(?P<by>{leads})\s+(?:(?:{determiners})\s+)?$",
        re.IGNORECASE,
    )


@compiled
def _compared_lead(lexicon: Lexicon) -> re.Pattern:
    t = lexicon.text
    compared = alternation(t.compared_subject_leads) or "(?!x)x"
    aside = alternation(t.aside_subject_leads) or "(?!x)x"
    determiners = alternation(lexicon.attribution.determiners) or "(?!x)x"
    return regex_cache.compile(
        rf"(?:\b(?:{compared})\s+(?:(?:{determiners})\s+)?|,\s*(?:{aside})\s[^,;:()]*)$",
        re.IGNORECASE,
    )


def only_across(found: list[Cue], start: int, end: int, subject: str, text: str) -> bool:
    """Is every cue of `subject` past a clause mark from the figure at start..end ("Máynez on
    10.41%, with turnout of 60.92%": Máynez is not the 60.92%'s)?"""
    return all(_crosses(c, start, end, text) for c in found if c.subject == subject)


def acts(found: list[Cue], start: int, subject: str, text: str, lexicon: Lexicon) -> bool:
    """Is every cue of `subject` the doer of a verb the figure at `start` is the object of, a few
    words on ("police had shut about 400 polling stations", "the army destroyed 30 villages"):
    what it did, not whose the figure is?"""
    mine = [c for c in found if c.subject == subject]
    return bool(mine) and all(_acts_on(c, start, text, lexicon) for c in mine)


def _acts_on(cue: Cue, start: int, text: str, lexicon: Lexicon) -> bool:
    if cue.end > start:
        return False
    said = text[cue.end : start].split()
    t = lexicon.time
    verbs = t.past_auxiliaries.folded | t.future_auxiliaries.folded
    endings = tuple(lexicon.text.past_endings)
    return (
        0 < len(said) <= lexicon.limits.cue_words + 1
        and all(w.isalpha() and w.islower() for w in said)
        and any(w in verbs or w.endswith(endings) for w in said)
    )


def mixed(text: str, found: list[Cue], end: int, lexicon: Lexicon) -> bool:
    """'hundreds of Russian and North Korean servicemen', '300 US and South Korean troops': the
    first subject cue after the figure follows another people's name and 'and', or two cues of
    different subjects are joined by 'and' (a mix of both, of neither alone)."""
    after = sorted((c for c in found if c.start >= end), key=lambda c: c.start)
    near = lexicon.limits.subject_mix_chars
    if not after or after[0].start - end > near:
        return False
    joiners = lexicon.text.list_joiners.folded
    lead = _patterns(lexicon)["mixed_lead"].search(text, end, after[0].start)
    if lead is not None:  # "Russian and North Korean servicemen": another people's name first
        return True
    if len(after) < 2 or after[0].subject == after[1].subject:
        return False
    return text[after[0].end : after[1].start].strip().lower() in joiners


def listed(found: list[Cue], subject: str, text: str, lexicon: Lexicon) -> bool:
    """'in Arizona, New Mexico, Ohio and Oregon', 'in Mubende, Kampala and Fort Portal': is a cue
    of `subject` one of a list that names another subject too (names, commas, a joiner, within
    `subject_list_chars`)? The figure is then about the places listed together, not the first
    alone."""
    ordered = sorted(found, key=lambda c: c.start)
    reach, gap_pattern = lexicon.limits.subject_list_chars, _patterns(lexicon)["list_gap"]
    for a, b in zip(ordered, ordered[1:], strict=False):
        if subject not in (a.subject, b.subject) or a.subject == b.subject:
            continue
        gap = text[a.end : b.start].strip()
        gap = _patterns(lexicon)["determiner_end"].sub("", f" {gap}").strip()
        joined = gap.lower() in lexicon.text.list_joiners.folded
        listing = gap == "," and _patterns(lexicon)["list_tail"].match(text, b.end)
        if len(gap) <= reach and (joined or listing or gap_pattern.fullmatch(gap)):
            return True
    return False


def names_an_event(found: list[Cue], subject: str | None, text: str, lexicon: Lexicon) -> bool:
    """Is every cue of `subject` an event noun (time.yaml's `event_nouns`: "the earthquake", "the
    floods")? A figure the reference set has none of for that subject counts what the event did,
    not the event."""
    mine = [c for c in found if c.subject == subject]
    events = lexicon.time.event_nouns.folded
    return bool(mine) and all(lower(text[c.start : c.end].split()[-1]) in events for c in mine)
