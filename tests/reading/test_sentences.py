import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.reading.sentences import mask, split

ABBR = ["U.S.", "Dr.", "Jan."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One. Two three.", ["One.", "Two three."]),
        ("The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]),
        (
            "KEY POINTS\n- UP TO 15,000 TROOPS\n- RUSSIA LOSES 1,000",
            ["KEY POINTS", "- UP TO 15,000 TROOPS", "- RUSSIA LOSES 1,000"],
        ),
        ("1. Redeployment to Kursk\n\nText here.", ["1. Redeployment to Kursk", "Text here."]),
        (
            "A line that wraps\ninto the next line. Then more.",
            ["A line that wraps\ninto the next line.", "Then more."],
        ),
        ("“Quoted,” he said. “Next.”", ["“Quoted,” he said.", "“Next.”"]),
        ("Kim J. Un arrived. Then.", ["Kim J. Un arrived.", "Then."]),
    ],
)
def test_split(lexicon, text, expected):
    assert [s.text for s in split(text, lexicon)] == expected


def test_offsets_point_into_original_text(lexicon):
    text = "---\ndate: 2025-01-01\n---\nFirst one. <!-- numcheck: off --> Second 12."
    for s in split(text, lexicon):
        assert text[s.start : s.end] == s.text or "<!--" in text[s.start : s.end]
    assert all("date" not in s.text and "numcheck" not in s.text for s in split(text, lexicon))


def test_mask_keeps_length_and_lines(lexicon):
    text = "a <!-- x\ny --> b"
    assert len(mask(text)) == len(text) and mask(text).count("\n") == 1


def test_paragraphs(lexicon):
    got = split("One. Two.\nThree.", lexicon)
    assert [s.paragraph for s in got] == [0, 0, 1]


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_sentences_are_ordered_disjoint_substrings(lexicon, text):
    previous_end = 0
    for s in split(text, lexicon):
        assert previous_end <= s.start < s.end <= len(text)
        assert s.text.strip() == s.text and s.text
        previous_end = s.end
