"""Speakers named beside an attribution cue, whether or not the reference set knows them: "the mayor
said", "according to a US official", "..., the ministry said", "Tarek al-Kharraz, a spokesman for
the Interior Ministry, said", "Park cited Cho as saying".

`find(text, lexicon, known, dateline)` returns each as a cued `Mention`: its source is the reference
set's id when one of its aliases stands in the name, else None (a named source the set does not
know), with its kind (a person or a group) for back-references.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import fold, lower, words
from checker.reading import sources
from checker.reading.sentences import CAPITALS, dateline_end, shouting
from checker.reading.sources import Mention

_FIGURE = regex_cache.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*%|\d+\.\d")
_CAPITAL = regex_cache.compile(rf"\b[{CAPITALS}]")
_WORD_AT = regex_cache.compile(r"\S*")
_WORD = regex_cache.compile(r"[\w’'.-]+")
_OWNER = regex_cache.compile(r"['’]s$")
_AGE = regex_cache.compile(r"\s*\d{1,3}")  # "Hawa Abdallah, 34, said"
_NUMBER = regex_cache.compile(r"\b\d[\d,.]*(?![\w-])")
_NAMED_NUMBER = regex_cache.compile(rf"[{CAPITALS}][\w.]*\s+$")  # "Channel 4", "Local 751"
_DIGIT = regex_cache.compile(r"\d")
_CLAUSE_MARK = regex_cache.compile(r"[;:—–()]")
_PLACE_TAIL = regex_cache.compile(
    rf"\s*[{CAPITALS}][\w.]*(?:\s+[{CAPITALS}][\w.]*)?"
)  # ", Michigan", ", New York"
_OWNED_THING = regex_cache.compile(r"['’]s\s+[a-z][\w-]*$")  # "the prefecture's figures"
_LETTERS_WORD = regex_cache.compile(r"[^\W\d_][\w'’-]*")
# "Machinists and Aircraft Workers": a small word between capitalised ones is inside a name
_INSIDE_NAME = regex_cache.compile(rf"[a-z]+\s+[{CAPITALS}]")
_CAPITAL_BEFORE = regex_cache.compile(rf"[{CAPITALS}][\w’'.-]*\s+$")
_WORDS_BEFORE = regex_cache.compile(r"\S+")  # the words before a cue, as written
# an inverted speaker (", said the ministry") starts with a capital or a determiner, not "on
# Wednesday"
_OWNER_BEFORE = regex_cache.compile(r"['’]s\s+$")
_INTO_A_FIGURE = regex_cache.compile(r"\s*\d")  # a name that runs on into a figure
_INVERTED_START = regex_cache.compile(
    rf"(?-i:[{CAPITALS}])|(?:the|a|an|its|his|her|their)\s", re.IGNORECASE
)


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    a = lexicon.attribution
    return {
        "after": [a.after_source.pattern] if a.after_source.pattern else [],
        "before": a.before_source.pattern,
        "cited": regex_cache.compile(
            rf"\b(?:{words(a.cited_as)})\s+(?P<np>[{CAPITALS}][\w’'.-]*(?:\s+[{CAPITALS}][\w’'.-]*){{0,3}})\s+as\b"
        ),
        "clause_start": regex_cache.compile(
            rf"[;:()—–\"“”]|--|,(?!\d)|\b(?:{words(a.clause_starts)})\b", re.IGNORECASE
        ),
        "not_speakers": a.not_speakers.folded,
        # "the more than 50 people the collective reported": a figure and a few words of its noun,
        # then a determiner: a name after a figure starts at its determiner
        "after_figure": regex_cache.compile(
            rf"\d\S*(?:\s+[^\W\d]\S*){{0,3}}?\s+(?=(?:{words(a.determiners)})\s)",
            re.IGNORECASE,
        ),
        "group_possessives": a.possessive_determiners.folded - a.person_pronouns.folded,
        # "the order suggested by the Ipsos exit poll": a participle whose agent, a name, follows,
        # so no speaker stands before it (not "said by late Tuesday", "counted by hand")
        "agent_after": regex_cache.compile(
            rf"\s+(?i:{words(a.participle_agents)})\s+(?:(?i:{words(a.determiners)})\s+)?"
            rf"(?!(?:{words(lexicon.time.named_days)})\b)[{CAPITALS}]"
        )
        if a.participle_agents
        else None,
        "not_speech": a.not_speech.pattern,
        # ", a company that ...,", ", which tracks crowds,": an apposition that is no clause
        # (or a participle and its preposition: "Its prospectus, filed with the SEC on March 14,")
        "apposition_opens": regex_cache.compile(
            rf"\s+(?:(?:{words([*a.indefinite_determiners, *a.relative_subjects])})\s"
            rf"|(?-i:[a-z]+(?:{words(lexicon.text.pronoun_verb_endings)}))"
            rf"\s+(?:{words(lexicon.text.object_leads)})\s)",
            re.IGNORECASE,
        ),
        # "had been confirmed": a cue right after a passive auxiliary is no one's speech
        "passive_before": regex_cache.compile(
            # as written: not "IS said"
            rf"\b(?:{words((*lexicon.text.passive_auxiliaries, *lexicon.text.speech_passives))})"
            # ...with an adverb between ("Two people were still listed as missing")
            rf"\s+(?:(?:{words(lexicon.attribution.before_verb)}|[a-z]+ly)\s+)?$"
        )
        if lexicon.text.passive_auxiliaries
        else None,
        # "A day earlier the ministry had put", "On Monday the agency said": a time opening the
        # clause is not part of the speaker's name
        "time_lead": _time_lead(lexicon),
        "place": regex_cache.compile(
            rf"\b(?:{words(a.place_leads)})\s+[{CAPITALS}][\w.'’-]*(?:\s+[{CAPITALS}][\w.'’-]*){{0,3}}$"
        )
        if a.place_leads
        else None,
        # "121 million": a figure with a scale word is never in a name ("Channel 13" may be)
        "scaled": regex_cache.compile(
            rf"\d\s*(?:{words(lexicon.numbers.scales)})\b", re.IGNORECASE
        ),
        "after_np": regex_cache.compile(
            r"\s*(?P<np>(?:[^,;:()—–\"“”\d]"
            + (
                rf"|\d{{1,3}}-(?:{words(lexicon.text.ages.compounds)})\b"
                if lexicon.text.ages.compounds
                else ""
            )
            + r")+)"
        ),
        "counted": regex_cache.compile(
            rf"\b(?:\d(?:[\d,.]*\d)?|{words(lexicon.numbers.number_words)})\s+$", re.IGNORECASE
        )
        if lexicon.numbers.number_words
        else None,
        "determiners": a.determiners.folded,
        "indefinite": a.indefinite_determiners.folded,
        "possessives": a.possessive_determiners.folded,
        "definite": a.definite_determiners,
        "measure_next": regex_cache.compile(
            rf"\s+(?:{words(lexicon.text.measure_links)})\b", re.IGNORECASE
        )
        if lexicon.text.measure_links
        else None,
        "noun_cues": a.noun_cues.folded,
        "estimate_nouns": a.estimate_nouns.folded,
        "plurals": tuple(a.plural_endings.folded),
        "back": a.back_references.pattern,
        "person": a.person_titles.pattern,
        "past_endings": tuple(lexicon.text.past_endings.folded),
        "group": a.group_nouns.pattern,
        "that": regex_cache.compile(r"\s+(?:that|who|which|on|in|at|by)\s.*$", re.IGNORECASE),
        "relative": regex_cache.compile(rf"\s*(?:{words(a.relative_pronouns)})\b", re.IGNORECASE)
        if a.relative_pronouns
        else None,
        "restrictive": regex_cache.compile(
            rf"\s+(?:{words(a.restrictive_relatives)})\s[^,;:()—–]*$", re.IGNORECASE
        )
        if a.restrictive_relatives
        else None,
        "relative_end": regex_cache.compile(
            rf"\b(?:{words(a.relative_subjects)})\s*$", re.IGNORECASE
        )
        if a.relative_subjects
        else None,
        "before_verb": regex_cache.compile(rf"\b(?:{words(a.before_verb)})$", re.IGNORECASE)
        if a.before_verb
        else None,
        "that_end": regex_cache.compile(r"\s*(?:\bthat\s*)?$"),
        "affiliate": regex_cache.compile(
            rf"(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?i:{words(a.person_titles)})\s+"
            rf"(?P<name>[{CAPITALS}][\w’'-]+(?:\s+[{CAPITALS}][\w’'-]+){{0,2}})"
        )
        if a.person_titles
        else None,
        "gapped": regex_cache.compile(
            rf"\b(?:{words(a.gapping)})\s+(?P<np>(?:(?:{words(a.determiners)})\s+)?"
            rf"[{CAPITALS}][\w’'.-]*(?:\s+[{CAPITALS}][\w’'.-]*){{0,3}})(?:,\s[^,;:()\d]{{1,60}},)?\s+(?=[$€£¥]?\d)"
        )
        if a.gapping
        else None,
        # "the prefecture's figure was 119,000 and the union's 800,000": an owner's bare figure
        "gapped_owner": regex_cache.compile(
            rf"\b(?:{words(a.gapping)})\s+(?P<np>(?:(?:{words(a.determiners)})\s+)?"
            rf"[\w’'.-]+(?:\s+[\w’'.-]+){{0,2}}?)(?:['’]s|(?<=s)['’])\s+"
            rf"(?=[$€£¥]?{sources.bare_figure(lexicon)})",
            re.IGNORECASE,
        )
        if a.gapping
        else None,
    }


_OWNER_END = regex_cache.compile(r"['’]s$")


def kind_of(text: str, lexicon: Lexicon) -> str | None:
    """'the mayor' and 'Marie el-Drese' are people; 'the ministry' and 'Russian media' groups; an
    owner's group is a group, whatever title its owner has ("the Paris prosecutor's office", "the
    County Sheriff's Department")."""
    p = _patterns(lexicon)
    said = text.split()
    if (
        len(said) > 1
        and _OWNER_END.search(said[-2])
        and lower(said[-1]) in lexicon.attribution.group_nouns.folded
    ):
        return "group"
    if p["person"] and p["person"].search(text):
        return "person"
    if p["group"] and p["group"].search(text):
        return "group"
    return None


