"""Sentence splitting with character offsets into the original text.

A line break ends a sentence (headlines, bullets, list items, one-line paragraphs) unless the next
line continues it in lower case; inside a line, `.`, `!`, `?` (and closing quotes) followed by a
capital, digit or quote end a sentence, except after an abbreviation from the language pack.
Front matter and HTML comments are never part of a sentence.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from checker import regex_cache
from checker.inputs.front_matter import PATTERN as FRONT_MATTER
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import fold, words


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offset of the first character in the document text
    end: int  # offset one past the last character
    text: str
    paragraph: int = 0  # sentences separated by no line break share a paragraph


_BLANK = regex_cache.compile(r"[^\r\n]")
# A run of end marks is matched from its first mark only (the lookbehind), and possessively, so a
# line of a hundred thousand full stops costs linear time, not quadratic.
# (the next sentence opens with a capital of any script, "Áñez, 54, was arrested", or a digit)
_BOUNDARY = regex_cache.compile(
    r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+(?=\s+[\"'“‘(\[]?(?P<next>[^\W_]))"
)
_LINE_BREAK = regex_cache.compile(r"\r\n|\n|\r")
_NUMBERED = regex_cache.compile(r"\s*\d{1,2}")
_GAP = 200
_NUMBER_CHARS = 8  # a numbered list item's number, with its indent, is at most this long
_CLAUSE_MARK = regex_cache.compile(r"[;:,—–)]\s+|\.\s+")  # where an over-long sentence may be cut
_INITIAL = regex_cache.compile(r"[A-Z]\.")  # (only ASCII initials are abbreviations here)


def _capitals() -> str:
    """A regex class body of the capital letters of the Latin, Greek and Cyrillic scripts with
    their extended blocks, as ranges: a name may start "Áñez", "Łukasz", "Øystein"; a dateline's
    place may be "VIÑA DEL MAR" or "SÃO PAULO"."""
    codes = [
        c
        for low, high in ((0x41, 0x24F), (0x370, 0x52F), (0x1E00, 0x1FFF))
        for c in range(low, high + 1)
        if chr(c).isupper() or chr(c).istitle()
    ]
    runs: list[list[int]] = []
    for c in codes:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


CAPITALS = _capitals()

# A mark that ends a clause inside a sentence: not the comma of a figure ("1,288")
CLAUSE_BREAK = regex_cache.compile(r"[;:—–()]|,(?!\d)")


def month_names(lexicon: Lexicon) -> str:
    """A pattern for a month's name or abbreviation, as written ("July", "Aug.", "Sept")."""
    t = lexicon.time
    return (
        f"(?-i:(?:{'|'.join(map(re.escape, t.months))})\\b|"
        f"(?:{'|'.join(map(re.escape, t.month_abbreviations))})(?:\\.|\\b))"
    )


def _wire_date(lexicon: Lexicon, place: str) -> re.Pattern:
    """A wire dateline with its date opening a line: the `place`, maybe its region ("REDMOND,
    Wash."), the month and day ("July 31", "25 November"), maybe the year, then a credit's bracket
    or a dash ("SEATTLE, Nov 5 (Reuters) -", "REDMOND, Wash., July 31 --")."""
    loose = month_names(lexicon)
    return regex_cache.compile(
        rf"^\s*{place}(?:,\s*[{CAPITALS}][\w.'’-]*"
        rf"(?:\s+[{CAPITALS}][\w.'’-]*)*)?,\s*"
        # the month before the day ("Aug. 22"), or after it ("25 November 2022")
        rf"(?:(?P<month>{loose})\s+(?P<day>\d{{1,2}})|(?P<day_first>\d{{1,2}})\s+"
        rf"(?P<month_after>{loose}))(?:,?\s+(?P<year>\d{{4}}))?"
        rf"\s*(?:\(|--|[—–]|-(?:\s|$))"
    )


