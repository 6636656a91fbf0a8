"""Properties of the in-process API (`Engine.check_document` on `Document.from_text`), for any
text: it never raises; every claim's span lies inside the text, is the text at that span, and
its LINE:COL is the document's position of its start; a second run gives the same findings; and
a sentence's findings do not depend on an unrelated, figure-free sentence added after it.

Bounded for CI: about 200 examples per property, no deadline (the first example pays for warming
up the reader's patterns).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.engine import Engine
from checker.inputs.document import Document

SEED_DATE = dt.date(2025, 2, 27)
PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples every run: a failure is reproducible, CI is stable
)

# Words that reach every stage: figures, hedges, metrics, subjects, sources, times, suppressions.
TOKENS = [
    "300", "1,000", "4 000", "4\u00a0000", "2.7", "12000", "10,000-12,000", "1.3 million",
    "between", "and", "about", "more than", "up to", "at least", "nearly", "killed",
    "wounded", "deployed", "casualties", "troops", "soldiers", "North Korean", "Russian",
    "NIS", "the NIS", "Zelensky", "Zelesnky", "said", "according to", "told reporters",
    "last year", "in January", "on Monday", "Date: 2025-02-27", "SEOUL --", "(Yonhap)", "%",
    "$", "—", "–", ".", ",", ";", "\n", "\r\n", "\r", "\t", "“", "”", "\u200b", "\ufeff",
    "<!-- numcheck: ignore -->", "<!-- numcheck: off -->", "<!-- numcheck: on -->",
    "<!-- numcheck: ignore contradiction", "<!--", "-->", "½", "٣٠٠", "1e999", "0",
]  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=50).map(" ".join),
)
# Sentences built only from tokens that make findings likely (figures, sources, metrics).
STORY = st.lists(
    st.lists(st.sampled_from(TOKENS[:40]), min_size=3, max_size=14).map(
        lambda words: " ".join(words).replace("\n", " ").replace("\r", " ") + "."
    ),
    min_size=1,
    max_size=5,
).map(" ".join)
UNRELATED = st.sampled_from(
    [
        "The weather was mild.",
        "Nothing else happened.",
        "Readers can write to the desk.",
        "This story has been updated.",
    ]
)


def engine(lexicon, seed_refs) -> Engine:
    return Engine(lexicon, seed_refs)


def check(lexicon, seed_refs, text: str):
    document = Document.from_text(text, "fuzz.txt", SEED_DATE)
    return document, engine(lexicon, seed_refs).check_document(document)


def summary(findings) -> list[tuple]:
    return [(f.check, f.severity, f.line, f.column, f.excerpt, f.message) for f in findings]


@PROPERTY_SETTINGS
@given(text=TEXT)
def test_never_raises_on_any_text(lexicon, seed_refs, text: str):
    check(lexicon, seed_refs, text)


@PROPERTY_SETTINGS
@given(text=st.one_of(TEXT, STORY))
def test_every_claim_lies_inside_the_text(lexicon, seed_refs, text: str):
    document, result = check(lexicon, seed_refs, text)
    for claim in result.claims:
        assert 0 <= claim.start <= claim.end <= len(text), (claim.start, claim.end, len(text))
        assert text[claim.start : claim.end] == claim.text, (claim.text, claim.start, claim.end)
        assert document.position(claim.start) == (claim.line, claim.column), claim
    lines = len(document.line_starts)
    for finding in result.findings:
        assert 1 <= finding.line <= lines and finding.column >= 1, finding


@PROPERTY_SETTINGS
@given(text=st.one_of(TEXT, STORY))
def test_same_text_same_findings(lexicon, seed_refs, text: str):
    _, first = check(lexicon, seed_refs, text)
    _, second = check(lexicon, seed_refs, text)
    assert summary(first.findings) == summary(second.findings)
    assert [(c.start, c.end, c.low, c.high, c.metric, c.source) for c in first.claims] == [
        (c.start, c.end, c.low, c.high, c.metric, c.source) for c in second.claims
    ]


@PROPERTY_SETTINGS
@given(text=STORY, extra=UNRELATED)
def test_an_unrelated_sentence_after_changes_nothing_before(
    lexicon, seed_refs, text: str, extra: str
):
    document, before = check(lexicon, seed_refs, text)
    _, after = check(lexicon, seed_refs, text + "\n\n" + extra + "\n")
    last = len(document.line_starts)
    assert summary(before.findings) == summary([f for f in after.findings if f.line <= last])
