"""What a figure counts (its metric), from the topic packs' cue words.

Per sentence (`bind`): a cue right before the figure binds first, then a cue after it in its
clause, then the metric its unit implies, then the nearest free cue. Over the whole draft, once
parts are linked: a part without a cue counts what its whole counts and a whole counts its parts'
`whole:` metric (`from_wholes`); a repeated or quoted figure counts what the figure before did
(`echo`).
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import replace
from typing import Callable, Iterator

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, fold, lower, words
from checker.model import VAGUE, Claim, is_money
from checker.reading import parts, subjects
from checker.reading.distance import cue_before
from checker.reading.hedges import without_hedge
from checker.reading.numbers import Number
from checker.reading.sentences import list_item
from checker.reading.sources import speech_cues

# How a figure's metric was found, strongest first: a cue next to it, its unit, the nearest cue in
# the sentence, a weak cue ("troops"). Later passes (parts, echoes) may replace the last two.
CUE, UNIT, NEAREST, WEAK = "cue", "unit", "nearest", "weak"
UNIT_ALONE = "unit-alone"  # its unit's metric, with no word of that metric anywhere in the sentence
BY_UNIT = (UNIT, UNIT_ALONE)
CONTESTED = "contested"  # a cue with another metric's cue right beside it
BY_CUE = (CUE, CONTESTED)  # read from a cue beside the figure, with or without doubt
UNLIKE = "unlike-source"  # a metric the figure's source gives no figure of, though of another
THINGS = "things"  # the figure counts things, not people ("two brigades"): no metric, ever
BAR = "bar"  # a bar to reach, not a count ("short of the 50% required"): no metric, no arithmetic
NO_METRIC = (THINGS, BAR)  # ways a figure is read to count nothing at all
INHERITED = "inherited"  # a part with no cue of its own counts what its whole counts
SUBSET = "subset"  # ...and whose subject is its whole's, no word naming its own
CARRIED = "carried"  # no cue in its sentence: the one metric the sentence before named
REFERRED = "referred"  # "puts it at 80.38 percent": what "it" stands for, the sentence before's
REVISED = "revised"  # "raised that to 800,000": what the figure it was moved from counts
GIVER = "giver"  # read from what its named source gave: the one metric it gives such figures of
# (with no source named, an amount the reference set has of one metric only)
JOINED = "joined"  # "26,621 dead or missing": the sum of the metrics whose cues are joined after it
COUNTABLE = ("count", "%")
_WHOLE_SHARE = 100  # no share of a whole is above it
_LEAD_WORD = regex_cache.compile(r"^\s*(?:\w+\s+)?")
_GAP = regex_cache.compile(r"[\s-]*")
_COMMA_ONLY = regex_cache.compile(r"\s*,\s*")
_WORD_NEXT = regex_cache.compile(r"\s*(?P<word>[^\W\d_]+)")  # a word right after a figure
_BASE_WORDS = r"(?:\s+[^\W\d][\w.~-]*){0,4}"  # "up from the previous record of 44.2 million tons"
_POSSESSIVE = regex_cache.compile(r"\w['’]s?$")
_LAST_WORD = regex_cache.compile(r"\b(\w+)\s+$")
_WORD_START = regex_cache.compile(r"\b\w")
_FIGURE_NEXT = regex_cache.compile(r"\s+(?:[^\W\d][\w'’-]*\s+){0,2}[^\s\w]{0,3}\d")

Span = tuple[int, int, str]  # start, end, metric


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    words = alternation(lexicon.text.clause_words)
    partitive = rf"\s+(?:{alternation(lexicon.text.part_of.adjacent) or '(?!x)x'})\s+"
    n = lexicon.numbers
    contrasts = alternation(lexicon.text.contrasts) or r"(?!x)x"
    # ...nor a sum's lead ("the SPD's 120 add up to 338": a verb, no noun the figure heads), nor
    # the subject of a relative clause, in lower case ("up from the three it reported on Saturday";
    # not "its 3,000 IT staff")
    not_nouns = [
        *lexicon.text.clause_words,
        *lexicon.attribution.before_verb,
        *lexicon.text.part_of.sum_leads,
    ]
    pronouns = alternation(lexicon.text.subject_pronouns) or r"(?!x)x"

    joiners = alternation(lexicon.text.list_joiners) or r"(?!x)x"
    a = lexicon.attribution
    appositive_openers = [*a.determiners, *a.indefinite_determiners, *a.relative_subjects]
    t = lexicon.text
    return {
        # "voted 160 to 84": a tally's lead right before its first figure
        "tally_lead": regex_cache.compile(rf"\b(?:{alternation(t.tally_leads)})\s+$", re.IGNORECASE)
        if t.tally_leads
        else None,
        # "puts the death toll from the floods at": a valuation verb, and its link right before a
        # figure (its hedge between)
        "valuation_verb": regex_cache.compile(
            rf"\b(?:{alternation(t.valuation_verbs)})\b", re.IGNORECASE
        )
        if t.valuation_verbs
        else None,
        "valuation_link": regex_cache.compile(
            rf"\b(?:{alternation(t.valuation_links)})\s+$", re.IGNORECASE
        )
        if t.valuation_links
        else None,
        # between a valuation verb and its "at", words that make the "at" another verb's: a word
        # opening a clause ("who"), a speech verb, a subject link anywhere ("deaths now stand
        # at"), a passive auxiliary ("were")
        "valuation_stops": tuple(
            p
            for p in (
                a.clause_starts.pattern,
                speech_cues(lexicon),
                regex_cache.compile(rf"\b(?:{alternation(t.subject_links)})\b", re.IGNORECASE)
                if t.subject_links
                else None,
                t.passive_auxiliaries.pattern,
            )
            if p is not None
        ),
        "contrast": regex_cache.compile(rf";|,\s+(?:{contrasts})\b", re.IGNORECASE),
        "change_words": frozenset(lower(w) for w in (*n.change_up, *n.change_down)),
        # "the dead and the missing": two cues joined into one thing counted
        "joined_cues": regex_cache.compile(
            rf"\s+(?:{joiners})\s+(?:(?:{alternation(a.determiners) or '(?!x)x'})\s+)?",
            re.IGNORECASE,
        ),
        "change_word": regex_cache.compile(
            rf"\b(?:{alternation([*n.change_up, *n.change_down, *n.change_objects])})\b",
            re.IGNORECASE,
        ),
        # "4,454 new deaths, bringing the toll to 303,720" where the metric is the day's new
        # deaths ("daily-deaths: cues [new deaths]"): the increment word is the metric's own cue
        "increment_word": regex_cache.compile(
            rf"^(?:{alternation(n.increments) or '(?!x)x'})\b", re.IGNORECASE
        ),
        # "the country's " before an owned figure: its owner, with a determiner or none
        "owner_phrase": regex_cache.compile(
            rf"(?:\b(?:{alternation(a.determiners) or '(?!x)x'})\s+)?"
            r"(?P<owner>\b[^\W\d_][\w-]*['’]s?)\s+$",
            re.IGNORECASE,
        ),
        # "three of its retailers": the words joining a part to its whole, right after a figure
        "partitive": regex_cache.compile(partitive, re.IGNORECASE),
        # "99.43% of ballot boxes": a share of a thing, after the words joining a part to its whole
        "share_of": regex_cache.compile(
            rf"{partitive}(?!(?:{alternation(a.determiners) or '(?!x)x'})\b)"
            r"(?P<word>[^\W\d_]{3,})",
            re.IGNORECASE,
        ),
        "cues_joined": regex_cache.compile(
            rf"\s+(?:{alternation(lexicon.text.cue_unions) or '(?!x)x'})\s+", re.IGNORECASE
        ),
        "owner_before": regex_cache.compile(
            rf"(?:\b(?:{alternation(lexicon.text.owners) or '(?!x)x'})|\w['’]s?)\s+$", re.IGNORECASE
        ),
        "word_owner_before": regex_cache.compile(
            rf"\b(?:{alternation(lexicon.text.word_number_owners) or '(?!x)x'})\s+$", re.IGNORECASE
        ),
        # a word after a figure, not one that ends its clause or a verb ("the union's 800,000 and
        # ...", "Zelensky's 4,000 is higher")
        "noun_next": regex_cache.compile(
            rf"\s+(?!(?:{alternation(not_nouns) or '(?!x)x'})\b|(?-i:(?:{pronouns})\b))[^\W\d_]",
            re.IGNORECASE,
        ),
        "change_from": regex_cache.compile(
            rf"\s*(?:{alternation([*n.change_up, *n.change_down])})\s+from{_BASE_WORDS}\s*",
            re.IGNORECASE,
        ),
        "compared": regex_cache.compile(
            rf"\s*(?:{alternation([*n.change_bases, *n.comparison_bases]) or '(?!x)x'})"
            rf"{_BASE_WORDS}\s*",
            re.IGNORECASE,
        ),
        # "short of the", "well above the": a comparison lead and its article, an adverb or two
        # before them, a few words after
        "compared_figure": regex_cache.compile(
            rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{alternation(lexicon.time.compared_figure_leads)})\s+"
            rf"(?:{alternation(lexicon.time.compared_figure_articles)}){_BASE_WORDS}\s*",
            re.IGNORECASE,
        )
        if lexicon.time.compared_figure_leads and lexicon.time.compared_figure_articles
        else None,
        # "..., 52 in Alexandria and 18", "..., 52 in Lakeside, and 18": a list item's joiner
        "list_joined": regex_cache.compile(
            rf"(?:,\s*(?:(?:{joiners})\s+)?|\s(?:{joiners})\s+)$", re.IGNORECASE
        ),
        "list_joiner": regex_cache.compile(rf"(?:,|\b(?:{joiners})\b)", re.IGNORECASE),
        # "buildings, roads and ports": words listed, a comma between each but the last two
        # (linear: it starts only at a word no comma comes right before, and never gives back
        # the items it took)
        "word_list": regex_cache.compile(
            rf"(?<![^\W\d])(?<!,\s)(?<!,\s\s)[^\W\d]+(?:,\s{{1,2}}[^\W\d]+)++,?\s+"
            rf"(?:{joiners})\s+[^\W\d]+",
            re.IGNORECASE,
        ),
        "clause_end": regex_cache.compile(
            r"[,;:—–()\[\]]|\s-\s" + (f"|{words}" if words else ""), re.IGNORECASE
        ),
        "aside": _aside(lexicon),
        # "Digital Design & Imaging Service, a company that flies cameras over large events, told":
        # an apposition between a name and its speech verb describes the one speaking
        "speaker_aside": regex_cache.compile(
            rf",\s+(?:{alternation(appositive_openers) or '(?!x)x'})\s"
            rf"[^,;:()\d]{{0,{lexicon.limits.relative_aside_chars}}},\s*"
            rf"(?={_speech_verbs(lexicon)}\b)",
            re.IGNORECASE,
        ),
        # "Turnout in the July 23 election reached": a subject link right before a figure
        "subject_link": regex_cache.compile(
            rf"(?<!\S)(?:{alternation(lexicon.text.subject_links) or '(?!x)x'})\s*$",
            re.IGNORECASE,
        ),
        "links": regex_cache.compile(
            rf"\s*(?:(?:{alternation(lexicon.text.predicate_links) or '(?!x)x'})\s+)*",
            re.IGNORECASE,
        ),
    }


def _speech_verbs(lexicon: Lexicon) -> str:
    """An alternation of the language pack's one-word speech cues after a source ("said")."""
    return alternation([w for w in lexicon.attribution.after_source if w.isalpha()])


def _aside(lexicon: Lexicon) -> re.Pattern:
    """A speech tag set off by commas inside a clause: ", FIFA says,", ", according to the
    ministry,", ", said the agency," (a few words, no figure, a comma on each side, and no clause
    word after it: ", officials said, but hopes ..." ends a clause); and when a report came out
    (", published on Monday,": the language pack's `time.published`)."""
    verbs = _speech_verbs(lexicon)
    leads = lexicon.attribution.before_source.pattern  # (guarded: not the "per" of "per cent")
    before = leads.pattern if leads is not None else r"(?!x)x"
    words = alternation(lexicon.text.clause_words) or r"(?!x)x"
    # ", published on Monday,", ", released last week by the agency,": the participle, then a time's
    # or an agent's lead (not ", issued with boats and helicopters,")
    published = (
        rf"(?:{alternation(lexicon.time.published)})\s+(?:{alternation(lexicon.time.published_leads)})\b"
        if lexicon.time.published and lexicon.time.published_leads
        else r"(?!x)x"
    )
    name = r"[^\W\d][^,;:()\d]{0,%d}?" % lexicon.limits.aside_chars
    return regex_cache.compile(
        rf",\s+(?:(?:{before})\s+{name}|{name}\s+(?:{verbs})|(?:{verbs})\s+{name}|{published}"
        rf"[^,;:()\d]{{0,{lexicon.limits.aside_chars}}}?)\s*,"
        rf"(?=\s+(?!(?:{words})\b)\S)",
        re.IGNORECASE,
    )