def _is_time(name: str, lexicon: Lexicon) -> bool:
    """'Tuesday', 'Sept. 3': a time, not a speaker."""
    t = lexicon.time
    first = name.split()[0].rstrip(".,")
    return (
        first in t.weekdays
        or first in t.months
        or first in t.month_abbreviations
        or first in t.weekday_abbreviations
    )


def _names_a_time(word: str, lexicon: Lexicon) -> bool:
    """'Dec.', 'December', 'Tuesday': a time; a short form only with its full stop ("the Sun" is
    a newspaper)."""
    bare = word.rstrip(",")
    t = lexicon.time
    return (
        bare in t.months or bare in t.weekdays or (bare.endswith(".") and _is_time(bare, lexicon))
    )


def _a_clause(name: str, lexicon: Lexicon) -> bool:
    """Is the would-be name a clause with a count in it: a copula and a bare number, not a name's
    number ("Channel 4", "COVID-19"), a year or an age ("Rescuers from 12 countries", "Union
    leaders in 2023", "a 61-year-old teacher" are names)?"""
    copulas = lexicon.attribution.actor_copulas.folded
    if not any(lower(w) in copulas for w in name.split()):
        return False
    return any(
        not _NAMED_NUMBER.search(name, 0, m.start()) and not _a_year(m.group(), lexicon)
        for m in _NUMBER.finditer(name)
    )


