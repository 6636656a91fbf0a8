"""Notes on a story's packs and sources that are not errors but change how drafts are read: a cue
word that two metrics list (the figure's unit then chooses, else the first listed), a name that
YAML split into two aliases at its comma (`aliases: [Ministry of Land, Infrastructure and
Transport]` is two aliases; quoted, it is one), and an alias that is only a back-reference ("the
agency": every "the agency" of a draft is then that source, whoever spoke just before),
and a metric's unit numcheck does not read (an earthquake's `magnitude`: its figures are plain
numbers)."""

from __future__ import annotations

from checker.lexicon import Lexicon


def notes(lexicon: Lexicon) -> list[str]:
    """One line per note, in the pack's order."""
    out = []
    for cue, metrics in lexicon.shared_written_cues.items():
        listed = ", ".join(metrics)
        out.append(
            f"note: the cue '{cue}' is listed by {len(metrics)} metrics ({listed}); a figure "
            f"takes the one counted in its unit, else {metrics[0]}"
        )
    for source in lexicon.sources.values():
        aliases = list(source.aliases)
        for first, second in zip(aliases, aliases[1:], strict=False):
            joined = f"{first}, {second}"
            if source.name and joined in source.name:
                out.append(
                    f"note: source '{source.id}' has the aliases '{first}' and '{second}', which "
                    f'look like one name split at its comma; write it in quotes: "{joined}"'
                )
    out += _back_reference_aliases(lexicon)
    out += [
        f"note: metric '{metric.id}' lists the unit '{unit}', which numcheck does not read: its "
        "figures are read as plain numbers (count)"
        for metric in lexicon.metrics.values()
        for unit in metric.units
        if not lexicon.knows_unit(unit)
    ]
    return out


def _back_reference_aliases(lexicon: Lexicon) -> list[str]:
    """An alias that is a determiner and an organisation noun of the language pack ("the agency"),
    when another source's names have that noun too ("UN children's agency"): a draft's
    back-reference of that form is read as the first source by name, whoever spoke before."""
    a = lexicon.attribution
    determiners, nouns = a.determiners.folded, a.group_nouns.folded
    named = lexicon.name_words
    out = []
    for source in lexicon.sources.values():
        for alias in source.aliases:
            words = alias.lower().split()
            if (
                len(words) == 2
                and words[0] in determiners
                and words[1] in nouns
                and named.get(words[1], set()) - {source.id}
            ):
                others = ", ".join(sorted(named[words[1]] - {source.id}))
                out.append(
                    f"note: source '{source.id}' has the alias '{alias}', which any {words[1]} "
                    f"goes by ({others} too): every '{alias}' in a draft is read as {source.id}, "
                    "even right after another spoke; without it, numcheck finds whom it points "
                    "back to"
                )
    return out