def without_asides(text: str, figures: list[Number], lexicon: Lexicon) -> str:
    """The sentence with its speech tags inside a clause blanked out (same length): "The overall
    prize pot, FIFA says, is $60 million" binds "prize pot" to its figure across the tag, as does
    "More than 300, the agency said, were killed". A tag between two figures' phrases stays
    ("about 4,700 containers, according to the NTSB, 56 of them with hazardous materials")."""
    p = _patterns(lexicon)
    asides = list(p["aside"].finditer(text))
    if not asides:
        return text
    inside = [(f.start, f.end) for f in figures]
    marks = [  # not the comma in "4,700"
        (c.start(), c.end())
        for c in p["clause_end"].finditer(text)
        if not _within(inside, c.start())
    ]
    ends, starts = [e for _, e in marks], [s for s, _ in marks]
    figure_starts = sorted(f.start for f in figures)
    pieces, done = [], 0
    for m in asides:
        k = bisect.bisect_right(ends, m.start())
        start = ends[k - 1] if k else 0
        k = bisect.bisect_left(starts, m.end())
        end = starts[k] if k < len(starts) else len(text)
        sides = (_any_in(figure_starts, start, m.start()), _any_in(figure_starts, m.end(), end))
        # a figure written in words is no speech tag's (", in eight states," ends in a verb)
        if sides[0] != sides[1] and not _any_in(figure_starts, m.start(), m.end()):
            pieces += [text[done : m.start()], " " * (m.end() - m.start())]
            done = m.end()
    return "".join(pieces) + text[done:]


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Is `at` inside one of `spans` (sorted, not overlapping)?"""
    k = bisect.bisect_right(spans, (at, math.inf)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _any_in(starts: list[int], low: int, high: int) -> bool:
    """Does a sorted `starts` hold a value in [low, high)?"""
    k = bisect.bisect_left(starts, low)
    return k < len(starts) and starts[k] < high


def clause_end(lexicon: Lexicon) -> re.Pattern:
    return _patterns(lexicon)["clause_end"]


def _words(text: str) -> int:
    return len(text.split())


def joined_after(sentence: str, at: int, lexicon: Lexicon) -> frozenset[str]:
    """The metrics of the cues right after `at` joined by one of `cue_unions`, like with like
    ("dead or missing", "killed or injured"; not "roads closed or damaged", damaged roads): what
    a figure there sums, when there are two or more."""
    joiner = _patterns(lexicon)["cues_joined"]
    named: list[str] = []
    end, size = at, 0
    for start, stop, metric in cue_spans(sentence, lexicon, weak=False):
        if start < at:
            continue
        between, length = sentence[end:start], len(sentence[start:stop].split())
        if named and (not joiner.fullmatch(between) or length != size):
            break
        if not named and between.strip():
            break
        named.append(metric)
        end, size = stop, length
    return frozenset(named)


def cue_spans(text: str, lexicon: Lexicon, weak: bool) -> list[Span]:
    """Metric cues in a sentence; a longer cue hides a shorter one inside it ("killed or injured"
    over "killed"); a longer one starting inside a cue and ending past it stands beside it ("Net
    profit fell 70% to 133 million euros": "profit fell" for the 70%, "Net profit" for the
    euros)."""
    pattern, names = lexicon.metric_cue_index[1 if weak else 0]
    if pattern is None:
        return []
    # one scan, longest cue first at each place (the pattern's own order)
    return [
        (m.start(), m.end(), names[fold(m.group())])
        for m in _longest(pattern, text)
        if not _in_an_idiom(text, m, lexicon)
    ]


def _longest(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The pattern's matches left to right, and any longer one starting at a word inside a match
    and ending past it right before a figure (a hedge between); a match inside that longer one
    is hidden by it ("Net profit fell 70%": "profit fell", not "fell")."""
    hidden_until = -1
    for m in pattern.finditer(text):
        if m.end() <= hidden_until:
            continue
        yield m
        for w in _WORD_START.finditer(text, m.start() + 1, m.end()):
            inner = pattern.match(text, w.start())
            if (
                inner is not None
                and inner.end() > m.end()
                and len(inner.group()) > len(m.group())
                and _FIGURE_NEXT.match(text, inner.end())
            ):
                yield inner
                hidden_until = inner.end()
                break


def _in_an_idiom(text: str, cue: re.Match, lexicon: Lexicon) -> bool:
    """'has now held 1,190 people to account': a cue whose last word opens one of the language
    pack's idioms, whose tail follows within `idiom_reach_chars` characters, counts nothing."""
    tails = lexicon.text.cue_idioms.get(fold(cue.group()).rpartition(" ")[2])
    if not tails or tails.pattern is None:
        return False
    return (
        tails.pattern.search(text, cue.end(), cue.end() + lexicon.limits.idiom_reach_chars)
        is not None
    )


def countable(fig: Number) -> bool:
    """A count, a share or money: what sources give figures of (not a duration or a measure)."""
    return fig.unit.split("/")[0] in COUNTABLE or is_money(fig.unit)


def _countable_or_declared(fig: Number, lexicon: Lexicon) -> bool:
    """Counts, shares and money can count a metric; a duration or a measure only one whose `units`
    name it ("eleven days" counts nothing, "3,000 acres" the area a wildfire burned)."""
    base = fig.unit.split("/")[0]
    if countable(fig):
        return True
    return any(u.split("/")[0] == base for m in lexicon.metrics for u in lexicon.units_of(m))


def names_the_change(text: str, start: int, end: int, metric: str, lexicon: Lexicon) -> bool:
    """'a 30% raise', 'raise wages by 35%' where the metric is the raise ("pay-raise: cues [raise,
    raise wages]"): the change word next to the figure is the metric's own cue, so the figure is
    that metric's level."""
    pattern = lexicon.metric_patterns[metric][0]
    if pattern is None:
        return False
    changing = _patterns(lexicon)["change_word"]
    after = pattern.match(text, _GAP.match(text, end).end())
    if after is not None:
        return bool(changing.search(after.group()))
    reach = lexicon.limits.metric_before_words
    # each cue starting in the words before, overlapping ones too ("consumer prices rose 2.4
    # percent", cues "consumer prices" and "prices rose"): "raise wages", not "deaths" in "rose"
    window = text[:start].split()[-2 * reach :]
    since = start - len(" ".join(window)) - 1 if window else start
    for word in _WORD_START.finditer(text, max(0, since), start):
        cue = pattern.match(text, word.start())
        if (
            cue is not None
            and cue.end() <= start
            and len(text[cue.end() : start].split()) <= reach
            and changing.search(cue.group())
        ):
            return True
    return False


def names_the_increment(text: str, end: int, metric: str, lexicon: Lexicon) -> bool:
    """'4,454 new deaths, bringing the toll to 303,720' where the metric is the day's new deaths
    ("daily-deaths: cues [new deaths]"): the increment word right after the figure opens the
    metric's own cue, so the figure is that metric's level."""
    pattern = lexicon.metric_patterns[metric][0]
    after = pattern.match(text, _GAP.match(text, end).end()) if pattern is not None else None
    return after is not None and bool(_patterns(lexicon)["increment_word"].match(after.group()))


def fits(
    metric: str, fig: Number, lexicon: Lexicon, direct: bool = False, elided: bool = False
) -> bool:
    """Counts fit any metric but one counted in measures alone (unless `elided`), shares any but one
    counted in money alone. Money and measures fit a metric whose units include theirs (its pack's
    `units`, else its reference figures' units: "pay" in USD), or, cued right next to the figure
    ("a fee of £100m"), a metric that names no units."""
    if fig.unit == "%":
        return not _money_only(metric, lexicon)
    if fig.unit.split("/")[0] in COUNTABLE:
        # "the toll rose to 83": not a river's level; but "77,292 hectares ... and 659,541" (a
        # count `elided` after a measure in its sentence) may be
        return elided or not _measure_only(metric, lexicon)
    return _counted_in(metric, fig, lexicon) or (direct and not lexicon.units_of(metric))


def _can_count(metric: str, fig: Number, lexicon: Lexicon) -> bool:
    """May a count or share be a figure of the metric: not one counted only in money or measures
    ("acres burned", "damage in USD")? Money and measures always may be asked."""
    if fig.unit.split("/")[0] not in COUNTABLE:
        return True
    units = lexicon.units_of(metric)
    return not units or any(u.split("/")[0] in COUNTABLE for u in units)


def _measure_only(metric: str, lexicon: Lexicon) -> bool:
    """Is the metric counted in measures alone (metres, hectares: no count, share or money), so
    that a bare count is no figure of it?"""
    units = [u.split("/")[0] for u in lexicon.units_of(metric)]
    return bool(units) and not any(u in COUNTABLE or is_money(u) for u in units)


def _share_only(metric: str, lexicon: Lexicon) -> bool:
    """Is the metric counted in shares alone (a pay rise, a vote share), so that a bare count is no
    figure of it?"""
    units = lexicon.units_of(metric)
    return bool(units) and all(u == "%" for u in units)


def _money_only(metric: str, lexicon: Lexicon) -> bool:
    """Is the metric counted in money alone ("the cost of the attack" in USD), so that no count or
    share is a figure of it ("the attack exposed the data of 190 million people")?"""
    units = lexicon.units_of(metric)
    return bool(units) and all(is_money(u) for u in units)


def _counted_in(metric: str, fig: Number, lexicon: Lexicon) -> bool:
    """Does the metric count in the figure's unit (its pack's or reference figures' units)?"""
    base = fig.unit.split("/")[0]
    return any(u.split("/")[0] == base for u in lexicon.units_of(metric))


def _counts_things(text: str, fig: Number, lexicon: Lexicon, next_start: int) -> bool:
    """'two brigades', 'three tank units': a things-word right after the figure (one word may stand
    between, not the next figure: "303 five years ago")."""
    pattern = lexicon.text.not_people.pattern
    after = text[fig.end : min(next_start, fig.end + lexicon.limits.things_after_chars)]
    if pattern is None:
        return False
    stripped = after.lstrip()
    cue_pattern = lexicon.metric_cue_index[0][0]
    cue = cue_pattern.match(stripped) if cue_pattern is not None else None
    lead = _LEAD_WORD.match(after)
    skipped = after[lead.end() :]  # "three tank units", not "33 in hospitals outside the capital"
    if lead.group().strip().lower() in lexicon.attribution.object_prepositions.folded:
        skipped = after.lstrip()
    # "three of its retailers" (not "94% of hospitals": a share of them)
    partitive = _patterns(lexicon)["partitive"].match(after) if fig.unit == "count" else None
    rests = (after.lstrip(), skipped, *((_owned(after[partitive.end() :]),) if partitive else ()))
    for rest in rests:
        found = pattern.match(rest)
        if (
            found
            and not _inside_a_cue(cue, len(stripped) - len(rest) + found.end())
            and not _a_metric_cue(rest, lexicon)
            and not _verb_of(rest, found, lexicon)
        ):
            return True
    return False


def _inside_a_cue(cue: re.Match | None, end: int) -> bool:
    """Does the metric cue that opens the words after a figure hold a things-word ending at `end`
    ("26 interested parties" when the pack counts interested parties; not "two crowd counts" when
    it counts the crowd)?"""
    return cue is not None and end <= cue.end()


def _owned(rest: str) -> str:
    """What a things-word with an owner's mark owns ("six of the hospitals' patients": "patients",
    which the things-words may not name), else the words as they are."""
    owner = _OWNER_THEN.match(rest)
    return rest[owner.end() :] if owner else rest


_OWNER_THEN = regex_cache.compile(r"[^\W\d_][\w-]*['’]s?\s+")


