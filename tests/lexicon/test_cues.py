"""Cue lists: inflected forms of a cue's last word, per the language pack's table."""

import re

import pytest

from checker.lexicon import load
from checker.lexicon.cues import inflected, inflecting_pattern

ENDINGS = {"e": ("es", "ed", "ing"), "y": ("ies", "ied"), "any": ("s", "es", "ed", "ing")}


@pytest.mark.parametrize(
    "cue, forms",
    [
        ("raise", ["raises", "raised", "raising"]),
        ("casualty", ["casualties", "casualtied"]),
        ("kill", ["kills", "killes", "killed", "killing"]),
        ("pay raise", ["pay raises", "pay raised", "pay raising"]),  # the last word only
        ("fee", []),  # shorter than the limit: "feed" is not a fee
        ("G7", []),  # not a word of letters
    ],
)
def test_inflected(cue, forms):
    assert inflected(cue, ENDINGS, 4) == forms


def test_a_cue_as_written_wins_over_another_metrics_inflected_form(tmp_path):
    """'raised' is the fundraising metric's own cue; the pay metric's 'raise' does not take it."""
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "metrics:\n  pay:\n    cues: [raise]\n  funds:\n    cues: [raised]\n"
        "subjects:\n  s:\n    cues: [workers]\n"
    )
    lexicon = load([pack])
    pattern, names = lexicon.metric_cue_index[0]
    found = {
        m.group(0).lower(): names[m.group(0).lower()]
        for m in pattern.finditer("They raised $5m; the raises were 5%; raising pay")
    }
    assert found == {"raised": "funds", "raises": "pay", "raising": "pay"}


@pytest.mark.parametrize(
    "cue, metrics",
    [
        ("Remain", ("remain-votes", "remain-share", "poll-remain")),  # strong first, then loose
        ("surveys", ("poll-remain",)),  # an inflected form
        ("turnout", ()),
    ],
)
def test_every_metric_a_cue_names(tmp_path, cue, metrics):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "metrics:\n  remain-votes:\n    cues: [Remain]\n  remain-share:\n    cues: [Remain]\n"
        "  poll-remain:\n    cues: [survey]\n    weak: [Remain]\n"
        "subjects:\n  s:\n    cues: [voters]\n"
    )
    assert load([pack]).metrics_of_cue(cue) == metrics


def test_inflected_forms_in_the_language_pack():
    """Vowel + y takes s, ed, ing ("deploys"); a name's forms match only as written ("Syrians",
    not "reforms" for the party "Reform")."""
    lexicon = load([])
    endings, least = lexicon.text.inflections, lexicon.limits.inflection_min_letters
    pattern = inflecting_pattern(["deploy", "Reform", "Syrian"], endings, least)
    text = "North Korea deploys troops; sweeping reforms; 47 Syrians; Reform"
    assert [m.group() for m in pattern.finditer(text)] == ["deploys", "Syrians", "Reform"]


@pytest.mark.parametrize(
    "cue, text",
    [
        ("cancel", "5,078 flights were cancelled"),
        ("cancel", "5,078 flights were canceled"),
        ("cancel", "cancelling 5,078 flights"),
        ("scrap", "it scrapped 40 trains"),
        ("plan", "12 planned strikes"),
        ("admit", "300 admitted to hospital"),
        ("flag", "90 flagged accounts"),
        ("kill", "300 were killed"),
    ],
)
def test_the_language_pack_doubles_a_final_consonant(cue, text):
    """The shipped table: a final consonant may double before -ed and -ing ("cancelled")."""
    lexicon = load()
    pattern = inflecting_pattern(
        [cue], lexicon.text.inflections, lexicon.limits.inflection_min_letters
    )
    assert pattern.search(text)


@pytest.mark.parametrize(
    "text, found",
    [
        ("put the toll at 300", "put the toll at"),
        ("put the number of dead at 19", "put the number of dead at"),
        ("put it at", "put it at"),
        ("put at", "put at"),  # each gap word may be left out
        ("put the total number of people killed at 5", None),  # five words: one too many
        ("put 300 homes at risk", None),  # never a figure in the gap
        ("put the toll, he said, at 300", None),  # never past a clause mark
    ],
)
def test_a_gap_in_a_cue_is_a_word_or_none(text, found):
    """'put … … … … at': each … stands for one word or none, never a figure or a clause mark."""
    from checker.lexicon.cues import cue_pattern

    match = cue_pattern(["put … … … … at"]).search(text)
    assert (match.group() if match else None) == found


