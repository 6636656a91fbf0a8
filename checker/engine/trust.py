"""How sure a finding is: its severity says how sure the reading behind it is.

An `error` says "this is wrong" to an editor about to publish, so it needs the source named in the
figure's own clause and the metric and subject read from words next to it (or the reference set's
story subject). Any doubt in the reading makes it a `warning`. A warning needs at least to know
what the figure counts and of whom: a doubt there makes it a note (`info`), and so do two such
doubts on an error (any two: for example what it counts is read from a word further away, and
the figure was its source's very figure for another metric that day). A figure far from every
figure of what it was read to count is more likely misread than misquoted: that doubt alone makes
any finding a note. Either way the message names the doubt, so the editor knows what to look at.
"""

from __future__ import annotations

from checker.model import (
    COUNT_DOUBT,
    MISREAD_DOUBT,
    SOURCE_DOUBT,
    SPEAKER_DOUBT,
    Claim,
    Severity,
)

# What a doubt is about: who gave the figure or what sentence it leans on (lowers errors only), or
# what it counts and of whom (lowers warnings too).
SOURCE, COUNT = SOURCE_DOUBT, COUNT_DOUBT  # a check may name its own doubts of either kind
# A doubt about what the figure counts strong enough on its own to make any finding a note: the
# figure is far from every figure of what it was read to count, so it is more likely misread.
MISREAD = MISREAD_DOUBT
# A doubt about who gave the figure that a check about the source itself (misattribution) names in
# its `rests_on`: there it weighs as much as a misreading, so the finding is a note (the draft's
# source was read from "the agency" pointing back, or from another clause, and the other source's
# very figure is likelier a slip of the reading than of the writer); for any other check it is a
# source doubt like the rest.
SPEAKER = SPEAKER_DOUBT

# (claim field, how it was found) -> (what the doubt is about, the doubt in an editor's words).
# Anything not listed is sure.
DOUBTS: dict[tuple[str, str | bool], tuple[str, str]] = {
    ("source_how", "sentence"): (SPEAKER, "the source is named in another clause of the sentence"),
    ("source_how", "resolved"): (SPEAKER, "the source is taken to be {source_text}, named earlier"),
    ("source_how", "carried"): (SOURCE, "the source ({source_text}) is named in another sentence"),
    ("source_how", "of-its-kind"): (
        SOURCE,
        "'{source_text}' is taken to be the one source of that name that gives such figures",
    ),
    ("source_how", "acted"): (
        SOURCE,
        "the source is read from what {source_text} did; no word credits the figure to it",
    ),
    ("metric_how", "unit-alone"): (
        SOURCE,
        "no word in the sentence says what the figure counts; it is read from its unit",
    ),
    ("metric_how", "nearest"): (COUNT, "what the figure counts is read from a word further away"),
    ("metric_how", "weak"): (COUNT, "what the figure counts is read from a loose word"),
    ("metric_how", "contested"): (
        COUNT,
        "what the figure counts is read from one of two words side by side that count different "
        "things",
    ),
    ("metric_how", "carried"): (COUNT, "what the figure counts is read from the sentence before"),
    # "Turnout added to the sense of a mandate. The Comelec puts it at 80.38 percent": a word
    # points back, so only an error is in doubt
    ("metric_how", "referred"): (
        SOURCE,
        "what the figure counts is what 'it' stands for, read from the sentence before",
    ),
    ("metric_how", "revised"): (
        COUNT,
        "what the figure counts is read from the figure it was raised or cut from",
    ),
    ("metric_how", "giver"): (
        COUNT,
        "no word says what the figure counts; it is read from what {source_text} gives figures of",
    ),
    ("metric_how", "unlike-source"): (
        SOURCE,
        "{source_text} gives no figure of what the figure was read to count, only of something "
        "else counted the same way",
    ),
    ("subject_how", "guess"): (COUNT, "the draft does not say who or where the figure is about"),
    ("subject_how", "carried"): (
        SOURCE,
        "who or where the figure is about is read from the sentence before",
    ),
    ("subject_how", "pronoun"): (
        COUNT,
        "who the figure is about is read from the name a pronoun before it stands for",
    ),
    ("subject_how", "speaker"): (
        SOURCE,
        "who or where the figure is about is read from who gave it",
    ),
    ("subject_among", True): (
        SOURCE,
        "who or where the figure is about is read from the nearest of several names before it",
    ),
}