def _a_year(written: str, lexicon: Lexicon) -> bool:
    return written.isdigit() and len(written) == 4 and lexicon.limits.in_years(int(written))


def _usable(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A speaker's name: a few words, no figure or time, not a pronoun or a back-reference, with a
    capital, a title or an organisation's noun in it; for "the prefecture's figures", its owner."""
    name = _OWNED_THING.sub("", text[start:end].strip())
    tokens = name.split()
    if not tokens or len(tokens) > lexicon.limits.speaker_words or _FIGURE.search(name):
        return False
    if _a_clause(name, lexicon):
        return False  # "his wife and his mother are among the 332 people (still listed)"
    p = _patterns(lexicon)
    if p["scaled"].search(name):
        return False
    if name[0].isdigit() or _is_time(name, lexicon):
        return False
    first, last = lower(tokens[0]), lower(tokens[-1])
    if (first in p["not_speakers"] and first not in p["determiners"]) or last in p["not_speakers"]:
        return False
    if _a_verb_and_its_object(tokens, lexicon):
        return False  # "(The party) asked the TSE to annul the votes (recorded on ...)"
    if last in p["group_possessives"]:
        return False  # "The company also lowered its (forecast)": a clause, not a name (a
        # person's may be an object: "People close to her")
    if p["back"] and p["back"].fullmatch(name):  # "the agency said": a back-reference, carried
        return False
    capital = any(  # "the Pentagon"; not "Its preliminary (estimate)", nor a month's capital
        not _names_a_time(_WORD_AT.match(name, m.start()).group(), lexicon)
        for m in _CAPITAL.finditer(name, len(tokens[0]) if first in p["possessives"] else 0)
    )
    return bool(
        capital
        or (
            first in p["determiners"]
            and first not in p["indefinite"]  # "a poll released on Dec. 30": no one in particular
            and last in lexicon.name_words
        )  # "the tally"
        or (p["person"] and p["person"].search(name))
        or (p["group"] and p["group"].search(name))
    )


_BRACKET_END = regex_cache.compile(r"\s*\([^()\d,;]{1,12}\)\s*$")


def _description_before(text: str, cue: re.Match, lexicon: Lexicon) -> tuple[int, int] | None:
    """'By the group's count', 'the church-backed group's count stood at', 'The council's own
    count passed': right before an owner's cue whose noun follows the 's at once or after one of
    the language pack's `owner_modifiers`, "the" and at most `description_words`
    lower-case words, the last a word of a source's name: a back-reference that `attribution`
    resolves to a name met before. Not a count of what the owner measures ("The party's tally
    of 65 seats", "The party's seat tally")."""
    p = _patterns(lexicon)
    measured = p["measure_next"]
    said = cue.group().split()
    modified = len(said) == 3 and lower(said[1]) in lexicon.attribution.owner_modifiers.folded
    if (len(said) != 2 and not modified) or (measured and measured.match(text, cue.end())):
        return None  # ("of": the language pack's `measure_links`)
    end, limits = cue.start(), lexicon.limits
    reach = max(0, end - limits.cue_span_chars)
    found = list(_WORDS_BEFORE.finditer(text, reach, end))[-(limits.description_words + 1) :]
    definite = p["definite"]
    for k, word in enumerate(found):
        rest = [w.group() for w in found[k + 1 :]]
        if (
            lower(word.group()) in definite
            and rest
            and all(w.islower() and _LOWER_WORD.fullmatch(w) for w in rest)
            and rest[-1] in lexicon.name_words
        ):
            return word.start(), end
    return None


_LOWER_WORD = regex_cache.compile(r"[^\W\d_][\w-]*")


def _a_verb_and_its_object(tokens: list[str], lexicon: Lexicon) -> bool:
    """Do the words open with a lower-case verb form (`pronoun_verb_endings`: "asked", "urging")
    and a determiner right after it: a verb and its object, no name?"""
    endings = tuple(lexicon.text.pronoun_verb_endings)
    return (
        len(tokens) > 1
        and tokens[0].islower()
        and endings != ()
        and tokens[0].endswith(endings)
        and lower(tokens[1]) in _patterns(lexicon)["determiners"]
    )


def _before(text: str, cue: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker ending right before a cue ('the Libyan Red Crescent said'), with an apposition
    ('Tarek al-Kharraz, a spokesman for the ministry, said'), without a relative clause ('The
    Pacific Disaster Center, which maps disasters for FEMA, counted')."""
    head = text[:cue].rstrip()
    end = len(head)
    name_end = end
    if head.endswith(","):
        inner = head[:-1]
        apposition = inner.rfind(",")
        if _PLACE_TAIL.fullmatch(inner, apposition + 1) and _place_before(
            inner, apposition, lexicon
        ):
            # "Anderson Economic Group, a consulting firm in East Lansing, Michigan, estimated"
            apposition = inner.rfind(",", 0, apposition)
        if apposition < 0:
            return None
        relative = _patterns(lexicon)["relative"]
        name_end, end = apposition, end - 1
        if (relative is not None and relative.match(text, apposition + 1)) or _AGE.fullmatch(
            inner, apposition + 1
        ):
            end = apposition  # (nor an age: "Hawa Abdallah, 34, said")
    p = _patterns(lexicon)
    # "the Centre d'Estudis d'Opinió (CEO), the Generalitat's polling institute, found": the name
    # before its short name in brackets, not the apposition alone
    reach = max(0, name_end - lexicon.limits.cue_span_chars)
    bracket = _BRACKET_END.search(text, reach, name_end) if name_end < end else None
    # "The company then reported": the name ends before the words between it and its verb, which
    # may open a clause elsewhere ("then", "since")
    bare = _trim_before_verb(text, reach, name_end, lexicon) if name_end == end else name_end
    start = _name_start(text, bracket.start() if bracket else bare, lexicon)
    relative_end, back = p["relative_end"], lexicon.limits.cue_look_back_chars
    pronoun = relative_end.search(text, max(0, start - back), start) if relative_end else None
    if pronoun is not None and _subject_pronoun(text, start, lexicon):
        # the one the relative pronoun stands for: "the United Nations, which also draws on
        # hospital records,", with its defining clause: "A volunteer who drove in from Tobruk"
        before = text[: pronoun.start()].rstrip()
        start = _name_start(text, len(before.rstrip(",")), lexicon)
        if before.endswith(","):
            end = len(before) - 1
    end = _trim_before_verb(text, start, end, lexicon)
    if name_end < end and _after_a_stop(text, start, lexicon):
        return None  # "The last Kantar Emor survey before the vote, for the broadcaster ERR, put":
        # a preposition's object, an apposition after it, is not who put the figure (with no
        # apposition it may open a clause: "after the governor said 4,000 had marched")
    if _usable(text, start, end, lexicon):
        return start, end
    if (
        name_end < end
        and p["apposition_opens"].match(text, name_end + 1)
        and _usable(text, start, name_end, lexicon)
    ):
        # an apposition too long to be part of a name: "Digital Design & Imaging Service, a
        # company that flies cameras on tethered balloons over large events, told"
        return start, name_end
    return None


def _after_a_stop(text: str, start: int, lexicon: Lexicon) -> bool:
    """Does one of `speaker_stops` ("before", "after") stand right before the phrase at `start`?"""
    before = _LAST_WORD_BEFORE.search(
        text, max(0, start - lexicon.limits.cue_look_back_chars), start
    )
    return before is not None and lower(before.group(1)) in lexicon.attribution.speaker_stops.folded


_LAST_WORD_BEFORE = regex_cache.compile(r"\b(\w+)\s+$")


def _place_before(inner: str, comma: int, lexicon: Lexicon) -> bool:
    """Does an apposition end, at `comma`, with a place after one of the language pack's place
    words ("a consulting firm in East Lansing"), so that the capitalised words after the comma
    are its state ("Michigan"), not a name ("the group's director, Jane Doe")?"""
    opened = inner.rfind(",", 0, comma)
    pattern = _patterns(lexicon)["place"]
    return opened >= 0 and pattern is not None and bool(pattern.search(inner, opened, comma))


def _subject_pronoun(text: str, start: int, lexicon: Lexicon) -> bool:
    """Is the relative pronoun right before `start` the subject of what follows ("which also draws
    on"), not its object ("which Mayor Anne Hidalgo confirmed", "which the mayor confirmed")?"""
    word = _WORD.search(text, start)
    return word is not None and not (
        word.group()[0].isupper() or lower(word.group()) in _patterns(lexicon)["determiners"]
    )


def _time_lead(lexicon: Lexicon) -> re.Pattern | None:
    t, a, n = lexicon.time, lexicon.attribution, lexicon.numbers
    # "A week later the agency added": a span of time after or before the last one named
    span = (
        rf"(?:{words(a.indefinite_determiners)})\s+(?:{words(n.duration_units)})s?\s+"
        rf"(?:{words(n.duration_ends)})"
        if a.indefinite_determiners and n.duration_units and n.duration_ends
        else ""
    )
    days = "|".join(
        x
        for x in (
            words(t.weekdays),
            words(t.day_before),
            words(t.day_after),
            words(t.same_day),
            span,
        )
        if x
    )
    if not days:
        return None
    opener = rf"(?:(?:{words(a.actor_openers)})\s+)?" if a.actor_openers else ""
    part = rf"(?:\s+(?:{words(t.day_parts)}))?" if t.day_parts else ""
    # ("Late on Sunday the company had put": a part of the day before it)
    early = rf"(?:(?:{words(t.day_part_leads)})\s+)?" if t.day_part_leads else ""
    lead = rf"{early}{opener}(?:{days}){part}\b,?\s+"
    if a.actor_openers and t.months:
        # "By late January the office had confirmed", "On March 3 the agency said": a month (a
        # part of it before, a day after) after one of the openers
        months = words([*t.months, *t.month_abbreviations])
        parts = rf"(?:(?:{words(t.month_parts)})[\s-]+)?" if t.month_parts else ""
        lead += (
            rf"|(?:{words(a.actor_openers)})\s+{parts}(?:{months})\.?(?:\s+\d{{1,2}}\b)?"
            rf"(?:,?\s+\d{{4}}\b)?,?\s+"
        )
    return regex_cache.compile(lead, re.IGNORECASE)


def _named_before(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Does a capitalised word end text[start:end], one that is no clause word itself ("Food and
    Drug Administration", not "Since then Sears")?"""
    found = _CAPITAL_BEFORE.search(text, start, end)
    return found is not None and lower(found.group().strip()) not in (
        lexicon.attribution.clause_starts.folded
    )


def _last_start(text: str, since: int, name_end: int, lexicon: Lexicon) -> int:
    """The end of the last clause mark, clause word or speaker's verb in text[since:name_end]
    (0 when there is none)."""
    p, back = _patterns(lexicon), lexicon.limits.cue_look_back_chars
    starts = [
        m.end()
        for m in p["clause_start"].finditer(text, since, name_end)
        if not _INSIDE_NAME.match(text, m.start())
        or not _named_before(text, max(0, m.start() - back), m.start(), lexicon)
    ]
    # "Africa CDC said Congo had recorded": a speaker starts after another speaker's verb too
    starts += (  # ... but not an owner's ("the prefecture's figures")
        [
            m.end()
            for m in p["after"][0].finditer(text, since, name_end)
            if m.group()[:1] not in "'’"
        ]
        if p["after"]
        else []
    )
    # "... than the more than 50 people the collective reported": not past a figure
    starts += [m.end() for m in p["after_figure"].finditer(text, since, name_end)]
    return max(starts, default=0)


def _name_start(text: str, name_end: int, lexicon: Lexicon) -> int:
    """Where a name ending at `name_end` starts: after the last clause mark, clause word or
    speaker's verb before it."""
    p = _patterns(lexicon)
    # the last start is looked for in the stretch right before the name first, not from the
    # sentence's start for every name (a long sentence's names would cost its length each); the
    # whole sentence only when that stretch has none well inside it
    limits = lexicon.limits
    since = max(0, name_end - limits.name_reach_chars)
    start = _last_start(text, since, name_end, lexicon)
    if since and start < since + limits.cue_span_chars:
        start = _last_start(text, 0, name_end, lexicon)
    while start < name_end and text[start].isspace():
        start += 1
    lead = p["time_lead"].match(text, start, name_end) if p["time_lead"] else None
    return lead.end() if lead else start


def _trim_before_verb(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """The end of a speaker's name before 'had', 'previously', 'on Monday', 'separately'."""
    adverbs = _patterns(lexicon)["before_verb"]
    while True:
        head = text[start:end].rstrip()
        m = adverbs.search(head) if adverbs else None
        last = head.rsplit(None, 1)[-1] if head.split() else ""
        if m is not None and m.end() == len(head) and m.start() > 0:
            end = start + m.start()
        elif len(head.split()) > 1 and last.islower() and last.endswith("ly"):
            end = start + len(head) - len(last)
        else:
            return start + len(head)


def _after(text: str, cue_end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The speaker after a cue: 'according to the ministry', ', said the ministry', ', said a
    61-year-old teacher' (no figure in it, but an age)."""
    m = _patterns(lexicon)["after_np"].match(text, cue_end)
    if not m:
        return None
    np = m.group("np")[: _before_a_verb(text, m.start("np"), m.end("np"), lexicon) - m.start("np")]
    name = _patterns(lexicon)["that"].sub("", np).rstrip(" .")
    start = m.start("np")
    while start < len(text) and text[start].isspace():
        start += 1
    end = m.start("np") + len(name)
    return (start, end) if end > start and _usable(text, start, end, lexicon) else None


def _before_a_verb(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where the words text[start:end] after a cue stop: at the first speech verb among them that
    is a verb there (`_not_a_verb`), so that 'Figures compiled by the home ministry put the toll at
    488' names 'the home ministry', while 'the latest situation report from the WHO' keeps its
    noun."""
    said = lexicon.attribution.after_source.pattern
    objects = lexicon.attribution.object_prepositions.folded
    for verb in said.finditer(text, start, end) if said else ():
        following = _WORD_AFTER.match(text, verb.end())  # "report from the WHO": a noun
        if (
            text[start : verb.start()].strip()
            and not _owned_noun(text, start, verb, lexicon)
            and not (following and lower(following.group(1)) in objects)
            and not _not_a_verb(text, verb.start(), lexicon, False)
        ):
            return verb.start()
    return end


def _owned_noun(text: str, start: int, verb: re.Match, lexicon: Lexicon) -> bool:
    """Is the speech word after an owner's 's a thing it owns ("according to the Interior
    Ministry's claims"), not the verb of a name that ends in 's ("Data compiled by Moody's show 150
    defaults", "Figures released by Macy's put the job cuts at 2,500"): no figure, determiner or
    "that" right after it?"""
    if not _OWNER_BEFORE.search(text, max(start, verb.start() - 3), verb.start()):
        return False
    after = _NEXT_TOKEN.match(text, verb.end())
    token = lower(after.group(1)) if after else ""
    determiners = lexicon.attribution.determiners.folded
    return not (token[:1].isdigit() or token in determiners or token == "that")


_NEXT_TOKEN = regex_cache.compile(r"\s*([^\s,;:.!?]+)")


def _owner_pronoun(text: str, cue_end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """'according to its annual report': the owner pronoun, which stands for a speaker named
    before (resolved by attribution)."""
    word = _WORD_AFTER.match(text, cue_end)
    owners = lexicon.attribution.possessive_determiners.folded
    return word.span(1) if word and lower(word.group(1)) in owners else None


_WORD_AFTER = regex_cache.compile(r"\s*([^\W\d_]+)\s+[^\W\d_]")


def _not_a_verb(text: str, start: int, lexicon: Lexicon, headline: bool) -> bool:
    """A cue word that is no verb here: capitalised inside a sentence, as part of a name ("The
    United States finished"); a participle after an owner's determiner ("its proposed dividend");
    a noun after a modifier ("hospital records"); or any cue right after a number that does not
    end a name: a noun it counts ("killed in six states") or a word that describes what it counts
    ("36 confirmed and probable cases", "12 reported deaths")."""
    if text[start].isupper() and text[:start].strip() and not headline:
        return True
    p, back = _patterns(lexicon), lexicon.limits.cue_look_back_chars
    word = _WORD.match(text, start)
    if word is not None and lower(word.group()).endswith(p["past_endings"]):
        before = _WORDS_BEFORE.findall(text, max(0, start - back), start)
        if before and lower(before[-1]) in lexicon.attribution.possessive_determiners.folded:
            return True  # "The bank also cut its proposed dividend": a participle of what it owns
    if p["counted"] is None or word is None:
        return False
    noun = lower(word.group().rstrip(".")) in p["noun_cues"]
    if noun and _modified(text, start, lexicon):
        return True
    number = p["counted"].search(text, max(0, start - back), start)  # bounded look back
    # ... but "Utopia 56 states", "Channel 12 reports": the number ends a name; "Union leaders in
    # 2023 said": a year before a verb is a time, not a count
    if number is None or _CAPITAL_BEFORE.search(
        text, max(0, number.start() - back), number.start()
    ):
        return False
    return noun or not _a_year(number.group().strip(), lexicon)


def _modified(text: str, start: int, lexicon: Lexicon) -> bool:
    """'U.S. patient records', "Usher's halftime show", 'based on hospital records': a cue word
    after a lower-case word that names no one (no title, no organisation, no figures) and no
    determiner before it, or after a preposition and one word, is a noun;
    'the city morgue counts', 'the morgue now counts', 'union officials estimate', "the
    commission's results show" are verbs."""
    p, back = _patterns(lexicon), lexicon.limits.cue_look_back_chars
    words = _WORDS_BEFORE.findall(text, max(0, start - back), start)
    skip = lexicon.attribution.before_verb.folded
    while words and lower(words[-1]) in skip:  # "the morgue now counts"
        words.pop()
    if not words or not (words[-1].isalpha() and words[-1].islower()):
        return False  # "Reuters reports", "the figures, reports": no modifier
    last = lower(words[-1])
    if (
        len(words) > 1
        and lower(words[-2]) in lexicon.attribution.object_prepositions.folded
        and not last.endswith(p["plurals"])
    ):
        return True  # "based on hospital records": a preposition's object ("Surveys of voters
        # show", "Data from hospitals show": the plural is the verb's subject)
    if _names_someone(last, p) or last in p["estimate_nouns"] or last.endswith(p["plurals"]):
        return (
            False  # "union officials estimate", "the commission's results show", "exit polls show"
        )
    for word in reversed(words):
        if lower(word) in p["determiners"]:
            return False  # "the city morgue counts": a speaker
        if not (word.isalpha() and word.islower()):
            break
    return True


def _names_someone(word: str, p: dict) -> bool:
    return (
        word in p["not_speakers"]
        or word in p["determiners"]
        or bool(p["person"] and p["person"].search(word))
        or bool(p["group"] and p["group"].search(word))
    )


def _figure_follows(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a figure follow a speaker's verb in its clause with no one else's name first ("counted
    about 87,000", "said on Tuesday that 1.3 million"; not "show Labour won 33.7%")?"""
    digit = _DIGIT.search(text, end)
    if digit is None or _CLAUSE_MARK.search(text, end, digit.start()):
        return False
    return not any(
        w.group()[0].isupper() and not _is_time(w.group(), lexicon)
        for w in _WORD.finditer(text, end, digit.start())
    )


def _title_case(text: str) -> bool:
    """'Officials Say 300 Were Killed in Floods': a headline, every longer word capitalised."""
    longer = False
    for word in _LETTERS_WORD.finditer(text):
        if word.end() - word.start() > 3:
            if not text[word.start()].isupper():
                return False  # (most sentences: known by their first longer words)
            longer = True
    return longer


def _inverted(text: str, cue_start: int) -> bool:
    """', said the ministry': the cue right after a comma, or a quotation closed by one ('"We lost
    two neighbours," said a retired teacher'). Only the last few characters are read."""
    tail = text[max(0, cue_start - _TAIL) : cue_start]
    return tail.rstrip().endswith(",") or bool(_CLOSED_QUOTE.search(tail))


_TAIL = 8  # characters read back from a cue for a comma or a closing quotation mark
_CLOSED_QUOTE = regex_cache.compile(r",\s*[\"”’']\s*$")


def _spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    p = _patterns(lexicon)
    spans: list[tuple[int, int]] = []
    counting = len(text) + 1  # where the first speaker whose verb a figure follows speaks
    headline = _title_case(text)
    a_hearer = lexicon.attribution.hearer_verbs.folded
    said, not_speech = lexicon.attribution.after_source.pattern, p["not_speech"]
    for m in said.finditer(text) if said else ():
        if m.group(0)[:1] in "'’":
            # "South Korea's estimate": the owner is a known name or none, or a description a
            # name before stands for ("By the group's count": the watchdog group named before)
            owner = _description_before(text, m, lexicon)
            if owner is not None:
                spans.append(owner)
            continue
        if _not_a_verb(text, m.start(), lexicon, headline):
            continue
        if _OWNER_BEFORE.search(text, max(0, m.start() - 3), m.start()) and not _figure_follows(
            text, m.end(), lexicon
        ):
            continue  # "California's recorded history": a participle its owner has (not
            # "McDonald's said revenue rose 4%")
        if not_speech and not_speech.match(text, m.start()):
            # "Abductions have added to the anger" (checked where a cue is found: the lookahead of
            # `sources.speech_cues`, at every place of every sentence, costs more)
            continue
        if p["agent_after"] and p["agent_after"].match(text, m.end()):
            continue  # "The outcome reversed the order suggested by the exit poll"
        if p["passive_before"] and p["passive_before"].search(
            text, max(0, m.start() - lexicon.limits.cue_look_back_chars), m.start()
        ):
            continue  # "Only 404 of them had been confirmed": done to them, said by no one
        before = _before(text, m.start(), lexicon)
        inverted = (
            _after(text, m.end(), lexicon)
            if _inverted(text, m.start()) and lower(m.group(0)) not in a_hearer
            else None  # ", told Reuters.": the one told
        )
        if inverted and _INTO_A_FIGURE.match(text, inverted[1]):
            inverted = None  # "..., said the fund had received $21.5 million": what was
            # said, not who said it
        # "300 were killed, said the ministry", but "Nigel Farage, Reform's leader, said his
        # party ...": a name with an apposition before the cue is the speaker
        appositive = before is not None and text[: m.start()].rstrip().endswith(",")
        span = (
            inverted
            if inverted and _INVERTED_START.match(text, inverted[0]) and not appositive
            else before
        )
        if span:
            spans.append(span)
            if _figure_follows(text, m.end(), lexicon):
                counting = min(counting, m.end())
    for m in p["before"].finditer(text) if p["before"] else ():
        span = _after(text, m.end(), lexicon) or _owner_pronoun(text, m.end(), lexicon)
        if span and _INVERTED_START.match(text, span[0]):  # "per the ministry", not "per month"
            spans.append(span)
            counting = min(counting, m.end())  # "According to the mayor, 1.3 million ... and
            # Occurrence 55,000"
    spans += [m.span("np") for m in p["cited"].finditer(text)]
    if p["gapped"] is not None:
        # only after a speaker whose verb a figure follows: "The police counted 87,000 and
        # Occurrence 55,000", not "The BBC's figures show Labour won 33.7% ... and Reform UK 14.3%"
        # nor "The KMT won 52 seats and the DPP 51, according to the CEC"
        spans += [  # not a day: "between Jan. 1 and March 31, against 87,390"; not a subject
            # the topic pack names: "gave Lukashenko 80.23% and Sviatlana Tsikhanouskaya 9.9%"
            m.span("np")
            for m in p["gapped"].finditer(text, counting)
            if not _is_time(m["np"], lexicon) and not _a_subject_named(m["np"], lexicon)
        ]
    return spans


def _a_subject_named(name: str, lexicon: Lexicon) -> bool:
    """Is the name one the topic pack's subjects know, every capitalised word of it ("Sviatlana
    Tsikhanouskaya"), and no source's?"""
    words_ = [w for w in name.split() if w[:1].isupper()]
    return (
        bool(words_)
        and all(fold(w) in lexicon.subject_names for w in words_)
        and _source_in(name, lexicon) is None
    )


def _source_in(name: str, lexicon: Lexicon) -> str | None:
    """The reference set's source whose alias stands in the speaker's name (the last one named);
    for a name its owner's possessive opens ("Its prospectus, filed with the SEC"), one an alias
    names with a determiner instead ("the prospectus")."""
    found = _alias_in(name, lexicon)
    first, _, rest = name.partition(" ")
    if found is None and rest and lower(first) in lexicon.attribution.possessive_determiners.folded:
        found = next(
            (
                source
                for determiner in lexicon.attribution.determiners
                if (source := _alias_in(f"{determiner} {rest}", lexicon)) is not None
            ),
            None,
        )
    return found


def _alias_in(name: str, lexicon: Lexicon) -> str | None:
    """The source whose alias stands last in `name`."""
    pattern = lexicon.alias_pattern
    capitals = sources.capital_aliases(lexicon)  # "WHO", not "who drove in from Tobruk"
    found = (
        [
            (lexicon.alias_index.get(folded), m.start(), m.end())
            for m in pattern.finditer(name)
            if (folded := " ".join(m.group(0).lower().split()).replace("’", "'")) not in capitals
            or m.group(0).isupper()
        ]
        if pattern
        else []
    )
    found = [
        f for f, at, end in found if f and not sources.at_another_level(name, at, end, f, lexicon)
    ]
    return found[-1] if found else None


def _with_kind(mention: Mention, lexicon: Lexicon, text: str = "") -> Mention:
    """A known source's kind from the reference set (`kind: person`), else from its name, or from
    a title right before it ("Gen. Amir Ali Hajizadeh")."""
    source = lexicon.sources.get(mention.source) if mention.source else None
    if source is not None and source.kind:
        return replace(mention, kind="person" if source.kind == "person" else "group")
    kind = kind_of(mention.text, lexicon) or _titled(text, mention.start, lexicon)
    if kind is None and source is not None and not mention.text.isupper():  # not "HRANA"
        kind = _kind_of_longer_alias(mention.text, source.aliases, lexicon)
    return replace(mention, kind=kind)


def _titled(text: str, start: int, lexicon: Lexicon) -> str | None:
    """'person' when the word right before `start` is a person's title ("Gen.", "President")."""
    before = text[max(0, start - lexicon.limits.cue_reach_chars) : start].split()
    return "person" if before and kind_of(before[-1], lexicon) == "person" else None


def _kind_of_longer_alias(name: str, aliases, lexicon: Lexicon) -> str | None:
    """'Blair', an alias that says nothing of its kind, has the kind of a longer alias of its
    source that ends with it ('Emergency Preparedness Minister Bill Blair': a person)."""
    tail = " " + sources.fold(name)
    kinds = {
        kind_of(alias, lexicon)
        for alias in aliases
        if (" " + sources.fold(alias)).endswith(tail) and sources.fold(alias) != tail.strip()
    } - {None}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _in_relative_clause(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """'The Pacific Disaster Center, which maps disasters for FEMA, counted …': a name inside a
    relative clause between commas is not the one speaking."""
    opened = text.rfind(",", 0, mention.start)
    # the clause closes at a comma after the name ("..., which based its figures on the
    # company's electronic ticketing data, said")
    if opened < 0 or text.find(",", mention.end) < 0:
        return False
    pattern = _patterns(lexicon)["relative"]
    return pattern is not None and bool(pattern.match(text, opened + 1))


def mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Every source name in one sentence, left to right: the known ones and near-misses
    (`sources.mentions`), with their kinds, and the speakers they do not cover. A name in a
    relative clause is not cued."""
    known = [
        replace(_with_kind(m, lexicon, text), cued=False)
        if m.cued and _in_relative_clause(text, m, lexicon)
        else replace(
            _with_kind(m, lexicon, text),
            cued=m.cued or sources.credit_in_brackets(text, m.start, lexicon),
        )
        for m in sources.mentions(text, lexicon)
    ]
    known = _restrictive_relatives(text, known, lexicon)
    return sorted(find(text, lexicon, known, dateline_end(text, lexicon)), key=lambda m: m.start)


def _restrictive_relatives(text: str, known: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """'Lawyers for employees who have sued the company estimate the losses': a cued name inside a
    relative clause opened, with no comma, right after another name gives its cue to that one."""
    pattern = _patterns(lexicon)["restrictive"]
    if pattern is None:
        return known
    out = list(known)
    for i, m in enumerate(known):
        if not m.cued:
            continue
        head = next(
            (j for j, a in enumerate(known[:i]) if pattern.match(text, a.end, m.start)), None
        )
        if head is not None:
            out[i], out[head] = replace(m, cued=False), replace(out[head], cued=True)
    return out


def find(text: str, lexicon: Lexicon, known: list[Mention], dateline: int = 0) -> list[Mention]:
    """The known names, with the kind of the speaker they stand in ("An NIS official told
    lawmakers": a person), and the speakers they do not cover, as cued mentions (none in a
    shouted headline)."""
    if shouting(text, lexicon):
        return known
    known, extra = list(known), []
    spans = _spans(text, lexicon)
    gapped_owner = _patterns(lexicon)["gapped_owner"]
    if gapped_owner is not None and (spans or any(m.cued for m in known)):
        spans += [m.span("np") for m in gapped_owner.finditer(text)]
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):  # longest first
        name = _OWNER.sub("", text[start:end].strip())
        end = start + len(name)
        inside = [i for i, m in enumerate(known) if start <= m.start and m.end <= end]
        kind = kind_of(name, lexicon)
        for i in inside:
            if kind == "person":
                known[i] = replace(known[i], kind=kind)
        if len(inside) == 1 and start >= dateline and known[inside[0]].object_of >= 0:
            known, _ = sources.heads_cued(text, known, known[inside[0]], end, lexicon, cued=True)
        elif len(inside) == 1 and start >= dateline:
            known[inside[0]] = _widened(known[inside[0]], start, end, name, lexicon)
        listed = _in_object_list(text, start, known, lexicon)
        if listed is not None:  # "the exit poll for the BBC, ITV News and Sky News had forecast"
            known, _ = sources.heads_cued(text, known, listed, end, lexicon, cued=True)
            continue
        if (
            start < dateline
            or any(start < m.end and m.start < end for m in (*known, *extra))
            or _reported(text, start, lexicon)
        ):
            continue
        source = _source_in(name, lexicon)
        misspelt = sources.misspelt_speaker(start, name, lexicon) if source is None else None
        extra.append(
            replace(misspelt, kind=kind)
            if misspelt is not None
            else Mention(start, end, name, source, cued=True, kind=kind)
        )
    return known + extra + _affiliated(text, known, lexicon)


def _in_object_list(
    text: str, start: int, known: list[Mention], lexicon: Lexicon
) -> Mention | None:
    """The object mention a speaker found at `start` continues a list after ("for the BBC, ITV
    News and Sky News"), if any."""
    return next((m for m in known if sources.continues_objects(text, m, start, lexicon)), None)


def _reported(text: str, start: int, lexicon: Lexicon) -> bool:
    """'Africa CDC said (that) Congo had recorded 15,600 cases': a name right after another
    speaker's verb is inside what that speaker said, not a speaker of its own."""
    p = _patterns(lexicon)
    reach = lexicon.limits.name_reach_chars  # a verb right before the name: no further back
    offset = max(0, start - reach)
    head = p["that_end"].sub("", text[offset:start])
    return any(  # a verb right before the name: the stretch before it is enough
        m.end() == len(head) and not _inverted(text, offset + m.start())  # not ", said the ..."
        for pattern in p["after"]
        for m in pattern.finditer(head)
    )


def _widened(mention: Mention, start: int, end: int, name: str, lexicon: Lexicon) -> Mention:
    """'An NIS official', 'Tarek al-Kharraz, a spokesman for the Interior Ministry': the speaker
    is the whole name, speaking for the known source inside it ('The NIS' stays 'NIS')."""
    around = name[: mention.start - start].split() + name[mention.end - start :].split()
    determiners = _patterns(lexicon)["determiners"]
    if mention.citer:
        return mention
    if (
        mention.problem
        or all(lower(w) in determiners for w in around)
        # "well above the 300 the NIS had reported": a figure before the name is not part of it
        or any(_DIGIT.search(w) for w in name[: mention.start - start].split())
    ):
        return replace(mention, cued=True)  # the speaker before a cue, whatever lies between
    return replace(mention, start=start, end=end, text=name, cued=True, possessive=False)


def _affiliated(text: str, known: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """'NIS director Cho Tae-yong': a person named by title after a known source, kept so that a
    later 'Cho' is the NIS's; not a speaker by itself."""
    pattern = _patterns(lexicon)["affiliate"]
    out = []
    for m in known:
        found = pattern.match(text, m.end) if pattern and m.source and not m.problem else None
        if found:
            out.append(
                Mention(
                    found.start("name"),
                    found.end("name"),
                    found.group("name"),
                    m.source,
                    kind="person",
                    affiliated=True,
                )
            )
    return out
