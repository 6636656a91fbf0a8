"""The engine: which checks run at which severity, and running them on a draft.

`Engine(lexicon, references, select, ignore, severities)` decides once, as flake8's style guide
does: the selected checks, minus the ignored ones, minus those that need a reference set when there
is none; each at the severity set on the command line, else in a pack's `checks:`, else its
default (`off` drops it). `check_file(path, date)` reads a draft, matches its claims, runs the
checks, applies the draft's inline suppressions and returns a `FileResult`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

from checker import inputs, reading, regex_cache
from checker.checks import REGISTRY, Check, ClaimCheck, Context, Issue, common, validate_names
from checker.checks.base import ANY
from checker.engine import suppressions, trust
from checker.errors import InputError, Problem
from checker.lexicon import Lexicon
from checker.model import VAGUE, Claim, Finding, Severity
from checker.reading.attribution import CLAUSE
from checker.reading.known import Known
from checker.reading.metrics import CUE
from checker.references import ReferenceSet, match

OFF = "off"


@dataclass
class FileResult:
    path: str
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    text: str = ""  # the draft's text, for reports that show it
    figures: int | None = None  # how many figures were read, when `claims` was dropped
    read: bool = False  # the draft was read (even if a comment in it was bad)

    def slimmed(self, keep_claims: bool, keep_text: bool) -> "FileResult":
        """Only what the report will hold: less to send back from a worker process."""
        return FileResult(
            self.path,
            self.claims if keep_claims else [],
            self.findings,
            self.problems,
            self.text if keep_text else "",
            len(self.claims) if self.figures is None else self.figures,
            self.read,
        )


def _pack_severities(lexicon: Lexicon) -> dict[str, str]:
    """A pack's `checks:` section, its names checked against the registry."""
    unknown = [
        Problem(path, f"unknown check {name!r} (valid: {', '.join(REGISTRY)})", *mark)
        for name, (path, mark) in lexicon.severity_marks.items()
        if name not in REGISTRY
    ]
    if unknown:
        raise InputError(unknown)
    return dict(lexicon.severities)


_ANYONE = object()  # the subject key of a figure no word says whose it is (`Engine.matches`)


def _breakdowns(claims: list[Claim], fits) -> set[int]:
    """The ids of the claims that are a breakdown of another figure of the draft with the same
    metric, not anyone's figure (`Engine.matches`); `fits` says whether a claim is a figure the
    reference set has."""
    by_start = {c.start: c for c in claims}
    out = set()
    for c in claims:
        whole = by_start.get(c.whole) if c.whole is not None else None
        if whole is None or whole.metric != c.metric:
            continue
        if c.whole < c.start:  # (unless the part is dated to a time of its own)
            if not _of_its_own(c, whole, fits):
                out.add(id(c))
        else:
            out.add(id(c) if _some_of(c, whole, fits) else id(whole))
    return out


def _of_its_own(part: Claim, whole: Claim, fits) -> bool:
    """'By Tuesday, 111 officers had been injured ... Of those, 44 were hurt on Sunday night': a
    part after its whole, dated to a time of its own, is a figure of its own when it is one the
    reference set has (both are checked)."""
    return part.when is not None and part.when != whole.when and fits(part)


def _some_of(part: Claim, whole: Claim, fits) -> bool:
    """'30 of the country's 42 confirmed cases had been infected there': a part named first whose
    subject is only its whole's is some of them when the whole is a figure the reference set has
    and the part is none ("417 of the state's 497 municipalities have been hit" is the state's
    figure of municipalities hit)."""
    return part.subject_how == reading.SUBSET and fits(whole) and not fits(part)


def writers_sums(claims: list[Claim], lexicon: Lexicon) -> set[int]:
    """The ids of the claims that are the writer's own sums, not anyone's figure: a level credited
    to no one that adds up, to rounding (`rounding`, or its written precision), the last two or
    more levels in its unit before it, in its sentence or the `sum_sentences` before, or the next
    ones in its own sentence ("2,958 arrests this year: 1,130 in April and 1,828 in October"),
    each bounded and of its metric (not "300 killed and 2,700 wounded. About 3,000 were
    killed"): ("OCHA counted 31 homes destroyed and 72 seriously damaged. That is about 103
    homes"; "2,127 ..., 1,935 ... and 628 new cases. Taken together, those three weeks account
    for 4,690"). The arithmetic check checks sums; no other check takes one for a count to
    compare with others."""
    out: set[int] = set()
    window = lexicon.limits.compare_window  # work per figure is bounded
    for i, total in enumerate(claims):
        if _may_be_a_sum(total) and (
            _adds_up_before(total, claims[max(0, i - window) : i], lexicon)
            or _adds_up_after(total, claims[i + 1 : i + 1 + window], lexicon)
        ):
            out.add(id(total))
    return out