def doubts(claim: Claim | None, about: tuple[str, ...] = (SOURCE, COUNT)) -> list[str]:
    """What is uncertain in the reading of a claim (of the kinds in `about`; a speaker doubt counts
    as a source doubt), as phrases; none for a finding on no figure."""
    return [phrase for kind, phrase in _doubts(claim, speaker=False) if kind in about]


def _doubts(claim: Claim | None, speaker: bool) -> list[tuple[str, str]]:
    """(kind, phrase) of each doubt in the reading of a claim; a speaker doubt is a source doubt
    unless `speaker`."""
    if claim is None:
        return []
    found = []
    for (field, how), (kind, phrase) in DOUBTS.items():
        if getattr(claim, field) == how:
            kind = SOURCE if kind == SPEAKER and not speaker else kind
            found.append((kind, phrase.format(source_text=claim.source_text or "the source")))
    return found


def of_others(others: tuple[Claim, ...]) -> tuple[tuple[str, str], ...]:
    """The doubts about what each other figure a finding rests on counts ("143 killed disagrees
    with up to 95 killed", the 95's metric read from a word further away), as (kind, phrase)."""
    return tuple(
        (COUNT, f"for {c.text} at line {c.line}:{c.column}, {phrase}")
        for c in others
        for phrase in doubts(c, (COUNT,))
    )


ELSEWHERE = (
    COUNT,
    "{source} gave this very figure for {metric} that day, so it may count that",
)
# The named source's very figure of another subject ("Komeito won 215 seats, NHK said", NHK's 215
# being the coalition's): as strong a sign of a misreading as a figure far from every other (a
# writer who copies a source's figure mostly copies whose it is too), so on its own it makes any
# finding a note (measured on the held-out stories: 30 clean-draft warnings, no planted error
# caught at warning).
OTHER_SUBJECT = (
    MISREAD,
    "{source} gave this very figure of {subject}, so it may be theirs",
)

FAR = (
    MISREAD,
    "the figure is over {factor:g} times above or below every figure the reference set has of "
    "what it was read to count, so it may count something else",
)


def settle(
    severity: Severity,
    claim: Claim | None,
    message: str,
    rests_on=(SOURCE, COUNT),
    extra: tuple[tuple[str, str], ...] = (),
    settled: tuple[str, ...] = (),
) -> tuple[Severity, str]:
    """The severity and message a finding is reported with: an error read with any doubt is a
    warning, a warning read with a doubt about what the figure counts is a note; the message names
    the doubt. `rests_on`: the kinds of doubt that matter to the check (arithmetic between the
    draft's own figures rests on neither). `extra`: doubts found beyond the claim's reading, as
    (kind, phrase). `settled`: kinds of the reading's doubts the check's own evidence settles
    (stale on the named source's very figure: `common.settled_by_its_figure`), left out."""
    if (claim is None and not extra) or severity is Severity.INFO or not rests_on:
        return severity, message  # (a finding on no figure has only the check's own doubts)
    lowering = (SOURCE, SPEAKER, COUNT) if severity is Severity.ERROR else (SPEAKER, COUNT)
    about = tuple(k for k in lowering if k in rests_on)
    weights = {COUNT: 1, MISREAD: 2} if COUNT in about else {}
    if SPEAKER in about:
        weights[SPEAKER] = 2
    pairs = [p for p in _doubts(claim, SPEAKER in rests_on) if p[0] not in settled] + list(extra)
    found = [phrase for kind, phrase in pairs if kind in about or kind in weights]
    if not found:
        return severity, message
    counts = sum(weights.get(kind, 0) for kind, _ in pairs)
    lower = (
        Severity.WARNING
        if severity is Severity.ERROR and counts < 2
        else Severity.INFO  # two doubts about what it counts: more likely misread than misquoted
    )
    return lower, f"{message} (not certain: {'; '.join(found)})"
