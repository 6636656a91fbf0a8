"""A reference-set skeleton from trusted articles, for an editor to curate (`numcheck refs init`).

Every figure the articles state with a recognised metric becomes a fact: its value or range and
hedge as written, its source (the one the article credits, else the article's own, `--source`),
when it was given (the figure's own time, else the article's date), the sentence it stands in as
`quote`, and the article's address as `url`. The same figure from the same source is written once.
Figures left out (no metric recognised, or a change rather than a level) are listed in comments at
the end, so nothing the articles say is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from checker import regex_cache
from checker.lexicon import Lexicon
from checker.model import Claim, plain

_NOT_ID = regex_cache.compile(r"[^\w]+")
_SPACES = regex_cache.compile(r"\s+")


@dataclass(frozen=True)
class Article:
    address: str  # its path or URL
    claims: list[Claim]
    date: dt.date | None = None


@dataclass
class _Fact:
    claim: Claim
    source: str
    cited_by: str | None
    as_of: str | None
    address: str
    also: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        c = self.claim
        return (c.metric, c.subject, c.unit, c.low, c.high, c.hedge, self.source)


def slug(text: str) -> str:
    """An id from a name: 'South Korea's spy agency' -> 'south-korea-s-spy-agency'."""
    return _NOT_ID.sub("-", text.lower()).strip("-_") or "source"


def skeleton(
    articles: list[Article], source: str, lexicon: Lexicon, packs: list[str], today: dt.date
) -> str:
    """The skeleton's YAML text: notes for the curator, `subject`, `packs`, `sources`, `facts`."""
    own = slug(source)
    sources: dict[str, dict] = {own: {"name": source, "aliases": [source]}}
    facts: dict[tuple, _Fact] = {}
    left_out: list[tuple[str, Claim]] = []
    for article in articles:
        for claim in article.claims:
            if claim.metric is None or not claim.is_level:
                left_out.append((article.address, claim))
                continue
            who = _source_of(claim, own, sources, lexicon)
            found = _Fact(claim, who, None if who == own else source, _as_of(claim, article),
                          article.address)  # fmt: skip
            if found.key in facts:
                facts[found.key].also.append(f"{article.address}:{claim.line}")
            else:
                facts[found.key] = found
    subjects = Counter(f.claim.subject for f in facts.values() if f.claim.subject)
    subject = subjects.most_common(1)[0][0] if subjects else None
    return "".join(
        [
            _header(articles, source, today, subject),
            f"subject: {subject}\n" if subject else "",
            f"packs: [{', '.join(_scalar(p) for p in packs)}]\n" if packs else "",
            _sources(sources, lexicon),
            _facts(list(facts.values()), subject, lexicon),
            _left_out(left_out, lexicon),
        ]
    )


def _source_of(claim: Claim, own: str, sources: dict, lexicon: Lexicon) -> str:
    """The source id of a figure, adding what the skeleton must declare to `sources`."""
    if claim.source and claim.source in lexicon.sources:
        _declare_known(claim.source, sources, lexicon)
        return claim.source
    if claim.source_text:
        named = _without_determiner(claim.source_text, lexicon)
        sid = slug(named)
        sources.setdefault(sid, {"name": claim.source_text, "aliases": [named]})
        return sid
    return own


