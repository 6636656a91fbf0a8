"""The lexicon: every word numcheck reads by, loaded from packs and frozen.

`load(packs)` merges the language pack (`rules/language/en/`) with topic packs in order and returns
a `Lexicon`: entries (metrics, subjects, sources, hedges, derived metrics) and typed language
sections (numbers, time, attribution, text, limits). Reference sets add their sources with
`with_sources` and their figures' units with `with_fact_units`. Compiled matchers are built once
per lexicon (`compiled`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Mapping, TypeVar

from checker.lexicon import packs
from checker.lexicon.cues import (
    Cues,
    GuardedCues,
    cue_pattern,
    fold,
    inflected,
    inflecting_pattern,
    lower,
)
from checker.lexicon.sections import (
    EMPTY,
    ENTRY_SPECS,
    LANGUAGE_SECTIONS,
    AttributionWords,
    Hedge,
    Limits,
    Metric,
    NumberWords,
    Source,
    Subject,
    TextWords,
    TimeWords,
    build_entry,
    build_section,
)
from checker.model import is_money

__all__ = [
    "Lexicon",
    "load",
    "language",
    "compiled",
    "fold",
    "Cues",
    "Metric",
    "Subject",
    "Source",
    "Hedge",
]

T = TypeVar("T")


_NOT_PLAIN = frozenset(",()")


def names_of(
    src: Source, determiners: frozenset[str] = frozenset(), ampersands: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """What a draft may call a source: its id, its aliases, and its `name` when that is a plain
    name ("Hokuriku Electric Power"), or one after a determiner (`determiners`: "the city of
    Genoa" is written so in a sentence); not "the UN refugee agency (UNHCR)" or "Paul Yip, a
    professor", written for messages, nor a name with no capital ("a company-compiled analyst
    consensus"). A name with "&" is also written with each of `ampersands` ("and") in its place,
    and the other way round."""
    names = _names_of(src, determiners)
    swapped = [
        name.replace(f" {a} ", " & ") if f" {a} " in name else name.replace(" & ", f" {a} ")
        for name in names[1:]
        for a in ampersands
    ]
    return (*names, *(n for n in dict.fromkeys(swapped) if n not in names))


def _names_of(src: Source, determiners: frozenset[str]) -> tuple[str, ...]:
    name = src.name or ""
    first, _, rest = name.partition(" ")
    if first in determiners and rest[:1].isalpha():  # "the city of Genoa", not "The Economist"
        name = rest
    plain = (
        any(w[:1].isupper() for w in name.split())
        and not _NOT_PLAIN & set(name)
        and name not in src.aliases
        and (name[:1].isupper() or name != src.name)
    )
    return (src.id, *src.aliases, *((name,) if plain else ()))


def _last_word_forms(written, forms: Mapping[str, Cues], alone: bool = True) -> list[str]:
    """Each cue with its last word in each form `forms` lists for it; with `alone` false, only cues
    of two words or more."""
    out = []
    for cue in written:
        head, _, last = cue.rpartition(" ")
        if head or alone:
            out += [f"{head} {form}" if head else form for form in forms.get(last.lower(), ())]
    return out


@dataclass(frozen=True)
class Lexicon:
    metrics: Mapping[str, Metric]
    derived: Mapping[str, tuple[str, ...]]
    subjects: Mapping[str, Subject]
    sources: Mapping[str, Source]
    hedges: Mapping[str, Hedge]
    numbers: NumberWords
    time: TimeWords
    attribution: AttributionWords
    text: TextWords
    limits: Limits
    severities: Mapping[str, str] = field(
        default_factory=lambda: EMPTY
    )  # check id -> severity or 'off' (`checks:`)
    severity_marks: Mapping[str, tuple] = field(
        default_factory=lambda: EMPTY
    )  # check id -> (path, mark) set at
    origin: tuple[str, ...] = ()
    # metric -> the units of its reference figures ("pay-raise": {"%"}), for a metric whose pack
    # names none: money fits it only in those units (`with_fact_units`)
    fact_units: Mapping[str, frozenset] = field(default_factory=lambda: EMPTY)
    cache: dict = field(default_factory=dict, compare=False, repr=False)

    def __repr__(self) -> str:
        return (
            f"Lexicon({len(self.metrics)} metrics, {len(self.subjects)} subjects, "
            f"{len(self.sources)} sources; packs: {', '.join(self.origin)})"
        )

    def with_sources(self, extra: Mapping[str, Source]) -> "Lexicon":
        """A copy with more sources (from a reference set); aliases of a known id are merged."""
        if not extra:
            return self
        merged = dict(self.sources)
        for sid, src in extra.items():
            old = merged.get(sid)
            merged[sid] = (
                src
                if old is None
                else Source(
                    sid,
                    Cues(dict.fromkeys(old.aliases + src.aliases)),
                    old.name or src.name,
                    old.kind,
                    Cues(dict.fromkeys(old.includes + src.includes)),
                )
            )
        return replace(self, sources=MappingProxyType(merged), cache={})

    def with_fact_units(self, facts) -> "Lexicon":
        """A copy that knows the units of each metric's reference figures (base units: 'USD' of
        'USD/household')."""
        units: dict[str, set] = {}
        for f in facts:
            units.setdefault(f.metric, set()).add(f.unit.split("/")[0])
        if not units:
            return self
        frozen = {metric: frozenset(found) for metric, found in units.items()}
        return replace(self, fact_units=MappingProxyType(frozen), cache={})

    def units_of(self, metric: str) -> tuple[str, ...]:
        """The units a metric counts in: its pack's `units` that numcheck reads (`knows_unit`),
        else its reference figures'."""
        declared = self._declared_units.get(metric, ())
        return declared or tuple(sorted(self.fact_units.get(metric, ())))

    @cached_property
    def _declared_units(self) -> Mapping[str, tuple[str, ...]]:
        """Each metric's pack `units` that numcheck reads: 'units: [magnitude]' restricts nothing
        (an earthquake's magnitude is read as a plain number; `notes` tells the pack's writer)."""
        return {
            m.id: tuple(u for u in m.units if self.knows_unit(u)) for m in self.metrics.values()
        }

    def knows_unit(self, unit: str) -> bool:
        """Is `unit` one numcheck reads: count, %, pp, a currency code, a duration or a unit
        symbol, optionally '/period' or '/unit'?"""
        if unit in self._unit_symbols:
            return True  # a symbol with a slash of its own: "km/h"
        base, _, per = unit.partition("/")
        return (base in self._unit_symbols or is_money(base)) and (
            not per or per in self._unit_symbols
        )

    @cached_property
    def _unit_symbols(self) -> frozenset[str]:
        n = self.numbers
        return frozenset(
            {"count", "%", "pp", *n.currency_codes, *n.units.values(), *self.text.rates}
        )

    @property
    def consistency_tolerance(self) -> float:
        return self.limits.consistency_tolerance

    # Matchers built once per lexicon.
    def _inflections(self, written) -> list[str]:
        """The inflected forms of cues ("raise": "raised", "raising"; "die": "died", "dying"), per
        the language pack."""
        endings, least = self.text.inflections, self.limits.inflection_min_letters
        regular = [form for cue in written for form in inflected(cue, endings, least)]
        return (
            regular + self._irregular(written) + self._particles(written) + self._passives(written)
        )

    def _irregular(self, written) -> list[str]:
        """Cues with their last word in the forms the language pack lists for it ("die": "died",
        "dying"; "flee": "fled"), which no ending rule makes."""
        return _last_word_forms(written, self.text.irregular_forms)

    def _particles(self, written) -> list[str]:
        """Cues of two words or more closing with a particle, with its longer form ("unable to get
        in": "unable to get into"), per the language pack's `particle_forms`."""
        return _last_word_forms(written, self.text.particle_forms, alone=False)

    def _passives(self, written) -> list[str]:
        """Cues of a noun and a past participle with a passive auxiliary between their last two
        words ("homes damaged": "homes had been damaged", "jobs cut": "jobs were cut"), per the
        language pack; not after a list joiner ("killed or injured")."""
        text = self.text
        joiners, out = text.list_joiners.folded, []
        for cue in written:
            head, _, last = cue.rpartition(" ")
            if not head or fold(head.rpartition(" ")[2]) in joiners or not self._participle(last):
                continue
            out += [f"{head} {aux} {last}" for aux in text.passive_auxiliaries]
        return out

    def _participle(self, word: str) -> bool:
        """Is `word` a past participle, per the language pack ("damaged", "lost", "cut")?"""
        folded = fold(word)
        if folded in self.text.participles.folded or folded in self.irregular_words:
            return True
        return (
            len(folded) >= self.limits.inflection_min_letters
            and folded.isalpha()
            and any(folded.endswith(e) for e in self.text.past_endings.folded)
        )

    def _cue_pattern(self, written) -> re.Pattern | None:
        """The cues and their inflected forms, per the language pack, in one pattern."""
        return inflecting_pattern(
            written,
            self.text.inflections,
            self.limits.inflection_min_letters,
            literal=self._irregular(written) + self._particles(written) + self._passives(written),
        )

    @cached_property
    def metric_patterns(self) -> dict:
        return {
            m.id: tuple(self._cue_pattern(cues) if cues else None for cues in (m.cues, m.weak))
            for m in self.metrics.values()
        }

    def names_metric(self, metric: str, text: str, weak: bool = False) -> bool:
        """Does `text` hold one of the metric's own (not weak) cues, or, with `weak`, a weak one?"""
        patterns = self.metric_patterns.get(metric, (None, None))
        return any(p is not None and p.search(text) for p in patterns[: 2 if weak else 1])

    @cached_property
    def irregular_words(self) -> frozenset[str]:
        """Every irregular form the language pack lists ("died", "fled"), folded: verbs."""
        return frozenset(fold(f) for forms in self.text.irregular_forms.values() for f in forms)

    @cached_property
    def subject_names(self) -> frozenset[str]:
        """The capitalised words of the subjects' cues, folded ("Diomaye" of "Bassirou Diomaye
        Faye"): names the topic pack knows, so no misspelling of a source's name."""
        return frozenset(
            fold(word)
            for subject in self.subjects.values()
            for cue in subject.cues
            for word in cue.split()
            if word[:1].isupper()
        )

    @cached_property
    def name_words(self) -> dict[str, set[str]]:
        """Each word of a source's name and aliases -> the sources it names ("tally" -> the BBC,
        whose name is "the BBC's results tally")."""
        index: dict[str, set[str]] = {}
        for source in self.sources.values():
            for name in (source.name, *source.aliases):
                for word in name.split():
                    index.setdefault(lower(word).strip(".,'’()"), set()).add(source.id)
        return index

    @cached_property
    def metric_cue_words(self) -> frozenset[str]:
        """Every word of every metric's own cues, folded ("ships a day": ships, a, day)."""
        return frozenset(fold(w) for m in self.metrics.values() for c in m.cues for w in c.split())

    @cached_property
    def metric_cue_heads(self) -> dict[str, frozenset[str]]:
        """Each metric's head nouns: the last word of its cues of two words or more, folded
        ("annual inflation": inflation)."""
        return {
            m.id: frozenset(fold(c.split()[-1]) for c in m.cues if len(c.split()) > 1)
            for m in self.metrics.values()
        }

    @cached_property
    def metric_cue_index(self) -> tuple:
        """Every metric's cues and their inflected forms in one pattern (strong, then weak) and
        which metric each folded cue names: one scan of a sentence instead of one per metric. A
        cue as written wins over another metric's inflected form."""
        out = []
        for kind in ("cues", "weak"):
            written_by, inflected_by = self._cue_owners[kind]
            names = {form: ids[0] for form, ids in inflected_by.items()}
            names.update({cue: ids[0] for cue, ids in written_by.items()})
            written = [cue for m in self.metrics.values() for cue in getattr(m, kind)]
            out.append((self._cue_pattern(written) if written else None, names))
        return tuple(out)

    def metrics_of_cue(self, cue: str) -> tuple[str, ...]:
        """Every metric a cue as found in a sentence names: those it names strongly, then those
        it names loosely, each in pack order ("Remain": the result's votes and share, then a
        poll's share)."""
        folded, found = fold(cue), []
        for kind in ("cues", "weak"):
            for table in self._cue_owners[kind]:
                found += [m for m in table.get(folded, ()) if m not in found]
        return tuple(found)

    @cached_property
    def _cue_owners(self) -> dict[str, tuple[dict, dict]]:
        """For strong cues and weak ones: (folded cue as written -> metric ids, folded inflected
        form -> metric ids), in pack order."""
        owners = {}
        for kind in ("cues", "weak"):
            written: dict[str, list[str]] = {}
            inflected: dict[str, list[str]] = {}
            for m in self.metrics.values():
                cues = getattr(m, kind)
                for table, forms in ((written, cues), (inflected, self._inflections(cues))):
                    for form in forms:
                        ids = table.setdefault(fold(form), [])
                        if m.id not in ids:
                            ids.append(m.id)
            owners[kind] = (written, inflected)
        return owners

    @cached_property
    def nested_metric_cues(self) -> dict[str, tuple[str, ...]]:
        """Folded cue of two words or more -> the other metrics whose cues (as written) are words
        of it, longest first ("revenue rose": revenue-growth's, holding "revenue", revenue's), for a
        figure in a unit the cue's own metric does not count in ("revenue rose 16% to $1.34
        billion": the growth in %, the revenue in dollars)."""
        written, _ = self._cue_owners["cues"]
        nested: dict[str, tuple[str, ...]] = {}
        for cue, ids in written.items():
            words_ = cue.split()
            found: list[str] = []
            for size in range(len(words_) - 1, 0, -1):
                for start in range(len(words_) - size + 1):
                    inner = " ".join(words_[start : start + size])
                    found += [m for m in written.get(inner, ()) if m not in ids and m not in found]
            if found:
                nested[cue] = tuple(found)
        return nested

    @cached_property
    def shared_written_cues(self) -> dict[str, tuple[str, ...]]:
        """Folded cue -> the metrics that list it as written, for a cue two or more list."""
        written, _ = self._cue_owners["cues"]
        return {cue: tuple(ids) for cue, ids in written.items() if len(ids) > 1}

    @cached_property
    def shared_metric_cues(self) -> dict[str, tuple[str, ...]]:
        """Folded form -> the metrics it may name, in pack order, for a cue listed by two or more
        ("lost revenue" for lost business and for the share of practices that lost some), as
        written or, when no metric writes it, as an inflected form ("lost revenues"). A cue as
        written stays its own metric's ("raised" for funds, not pay's "raise")."""
        written, inflected = self._cue_owners["cues"]
        shared = {form: ids for form, ids in inflected.items() if form not in written}
        shared.update(written)
        return {form: tuple(ids) for form, ids in shared.items() if len(ids) > 1}

    @cached_property
    def subject_patterns(self) -> dict:
        return {s.id: self._cue_pattern(s.cues) for s in self.subjects.values() if s.cues}

    @cached_property
    def alias_index(self) -> dict[str, str]:
        """Folded alias -> source id (the id itself is an alias too, and so is a plain `name`)."""
        index: dict[str, str] = {}
        for src in self.sources.values():
            for alias in self.source_names(src):
                index.setdefault(fold(alias), src.id)
        return index

    @cached_property
    def alias_pattern(self):
        return cue_pattern([a for src in self.sources.values() for a in self.source_names(src)])

    def source_names(self, src: Source) -> tuple[str, ...]:
        """What a draft may call the source (`names_of`), by this language pack's determiners and
        words for "&"."""
        return names_of(src, self.attribution.determiners.folded, self.attribution.ampersand_words)

    @cached_property
    def vague_ranges(self) -> dict[str, tuple[float, float] | None]:
        """Folded vague phrase -> (low, high), or None for a phrase that is not a figure
        ("a few")."""
        return {
            fold(str(p)): (float(b[0]), float(b[1])) if b else None
            for p, b in self.text.vague.items()
        }

    @cached_property
    def vague_pattern(self):
        return cue_pattern(self.text.vague)