def _may_be_a_sum(c: Claim) -> bool:
    return (
        c.source is None
        and c.is_level
        and c.hedge != VAGUE
        and c.unit != "%"
        and not c.part
        and c.whole is None
        and c.low > 0
    )


def _adds_up_before(total: Claim, before: list[Claim], lexicon: Lexicon) -> bool:
    """Do the last two or more levels in the total's unit before it add up to it?"""
    limit = lexicon.limits.sum_sentences
    return _adds_up(
        total,
        reversed(before),
        lambda c: total.sentence_index - c.sentence_index > limit,
        lexicon,
    )


def _adds_up_after(total: Claim, after: list[Claim], lexicon: Lexicon) -> bool:
    """Do the next two or more levels in the total's unit, in its own sentence and after a colon
    or a dash that opens a list of its parts, add up to it ("2,958 arrests in London this year:
    1,130 in April and 1,828 in October"; not peers listed: "killed 120 in Valdora, 70 in
    Ostrava and 50 in Melin")?"""
    same = [c for c in after if c.sentence_index == total.sentence_index]
    if not same:
        return False
    at = total.sentence_start
    if not _PARTS_OPEN.search(total.sentence, total.end - at, same[0].start - at):
        return False
    return _adds_up(total, same, lambda c: False, lexicon)


_PARTS_OPEN = regex_cache.compile(r"[:—–]")


def _adds_up(total: Claim, addends, beyond, lexicon: Lexicon) -> bool:
    """Do two or more of `addends` in the total's unit, taken in order until `beyond` says one
    lies too far, add up to the total, to its rounding?"""
    slack = _slack(total, lexicon.limits.rounding)
    addable = _addable_metrics(total, lexicon)
    added, count = 0.0, 0
    for c in addends:
        if beyond(c):
            return False
        if (
            c.unit != total.unit
            or not c.is_level
            or c.hedge == VAGUE
            or c.role is not None
            or c.metric is None  # "those two regions": a count of things, no addend
        ):
            continue
        if c.metric not in addable or not common.bounded(c, lexicon):
            return False  # "300 killed and 2,700 wounded. About 3,000 were killed": no sum (of
            # any subjects: "KO's 157 seats, Third Way's 65 and the Left's 26 add up to 248")
        added, count = added + c.low, count + 1
        if count >= 2 and abs(added - total.low) <= slack:
            return True
        if added > total.high + slack:
            return False
    return False


def _addable_metrics(total: Claim, lexicon: Lexicon) -> frozenset[str | None]:
    """The metrics whose figures may add up to the total: its own, and the parts of the derived
    metric it may be a sum of (`common.summed_parts`)."""
    return frozenset({total.metric, *common.summed_parts(total, lexicon)})


def _slack(total: Claim, rounding: float) -> float:
    """How far a sum may be off the figure: half its last written step ("1.32 million": 5,000), a
    count written to its last unit not at all ("246" is not 248), else `rounding` of it."""
    if total.precision:
        return total.precision
    if float(total.low).is_integer() and int(total.low) % 10:
        return 0.5
    return rounding * total.low


