"""How sure a finding is: an `error` stands only when the reading behind it is unambiguous.

An error says "this is wrong" to an editor about to publish, so it needs the source named in the
figure's own clause and the metric and subject read from words next to it (or the reference set's
story subject). Any doubt in the reading turns the error into a warning that names the doubt, so
the editor knows what to look at. Warnings and notes are left as they are.
"""

from __future__ import annotations

from checker.model import Claim, Severity

# (claim field, how it was found) -> the doubt, in an editor's words. Anything not listed is sure.
DOUBTS: dict[tuple[str, str], str] = {
    ("source_how", "sentence"): "the source is named in another clause of the sentence",
    ("source_how", "resolved"): "the source is taken to be {source_text}, named earlier",
    ("source_how", "carried"): "the source ({source_text}) is named in another sentence",
    ("metric_how", "nearest"): "what the figure counts is read from a word further away",
    ("metric_how", "weak"): "what the figure counts is read from a loose word",
    ("subject_how", "guess"): "the draft does not say whose figure it is",
    ("subject_how", "carried"): "whose figure it is is read from the sentence before",
}


def doubts(claim: Claim) -> list[str]:
    """What is uncertain in the reading of a claim, as phrases; empty when nothing is."""
    found = []
    for (field, how), phrase in DOUBTS.items():
        if getattr(claim, field) == how:
            found.append(phrase.format(source_text=claim.source_text or "the source"))
    return found


def settle(severity: Severity, claim: Claim | None, message: str) -> tuple[Severity, str]:
    """The severity and message a finding is reported with: an error about a claim read with doubt
    becomes a warning whose message names the doubt."""
    if severity is not Severity.ERROR or claim is None:
        return severity, message
    found = doubts(claim)
    if not found:
        return severity, message
    return Severity.WARNING, f"{message} (not certain: {'; '.join(found)})"