_CAPITAL_PLACE = rf"[{CAPITALS}][{CAPITALS} .'’/-]+"  # "SEATTLE", "GENEVA/KINSHASA"


@compiled
def wire_date(lexicon: Lexicon) -> re.Pattern:
    """`_wire_date` with the place in capitals ("SEATTLE") or in title case ("New Delhi"): only
    where a draft opens, since "On Monday, Jan. 6 — ..." opens sentences too."""
    return _wire_date(
        lexicon, rf"(?:{_CAPITAL_PLACE}|[{CAPITALS}][^\W\d_]+(?:\s+[{CAPITALS}][^\W\d_]+){{0,2}})"
    )


@compiled
def capital_wire_date(lexicon: Lexicon) -> re.Pattern:
    """`_wire_date` with the place in capitals: a dateline wherever it stands (under a headline,
    opening a paragraph), as no sentence of body copy opens so."""
    return _wire_date(lexicon, _CAPITAL_PLACE)


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    credit = lexicon.limits.dateline_credit_chars
    return {
        # a bullet or numbered list line ("- 15,000 troops", "2. Casualties")
        "list_item": regex_cache.compile(rf"\s*(?:{words(lexicon.text.bullets)}|\d{{1,2}}[.)])\s"),
        # a wire dateline opening a story: "SEOUL, Feb. 14 (Yonhap) --", "KYIV, Ukraine (AP) —".
        # Its outlet publishes the story (nobody's source) and its date is the story's, not a
        # figure's.
        "dateline": regex_cache.compile(
            rf"^\s*[{CAPITALS}][{CAPITALS} .'’-]+"
            rf"(?:,\s*(?:\d{{4}}|[{CAPITALS}][^\W\d_]+\.?(?:\s+[{CAPITALS}]?[^\W\d_]+\.?)?"
            rf"(?:\s+\d{{1,2}})?)){{0,3}}"
            rf"\s*\([^()]{{1,{credit}}}\)"
            r"\s*(?:--|[-—–])"
            # "New Delhi, Dec 10 (PTI) Farmers ...": a place in title case, a month and a day
            rf"|^\s*[{CAPITALS}][^\W\d_]+(?:\s+[{CAPITALS}][^\W\d_]+){{0,2}},\s*"
            rf"[{CAPITALS}][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*\([^()]{{1,{credit}}}\)"
            r"(?:\s*(?:--|[-—–]))?"
        ),
        "abbreviations": frozenset(lexicon.text.abbreviations),
        # a name of the packs or the reference set with an end mark inside it ("Stand Up! Mafia
        # Out!", "Yahoo! Japan"): no sentence ends there
        "marked_names": _marked_names(lexicon),
        # a time of day and what may follow it in the same sentence ("6 p.m. Wednesday")
        "clock": (
            lexicon.text.clock_abbreviations.folded,
            regex_cache.compile(
                rf"\s+(?:(?:{words(lexicon.time.weekdays)})\b(?!['’])"
                rf"|(?:{words([*lexicon.time.months, *lexicon.time.month_abbreviations])})"
                rf"\.?\s+\d"
                rf"|(?:{words(lexicon.text.clock_followers)})\b)"
            ),
        ),
    }


def shouting(text: str, lexicon: Lexicon) -> bool:
    """An ALL-CAPS line (a headline): enough letters, most of them capitals."""
    limits = lexicon.limits
    capitals = sum(map(str.isupper, text))  # map over str methods: no Python loop per character
    if capitals < limits.shout_share * limits.shout_letters:
        return False  # most lines: not even enough capitals to be a headline
    letters = sum(map(str.isalpha, text))
    return letters >= limits.shout_letters and capitals >= limits.shout_share * letters


def heading_like(text: str, lexicon: Lexicon) -> bool:
    """Short, with no closing mark and no figure: a heading, when it is a paragraph of its own
    ("The UN count", "How it fits the summer"; not a bullet: "- 300 killed")."""
    words_ = text.split()
    return (
        0 < len(words_) <= lexicon.limits.heading_words
        and not _CLOSED.search(text)
        and not any(c.isdigit() for c in text)
    )


