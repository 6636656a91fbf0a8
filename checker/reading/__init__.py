"""Reading a draft: sentences -> numbers -> claims (metric, subject, source, time).

`read(document, lexicon, default_subject)` is the one entry: it returns a `Reading` with every
figure of the draft as a `Claim`, in reading order, and the suspicious source names it holds.
Each concern has its own module: `sentences`, `numbers` (over the `quantities` adapter),
`hedges`, `metrics`, `subjects`, `parts`, `time` (over the `dates` adapter), `sources` (known
names and near-misses), `speakers` (any speaker beside a cue) and `attribution`. Vocabulary
comes from the lexicon only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from checker import periods, regex_cache
from checker.inputs import Document
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import fold, lower
from checker.model import VAGUE, Claim, is_money, significant_digits
from checker.reading import (
    attribution,
    hedges,
    metrics,
    numbers,
    parts,
    sentences,
    speakers,
    subjects,
    time,
    units,
)
from checker.reading.distance import cue_before, preposition_before
from checker.reading.known import NOTHING, Known
from checker.reading.sources import Mention

# How a figure's subject was found (`Claim.subject_how`): a cue in its sentence, the one subject a
# sentence just before named, a figure it is linked to (its whole, the figure it repeats), the
# reference set's story subject, or the subject most of the draft's figures name.
CUE, LINKED, STORY, GUESS = "cue", "linked", "story", "guess"
MIXED = "mixed"  # "Russian and North Korean servicemen": several subjects, so none
REST = "rest"  # "... and 99,000 elsewhere": those not named, so none of the pack's
CARRIED = "carried"  # named in a sentence just before, in the same paragraph
PRONOUN = "pronoun"  # the person an object pronoun before it stands for ("had him on 47%")
SPEAKER = "speaker"  # the one subject the figure's source gives figures of its metric of
SUBSET = metrics.SUBSET  # a part's, from its whole ("30 of the country's 42 cases")
SUBJECT_HOW = (CUE, CARRIED, PRONOUN, LINKED, STORY, GUESS, MIXED, REST, SPEAKER, SUBSET)


@dataclass(frozen=True)
class Reading:
    """What one pass over a draft yields."""

    document: Document
    date: dt.date | None  # the draft's date: --date, else its own date line
    claims: list[Claim]
    source_problems: list[
        tuple[int, Mention]
    ]  # (document offset, mention) of near-miss source names


_NOUN_NEXT = regex_cache.compile(r"\s*[^\W\d_]")  # "40 checkpoints": the figure counts its own noun


class _Cues(NamedTuple):
    """What a sentence's cues say, for its own figures and those of the sentences after it."""

    cues: list  # its subject cues (not a speaker's, unless only speakers name one)
    named: list  # ...all of them
    only_speakers: bool  # only speakers' names name a subject
    subject: str | None  # the one subject it names, which the sentences after it may carry
    metrics: set[str]  # the metrics its strong cues name
    metric: str | None  # ...when just one, which the sentences after it may carry


@dataclass
class _Pass:
    """One pass over a draft: what every sentence is read with, and the last day named so far
    ("On March 7 ... In Paris that day")."""

    document: Document
    date: dt.date | None
    lexicon: Lexicon
    known: Known
    anchor: tuple[dt.date, dt.date] | None = None  # the last day (or night) named
    anchor_paragraph: int = 0  # ...in this paragraph (or the one before: `anchor_paragraphs`)
    anchor_lost: bool = False  # a day was named, too far back to be "that day"
    anchor_last: bool = True  # ...and no other time was named after it ("By late April")
    body: dict = field(default_factory=dict)  # paragraph -> its place among non-headings
    year_before: int | None = None  # the last year a sentence named ("that year")
    year_named: int | None = None  # ...or "last year" named, this sentence's too (a look back)
    pieces: list = field(default_factory=list)  # the draft's sentences, for what they carry
    names: list = field(default_factory=list)  # ...and the source mentions of each
    cues_read: dict = field(default_factory=dict)  # sentence index -> _Cues, read once, if asked
    strong: tuple[int, list] | None = None  # (sentence index, its strong metric cues), read once

    def strong_cues(self, sentence: sentences.Sentence) -> list:
        """The sentence's strong metric cues (`metrics.cue_spans`), found once for the passes
        that look at them."""
        if self.strong is None or self.strong[0] != sentence.index:
            self.strong = (
                sentence.index,
                metrics.cue_spans(sentence.text, self.lexicon, weak=False),
            )
        return self.strong[1]

    def named_cues(self, sentence: sentences.Sentence) -> list:
        """All the sentence's subject cues, speakers' names too, read once."""
        return self._cues(sentence).named

    def metric_before(self, sentence: sentences.Sentence) -> tuple[str | None, set[str]]:
        """The one metric the sentence before named, in the same paragraph ("The count of the
        dead kept climbing. The ministry now puts it at 11,300"), and the metrics this sentence
        names."""
        return self._recent(sentence, "metric"), self._cues(sentence).metrics

    def subjects(self, sentence: sentences.Sentence):
        """The sentence's subject cues (not in a dateline, nor in a speaker's name unless it names
        no other), all of them, whether only speakers name one, and the subject carried from the
        sentence before ("Caicedo's move ... tops the list. Sky Sports reported a fee of £100m")."""
        read = self._cues(sentence)
        return read.cues, read.named, read.only_speakers, self._recent(sentence, "subject")

    def _recent(self, sentence: sentences.Sentence, what: str) -> str | None:
        """The one subject (or metric) that the nearest sentence before naming just one named,
        when it is in the same paragraph and at most `carry_window` sentences back. A sentence
        is read for this only when a later one asks: most hold no figure, and few are asked."""
        last = sentence.index - 1 - self.lexicon.limits.carry_window
        for index in range(sentence.index - 1, max(last, -1), -1):
            if self.pieces[index].paragraph != sentence.paragraph:
                return None
            one = getattr(self._cues(self.pieces[index]), what)
            if one is not None:
                return one
        return None

    def _cues(self, sentence: sentences.Sentence) -> _Cues:
        """The sentence's subject and strong metric cues, read once."""
        read = self.cues_read.get(sentence.index)
        if read is None:
            read = self.cues_read[sentence.index] = self._read_cues(sentence)
        return read

    def _read_cues(self, sentence: sentences.Sentence) -> _Cues:
        text, found = sentence.text, self.names[sentence.index]
        skip = sentences.dateline_end(text, self.lexicon)
        named = [c for c in subjects.cues(text, self.lexicon) if c.start >= skip]
        if named:
            named = self._not_what_is_counted(self.strong_cues(sentence), named)
        speakers = [m for m in found if not m.possessive]
        outside = [
            c
            for c in named
            if _OWNER_END.match(text, c.end)  # "Spain's Carlos III Health Institute": its owner
            or not any(c.start < m.end and m.start < c.end for m in speakers)
        ]
        # ...and, beside them, a source's whole name that is what the figure is about ("The
        # coalition holds 36 of the 63 seats in the Althing"), though the reference set's one
        # subject of a metric still wins over it
        free = (
            [
                c
                for c in named
                if c in outside
                or all(
                    _the_whole_name(text, c, m, self.lexicon)
                    for m in speakers
                    if c.start < m.end and m.start < c.end
                )
            ]
            if outside
            else []
        )
        if not free:  # "The Minnesota National Guard said": "national", a common word, is a
            # word of the name there, not a cue
            named = [c for c in named if not _a_common_cue_in_a_name(text, c, found, self.lexicon)]
        # a cue in a speaker's name sets no topic when other cues do ("The East Java police first
        # gave a toll of 127")
        topical = {c.subject for c in (outside or named) if not self._of_a_part(text, c)}
        metrics_named = {m for _, _, m in self.strong_cues(sentence)}
        return _Cues(
            free or named,
            named,
            not outside,
            next(iter(topical)) if len(topical) == 1 else None,
            metrics_named,
            next(iter(metrics_named)) if len(metrics_named) == 1 else None,
        )

    def _not_what_is_counted(self, spans: list, named: list) -> list:
        """Without a subject cue inside a longer metric cue (of `spans`: "police" in "taken into
        police custody") when the reference set has figures of that metric, none of them of that
        subject: it says what is counted, not of whom."""
        known = self.known

        def counted(cue) -> bool:
            return any(
                start <= cue.start
                and cue.end <= end
                and end - start > cue.end - cue.start
                and known.subjects_of(metric)
                and cue.subject not in known.subjects_of(metric)
                for start, end, metric in spans
            )

        return [c for c in named if not counted(c)]

    def _of_a_part(self, text: str, cue) -> bool:
        """'48 cases on Feb. 11, most of them in Gaines County', '127, including two officers': a
        cue a few words after "of them" or "including" names a part, not the sentence's topic for
        the sentences after it."""
        part_of, reach = self.lexicon.text.part_of, self.lexicon.limits.cue_reach_chars
        found = [
            m
            for pattern in (part_of.before.pattern, part_of.including.pattern)
            if pattern is not None
            for m in pattern.finditer(text, max(0, cue.start - reach), cue.start)
        ]
        last = max((m.end() for m in found), default=None)
        return last is not None and len(text[last : cue.start].split()) <= (
            self.lexicon.limits.cue_words
        )

    def days_named(self, sentence: sentences.Sentence, skip: int, found: list[Mention]) -> None:
        """Remember the day a sentence without figures names ("The climb-down was announced on
        June 18.", "after the violence of last Wednesday"): what "the next day", "that day" later
        count from."""
        if time.may_name_a_day(sentence.text[skip:], self.lexicon):
            self.periods(sentence.text, skip, sentence.paragraph, found)
        else:
            if self.anchor_last and time.names_a_month(sentence.text[skip:], self.lexicon):
                self.anchor_last = False  # "Cases spread through April and May. Two weeks
                # later": not two weeks after the day named before
            # "This year's monsoon has been milder. ... by Aug. 10": this year's, whatever year
            # was named before
            self.year_named = (
                time.year_said(sentence.text[skip:], self.date, self.lexicon) or self.year_named
            )

    def periods(self, text: str, skip: int, paragraph: int = 0, names=(), levels=()) -> list:
        """The times the sentence names past its dateline (`skip`), none inside a source's name
        among `names` ("the April 6 Youth Movement" names no day). A day right after an earlier
        level (`levels`: the (start, end) of "up from ..." figures) is that level's, and no day
        "that day" later counts from: "2,357 deaths, up from 1,774 on Tuesday. The same day, ..."
        is the day of the 2,357."""
        paragraph = self.body.get(paragraph, paragraph)  # headings between do not count
        lost = (
            self.anchor is not None
            and paragraph - self.anchor_paragraph > self.lexicon.limits.anchor_paragraphs
        )
        if lost:
            self.anchor = None  # "that night", paragraphs after the last day named: not that day
        shouted = text.title() if sentences.shouting(text, self.lexicon) else text  # "SINCE MAY"
        found = [
            p
            for p in time.find_periods(
                shouted if len(shouted) == len(text) else text,
                self.date,
                self.lexicon,
                self.anchor,
                self.year_before,
                lost or self.anchor_lost,
                (self.known.times, self.year_named),
                paragraph == self.anchor_paragraph and self.anchor_last,
            )
            if p.offset >= skip and not any(_in_a_name(p, m, self.lexicon) for m in names)
        ]
        days = [
            p
            for p in found
            if time.anchors((p.start, p.end), self.lexicon)
            and not time.owns_a_noun(text, p, self.lexicon)
            and not any(_right_after(text, level, p.offset, self.lexicon) for level in levels)
        ]
        self.anchor_lost = (lost or self.anchor_lost) and not days
        if days:
            self.anchor, self.anchor_paragraph = (days[-1].start, days[-1].end), paragraph
        if found:
            self.anchor_last = bool(days) and days[-1] is found[-1]
        self.year_before = time.last_year(text) or self.year_before
        self.year_named = time.year_named(text, found) or self.year_named
        return found