def _a_population(text: str, start: int, lexicon: Lexicon) -> bool:
    """'Poland, a country of 38 million': does a `populations` phrase end right before the figure
    (or its hedge, starting at `start`)?"""
    return cue_before(
        text, start, lexicon.text.populations.pattern, 0, lexicon.limits.cue_reach_chars
    )


def _verb_of(rest: str, word: re.Match, lexicon: Lexicon) -> bool:
    """'154 ships are waiting', when the pack counts ships ("ships a day"): a metric cue after a
    things-word its pack's cues use, with only predicate links between, is what the figure
    counts ("five countries were affected" stays things when no cue names countries)."""
    if fold(word.group()) not in lexicon.metric_cue_words:
        return False
    links = _patterns(lexicon)["links"].match(rest, word.end())
    return _a_metric_cue(rest, lexicon, links.end())


def _a_bar(text: str, fig: Number, lexicon: Lexicon, next_start: int, cues: list[Span]) -> bool:
    """'short of the 50% required', 'the 272 it would need for a majority': after "the", a figure
    that a requirement word follows within a few words is a bar to reach, not a count ("the 289
    seats needed for a majority"); unless the word is in a metric cue of the pack ("the 9 million
    people in need" when the pack counts people in need). So is the gap to one ("32 seats short
    of")."""
    shortfall = _shortfall_after(lexicon)
    gap = shortfall.match(text, fig.end, next_start) if shortfall is not None else None
    if gap is not None and not (gap.group("word") and _past_verb(text, gap.start("word"), lexicon)):
        return True  # "32 seats short of the 272 it would need": the gap to a bar (not "40% fell
        # short of the 50% required": the 40% is a level)
    if _needed_for(text, fig, lexicon, next_start, cues):
        return True
    pattern, lead = _requirement_after(lexicon), _requirement_lead(lexicon)
    found = pattern.match(text, fig.end, next_start) if pattern is not None else None
    need = found.start("need") if found is not None else 0
    reach = max(0, need - lexicon.limits.cue_look_back_chars)
    if found is None or lead is None or _verb_lead(lexicon).search(text, reach, need):
        return False  # "the 12,000 soldiers gathered to mark Victory Day": a verb
    # the lead ends right before the figure: only a short stretch before it is looked at
    if not lead.search(text, max(0, fig.start - lexicon.limits.cue_look_back_chars), fig.start):
        return False
    # no bar when the requirement word is in a metric cue: "the 9 million people in need"
    return not any(c[0] < found.end("need") and found.start("need") < c[1] for c in cues)


def _needed_for(
    text: str, fig: Number, lexicon: Lexicon, next_start: int, cues: list[Span]
) -> bool:
    """'Parties running alone need 5% of the list vote to win list seats': a share (a count is
    more often a need estimated: "would need more than 1,000 flights to get everyone back") right
    after a requirement verb (a hedge between) with a purpose ("to win") in its tail is a bar,
    unless a metric cue of the pack holds the verb or stands between the share and the purpose
    but for its whole's ("need 20% more beds to cope": beds needed; "5% of the list vote" is what
    the share is of)."""
    p = _requirement_for(lexicon)
    if p is None or fig.unit not in ("%", "pp"):
        return False
    verb = p["verb"].search(text, max(0, fig.start - lexicon.limits.cue_look_back_chars), fig.start)
    purpose = p["purpose"].match(text, fig.end, next_start)
    return (
        verb is not None
        and purpose is not None
        and not any(c[0] < verb.end("verb") and verb.start("verb") < c[1] for c in cues)
        and not any(
            fig.end <= c[0] < purpose.end() and not _names_its_whole(text[fig.end : c[1]], lexicon)
            for c in cues
        )
    )


def _names_its_whole(words: str, lexicon: Lexicon) -> bool:
    """Do the words after a share open with one of the words that join it to its whole ("of the
    list vote")?"""
    folded = fold(words)
    return any(folded.startswith(f"{lead} ") for lead in lexicon.text.part_of.adjacent.folded)


@compiled
def _derived_pairs(lexicon: Lexicon) -> dict[frozenset[str], str]:
    """The pack's derived metrics by the set of metrics each sums."""
    return {frozenset(parts): d for d, parts in lexicon.derived.items()}


@compiled
def _requirement_for(lexicon: Lexicon) -> dict | None:
    t, gap = lexicon.text, lexicon.limits.requirement_words
    if not t.requirement_verbs or not t.requirement_purposes:
        return None
    return {
        "verb": regex_cache.compile(
            rf"\b(?P<verb>{words(t.requirement_verbs)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}$",
            re.IGNORECASE,
        ),
        "purpose": regex_cache.compile(
            rf"(?:\s+[^\W\d_][\w'’-]*){{0,{gap + 2}}}?\s+(?:{words(t.requirement_purposes)})"
            rf"\s+[^\W\d_]",
            re.IGNORECASE,
        ),
    }


@compiled
def _requirement_after(lexicon: Lexicon) -> re.Pattern | None:
    needs, gap = lexicon.text.requirements, lexicon.limits.requirement_words
    if not needs:
        return None
    return regex_cache.compile(
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,{gap}}}?\s+(?P<need>{words(needs)})\b", re.IGNORECASE
    )


@compiled
def _verb_lead(lexicon: Lexicon) -> re.Pattern:
    """A word that makes a requirement word after it a verb ("to mark")."""
    return regex_cache.compile(
        rf"\b(?:{words(lexicon.text.requirement_verb_leads)})\s+$", re.IGNORECASE
    )


@compiled
def _shortfall_after(lexicon: Lexicon) -> re.Pattern | None:
    """The figure's noun or nothing, then a shortfall word ("seats short of"), no comma between."""
    gaps = lexicon.text.shortfalls
    if not gaps:
        return None
    return regex_cache.compile(
        rf"(?:\s+(?P<word>[^\W\d_][\w'’-]*))?\s+(?:{words(gaps)})\b", re.IGNORECASE
    )


@compiled
def _requirement_lead(lexicon: Lexicon) -> re.Pattern | None:
    leads = lexicon.text.requirement_leads
    return regex_cache.compile(rf"\b(?:{words(leads)})\s+$", re.IGNORECASE) if leads else None


def _a_metric_cue(text: str, lexicon: Lexicon, at: int = 0) -> bool:
    """Does a metric cue of the pack start the text at `at` ("roads closed" when the pack counts
    them)?"""
    pattern = lexicon.metric_cue_index[0][0]
    return pattern is not None and pattern.match(text, at) is not None


def _past_verb(text: str, at: int, lexicon: Lexicon, irregular: bool = True) -> bool:
    """Is the word at `at` a verb in the past ("died"), or (unless `irregular` is False) an
    irregular form ("fled", "dying"), per the language pack?"""
    word = _FIRST_WORD.match(text, at)
    if word is None:
        return False
    w = word.group().lower()
    return (irregular and w in lexicon.irregular_words) or any(
        w.endswith(e) and len(w) > len(e) + 1 for e in lexicon.text.past_endings.folded
    )


_FIRST_WORD = regex_cache.compile(r"[^\W\d_]+")
_NEXT_WORD = regex_cache.compile(r"\s+([^\W\d_]+)")
_NOUN_AFTER = regex_cache.compile(r"\s+[^\W\d_]{3,}")
_SPACES = regex_cache.compile(r"\s*")


def _only_links(gap: list[str], links: frozenset[str]) -> bool:
    """Are the words between a figure's noun and a later cue all predicate links ("had", "were
    still", "would be")?"""
    return all(w.isalpha() and lower(w) in links for w in gap)


def _distance(cue: Span, fig: Number) -> int:
    """Characters between a cue and a figure, whichever comes first."""
    return min(abs(cue[0] - fig.end), abs(cue[1] - fig.start))


