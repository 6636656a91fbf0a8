"""The text format's line filling: its shortcut for a line that already fits gives exactly what
textwrap.fill gives, for any message and any width."""

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.output import text

PIECES = st.sampled_from([*"ab- \t\n\u00a0.'", "word", "well-known", "  "])
MESSAGES = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(MESSAGES, st.integers(min_value=8, max_value=120), st.sampled_from(["", "    ", "h  x  "]))
def test_fill_is_textwrap_fill(message, columns, first):
    for hyphens in (True, False):
        assert text._fill(message, columns, first, "  ", hyphens) == textwrap.fill(
            message, columns, initial_indent=first, subsequent_indent="  ",
            break_on_hyphens=hyphens,
        )  # fmt: skip


@pytest.mark.parametrize(
    "message, shortcut",
    [
        ("NIS is quoted with 900 killed", True),  # fits: written as it is
        ("two  spaces", False),  # textwrap would keep them, but only textwrap decides
        (" leading space", False),
        ("a tab\there", False),
        ("", False),  # textwrap gives "" (no indent) for an empty message
        ("x" * 200, False),  # too long for the width
    ],
)
def test_fill_takes_the_shortcut_only_for_a_line_that_fits_as_it_is(monkeypatch, message, shortcut):
    called = []
    monkeypatch.setattr(text.textwrap, "fill", lambda *a, **k: called.append(a) or "")
    text._fill(message, 100, "h  ", "  ")
    assert (not called) is shortcut