def _right_after(text: str, figure: tuple[int, int], at: int, lexicon: Lexicon) -> bool:
    """Does `at` come a few words (`cue_words`) after the figure, in its clause?"""
    if at < figure[1]:
        return False
    between = text[figure[1] : at]
    return len(between.split()) <= lexicon.limits.cue_words and not any(m in between for m in ",;:")


def _in_a_name(period, mention: Mention, lexicon: Lexicon) -> bool:
    """Is the time inside a source's name as the reference set writes it ("the April 6 Youth
    Movement"; not a speaker whose words run on past a date)?"""
    spec = lexicon.sources.get(mention.source) if mention.source else None
    if spec is None or not (mention.start <= period.offset < mention.end):
        return False
    # (lower keeps positions but for a few letters, "İ"; a name written with other spacing is
    # not found, and its time is read as one)
    said, at = lower(mention.text), period.offset - mention.start
    for name in (spec.name or "", *spec.aliases):
        name = lower(name)
        where = said.find(name) if name else -1
        if where >= 0 and where <= at and at + len(period.text) <= where + len(name):
            return True
    return False


def _a_cue_misnames(
    text: str, fig, metric: str | None, subject: str, cues: list, known: Known, lexicon: Lexicon
) -> bool:
    """'NHTSA trimmed its figure in September to 19.2 million, saying Takata's filings had been
    full of duplicates': a cue names a subject the reference set has no figure of the metric for,
    and the figure, precise, is another subject's (`_anothers_figure`): the cue is not whom it
    counts. Not a cue after a preposition before the figure ("In Samar, the toll reached 5,209"):
    that says where the draft means, and a figure of the wrong place stays so."""
    return (
        metric is not None
        and subject not in known.subjects_of(metric)
        and not any(
            c.subject == subject
            and c.end <= fig.start
            and preposition_before(text, c.start, lexicon)
            for c in cues
        )
        and _anothers_figure(fig, metric, subject, known, lexicon)
    )


def _not_in_anothers_name(cues: list, found: list[Mention], chosen) -> list:
    """When only speakers' names name a subject, the cues not in the name of a known source other
    than the figure's (`chosen`) speaking ("The National Unity Government said at least 455 people
    had died, and Rohingya community leaders have given similar estimates": "Rohingya" names the
    leaders, not whom the 455 are); the figure's own source's name may still name them ("The
    East Java police gave a toll of 127")."""
    if chosen is None or not chosen.source:
        return cues
    others = [m for m in found if m.source and m.source != chosen.source and m.cued]
    return [c for c in cues if not any(m.start <= c.start and c.end <= m.end for m in others)]


def _counts_anyone(text: str, fig, lexicon: Lexicon) -> bool:
    """'72 people': a figure right before a word for anyone at all (no group in particular)."""
    pattern = lexicon.text.anyone.pattern
    return pattern is not None and bool(pattern.match(text, _SPACES.match(text, fig.end).end()))


def _anothers_figure(fig, metric: str, carried: str, known: Known, lexicon: Lexicon) -> bool:
    """'about 10,000 people might have died in Leyte alone ... on Nov. 15, the council's count
    reached 5,209': a figure of `carried_subject_digits` significant digits or more that the
    reference set has, written so, of its metric for other subjects only is theirs, not the
    subject a sentence before named."""
    if significant_digits(fig.low) < lexicon.limits.carried_subject_digits:
        return False
    given = known.given_by_anyone.get((fig.unit, fig.low, fig.high), frozenset())
    of_whom = {subject for m, subject in given if m == metric}
    return bool(of_whom) and carried not in of_whom


_SPACES = regex_cache.compile(r"\s*")
_OWNER_END = regex_cache.compile(r"['’]s\s")
_DIGIT = regex_cache.compile(r"\d")


def _outside_names(text: str, figures: list, found: list[Mention], named: list) -> list:
    """The figures outside a source's name ("Channel 12 said", "France 2's audience") and a
    subject's name the pack gives ("the two fires")."""
    return [
        f
        for f in figures
        if not any(_in_name(text, f, m) for m in found)
        and not any(c.start <= f.start and f.end <= c.end for c in named)
    ]