def compiled(build: Callable[[Lexicon], T]) -> Callable[[Lexicon], T]:
    """Decorator: `build(lexicon)` runs once per lexicon and its result is kept on the lexicon."""

    def get(lexicon: Lexicon) -> T:
        if build not in lexicon.cache:
            lexicon.cache[build] = build(lexicon)
        return lexicon.cache[build]

    get.__doc__ = build.__doc__
    get.__name__ = build.__name__
    return get


def _build(merged: packs.Merged) -> Lexicon:
    sections = merged.sections
    entries = {
        kind: MappingProxyType(
            {
                name: build_entry(kind, name, values)
                for name, values in sections.get(kind, {}).items()
            }
        )
        for kind in ENTRY_SPECS
    }
    hedges = dict(entries["hedges"])
    hedges.setdefault("exact", Hedge("exact", "point"))
    language = {
        name: build_section(cls, sections.get(name)) for name, cls in LANGUAGE_SECTIONS.items()
    }
    language["attribution"] = _guarded(
        language["attribution"], language["numbers"], language["text"]
    )
    checks = sections.get("checks", {})
    marks = {name: merged.where[("checks", name)] for name in checks}
    return Lexicon(
        entries["metrics"],
        MappingProxyType({k: tuple(v) for k, v in sections.get("derived", {}).items()}),
        entries["subjects"],
        entries["sources"],
        MappingProxyType(hedges),
        **language,
        severities=MappingProxyType(dict(checks)),
        severity_marks=MappingProxyType(marks),
        origin=tuple(merged.files),
    )