_CLOSED = regex_cache.compile(r"[.!?:;,\"”’')\]]\s*$")


def body_paragraphs(pieces: list[Sentence], lexicon: Lexicon) -> dict[int, int]:
    """Each paragraph's place among the paragraphs that are not headings (a heading shares the
    place of the paragraph before it)."""
    counts = Counter(s.paragraph for s in pieces)
    place, out = -1, {}
    for s in pieces:
        if s.paragraph in out:
            continue
        if not (counts[s.paragraph] == 1 and heading_like(s.text, lexicon)):
            place += 1
        out[s.paragraph] = max(place, 0)
    return out


def list_item(text: str, lexicon: Lexicon) -> bool:
    """A bullet or numbered list line ("- 15,000 troops", "2. Casualties")."""
    return bool(_patterns(lexicon)["list_item"].match(text))


def dateline_end(text: str, lexicon: Lexicon) -> int:
    """Where a dateline at the start of `text` ends (0 when there is none): one with its outlet's
    credit ("SEOUL, Feb. 14 (Yonhap) --"), or with its date and no credit ("REDMOND, Wash., July 31
    --"), whose date is the story's, not a figure's."""
    match = _patterns(lexicon)["dateline"].match(text)
    if match:
        return match.end()
    dated = capital_wire_date(lexicon).match(text)
    return dated.end() if dated and not dated.group().endswith("(") else 0


def mask(text: str) -> str:
    """The text with front matter and HTML comments blanked out (offsets unchanged). An
    unterminated comment runs to the end, as a browser reads it; the scan is linear."""
    spans = []
    front = FRONT_MATTER.match(text)
    if front:
        spans.append((0, front.end()))
    at = front.end() if front else 0
    while (start := text.find("<!--", at)) != -1:
        close = text.find("-->", start + 4)
        end = len(text) if close == -1 else close + 3
        spans.append((start, end))
        at = end
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in spans:  # keep line breaks so positions hold
        pieces += [text[last:start], _BLANK.sub(" ", text[start:end])]
        last = end
    return "".join(pieces) + text[last:]


def _word_before(text: str, dot: int) -> str:
    """The word ending with the period at `dot`, the period kept, opening brackets and quotes
    dropped."""
    word_start = dot
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    return text[word_start : dot + 1].lstrip("(\"'“‘")


def _abbreviation_before(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    word = _word_before(text, dot)
    return word in abbreviations or bool(_INITIAL.fullmatch(word))  # an initial: "Kim J. Un"


def _time_of_day_goes_on(text: str, dot: int, clock: tuple[frozenset, re.Pattern]) -> bool:
    """'at 6 p.m. Wednesday', 'at 8 p.m. April 10', 'at 9 a.m. EST': a time of day, then a
    weekday (not "Monday's"), a month and a day, or a time zone, as written."""
    marks, followers = clock
    return fold(_word_before(text, dot)) in marks and bool(followers.match(text, dot + 1))


def _last_visible(text: str, before: int) -> str:
    """The last non-space character before `before` ('' at the start, or past a gap of blank space
    longer than _GAP: a gap that wide ends a sentence anyway, and looking no further keeps a
    file of blank lines linear)."""
    i = before - 1
    while i >= 0 and before - i <= _GAP and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 and before - i <= _GAP else ""


def _marked_names(lexicon: Lexicon) -> re.Pattern | None:
    """The sources' names and aliases and the subjects' cues with an end mark before a space inside
    them, as one pattern (any case, any run of spaces, longest first), or None."""
    names = {
        name
        for name in (
            *(n for src in lexicon.sources.values() for n in lexicon.source_names(src)),
            *(cue for subject in lexicon.subjects.values() for cue in subject.cues),
        )
        if _INNER_MARK.search(name)
    }
    if not names:
        return None
    return regex_cache.compile(
        "|".join(
            r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True)
        ),
        re.IGNORECASE,
    )