def _sentence_claims(
    reader: _Pass,
    sentence: sentences.Sentence,
    found: list[Mention],
    resolved: list[Mention],
    attributed: attribution.Attribution | None,
) -> list[Claim]:
    document, lexicon, known = reader.document, reader.lexicon, reader.known
    text = sentence.text
    skip = sentences.dateline_end(text, lexicon)
    figures = numbers.find_numbers(text, lexicon)
    if figures:  # (most sentences hold none: their cues are read only if a later one asks)
        subject_cues, named, only_speakers, carried = reader.subjects(sentence)
        metric_before, metrics_named = reader.metric_before(sentence)
        figures = _outside_names(text, figures, found, named)
    if not figures:
        reader.days_named(sentence, skip, found)
        return []
    chains = [hedges.chain(text, fig, lexicon) for fig in figures]
    starts = [start for _, start in chains]
    levelled: dict[int, str] = {}  # amounts added whose increment word is their metric's own
    # cue, with the change they were read as
    known = reader.known
    bound = metrics.bind(
        text,
        figures,
        starts,
        lexicon,
        lambda metric, fig: known.has_figure(metric, fig.low, fig.high, fig.precision),
    )
    found_periods = reader.periods(
        text,
        skip,
        sentence.paragraph,
        found,
        tuple((f.start, f.end) for f in figures if f.role == "from"),
    )
    linked = parts.find(text, figures, starts, lexicon)
    first_part: dict[int, int] = {}  # a whole after its part -> that part
    whole_after: dict[int, int] = {}  # a part -> its whole after it
    for j, (_, whole_of) in enumerate(linked):
        if whole_of is not None and whole_of > j:
            first_part.setdefault(whole_of, j)
            whole_after[j] = whole_of
    figure_starts = [f.start for f in figures]
    spans = tuple((f.start, f.end) for f in figures)
    levels = tuple(f.start for f in figures if f.role == "from")  # "up from 91 on Oct. 4"
    out = []
    hedged: list[tuple[str, float]] = []
    for i, fig in enumerate(figures):
        hedge, tolerance = (VAGUE, 0.0) if fig.vague else hedges.primary(chains[i][0], lexicon)
        if fig.conversion_of is not None and hedge == "exact":  # "topped 10 inches (254mm)"
            hedge, tolerance = hedged[fig.conversion_of]
        hedged.append((hedge, tolerance))
        chosen = attribution.relative_giver(text, fig.end, found, lexicon) or attribution.choose(
            attributed, resolved, fig.start, text, figure_starts, lexicon
        )
        if attribution.inferred(text, chosen, fig.start, lexicon):
            chosen = None  # ", meaning about 40 were protesters": the writer's, no source's
        relayed = attribution.relay(chosen, resolved, fig.start, text, lexicon)
        period = time.period_for(text, fig.start, fig.end, found_periods, lexicon, levels, spans)
        said = bool(period) and (
            time.said_when(text, period, lexicon)
            or time.set_when(text, period, fig.start, fig.end, lexicon)
            or time.issued_when(text, period, fig.start, fig.end, lexicon)
        )
        if said:
            period = time.said_by(period, reader.date)
        line, column = document.position(sentence.start + fig.start)
        metric, how = _from_before(
            bound[i], metric_before, metrics_named, fig, starts[i], text, lexicon
        )
        change, added = _change(text, fig, metric, how, lexicon)
        if added:
            levelled[sentence.start + fig.start] = fig.change
        if chosen and chosen.how == attribution.ACTED and not _gives(chosen.source, metric, reader):
            chosen = None  # "Kim loaded 12,000 soldiers onto trains": he did it, others counted
        mixed = bool(metric) and subjects.mixed(text, named, fig.end, lexicon)
        cues = _own_subject_cues(
            text, subject_cues, figures, i, starts, spans, (first_part, whole_after), lexicon
        )
        cues = _not_in_anothers_name(cues, found, chosen if only_speakers else None)
        subject = (
            None if mixed else _subject(cues, fig, metric, known, only_speakers, text, lexicon)
        )
        subject_how = MIXED if mixed else CUE if subject else None
        if subject_how == CUE and _a_cue_misnames(text, fig, metric, subject, cues, known, lexicon):
            subject, subject_how = None, None
        if subject_how is None and subjects.counts_the_rest(text, fig.end, lexicon):
            subject_how = REST
        if subject_how is None and _elided_after(out, metric, how, text, fig, lexicon):
            # "In Munich, police said about 100,000 people had come, and Fridays for Future said
            # 250,000": a figure with no noun of its own, after one of its metric, is of its people
            subject, subject_how = out[-1].subject, CUE
        if (
            metric
            and subject_how not in (MIXED, REST)
            and not named
            and carried in (known.subjects_of(metric) or {carried})
            and not _counts_anyone(text, fig, lexicon)
            and not _anothers_figure(fig, metric, carried, known, lexicon)
        ):
            subject, subject_how = carried, CARRIED
        whole = linked[i][1]
        out.append(
            Claim(
                path=document.path,
                line=line,
                column=column,
                start=sentence.start + fig.start,
                end=sentence.start + fig.end,
                text=fig.text,
                low=fig.low,
                high=fig.high,
                hedge=hedge,
                unit=fig.unit,
                metric=metric,
                subject=subject,
                subject_how=subject_how,
                subject_among=subject_how == CUE
                and subjects.among(cues, fig.start, fig.end, subject, text),
                metric_how=how,
                source=chosen.source if chosen else None,
                source_text=chosen.source_text if chosen else "",
                source_how=chosen.how if chosen else None,
                cited_by=chosen.cited_by if chosen else (),
                relayed_by=relayed[0],
                relays=relayed[1],
                as_of=period.label if period else None,
                as_of_said=said,
                as_of_opens=bool(period) and time.opens_clause(text, period, fig.start, lexicon),
                as_of_by=bool(period) and time.by_deadline(text, period, lexicon),
                as_of_closes=bool(period) and time.closes_clause(text, period, fig.start, lexicon),
                as_of_event=bool(period) and time.names_an_event(text, period, lexicon, fig.start),
                as_of_named=bool(period)
                and not said  # (when a source spoke: its time zone, its late-night statement)
                and period.named
                and not time.across_an_offset(text, period, fig.start, fig.end, lexicon),
                sentence=text,
                sentence_index=sentence.index,
                sentence_start=sentence.start,
                paragraph=sentence.paragraph,
                part=linked[i][0],
                tolerance=tolerance,
                whole=None if whole is None else sentence.start + figures[whole].start,
                change=change,
                role=fig.role,
                precision=fig.precision or _rounded(fig, hedge, lexicon),
                conversion_of=None
                if fig.conversion_of is None
                else sentence.start + figures[fig.conversion_of].start,
            )
        )
    return _added_to_its_own(out, levelled, lexicon)


def _rounded(fig: numbers.Number, hedge: str, lexicon: Lexicon) -> float:
    """Half the step a plain whole figure is rounded to ("481,000 deaths" for 481,486: 500;
    `units.round_step`); none for a bound ("fewer than 481,000" is no rounding) or a range. (A
    share has its written precision already: `units.dress`.)"""
    if hedge != "exact" or fig.low != fig.high:
        return 0.0
    return units.round_step(fig.low, lexicon) / 2


def _change(
    text: str, fig: numbers.Number, metric: str | None, how: str | None, lexicon: Lexicon
) -> tuple[str | None, bool]:
    """The figure's change ("up", "down" or none), and whether it is an amount added that is read
    as the level of its metric for its increment word ("4,454 new deaths")."""
    if not fig.change or how not in (metrics.CUE, metrics.CONTESTED):
        return fig.change, False  # (contested: "prices rose 2.4 percent", "rose" another's cue)
    if metrics.names_the_change(text, fig.start, fig.end, metric, lexicon):
        return None, False  # "a 30% raise": the level of the raise
    if metrics.names_the_increment(text, fig.end, metric, lexicon):
        return None, True  # "4,454 new deaths": the level of the day's new deaths
    return fig.change, False


def _added_to_its_own(
    claims: list[Claim], levelled: dict[int, str], lexicon: Lexicon
) -> list[Claim]:
    """'raised its tally to 501,800, after a recount turned up tens of thousands of new arrivals',
    where the metric's cue is "new arrivals": an amount added to a total of its own metric that
    the sentence gives as the new total ("raised its tally to") is a change of that total, though
    its increment word is the metric's cue (not "4,454 new deaths, bringing the toll to 303,720",
    where the day's new deaths are one metric and the toll another, nor "..., though daily deaths
    had peaked at 4,529 on May 19", another level of the metric, no total)."""
    if not levelled:
        return claims
    totals = {
        c.metric
        for c in claims
        if c.is_level
        and c.start not in levelled
        and numbers.a_new_total(c.sentence, c.start - c.sentence_start, lexicon)
    }
    return [
        replace(claim, change=levelled[claim.start])
        if claim.start in levelled and claim.metric in totals
        else claim
        for claim in claims
    ]


