"""Parts and wholes: "Of these, about 8,000...", "4,000 out of 12,000", "4,000 of the 12,000".

`find(text, figures, hedge_starts, lexicon)` marks each figure of a sentence that is a part of
another, with the index of its whole when the sentence gives it; `link_wholes(claims, lexicon)`
finds the whole of a part whose whole is in the sentence before ("4,000 were killed or wounded. Of
these, 3,000...").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Iterator

from checker import regex_cache
from checker.lexicon import Lexicon, compiled
from checker.lexicon.cues import alternation, fold, words
from checker.model import VAGUE, Claim
from checker.reading.distance import preposition_at
from checker.reading.numbers import Number

Part = tuple[bool, int | None]  # (is a part, index of its whole in the sentence or None)
_BRIEF = regex_cache.compile(r"[^,;]*,\s*")
_LAST_WORD = regex_cache.compile(r"\s+\w+$")
_NO_CLAUSE_MARK = regex_cache.compile(r"[;:]")


@compiled
def _patterns(lexicon: Lexicon) -> dict:
    part_of = lexicon.text.part_of
    return {
        # "Of the state's 8.1 million registered voters, 5.8 million voted": the whole comes first
        "whole_first": regex_cache.compile(
            rf"(?:^|[,;:]\s*)(?:{words(part_of.whole_first)})\s+(?:[\w’']+['’]s\s+)?(?:\w+\s+)?$",
            re.IGNORECASE,
        ),
        "conjunction": lexicon.text.conjunctions.pattern,
        # a month or a weekday: an item dated on its own
        "named_time": regex_cache.compile(rf"\b(?:{words(lexicon.time.named_days)})\b"),
        # "15% of the company's workforce of about 171,000": "of" after the share, "of" before the
        # whole, no clause mark between
        "share_lead": regex_cache.compile(r"\s*(?i:of)\s+[^,;:()]*$"),
        "share_tail": regex_cache.compile(rf"\s(?:{words(part_of.adjacent)})\s*$", re.IGNORECASE),
        "named_whole_lead": regex_cache.compile(
            rf"(?:{words(part_of.named_whole_leads)})\s+", re.IGNORECASE
        )
        if part_of.named_whole_leads
        else None,
    }


_SPACES = regex_cache.compile(r"\s*")
_SET_OFF = regex_cache.compile(r"\s*[,—–]\s*|\s+-\s+")


@compiled
def sum_tail(lexicon: Lexicon) -> re.Pattern | None:
    """A sum tail right after a figure, or after its noun of up to three words ("126 medals in
    all", "26,621 dead or missing in all"), not one that goes on to count ("52 people were killed
    in all nine districts", "in all but two")."""
    tails = alternation(lexicon.text.part_of.sum_tails)
    if not tails:
        return None
    n, part_of = lexicon.numbers, lexicon.text.part_of
    counting = alternation([*n.words, *n.number_words, *part_of.sum_tail_counts_on])
    return regex_cache.compile(
        rf"(?:\s+[^\W\d_][\w-]*){{0,3}}?\s*(?:,\s*)?(?:{tails})(?!\s+(?:\d|(?:{counting})\b))",
        re.IGNORECASE,
    )


def names_the_whole(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a whole reference follow the figure ending at `end` ("or about 25% of the total")?"""
    pattern = lexicon.text.part_of.whole_references.pattern
    return bool(pattern and pattern.match(text, _SPACES.match(text, end).end()))


@compiled
def _restatement(lexicon: Lexicon) -> re.Pattern | None:
    """A comma and a restatement word (", or"), or a spaced dash (" - "), and up to two words (a
    hedge), right before a share or a count that restates what comes before it."""
    part_of = lexicon.text.part_of
    cues, dashes = part_of.restatements.pattern, part_of.restatement_dashes
    if cues is None and not dashes:
        return None
    word = rf",\s*(?:{cues.pattern})\s+" if cues is not None else r"(?!x)x"
    dash = "|".join(re.escape(d) for d in sorted(dashes, key=len, reverse=True)) or r"(?!x)x"
    return _then_a_hedge(rf"{word}|\s(?:{dash})\s+")


def _then_a_hedge(lead: str) -> re.Pattern:
    """`lead` (regex source) and up to two words (a hedge), ending where a figure starts."""
    return regex_cache.compile(rf"(?:{lead})(?:[^\W\d][\w.~-]*\s+){{0,2}}$", re.IGNORECASE)


def about_the_sentence_before(claim: Claim, lexicon: Lexicon) -> bool:
    """Does the figure's sentence open with "That is" or the like (the language pack's
    `anaphors`: its counts are the sentence before's)?"""
    anaphor = lexicon.text.part_of.anaphors.pattern
    return anaphor is not None and bool(anaphor.match(claim.sentence.lstrip()))


def sentence_before(claim: Claim, claims: list[Claim], text: str, lexicon: Lexicon) -> int:
    """The sentence "That is" and the like point back to: the one before the claim's, or, when
    that gives no figure, the last one of the claim's paragraph that does, past at most
    `anaphor_gap_sentences` sentences with no digit at all ("... only about 552 tonnes went off.
    Reuters obtained the bureau's report last week. That is about a third of the cargo"; not past
    "Deposits had risen by $2 billion in 2022.", whose change may be what "That" means). `claims`
    are figures of the draft (`text`), in order; a caller may leave some kinds out, which the
    digit test still sees."""
    at = bisect.bisect_left(claims, claim.sentence_index, key=_sentence_index)
    if at == 0:
        return claim.sentence_index - 1
    last = claims[at - 1]
    gap = claim.sentence_index - 1 - last.sentence_index
    between = text[last.sentence_start + len(last.sentence) : claim.sentence_start]
    near = (
        last.paragraph == claim.paragraph
        and gap <= lexicon.limits.anaphor_gap_sentences
        and not _DIGIT.search(between)
    )
    return last.sentence_index if near else claim.sentence_index - 1


def _sentence_index(claim: Claim) -> int:
    return claim.sentence_index


_DIGIT = regex_cache.compile(r"\d")


def anaphor_right_before(claim: Claim, lexicon: Lexicon) -> bool:
    """'Measured against the 91,463 people it employed, that is roughly a quarter of the
    workforce': "that is" or the like after a comma, right before the figure (a hedge between)."""
    pattern = _anaphor_before(lexicon)
    at = claim.start - claim.sentence_start
    reach = max(0, at - lexicon.limits.cue_reach_chars)
    return pattern is not None and pattern.search(claim.sentence, reach, at) is not None


@compiled
def _anaphor_before(lexicon: Lexicon) -> re.Pattern | None:
    anaphors = lexicon.text.part_of.anaphors.pattern
    return _then_a_hedge(rf",\s*(?:{anaphors.pattern})\s+") if anaphors is not None else None


def restates_pair(
    text: str, last: int, share: Claim, claims: list[Claim], lexicon: Lexicon
) -> bool:
    """Does the share restate the figures ending at `last` (a part and its whole), after ", or"
    or a spaced dash and a hedge, no other figure of `claims` between them and it?"""
    return not any(last <= c.start and c.end <= share.start for c in claims) and restates(
        text, last, share.start, lexicon
    )


def restates(text: str, last: int, share_start: int, lexicon: Lexicon) -> bool:
    """Does the share at `share_start` restate the figures ending at `last`, after ", or" (or a
    spaced dash) and a hedge ("1,074 of the 1,110 legal abortions ... were on those grounds, or
    about three-quarters"), with no ";" between? (The caller sees that no figure stands between.)"""
    pattern = _restatement(lexicon)
    if pattern is None or last > share_start or ";" in text[last:share_start]:
        return False
    reach = lexicon.limits.cue_reach_chars
    return pattern.search(text, max(last, share_start - reach), share_start) is not None


def of_them_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """Does a pronoun's part cue ("of them") follow the share ending at `end` ("86 percent of them
    homes"; not "a quarter of those infected", which names its whole)?"""
    cues = lexicon.text.part_of.pronoun_parts.pattern
    return cues is not None and cues.match(text, _SPACES.match(text, end).end()) is not None


def _words(text: str) -> int:
    return len(text.split())


def _cued_before(
    text: str, i: int, figures: list[Number], hedge_start: int, lexicon: Lexicon
) -> bool:
    """'of these, 8,000' (a cue a few words before), '4,000 of them have been killed' (right
    after), or 'Among the dead were three crew members' (a group named before a link word). Not
    a cue right after the figure before, which is that one's ("68 of those 105 goals": the first, a
    part of the second, `before_its_whole`; "68 of those goals came in 123 league matches"), unless
    the figure, a count, restates it, set off by a comma ("nearly two-thirds of them, about
    3,000"; a share so set off, "1,300 of them, roughly two-thirds", is the part's share of the
    whole, no part of it)."""
    before, alone = lexicon.text.part_of.before.pattern, _alone(lexicon)
    head = text[figures[i - 1].end if i else 0 : hedge_start]
    restates = figures[i].unit != "%"
    for pattern in (before, alone):
        if pattern is not None and any(
            _reaches(head[m.end() :], lexicon)
            and (
                not i
                or head[: m.start()].strip()
                or (restates and _SET_OFF.fullmatch(head[m.end() :]))
            )
            for m in pattern.finditer(head)
        ):
            return True
    after = _SPACES.match(text, figures[i].end).end()
    for p in (before, alone):
        found = p.match(text, after) if p is not None else None
        if found is not None and not (
            (figures[i].unit == "%" and _in_a_metric_cue(text, after, found.end(), lexicon))
            or (i + 1 < len(figures) and not text[found.end() : figures[i + 1].start].strip())
        ):
            return True
    group = _group(lexicon)
    reach = lexicon.limits.cue_reach_chars
    return (
        group is not None
        and group.search(text, max(0, hedge_start - reach), hedge_start) is not None
    )


def _named_whole(
    claim: Claim, share: Claim | None, claims: list[Claim], lexicon: Lexicon
) -> Claim | None:
    """'put the death toll at 222 ... Bohol accounted for 209 of the deaths, or 84 percent': a
    count right before a lead ("of the") and a cue of its own metric, then a comma and the `share`
    it is of that whole, is a part of the last figure of that metric in its sentence or the one
    before (`claims`, in the draft's order, up to it), when that one is larger and no part itself.
    (Without a share, "34 of the cases were in California" may be of another count than the
    last.)"""
    lead = _patterns(lexicon)["named_whole_lead"]
    cues, names = lexicon.metric_cue_index[0]
    if lead is None or cues is None or claim.part or claim.unit != "count" or not claim.metric:
        return None
    if share is None or share.unit != "%" or share.sentence_index != claim.sentence_index:
        return None
    at = claim.end - claim.sentence_start
    found = lead.match(claim.sentence, _SPACES.match(claim.sentence, at).end())
    cue = cues.match(claim.sentence, found.end()) if found is not None else None
    if cue is None or names.get(fold(cue.group())) != claim.metric:
        return None
    between = claim.sentence[cue.end() : share.start - share.sentence_start]
    if not between.startswith(",") or len(between.split()) > lexicon.limits.cue_words:
        return None
    last = next(
        (
            c
            for c in _back_to(claims, claim.sentence_index - 1)
            if c.metric == claim.metric and c.unit == claim.unit and c.hedge != VAGUE
        ),
        None,
    )
    # (not when the last is itself a part: "228 ..., 60 of those deaths in Mai Mahiu. There, 45 of
    # the deaths, or about three-quarters": of which, the words do not say)
    return last if last is not None and not last.part and last.low > claim.high else None


def _in_a_metric_cue(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Does a metric cue of the pack start at `start` and run past `end` ("78 percent of those
    eligible": "of those eligible" names turnout, the share's whole; not "of those, 30", nor a
    count's "Thirty of those infected")?"""
    return any(
        (found := pattern.match(text, start)) is not None and found.end() > end
        for pattern, _ in lexicon.metric_patterns.values()
        if pattern is not None
    )


@compiled
def _group(lexicon: Lexicon) -> re.Pattern | None:
    """'Among the dead were ': a group named, then a link word, right before a figure."""
    part_of = lexicon.text.part_of
    leads, links = part_of.group_leads.pattern, part_of.group_links.pattern
    if leads is None or links is None:
        return None
    return regex_cache.compile(
        rf"(?:{leads.pattern})\s+[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?\s+(?:{links.pattern})\s+$",
        leads.flags,
    )


@compiled
def _alone(lexicon: Lexicon) -> re.Pattern | None:
    """The part cues that are one only when a comma or a full stop ends them ("of that,")."""
    cues = lexicon.text.part_of.before_alone.pattern
    return (
        None if cues is None else regex_cache.compile(rf"(?:{cues.pattern})\s*[,.;:]", cues.flags)
    )


def _included(between: str, lexicon: Lexicon) -> bool:
    """Does the text between two figures end with a comma and an including cue a few words
    before the second, in one clause (", including", "cases had been recorded, including")?"""
    pattern = lexicon.text.part_of.including.pattern
    found = list(pattern.finditer(between)) if pattern else []
    return (
        bool(found)
        and between[: found[-1].start()].rstrip().endswith(",")
        and not _CLAUSE_BREAK.search(between)
        and len(between[found[-1].end() :].split()) <= lexicon.limits.cue_words
    )


_CLAUSE_BREAK = regex_cache.compile(r"[;:]")


def _reaches(rest: str, lexicon: Lexicon) -> bool:
    """Does a part cue reach the figure across `rest`, the text between them: a few words, none
    of them past a comma ("Of these, 8,000"; not "208 of them out of control, that nearly
    32,000", a new clause)?"""
    after_comma = rest.rpartition(",")[2] if "," in rest else ""
    return _words(rest) <= lexicon.limits.part_cue_words and not after_comma.strip()


def before_its_whole(
    text: str, i: int, figures: list[Number], hedge_starts: list[int], lexicon: Lexicon
) -> bool:
    """'4,000 out of 12,000', '4,000 of the 12,000' (but not '... a total of 12,000');
    `hedge_starts`: where each figure's hedge starts (`hedges.chain`)."""
    part_of = lexicon.text.part_of
    if part_of.after.pattern is None or i + 1 >= len(figures):
        return False
    between = text[figures[i].end : figures[i + 1].start]
    adjacent, totals = part_of.adjacent.pattern, part_of.totals.pattern
    stripped = between.strip()
    restating = part_of.restating.pattern
    touching = (
        (restating is not None and restating.fullmatch(stripped) is not None)
        or bool(
            adjacent
            # a few words at most: an adjacent cue, an owner's name, a hedge (not a clause's worth)
            and _words(stripped) <= lexicon.limits.part_touching_words
            and (
                adjacent.fullmatch(stripped)
                or adjacent.fullmatch(_LAST_WORD.sub("", stripped))
                or adjacent.fullmatch(_without_owner(stripped, lexicon))
                # "4,400 of Twitter's roughly 5,500": an owner and a hedge
                or adjacent.fullmatch(_without_owner(_LAST_WORD.sub("", stripped), lexicon))
                # "13% of the more than 23,000": a hedge of more words
                or adjacent.fullmatch(
                    text[figures[i].end : max(figures[i].end, hedge_starts[i + 1])].strip()
                )
            )
        )
    )
    cue = part_of.after.pattern.search(between)
    if cue is not None and _opens_an_including_cue(between, cue.start(), lexicon):
        cue = None  # "11 detained, among them all four": "among them" leads a part, no whole
    joins = lexicon.text.clause_words.folded
    near = (
        cue is not None
        and _words(between) <= _reach(between, cue.end(), lexicon)
        # "24,000 Albertans were out of their homes and 110 fires": a new clause, not the whole
        and not any(w.lower() in joins for w in between[cue.end() :].split())
    )
    # (up to the whole's hedge: "3 percent of a population of roughly 340 million")
    described = text[figures[i].end : max(figures[i].end, hedge_starts[i + 1])]
    return bool(touching or near or _share_of_described(described, figures[i], lexicon)) and not (
        totals and totals.search(between)
    )


def _bare_item(after_comma: str, lexicon: Lexicon) -> bool:
    """Is what stands between a list's comma and the figure nothing, or a list link ("and",
    "while", "plus": `part_of.list_links`), not "a town of" or "where"?"""
    words_ = after_comma.strip()
    return not words_ or fold(words_) in lexicon.text.part_of.list_links.folded


def _reach(between: str, cue_end: int, lexicon: Lexicon) -> int:
    """How many words a part cue may stand from its part: `part_between_words`, or with no speech
    verb between and the whole a few words (`part_out_of_whole_words`) after the cue,
    `part_out_of_words` ("some 5,600 had been sent back across the border, out of the roughly
    8,000"; not "killed 103 people since January, the NCDC said on Wednesday, out of 586
    confirmed cases", whose speech tag the ratio of the sentence after may pass over, nor "forced
    out of their homes by flooding across 4 districts")."""
    limits, said = lexicon.limits, lexicon.attribution.after_source.pattern
    if _words(between[cue_end:]) > limits.part_out_of_whole_words or _has(said, between):
        return limits.part_between_words
    return max(limits.part_between_words, limits.part_out_of_words)


def _opens_an_including_cue(text: str, at: int, lexicon: Lexicon) -> bool:
    """Does an including cue ("among them") start at `at`?"""
    pattern = lexicon.text.part_of.including.pattern
    return pattern is not None and pattern.match(text, at) is not None


def _without_owner(between: str, lexicon: Lexicon) -> str:
    """'of Rio Grande do Sul's' -> 'of': the words between without an owner's name of a few words
    at its end (no clause word in it: not 'of them and the army's')."""
    found = _OWNER_TAIL.search(between)
    if found is None:
        return between
    joins = lexicon.text.clause_words.folded
    if any(w.lower() in joins for w in found.group().split()):
        return between
    return between[: found.start()]


_OWNER_TAIL = regex_cache.compile(r"(?:\s+\S+){1,4}['’]s?$")


def _share_of_described(between: str, share: Number, lexicon: Lexicon) -> bool:
    """'15% of the company's workforce of about 171,000': a share of a whole that is described and
    then given."""
    if share.unit != "%" or _words(between) > lexicon.limits.part_between_words:
        return False
    p = _patterns(lexicon)
    return bool(p["share_lead"].match(between) and p["share_tail"].search(between))


def _part_of(
    text: str, i: int, figures: list[Number], hedge_starts: list[int], lexicon: Lexicon
) -> Part:
    """Is figure i a part of another, and which figure in this sentence is its whole (None: an
    earlier sentence's, or unknown)?"""
    hedge_start = hedge_starts[i]
    if i and _included(text[figures[i - 1].end : hedge_start], lexicon):
        return True, i - 1
    if _cued_before(text, i, figures, hedge_start, lexicon):
        return True, None
    if (
        i
        # (before the whole's hedge: "Of the more than 264,000 mail-in ballots received, ...")
        and _patterns(lexicon)["whole_first"].search(text[: hedge_starts[i - 1]])
        and _BRIEF.fullmatch(text[figures[i - 1].end : hedge_start])
    ):
        return True, i - 1
    if before_its_whole(text, i, figures, hedge_starts, lexicon):
        return True, i + 1
    return False, None


def find(text: str, figures: list[Number], hedge_starts: list[int], lexicon: Lexicon) -> list[Part]:
    """`_part_of` for each figure; a figure joined by 'and' to a part is a part of the same whole
    ("of these, 8,000 went to Kursk and 4,000 to Donetsk")."""
    out: list[Part] = []
    for i in range(len(figures)):
        part = _part_of(text, i, figures, hedge_starts, lexicon)
        if not part[0] and i and out[i - 1][0]:
            between = text[figures[i - 1].end : hedge_starts[i]]
            alike = figures[i].unit == figures[i - 1].unit
            if _joined_part(between, out[i - 1][1], alike, text, hedge_starts, lexicon):
                part = out[i - 1]
        out.append(part)
    return _broken_down(text, figures, hedge_starts, out, lexicon)


def _joined_part(
    between: str,
    whole: int | None,
    alike: bool,
    text: str,
    hedge_starts: list[int],
    lexicon: Lexicon,
) -> bool:
    """Is a figure `between` words after a part another part of its whole: joined by 'and' ("of
    these, 8,000 went to Kursk and 4,000 to Donetsk"), or by a comma too when the whole opens the
    sentence ("Of the 299 dead, 230 died in Amatrice, 11 in Accumoli and 49 in Arquata") and the
    two are `alike` in unit (not "Of those 190 errors, 158, or more than 90 percent, ...": the
    part's share) and the figure is a bare item right after the comma (not "230 were in Amatrice, a
    town of 2,600 residents", nor "..., where 400 were injured")? After a comma, a list of wholes
    may go on otherwise ("175 passengers, 173 of them South Koreans, and six crew members")."""
    conjunction = _patterns(lexicon)["conjunction"]
    if _words(between) > lexicon.limits.joined_part_words or _NO_CLAUSE_MARK.search(between):
        return False
    if "," not in between:
        return bool(conjunction and conjunction.search(between))
    said = lexicon.attribution.after_source.pattern
    return (
        alike
        and _bare_item(between[between.rfind(",") + 1 :], lexicon)
        and whole is not None
        and bool(_patterns(lexicon)["whole_first"].search(text[: hedge_starts[whole]]))
        and not _has(said, between)
    )


def _broken_down(
    text: str, figures: list[Number], hedge_starts: list[int], out: list[Part], lexicon: Lexicon
) -> list[Part]:
    """'1,208 homes were destroyed: 540 in Mundakkai, 600 in Chooralmala and 68 in Attamala': two
    or more counts listed after a colon that ends the clause of a count (no comma between them) are
    its parts: each a few words apart (`joined_part_words`, no speech verb, no ';'), none dated
    on its own ("231 on Monday: 221 on Sunday and 210 on Saturday" is a series), the first not
    after a preposition opening a clause ("stood at 70: of 82 children diagnosed, only a dozen
    had survived" is no breakdown)."""
    p, said = _patterns(lexicon), lexicon.attribution.after_source.pattern
    for w, whole in enumerate(figures[:-2]):
        colon = text.find(":", whole.end, hedge_starts[w + 1])
        if colon < 0 or out[w + 1][0] or whole.unit != "count" or "," in text[whole.end : colon]:
            continue
        if preposition_at(text[: hedge_starts[w + 1]], colon + 1, lexicon):
            continue  # "70: of 82 children diagnosed, only a dozen had survived"
        listed = [w + 1]
        for i in range(w + 2, len(figures)):
            gap = _without_credits(text[figures[i - 1].end : hedge_starts[i]], lexicon)
            if ";" in gap or _words(gap) > lexicon.limits.joined_part_words or _has(said, gap):
                break
            listed.append(i)
        ends = [hedge_starts[i + 1] if i + 1 < len(figures) else len(text) for i in listed]
        if (
            len(listed) >= 2
            and all(figures[i].unit == "count" for i in listed)
            and not any(
                _has(p["named_time"], text[figures[i].end : e])
                for i, e in zip(listed, ends, strict=True)
            )
        ):
            for i in listed:
                out[i] = (True, w)
    return out


def _without_credits(gap: str, lexicon: Lexicon) -> str:
    """The words between two listed parts without a credit set off by commas ("25 in Puerto
    Rico, according to the island's Department of Health, two in the Dominican Republic")."""
    lead = lexicon.attribution.before_source.pattern
    if lead is None or gap.count(",") < 2:
        return gap
    pieces = gap.split(",")
    kept = [pieces[0], *(p for p in pieces[1:-1] if not lead.match(p.lstrip())), pieces[-1]]
    return ",".join(kept)


def _has(pattern: re.Pattern | None, text: str) -> bool:
    return pattern is not None and bool(pattern.search(text))


def _far_below(claim: Claim, earlier: Claim, out: list[Claim], over: float) -> bool:
    """Is `earlier`, in the part's own sentence, `over` times smaller than the part, with a figure
    of the part's unit before it in the sentence that may be the whole instead?"""
    if earlier.sentence_index != claim.sentence_index or claim.low < earlier.high * over:
        return False
    return any(
        c.start < earlier.start and c.unit == claim.unit and c.hedge != VAGUE
        for c in _back_to(out, claim.sentence_index)
    )


def _back_to(claims: list[Claim], first: int) -> Iterator[Claim]:
    """The claims from the last one back to the first of sentence `first`, and no further:
    `claims` are in the draft's order, so none before that point is in a later sentence."""
    for c in reversed(claims):
        if c.sentence_index < first:
            return
        yield c


def link_wholes(claims: list[Claim], lexicon: Lexicon) -> list[Claim]:
    """'Of these, about 8,000…': the whole is the nearest earlier figure of the same unit, in this
    or the previous sentence (itself perhaps a part: "4,000 were killed or wounded. Of these,
    3,000…"); a part joined to another in its sentence ("8,000 … and 6,000 …") shares that one's
    whole. A part `part_over_whole` (the language pack's limit) times the last of several figures in
    the sentence before has its whole elsewhere ("… 46,000 Haitians and 25,565 Chinese nationals.
    … more than 113,000 of those who crossed were children"); after a single figure it is a part
    too large ("More than 1,100 are missing. Of those missing, 90,000 …")."""
    over = lexicon.limits.part_over_whole
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        if claim.part and claim.whole is None:
            for earlier in _back_to(out, claim.sentence_index - 1):
                if earlier.unit != claim.unit or earlier.hedge == VAGUE:
                    continue
                same_sentence_part = earlier.part and earlier.sentence_index == claim.sentence_index
                if _far_below(claim, earlier, out, over):
                    continue  # "17,541 cases in 13 countries, 2,822 of them": the cases
                if _another_metric(claim, earlier, out, lexicon):
                    continue  # "1,755 cases and 299 deaths. ... 386 of those cases": the cases
                if (
                    not same_sentence_part
                    and earlier.sentence_index < claim.sentence_index
                    and claim.low >= earlier.high * over
                    and _listed(earlier, out)
                ):
                    break
                if not same_sentence_part:
                    earlier = _its_part(earlier, claim, out)
                claim = replace(claim, whole=earlier.whole if same_sentence_part else earlier.start)
                break
        named = _named_whole(claim, claims[i + 1] if i + 1 < len(claims) else None, out, lexicon)
        if named is not None:
            claim = replace(claim, part=True, whole=named.start)
        out.append(claim)
    return out


def _another_metric(claim: Claim, earlier: Claim, out: list[Claim], lexicon: Lexicon) -> bool:
    """Does `earlier` count another thing than the part is of, when a figure before it, in the
    part's sentence or the one before, counts that ("1,755 cases and 299 deaths. Health-care
    workers accounted for 386 of those cases": of the cases, not the deaths)? What the part is of
    is what a metric cue names within `cue_words` words after it (not its own metric: in "of
    them, 299 died" the deaths are the part's, not its whole's)."""
    wanted = _named_after(claim, lexicon)
    if not wanted:
        return False
    if not earlier.metric or earlier.metric in wanted:
        return False
    return any(
        c.start < earlier.start and c.metric in wanted and c.unit == claim.unit and c.hedge != VAGUE
        for c in _back_to(out, claim.sentence_index - 1)
    )


def _named_after(claim: Claim, lexicon: Lexicon) -> set[str]:
    """The metrics whose cues stand within `cue_words` words after the figure ("386 of those
    cases": cases) or after the "of those" that opens its clause ("Of those detained, 30 were
    women": those arrested)."""
    pattern, names = lexicon.metric_cue_index[0]
    if pattern is None:
        return set()
    after = claim.sentence[claim.end - claim.sentence_start :]
    reaches = [after, *_after_its_opener(claim, lexicon)]
    return {
        names[fold(m.group())]
        for reach in reaches
        for m in pattern.finditer(" ".join(reach.split()[: lexicon.limits.cue_words]))
    }


def _after_its_opener(claim: Claim, lexicon: Lexicon) -> list[str]:
    """The words after the last part phrase ("of those", "among them") before the figure, up to
    its comma ("Of those detained, 30 were women": "detained"), if any."""
    before = lexicon.text.part_of.before.pattern
    if before is None:
        return []
    head = claim.sentence[: claim.start - claim.sentence_start]
    found = list(before.finditer(head))
    if not found:
        return []
    rest = head[found[-1].end() :]
    return [rest.split(",", 1)[0]] if "," in rest else []


def _its_part(whole: Claim, part: Claim, claims: list[Claim]) -> Claim:
    """'364 of the 500 seats ... Morena alone will have 236 of them': the part a sentence gave of
    the whole it closes with is what a later `part` is of, when the later one fits inside it ("2
    of the 40 soldiers ... 30 of them" is of the 40); else the whole itself. (`claims` are in the
    draft's order: only those from the whole's sentence on are read.)"""
    return next(
        (
            c
            for c in _back_to(claims, whole.sentence_index)
            if c.whole == whole.start
            and c.sentence_index == whole.sentence_index
            and part.low <= c.high
        ),
        whole,
    )


def _listed(claim: Claim, claims: list[Claim]) -> bool:
    """Does the claim's sentence give other figures in its unit? (`claims` are in the draft's
    order: the walk stops before the claim's sentence.)"""
    return any(
        c is not claim and c.sentence_index == claim.sentence_index and c.unit == claim.unit
        for c in _back_to(claims, claim.sentence_index)
    )