_INNER_MARK = regex_cache.compile(r"[.!?…]\s+\S")


def _inside_names(masked: str, names: re.Pattern | None) -> tuple[list[int], list[int]]:
    """The starts and the ends of the marked names in the text, in its order, the end mark at a
    name's very end left out."""
    found = [] if names is None else list(names.finditer(masked))
    return [m.start() for m in found], [m.end() - 1 for m in found]


def _within(starts: list[int], ends: list[int], at: int) -> bool:
    """Is `at` inside one of the spans `starts`/`ends` (a regex's matches, in text order)?"""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < ends[i]


def _cuts(
    masked: str,
    abbreviations: frozenset[str],
    clock: tuple[frozenset, re.Pattern],
    names: re.Pattern | None = None,
) -> list[int]:
    cuts = [0]
    starts, ends = _inside_names(masked, names)
    breaks = [m.end() for m in _LINE_BREAK.finditer(masked)]
    for brk in _LINE_BREAK.finditer(masked):
        continues = masked[brk.end() : brk.end() + 1].islower() and _last_visible(
            masked, brk.start()
        ) not in (".", "!", "?", ":", "")
        if not continues:
            cuts.append(brk.end())
    for match in _BOUNDARY.finditer(masked):
        dot, first = match.start(), match.group("next")
        if not (first.isupper() or first.isdigit()):
            continue
        if _within(starts, ends, dot):  # "Stand Up! Mafia Out! won 14 seats"
            continue
        if (
            masked[dot] == "."
            and match.end() - dot == 1
            and (
                _abbreviation_before(masked, dot, abbreviations)
                or _time_of_day_goes_on(masked, dot, clock)
            )
        ):
            continue
        at = bisect.bisect_right(breaks, dot) - 1  # the line's start, without scanning back to it
        line_start = breaks[at] if at >= 0 else 0
        if dot - line_start <= _NUMBER_CHARS and _NUMBERED.fullmatch(masked, line_start, dot):
            continue  # a numbered list item: "1. Redeployment to Kursk"
        cuts.append(match.end())
    return sorted(set(cuts)) + [len(masked)]


def _bounded(cuts: list[int], masked: str, limit: int) -> list[int]:
    """Cut any piece longer than `limit` characters at its last clause mark (or space) within the
    limit, so no later pass ever sees an endless sentence: every pass that compares figures in a
    sentence stays within a window."""
    out = [cuts[0]]
    for end in cuts[1:]:
        start = out[-1]
        while end - start > limit:
            window = masked[start : start + limit]
            marks = [m.end() for m in _CLAUSE_MARK.finditer(window)]
            cut = marks[-1] if marks else (window.rfind(" ") + 1 or limit)
            start += cut if cut > limit // 4 else limit
            out.append(start)
        out.append(end)
    return out


def split(text: str, lexicon: Lexicon) -> list[Sentence]:
    """Sentences of `text` in order; whitespace-only pieces are dropped."""
    masked = mask(text)
    cuts = _bounded(
        _cuts(
            masked,
            _patterns(lexicon)["abbreviations"],
            _patterns(lexicon)["clock"],
            _patterns(lexicon)["marked_names"],
        ),
        masked,
        lexicon.limits.sentence_chars,
    )
    sentences: list[Sentence] = []
    paragraph = 0
    for start, end in zip(cuts, cuts[1:], strict=False):  # consecutive cuts
        piece = masked[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        real_start = start + len(piece) - len(piece.lstrip())
        real_end = real_start + len(stripped)
        if sentences and _LINE_BREAK.search(masked, sentences[-1].end, real_start):
            paragraph += 1
        sentences.append(
            Sentence(len(sentences), real_start, real_end, masked[real_start:real_end], paragraph)
        )
    return sentences