def _from_before(
    bound: tuple[str | None, str | None],
    before: str | None,
    named: set[str],
    fig: numbers.Number,
    start: int,
    text: str,
    lexicon: Lexicon,
) -> tuple[str | None, str | None]:
    """The figure's metric and how it was read, taking the one metric the sentence before named
    (`before`) for a figure "it" stands for ("Turnout added to the sense of a mandate. The Comelec
    puts it at 80.38 percent, ... where vote-counting machines broke down"), when no word beside
    it names another and its own sentence names none before it; and for a figure no word names,
    when it is bare ("... now puts it at 11,300,") or money the carried metric is counted in, in
    a sentence naming no other ("Estimates of the damage vary. ... its figure: from $95 billion
    on Sept. 27")."""
    metric, how = bound
    if (
        before
        and how in _LOOSE
        and _of_it(text, start, lexicon)
        # "It overstated Labor's primary vote, though, putting it at 36 per cent": "it" is what
        # its own sentence named before it
        and not (metric is not None and lexicon.names_metric(metric, text[:start]))
    ):
        return before, metrics.REFERRED
    if (
        metric is None
        and how is None
        and before
        and (
            (fig.unit == "count" and not _NOUN_NEXT.match(text, fig.end))
            or (named <= {before} and _counted_in(before, fig, lexicon))
        )
    ):
        return before, metrics.CARRIED
    return metric, how


_LOOSE = (None, metrics.NEAREST, metrics.WEAK)  # no word beside the figure says what it counts


def _of_it(text: str, start: int, lexicon: Lexicon) -> bool:
    """Does a `pronoun_leads` phrase ("puts it at") end right before the figure (or its hedge) at
    `start`?"""
    return cue_before(
        text, start, lexicon.text.pronoun_leads.pattern, 0, lexicon.limits.cue_reach_chars
    )


def _counted_in(metric: str, fig: numbers.Number, lexicon: Lexicon) -> bool:
    """Money or a measure in a unit the metric is counted in (its pack's or its figures' units)."""
    return fig.unit.split("/")[0] not in metrics.COUNTABLE and metrics.fits(metric, fig, lexicon)


def _subject(
    cues,
    fig,
    metric: str | None,
    known: Known,
    only_speakers: bool,
    text: str | None = None,
    lexicon: Lexicon | None = None,
) -> str | None:
    """The subject nearest the figure; when the sentence names none but its speaker ("Boeing said
    the offer would raise wages by 35%"), the one subject the reference set knows for the metric
    wins over the speaker."""
    if not metric:  # kept only if a later pass finds its metric ("they included 47 Syrians")
        return next(
            (
                c.subject
                for c in cues
                if text is not None and c.start >= fig.end and not text[fig.end : c.start].strip()
            ),
            None,
        )
    preferred = known.subjects_of(metric)
    subject = subjects.nearest(cues, fig.start, fig.end, preferred, text, lexicon)
    if (
        preferred
        and subject not in preferred
        and text is not None
        and lexicon is not None
        and subjects.names_an_event(cues, subject, text, lexicon)
    ):
        # "the death toll from the earthquake", "the earthquake had caused 5 billion pesos in
        # damage": the event, a subject of its own (its magnitude), caused what the figure counts
        rest = [c for c in cues if c.subject != subject]
        subject = subjects.nearest(rest, fig.start, fig.end, preferred, text, lexicon)
    if len(preferred) == 1 and subject not in preferred:
        # a speaker's name, a cue from another clause, or the doer of what the figure counts,
        # does not move a figure off the one subject the reference set has it for ("Máynez on
        # 10.41%, with turnout of 60.92%", "police had shut about 400 polling stations")
        if only_speakers or (
            subject is not None
            and text is not None
            and (
                subjects.only_across(cues, fig.start, fig.end, subject, text)
                or (
                    lexicon is not None
                    and (
                        subjects.listed(cues, subject, text, lexicon)
                        or subjects.acts(cues, fig.start, subject, text, lexicon)
                    )
                )
            )
        ):
            return next(iter(preferred))
    if subject is not None and text is not None and lexicon is not None:
        # "In Washington state, ... cost 2,300 jobs at offices in Seattle and Bellevue": the
        # places listed together are the figure's as a whole; another cue of the sentence, not
        # in a list, names it
        if subjects.listed(cues, subject, text, lexicon):
            rest = [  # one before the figure (not "..., far from the Sunnyvale campus")
                c
                for c in cues
                if c.end <= fig.start and not subjects.listed(cues, c.subject, text, lexicon)
            ]
            # ...and with none, no one of the places alone ("Human Rights Watch, whose
            # researchers visited hospitals in Cairo, Alexandria and Suez, had documented 302
            # deaths": not Suez's)
            return (
                subjects.nearest(rest, fig.start, fig.end, preferred, text, lexicon)
                if rest
                else None
            )
    return subject


_ENDS_ITS_CLAUSE = regex_cache.compile(r"\s*(?:[,;:.!?)\"”’—–]|$)")


def _named_a_total(text: str, fig: numbers.Number, since: int, lexicon: Lexicon) -> bool:
    """Is the figure named a total a few words before it, after the figure before it at `since`
    ("a total of 45", "put the total at 1.28 million": the language pack's `part_of.totals`)?"""
    lead, limits = lexicon.text.part_of.totals.pattern, lexicon.limits
    if lead is None:
        return False
    found = list(lead.finditer(text, max(0, since, fig.start - limits.cue_reach_chars), fig.start))
    return bool(found) and len(text[found[-1].end() : fig.start].split()) <= limits.cue_words


def _own_subject_cues(
    text: str,
    subject_cues,
    figures: list[numbers.Number],
    i: int,
    starts: list[int],
    spans: tuple[tuple[int, int], ...],
    linked: tuple[dict[int, int], dict[int, int]],
    lexicon: Lexicon,
):
    """The subject cues of the sentence that are the i-th figure's own (`subjects.own_cues`).
    `linked`: a whole after its part -> that part, and a part -> its whole after it."""
    first_part, whole_after = linked
    fig = figures[i]
    following = next(  # "€121m (£106.8m) for Enzo Fernández": a conversion is not the next
        (f.start for f in figures[i + 1 :] if f.conversion_of is None), None
    )
    previous = figures[i - 1].end if i else None
    cues = subjects.own_cues(
        text, subject_cues, fig.end, following, lexicon, starts[i], previous, spans
    )
    if i in first_part:  # "Venezuelans ..., three-quarters of all 520,085 crossings": the
        # whole is not the part's people
        cues = [c for c in cues if c.start >= figures[first_part[i]].end]
    if i in whole_after and any(c.end <= fig.start for c in cues):
        # "took 20.8% of the vote and 15 of the 63 seats in the Althing": a cue past the whole
        # is the whole's, when one before the part names the part
        past = figures[whole_after[i]].end
        cues = [c for c in cues if c.start < past]
    if previous is not None and _counts_anyone(text, fig, lexicon):
        # "48 police officers had been hurt and that 22 people had sought medical help": the
        # noun counted by the figure before is that figure's; "people" are no one in
        # particular (a cue elsewhere, "across Africa", is still the sentence's)
        cues = [
            c for c in cues if not (previous <= c.start and not text[previous : c.start].strip())
        ]
    return cues


def _elided_after(
    before: list[Claim],
    metric: str | None,
    how: str | None,
    text: str,
    fig: numbers.Number,
    lexicon: Lexicon,
) -> bool:
    """Is the figure one with no word of its own after it (its metric read from a word further
    away; a clause mark or the sentence's end right after it), named no total ("put the total at
    1.28 million"), right after a figure of that metric whose subject a cue named, not a part of
    another ("762 cases, including 414 in Gaines County, before it revised the count to 700": not
    Gaines County's)?"""
    if not before or metric is None or how != metrics.NEAREST:
        return False
    last = before[-1]
    since = last.end - last.sentence_start  # the figure before, in the sentence
    if not _ENDS_ITS_CLAUSE.match(text, fig.end) or _named_a_total(text, fig, since, lexicon):
        return False
    return (
        last.metric == metric
        and last.subject_how == CUE
        and last.subject is not None
        and not last.part
        and last.whole is None
    )