class _Binding:
    """Binds metric cues in one sentence to its figures, one step at a time."""

    def __init__(self, text: str, figures: list[Number], hedge_starts: list[int], lexicon: Lexicon):
        text = without_asides(text, figures, lexicon)
        self.text, self.figures, self.hedge_starts, self.lexicon = (
            text,
            figures,
            hedge_starts,
            lexicon,
        )
        self.strong = cue_spans(text, lexicon, weak=False)
        self.speaker_asides = list(_patterns(lexicon)["speaker_aside"].finditer(text))
        self.weak = cue_spans(text, lexicon, weak=True)
        shared = lexicon.shared_metric_cues
        # the metrics each cue here may name, when the pack gives it two or more (looked up once)
        self.shared = (
            {c: shared.get(fold(text[c[0] : c[1]])) for c in self.strong + self.weak}
            if shared
            else {}
        )
        self.clause_end = clause_end(lexicon)
        contrasts = {w.lower() for w in lexicon.text.contrasts}
        self.and_words = {w.lower() for w in lexicon.text.clause_words} - contrasts
        # a count after a measure (metres, hectares, hours) in the sentence may be its elided
        # unit's ("and 659,541")
        self.elided = [False] * len(figures)
        for i in range(1, len(figures)):
            self.elided[i] = self.elided[i - 1] or not countable(figures[i - 1])
        self.used: set[int] = set()
        self.contested: set[int] = set()  # figures whose cue has another metric's right beside it
        self.rivals: dict[int, str] = {}  # ...and that other metric, when one cue names it
        self.cue_of: dict[int, int] = {}  # figure -> the strong cue it was read from
        self.result: list[tuple[str | None, str | None]] = [(None, None)] * len(figures)
        self.eligible = []
        # "its six cholera treatment centres", "last summer's five heat periods", "the two rivers"
        # (a number in words): a figure after an owner heads its own noun phrase; only a cue right
        # after it says what it counts
        self.owned = [
            self._heads_its_own_noun(text, start, fig, lexicon)
            for start, fig in zip(hedge_starts, figures, strict=True)
        ]
        self.other_side = {i for i in range(1, len(figures)) if self._tally(i)}
        for i, (start, fig) in enumerate(zip(hedge_starts, figures, strict=True)):
            next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
            things = (
                _counts_things(text, fig, lexicon, next_start)
                or _a_population(text, start, lexicon)
                or self._losing_side(i)
            )
            self.eligible.append(not things and _countable_or_declared(fig, lexicon))
            if things:
                self.result[i] = (None, THINGS)

    def _heads_its_own_noun(self, text: str, start: int, fig: Number, lexicon: Lexicon) -> bool:
        """Does the figure (its hedge at `start`) head its own noun, after an owner ("its six
        centres") or, a number in words, after one of `word_number_owners` with no cue after it,
        weak ones too ("the two rivers"; not "the two victims")?"""
        p = _patterns(lexicon)
        if not p["noun_next"].match(text, fig.end):
            return False
        window = max(0, start - lexicon.limits.owner_chars)
        if p["owner_before"].search(text, window, start):
            return True
        if any(ch.isdigit() for ch in fig.text) or not p["word_owner_before"].search(
            text, window, start
        ):
            return False
        following = _SPACES.match(text, fig.end).end()
        return not any(span[0] == following for span in (*self.strong, *self.weak))

    def _metric(self, cue: int | Span, fig: Number) -> str:
        """The metric a cue names for this figure: a cue the pack gives two metrics ("lost
        revenue" for lost business in dollars and for the share of practices that lost it) names
        the first whose units hold the figure's, else the first. Money or a measure its metrics do
        not count in takes a metric whose cue the cue holds and that does ("revenue rose ... to
        $1.34 billion": revenue, not revenue-growth; `Lexicon.nested_metric_cues`); a count keeps
        the cue's own, as units say little of what a count counts."""
        span = self.strong[cue] if isinstance(cue, int) else cue
        shared = self.shared.get(span) or (span[2],)
        if _counted_in(shared[0], fig, self.lexicon) or fig.unit == "count":
            return next((m for m in shared if _counted_in(m, fig, self.lexicon)), span[2])
        # a cue whose metrics count in other units, holding another metric's cue that counts in
        # the figure's ("revenue rose ... to $1.34 billion")
        nested = self.lexicon.nested_metric_cues.get(fold(self.text[span[0] : span[1]]), ())
        return next((m for m in (*shared, *nested) if _counted_in(m, fig, self.lexicon)), span[2])

    def _tally(self, i: int) -> bool:
        """'by 84 votes to 30': figure `i` follows the figure before, its cue and a tally joiner."""
        joiners = self.lexicon.text.tally_joiners.folded
        before, start = self.figures[i - 1].end, self.hedge_starts[i]
        return any(
            before <= s
            and e <= start
            and not self.text[before:s].strip()
            and self.text[e:start].strip().lower() in joiners
            for s, e, _m in self.strong
        )

    def _losing_side(self, i: int) -> bool:
        """'Lawmakers voted 160 to 84 to override the veto': in a tally a lead opens
        (`tally_leads`), the figure after the first and a tally joiner counts the other side, which
        no cue around them names (the cue after it is the vote's: the first figure's)."""
        if i == 0:
            return False
        first, first_start = self.figures[i - 1], self.hedge_starts[i - 1]
        reach = self.lexicon.limits.cue_look_back_chars
        joiner = self.text[first.end : self.hedge_starts[i]].strip().lower()
        lead = _patterns(self.lexicon)["tally_lead"]
        return (
            lead is not None
            and joiner in self.lexicon.text.tally_joiners.folded
            and lead.search(self.text, max(0, first_start - reach), first_start) is not None
        )

    def open(self, i: int) -> bool:
        """May figure `i` still take a metric from any cue?"""
        return self.open_after(i) and i not in self.other_side

    def open_after(self, i: int) -> bool:
        """May figure `i` still take a metric from a cue after it ("to 30 against")?"""
        return self.eligible[i] and self.result[i][0] is None

    def cues_before(self) -> None:
        """A cue right before the figure (before its hedge): "killed 300", "sent about 12,000",
        unless a cue right after it is closer ("prisoners are among 12,000 troops sent")."""
        limit = self.lexicon.limits.metric_before_words
        for i, fig in enumerate(self.figures):
            if not self.eligible[i] or self.owned[i] or i in self.other_side:
                continue
            head = self.text[: self.hedge_starts[i]]
            chosen = None
            for k, (_s, e, _metric) in enumerate(self.strong):
                metric = self._metric(k, fig)
                if (
                    e <= len(head)
                    and _words(head[e:]) <= limit
                    and not self.clause_end.search(head, e)
                    and k not in self.used
                    and fits(
                        metric,
                        fig,
                        self.lexicon,
                        direct=_words(head[e:]) <= self.lexicon.limits.money_cue_words_before,
                        elided=self.elided[i],
                    )
                    and not self._nearer_the_figure_before(k, i, _words(head[e:]))
                    and not self._counts_a_noun_not_a_share(fig, metric, i)
                ):
                    self.result[i], chosen = (metric, CUE), k
            if chosen is None:
                continue
            distance = _words(head[self.strong[chosen][1] :])
            # "projected 361 seats": a regular past verb right before keeps the figure ("sent 1.5
            # million shells" does not: the shells are what was sent)
            verb = distance == 0 and _past_verb(
                self.text, self.strong[chosen][0], self.lexicon, irregular=False
            )
            gap = fold(head[self.strong[chosen][1] :]).split()
            measure = bool(gap) and gap[0] in self.lexicon.text.measure_links.folded
            if not verb and not measure and self._closer_after(i, distance):
                # "projected 361 seats" keeps its verb; "a margin of 48 votes", its measure
                self.result[i] = (None, None)
            else:
                self.used.add(chosen)
                self.cue_of[i] = chosen

    def subject_cues(self) -> None:
        """'Turnout in the July 23 election reached 66.59%': a figure right after a subject link
        (the language pack's `subject_links`) with no cue of its own before it counts what its
        clause's subject names: the first cue at most `subject_cue_words` words before the link,
        with no clause mark between, that opens its clause (at most `subject_opening_words` words
        before it: not "The number of districts where people died ... rose to 12"), and no other
        figure in the clause before it ("the NIS count of 300 dead and 2,700 wounded comes to
        3,000" sums its figures)."""
        limit = self.lexicon.limits.subject_cue_words
        link = _patterns(self.lexicon)["subject_link"]
        for i, fig in enumerate(self.figures):
            if not self.eligible[i] or self.owned[i] or self.result[i][0] is not None:
                continue
            head = self.text[: self.hedge_starts[i]]
            found = link.search(head, max(0, len(head) - self.lexicon.limits.cue_span_chars))
            if found is None or self._complement(found, fig):
                continue
            previous = self.figures[i - 1].end if i else 0
            for k, (s, e, _metric) in enumerate(self.strong):
                metric = self._metric(k, fig)
                if (
                    previous <= s
                    and (not i or self.clause_end.search(head, previous, s))
                    and e <= found.start()
                    and k not in self.used
                    and _words(head[e : found.start()]) <= limit
                    and not self.clause_end.search(head, e, found.start())
                    and self._opens_its_clause(s)
                    and fits(metric, fig, self.lexicon, elided=self.elided[i])
                ):
                    self.result[i] = (metric, CUE)
                    self.used.add(k)
                    self.cue_of[i] = k
                    break

    def _complement(self, link: re.Match, fig) -> bool:
        """Is the link a copula ("was") and a word right after the figure, so that the figure
        heads a noun of its own ("Among the arrivals were about 1,500 minors"; not "Turnout in the
        runoff was about 81%," nor "The toll was 1,234 on Monday", "Turnout was 64.81% of the 6.8
        million on the roll")?"""
        a = self.lexicon.attribution
        if fold(link.group().split()[-1]) not in a.actor_copulas.folded:
            return False
        word = _WORD_NEXT.match(self.text, fig.end)
        # (a phrase of time or circumstance is no noun: "was 1,234 on Monday", nor is the whole a
        # share is of: "was 64.81% of the 6,859,570 people on the roll")
        leads = a.estimate_gap_leads.folded | self.lexicon.text.measure_links.folded
        return word is not None and fold(word.group("word")) not in leads

    def _opens_its_clause(self, at: int) -> bool:
        """Do at most `subject_opening_words` words stand between the last clause mark (or the
        sentence's start) and `at` ("The national turnout", "Labour's vote share")?"""
        reach = self.lexicon.limits.cue_span_chars
        since = max(0, at - reach)
        marks = list(self.clause_end.finditer(self.text, since, at))
        start = marks[-1].end() if marks else since
        said = self._reported_from(start, at)
        if not marks and since and said is None:
            return False  # no clause mark in reach: a long clause, its subject far before
        start = start if said is None else said
        return _words(self.text[start:at]) <= self.lexicon.limits.subject_opening_words

    def _reported_from(self, start: int, at: int) -> int | None:
        """Where the clause a speech verb opens starts, when the clause from `start` to `at` holds
        one of its own ("The minister said the confirmed death toll in Jamaica had risen to 45"),
        not one inside a relative clause ("The number of districts where officials said people
        died ..."); else None."""
        speech = speech_cues(self.lexicon)
        said = list(speech.finditer(self.text, start, at)) if speech else []
        if not said:
            return None
        relative = self.lexicon.attribution.clause_starts.pattern
        if relative is not None and relative.search(self.text, start, said[-1].start()):
            return None
        return said[-1].end()

    def _counts_a_noun_not_a_share(self, fig: Number, metric: str, i: int) -> bool:
        """'won three constituencies outright', 'won 323 of the 600 seats', 'won more than
        36,500': a count with its own noun right after it, a part of the figure after it, or a
        count above any share is no figure of a metric counted in shares alone (the vote share
        "won" cues)."""
        return (
            fig.unit == "count"
            and (
                fig.high > _WHOLE_SHARE
                or bool(_NOUN_AFTER.match(self.text, fig.end))
                or parts.before_its_whole(
                    self.text, i, self.figures, self.hedge_starts, self.lexicon
                )
            )
            and _share_only(metric, self.lexicon)
        )

    def _nearer_the_figure_before(self, k: int, i: int, distance: int) -> bool:
        """'made more than 100 billion francs of liquidity assistance available to the two banks':
        a cue in the tail of the figure before (no clause mark between), nearer that figure than
        this one, is that figure's, when it has no metric yet and the cue fits it; not a share's
        ("about 5% of a workforce it put at roughly 220,000": the whole the share is of)."""
        if i == 0 or not self.open_after(i - 1) or self.owned[i - 1]:
            return False
        before, s = self.figures[i - 1], self.strong[k][0]
        if before.unit == "%":
            return False
        gap = self.text[before.end : s]
        return (
            before.end <= s
            and _words(gap) < distance
            and not self.clause_end.search(gap)
            and fits(self._metric(k, before), before, self.lexicon, elided=self.elided[i - 1])
        )

    def _closer_after(self, i: int, distance: int) -> bool:
        """Is a cue after the figure nearer it than the cue `distance` words before it? A passive
        infinitive's words between them count for nothing ("minus the 2,500 to be added": the
        figure's own verb, nearer than "cut" before it)."""
        fig, text = self.figures[i], self.text
        following = self.figures[i + 1].start if i + 1 < len(self.figures) else None
        return any(
            fig.end <= c[0]
            and (
                _words(text[fig.end : c[0]]) < distance
                or _words(text[fig.end : c[0]]) == 0
                or self._an_infinitive(text[fig.end : c[0]])
            )
            and not self.clause_end.search(text[fig.end : c[0]])
            and (following is None or c[0] < following)
            for c in self.strong
        )

    def _an_infinitive(self, gap: str) -> bool:
        """Is `gap` an infinitive's mark and predicate links only ("to be", "to have been")?"""
        t = self.lexicon.text
        said = fold(gap).split()
        return (
            bool(said)
            and said[0] in t.infinitive_marks.folded
            and all(w in t.predicate_links.folded for w in said[1:])
        )

    def owned_cues(self) -> None:
        """'the country's estimated 7.5 million children': an owned figure's owner and the words
        after it, the figure left out, may make a cue ("the country's children", the child
        population), which says what it counts better than the noun after it alone (children
        among the refugees); that noun's cue is then its own."""
        pattern, names = self.lexicon.metric_cue_index[0]
        if pattern is None:
            return
        for i, fig in enumerate(self.figures):
            if not self.owned[i] or self.result[i] != (None, None):
                continue
            start = self.hedge_starts[i]
            head = _patterns(self.lexicon)["owner_phrase"].search(
                self.text, max(0, start - self.lexicon.limits.owner_chars), start
            )
            if head is None:
                continue
            tail = self.text[fig.end :]
            noun = fig.end + len(tail) - len(tail.lstrip())  # where the words after it start
            for owner in (head.group().rstrip(), head.group("owner")):
                cue = pattern.match(f"{owner} {tail.lstrip()}")
                if cue is None or cue.end() <= len(owner) + 1:
                    continue  # no cue, or the owner's alone
                metric = names[fold(cue.group())]
                if fits(metric, fig, self.lexicon):
                    self.result[i] = (metric, CUE)
                    reach = noun + cue.end() - len(owner) - 1  # the cue's words after the figure
                    self.used.update(
                        k for k, (s, _e, _m) in enumerate(self.strong) if noun <= s < reach
                    )
                    break

    def cues_after(self) -> None:
        """A cue in the figure's tail, up to the next figure or the end of the clause: "300 ... had
        been killed"."""
        limit = self.lexicon.limits.metric_after_words
        for i, fig in enumerate(self.figures):
            if not self.open_after(i):
                continue
            end = self.figures[i + 1].start if i + 1 < len(self.figures) else len(self.text)
            stop = self.clause_end.search(self.text, fig.end, end)
            end = stop.start() if stop else end
            for k, (s, _e, _metric) in enumerate(self.strong):
                metric = self._metric(k, fig)
                if (
                    k not in self.used
                    and fig.end <= s < end
                    and _words(self.text[fig.end : s]) <= limit
                    and fits(
                        metric,
                        fig,
                        self.lexicon,
                        direct=_words(self.text[fig.end : s])
                        <= self.lexicon.limits.money_cue_words_after,
                        elided=self.elided[i],
                    )
                ):
                    stepped = self._predicate(k, i, end, limit)
                    if not self._whole_of_part(i):
                        stepped = self._part_after(stepped, fig, end, limit)
                    metric = self._metric(stepped, fig)
                    if stepped == k and not self.owned[i] and not self.text[fig.end : s].strip():
                        metric = self._weak_verb(k, i, end) or metric
                    self.result[i] = (metric, CUE)
                    self.used.add(stepped)
                    self.cue_of[i] = stepped
                    if stepped == k and self._beside_another(k, fig):
                        self.contested.add(i)
                        self.rivals[i] = self._metric(k + 1, fig)
                    break

    def _part_after(self, k: int, fig: Number, end: int, limit: int) -> int:
        """'only five were held on suspicion of rioting': a cue of a metric that is a part of cue
        `k`'s (its `whole:`), right after it (at most `part_cue_gap_words` between) in the figure's
        tail (before `end`), says which part it counts; not one in a clause of its own ("sent 3,000
        reinforcements since January to make up the losses")."""
        whole, gap = self._metric(k, fig), self.lexicon.limits.part_cue_gap_words
        for j in range(k + 1, len(self.strong)):
            s = self.strong[j][0]
            if (
                s >= end
                or _words(self.text[fig.end : s]) > limit
                or _words(self.text[self.strong[k][1] : s]) > gap
            ):
                break
            spec = self.lexicon.metrics.get(self._metric(j, fig))
            if j not in self.used and spec is not None and spec.whole == whole:
                return j
        return k

    def _beside_another(self, k: int, fig: Number) -> bool:
        """'202.4 million people watched at least part of the game': right after the cue `k`,
        with nothing between, a cue of another metric (which of the two the figure counts is a
        guess)."""
        if k + 1 >= len(self.strong):
            return False
        s, e, _metric = self.strong[k + 1]
        if lower(self.text[s:e]) in _patterns(self.lexicon)["change_words"]:  # "crossings up to"
            return False
        if s < self.strong[k][1]:
            return False  # a cue that overlaps it ("Net profit fell"): each reads its own figure
        return not self.text[self.strong[k][1] : s].strip() and self._metric(
            k + 1, fig
        ) != self._metric(k, fig)

    def _heads(self, fig: Number, cue_start: int) -> bool:
        """Is the cue at `cue_start` the figure's noun: right after it, or after "of the", "of
        the country's" ("49 of the country's pilgrims"), or "of those" ("30 of those arrested were
        injured": the verb after it says what the part counts)?"""
        words = self.text[fig.end : cue_start].split()
        if words and _POSSESSIVE.search(words[-1]):
            words = words[:-1]
        said = " ".join(words).lower()
        part_of = self.lexicon.text.part_of
        return (
            not words
            or said in part_of.adjacent.folded
            or said in part_of.before.folded
            or _of_those_who(words, self.lexicon)
        )

    def _whole_of_part(self, i: int) -> bool:
        """'4,000 of the 12,000': is figure `i` the whole of the figure right before it?"""
        return i > 0 and parts.before_its_whole(
            self.text, i - 1, self.figures, self.hedge_starts, self.lexicon
        )

    def _predicate(self, k: int, i: int, end: int, limit: int) -> int:
        """'577 pilgrims had died', '95 pilgrims were still in hospital': after the cue `k` right
        after the figure (its noun), the next cue of another metric, with only predicate links
        between ("had", "were still"), or nothing but a verb in the past ("240 pilgrims died"), is
        what the figure counts: its noun's verb. One step only, and not from other adjacent cues
        ("1,301 dead pilgrims", "died in hospital")."""
        fig, links = self.figures[i], self.lexicon.text.predicate_links.folded
        # only a cue right after the figure is its noun ("12,000 troops Pyongyang sent"), and the
        # verb after a whole is its part's ("4,000 of the 12,000 deployed were killed")
        if k + 1 >= len(self.strong) or not self._heads(fig, self.strong[k][0]):
            return k
        if self._whole_of_part(i) or self._object_of(i):
            return k
        s, _e, _metric = self.strong[k + 1]
        gap = self.text[self.strong[k][1] : s].split()
        metric = self._metric(k + 1, fig)
        stepped = (
            s < end
            and k + 1 not in self.used
            and _words(self.text[fig.end : s]) <= limit
            and metric != self._metric(k, fig)
            and _can_count(metric, fig, self.lexicon)  # "2,200 homes burned", not acres burned
            and (_only_links(gap, links) if gap else _past_verb(self.text, s, self.lexicon))
            and fits(metric, fig, self.lexicon, elided=self.elided[i])
        )
        return k + 1 if stepped else k

    def _weak_verb(self, k: int, i: int, end: int) -> str | None:
        """'about 2,500 workers would be affected': the metric of a weak cue after the cue `k`
        right after figure `i` (its noun), with only predicate links or modals between, before
        `end`: the noun's verb, when it counts another thing the figure can be (not for an owned
        figure: "its 26,800 employees would be affected by the new bonus plan")."""
        t = self.lexicon.text
        fig, links = self.figures[i], t.predicate_links.folded | t.predicate_modals.folded
        e = self.strong[k][1]
        s, _, metric = next((w for w in self.weak if w[0] >= e), (end, end, None))
        gap = self.text[e:s].split()
        verb = (
            s < end
            and bool(gap)
            and _only_links(gap, links)
            and metric != self._metric(k, fig)
            and _can_count(metric, fig, self.lexicon)
            and fits(metric, fig, self.lexicon, elided=self.elided[i])
        )
        return metric if verb else None

    def _object_of(self, i: int) -> bool:
        """'Samples from 60 buildings in 25 local authority areas had all failed': a figure right
        after a preposition (its hedge aside) is its object, so the verb after its noun is another
        subject's."""
        at = self.hedge_starts[i]
        reach = self.lexicon.limits.cue_look_back_chars
        before = _LAST_WORD.search(self.text, max(0, at - reach), at)
        return (
            before is not None and lower(before.group(1)) in self.lexicon.text.object_leads.folded
        )

    def units(self) -> None:
        """The metric the unit implies ("$2,000 a month" is pay), unless a cue shortly before the
        figure names another metric counted in its currency or measure ("average annual pay, now
        $75,608": pay, counted in USD a year, not the one metric counted in plain USD)."""
        for i, fig in enumerate(self.figures):
            if self.open(i):
                implied = [m.id for m in self.lexicon.metrics.values() if fig.unit in m.units]
                rival = (
                    self._cue_in_units_before(fig) or self._sole_rival(fig, implied)
                    if implied
                    else None
                )
                if rival is not None and rival not in implied:
                    self.result[i] = (rival, NEAREST)
                elif implied and not self._share_of_another_thing(fig):
                    # of the metrics its unit implies, one a free word in its clause names
                    # ("Voxmeter's final poll ... had them at 23.6 percent": a poll's share, not
                    # the vote's)
                    named = [m for m in implied if self._named_in_clause(m, fig)]
                    metric = named[0] if named else implied[0]
                    self.result[i] = (metric, UNIT if self._worded(metric) else UNIT_ALONE)

    def _named_in_clause(self, metric: str, fig: Number) -> bool:
        """Does a cue of the metric that no other figure took stand in the figure's sentence, no
        contrast between them ("Voxmeter's final poll before the vote had them at 23.6 percent";
        not "Turnout was 84.1%, but the Social Democrats won 27.5%", where the turnout is the
        84.1%'s)? (A clause mark between is allowed, or too many shares lose the word that names
        them; so "The Moderates, who were not in the polls a year ago, won 9.3%" is a poll's.)"""
        contrast = _patterns(self.lexicon)["contrast"]
        for k, (start, end, m) in enumerate(self.strong):
            if m != metric or k in self.used:
                continue
            gap = (end, fig.start) if end <= fig.start else (fig.end, start)
            if gap[0] <= gap[1] and not contrast.search(self.text, *gap):
                return True
        return False

    def _worded(self, metric: str) -> bool:
        """Does a cue of the metric stand anywhere in the sentence ("the cost through fiscal 2024
        at between $2.7 billion and $3.7 billion"; not "would give 100,000 reais to the family of
        each person killed", where only the unit says it is damages)?"""
        return any(m == metric for *_, m in self.strong) or any(
            metric in (shared or ()) for shared in self.shared.values()
        )

    def _share_of_another_thing(self, fig: Number) -> bool:
        """'with 99.43% of ballot boxes opened': a share of a thing no metric cue names (after
        "of" and a determiner at most) is a share of that, not what its unit implies ("58.7
        percent of those counted" names no thing)."""
        if fig.unit != "%":
            return False
        found = _patterns(self.lexicon)["share_of"].match(self.text, fig.end)
        if found is None or lower(found.group("word")) in self.lexicon.text.unnamed_wholes.folded:
            return False
        return not any(fig.end <= s <= found.end() for s, _e, _m in self.strong + self.weak)

    def _sole_rival(self, fig: Number, implied: list[str]) -> str | None:
        """'Its survey, carried out between Nov. 1 and Nov. 8, gave the economy minister 46.7%':
        the one metric the sentence's cues name that is counted in the figure's unit, when no cue
        names the metric the unit implies."""
        base = fig.unit.split("/")[0]
        named = {self._metric(c, fig) for c in self.strong}
        counted = {
            m for m in named if any(u.split("/")[0] == base for u in self.lexicon.units_of(m))
        }
        if len(counted) != 1 or named & set(implied):
            return None
        return next(iter(counted))

    def _cue_in_units_before(self, fig: Number) -> str | None:
        """The metric of the last cue within `cue_reach_chars` before the figure that is counted in
        the figure's unit, rates aside (USD for USD/year)."""
        base, reach = fig.unit.split("/")[0], self.lexicon.limits.cue_reach_chars
        before = [self._metric(c, fig) for c in self.strong if c[1] <= fig.start <= c[1] + reach]
        found = [
            m for m in before if any(u.split("/")[0] == base for u in self.lexicon.units_of(m))
        ]
        return found[-1] if found else None

    def listed(self) -> None:
        """'232 of the dead were in Cairo, 52 in Alexandria and 18 in Suez, the canal city where
        police fired on crowds': a figure with no cue of its own that continues a list (a comma or
        a list joiner right before it, no other clause mark nor a cue of its own between, and a
        place or a group right after it: one of the language pack's `object_leads`) after a figure
        whose cue says what it counts counts that, not a cue further on ("226 million paying
        subscribers and 574 million monthly active users" is no list of subscribers)."""
        leads = self.lexicon.text.object_leads.folded
        joined = _patterns(self.lexicon)["list_joined"]
        listed: set[int] = set()
        for i in range(1, len(self.figures)):
            metric, how = self.result[i - 1]
            after = _NEXT_WORD.match(self.text, self.figures[i].end)
            if (
                # (a unit's metric that no word of the sentence names gives way: "offered 4% for
                # 2022 and 4% for 2023" is no turnout)
                not (self.open(i) or self._unit_alone(i))
                or self.owned[i]
                or metric is None
                or after is None
                or lower(after.group(1)) not in leads
            ):
                continue
            if how != CUE and i - 1 not in listed:
                continue
            start = self.figures[i - 1].end
            gap = self.text[start : self.hedge_starts[i]]
            joiner = joined.search(gap)
            if joiner is None:
                continue
            gap = gap[: joiner.start()]
            if self.clause_end.search(gap) or any(
                k not in self.used and start <= s < start + len(gap)
                for k, (s, _e, _m) in enumerate(self.strong)
            ):
                continue
            if fits(metric, self.figures[i], self.lexicon, elided=self.elided[i]):
                self.result[i] = (metric, NEAREST)
                listed.add(i)

    def _unit_alone(self, i: int) -> bool:
        return self.eligible[i] and i not in self.other_side and self.result[i][1] == UNIT_ALONE

    def nearest(self) -> None:
        """The nearest cue not bound to another figure, then any cue, then a weak cue (counts
        only); never a cue after a contrast ("puts it at 11,300, while the Red Crescent says 10,100
        are missing")."""
        free = [c for k, c in enumerate(self.strong) if k not in self.used]
        contrast = _patterns(self.lexicon)["contrast"]
        pools: tuple[tuple[str, list[Span]], ...] = (
            (NEAREST, free),
            (NEAREST, self.strong),
            (WEAK, self.weak),
        )
        if self.speaker_asides:  # "X, a group that tracks deaths, said 300": its own, last
            speaking = [c for c in self.strong if self._describes_speaker(c)]
            pools = (
                (NEAREST, [c for c in free if c not in speaking]),
                (NEAREST, [c for c in self.strong if c not in speaking]),
                (WEAK, self.weak),
                (NEAREST, speaking),
            )
        for i, fig in enumerate(self.figures):
            if not self.open(i) or self.owned[i]:
                continue
            if fig.unit.split("/")[0] not in COUNTABLE:
                self._nearest_in_units(i, free)
                continue
            # "190 million people": a count of something, never an amount of money
            counted = fig.unit == "count" and bool(_NOUN_AFTER.match(self.text, fig.end))
            for how, pool in pools:
                pool = [  # across a contrast, only a cue before: "fell to 121 seats, while the
                    # Liberal Democrats took 72", not "puts it at 11,300, while ... 10,100 missing"
                    c
                    for c in pool
                    if (c[1] <= fig.start or not contrast.search(self.text, fig.end, c[0]))
                    and fits(self._metric(c, fig), fig, self.lexicon, elided=self.elided[i])
                    and not (counted and _money_only(self._metric(c, fig), self.lexicon))
                    # "raised its tally to 103,000": a cue away, no pay rise, only ever a share
                    and not (
                        fig.unit == "count" and _share_only(self._metric(c, fig), self.lexicon)
                    )
                ]
                if pool:
                    nearest = self._modifier(min(pool, key=lambda c: _distance(c, fig)), pool, fig)
                    self.result[i] = (self._metric(nearest, fig), how)
                    break

    def _describes_speaker(self, cue: Span) -> bool:
        """Is the cue inside an apposition between a name and its speech verb ("..., a company that
        flies cameras over large events, told")? Such a cue says who speaks, so it is taken for
        what a figure counts only when no other cue, a weak one included, is left."""
        return any(m.start() < cue[0] and cue[1] <= m.end() for m in self.speaker_asides)

    def _modifier(self, cue: Span, pool: list[Span], fig: Number) -> Span:
        """'Year-on-year inflation, which the agency put at 289.4%': a cue before the figure right
        after another metric's cue (nothing but a space or a hyphen between) is the noun that one
        modifies, and the modifier says what is counted when its metric has that noun as the head
        of a cue of its own ("annual inflation"); not a verb in the past ("pilgrims died")."""
        if cue[1] > fig.start or _past_verb(self.text, cue[0], self.lexicon):
            return cue
        first = _FIRST_WORD.match(self.text, cue[0])
        if first and first.group().lower() in self.lexicon.text.not_modified.folded:
            return cue  # "monthly inflation could run at", "securities at a loss of"
        head = lower(self.text[cue[0] : cue[1]].split()[-1])
        before = [
            c
            for c in pool
            if c[1] <= cue[0]
            and not self.text[c[1] : cue[0]].strip(" -")
            and self._metric(c, fig) != self._metric(cue, fig)
            # ... when the modifier's metric has the noun as a head too ("annual inflation"):
            # "Crossing deaths" stay deaths
            and head in self.lexicon.metric_cue_heads.get(self._metric(c, fig), ())
        ]
        return before[-1] if before else cue

    def _nearest_in_units(self, i: int, free: list[Span]) -> None:
        """Money or a measure far from its cue: only a cue in its own clause, of a metric counted
        in its unit ("federal assistance approved for survivors had reached $210 million")."""
        fig = self.figures[i]
        fitting = [  # money fits only a metric whose units include its currency
            c
            for c in free
            if fits(self._metric(c, fig), fig, self.lexicon)
            # between the cue and the figure, not inside it ("between $122 billion and $235
            # billion")
            and not self._clause_mark_between(
                *((c[1], fig.start) if c[1] <= fig.start else (fig.end, c[0]))
            )
        ]
        if fitting:
            nearest = min(fitting, key=lambda c: _distance(c, fig))
            self.result[i] = (self._metric(nearest, fig), NEAREST)

    def _clause_mark_between(self, start: int, end: int) -> bool:
        """Does a clause mark stand in text[start:end], other than the commas of a list of words
        ("estimated the damage to buildings, roads and ports at $122 billion")?"""
        marks = [m.start() for m in self.clause_end.finditer(self.text, start, end)]
        if not marks:
            return False
        listed = _patterns(self.lexicon)["word_list"]
        spans = [m.span() for m in listed.finditer(self.text, start, end)]
        return any(not any(s <= mark < e for s, e in spans) for mark in marks)

    def alongside(self) -> None:
        """Money or a measure with no cue in its clause counts what the figure of the same unit
        just before it counts: the level it changed from or the base it is compared with (a count
        or a share too), in any clause but one across a contrast ("$210 million by Oct. 7, up from
        more than $45 million", "240 seats, against 303"); otherwise, money or a measure only,
        when a cue right beside that one bound it and no clause mark stands between ("asked donors
        for $1 billion for Turkey and $397 million for Syria", "rose from about €3.8 billion in the
        2017 bid to €4.38 billion"), or only a comma before a range that is the other end of a
        change ("to $145 billion to $160 billion, from $95 billion to $110 billion")."""
        openers = {w.lower() for w in self.lexicon.numbers.range_pairs}
        contrast = _patterns(self.lexicon)["contrast"]
        for i, fig in enumerate(self.figures):
            countable = fig.unit.split("/")[0] in COUNTABLE
            share = fig.unit == "%"  # (its unit alone gives a share any metric in %)
            if (
                not (self.open(i) or (share and self._unit_alone(i)))
                or self.owned[i]
                or (countable and fig.role is None and not share)
            ):
                continue
            j = next((j for j in range(i - 1, -1, -1) if self.figures[j].unit == fig.unit), None)
            if j is None or self.result[j][1] not in (CUE, NEAREST):
                continue
            gap = self.text[self.figures[j].end : self.hedge_starts[i]]
            if countable and fig.role is None:
                # a share compared with the one before ("Turnout was 84.1%, a little below the
                # 84.6% recorded in 2019")
                joined = self._compared_after(gap, contrast)
            elif fig.role is not None:  # the level it changed from: "$210 million by Oct. 7, up
                # from more than $45 million", not another clause's ("..., saw its value drop from")
                tail, p = gap.rsplit(",", 1)[-1], _patterns(self.lexicon)
                joined = not contrast.search(gap) and (
                    "," not in gap
                    or bool(p["change_from"].fullmatch(tail) or p["compared"].fullmatch(tail))
                )
            else:
                opener = fig.text.split()[0].lower() in openers
                joined = (
                    self.result[j][1] == CUE
                    and (self._joined(gap) or (opener and bool(_COMMA_ONLY.fullmatch(gap))))
                ) or self._compared_after(gap, contrast)
            if joined:
                self.result[i] = (self.result[j][0], NEAREST)

    def _compared_after(self, gap: str, contrast: re.Pattern) -> bool:
        """'17.3 billion euros, short of the 19.35 billion euros BASF had forecast': money or a
        measure after a clause mark and a comparison lead (`time.compared_figure_leads` and an
        article, an adverb or two before them) is compared with the figure before it, the same
        thing, and no contrast stands between."""
        pattern = _patterns(self.lexicon)["compared_figure"]
        tail = gap.rsplit(",", 1)[-1]
        return (
            "," in gap
            and pattern is not None
            and not contrast.search(gap)
            and pattern.fullmatch(tail) is not None
        )

    def levels_after_changes(self) -> None:
        """'revenue rose 16% to $1.34 billion': a level a change in another unit reached, with no
        cue of its own, counts what the cue of that change names in the level's unit (a metric
        the cue holds: "revenue rose" names the growth in %, its "revenue" the dollars), read from
        a word further away."""
        for i in range(1, len(self.figures)):
            fig, change = self.figures[i], self.figures[i - 1]
            if (
                fig.role != "to"
                or not change.change
                or change.unit == fig.unit
                or not self.open(i)
                or self.result[i - 1][1] != CUE
            ):
                continue
            span = self._cue_right_before(i - 1)
            if span is None or self._metric(span, change) != self.result[i - 1][0]:
                continue  # (not the cue the change took)
            metric = self._metric(span, fig)
            if _counted_in(metric, fig, self.lexicon):
                self.result[i] = (metric, NEAREST)

    def _cue_right_before(self, i: int) -> Span | None:
        """The strong cue nearest before figure `i` (its hedge), in its clause and within
        `cue_reach_chars`."""
        start = self.hedge_starts[i]
        reach = self.lexicon.limits.cue_reach_chars
        before = [s for s in self.strong if s[1] <= start and start - s[1] <= reach]
        if not before:
            return None
        span = max(before, key=lambda s: s[1])
        return None if subjects.CLAUSE_MARK.search(self.text, span[1], start) else span

    def totals(self) -> None:
        """A total with no cue of its own after parts of one whole counts that whole: "put
        property damage at $15 billion and lost output at $5 billion, a total of $20 billion",
        "564,967 homes destroyed and 885,280 damaged, nearly 1.5 million in all" (both parts'
        `whole:` is damage, or damage is `derived` from them)."""
        pattern = self.lexicon.text.part_of.totals.pattern
        whole_of = self.lexicon.text.part_of.after.pattern  # "out of": a whole, not a total
        tail = parts.sum_tail(self.lexicon)
        reach = self.lexicon.limits.owner_chars
        for i, fig in enumerate(self.figures):
            if pattern is None or not self.eligible[i] or self.result[i][1] in (CUE, *BY_UNIT):
                continue  # a cue right beside it wins; the nearest cue does not
            start = self.hedge_starts[i]
            lead = self.text[max(0, start - reach) : start]
            said = list(pattern.finditer(lead))
            led = said and not lead[said[-1].end() :].strip() and not _ends_with(whole_of, lead)
            # "a total of" right before the figure, but not "out of a total of"; or "in all" after
            # it ("564,967 homes destroyed and 885,280 damaged, nearly 1.5 million in all")
            if not (led or (tail is not None and tail.match(self.text, fig.end))):
                continue
            whole = self._sum_of_those_before(i)
            if whole is not None:
                self.result[i] = (whole, NEAREST)

    def _sum_of_those_before(self, i: int) -> str | None:
        """The metric the figures in figure `i`'s unit right before it add up to: that of the
        longest run of them, nearest first, that adds up to one ("8.9 million people were affected
        ..., which counted 564,967 homes destroyed and 885,280 damaged, a total of 1,540,247": the
        homes, not the people)."""
        summed: set[str] = set()
        whole = None
        for j in range(i - 1, -1, -1):
            metric = self.result[j][0]
            if self.figures[j].unit != self.figures[i].unit or metric is None:
                continue
            summed.add(metric)
            found = _whole_of(summed, self.lexicon)
            if found is None and whole is not None:
                break
            whole = found or whole
        return whole

    def _joined(self, gap: str) -> bool:
        """No clause mark between two figures, but for an "and" right before the second ("$1
        billion for Turkey and $397 million")."""
        marks = list(self.clause_end.finditer(gap))
        if not marks:
            return True
        last = marks[-1]
        return (
            len(marks) == 1
            and last.group().lower() in self.and_words
            and not gap[last.end() :].strip()
        )

    def rivals_before(self) -> None:
        """'the state was projecting a total of 150,000 cases', 'estimated that the left would win
        between 172 and 192 seats': a figure read from a cue after it, with a cue of another metric
        that fits it shortly before it in its clause (no figure, no clause mark between), may count
        either (when that metric is counted in the figure's unit): the reading is in doubt."""
        reach = self.lexicon.limits.cue_reach_chars
        for i, fig in enumerate(self.figures):
            metric, how = self.result[i]
            if how != CUE or metric is None:
                continue
            start = self.hedge_starts[i]
            previous = self.figures[i - 1].end if i else 0
            rivals = [
                self._metric(k, fig)
                for k, (s, e, _m) in enumerate(self.strong)
                if max(previous, start - reach) <= s
                and e <= start
                and self._metric(k, fig) != metric
                and not self.clause_end.search(self.text, e, start)
                and _counted_in(self._metric(k, fig), fig, self.lexicon)
                and fits(self._metric(k, fig), fig, self.lexicon, elided=self.elided[i])
            ]
            if rivals:
                self.contested.add(i)
                if self._right_before(i, rivals[-1], fig):
                    self.rivals[i] = rivals[-1]

    def joined_into_a_sum(self) -> None:
        """'the dead and the missing now number more than 80,000': a figure read from a cue joined
        by a list joiner (a determiner between) to a cue of another metric counts the pack's
        derived metric of exactly those two (`derived:`), when there is one."""
        derived = _derived_pairs(self.lexicon)
        if not derived:
            return
        joined = _patterns(self.lexicon)["joined_cues"]
        for i, k in self.cue_of.items():
            metric, how = self.result[i]
            for a, b in ((k - 1, k), (k, k + 1)):
                if a < 0 or b >= len(self.strong) or metric is None:
                    continue
                pair = frozenset(
                    (self._metric(a, self.figures[i]), self._metric(b, self.figures[i]))
                )
                gap = (self.strong[a][1], self.strong[b][0])
                if pair in derived and joined.fullmatch(self.text, *gap):
                    self.result[i] = (derived[pair], how)
                    self.contested.discard(i)
                    break

    def homographs(self) -> dict[int, str]:
        """'emerged as the lead bidder, offering $15.5 million': figure -> the other metric whose
        cue, inflected, is the very word the figure's own cue is ("offering" for a share offering,
        and an inflected "offer" for a sale price), counted in the figure's unit, when there is
        one such metric."""
        found = {}
        for i, k in self.cue_of.items():
            metric, how = self.result[i]
            if how != CUE or i in self.rivals:
                continue
            s, e, _m = self.strong[k]
            fig = self.figures[i]
            others = [
                m
                for m in self.lexicon.metrics_of_cue(self.text[s:e])
                if m != metric and _counted_in(m, fig, self.lexicon)
            ]
            if len(others) == 1:
                found[i] = others[0]
        return found

    def _right_before(self, i: int, rival: str, fig: Number) -> bool:
        """Does a cue of `rival` end at most a word before the figure's hedge ("would close another
        80 stores"), or a few words before it with only the figure's own cue between ("forecast
        revenue of $7.93 billion"; not "The closures will leave Acme with 200 stores")?"""
        start, own = self.hedge_starts[i], self.result[i][0]
        near = self.lexicon.limits.cue_words
        own_between = [
            (s, e) for k, (s, e, _m) in enumerate(self.strong) if self._metric(k, fig) == own
        ]
        for k, (_s, e, _m) in enumerate(self.strong):
            if self._metric(k, fig) != rival or e > start:
                continue
            gap = len(self.text[e:start].split())
            if gap <= 1 or (gap <= near and any(e <= s and t <= start for s, t in own_between)):
                return True
        return False

    def valued(self) -> None:
        """'OCHA puts the death toll from the floods at 210': a figure right after a valuation
        link ("at"), with a valuation verb ("puts") before it in its clause (within
        `cue_span_chars`) and no figure nor other verb between (`_another_verb`), counts what the
        first free cue between the verb and the link names, however many words stand between;
        only that first cue is tried (the language pack's `valuation_verbs`, `valuation_links`)."""
        p = _patterns(self.lexicon)
        link, verb = p["valuation_link"], p["valuation_verb"]
        if link is None or verb is None:
            return
        for i, fig in enumerate(self.figures):
            if not self.open(i) or self.owned[i]:
                continue
            start = self.hedge_starts[i]
            reach = max(0, start - self.lexicon.limits.cue_reach_chars)
            linked = link.search(self.text, reach, start)
            if linked is None:
                continue
            since = self.figures[i - 1].end if i else 0
            since = max(since, linked.start() - self.lexicon.limits.cue_span_chars)
            verbs = list(verb.finditer(self.text, since, linked.start()))
            if not verbs or self._another_verb(verbs[-1].end(), linked.start()):
                continue
            for k, (s, e, _m) in enumerate(self.strong):
                if verbs[-1].end() <= s and e <= linked.start() and k not in self.used:
                    metric = self._metric(k, fig)
                    if fits(metric, fig, self.lexicon):
                        self.result[i] = (metric, CUE)
                        self.used.add(k)
                        self.cue_of[i] = k
                    break

    def _another_verb(self, start: int, end: int) -> bool:
        """Does a clause mark, a word opening a clause ("who", "that", "where"), a speech verb, a
        subject link ("stand", "reached") or a passive auxiliary ("were") stand between a
        valuation verb and its "at", so that the "at" is another verb's ("Officials who placed
        the displaced in church halls say that deaths now stand at 228")?"""
        stops = (self.clause_end, *_patterns(self.lexicon)["valuation_stops"])
        return any(p.search(self.text, start, end) for p in stops)

    def owned_things(self) -> None:
        """An owned figure with no cue right after it counts the noun it heads ("its six cholera
        treatment centres"): things, never a metric read from elsewhere."""
        for i, owned in enumerate(self.owned):
            if owned and self.result[i] == (None, None):
                self.result[i] = (None, THINGS)