class Engine:
    def __init__(
        self,
        lexicon: Lexicon,
        references: ReferenceSet | None = None,
        select=(),
        ignore=(),
        severities: Mapping[str, str] | None = None,
    ):
        validate_names([*select, *ignore, *(severities or {})])
        self.lexicon, self.references = lexicon, references or ReferenceSet()
        self.references.index(lexicon)  # the facts' index is built with the engine, not per draft
        self.known: Known = known_from(self.references)  # what reading may know from the set
        chosen = {**_pack_severities(lexicon), **(severities or {})}
        have_references = references is not None
        self.plan: list[tuple[Check, Severity]] = []
        for name in select or REGISTRY:
            check = REGISTRY[name]
            level = chosen.get(name, check.severity.value)
            if name in ignore or level == OFF or (check.needs_references and not have_references):
                continue
            self.plan.append((check, Severity(level)))

    @property
    def enabled(self) -> list[str]:
        return [check.id for check, _ in self.plan]

    def matches(self, found: reading.Reading, sums: set[int] = frozenset()) -> dict:
        """Each claim's match. A part and its whole with the same metric are not both anyone's
        figure: a whole named first is the figure and its part a breakdown ("Of the 300 killed, 30
        were officers"); a part named first is its subject's figure and the whole a larger group's
        ("Labour won 411 of the 650 seats"). The writer's own sums (`sums`) are no one's figure
        either."""
        claims = found.claims
        stated: dict[tuple, set] = {}  # what each paragraph says of each thing, when, by whom it
        for c in claims:  # names in the figure's own clause (else by no one for sure)
            if c.is_level:
                who = c.source if c.source_how == CLAUSE else None
                level = (c.low, c.high, c.when)
                stated.setdefault((c.metric, c.subject, c.unit, c.paragraph, who), set()).add(level)
                if c.subject_how == reading.GUESS:  # "the commission nudged those figures to
                    # 80.10% and 10.12%": no word says whose, so it may tell any one's
                    stated.setdefault((c.metric, _ANYONE, c.unit, c.paragraph, who), set()).add(
                        level
                    )

        said: dict[tuple, set] = {}  # ... by anyone
        for (*key, _), levels in stated.items():
            said.setdefault(tuple(key), set()).update(levels)

        known: dict[tuple, frozenset] = {}  # `in_draft` depends only on this key

        def in_draft(c) -> frozenset:
            key = (c.metric, c.subject, c.unit, c.paragraph, c.source)
            if key not in known:
                known[key] = _in_draft(c)
            return known[key]

        def _in_draft(c) -> frozenset:
            """What the claim's paragraph says of its thing, as (low, high, when): by anyone, for
            a figure of no named source; else by its source or by no one named for sure ("129
            ..., the ministry said" beside the governor's 125 is no ministry's 125), at any time
            (when None); and by a member of its source at the time the draft gives ("In May 2023,
            Interior Minister Vakhtang Gomelauri put the number detained at 146", after the
            ministry's 133)."""
            key = (c.metric, c.subject, c.unit, c.paragraph)
            anyone = (c.metric, _ANYONE, c.unit, c.paragraph)
            if c.source is None:
                levels = said.get(key, set()) | said.get(anyone, set())
                return frozenset((low, high, None) for low, high, _ in levels)
            own = set().union(
                *(stated.get((*k, w), ()) for k in (key, anyone) for w in (c.source, None))
            )
            spec = self.lexicon.sources.get(c.source)
            members = (stated.get((*key, m), ()) for m in (spec.includes if spec else ()))
            return frozenset({(low, high, None) for low, high, _ in own}.union(*members))

        # who the draft itself credits with each figure of what, read from a word beside it (see
        # `matching.match`)
        read = frozenset(
            (c.source, c.metric, c.low, c.high) for c in claims if c.source and c.metric_how == CUE
        )
        matched = {
            id(c): match(c, self.references, self.lexicon, found.date, in_draft(c), read)
            for c in claims
        }

        def fits(c: Claim) -> bool:
            m = matched[id(c)]
            return bool(m and m.fitting)

        skipped = _breakdowns(claims, fits) | set(sums)
        return {key: None if key in skipped else m for key, m in matched.items()}

    def _issues(self, check: Check, context: Context):
        if isinstance(check, ClaimCheck):
            return (
                issue
                for c in context.claims
                if context.match(c) is not None and (check.vague or c.hedge != VAGUE)
                for issue in check.run(context.match(c), self.lexicon)
            )
        return check.run(context)

    def findings(self, found: reading.Reading) -> list[Finding]:
        """Every finding for one draft, one per problem, sorted by position (before
        suppressions)."""
        sums = writers_sums(found.claims, self.lexicon)
        context = Context(found, self.lexicon, self.matches(found, sums), frozenset(sums))
        raised = [
            (check, severity, issue)
            for check, severity in self.plan
            for issue in self._issues(check, context)
        ]
        far = self._doubts(context, {id(i.claim): i.claim for _, _, i in raised if i.claim})
        fired: dict[int, set[str]] = {}
        for check, _, issue in raised:
            if issue.claim is not None:
                fired.setdefault(id(issue.claim), set()).add(check.id)
        return sorted(
            _finding(
                check,
                severity,
                issue,
                far.get(id(issue.claim), ()) + issue.doubts + trust.of_others(issue.others),
            )
            for check, severity, issue in raised
            if not _deferred(check, fired.get(id(issue.claim), set()))
        )

    def _doubts(self, context: Context, claims: dict) -> dict[int, tuple[tuple[str, str], ...]]:
        """Doubts beyond the reading, for the `claims` (by id) that have findings, which their
        findings say: a figure over `far_factor` times above or below every reference figure of
        its metric, subject and unit ("$5 billion" read as a bonus the set knows as $3,000 to
        $12,000), or its source's very figure for another metric (`_elsewhere`)."""
        factor = self.lexicon.limits.far_factor
        kind, phrase = trust.FAR
        far = {}
        for c in claims.values():
            m = context.match(c)
            if m is None:
                continue
            found = self._elsewhere(m)
            if (
                m.candidates
                and c.low > 0
                and all(
                    f.low > 0 and max(c.low / f.high, f.low / c.high) >= factor
                    for f in m.candidates
                )
            ):
                found += ((kind, phrase.format(factor=factor)),)
            if found:
                far[id(c)] = found
        return far

    def _elsewhere(self, m) -> tuple[tuple[str, str], ...]:
        """'2,700 killed, the NIS said' on the day the NIS gave 2,700 wounded, or 'Komeito won 215
        seats, NHK said' when NHK gave 215 seats of the coalition: that doubt, named."""
        if not m.elsewhere:
            return self._other_subjects(m)
        kind, phrase = trust.ELSEWHERE
        if m.a_part_named:  # "Hypothermia ..., accounting for 158 deaths": it names the part
            kind = trust.MISREAD
        fact = m.elsewhere[0]
        source = common.name(fact.source, self.lexicon)
        return ((kind, phrase.format(source=source, metric=common.words(fact.metric))),)

    def _other_subjects(self, m) -> tuple[tuple[str, str], ...]:
        """'Komeito won 215 seats, according to NHK' when NHK gave 215 seats of the coalition: that
        doubt, named."""
        if not m.other_subjects:
            return ()
        kind, phrase = trust.OTHER_SUBJECT
        fact = m.other_subjects[0]
        source = common.name(fact.source, self.lexicon)
        return ((kind, phrase.format(source=source, subject=common.words(fact.subject))),)

    def check_document(
        self, document: inputs.Document, default_subject: str | None = None
    ) -> FileResult:
        found = reading.read(document, self.lexicon, default_subject, self.known)
        result = FileResult(document.path, claims=found.claims, text=document.text, read=True)
        hidden = suppressions.parse(document)
        result.problems += [
            Problem(document.path, what, line, column) for line, column, what in hidden.malformed
        ]
        for line, column, name in hidden.names:
            if name not in REGISTRY:
                result.problems.append(
                    Problem(
                        document.path,
                        f"unknown check {name!r} in a numcheck comment "
                        f"(valid: {', '.join(REGISTRY)})",
                        line,
                        column,
                    )
                )
        result.findings = [
            f for f in self.findings(found) if not hidden.suppressed(f.check, f.line)
        ]
        return result

    def check_file(self, path: str, date: dt.date | None = None) -> FileResult:
        try:
            document = inputs.read(path, date)
        except InputError as exc:
            return FileResult(path, problems=exc.problems)
        return self.check_document(document)


