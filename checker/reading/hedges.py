"""How firmly a figure is stated: hedge cues in front of it ("up to about 15,000") and behind it
("3,000 or more"), from the language pack's hedges; the chain's bound is the figure's hedge."""

from __future__ import annotations

import re

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, words
from checker.reading.numbers import Number

_DOLLAR = regex_cache.compile(r"\s*\$$")


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    articles = words(lexicon.text.articles)
    before = []
    for hedge in lexicon.hedges.values():
        for cue in hedge.before:
            left = r"(?<![\w])" if cue[0].isalnum() else ""
            body = re.escape(cue).replace(r"\ ", r"\s+")
            before.append(
                (
                    hedge.id,
                    regex_cache.compile(
                        left + body + rf"(?:\s+(?:{articles}))?\s*$", re.IGNORECASE
                    ),
                )
            )
    after = [
        (
            hedge.id,
            # "3,000-plus troops", not "£100m plus £5m" (a sum)
            [
                regex_cache.compile(
                    rf"[\s-]*{re.escape(cue)}(?![\w])(?!\s*[$€£¥]?\d)", re.IGNORECASE
                )
                for cue in hedge.after
            ],
        )
        for hedge in lexicon.hedges.values()
        if hedge.after
    ]
    return {
        "before": before,
        # text before a hedged figure ends with a cue's last word or an article: most figures have
        # no hedge, and one look at the end tells
        "endings": tuple(
            {cue.split()[-1].lower() for h in lexicon.hedges.values() for cue in h.before}
            | {article.split()[-1].lower() for article in lexicon.text.articles}
        ),
        # a cue and its article span at most this many words at the end of the text before a figure
        "before_words": max(
            (len(cue.split()) for hedge in lexicon.hedges.values() for cue in hedge.before),
            default=0,
        )
        + max((len(article.split()) for article in lexicon.text.articles), default=0),
        "after": after,
        "tally": regex_cache.compile(
            rf"\s+(?:{alternation(lexicon.text.tally_joiners)})\s+\d", re.IGNORECASE
        )
        if lexicon.text.tally_joiners
        else None,
        "article": regex_cache.compile(rf"(?:\b(?:{articles})\s+)?$", re.IGNORECASE),
    }


def _not_a_hedge(stripped: str, at: int, lexicon: Lexicon) -> bool:
    """'add up to 3,000' is a sum, not a ceiling: a not-hedge phrase ending where the cue does."""
    pattern = lexicon.text.not_hedges.pattern
    end = len(stripped.rstrip()) - 1
    return bool(pattern) and any(
        m.end() >= at + 1 and m.end() >= end for m in pattern.finditer(stripped)
    )


def _across(head: str, at: int, number: Number, lexicon: Lexicon) -> bool:
    """'a 25% raise over four years': before a duration, "over" spans it, it does not bound it
    (but "the first time in over 100 years", "it lasted over four years" bound it)."""
    n = lexicon.numbers
    before = head[:at].split()
    return (
        number.unit in n.duration_units
        and head[at:].split()[0].lower() in n.across.folded
        and not (before and before[-1].lower() in n.bounding_before_across.folded)
    )


def _nearest_cue(stripped: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """The hedge cue ending `stripped` that starts earliest (the longest), as (hedge id, start)."""
    best, p = None, _patterns(lexicon)
    if not stripped.rstrip().lower().endswith(p["endings"]):
        return None
    words = stripped.rsplit(None, p["before_words"])
    tail = len(words[0]) if len(words) > p["before_words"] else 0  # where the last words start
    for hedge_id, pattern in p["before"]:
        match = pattern.search(stripped, tail)
        if (
            match
            and (best is None or match.start() < best[1])
            and not _not_a_hedge(stripped, match.start(), lexicon)
        ):
            best = (hedge_id, match.start())
    return best


def chain(text: str, number: Number, lexicon: Lexicon) -> tuple[list[str], int]:
    """Hedge ids in front of / behind a figure (outermost first) and where the hedge starts."""
    p = _patterns(lexicon)
    found: list[str] = []
    base = max(0, number.start - lexicon.limits.hedge_reach_chars)
    head = text[base : number.start]
    start = number.start
    tally = p["tally"]
    # "the bill passed 195 to 106": a vote's tally, no "more than 195"
    voted = number.unit == "count" and tally is not None and bool(tally.match(text, number.end))
    chained = 0 if voted else lexicon.limits.hedge_chain
    for _ in range(chained):
        stripped = p["article"].sub("", head.rstrip(), count=1) if found else head.rstrip()
        stripped = _DOLLAR.sub("", stripped, count=1)
        best = _nearest_cue(stripped, lexicon)
        if best is None or _across(stripped, best[1], number, lexicon):
            break
        found.insert(0, best[0])
        head = stripped[: best[1]]
        start = base + best[1]
    tail = text[number.end : number.end + lexicon.limits.hedge_after_chars]
    found += [
        hedge_id
        for hedge_id, patterns in p["after"]
        if any(pattern.match(tail) for pattern in patterns)
    ]
    return found, start


def without_hedge(head: str, lexicon: Lexicon) -> str:
    """`head`, the text before a figure, without the hedge cues that end it ("and the Associated
    Press at about " -> "and the Associated Press at")."""
    for _ in range(lexicon.limits.hedge_chain):
        best = _nearest_cue(head.rstrip(), lexicon)
        if best is None:
            break
        head = head[: best[1]]
    return head


def primary(found: list[str], lexicon: Lexicon) -> tuple[str, float]:
    """The hedge a chain states (its bound, if any) and the loosest tolerance in it."""
    if not found:
        return "exact", 0.0
    tolerance = max(lexicon.hedges[h].tolerance for h in found)
    bounds = [h for h in found if lexicon.hedges[h].interval not in ("around", "point")]
    # a hedge after the figure has the last word: "could reach 70 mph or more"
    return (bounds[-1] if bounds else found[0]), tolerance