def _without_determiner(name: str, lexicon: Lexicon) -> str:
    """'the Interior Ministry' -> 'Interior Ministry' (the determiners are the language pack's)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in lexicon.attribution.determiners.folded else name


def _declare_known(sid: str, sources: dict, lexicon: Lexicon) -> None:
    """Copy a source the packs or --refs know, and the members of a group, into the skeleton."""
    pending = [sid]
    while pending:
        current = pending.pop()
        known = lexicon.sources.get(current)
        if current in sources or known is None:
            continue
        entry = {"name": known.name or current, "aliases": list(known.aliases) or [current]}
        if known.kind:
            entry["kind"] = known.kind
        if known.includes:
            entry["includes"] = list(known.includes)
            pending += list(known.includes)
        sources[current] = entry


def _as_of(claim: Claim, article: Article) -> str | None:
    if claim.as_of:
        return claim.as_of
    return article.date.isoformat() if article.date else None


def _scalar(value) -> str:
    """A YAML scalar: numbers as they are, text double-quoted (JSON's quoting is valid YAML)."""
    if isinstance(value, (int, float)):
        return str(plain(value))
    text = str(value)
    plain_word = re.fullmatch(r"[A-Za-z][\w.-]*|\d{4}(?:-\d\d){0,2}(?:/\d{4}(?:-\d\d){0,2})?", text)
    return text if plain_word else json.dumps(text, ensure_ascii=False)


def _header(articles: list[Article], source: str, today: dt.date, subject: str | None) -> str:
    lines = [
        f"# Reference set skeleton written by `numcheck refs init` on {today.isoformat()}",
        f"# from {len(articles)} article(s) by {source}:",
        *(f"#   {a.address}" for a in articles),
        "# Curate it before use: keep the figures you trust and delete the rest, check each",
        "# metric, subject, hedge and as_of against its quote, and give every source the",
        "# aliases drafts use.",
        "# Then: numcheck refs validate THIS-FILE",
    ]
    if subject is None:
        lines.append("# No subject was recognised: add `subject:` (a topic pack may define one).")
    return "\n".join(lines) + "\n"


def _sources(sources: dict, lexicon: Lexicon) -> str:
    out = ["\nsources:\n"]
    for sid, entry in sources.items():
        out.append(f"  {_scalar(sid)}:\n")
        out.append(f"    name: {_scalar(entry['name'])}\n")
        out.append(f"    aliases: [{', '.join(_scalar(a) for a in entry['aliases'])}]\n")
        for key in ("kind", "includes"):
            if key in entry:
                value = entry[key]
                shown = f"[{', '.join(map(_scalar, value))}]" if isinstance(value, list) else value
                out.append(f"    {key}: {_scalar(shown) if key == 'kind' else shown}\n")
    return "".join(out)


def _facts(facts: list[_Fact], subject: str | None, lexicon: Lexicon) -> str:
    out, ids = ["\nfacts:\n"], Counter()
    limit = lexicon.limits.quote_chars
    for fact in facts:
        c = fact.claim
        base = slug(f"{fact.source}-{c.metric}-{fact.as_of or 'undated'}")
        ids[base] += 1
        fields = [("id", base if ids[base] == 1 else f"{base}-{ids[base]}"), ("metric", c.metric)]
        if c.subject and c.subject != subject:
            fields.append(("subject", c.subject))
        fields.append(("value", c.low) if c.low == c.high else ("range", (c.low, c.high)))
        if c.hedge != "exact":
            fields.append(("hedge", c.hedge))
        if c.unit != "count":
            fields.append(("unit", c.unit))
        fields.append(("source", fact.source))
        if fact.cited_by:
            fields.append(("cited_by", (fact.cited_by,)))
        if fact.as_of:
            fields.append(("as_of", fact.as_of))
        fields += [("quote", _quote(c.sentence, limit)), ("url", fact.address)]
        out.append(f"  # {fact.address}:{c.line}:{c.column}: {c.text}\n")
        if fact.also:
            out.append(f"  # also in {', '.join(fact.also)}\n")
        out += [_field(key, value, first=i == 0) for i, (key, value) in enumerate(fields)]
    return "".join(out)


def _field(key: str, value, first: bool) -> str:
    shown = f"[{', '.join(map(_scalar, value))}]" if isinstance(value, tuple) else _scalar(value)
    return f"  {'- ' if first else '  '}{key}: {shown}\n"


def _quote(sentence: str, limit: int) -> str:
    text = _SPACES.sub(" ", sentence).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _left_out(claims: list[tuple[str, Claim]], lexicon: Lexicon) -> str:
    if not claims:
        return ""
    out = [
        "\n# Figures left out (no metric recognised, or a change rather than a level); add any\n",
        "# that matter by hand:\n",
    ]
    for address, c in claims:
        quote = _quote(c.sentence, lexicon.limits.quote_chars)
        out.append(f"#   {address}:{c.line}:{c.column}: {c.text} — {quote}\n")
    return "".join(out)
