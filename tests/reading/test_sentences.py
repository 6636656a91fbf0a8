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
        # a capital of any script opens a sentence; a small letter does not
        ("Arce won. Áñez was arrested.", ["Arce won.", "Áñez was arrested."]),
        ("It fell. Łódź voted. Ω rose.", ["It fell.", "Łódź voted.", "Ω rose."]),
        ("He met Dr. émile Roux there.", ["He met Dr. émile Roux there."]),
        # a time of day goes on into a day, a month or a time zone, and may end a sentence
        (
            "Polls closed at 6 p.m. Wednesday, it said.",
            ["Polls closed at 6 p.m. Wednesday, it said."],
        ),
        ("It opened at 9 a.m. EST and rose.", ["It opened at 9 a.m. EST and rose."]),
        (
            "Voting ended at 8 p.m. April 10 in Seoul.",
            ["Voting ended at 8 p.m. April 10 in Seoul."],
        ),
        ("The blast came at 6 p.m. Rescuers ran.", ["The blast came at 6 p.m.", "Rescuers ran."]),
        # ...not into an owner's weekday, a month with no day, or a two-letter company prefix
        # (a review of the round)
        (
            "They met at 9 p.m. Monday's rains had killed 52.",
            ["They met at 9 p.m.", "Monday's rains had killed 52."],
        ),
        (
            "Trading closed at 9 p.m. May sales fell.",
            ["Trading closed at 9 p.m.", "May sales fell."],
        ),
        (
            "It ended at 6 p.m. PT Freeport said 5 died.",
            ["It ended at 6 p.m.", "PT Freeport said 5 died."],
        ),
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


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["troops", "were", "killed,"] * 3000) + ".",  # a wall of clauses
        "x 5\n" * 3000,  # lines that each continue the one before
        "a" * 10_000 + ".",  # one endless word
        "The NIS said; " * 1000,
    ],
)
def test_no_sentence_is_longer_than_the_limit(lexicon, text):
    limit = lexicon.limits.sentence_chars
    sentences = split(text, lexicon)
    assert sentences and all(len(s.text) <= limit for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_long_sentence_is_cut_at_a_clause_mark(lexicon):
    clause = "officials said 1,200 homes were flooded, "
    text = clause * 100
    first = split(text, lexicon)[0].text
    assert first.endswith("flooded,") and len(first) <= lexicon.limits.sentence_chars


@given(st.text(alphabet="ab .,;\n5", max_size=3000))
@settings(max_examples=50, deadline=None)
def test_bounded_sentences_still_cover_the_text_in_order(lexicon, text):
    sentences = split(text, lexicon)
    ends = [(s.start, s.end) for s in sentences]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(covered.split()) == "".join(mask(text).split())


@pytest.mark.parametrize(
    "text, end",
    [
        ("SEOUL, Feb. 14 (Yonhap) -- About 300 were killed.", len("SEOUL, Feb. 14 (Yonhap) --")),
        # a place with a capital outside ASCII
        (
            "VIÑA DEL MAR, Chile, Feb. 5 (Reuters) -- About 300 were killed.",
            len("VIÑA DEL MAR, Chile, Feb. 5 (Reuters) --"),
        ),
        ("SÃO PAULO (AP) — About 300 were killed.", len("SÃO PAULO (AP) —")),
        ("About 300 were killed (AP) -- x.", 0),
        # a place in title case with a month and a day, its credit with or without a dash
        ("New Delhi, Dec 10 (PTI) Farmers left.", len("New Delhi, Dec 10 (PTI)")),
        ("New Delhi, Dec 10 (PTI) - Farmers left.", len("New Delhi, Dec 10 (PTI) -")),
        ("Smith, Jones (2021) found 300.", 0),
        # a dated dateline with no credit: its date is the story's
        ("REDMOND, Wash., July 31 -- Microsoft said.", len("REDMOND, Wash., July 31 --")),
        ("NAIROBI, Kenya, June 26 — About 300 were killed.", len("NAIROBI, Kenya, June 26 —")),
        ("PARIS, July 30 was hot.", 0),
        # a sentence opening with a day and a dash is no dateline
        ("On Monday, Jan. 6 — the NIS said — 300 were killed.", 0),
    ],
)
def test_a_dateline_ends_where_its_credit_does(text, end):
    from checker.lexicon import load
    from checker.reading.sentences import dateline_end

    assert dateline_end(text, load()) == end


@pytest.mark.parametrize(
    "text, expected",
    [
        # an end mark inside a name the packs or the reference set write ends no sentence...
        (
            "Stand Up! Mafia Out! won 14 seats. The Socialists won 43.",
            ["Stand Up! Mafia Out! won 14 seats.", "The Socialists won 43."],
        ),
        ("Yahoo! Japan cut 500 jobs.", ["Yahoo! Japan cut 500 jobs."]),
        # ...in any case, with any run of spaces
        ("YAHOO!  JAPAN cut 500 jobs.", ["YAHOO!  JAPAN cut 500 jobs."]),
        # ...but the name's own last mark may still end one
        (
            "The seats went to Stand Up! Mafia Out! The Socialists won 43.",
            ["The seats went to Stand Up! Mafia Out!", "The Socialists won 43."],
        ),
        # ...and a mark outside any such name ends one as before
        ("Stand up! Out went 14 seats.", ["Stand up!", "Out went 14 seats."]),
    ],
)
def test_an_end_mark_inside_a_known_name_ends_no_sentence(tmp_path, text, expected):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  y: {name: Yahoo! Japan}\nfacts: []\n",
        pack="metrics:\n  seats:\n    cues: [seats]\n"
        "subjects:\n  s:\n    cues: [Stand Up! Mafia Out!]\n",
    )
    assert [s.text for s in split(text, lexicon)] == expected


def test_many_marked_names_and_end_marks_split_right(tmp_path):
    """Twenty thousand marked names, each followed by a sentence's end: each mark is looked up
    among the names' spans by bisection (the benchmark, not this test, times it)."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources: {}\nfacts: []\n",
        pack="metrics: {}\nsubjects:\n  s:\n    cues: [Stand Up! Mafia Out!]\n",
    )
    text = "Stand Up! Mafia Out! won. " * 20_000
    assert len(split(text, lexicon)) == 20_000
