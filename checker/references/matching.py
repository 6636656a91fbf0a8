"""Matching a claim against the reference set: which facts are about the same thing, which of
them fit the claim's interval, and which belong to the claim's named source."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Mapping

from checker import periods, regex_cache
from checker.lexicon import Lexicon
from checker.model import Claim, Fact
from checker.references import intervals
from checker.references.buckets import Bucket
from checker.references.set import ReferenceSet


@dataclass(frozen=True)
class Match:
    """How one claim relates to the reference set.

    - `candidates`: facts with the claim's metric, subject and unit;
    - `compatible`: candidates whose hedged interval overlaps the claim's ("more than 100" is
      compatible with "about 300"); worked out on first use, since a large reference set can hold
      thousands (`owns_compatible` asks only whether the named source gave one);
    - `fitting`: compatible candidates that are the same figure: their written values, widened by
      the consistency tolerance, overlap too ("more than 100" is not the figure "about 300");
    - `best`: the fitting facts with exactly the claim's written value, else all fitting facts.
    """

    claim: Claim
    candidates: tuple[Fact, ...]
    span: intervals.Interval  # the claim's hedged interval
    fitting: tuple[Fact, ...]
    members: tuple[str, ...] = ()  # the claim's source's members, when it is a group
    today: dt.date | None = None  # the draft's date: facts given after it were not yet known
    metric_units: frozenset[str] = frozenset()  # units the set has the metric in, any subject
    bucket: Bucket | None = None  # the candidates, indexed by source
    in_draft: frozenset = frozenset()  # (low, high, when) of each level its paragraph gives of
    # this thing, credited to the claim's source, one of its members, or no one
    elsewhere: tuple[Fact, ...] = ()  # the named source's very figure, for another metric
    # ...and that metric is a part of the claim's, named in its sentence ("Hypothermia ...
    # accounting for 158 deaths": the source's 158 hypothermia deaths): the figure more likely
    # counts that part, a doubt that makes any finding on it a note (see the engine)
    a_part_named: bool = False
    # ...or that metric's cue stands in the figure's own tail ("a $7.3 billion loss on its stake in
    # Rivian": the source's $7.3 billion investment loss, not a net loss): what it counts was
    # misread
    named_after: bool = False
    event_starts: Mapping[str, dt.date] = field(default_factory=dict)  # each event's first
    # figure's day (`ReferenceSet.event_starts`)
    other_subjects: tuple[Fact, ...] = ()  # the named source's very figure of this metric, of
    # another subject ("Komeito won 215 seats, NHK said": NHK's 215 seats of the coalition)
    transposed: tuple[Fact, ...] = ()  # the named source's figures that are this one with two
    # neighbouring digits swapped ("12,082 new cases, the department said": its 12,802)

    @property
    def misread(self) -> bool:
        """Did the source give this very figure for another metric, while what the claim counts
        was read from no word beside it? Then the reading, not the draft, is likely wrong; with
        the word beside it ("2,700 killed" for the source's 2,700 wounded) the draft may be, and
        its findings stand, with the doubt named (see the engine)."""
        return bool(self.elsewhere) and (self.claim.metric_how != "cue" or self.named_after)

    @cached_property
    def compatible(self) -> tuple[Fact, ...]:
        if self.bucket is None:
            return ()
        return tuple(self.candidates[i] for i in self.bucket.overlapping(self.span))

    @property
    def owns_compatible(self) -> bool:
        """Did the claim's named source (or a member, or as the outlet carrying it) give a figure
        compatible with the claim? Asked of the bucket's index by source, without listing them."""
        source = self.claim.source
        if source is None or self.bucket is None:
            return False
        return self.bucket.owned_by((source, *self.members), carried_by=source).meets(self.span)

    @property
    def best(self) -> tuple[Fact, ...]:
        exact = tuple(
            f for f in self.fitting if (f.low, f.high) == (self.claim.low, self.claim.high)
        )
        return exact or self.fitting

    def owns(self, fact: Fact) -> bool:
        """Was `fact` given or carried by the claim's named source, or by one of its members when it
        is a group ("allied intelligence" includes the NIS)?"""
        source = self.claim.source
        return source is not None and (
            fact.source == source or source in fact.cited_by or fact.source in self.members
        )

    def own(self, facts=None) -> tuple[Fact, ...]:
        """The facts (of `facts`, default all candidates) the claim's named source owns."""
        if facts is None:
            return self._owned
        return tuple(f for f in facts if self.owns(f))

    @cached_property
    def _owned(self) -> tuple[Fact, ...]:
        """The candidates the claim's named source owns, from the bucket's index by source."""
        source = self.claim.source
        if source is None:
            return ()
        if self.bucket is None:
            return tuple(f for f in self.candidates if self.owns(f))
        return self.bucket.owned_by((source, *self.members), carried_by=source).facts

    def given_since(self, source: str, after: dt.date | None) -> tuple[Fact, ...]:
        """The candidates `source` gave after the day `after` and by the draft's date, in reference
        order (none when `after` is None: an undated figure has no "since")."""
        if after is None:
            return ()
        if self.bucket is not None:
            return self.bucket.given_between(source, after, self.today)
        return tuple(
            f
            for f in self.candidates
            if f.source == source
            and (stated := f.stated()) is not None
            and after < stated[0]
            and f.known_by(self.today)
        )

    def others(self, facts) -> tuple[Fact, ...]:
        """The facts (of `facts`) someone else gave."""
        return tuple(f for f in facts if not self.owns(f))


def match(
    claim: Claim,
    references: ReferenceSet,
    lexicon: Lexicon,
    today: dt.date | None = None,
    in_draft: frozenset = frozenset(),
    read: frozenset = frozenset(),
) -> Match | None:
    """None when the claim cannot be compared: no metric or subject, or not a level the reference
    set can be about (an amount of change, the level it changed from, a conversion in brackets).
    `in_draft`: what the claim's paragraph says of its thing (`Match.in_draft`); `read`: (source,
    metric, low, high) of every figure the draft reads from a word beside it, so that a figure the
    named source gave of another metric, which the draft gives as that metric itself, is no sign
    that this one was misread."""
    if claim.metric is None or claim.subject is None or not claim.is_level:
        return None
    bucket = references.bucket(claim.metric, claim.subject, claim.unit, lexicon)
    candidates = bucket.facts
    span = intervals.claim_interval(claim, lexicon)
    t = lexicon.limits.consistency_tolerance
    written = intervals.written(
        claim.low - claim.precision, claim.high + claim.precision, max(t, claim.tolerance)
    )
    fitting = tuple(candidates[i] for i in bucket.fitting(span, written))
    group = lexicon.sources.get(claim.source) if claim.source else None
    elsewhere = _misread_as(claim, references, lexicon, today) if claim.source else ()
    # ...unless the draft credits it with that figure of that other metric itself ("Police say ...
    # 30 remain missing", then "destroyed about 30 buildings, police said": the police's 30
    # missing is read already)
    elsewhere = tuple(
        f for f in elsewhere if (f.source, f.metric, claim.low, claim.high) not in read
    )
    return Match(
        claim,
        candidates,
        span,
        fitting,
        tuple(group.includes) if group else (),
        today,
        references.units_of(claim.metric),
        bucket,
        in_draft,
        elsewhere,
        any(_a_part_named(claim, f.metric, lexicon) for f in elsewhere),
        any(lexicon.names_metric(f.metric, _tail(claim, lexicon)) for f in elsewhere),
        references.event_starts,
        _of_other_subjects(claim, references, lexicon, today)
        if claim.source and claim.subject
        else (),
        _transposed(claim, references, lexicon, today),
    )


_SLIPS_OF = ("exact", "about")  # hedges a mistyped figure may carry ("under 12,082" is a bound)


def _transposed(
    claim: Claim, references: ReferenceSet, lexicon: Lexicon, today: dt.date | None
) -> tuple[Fact, ...]:
    """The named source's figures that are the claim's with two neighbouring digits swapped, given
    by the draft's date and, when the draft dates the figure, about that time; those of what the
    claim was read to count first, then of its metric, of its subject, nearest in value."""
    if not claim.source or claim.low != claim.high or claim.hedge not in _SLIPS_OF:
        return ()
    found = [
        f
        for f in references.transposed(
            claim.source, claim.unit, claim.low, lexicon.limits.transposed_min_digits
        )
        if f.known_by(today) and _about_its_time(claim, f)
    ]
    return tuple(
        sorted(
            found,
            key=lambda f: (
                f.metric != claim.metric,
                f.subject != claim.subject,
                abs(f.low - claim.low),
            ),
        )
    )


def _about_its_time(claim: Claim, fact: Fact) -> bool:
    """Is the fact about, or given about, the time the draft dates the claim to (a day either
    way)? Any fact is, for a claim the draft does not date."""
    return claim.when is None or periods.near_any(claim.when, (fact.when(), fact.stated()))


_TAIL_END = regex_cache.compile(r"[\d,;:()]")


def _tail(claim: Claim, lexicon: Lexicon) -> str:
    """The words right after the figure in its sentence, up to the next figure or clause mark
    (at most `cue_reach_chars`)."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return ""
    start = at + len(claim.text)
    tail = claim.sentence[start : start + lexicon.limits.cue_reach_chars]
    stop = _TAIL_END.search(tail)
    return tail[: stop.start()] if stop else tail


def _a_part_named(claim: Claim, metric: str, lexicon: Lexicon) -> bool:
    """Is `metric` a part of what the claim was read to count, named in its sentence?"""
    spec = lexicon.metrics.get(metric)
    return (
        spec is not None
        and spec.whole == claim.metric
        and lexicon.names_metric(metric, claim.sentence)
    )


def _of_other_subjects(
    claim: Claim, references: ReferenceSet, lexicon: Lexicon, today: dt.date | None
) -> tuple[Fact, ...]:
    """The named source's very figure of the claim's metric for another subject, given about the
    time the draft dates the figure to, else, undated, the source's latest of that subject by the
    draft's date ("Komeito won 215 seats, according to NHK": NHK's 215 seats of the coalition
    that night; not a figure of another district three years before)."""
    found = references.same_figure_of_other_subjects(
        claim.source, claim.metric, claim.unit, claim.low, claim.high, claim.subject
    )
    if claim.when is not None:
        return tuple(f for f in found if _about_its_time(claim, f))
    return _newest_of_their_kind(found, references, lexicon, today)


def _newest_of_their_kind(
    found: tuple[Fact, ...], references: ReferenceSet, lexicon: Lexicon, today: dt.date | None
) -> tuple[Fact, ...]:
    """Those of `found` that are their source's latest figure of their metric and subject by the
    draft's date."""
    return tuple(
        f
        for f in found
        if f in references.bucket(f.metric, f.subject, f.unit, lexicon).newest(f.source, today)
    )


