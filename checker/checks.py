"""The checks: one registry, built once and frozen, of named rules with a default severity,
a description and a failing and a passing example (tests run every example).

`run(claims, problems, references, rules, document)` is the pure heart: claims in, findings out.
Severities come from rules/checks.yaml; a check set to `off` there is skipped.

Claim checks look at one claim's `Match` (contradiction, misattribution, overstatement, unsupported,
unattributed, and the time-aware stale and period-mismatch); document checks look at all the
draft's claims together (inconsistent, arithmetic, unknown-source).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Iterable

from checker import dates, intervals
from checker.claims import VAGUE, Claim, find_source_problems, format_value
from checker.findings import Finding
from checker.matching import Match, describe_fact, describe_figure, match
from checker.references import ReferenceSet
from checker.rules import RulePack

UPPER_BOUND_TOLERANCE = 0.01  # a figure within 1% of a range's top is "the top"


@dataclass(frozen=True)
class Issue:
    """What a check found, before severity and position are attached."""

    claim: Claim | None
    message: str
    suggestion: str
    references: tuple[str, ...] = ()
    offset: tuple[str, int, int, str] | None = None  # (path, line, column, excerpt) when not a claim


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    failing: str  # a draft sentence that fires the check against tests/fixtures' reference set
    passing: str  # a close variant that does not
    scope: str  # "claim": called per Match; "document": called once per draft
    run: Callable
    vague: bool = False  # also run on vague quantities ("hundreds of"), which only a far-off figure contradicts


def _source_name(claim: Claim) -> str:
    return claim.source_text or claim.source or "the draft"


def _figure(claim: Claim) -> str:
    base, _, period = claim.unit.partition("/")
    if base != "count":
        return f"'{claim.text}'"
    return describe_figure(claim.low, claim.high, claim.hedge) + (f" a {period}" if period else "")


def _by_source(facts) -> str:
    return "; ".join(sorted({f"{f.source} {describe_figure(f.low, f.high, f.hedge)} ({f.id})" for f in facts}))


def _newest(facts):
    """The most recently stated fact (undated facts count as oldest; ties keep reference order)."""
    return max(facts, key=lambda f: (f.stated() or (dt.date.min, dt.date.min))[::-1])


def contradiction(m: Match, rules: RulePack) -> Iterable[Issue]:
    claim = m.claim
    own = m.own()
    others_fit = [f for f in m.fitting if f not in own] and claim.hedge != VAGUE  # a vague figure fits too loosely
    if claim.source is None or not own or m.own(m.compatible) or others_fit:
        return
    ids = tuple(f.id for f in own)
    newest = _newest(own)
    which = "newest figure" if len(own) > 1 else "figure"
    yield Issue(claim, f"{_source_name(claim)} is quoted with {_figure(claim)} {claim.metric}, but {claim.source}'s own "
                       f"figure is {_by_source(own)}",
                f"use {claim.source}'s {which} ({describe_figure(newest.low, newest.high, newest.hedge)}) or credit "
                f"'{claim.text}' to whoever gave it", ids)


def misattribution(m: Match, rules: RulePack) -> Iterable[Issue]:
    claim = m.claim
    if claim.source is None or m.own(m.fitting):
        return
    others = [f for f in m.best if f not in m.own()] or [f for f in m.fitting if f not in m.own()]
    if not others:
        return
    right = others[0]
    own = m.own()
    also = f"; {claim.source}'s own figure is {_by_source(own)}" if own else ""
    yield Issue(claim, f"{claim.text} {claim.metric} is credited to {_source_name(claim)}, but it is "
                       f"{right.source}'s figure ({right.id}){also}",
                f"credit it to {right.source} ({right.id})", tuple(f.id for f in others) + tuple(f.id for f in own))


def _overstates(claim: Claim, fact, rules: RulePack) -> str | None:
    spec = rules.hedges.get(fact.hedge)
    fact_is_ceiling = fact.is_range or (spec is not None and spec.upper_bound)
    if claim.hedge == "exact" and not claim.is_range and fact_is_ceiling:
        if abs(claim.high - fact.high) <= UPPER_BOUND_TOLERANCE * fact.high and claim.high > fact.low:
            return (f"{claim.text} is stated as a plain figure, but the reference gives "
                    f"{describe_figure(fact.low, fact.high, fact.hedge)} ({fact.id}): {format_value(fact.high, fact.high)} "
                    f"is only the upper bound")
    claim_spec = rules.hedges.get(claim.hedge)
    if (claim_spec is not None and claim_spec.interval in ("above", "from") and spec is not None
            and (spec.upper_bound or fact.is_range) and claim.low > fact.low):
        return (f"'{describe_figure(claim.low, claim.high, claim.hedge)}' claims more than the reference's "
                f"{describe_figure(fact.low, fact.high, fact.hedge)} ({fact.id})")
    return None


def overstatement(m: Match, rules: RulePack) -> Iterable[Issue]:
    claim = m.claim
    fitting = m.own(m.fitting) or m.fitting
    if not fitting:
        return
    reasons = [(_overstates(claim, f, rules), f) for f in fitting]
    if all(reason for reason, _ in reasons):
        reason, fact = reasons[0]
        wording = (f"between {format_value(fact.low, fact.low)} and {format_value(fact.high, fact.high)}"
                   if fact.is_range else describe_figure(fact.low, fact.high, fact.hedge))
        yield Issue(claim, reason, f"write '{wording}' or 'up to {format_value(fact.high, fact.high)}'",
                    tuple(f.id for _, f in reasons))


def unsupported(m: Match, rules: RulePack) -> Iterable[Issue]:
    claim = m.claim
    if m.fitting or (claim.source is not None and m.own(m.compatible)):
        return
    if claim.unit == "%" and not m.candidates:
        return  # a share with no reference shares to compare: the arithmetic check judges it
    known = f"; known figures: {_by_source(m.candidates)}" if m.candidates else ""
    who = f" from {claim.source} or anyone else" if claim.source else ""
    yield Issue(claim, f"no reference figure{who} fits {_figure(claim)} {claim.metric} ({claim.subject}){known}",
                "check the figure and add its source to the reference set, or correct it",
                tuple(f.id for f in m.candidates))


def unattributed(m: Match, rules: RulePack) -> Iterable[Issue]:
    claim = m.claim
    if claim.source is not None or not m.fitting:
        return
    sources = sorted({f.source for f in m.best})
    yield Issue(claim, f"{_figure(claim)} {claim.metric} is given without a source; the reference attributes it to "
                       f"{_by_source(m.best)}",
                f"add 'according to {sources[0]}'" if len(sources) == 1 else f"name the source ({', '.join(sources)})",
                tuple(f.id for f in m.best))


def _relevant(m: Match) -> tuple:
    """The facts a claim uses: its named source's fitting figures, or any fitting figure when it names
    none; of those, the ones with exactly its value when there are any ("about 5.6 million" uses the
    5.6 million figure, not a 5.8 million one within tolerance)."""
    used = m.own(m.fitting) if m.claim.source is not None else m.fitting
    exact = tuple(f for f in used if (f.low, f.high) == (m.claim.low, m.claim.high))
    return exact or used


def _newer(fact, than) -> bool:
    a, b = fact.stated(), than.stated()
    return a is not None and b is not None and a[0] > b[0] and a[1] > b[1]


def _claim_when(claim: Claim):
    return dates.label_span(claim.as_of) if claim.as_of else None


def stale(m: Match, rules: RulePack) -> Iterable[Issue]:
    """The claim uses a source's figure that the same source has since replaced with a different one
    (by the draft's date: a figure given after the draft was written is not held against it)."""
    used = _relevant(m)
    if not used:
        return
    newest = {}
    known = [f for f in m.candidates if m.today is None or f.stated() is None or f.stated()[0] <= m.today]
    for fact in used:
        later = [f for f in known if f.source == fact.source and _newer(f, fact) and (f.low, f.high) != (fact.low, fact.high)]
        if not later or any((f.low, f.high) == (m.claim.low, m.claim.high) for f in later):
            return  # at least one figure the claim uses is still current
        newest[fact.id] = _newest(later)
    when = _claim_when(m.claim)
    if when and any(fact.stated() and dates.spans_overlap(when, fact.stated()) for fact in used):
        return  # the draft dates the figure to when it was current ("In January, the NIS said…")
    fact = used[0]
    new = newest[fact.id]
    yield Issue(m.claim, f"{_figure(m.claim)} {m.claim.metric} is {fact.source}'s figure as of {fact.as_of or fact.period} "
                         f"({fact.id}); {new.source} has since given {describe_figure(new.low, new.high, new.hedge)} "
                         f"as of {new.as_of or new.period} ({new.id})",
                f"use {new.source}'s newer figure, or date this one ('as of {fact.as_of or fact.period}')",
                (fact.id, new.id))


def _fact_times(fact) -> list:
    """The times a draft may date a fact's figure to: its period and when it was given; a figure with
    only an as-of date is a running count, true of any time up to that date."""
    if fact.period:
        return [fact.when(), fact.stated()]
    stated = fact.stated()
    return [(dt.date.min, stated[1])]


def period_mismatch(m: Match, rules: RulePack) -> Iterable[Issue]:
    """The draft dates a figure to a time that none of the facts it matches is about ("killed last
    summer" for a count covering October to February; "in 2023" for a count as of January 2025 is fine
    unless the fact gives the period it covers)."""
    when = _claim_when(m.claim)
    used = [f for f in _relevant(m) if f.when()]
    if when is None or not used or m.claim.as_of_said:  # "Zelensky said in February": when he spoke
        return
    if any(dates.spans_overlap(when, span) for f in used for span in _fact_times(f)):
        return
    fact = used[0]
    label = fact.period or fact.as_of
    yield Issue(m.claim, f"the draft places {_figure(m.claim)} {m.claim.metric} in {m.claim.as_of}, but "
                         f"{fact.source}'s figure ({fact.id}) is for {label}",
                f"date it to {label}, or use a figure for {m.claim.as_of}", tuple(f.id for f in used))


def inconsistent(claims: list[Claim], matches: dict[int, Match | None], rules: RulePack, document,
                 source_problems) -> Iterable[Issue]:
    """Pairs of figures for one metric and subject that disagree, without distinct sources to explain it."""
    t = rules.consistency_tolerance
    comparable = [c for c in claims if c.metric and c.subject and not c.part and c.hedge != VAGUE]
    for j, later in enumerate(comparable):
        for earlier in comparable[:j]:
            if (earlier.metric, earlier.subject, earlier.unit) != (later.metric, later.subject, later.unit):
                continue
            if earlier.source and later.source and earlier.source != later.source:
                continue  # properly attributed figures from different sources are correct reporting
            a, b = intervals.written(earlier.low, earlier.high, t), intervals.written(later.low, later.high, t)
            if intervals.overlaps(a, b):
                continue
            fa, fb = matches.get(id(earlier)), matches.get(id(later))
            if fa and fb and fa.fitting and fb.fitting and not set(fa.fitting) & set(fb.fitting):
                continue  # each matches a different known figure: two reports, not a slip
            yield Issue(later, f"{_figure(later)} {later.metric} disagrees with {_figure(earlier)} at line "
                               f"{earlier.line}:{earlier.column} for the same {later.subject}",
                        "use one figure, or attribute each to its own source", ())
            break


def _tolerance(rules: RulePack, *claims: Claim) -> float:
    return max([rules.consistency_tolerance, *(c.tolerance for c in claims)])


ROUNDING = 0.02  # sums and shares of written figures: "5.5 million" may stand for up to 2% more or less


def _exactness(*claims: Claim) -> float:
    """How far arithmetic on these figures may be off: their hedges' tolerance, or rounding."""
    return max([ROUNDING, *(c.tolerance for c in claims)])


def _bounded(claim: Claim, rules: RulePack) -> bool:
    """A figure that can be added up: exact, about or nearly, not 'more than' or 'up to'."""
    spec = rules.hedges.get(claim.hedge)
    return spec is not None and spec.interval in ("point", "around", "below")


def _same_time(a: Claim, b: Claim) -> bool:
    """Not dated to different times ("in January … 3,000 casualties" vs "in April … 4,000 wounded")."""
    wa, wb = _claim_when(a), _claim_when(b)
    return wa is None or wb is None or dates.spans_overlap(wa, wb)


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _adds_up(parts: list[Claim], total: Claim) -> bool:
    """Does the sum of the parts, each as loose as its hedge (or rounding), meet the total as written?"""
    low = sum(c.low * (1 - _exactness(c)) for c in parts)
    high = sum(c.high * (1 + _exactness(c)) for c in parts)
    return intervals.overlaps((low, high), intervals.written(total.low, total.high, _exactness(total)))


def _agree(expected: tuple[float, float], claim: Claim, t: float) -> bool:
    """Does the figure the arithmetic gives, widened by `t`, meet the figure as written?"""
    return intervals.overlaps(intervals.written(*expected, t), (claim.low, claim.high))


def _sums(claims: list[Claim], rules: RulePack) -> Iterable[Issue]:
    """casualties = killed + wounded (rules `derived:`), for figures from one source about one subject."""
    for total_metric, part_metrics in rules.derived.items():
        for total in claims:
            if total.metric != total_metric:
                continue
            near = [c for c in claims if (c.source, c.subject, c.unit) == (total.source, total.subject, total.unit)
                    and (total.source is not None or abs(c.sentence_index - total.sentence_index) <= 2)
                    and _bounded(c, rules) and _same_time(c, total)]
            groups = [sorted((c for c in near if c.metric == metric),
                             key=lambda c: abs(c.sentence_index - total.sentence_index))[:2] for metric in part_metrics]
            revised = rules.pattern("text", "revisions")
            if not all(groups) or not _bounded(total, rules) or (revised and revised.search(total.sentence)):
                continue
            combos = [[]]
            for group in groups:
                combos = [combo + [c] for combo in combos for c in group]
            if any(_adds_up(combo, total) for combo in combos):
                continue
            combo = min(combos, key=lambda parts: sum(abs(c.sentence_index - total.sentence_index) for c in parts))
            terms = " + ".join(f"{format_value(c.low, c.high)} {c.metric}" for c in combo)
            added = format_value(sum(c.low for c in combo), sum(c.high for c in combo))
            who = _possessive(total.source) if total.source else "the draft's"
            lines = ", ".join(sorted({str(c.line) for c in combo}, key=int))
            yield Issue(total, f"{_figure(total)} {total_metric} does not add up: {who} {terms} (line{'s' * (',' in lines)} "
                               f"{lines}) make {added}",
                        f"make the {total_metric} figure the sum of its parts, or check each part", ())


def _parts(claims: list[Claim], rules: RulePack) -> Iterable[Issue]:
    """A part larger than its whole, parts that add up to more than their whole, and a share that does
    not match its counts ("4,000 of 12,000, or 40%")."""
    by_start = {c.start: c for c in claims}
    children: dict[int, list[Claim]] = {}
    for c in claims:
        if c.whole in by_start:
            children.setdefault(c.whole, []).append(c)
    for whole_start, parts in children.items():
        whole = by_start[whole_start]
        counts = [p for p in parts if p.unit == whole.unit and p.hedge != VAGUE]
        t = _tolerance(rules, whole, *counts)
        for part in counts:
            if part.low > whole.high * (1 + t):
                yield Issue(part, f"{_figure(part)} is given as a part of {_figure(whole)} (line {whole.line}), "
                                  f"but it is larger than the whole", "check which figure is the part", ())
        if len(counts) > 1 and sum(p.low for p in counts) > whole.high * (1 + t):
            total = format_value(sum(p.low for p in counts), sum(p.low for p in counts))
            yield Issue(counts[-1], f"the parts of {_figure(whole)} (line {whole.line}) add up to {total}, "
                                    f"more than the whole", "check the parts against the whole", ())
        for share in (p for p in parts if p.unit == "%"):
            others = [c for c in claims if c.sentence_index == share.sentence_index and c.unit == whole.unit
                      and c is not whole and c.hedge != VAGUE and (c.whole in (None, whole.start))
                      and (c.metric is None or share.metric is None or c.metric == share.metric)]
            for count in others[:1]:
                expected = (share.low / 100 * whole.low, share.high / 100 * whole.high)
                if not _agree(expected, count, _exactness(share, whole, count)):
                    yield Issue(share, f"{share.text} of {_figure(whole)} is about {format_value(*map(round, expected))}, "
                                       f"not {_figure(count)}", "check the share against its counts", ())
    for share in (c for c in claims if c.unit == "%" and c.whole is None):
        pairs = [(c, by_start[c.whole]) for c in claims if c.sentence_index == share.sentence_index
                 and c.whole in by_start and c.unit == by_start[c.whole].unit and c.unit != "%"
                 and (c.metric is None or share.metric is None or c.metric == share.metric)]
        for count, whole in pairs[:1]:
            ratio = 100 * count.low / whole.low if whole.low else None
            t = _exactness(share, whole, count)
            if ratio is not None and not _agree((ratio, ratio), share, t):
                yield Issue(share, f"{_figure(count)} of {_figure(whole)} is {ratio:.0f}%, not {share.text}",
                            "check the share against its counts", ())


def arithmetic(claims, matches, rules: RulePack, document, source_problems) -> Iterable[Issue]:
    """Figures in one draft that do not add up."""
    usable = [c for c in claims if c.hedge != VAGUE]
    yield from _sums(usable, rules)
    yield from _parts(claims, rules)


def unknown_source(claims, matches, rules: RulePack, document, source_problems) -> Iterable[Issue]:
    for offset, mention in source_problems:
        line, column = document.position(offset)
        yield Issue(None, f"{mention.problem}", mention.suggestion, (), (document.path, line, column, mention.text))


_CHECKS = (
    Check("contradiction", "The named source's own figure for that metric and subject is incompatible with the draft's.",
          "The NIS said 900 North Korean soldiers were killed.", "The NIS said about 300 North Korean soldiers were killed.",
          "claim", contradiction, vague=True),
    Check("misattribution", "The figure matches another source's figure, not the named source's.",
          "The NIS said 4,000 North Korean soldiers were killed.", "Zelensky said 4,000 North Korean soldiers were killed.",
          "claim", misattribution),
    Check("overstatement", "An upper bound or range stated as a plain figure, or a hedge stronger than the reference's.",
          "North Korea sent an extra 3,000 troops, the NIS said.", "North Korea sent up to 3,000 more troops, the NIS said.",
          "claim", overstatement),
    Check("unsupported", "No reference figure of any source fits the draft's figure.",
          "About 25,000 North Korean troops were deployed.", "About 12,000 North Korean troops were deployed, Zelensky said.",
          "claim", unsupported, vague=True),
    Check("inconsistent", "The draft gives incompatible figures for one metric and subject without distinct sources.",
          "About 12,000 North Korean troops were sent. Up to about 15,000 troops are being sent.",
          "About 12,000 North Korean troops were sent. Some 12,000 troops are being sent.",
          "document", inconsistent),
    Check("stale", "A source's figure the same source has since replaced with a newer, different one.",
          "North Korea has suffered about 3,000 casualties, the NIS said.",
          "In January 2025, North Korea had suffered about 3,000 casualties, the NIS said.", "claim", stale),
    Check("period-mismatch", "A figure the draft dates to a time other than the one the reference figure is about.",
          "Zelensky said 4,000 North Korean soldiers were killed in June 2024.",
          "Zelensky said in February 2025 that 4,000 North Korean soldiers were killed.", "claim", period_mismatch),
    Check("arithmetic", "Figures that do not add up: casualties vs killed + wounded, a part larger than its whole, "
                        "a percentage that does not match its counts.",
          "About 300 North Korean soldiers were killed and 2,700 wounded, a total of 5,000 casualties, the NIS said.",
          "About 300 North Korean soldiers were killed and 2,700 wounded, a total of 3,000 casualties, the NIS said.",
          "document", arithmetic),
    Check("unknown-source", "A source name close to, but not, a known one; or a wrong expansion of a known abbreviation.",
          "About 12,000 troops were sent, according to President Zelesnky.",
          "About 12,000 troops were sent, according to President Zelensky.", "document", unknown_source),
    Check("unattributed", "A figure the reference attributes to a source, given with no source.",
          "About 300 North Korean soldiers were killed.", "About 300 North Korean soldiers were killed, the NIS said.",
          "claim", unattributed),
)

REGISTRY: MappingProxyType = MappingProxyType({c.name: c for c in _CHECKS})


class UnknownRule(ValueError):
    def __init__(self, name: str):
        super().__init__(f"unknown rule {name!r} (valid: {', '.join(REGISTRY)})")


def validate_names(names: Iterable[str]) -> None:
    for name in names:
        if name not in REGISTRY:
            raise UnknownRule(name)


def run(claims: list[Claim], references: ReferenceSet, rules: RulePack, document,
        enabled: Iterable[str] | None = None, source_problems=None) -> list[Finding]:
    """Every finding for one draft, sorted by position.

    `source_problems` are the draft's suspicious source names when the caller already has them
    (`claims.read`); otherwise they are found here.
    """
    if source_problems is None:
        source_problems = find_source_problems(document, rules)
    names = list(REGISTRY) if enabled is None else list(enabled)
    by_start = {c.start: c for c in claims}
    breakdowns = {id(c) for c in claims if c.whole in by_start and by_start[c.whole].metric == c.metric}
    # a part of a whole with the same metric ("of the 300 killed, 30 were officers") is nobody's total
    matches = {id(c): None if id(c) in breakdowns else match(c, references, rules, getattr(document, "date", None))
               for c in claims}
    findings = []
    for name in names:
        check = REGISTRY[name]
        severity = rules.severities.get(name, "warning")
        if severity == "off":
            continue
        if check.scope == "claim":
            issues = (issue for c in claims if matches[id(c)] is not None and (check.vague or c.hedge != VAGUE)
                      for issue in check.run(matches[id(c)], rules))
        else:
            issues = check.run(claims, matches, rules, document, source_problems)
        for issue in issues:
            findings.append(_finding(name, severity, issue))
    return sorted(findings)


def _finding(rule: str, severity: str, issue: Issue) -> Finding:
    if issue.claim is not None:
        c = issue.claim
        return Finding(rule, severity, c.path, c.line, c.column, c.text, issue.message, issue.suggestion,
                       issue.references, c)
    path, line, column, excerpt = issue.offset
    return Finding(rule, severity, path, line, column, excerpt, issue.message, issue.suggestion, issue.references, None)