def known_from(references: ReferenceSet) -> Known:
    """The story's subject, its figures' dates, and the subjects and sources each metric has
    figures of (worked out once per reference set, however many engines share it)."""
    return Known(
        references.subject,
        references.dates,
        references.subjects_by_metric(),
        references.sources_by_metric(),
        references.subjects_by_metric_and_source(),
        references.given_in_units(),
        references.figures_by_metric(),
        references.times,
        references.figures_by_source(),
        references.figures_by_value(),
    )


def extract_file(
    path: str, lexicon: Lexicon, date: dt.date | None, references: ReferenceSet | None = None
) -> FileResult:
    """Only the reading: every figure of a draft as a claim (what the reference set knows helps)."""
    try:
        document = inputs.read(path, date)
    except InputError as exc:
        return FileResult(path, problems=exc.problems)
    known = known_from(references or ReferenceSet())
    return FileResult(path, claims=reading.read(document, lexicon, None, known).claims)


def _deferred(check: Check, fired: set[str]) -> bool:
    """Does another check already report this figure, one `check` defers to? (`ANY`: any check
    whose default is a warning or an error.)"""
    others = fired - {check.id}
    if ANY in check.defers_to:
        others = {name for name in others if REGISTRY[name].severity is not Severity.INFO}
    return bool(others) and (ANY in check.defers_to or bool(others & set(check.defers_to)))


def _related(claim: Claim, issue: Issue) -> tuple[tuple[int, int, str], ...]:
    """The other figures of the draft an issue points at, in the draft's order, once each."""
    seen = {(c.line, c.column, c.text) for c in (*issue.others, *issue.shows) if c is not claim}
    seen.discard((claim.line, claim.column, claim.text))
    return tuple(sorted(seen))


def _finding(check: Check, severity: Severity, issue: Issue, extra=()) -> Finding:
    if issue.claim is not None:
        c = issue.claim
        severity, message = trust.settle(
            severity, c, issue.message, check.rests_on, extra, issue.settled
        )
        return Finding(
            check.id,
            severity,
            c.path,
            c.line,
            c.column,
            c.text,
            message,
            issue.suggestion,
            issue.references,
            c,
            _related(c, issue),
        )
    position, excerpt = issue.where
    severity, message = trust.settle(severity, None, issue.message, check.rests_on, extra)
    return Finding(
        check.id,
        severity,
        position.path,
        position.line,
        position.column,
        excerpt,
        message,
        issue.suggestion,
        issue.references,
        None,
    )