def _ends_with(pattern: re.Pattern | None, text: str) -> bool:
    """Does a match of `pattern` end `text` (but for spaces)?"""
    stripped = text.rstrip()
    return pattern is not None and any(m.end() == len(stripped) for m in pattern.finditer(stripped))


def _whole_of(parts: set[str], lexicon: Lexicon) -> str | None:
    """The one metric two or more part metrics add up to: the `derived` total made of them, else
    their common `whole:`."""
    if len(parts) < 2:
        return None
    derived = next((t for t, made_of in lexicon.derived.items() if parts <= set(made_of)), None)
    wholes = {lexicon.metrics[p].whole if p in lexicon.metrics else None for p in parts}
    if derived is None and len(wholes) == 1 and None not in wholes:
        return wholes.pop()
    return derived


def bind(
    text: str,
    figures: list[Number],
    hedge_starts: list[int],
    lexicon: Lexicon,
    given: Callable[[str, Number], bool] | None = None,
) -> list[tuple[str | None, str | None]]:
    """(metric, how) of each figure in a sentence. A figure whose cue has another metric's beside
    it counts that other metric when `given` says the reference set has this very figure of it
    and none of the first ("would close another 80 stores": the 80 closures, not 80 stores),
    still in doubt."""
    binding = _Binding(text, figures, hedge_starts, lexicon)
    binding.owned_cues()
    binding.cues_before()
    binding.subject_cues()
    binding.cues_after()
    binding.valued()
    binding.units()
    binding.listed()
    binding.nearest()
    binding.alongside()
    binding.levels_after_changes()
    binding.totals()
    binding.owned_things()
    binding.rivals_before()
    binding.joined_into_a_sum()
    if given is not None:
        for i, rival in binding.rivals.items():
            metric, how = binding.result[i]
            if metric is not None and given(rival, figures[i]) and not given(metric, figures[i]):
                binding.result[i] = (rival, how)
        # ...and so does a figure whose cue is, inflected, another metric's too, with the doubt
        for i, rival in binding.homographs().items():
            metric, how = binding.result[i]
            if given(rival, figures[i]) and not given(metric, figures[i]):
                binding.result[i] = (rival, how)
                binding.contested.add(i)
    ends = [f.start for f in figures[1:]] + [len(text)]
    cues = binding.strong + binding.weak
    return [
        (None, BAR)  # a bar still takes its cue above, so that no other figure does
        if _a_bar(text, figures[i], lexicon, ends[i], cues)
        else (metric, CONTESTED if i in binding.contested and how == CUE else how)
        for i, (metric, how) in enumerate(binding.result)
    ]


