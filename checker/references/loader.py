"""Reference sets on disk: validated with the shared schema, every problem as FILE:LINE:COL.

A reference set names the packs its vocabulary comes from (`packs:`), its sources (`sources:`,
with aliases and the name messages use) and its facts. `packs_named(path)` reads which packs a set
needs, so the lexicon can be built before the facts are checked against it; `parse(raw, path,
lexicon)` validates the facts (unknown metric, subject, hedge or source; missing or malformed
value or range; duplicate id; bad date or period).
"""

from __future__ import annotations

from pathlib import Path

from checker import periods
from checker.errors import InputError, Problem
from checker.inputs import yamlpos
from checker.lexicon import Lexicon, packs
from checker.lexicon.schema import (
    INVALID,
    CueList,
    Custom,
    Field,
    Record,
    Table,
    Text,
    Validator,
    finite_number,
    name_of,
)
from checker.lexicon.sections import ENTRY_SPECS, build_entry
from checker.model import Fact
from checker.references.derive import derive
from checker.references.set import ReferenceSet

_TOP_MESSAGE = "a reference set must be a mapping with 'facts:'"


def known(table, what: str):
    """A spec: the value must be a name in `table` (a lexicon's metrics, subjects, hedges...)."""

    def check(value, mark, _what, v):
        if name_of(value) in table:
            return name_of(value)
        v.report(f"unknown {what} {value!r} (known: {', '.join(sorted(table))})", mark)
        return INVALID

    return Custom(check)


def _value(value, mark, what, v):
    number = finite_number(value)
    if number is None or number < 0:
        v.report(f"value must be a non-negative number, got {value!r}", mark)
        return INVALID
    return number


def _range(value, mark, what, v):
    bounds = (
        [finite_number(x) for x in value] if isinstance(value, list) and len(value) == 2 else None
    )
    if not bounds or None in bounds or bounds[0] < 0 or bounds[0] > bounds[1]:
        v.report(f"range must be [low, high] with 0 <= low <= high, got {value!r}", mark)
        return INVALID
    return tuple(bounds)


def period_label(value, mark, what, v):
    """A date or period label ('2025', '2025-01', '2025-01-27', '2024-09/2024-11')."""
    label = (
        value.isoformat()[:10]
        if hasattr(value, "isoformat")
        else (str(value) if isinstance(value, (int, str)) and not isinstance(value, bool) else None)
    )
    if label is not None and periods.label_span(label) is not None:
        return label.strip()
    backwards = isinstance(value, str) and periods.reversed_label(value)
    key = what.split()[-1]
    v.report(
        f"bad {key} {value!r}: "
        + ("START is after END" if backwards else "use YYYY, YYYY-MM, YYYY-MM-DD or START/END"),
        mark,
    )
    return INVALID


_SHARES = ("%", "pp")


def _fact_id(value, mark, what, v):
    name = name_of(value)
    if not name:
        v.report("fact has no 'id'", mark)
        return INVALID
    return name


def _fact_spec(lexicon: Lexicon, sources) -> Record:
    def source(value, mark, what, v):
        if name_of(value) in sources:
            return name_of(value)
        v.report(
            f"unknown source {value!r}: add it under 'sources:' in this file or in a pack", mark
        )
        return INVALID

    def cited_by(value, mark, what, v):
        """Outlets that carried the figure: source ids, or any outlet's name (it need not be
        declared)."""
        value = [value] if isinstance(value, str) else (value or [])
        if not isinstance(value, list) or not all(name_of(c) for c in value):
            v.report("cited_by must be a list of source ids or outlet names", mark)
            return INVALID
        return tuple(str(c) for c in value)

    def unit(value, mark, what, v):
        name = name_of(value)
        if name is not None and lexicon.knows_unit(name):
            base, _, per = name.partition("/")
            # "2.8% of GDP a year" is a share, as drafts are read: "%/year" is "%"
            return base if per and base in _SHARES else name
        if name is not None and name.casefold() in lexicon.text.scale_words.folded:
            v.report(
                f"a reading on a scale ({name}) has no unit of its own: leave 'unit' out, "
                "as for a count",
                mark,
            )
            return INVALID
        v.report(
            "unit must be count, %, pp, a currency code (USD) or a unit the language pack "
            "knows (km, ha, acre...), optionally per day/week/month/year or per unit "
            f"(count/day, USD/bbl), not {value!r}",
            mark,
        )
        return INVALID

    return Record(
        {
            "id": Field(Custom(_fact_id), "fact has no 'id'"),
            "metric": Field(known(lexicon.metrics, "metric"), "fact has no 'metric'"),
            "subject": known(lexicon.subjects, "subject"),
            "value": Custom(_value),
            "range": Custom(_range),
            "hedge": known(lexicon.hedges, "hedge"),
            "source": Field(Custom(source), "fact has no 'source'"),
            "cited_by": Custom(cited_by),
            "as_of": Custom(period_label),
            "period": Custom(period_label),
            "unit": Custom(unit),
            "url": Text(),
            "note": Text(),
            "quote": Text(),
            "event": Text(nonempty=True),
        },
        message="a fact must be a mapping with id, metric, value or range, and source",
        unknown="unknown fact key {key!r} (expected one of: {expected})",
    )