def _with_subject(
    claim: Claim,
    default: str | None,
    how: str,
    known: Known,
    lexicon: Lexicon,
    other_named: bool = False,
) -> Claim:
    if claim.subject and claim.subject_how is None:
        return replace(claim, subject_how=LINKED)
    only = known.subjects_of(claim.metric)
    if claim.subject_how == MIXED and claim.metric and default and only == {default}:
        # "13,000 houses on Abaco and Grand Bahama", when the set has the figure only of the
        # story's subject and the sentence does not name it among the others (not "Russian and
        # North Korean servicemen" in a story of North Korean troops): that subject's, a guess
        named = lexicon.subject_patterns.get(default)
        if named is None or not named.search(claim.sentence):
            return replace(claim, subject=default, subject_how=GUESS)
    if claim.subject or not claim.metric or claim.subject_how in (MIXED, REST):
        return claim  # "hundreds of Russian and North Korean servicemen" is of neither alone
    if len(only) == 1:  # "a 30% raise": the reference set knows raises of the machinists only
        return replace(claim, subject=next(iter(only)), subject_how=STORY)
    if default is None:
        return claim
    # "1,604 dead there and 976 in Taroudant": the story's subject, though the sentence (or the
    # one before it in its paragraph: `other_named`) names another, is a guess
    doubt = other_named or _somewhere_named(claim, lexicon)
    return replace(claim, subject=default, subject_how=GUESS if doubt else how)


def _others_named(
    pieces: list[sentences.Sentence], default: str | None, lexicon: Lexicon
) -> list[bool]:
    """For each sentence, whether it or the sentence before it in its paragraph names a subject of
    the pack other than `default` ("A referendum held alongside the election ... Only 40.91% of
    those eligible took part"); each sentence is searched once."""
    if default is None:
        return [False] * len(pieces)
    here = [
        any(
            subject != default and pattern.search(piece.text)
            for subject, pattern in lexicon.subject_patterns.items()
        )
        for piece in pieces
    ]
    return [
        here[i] or (i > 0 and pieces[i - 1].paragraph == piece.paragraph and here[i - 1])
        for i, piece in enumerate(pieces)
    ]


def _somewhere_named(claim: Claim, lexicon: Lexicon) -> bool:
    """'At least 35 people were killed there': a place named before ("there", the language pack's
    place anaphors) a few words after the figure makes it that place's, not surely the story's."""
    pattern = lexicon.text.place_anaphors.pattern
    at = claim.sentence.find(claim.text)
    if pattern is None or at < 0:
        return False
    after = claim.sentence[at + len(claim.text) :][: lexicon.limits.cue_reach_chars]
    found = pattern.search(after)
    return found is not None and len(after[: found.start()].split()) <= lexicon.limits.cue_words


def _shared_subjects(claims: list[Claim], text: str, lexicon: Lexicon) -> list[Claim]:
    """'14 people had been killed and three seriously injured': a figure of a known metric whose
    sentence names no subject for it, right after another figure's clause with only "and" or a
    comma between (no contrast, no other subject), counts the same people."""
    out: list[Claim] = []
    for claim in claims:
        before = out[-1] if out else None
        if (
            before is not None
            and claim.metric
            and claim.subject is None
            and claim.subject_how is None
            and before.subject
            and before.subject_how in (CUE, CARRIED)
            and before.sentence_index == claim.sentence_index
            and _joined(text, before, claim, lexicon)
        ):
            claim = replace(claim, subject=before.subject, subject_how=LINKED)
        out.append(claim)
    return out


def _joined(text: str, before: Claim, claim: Claim, lexicon: Lexicon) -> bool:
    """Are the two figures (offsets in the draft's `text`) joined by "and" or a comma, with a few
    words of the first's between, and nothing that opens another clause ("but", "while", ";")?"""
    between = text[before.end : claim.start]
    words_ = between.split()
    if not words_ or len(words_) > lexicon.limits.part_between_words:
        return False
    contrast = lexicon.text.contrasts.pattern
    anyone = lexicon.text.anyone.pattern
    last = words_[-1]
    return (
        # "killed and three", "killed, three", "killed, and three"
        (last.endswith(",") or last.lower() in lexicon.text.conjunctions.folded)
        # "and 11 people arrested": people at all, of no group in particular
        and not (anyone and anyone.match(text, _SPACES.match(text, claim.end).end()))
        and ";" not in between
        and not (contrast and contrast.search(between))
    )


def _named_by_name(claim: Claim, lexicon: Lexicon) -> bool:
    """Does the claim's sentence name its subject by a proper name ("across Africa"), not only by
    a common noun ("the country's pilgrims")?"""
    pattern = lexicon.subject_patterns.get(claim.subject)
    return pattern is not None and any(
        m.start() > 0 and m.group()[:1].isupper() for m in pattern.finditer(claim.sentence)
    )


def _speakers_subject(
    claim: Claim, known: Known, lexicon: Lexicon, whole: Claim | None = None
) -> Claim:
    """'Tunisian authorities say 35 pilgrims have died': a figure given the story's own subject
    (all pilgrims) for want of another, whose named source gives figures of its metric of one other
    subject only, and none of the story's, is of that subject (Tunisian pilgrims); when the source
    gives figures of the story's subject and others, it is of the subject of the one such figure
    the source gave written as it is (`_givers_subject`: the Met's 45 arrests across London). A
    subject the sentence names by a proper name is kept ("more than 17,000 cases across Africa"),
    and so is its whole's ("63 confirmed and probable cases ..., including 29 deaths"), and the
    whole's is kept when a scope word stands in the figure's clause (`_scoped`)."""
    if (
        claim.subject is None
        or claim.subject != known.subject
        or not claim.source
        or (claim.subject_how == CUE and _named_by_name(claim, lexicon))
        or (whole is not None and whole.subject == claim.subject)
    ):
        return claim
    given = known.subjects_given(claim.metric, claim.source)
    if claim.subject in given and len(given) > 1:
        # "The Metropolitan Police said it made 45 arrests", the Met giving arrests at Wembley
        # and across London: the subject of the one such figure it gave written so
        own = None if _scoped(claim, lexicon) else _givers_subject(claim, known, lexicon)
        return (
            claim
            if own in (None, claim.subject)
            else replace(claim, subject=own, subject_how=SPEAKER)
        )
    if claim.subject in given or _scoped(claim, lexicon):
        return claim  # (not "45 people had died nationwide": the whole's, whoever gave it)
    if len(given) != 1:
        own = _givers_subject_named_before(claim, given, lexicon)
        return claim if own is None else replace(claim, subject=own, subject_how=SPEAKER)
    return replace(claim, subject=next(iter(given)), subject_how=SPEAKER)


def _givers_subject_named_before(claim: Claim, given, lexicon: Lexicon) -> str | None:
    """'Oregon's state medical examiner has now linked at least 94 deaths to the heat wave, most of
    them in the Portland area', the examiner giving deaths of Oregon and of Multnomah County only:
    of a figure whose subject was guessed, the one subject of the source's figures of its metric
    that the sentence names before the figure with no other figure between, if only one is (not
    "Morena and its partners ... will hold 364 of the 500 seats": the 500 are the chamber's)."""
    if claim.subject_how != GUESS:
        return None
    head = claim.sentence[: claim.start - claim.sentence_start]
    named = []
    for s in sorted(given):
        pattern = lexicon.subject_patterns.get(s)
        found = list(pattern.finditer(head)) if pattern is not None else []
        if found and not _DIGIT.search(head, found[-1].end()):
            named.append(s)
    return named[0] if len(named) == 1 else None


def _pronouns_subject(claim: Claim, reader: _Pass, known: Known, lexicon: Lexicon) -> Claim:
    """'Odinga went into the election as the favourite. An Ipsos poll in May had him on 47%': a
    figure no cue names the subject of, with an object pronoun (`object_pronouns`) right after a
    verb of reading (`pronoun_readers`) within `cue_reach_chars` before it in its clause, is of
    the person the pronoun stands for: the subject whose name is the last one before the pronoun
    in its sentence, else in the sentence before in its paragraph, when the reference set has
    figures of the metric of that subject."""
    pattern = _read_pronoun(lexicon)
    if pattern is None or claim.metric is None or claim.subject_how not in (STORY, GUESS, None):
        return claim
    at = claim.start - claim.sentence_start
    head = claim.sentence[max(0, at - lexicon.limits.cue_reach_chars) : at]
    found = list(pattern.finditer(head))
    if not found or _CLAUSE_MARKS.search(head, found[-1].end()):
        return claim
    wanted = known.subjects_of(claim.metric)
    pieces = reader.pieces
    here = pieces[claim.sentence_index]
    before = at - len(head) + found[-1].start("pronoun")
    named = [c for c in reader.named_cues(here) if c.end <= before]
    if (
        not named
        and claim.sentence_index
        and pieces[claim.sentence_index - 1].paragraph == here.paragraph
    ):
        here = pieces[claim.sentence_index - 1]
        named = list(reader.named_cues(here))
    names = [c for c in named if _a_name(here.text, c, lexicon) and c.subject in wanted]
    last = max(names, key=lambda c: c.start, default=None)  # the name nearest before it
    return replace(claim, subject=last.subject, subject_how=PRONOUN) if last else claim