# --- grouped alternations match exactly what one alternative per cue matches ---------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from checker.lexicon import cues as cue_module  # noqa: E402


def _cue_regex(cue: str) -> str:
    """One cue's regex as written out whole, word by word (`…` one optional word)."""
    source = ""
    for part in cue.split():
        if part == cue_module.GAP:
            source += r"(?:\s+[^\s\d,;:.]+)?"
        else:
            source += (r"\s+" if source else "") + re.escape(part)
    return source + (r"(?![\w])" if cue[-1].isalnum() else "")


def _plain(cues) -> str:
    """The alternation as one alternative per cue, longest first, each with its own boundary."""
    ordered = sorted({c for c in cues if c}, key=lambda c: (-len(c), c))
    worded = [_cue_regex(c) for c in ordered if c[0].isalnum()]
    others = [_cue_regex(c) for c in ordered if not c[0].isalnum()]
    group = [rf"(?<![\w])(?:{'|'.join(worded)})"] if worded else []
    return "|".join(group + others)


def _plain_inflecting(cues, endings, min_letters):
    """`inflecting_pattern` as one alternative per cue, each with its endings and boundary."""
    pieces = []
    for cue in sorted({c for c in cues if c}, key=lambda c: (-len(c), c)):
        split = cue_module._split(cue, endings, min_letters)
        if split is None:
            pieces.append((cue[0].isalnum(), _cue_regex(cue)))
            continue
        stem, own, new = split
        body = re.escape(stem).replace(r"\ ", r"\s+")
        if cue.rpartition(" ")[2][:1].isupper():
            tail = "|".join(re.escape(f) for f in sorted(new, key=lambda f: (-len(f), f)))
            base = re.escape(cue).replace(r"\ ", r"\s+")
            pieces.append((True, rf"(?:(?-i:{body}(?:{tail}))|{base})(?![\w])"))
            continue
        tail = "|".join(re.escape(f) for f in sorted({own, *new}, key=lambda f: (-len(f), f)))
        pieces.append((True, rf"{body}(?:{tail})(?![\w])"))
    worded = [r for w, r in pieces if w]
    others = [r for w, r in pieces if not w]
    group = [rf"(?<![\w])(?:{'|'.join(worded)})"] if worded else []
    return "|".join(group + others)


_WORD = st.text(alphabet="abAB.-'é", min_size=1, max_size=5)
_CUE = st.tuples(
    st.lists(st.one_of(_WORD, st.just(cue_module.GAP)), min_size=1, max_size=3),
    st.sampled_from([" ", "  "]),  # a cue written with two spaces between words
).map(lambda t: t[1].join(t[0]))
_TEXT = st.text(alphabet="abAB.-'é ,1x", max_size=60)


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE, min_size=1, max_size=8), _TEXT, st.booleans())
def test_grouped_alternation_matches_as_one_alternative_per_cue(cues, text, ignore_case):
    """Grouping cues by their first characters changes no match, in either case mode."""
    flags = re.IGNORECASE if ignore_case else 0
    grouped = re.compile(cue_module.alternation(cues), flags)
    assert _spans(grouped, text) == _spans(re.compile(_plain(cues), flags), text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CUE, min_size=1, max_size=8), _TEXT, st.sampled_from([1, 3]))
def test_grouped_inflecting_pattern_matches_as_one_alternative_per_cue(cues, text, least):
    """Also a cue whose whole word is an ending ("y" -> "ies", with words of one letter)."""
    endings = {**ENDINGS, "a": ("ies", "a.")}
    grouped = inflecting_pattern(cues, endings, least)
    plain = re.compile(_plain_inflecting(cues, endings, least), re.IGNORECASE)
    assert _spans(grouped, text) == _spans(plain, text)


def test_cues_sharing_letters_share_them_in_the_pattern():
    """'killed', 'kills' and 'kill' are tried as one alternative at a word's start, not three."""
    source = cue_module.alternation(["killed", "kills", "kill", "dead"])
    assert source == r"(?<![\w])(?:kill(?:ed|s|)|dead)(?![\w])"