def _subject_in_view(
    subject: str | None, claim: Claim, references: ReferenceSet, lexicon: Lexicon
) -> bool:
    """Is `subject` the claim's, the story's, or one its sentence names?"""
    if subject in (claim.subject, references.subject):
        return True
    named = lexicon.subject_patterns.get(subject) if subject else None
    return named is not None and named.search(claim.sentence) is not None


def _misread_as(
    claim: Claim, references: ReferenceSet, lexicon: Lexicon, today: dt.date | None
) -> tuple[Fact, ...]:
    """The named source's very figure for another metric, when it shows what the claim counts
    better than the reading did: given on, or about, the day the draft dates the figure to ("On
    Oct. 5, the WHO put the count at 63 confirmed and probable cases, including 29 deaths": its 29
    deaths among confirmed and probable cases, not among confirmed ones), or, for a figure whose
    metric was read from no word right beside it, about the time the draft gives it, else the
    source's latest figure of that metric by the draft's date."""
    anything = references.same_amount_of_anything(
        claim.source, claim.unit, claim.low, claim.high, claim.metric
    )
    found = tuple(f for f in anything if f.subject == claim.subject)
    when = claim.when
    if when is not None and when[0] == when[1]:  # given that day, or about it ("The busiest day
        # was March 6, when 142,300 people crossed": a day's figure, given the next day)
        return tuple(
            f
            for f in found
            if ((t := f.stated()) and periods.spans_overlap(when, t)) or f.when() == when
        )
    if claim.metric_how == "cue":
        # undated, and read from the word beside it: a coincidence, unless the sentence names the
        # other metric too ("three work-related deaths, along with 37 deaths it classed as not
        # work-related"), of its subject, the story's, or one the sentence names ("... the roughly
        # 180,000 employees it ultimately aims to have": the bank's headcount target, whatever
        # the sentence was read to be about; not Antananarivo's 171 cases for "The death toll in
        # Madagascar reached 171 while cases climbed to 2,417")
        return tuple(
            f
            for f in anything
            if lexicon.names_metric(f.metric, claim.sentence)
            and _subject_in_view(f.subject, claim, references, lexicon)
        )
    if when is not None:
        return tuple(f for f in found if (t := f.when()) and periods.spans_overlap(when, t))
    return _newest_of_their_kind(found, references, lexicon, today)
