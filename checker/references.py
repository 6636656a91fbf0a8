"""Reference sets: the known figures (`Fact`s) and their sources, loaded from YAML and validated.

`load(path, rules)` returns a `ReferenceSet` or raises `InputError` listing every problem as
FILE:LINE:COL (unknown metric, subject, hedge or source; missing or malformed value or range;
duplicate id; bad date or period; bad YAML). Derived metrics (rules `derived:`) are added as facts:
NIS's killed + wounded becomes NIS's casualties unless NIS gives casualties for that date.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from checker import dates, yamlpos
from checker.errors import InputError, Problem
from checker.numbers import Figure
from checker.rules import RulePack, Source, parse_source

_FACT_KEYS = {"id", "metric", "value", "range", "hedge", "source", "as_of", "period", "cited_by", "url", "subject",
              "unit", "note"}
_TOP_KEYS = {"subject", "sources", "facts", "title", "description"}


@dataclass(frozen=True)
class Fact(Figure):
    id: str
    metric: str
    subject: str
    low: float
    high: float
    hedge: str
    source: str
    unit: str = "count"
    as_of: str | None = None
    cited_by: tuple[str, ...] = ()
    url: str | None = None
    path: str = ""
    line: int = 0
    derived_from: tuple[str, ...] = ()
    period: str | None = None  # the time the figure covers ("killed in December and January"), if not as_of

    def when(self) -> tuple[dt.date, dt.date] | None:
        """The time the figure is about: its period, else its as-of date."""
        label = self.period or self.as_of
        return dates.label_span(label) if label else None

    def stated(self) -> tuple[dt.date, dt.date] | None:
        """When the source gave the figure: its as-of date, else its period."""
        label = self.as_of or self.period
        return dates.label_span(label) if label else None

    def to_dict(self) -> dict:
        out = {"id": self.id, "metric": self.metric, "subject": self.subject, "hedge": self.hedge, "source": self.source}
        if self.is_range:
            out["range"] = [self.low, self.high]
        else:
            out["value"] = self.low
        return out


@dataclass(frozen=True)
class ReferenceSet:
    facts: tuple[Fact, ...] = ()
    sources: dict[str, Source] = field(default_factory=dict)
    subject: str | None = None
    paths: tuple[str, ...] = ()

    def merged(self, other: "ReferenceSet") -> "ReferenceSet":
        return ReferenceSet(self.facts + other.facts, {**self.sources, **other.sources},
                            self.subject or other.subject, self.paths + other.paths)

    def by(self, metric: str, subject: str, unit: str) -> list[Fact]:
        return [f for f in self.facts if f.metric == metric and f.subject == subject and f.unit == unit]


def finite_number(value) -> float | None:
    """A finite number from a YAML value ('3,000' is fine), else None."""
    if isinstance(value, bool):
        return None
    try:
        if isinstance(value, (int, float)):
            number = float(value)
        elif isinstance(value, str):
            number = float(value.replace(",", "").replace("_", ""))
        else:
            return None
    except (ValueError, OverflowError):  # 'lots', or an integer of 400 digits
        return None
    return number if math.isfinite(number) else None


_UNIT = re.compile(r"(?:count|%|[A-Z]{3}|year|month|week|day|hour|minute)(?:/(?:day|week|month|year))?")


def _name(value):
    """A vocabulary name (metric, subject, hedge, source, id) must be a plain scalar."""
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def check_name(value, known, what: str, mark, problem) -> bool:
    """Is `value` a name in the rule pack's `known` table? If not, report it with the valid names."""
    if _name(value) in known:
        return True
    problem(f"unknown {what} {value!r} (known: {', '.join(sorted(known))})", mark)
    return False


def _reversed(label: str) -> bool:
    """'2025/2024': two well-formed ends in the wrong order."""
    parts = label.split("/")
    ends = [dates.label_span(p) for p in parts]
    return len(parts) == 2 and None not in ends and ends[0][0] > ends[1][1]