@compiled
def _read_pronoun(lexicon: Lexicon) -> re.Pattern | None:
    """An object pronoun right after a verb of reading a poll or a count ("had him", "gave her")."""
    t = lexicon.text
    if t.object_pronouns.pattern is None or t.pronoun_readers.pattern is None:
        return None
    return regex_cache.compile(
        rf"(?:{t.pronoun_readers.pattern.pattern})\s+(?P<pronoun>{t.object_pronouns.pattern.pattern})",
        re.IGNORECASE,
    )


def _a_name(text: str, cue, lexicon: Lexicon) -> bool:
    """Is the subject cue a name: capitalised as written, and so in the topic pack?"""
    written = text[cue.start : cue.end]
    return written[:1].isupper() and not _a_common_cue(written, cue.subject, lexicon)


def _scoped(claim: Claim, lexicon: Lexicon) -> bool:
    """Does one of the language pack's `scope_words` stand in the figure's clause, within
    `cue_reach_chars` of it ("killed 45 people across the country", "45 had died nationwide")?"""
    pattern = lexicon.text.scope_words.pattern
    if pattern is None:
        return False
    at, reach = claim.start - claim.sentence_start, lexicon.limits.cue_reach_chars
    end = at + len(claim.text)
    window = claim.sentence[max(0, at - reach) : end + reach]
    start = min(at, reach)
    clause = _CLAUSE_MARKS.split(window[:start])[-1], _CLAUSE_MARKS.split(window[start:])[0]
    return any(pattern.search(part) for part in clause)


_CLAUSE_MARKS = regex_cache.compile(r"[,;:()]")


def _givers_subject(claim: Claim, known: Known, lexicon: Lexicon) -> str | None:
    """The subject of the one figure of the claim's metric its source gave written as the claim is
    (`_given_so`), else None."""
    subjects = {s for (metric, s, *_) in _given_so(claim, known, lexicon) if metric == claim.metric}
    return subjects.pop() if len(subjects) == 1 else None


@compiled
def _shared_heads(lexicon: Lexicon) -> tuple[str, ...]:
    """The bodies' nouns two sources' names or more have ("ministry" of a health and an interior
    one)."""
    nouns = lexicon.attribution.group_nouns.folded
    return tuple(w for w, named in lexicon.name_words.items() if len(named) > 1 and w in nouns)


def _one_of_that_name(
    claim: Claim, known: Known, lexicon: Lexicon, bodies: dict[int, str | None]
) -> Claim:
    """'The ministry said 193 people were detained', with a health and an interior ministry in the
    reference set and neither named lately: of the sources whose names have the back-reference's
    head noun, the one the reference set has figures of the claim's metric from, when just one
    has; the doubt is said. `bodies` keeps each sentence's back-reference, read once."""
    if claim.source is not None or claim.metric is None or not claim.is_level:
        return claim
    if claim.sentence_index not in bodies:
        bodies[claim.sentence_index] = _body_referred_to(claim.sentence, lexicon)
    back = bodies[claim.sentence_index]
    named = lexicon.name_words.get(lower(back).split()[-1], set()) if back else set()
    givers = [s for s in named if s in known.sources_of(claim.metric)]
    if len(named) < 2 or len(givers) != 1:
        return claim
    return replace(claim, source=givers[0], source_text=back, source_how=attribution.OF_ITS_KIND)


def _body_referred_to(sentence: str, lexicon: Lexicon) -> str | None:
    """The sentence's back-reference by a body's noun that two sources' names or more have, if
    any."""
    said = lower(sentence)
    if not any(head in said for head in _shared_heads(lexicon)):
        return None  # (no head noun two sources' names have: the common case, kept cheap)
    return attribution.body_referred_to(sentence, lexicon)


def _givers_metric(claim: Claim, known: Known, lexicon: Lexicon) -> Claim:
    """'The Dallas Fed has estimated the storm's cost to the Texas economy at $195 billion to $295
    billion', 'Ipsos put the National Rally bloc at 34%': money or a share that no word names (a
    share whose metric only its unit gave too: "a survey by Invamer ... gave Hernández 48.2%"),
    credited in its own clause to a source whose reference figures in that currency (or in %) are
    all of one metric, and within `giver_reach_factor` of them, counts that metric, with the doubt
    said ("the Fed said it would lend $20 billion to banks" is no $80 billion loss estimate)."""
    if (
        (
            claim.metric is not None
            and (claim.metric_how not in metrics.BY_UNIT or claim.unit != "%")
        )
        or claim.metric_how in metrics.NO_METRIC
        or claim.source is None
        or claim.source_how != attribution.CLAUSE
        or not claim.is_level
        or not (is_money(claim.unit) or claim.unit == "%")
    ):
        return claim
    given = known.given_in.get((claim.source, claim.unit.split("/")[0]), {})
    subject = None
    if claim.subject is None:  # "ZDF's exit poll ... put the SPD at 25 percent"
        given, subject = _given_of_the_named(claim, given, known, lexicon)
    if len(given) != 1:
        return claim
    [(metric, (low, high))] = given.items()
    reach = lexicon.limits.giver_reach_factor
    if low <= 0 or not (low / reach <= claim.high and claim.low <= high * reach):
        return claim
    claim = replace(claim, metric=metric, metric_how=metrics.GIVER)
    return replace(claim, subject=subject, subject_how=CUE) if subject else claim


def _givers_figure(claim: Claim, known: Known, lexicon: Lexicon) -> Claim:
    """'In July, the government of the Northwest Territories ordered about 20,000 people to leave
    Yellowknife': a figure whose words name loosely or not at all what it counts (`_loosely_read`),
    credited to a source that gave that very figure (value and unit) of one metric, counts that
    metric (and, when no subject was read for it, that figure's subject), with the doubt said. A
    figure below `giver_figure_min` must be dated about when the source's was, if at all: small
    numbers meet by chance ("Police said 2 men were held on Aug. 18": no 2 killed of Aug. 16)."""
    if not claim.is_level or not _loosely_read(claim, known):
        return claim
    if claim.source is None:  # no one credited: an amount the reference set has of one metric
        return _anyones_figure(claim, known, lexicon)
    return _counting_as_given(claim, _given_so(claim, known, lexicon))


def _counting_as_given(claim: Claim, given) -> Claim:
    """The claim counting the one metric of the figures written as it is (`given`: (metric,
    subject, ...) of each), with the doubt said, and, when its subject is unsure, their one
    subject; as it was when they are of several metrics."""
    found = {metric for metric, *_ in given}
    if len(found) != 1:
        return claim
    [metric] = found
    # a subject read along with another metric than this ("87 of the deaths ... Lambayeque has
    # recorded more than 26,000" took the deaths' subject with their metric) goes with it
    unsure = claim.subject is None or (claim.metric is not None and claim.subject_how != CUE)
    claim = replace(claim, metric=metric, metric_how=metrics.GIVER)
    subjects = {subject for _, subject, *_ in given}
    if unsure and len(subjects) == 1:
        claim = replace(claim, subject=subjects.pop(), subject_how=GUESS)
    return claim


def _anyones_figure(claim: Claim, known: Known, lexicon: Lexicon) -> Claim:
    """'on Aug. 25, Barcelona spent €147 million of the Neymar money on Ousmane Dembélé': an amount
    of money no word names and no one is credited with, that the reference set has, written so
    (value and currency), of one metric only, counts that metric (and, when no subject was read for
    it, that figure's subject), with the doubt said. Only an amount of `anyones_figure_digits`
    significant digits or more: round amounts ("approved €40 million for a tram line") and counts
    meet by chance."""
    if claim.metric is not None or not is_money(claim.unit) or claim.hedge == VAGUE:
        return claim
    # (written in digits: an amount in words, "twenty million", is a round one)
    digits = significant_digits(claim.low) if _DIGIT.search(claim.text) else 0
    if digits < lexicon.limits.anyones_figure_digits:
        return claim
    given = known.given_by_anyone.get((claim.unit, claim.low, claim.high), frozenset())
    return _counting_as_given(claim, given)