def from_wholes(claims: list[Claim], lexicon: Lexicon, text: str = "") -> list[Claim]:
    """A part without a cue counts what its whole counts ("of them, 8,000 are on the front line";
    "300 of the 4,000 killed": the cue right after the whole names both); a whole counts its parts'
    `whole:` metric ("4,000 killed out of 12,000": 12,000 deployed). `text` is the draft's."""
    by_start = {c.start: i for i, c in enumerate(claims)}
    starts = sorted(by_start)
    out = list(claims)
    for i, part in enumerate(claims):
        j = by_start.get(part.whole) if part.whole is not None else None
        if j is None:
            continue
        whole = out[j]
        named_next = whole.metric_how in BY_CUE and _cue_next(text, whole, lexicon)
        if part.metric_how in NO_METRIC:
            continue  # "two Kigali hospitals were among the 12,700 strikers" count hospitals
        if (
            part.metric is None
            or part.metric_how == WEAK
            # "Nine of the country's 10 provinces are now reporting cases": the cue right after
            # the whole names the part before it too, whatever cue is nearest after them
            or (
                named_next
                and part.metric_how == NEAREST
                and (
                    part.metric == whole.metric
                    or (
                        _right_before(text, part, whole, lexicon)
                        # not a metric counted as a part of the whole's ("29 of the 36
                        # confirmed cases were health workers")
                        and lexicon.metrics[part.metric].whole != whole.metric
                    )
                )
            )
            # "confirmed infections in 27 of the country's 36 states": a part that is a
            # preposition's object counts what the cue right after its whole names, not the noun
            # the preposition's phrase qualifies
            or (
                named_next
                and part.metric_how in BY_CUE
                and _right_before(text, part, whole, lexicon)
                and _a_prepositions_object(text, part, lexicon)
                and lexicon.metrics[part.metric].whole != whole.metric
            )
        ):
            split = _split_shared(text, whole, lexicon)
            if split is not None and whole.metric_how in BY_CUE:
                # "345 of the 497 municipalities": the cue names the part's metric and its whole's
                out[i] = replace(part, metric=split[0], metric_how=INHERITED)
                out[j] = replace(whole, metric=split[1])
            elif whole.metric is not None and whole.metric_how in (*BY_CUE, INHERITED):
                own = part.subject or _own_subject(part, starts, text, lexicon)
                out[i] = replace(
                    part,
                    metric=whole.metric,
                    subject=own or whole.subject,
                    subject_how=part.subject_how if own else SUBSET,
                    metric_how=INHERITED,
                )
            continue
        spec = (
            lexicon.metrics.get(part.metric)
            if part.metric_how in (*BY_CUE, *BY_UNIT, NEAREST)
            else None
        )
        # "4,000 out of 12,000 had been killed": the cue after the whole tells what the part counts;
        # "about 2,700 wounded, 500 of them seriously": a whole before its part keeps its own cue
        own_cue = whole.metric_how in BY_CUE and (whole.start < part.start or named_next)
        if (
            spec
            and spec.whole
            and whole.unit == "count"
            and (
                not own_cue
                # "345 of the state's 497 municipalities": a cue the pack gives both the part's
                # metric and its whole's names the whole here
                or (
                    whole.metric == part.metric
                    and _split_shared(text, whole, lexicon) == (part.metric, spec.whole)
                )
            )
            and (whole.metric in (None, part.metric) or whole.metric_how in (NEAREST, WEAK))
        ):
            out[j] = replace(
                whole, metric=spec.whole, subject=whole.subject or part.subject, metric_how=CUE
            )
    return out