def _packs(value, mark, what, v):
    checked = CueList().validate(value, mark, "packs", v)
    return INVALID if checked is INVALID else tuple(checked)


def _top_spec(lexicon: Lexicon | None) -> Record:
    fields = {
        "subject": known(lexicon.subjects, "subject") if lexicon else Text(),
        "packs": Custom(_packs),
        "sources": Table(
            ENTRY_SPECS["sources"],
            message="'sources' must be a mapping of source id to {{aliases: [...]}}",
            item_what="source {name}",
        ),
        "facts": Field(Custom(lambda value, mark, what, v: value), "missing 'facts:' list"),
        "title": Text(),
        "description": Text(),
    }
    return Record(
        fields, message=_TOP_MESSAGE, unknown="unknown key {key!r} (expected one of: {expected})"
    )


def _raw(raw, path: str):
    if raw is None:
        raise InputError(Problem(path, "empty reference set: expected 'facts:'", 1, 1))
    if not isinstance(raw, dict):
        raise InputError(Problem(path, _TOP_MESSAGE, *getattr(raw, "mark", (1, 1))))
    return raw


def packs_named(raw, path: str) -> list[Path]:
    """The packs a reference set names, resolved against its folder; InputError when `packs:` is
    malformed."""
    raw = _raw(raw, path)
    if "packs" not in raw:
        return []
    v = Validator(path)
    mark = yamlpos.mark_of(raw, "packs")
    named = _packs(raw["packs"], mark, "packs", v)
    v.raise_problems()
    resolved = [packs.resolve(name, Path(path).parent) for name in named]
    for name, pack in zip(named, resolved, strict=True):
        if not pack.exists():
            v.report(
                f"no such pack {name!r} (shipped topics: {', '.join(packs.topics())}; "
                f"or a directory relative to this file)",
                mark,
            )
    v.raise_problems()
    return resolved


def _facts(raw, lexicon: Lexicon, sources, default_subject, v: Validator) -> list[Fact]:
    facts_raw = raw.get("facts")
    if "facts" in raw and not isinstance(facts_raw, list):
        v.report("'facts' must be a list", yamlpos.mark_of(raw, "facts"))
        return []
    spec = _fact_spec(lexicon, sources)
    seen: dict[str, int] = {}
    facts = []
    for index, item in enumerate(facts_raw or []):
        mark = yamlpos.mark_of(facts_raw, index)
        fid = name_of(item.get("id")) if isinstance(item, dict) else None
        if fid in seen:  # reported even when either fact has other problems
            v.report(
                f"duplicate id {fid!r} (first at line {seen[fid]})", yamlpos.mark_of(item, "id")
            )
        elif fid:
            seen[fid] = mark[0]
        before = len(v.problems)
        values = spec.validate(item, mark, "", v)
        fact = (
            _fact(values, item, mark, default_subject, v, str(v.path), "subject" in raw)
            if values is not INVALID
            else None
        )
        if fact is not None and len(v.problems) == before and seen.get(fact.id) == mark[0]:
            facts.append(fact)
    return facts


def _fact(
    values, item, mark, default_subject, v: Validator, path: str, has_default: bool
) -> Fact | None:
    subject = values.get("subject", default_subject)
    if "subject" not in item and not has_default:
        v.report("fact has no 'subject' and the file sets no default 'subject:'", mark)
    if "value" in item and "range" in item:
        v.report("give either 'value' or 'range', not both", yamlpos.mark_of(item, "range"))
        return None
    if "value" not in item and "range" not in item:
        v.report("fact has no 'value' or 'range'", mark)
        return None
    low, high = values["range"] if "range" in values else (values.get("value"), values.get("value"))
    if low is None or subject is None or not {"id", "metric", "source"} <= set(values):
        return None
    return Fact(
        values["id"],
        values["metric"],
        subject,
        low,
        high,
        values.get("hedge", "exact"),
        values["source"],
        values.get("unit", "count"),
        values.get("as_of"),
        values.get("cited_by", ()),
        values.get("url"),
        path,
        mark[0],
        period=values.get("period"),
        event=values.get("event"),
    )


def parse(raw, path: str, lexicon: Lexicon) -> ReferenceSet:
    """Validate a parsed reference document against `lexicon`; every problem is raised together,
    in the order of the file."""
    raw = _raw(raw, path)
    v = Validator(path)
    top = _top_spec(lexicon).validate(raw, getattr(raw, "mark", (1, 1)), "", v)
    sources = {
        sid: build_entry("sources", sid, spec)
        for sid, spec in (top or {}).get("sources", {}).items()
    }
    known_sources = {**lexicon.sources, **sources}
    for sid, source in sources.items():
        for member in source.includes:
            if member not in known_sources:
                v.report(
                    f"source {sid}: includes unknown source {member!r}", top["sources"].marks[sid]
                )
    default_subject = (top or {}).get("subject")
    facts = _facts(raw, lexicon, known_sources, default_subject, v)
    if v.problems:
        raise InputError(sorted(v.problems, key=lambda p: (p.line or 0, p.column or 0)))
    facts += derive(facts, lexicon)
    named = packs_named(raw, path)
    return ReferenceSet(tuple(facts), sources, default_subject, (path,), tuple(named))


def load(path, lexicon: Lexicon) -> ReferenceSet:
    return parse(yamlpos.read(path), str(path), lexicon)
