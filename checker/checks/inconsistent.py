"""inconsistent: the draft gives incompatible figures for one metric and subject without distinct
sources.

Properly attributed figures from different sources (known to the reference set or only named by
the draft) are correct reporting; two figures the draft dates to different times are two counts
(so is one dated more than `history_days` before the draft's date beside an undated one); a floor
and a figure above it agree ("at least 30,000", then "43,059"); and two figures that each match a
different known figure are two reports, not a slip. A sum the writer worked out from the figures
before it ("Taken together, those three weeks account for 4,690 new cases") is no count of its own
(`engine.writers_sums`).
"""

from __future__ import annotations

from typing import Iterable

from checker import periods, regex_cache
from checker.checks.base import Context, Issue, reading_check
from checker.checks.common import counted, words
from checker.lexicon import Lexicon
from checker.lexicon.sections import FLOORS
from checker.model import COUNT_DOUBT, MISREAD_DOUBT, VAGUE, Claim, Severity
from checker.references import intervals

_OWNED = regex_cache.compile(r"['’]s\s.*$")  # "the mayor's figures": the mayor


def _floor_holds(floor: Claim, other: Claim, context: Context) -> bool:
    """'at least 30,000 displaced' and, later, '43,059': the floor holds, within its plausible
    reach."""
    lexicon = context.lexicon
    spec = lexicon.hedges.get(floor.hedge)
    if spec is None or spec.interval not in FLOORS:
        return False
    t = lexicon.limits.consistency_tolerance
    return intervals.overlaps(
        intervals.claim_interval(floor, lexicon), intervals.written(other.low, other.high, t)
    )


def _different_times(a: Claim, b: Claim, context: Context) -> bool:
    """Both dated by the draft, to times that do not overlap: two counts, not one slip; or one
    dated to a time over more than `history_days` before the draft's date and the other undated,
    of the story's present ("a landslide nearby in 2019 killed 17 people" and "167 killed")."""
    if a.when is not None and b.when is not None:
        return not periods.spans_overlap(a.when, b.when)
    today, dated = context.reading.date, a.when or b.when
    if today is None or dated is None:
        return False
    return (today - dated[1]).days > context.lexicon.limits.history_days


def _speaker(claim: Claim) -> str | None:
    """Who gave the figure: its reference-set source, else the last word of the speaker's name as
    the draft writes it ("Mayor Anne Hidalgo" and "Hidalgo", "the mayor's figures" and "The
    mayor" are one speaker; "an IT manager" another), else no one."""
    if claim.source:
        return claim.source
    name = _OWNED.sub("", claim.source_text).split()
    return name[-1].lower() if name else None


def _disagree(earlier: Claim, later: Claim, context: Context) -> bool:
    a, b = _speaker(earlier), _speaker(later)
    if a and b and a != b:  # two speakers' figures, the set's sources or not
        return False
    t = context.lexicon.limits.consistency_tolerance
    if intervals.overlaps(
        intervals.written(earlier.low, earlier.high, t), intervals.written(later.low, later.high, t)
    ):
        return False
    if (
        _different_times(earlier, later, context)
        or _floor_holds(earlier, later, context)
        or _floor_holds(later, earlier, context)
    ):
        return False
    fa, fb = context.match(earlier), context.match(later)
    return not (
        fa
        and fb
        and fa.fitting
        and fb.fitting
        and not {f.id for f in fa.fitting} & {f.id for f in fb.fitting}
    )


def _known_doubts(a: Claim, b: Claim, context: Context) -> tuple[tuple[str, str], ...]:
    """'up to 15,000 deployed' beside 'about 12,000', the reference set having figures of that
    metric and subject, none of which 15,000 fits: the checks against the set warn on that figure
    themselves, so the disagreement is a note, likelier a misreading of one of the two than a slip
    they miss. Not when both fit known figures ("about 1,000" and "about 3,000" of a known range
    of 1,000 to 3,000): no other check says a word, so the disagreement stays."""
    if not any(
        (m := context.match(c)) is not None and m.candidates and not m.fitting for c in (a, b)
    ):
        return ()
    return ((COUNT_DOUBT, "the reference set has figures of this; its checks say which is off"),)


def _misread_doubts(a: Claim, b: Claim, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """'up to 300,000' and '4' of one crowd: figures over `far_factor` times apart are more likely
    one of them misread (counting something else) than two counts of one thing."""
    factor = lexicon.limits.far_factor
    low, high = sorted((a, b), key=lambda c: c.high)
    if low.high <= 0 or high.low / low.high < factor:
        return ()
    return (
        (
            MISREAD_DOUBT,
            f"the two figures are over {factor:g} times apart, so one may count something else",
        ),
    )


@reading_check(
    id="inconsistent",
    defers_to=("contradiction", "misattribution", "arithmetic"),
    severity=Severity.WARNING,
    needs_references=False,
    description="The draft gives incompatible figures for one metric and subject "
    "without distinct sources.",
    failing="About 12,000 North Korean troops were sent. Up to about 15,000 troops are being sent.",
    passing="About 12,000 North Korean troops were sent. Some 12,000 troops are being sent.",
)
def CHECK(context: Context) -> Iterable[Issue]:
    groups: dict[tuple, list[Claim]] = {}
    for later in (
        c
        for c in context.claims
        if c.metric
        and c.subject
        and not c.part
        and c.hedge != VAGUE
        and c.is_level
        and id(c) not in context.sums  # the writer's sum of figures before it: not a count
    ):
        earlier_ones = groups.setdefault((later.metric, later.subject, later.unit), [])
        # the latest `compare_window` of them: pairwise work per figure is bounded
        for earlier in earlier_ones[-context.lexicon.limits.compare_window :]:
            if _disagree(earlier, later, context):
                yield Issue(
                    later,
                    f"{counted(later)} disagrees with {counted(earlier)} at line "
                    f"{earlier.line}:{earlier.column}, both of {words(later.subject)}",
                    "use one figure, or attribute each to its own source",
                    (),
                    doubts=_misread_doubts(earlier, later, context.lexicon)
                    + _known_doubts(earlier, later, context),
                    others=(earlier,),
                )
                break
        earlier_ones.append(later)