def shares_of_pairs(claims: list[Claim], lexicon: Lexicon, text: str) -> list[Claim]:
    """'17,078 of the 36,943 cases ..., or 64% of the total': a share that names the whole right
    after it, or restates the pair after ", or" ("1,074 of the 1,110 legal abortions ... were on
    those grounds, or about three-quarters"), in a sentence with a part and its whole, is their
    ratio, and so is a share alone in a sentence opening "That is" after one ("That is nearly 97
    percent."); a metric read for it from no cue of its own (from its unit, or the nearest cue,
    when it names the whole; from its unit alone, when it restates the pair or stands alone) does
    not hold."""
    by_start = {c.start: c for c in claims}
    pair_ends: dict[int, int] = {}  # sentence -> where its last part-and-whole pair ends
    for c in claims:
        if c.whole is not None:
            whole = by_start.get(c.whole)
            end = max(c.end, whole.end if whole is not None else c.end)
            pair_ends[c.sentence_index] = max(pair_ends.get(c.sentence_index, 0), end)
    return [
        replace(c, metric=None, metric_how=None)
        if c.unit == "%"
        and c.sentence_index in pair_ends
        and (
            (
                c.metric_how in (*BY_UNIT, NEAREST, WEAK)
                and parts.names_the_whole(text, c.end, lexicon)
            )
            # a cue in the sentence may name what the pair's ratio is a share of ("..., or
            # roughly 95 percent" after "in favour of independence"): only the unit's reading
            # gives way
            or (
                c.metric_how in BY_UNIT
                and parts.restates_pair(text, pair_ends[c.sentence_index], c, claims, lexicon)
            )
        )
        or (
            c.unit == "%"
            and c.metric_how in BY_UNIT
            and _the_pair_before(c, pair_ends, claims, lexicon)
        )
        else c
        for c in claims
    ]


def _the_pair_before(
    share: Claim, pair_ends: dict[int, int], claims: list[Claim], lexicon: Lexicon
) -> bool:
    """'... 1,074 of the 1,110 legal abortions performed in 2019, Health Ministry data show. That
    is nearly 97 percent.': a share alone in a sentence that opens "That is", after a sentence
    with a part and its whole, is their ratio."""
    if share.sentence_index - 1 not in pair_ends or not parts.about_the_sentence_before(
        share, lexicon
    ):
        return False
    if any(c.sentence_index == share.sentence_index and c is not share for c in claims):
        return False
    at = share.start - share.sentence_start
    return not any(ch.isalnum() for ch in share.sentence[at + len(share.text) :])