def _given_so(claim: Claim, known: Known, lexicon: Lexicon) -> frozenset[tuple]:
    """(metric, subject, when, stated) of each figure the claim's source gave written as the claim
    is; below `giver_figure_min`, only those dated about when the claim is: small numbers meet by
    chance."""
    given = known.given_as.get((claim.source, claim.unit, claim.low, claim.high), frozenset())
    if claim.high < lexicon.limits.giver_figure_min:
        given = frozenset(g for g in given if _about_then(claim.when, g[2:]))
    return given


def _about_then(when, spans) -> bool:
    """Is the claim undated, or dated within a day of one of the figure's times (what it is about,
    when it was given)?"""
    return when is None or periods.near_any(when, spans)


def _loosely_read(claim: Claim, known: Known) -> bool:
    """Is what the figure counts read from no word, or only from a word nearby: not its own cue,
    not a share (where a value alike is much likelier by chance), and not a metric the reference
    set has that very figure of? Not a figure read to count nothing."""
    if claim.metric is None:
        return claim.metric_how not in metrics.NO_METRIC
    return not (
        claim.unit == "%"
        or claim.metric_how in (metrics.CUE, metrics.CONTESTED)
        or known.has_figure(claim.metric, claim.low, claim.high, claim.precision)
    )


def _given_of_the_named(claim: Claim, given: dict, known: Known, lexicon: Lexicon):
    """'the far-right Alternative for Germany, which the returning officer's count put at 11.3
    percent', from a source that gives shares of several metrics: those of them the reference set
    has of the one subject named before the figure in its sentence, and that subject (none when
    several are: "Wajackoyah and Waihiga shared what was left: 0.44 percent and 0.23 percent");
    from a source that gives shares of one metric, that subject if the set has figures of it."""
    at = claim.start - claim.sentence_start
    cues = [  # not an owner ("put the SPD's conservative rivals at 24 percent")
        c for c in subjects.cues(claim.sentence, lexicon) if c.end <= at and not c.owner
    ]
    if len({c.subject for c in cues}) != 1:
        return given, None
    subject = cues[0].subject
    of_it = {m: span for m, span in given.items() if subject in known.subjects_of(m)}
    if len(given) > 1:
        return of_it, subject
    # one metric: the subject only in the figure's own stretch ("put the SPD at 25 percent"; not
    # "Before Caicedo, the British record belonged to ...")
    own = of_it and not subjects.CLAUSE_MARK.search(claim.sentence, cues[-1].end, at)
    return (of_it, subject) if own else (given, None)


def _joined_metrics(claim: Claim, lexicon: Lexicon) -> Claim:
    """'26,621 dead or missing': a figure read from the first of two or more cues of different
    metrics joined right after it counts them all: the `derived:` metric of just those parts, or
    no metric the pack has (not the dead alone)."""
    if claim.metric_how not in metrics.BY_CUE:
        return claim
    joined = metrics.joined_after(claim.sentence, claim.end - claim.sentence_start, lexicon)
    if len(joined) < 2 or claim.metric not in joined:
        return claim
    whole = next((w for w, parts in lexicon.derived.items() if set(parts) == joined), None)
    return replace(claim, metric=whole, metric_how=metrics.JOINED)


def _speakers_metric(claim: Claim, known: Known, lexicon: Lexicon) -> Claim:
    """'Ifop, working for TF1, put the New Popular Front at 180 to 215 seats': a figure read as a
    metric its named source gives no figure of, though it gives figures of another metric counted
    in the same unit (a pollster's projected seats, not seats won), may count that one: the reading
    is in doubt. (Reading it as that one whatever the figure catches more projections but hides
    figures credited to the wrong source: tried, and not kept.) Only when the figure is none of
    those the reference set has of the metric read, and the source gave this very figure of that
    one (`_its_own_figure_of`), or the cue it was read from names that one too
    (`_rival_on_its_cue`), or it was read from one of two cues side by side and the other names
    that one (`_rival_beside`), does it count that one."""
    if (
        not claim.source
        or claim.metric_how not in (metrics.CUE, *metrics.BY_UNIT, metrics.CONTESTED)
        or claim.source in known.sources_of(claim.metric)
    ):
        return claim
    if not any(claim.source in sources for sources in known.sources.values()):
        return claim  # a source with no figures at all: nothing to go by
    base = claim.unit.split("/")[0]
    rivals = [
        metric
        for metric, sources in known.sources.items()
        if metric != claim.metric
        and claim.source in sources
        and any(u.split("/")[0] == base for u in lexicon.units_of(metric))
    ]
    if not rivals:
        return claim
    if known.has_figure(claim.metric, claim.low, claim.high, claim.precision):
        # "YouGov said Remain won 48.1 per cent": another source's result, credited to the pollster
        shared = None
    elif own := _its_own_figure_of(claim, rivals, known, lexicon):
        return replace(claim, metric=own, metric_how=metrics.GIVER)
    else:
        shared = _rival_on_its_cue(claim, rivals, lexicon)
    if shared is None and claim.metric_how == metrics.CONTESTED:
        shared = _rival_beside(claim, rivals, lexicon)
        if shared is not None and _only_of(claim, claim.metric, shared, known):
            shared = None  # "displaced families had reported 228 deaths": the ministry's 228
            # deaths, credited to the wrong source (not "projected ... 180 seats", the low end of
            # the pollster's own range)
    if shared is not None:
        return replace(claim, metric=shared, metric_how=metrics.WEAK)
    if claim.metric_how == metrics.CONTESTED:
        return claim  # a doubt already said
    # kept as read (a figure credited to the wrong source is what misattribution looks for), with
    # the doubt said
    return replace(claim, metric_how=metrics.UNLIKE)


def _its_own_figure_of(
    claim: Claim, rivals: list[str], known: Known, lexicon: Lexicon
) -> str | None:
    """'SBS ... gave the Democratic Party and its satellite 183 to 197 seats', 'A record 73 women
    won seats, Kyodo News reported': the one metric of `rivals` that the figure's source gave this
    very figure of (value and unit, `_given_so`, which asks a small count to be dated about then,
    if at all). A small count may meet another by chance ("The CDC said the three patients
    hospitalized were improving", beside the CDC's 3 deaths): tried with counts below
    `giver_figure_min` left out, it lost 62 metrics read right on the held-out stories and fixed
    none, so they are kept."""
    given = {metric for metric, *_ in _given_so(claim, known, lexicon)} & set(rivals)
    return given.pop() if len(given) == 1 else None


def _rival_on_its_cue(claim: Claim, rivals: list[str], lexicon: Lexicon) -> str | None:
    """'Ipsos MORI's final survey ... had Remain on 55 per cent': the cue nearest the figure that
    names what it was read to count ("Remain": the result's share) also names, loosely, exactly one
    metric its named source gives figures of (a poll's Remain share): the figure counts that one."""
    at = claim.start - claim.sentence_start
    spans = [
        (start, end, lexicon.metrics_of_cue(claim.sentence[start:end]))
        for start, end, _ in metrics.cue_spans(claim.sentence, lexicon, weak=False)
    ]
    naming = [s for s in spans if claim.metric in s[2]]
    if not naming:
        return None
    _, _, named = min(naming, key=lambda s: min(abs(s[0] - at), abs(s[1] - at)))
    shared = [r for r in rivals if r in named]
    return shared[0] if len(shared) == 1 else None


def _only_of(claim: Claim, metric: str, other: str, known: Known) -> bool:
    """Has someone given the figure as one of `metric`, and no one as one of `other`?"""
    low, high, slack = claim.low, claim.high, claim.precision
    return known.has_figure(metric, low, high, slack) and not known.has_figure(
        other, low, high, slack
    )


def _rival_beside(claim: Claim, rivals: list[str], lexicon: Lexicon) -> str | None:
    """'338Canada's model projected the Liberals would win 226 seats': a figure read from one of
    two cues side by side that count different things ("projected", "seats") counts the other's
    metric when that is the one metric of `rivals` (those its named source gives figures of) a
    cue within `cue_reach_chars` of it names."""
    at, reach = claim.start - claim.sentence_start, lexicon.limits.cue_reach_chars
    named = {
        metric
        for start, end, _ in metrics.cue_spans(claim.sentence, lexicon, weak=False)
        if start - reach <= at + len(claim.text) and at - reach <= end
        for metric in lexicon.metrics_of_cue(claim.sentence[start:end])
        if metric in rivals
    }
    return named.pop() if len(named) == 1 else None