def _guarded(attribution: AttributionWords, numbers: NumberWords, text: TextWords):
    """The attribution words with their lead cues ("per the ministry") never read in a unit or a
    rate that opens with one ("56.9 per cent", "$700 per household"): the rest of each such phrase
    guards the cue."""
    leads = attribution.before_source
    rates = (c for cs in text.rates.values() for c in cs)
    guards: dict[str, list[str]] = {}
    for phrase in (*numbers.percent, *numbers.points, *rates):
        first, _, rest = fold(phrase).partition(" ")
        if rest and first in leads.folded:
            guards.setdefault(first, []).append(rest)
    guarded = {lead: tuple(dict.fromkeys(rests)) for lead, rests in guards.items()}
    return replace(attribution, before_source=GuardedCues(leads, guarded))


_CACHE: dict[tuple, Lexicon] = {}


def _stamp(pack: Path) -> tuple:
    """A pack's identity for the cache: its path and each file's size and modification time."""
    files = packs.files_of(pack) if pack.exists() else []
    return (str(pack.resolve()), *((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files))


def load(extra=(), shown=None) -> Lexicon:
    """The language pack plus extra packs (directories or YAML files), in order; InputError on a bad
    pack. `shown` names each extra pack as the user wrote it, for messages. Cached per process."""
    extra = tuple(Path(p) for p in extra)
    key = tuple(_stamp(p) for p in extra)
    if key not in _CACHE:
        merged = packs.Merged()
        packs.add_pack(merged, packs.LANGUAGE_DIR)
        for pack, name in zip(extra, shown or [str(p) for p in extra], strict=True):
            packs.add_pack(merged, pack, name)
        packs.cross_check(merged)
        _CACHE[key] = _build(merged)
    return _CACHE[key]


def language() -> Lexicon:
    """The language pack alone (no topic: figures, hedges, times and sources, but no metrics)."""
    return load()