_SENTENCE_END = regex_cache.compile(r"[.!?](?:\s|$)")


def _own_subject(part: Claim, starts: list[int], text: str, lexicon: Lexicon) -> str | None:
    """'24 deaths ... Sixteen of them were in the Eaton Fire and eight in the Palisades Fire': the
    one subject a figure that takes its metric from another names in its own clause after it (up
    to the next figure, of the draft's sorted claim `starts`, or clause mark, within
    `cue_reach_chars`), narrower than the other's."""
    k = bisect.bisect_left(starts, part.end)
    following = starts[k] if k < len(starts) else len(text)
    end = min(following, len(text), part.end + lexicon.limits.cue_reach_chars)
    stops = (
        clause_end(lexicon).search(text, part.end, end),
        _SENTENCE_END.search(text, part.end, end),
    )
    window = text[part.end : min([m.start() for m in stops if m] + [end])]
    found = {c.subject for c in subjects.cues(window, lexicon) if not c.owner}
    return found.pop() if len(found) == 1 else None


def _subject_before(
    claim: Claim, starts: list[int], ends: dict[int, int], text: str, lexicon: Lexicon
) -> str | None:
    """'It put Labour on 191, the SNP on 55 and the Liberal Democrats on 13': the one subject named
    in a figure's own list item before it (after the end of the figure before it, the last comma or
    list joiner, or the sentence's start), at most `echo_subject_words` words before it. `ends`
    maps each figure's start to its end."""
    k = bisect.bisect_left(starts, claim.start)
    begin = max(claim.sentence_start, ends[starts[k - 1]] if k else 0)
    window = text[begin : claim.start]
    cut = max((m.end() for m in _patterns(lexicon)["list_joiner"].finditer(window)), default=0)
    window = window[cut:]
    found = [c for c in subjects.cues(window, lexicon) if not c.owner]
    if len({c.subject for c in found}) != 1:
        return None
    between = window[found[-1].end :].split()
    return found[-1].subject if len(between) <= lexicon.limits.echo_subject_words else None


def _split_shared(text: str, whole: Claim, lexicon: Lexicon) -> tuple[str, str] | None:
    """(part's metric, whole's metric) when the cue right after the whole is one the pack gives a
    metric and its `whole:` metric both."""
    pattern = lexicon.metric_cue_index[0][0]
    found = pattern.match(text, _GAP.match(text, whole.end).end()) if pattern else None
    shared = lexicon.shared_metric_cues.get(fold(found.group()), ()) if found else ()
    return next(
        ((m, lexicon.metrics[m].whole) for m in shared if lexicon.metrics[m].whole in shared),
        None,
    )


def _right_before(text: str, part: Claim, whole: Claim, lexicon: Lexicon) -> bool:
    """'Nine of the country's 10 provinces': only "of the", and an owner, between the part and its
    whole."""
    words_ = text[part.end : whole.start].split() if part.end <= whole.start else []
    if words_ and words_[-1].endswith(("'s", "’s")):  # an owner: "the country's"
        words_ = words_[:-1]
        if words_ and lower(words_[-1]) in lexicon.attribution.determiners.folded:
            words_ = words_[:-1]
    return bool(words_) and fold(" ".join(words_)) in lexicon.text.part_of.adjacent.folded


def _a_prepositions_object(text: str, claim: Claim, lexicon: Lexicon) -> bool:
    """Is the figure right after a preposition (one of `object_leads`), its hedge aside ("in 27
    of the country's 36 states", "across roughly 40 of the 50 states")?"""
    reach = lexicon.limits.cue_look_back_chars
    head = without_hedge(text[max(0, claim.start - reach) : claim.start], lexicon)
    before = _LAST_WORD.search(head)
    return before is not None and lower(before.group(1)) in lexicon.text.object_leads.folded


def _cue_next(text: str, claim: Claim, lexicon: Lexicon) -> bool:
    """Is the claim's metric cue right after it ("the 4,000 killed")?"""
    pattern = lexicon.metric_patterns[claim.metric][0] if claim.metric else None
    return (
        pattern is not None and pattern.match(text, _GAP.match(text, claim.end).end()) is not None
    )


@compiled
def _revision_lead(lexicon: Lexicon) -> re.Pattern | None:
    """'raised that in August to as many as', 'revised it down to': a revision verb, a word naming
    the figure before, up to `cue_reach_chars` of other words, "to" and up to three words, right
    before a figure."""
    n = lexicon.numbers
    if not n.revision_verbs or not n.revision_objects:
        return None
    # the gap holds no full stop but an abbreviation's ("in Aug. to"), and does not open with "of"
    # ("increased the number of troops to 7,000": the object names what it counts itself)
    gap = r"(?!\s+of\b)(?:[^.;:\d]|\.(?=\s*[a-z]))"
    return regex_cache.compile(
        rf"\b(?:{alternation(n.revision_verbs)})\s+(?:{alternation(n.revision_objects)})"
        rf"(?P<gap>{gap}{{0,{lexicon.limits.cue_reach_chars}}}?)\bto\s+(?:[^\W\d]+\s+){{0,3}}$",
        re.IGNORECASE,
    )


@compiled
def _own_noun(lexicon: Lexicon) -> re.Pattern:
    """A noun right after a figure: a word, not a determiner, a small word of a time or place
    phrase or a clause word ("to 155 the next day", "to 155 on Friday" name no noun)."""
    a, t = lexicon.attribution, lexicon.text
    small = [*a.determiners, *a.indefinite_determiners, *a.estimate_gap_leads, *t.clause_words]
    return regex_cache.compile(
        rf"\s+(?!(?:{alternation(small) or '(?!x)x'}))[^\W\d_]{{3,}}", re.IGNORECASE
    )


def _revised(claim: Claim, text: str, lexicon: Lexicon) -> bool:
    """Is the figure one its source moved the figure before it to ("then raised that in August to
    as many as 800,000"), with no metric cue of its own in between?"""
    lead = _revision_lead(lexicon)
    if lead is None or not text or claim.metric_how in (*BY_CUE, UNIT, INHERITED):
        return False  # (a metric from its unit alone, no word of it in the sentence, gives way:
        # "The final count raised that to 84.2 percent" after "put turnout at 84.1 percent")
    if _own_noun(lexicon).match(text, claim.end):
        return False  # "raised it to 10 counties": the figure names what it counts
    reach = 2 * lexicon.limits.cue_reach_chars
    m = lead.search(text, max(0, claim.start - reach), claim.start)
    cues = lexicon.metric_cue_index[0][0]
    return m is not None and not (cues is not None and cues.search(m["gap"]))


def _moved(claim: Claim, kept: list[Claim], text: str, lexicon: Lexicon) -> Claim | None:
    """The figure a revised one was moved from (`_revised`): the last one of its unit within
    `echo_sentences`, alone of its unit in its sentence ("had Remain on 51% and Leave on 49%. ...
    nudged that to 52%" does not say which one moved); None when there is none such."""
    if not kept or not _revised(claim, text, lexicon):
        return None
    last = kept[-1]
    alone = sum(c.sentence_index == last.sentence_index for c in kept) == 1
    near = claim.sentence_index - last.sentence_index <= lexicon.limits.echo_sentences
    return last if alone and near else None


def _wants_echo(claim: Claim) -> bool:
    # only counts: shares and money with no cue of their own are too often of something else
    # ("Foreign investors held about 40 percent" after a 61.8% fall; "revenue came to 20.7 billion
    # pounds, and EBITDA rose 4% to 7.9 billion pounds")
    return claim.unit == "count" and (
        claim.metric is None or (claim.metric_how in (NEAREST, WEAK) and claim.hedge != VAGUE)
    )


def echo(
    claims: list[Claim],
    lexicon: Lexicon,
    text: str = "",
    fits: Callable[[str, str], bool] | None = None,
) -> list[Claim]:
    """A count with no cue of its own counts what the draft counted just before it:
    - it repeats an earlier figure ("The Kremlin has not confirmed the 11,000 figure");
    - it is attributed, or a list item, and follows a figure with a metric in the sentence before or
      its own ("Zelensky's estimate of 11,000 is higher"; "Ukrainian officials say thousands").
    Of the figures of its unit before it, the last one counts, unless the figure names its own
    subject and `fits(metric, subject)` (the reference set has figures of that metric and subject)
    holds for an earlier one only ("a majority of 86. It put Labour on 191": seats, as in "368
    Conservative seats" before). Linear: the last figure of each value, and the last few of each
    unit, are kept as the draft is read."""
    window = lexicon.limits.echo_sentences
    last_of_value: dict[tuple, Claim] = {}
    last_of_unit: dict[str, list[Claim]] = {}
    out: list[Claim] = []
    starts = sorted(c.start for c in claims)
    ends = {c.start: c.end for c in claims}
    for claim in claims:
        moved = _moved(claim, last_of_unit.get(claim.unit, []), text, lexicon)
        if moved is not None:
            claim = replace(
                claim,
                metric=moved.metric,
                subject=claim.subject or moved.subject,
                metric_how=REVISED,
            )
        elif _wants_echo(claim):
            same = (
                last_of_value.get((claim.low, claim.high, claim.unit))
                if claim.hedge != VAGUE
                else None
            )
            candidates = last_of_unit.get(claim.unit, [])
            # the subject the count names itself, found once for both its uses below
            own = (
                _echo_subject(claim, starts, ends, text, lexicon)
                if candidates and claim.metric is None
                else None
            )
            recent = _echoed(candidates, own, fits, claim, lexicon)
            # only a figure someone is quoted with, or a list item, continues the figure before it;
            # "The convoy passed 40 checkpoints" does not
            if recent and (
                claim.sentence_index - recent.sentence_index > window
                or not (claim.source is not None or list_item(claim.sentence, lexicon))
            ):
                recent = None
            if same:
                claim = replace(
                    claim,
                    metric=same.metric,
                    subject=claim.subject or same.subject,
                    metric_how=INHERITED,
                )
            elif claim.metric is None and claim.metric_how not in NO_METRIC and recent:
                claim = replace(
                    claim,
                    metric=recent.metric,
                    subject=claim.subject or own or recent.subject,
                    metric_how=WEAK,
                )
        out.append(claim)
        if claim.metric and claim.metric_how != NEAREST and claim.hedge != VAGUE:
            last_of_value[(claim.low, claim.high, claim.unit)] = claim
        if claim.metric and claim.metric_how in (*BY_CUE, *BY_UNIT, WEAK, INHERITED, REVISED):
            kept = last_of_unit.setdefault(claim.unit, [])
            kept.append(claim)
            del kept[: -lexicon.limits.echo_candidates]
    return out


def _echo_subject(
    claim: Claim, starts: list[int], ends: dict[int, int], text: str, lexicon: Lexicon
) -> str | None:
    """The subject a count that takes an earlier figure's metric names itself, if any."""
    if not text:
        return None
    return _own_subject(claim, starts, text, lexicon) or _subject_before(
        claim, starts, ends, text, lexicon
    )


def _echoed(
    recent: list[Claim],
    own: str | None,
    fits: Callable[[str, str], bool] | None,
    claim: Claim,
    lexicon: Lexicon,
) -> Claim | None:
    """The figure, of the last few of its unit, whose metric a count with no cue of its own
    continues: the last one, or, when the count names its own subject (`own`) and the reference
    set has no figure of the last one's metric for it, the last one within `echo_sentences` of the
    count whose metric it has figures of for that subject (`echo`)."""
    if not recent:
        return None
    last = recent[-1]
    if own is None or fits is None or fits(last.metric, own):
        return last
    window = lexicon.limits.echo_sentences
    fitting = [
        c
        for c in recent
        if claim.sentence_index - c.sentence_index <= window and fits(c.metric, own)
    ]
    return fitting[-1] if fitting else last


def _of_those_who(words: list[str], lexicon: Lexicon) -> bool:
    """'Seven of those who fell ill have died': a partitive lead ("of those") and a relative
    pronoun (auxiliaries after it: "of those who were rescued"), whose clause names the whole; the
    figure's noun is then the verb after it."""
    links = lexicon.text.predicate_links.folded
    while words and lower(words[-1]) in links:
        words = words[:-1]
    if len(words) < 2 or lower(words[-1]) not in lexicon.attribution.relative_pronouns.folded:
        return False
    return " ".join(words[:-1]).lower() in lexicon.text.part_of.before.folded