def _converted(claims: list[Claim]) -> list[Claim]:
    """A conversion in brackets counts what the figure it converts counts ("a fee of £100m
    (€116m)")."""
    by_start = {c.start: c for c in claims}
    out = []
    for claim in claims:
        original = by_start.get(claim.conversion_of) if claim.conversion_of is not None else None
        if original is not None and claim.metric is None and original.metric is not None:
            claim = replace(
                claim,
                metric=original.metric,
                metric_how=metrics.INHERITED,
                subject=claim.subject or original.subject,
                subject_how=claim.subject_how if claim.subject else original.subject_how,
            )
        out.append(claim)
    return out


_NAME_WORD_BEFORE = regex_cache.compile(
    rf"\b[{sentences.CAPITALS}][\w&.-]*\s+$"
)  # not an owner's "Kim's"


def _in_name(text: str, figure: numbers.Number, mention: Mention) -> bool:
    """Is the figure part of a source's name, right after a capitalised word of it ("Channel 12",
    "France 2", "the charity Utopia 56") or a known name that is a number word ("the Seven
    Network", "Seven, which broadcast the match"), rather than a figure inside a speaker's
    description ("a West Ham season-ticket holder of 30 years")?"""
    if not (mention.start <= figure.start and figure.end <= mention.end):
        return False
    word = _NAME_WORD_BEFORE.search(text, mention.start, figure.start)
    if word is None:
        return mention.source is not None and _number_named(text, figure, mention)
    # a speaker the reference set does not know: not the sentence's first word ("Almost half of
    # the firms surveyed said")
    return mention.source is not None or (mention.cued and bool(text[: word.start()].strip()))


_NAME_GOES_ON = regex_cache.compile(r"\s*(?:[,;:.)]|$)")


def _the_whole_name(text: str, cue, mention: Mention, lexicon: Lexicon) -> bool:
    """Is the subject cue a whole name of a source that opens a clause and does not speak there
    ("The coalition holds 36 of the 63 seats, Frostadottir said", "..., while UBS booked a $774
    million loss": what the figure is about; not "spent $2 billion on Twitter ads, the group
    said"), but for a determiner ("the")?"""
    if mention.cued or mention.end > cue.end:
        return False
    reach = lexicon.limits.cue_look_back_chars  # (the last two words before it are enough)
    before = text[max(0, cue.start - reach) : cue.start].split()
    if before and fold(before[-1].lstrip(_OPENING_MARKS)) in lexicon.attribution.determiners.folded:
        before = before[:-1]
    joins = lexicon.text.contrasts.folded | lexicon.text.conjunctions.folded
    return not before or before[-1][-1] in ",;:" or fold(before[-1]) in joins


_OPENING_MARKS = "\"“‘'(["


def _a_common_cue_in_a_name(text: str, cue, found: list[Mention], lexicon: Lexicon) -> bool:
    """Is the subject cue written in capitals inside a speaker's name, where the topic pack writes
    it in lower case ("national" in "The Minnesota National Guard", "network" in "Network Rail
    offered")? Not the whole name ("Police said")."""
    written = text[cue.start : cue.end]
    if written == written.lower():
        return False
    return any(
        m.start <= cue.start
        and cue.end <= m.end
        and (m.start, m.end) != (cue.start, cue.end)
        and not m.possessive
        for m in found
    ) and _a_common_cue(written, cue.subject, lexicon)


def _a_common_cue(written: str, subject: str, lexicon: Lexicon) -> bool:
    """Does the topic pack write this cue of the subject in lower case (a common word)?"""
    return fold(written) in _lower_case_cues(lexicon).get(subject, frozenset())


@compiled
def _lower_case_cues(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Each subject's cues the topic pack writes in lower case, folded."""
    return {
        s.id: frozenset(fold(c) for c in s.cues if c == c.lower())
        for s in lexicon.subjects.values()
    }


def _number_named(text: str, figure: numbers.Number, mention: Mention) -> bool:
    """A capitalised number word that is a known source's name, or begins one: more of the name
    follows ("Seven Network"), a clause mark does ("Seven, which broadcast"), or the name is cued
    as a speaker ("Seven reported"), where a figure would have the noun it counts ("Seven people
    died")."""
    written = text[figure.start : figure.end]
    if not written[:1].isupper() or _DIGIT.search(written):
        return False
    return mention.end > figure.end or mention.cued or bool(_NAME_GOES_ON.match(text, figure.end))


def _gives(source: str | None, metric: str | None, reader: _Pass) -> bool:
    """Does the reference set have figures of this metric (any, when it is not known) from this
    source, a member of it, or a group it belongs to ("Jansen set out plans to cut 13,000 roles":
    BT's chief executive, for BT, which gives job cuts)?"""
    known = reader.known
    givers = known.sources_of(metric) if metric else frozenset().union(*known.sources.values())
    sources = reader.lexicon.sources
    spec = sources.get(source) if source else None
    members = spec.includes if spec else ()
    groups = (g for g, group in sources.items() if source in group.includes)
    return source in givers or any(m in givers for m in members) or any(g in givers for g in groups)


def read(
    document: Document,
    lexicon: Lexicon,
    default_subject: str | None = None,
    known: Known = NOTHING,
) -> Reading:
    """Claims and source-name problems of a draft, finding source mentions once per sentence.

    A figure whose sentence names no subject takes the one subject the reference set has figures
    of for its metric, else `default_subject` (the reference set's story subject), or, without one,
    the subject most figures in this draft name. `known` (from the reference set) also gives a wire
    dateline without a year its year.
    """
    default_subject = default_subject or known.subject
    date = document.date or time.draft_date(document.text, lexicon, known.dates)
    pieces = sentences.split(document.text, lexicon)
    found = [speakers.mentions(s.text, lexicon) for s in pieces]
    attributions, resolved = attribution.attribute_all(
        [s.text for s in pieces], found, lexicon, [s.paragraph for s in pieces]
    )
    reader = _Pass(
        document,
        date,
        lexicon,
        known,
        body=sentences.body_paragraphs(pieces, lexicon),
        pieces=pieces,
        names=found,
    )
    drafts = [
        claim
        for sentence, mentions, described, attributed in zip(
            pieces, found, resolved, attributions, strict=True
        )
        for claim in _sentence_claims(reader, sentence, mentions, described, attributed)
    ]
    default_how = STORY
    if default_subject is None:
        named = Counter(c.subject for c in drafts if c.subject and c.metric)
        default_subject, default_how = (named.most_common(1)[0][0] if named else None), GUESS
    linked = parts.link_wholes(drafts, lexicon)
    claims = metrics.from_wholes(linked, lexicon, document.text)
    claims = metrics.shares_of_pairs(claims, lexicon, document.text)
    fits = (
        (lambda metric, subject: subject in known.subjects_of(metric)) if known.subjects else None
    )
    claims = metrics.echo(claims, lexicon, document.text, fits)
    claims = attribution.restated(claims, document.text, lexicon)
    claims = _shared_subjects(_converted(claims), document.text, lexicon)
    claims = [_givers_metric(_givers_figure(c, known, lexicon), known, lexicon) for c in claims]
    bodies: dict[int, str | None] = {}
    claims = [_one_of_that_name(c, known, lexicon, bodies) for c in claims]
    others = _others_named(pieces, default_subject, lexicon)
    claims = [
        _with_subject(c, default_subject, default_how, known, lexicon, others[c.sentence_index])
        for c in claims
    ]
    claims = [_pronouns_subject(c, reader, known, lexicon) for c in claims]
    wholes = {c.start: c for c in claims}
    claims = [
        _speakers_metric(_speakers_subject(c, known, lexicon, wholes.get(c.whole)), known, lexicon)
        for c in claims
    ]
    claims = [_joined_metrics(c, lexicon) for c in claims]
    claims = [  # of whom only matters for what a figure counts
        c if c.metric or not c.subject else replace(c, subject=None, subject_how=None)
        for c in claims
    ]
    problems = [
        (sentence.start + m.start, m)
        for sentence, mentions in zip(pieces, found, strict=True)
        for m in mentions
        if m.problem
    ]
    return Reading(document, date, claims, problems)


def extract(
    document: Document,
    lexicon: Lexicon,
    default_subject: str | None = None,
    known: Known = NOTHING,
) -> list[Claim]:
    """Every figure in the draft as a Claim, in reading order."""
    return read(document, lexicon, default_subject, known).claims
