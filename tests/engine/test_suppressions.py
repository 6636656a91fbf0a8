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