def _period_label(value) -> str | None:
    """A date or period label ('2025', '2025-01', '2025-01-27', '2024-09/2024-11'), or None if malformed."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and dates.label_span(value) is not None:
        return value.strip()
    return None


def parse(raw, path: str, rules: RulePack) -> ReferenceSet:
    """Validate a parsed reference document; every problem is collected, then raised together."""
    problems: list[Problem] = []

    def problem(message, mark):
        problems.append(Problem(path, message, *mark))

    if raw is None:
        raise InputError(Problem(path, "empty reference set: expected 'facts:'", 1, 1))
    if not isinstance(raw, dict):
        raise InputError(Problem(path, "a reference set must be a mapping with 'facts:'", *getattr(raw, "mark", (1, 1))))
    for key in raw:
        if key not in _TOP_KEYS:
            problem(f"unknown key {key!r} (expected one of: {', '.join(sorted(_TOP_KEYS))})", raw.key_marks[key])
    default_subject = raw.get("subject")
    if default_subject is not None:
        check_name(default_subject, rules.subjects, "subject", yamlpos.mark_of(raw, "subject"), problem)
    sources: dict[str, Source] = {}
    raw_sources = raw.get("sources") or {}
    if not isinstance(raw_sources, dict):
        problem("'sources' must be a mapping of source id to {aliases: [...]}", yamlpos.mark_of(raw, "sources"))
    else:
        for sid, spec in raw_sources.items():
            try:
                sources[str(sid)] = parse_source(str(sid), spec, path, yamlpos.mark_of(raw_sources, sid))
            except InputError as exc:
                problems.extend(exc.problems)
    known_sources = {**rules.sources, **sources}
    for sid, source in sources.items():
        for member in source.includes:
            if member not in known_sources:
                problem(f"source {sid}: includes unknown source {member!r}", yamlpos.mark_of(raw_sources, sid))
    facts_raw = raw.get("facts")
    facts: list[Fact] = []
    if facts_raw is None:
        problem("missing 'facts:' list", raw.mark)
    elif not isinstance(facts_raw, list):
        problem("'facts' must be a list", yamlpos.mark_of(raw, "facts"))
    else:
        seen: dict[str, int] = {}
        for index, item in enumerate(facts_raw):
            mark = yamlpos.mark_of(facts_raw, index)
            if not isinstance(item, dict):
                problem("a fact must be a mapping with id, metric, value or range, and source", mark)
                continue
            fid = _name(item.get("id"))
            if fid in seen:  # reported even when either fact has other problems
                problem(f"duplicate id {fid!r} (first at line {seen[fid]})", yamlpos.mark_of(item, "id"))
            elif fid:
                seen[fid] = mark[0]
            fact = _parse_fact(item, mark, path, rules, known_sources, default_subject, problem)
            if fact is not None and seen.get(fact.id) == mark[0]:
                facts.append(fact)
    if problems:
        raise InputError(problems)
    facts += derive(facts, rules)
    return ReferenceSet(tuple(facts), sources, default_subject, (path,))


def _parse_fact(item, mark, path, rules, known_sources, default_subject, problem) -> Fact | None:
    ok = True
    for key in item:
        if key not in _FACT_KEYS:
            problem(f"unknown fact key {key!r} (expected one of: {', '.join(sorted(_FACT_KEYS))})", item.key_marks[key])
            ok = False
    fid = _name(item.get("id"))
    if fid is None or fid == "":
        problem("fact has no 'id'", mark)
        ok = False
    metric = item.get("metric")
    if metric is None:
        problem("fact has no 'metric'", mark)
        ok = False
    elif not check_name(metric, rules.metrics, "metric", yamlpos.mark_of(item, "metric"), problem):
        ok = False
    subject = item.get("subject", default_subject)
    if subject is None:
        problem("fact has no 'subject' and the file sets no default 'subject:'", mark)
        ok = False
    elif not check_name(subject, rules.subjects, "subject", yamlpos.mark_of(item, "subject"), problem):
        ok = False
    low = high = None
    if "value" in item and "range" in item:
        problem("give either 'value' or 'range', not both", yamlpos.mark_of(item, "range"))
        ok = False
    elif "value" in item:
        low = high = finite_number(item["value"])
        if low is None or low < 0:
            problem(f"value must be a non-negative number, got {item['value']!r}", yamlpos.mark_of(item, "value"))
            ok = False
    elif "range" in item:
        rng = item["range"]
        bounds = [finite_number(v) for v in rng] if isinstance(rng, list) and len(rng) == 2 else None
        if not bounds or None in bounds or bounds[0] < 0 or bounds[0] > bounds[1]:
            problem(f"range must be [low, high] with 0 <= low <= high, got {rng!r}", yamlpos.mark_of(item, "range"))
            ok = False
        else:
            low, high = bounds
    else:
        problem("fact has no 'value' or 'range'", mark)
        ok = False
    hedge = item.get("hedge", "exact")
    if not check_name(hedge, rules.hedges, "hedge", yamlpos.mark_of(item, "hedge"), problem):
        ok = False
    source = item.get("source")
    if source is None:
        problem("fact has no 'source'", mark)
        ok = False
    elif _name(source) not in known_sources:
        problem(f"unknown source {source!r}: add it under 'sources:' in this file or in the rules", yamlpos.mark_of(item, "source"))
        ok = False
    cited_by = item.get("cited_by") or []
    if isinstance(cited_by, str):
        cited_by = [cited_by]
    if not isinstance(cited_by, list):
        problem("cited_by must be a list of source ids", yamlpos.mark_of(item, "cited_by"))
        ok = False
        cited_by = []
    for citer in cited_by:
        if _name(citer) not in known_sources:
            problem(f"unknown source {citer!r} in cited_by", yamlpos.mark_of(item, "cited_by"))
            ok = False
    labels = {}
    for key in ("as_of", "period"):
        if key in item:
            labels[key] = _period_label(item[key])
            if labels[key] is None:
                reversed_span = isinstance(item[key], str) and _reversed(item[key])
                problem(f"bad {key} {item[key]!r}: " + ("START is after END" if reversed_span else
                                                         "use YYYY, YYYY-MM, YYYY-MM-DD or START/END"),
                        yamlpos.mark_of(item, key))
                ok = False
    unit = _name(item.get("unit", "count"))
    if unit is None or not _UNIT.fullmatch(unit):
        problem(f"unit must be count, %, a currency code (USD) or a duration, optionally per day/week/month/year "
                f"(count/day, USD/month), not {item.get('unit')!r}", yamlpos.mark_of(item, "unit"))
        ok = False
    if not ok:
        return None
    return Fact(str(fid), metric, subject, low, high, hedge, str(source), unit, labels.get("as_of"),
                tuple(str(c) for c in cited_by), item.get("url"), path, mark[0], period=labels.get("period"))


def derive(facts: list[Fact], rules: RulePack) -> list[Fact]:
    """Facts for derived metrics (casualties = killed + wounded) from one source, subject and date."""
    out = []
    have = {(f.metric, f.subject, f.source, f.as_of) for f in facts}
    for metric, parts in rules.derived.items():
        groups: dict[tuple, dict[str, Fact]] = {}
        for f in facts:
            if f.metric in parts:
                groups.setdefault((f.subject, f.source, f.as_of, f.unit), {})[f.metric] = f
        for (subject, source, as_of, unit), found in groups.items():
            if len(found) != len(parts) or (metric, subject, source, as_of) in have:
                continue
            members = [found[p] for p in parts]
            hedges = {m.hedge for m in members}
            hedge = "exact" if hedges == {"exact"} else ("about" if "about" in hedges and "about" in rules.hedges else members[0].hedge)
            out.append(Fact("+".join(m.id for m in members), metric, subject, sum(m.low for m in members),
                            sum(m.high for m in members), hedge, source, unit, as_of,
                            tuple(dict.fromkeys(c for m in members for c in m.cited_by)), None, members[0].path,
                            members[0].line, tuple(m.id for m in members), members[0].period))
    return out


def load(path, rules: RulePack) -> ReferenceSet:
    return parse(yamlpos.read(path), str(path), rules)
