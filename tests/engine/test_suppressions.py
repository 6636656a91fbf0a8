"""Inline suppressions: ignore on a line or the next, off/on regions, names recorded with
positions."""

import pytest

from checker.engine.suppressions import parse
from checker.inputs import Document


def _hidden(text):
    return parse(Document.from_text(text))


@pytest.mark.parametrize(
    "text, check, line, hidden",
    [
        ("a <!-- numcheck: ignore -->", "stale", 1, True),
        ("a <!-- numcheck: ignore stale -->", "stale", 1, True),
        ("a <!-- numcheck: ignore stale -->", "contradiction", 1, False),
        ("<!-- numcheck: ignore -->\nb", "stale", 2, True),
        ("<!-- numcheck: ignore -->\nb\nc", "stale", 3, False),
        ("<!-- numcheck: off -->\nb\nc\n<!-- numcheck: on -->\nd", "stale", 3, True),
        ("<!-- numcheck: off -->\nb\nc\n<!-- numcheck: on -->\nd", "stale", 5, False),
        ("<!-- numcheck: off stale -->\nb", "contradiction", 2, False),
        ("<!-- numcheck: off -->\nb\nc", "stale", 3, True),  # an unclosed region runs to the end
    ],
)
def test_suppressed(text, check, line, hidden):
    assert _hidden(text).suppressed(check, line) is hidden


def test_names_are_recorded_with_their_position():
    assert _hidden("x\n  <!-- numcheck: ignore stale, bogus -->").names[0][:2] == (2, 3)


@pytest.mark.parametrize(
    "comment, says",
    [
        ("<!-- numcheck ignore -->", "not understood"),
        ("<!-- numcheck: ignroe -->", "not understood"),
        ("<!-- numcheck: ignore", "without its closing -->"),
        ("<!-- NUMCHECK:OFF", "without its closing -->"),
    ],
)
def test_a_malformed_comment_is_a_problem_at_its_place(comment, says):
    from checker.inputs import Document

    doc = Document.from_text(f"About 300 died.\nSo it goes. {comment}\nMore text.\n")
    [(line, column, what)] = parse(doc).malformed
    assert (line, column) == (2, 13) and says in what and "<!-- numcheck: ignore|off|on" in what


@pytest.mark.parametrize(
    "text",
    [
        "About 300 died. <!-- numcheck: ignore" + " " * 200_000,
        "About 300 died.\n" + "<!-- numcheck: off\n" * 8000,
        "<!-- numcheck: ignore " + "x, " * 100_000 + "-->",
    ],
)
def test_adversarial_comments_cost_linear_time(text):
    import time

    from checker.inputs import Document

    doc = Document.from_text(text)
    start = time.perf_counter()
    parse(doc)
    assert time.perf_counter() - start < 2.0  # quadratic would be minutes
