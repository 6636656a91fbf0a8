"""Rule packs: the domain vocabulary (metrics, subjects, sources, hedges, attribution cues,
check severities) loaded from YAML, validated with positions, merged, and frozen.

The default pack is the top-level `rules/` directory; `--rules DIR` adds packs on top of it
(later packs add entries and override same-named ones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from checker import yamlpos
from checker.errors import InputError, Problem

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
SEVERITIES = ("error", "warning", "info")
INTERVAL_KINDS = ("point", "around", "above", "from", "to", "below", "under")


def cue_pattern(cues) -> re.Pattern | None:
    """One case-insensitive regex matching any cue on word boundaries, longest cue first."""
    cues = sorted({c for c in cues if c}, key=len, reverse=True)
    if not cues:
        return None
    parts = []
    for cue in cues:
        body = re.escape(cue).replace(r"\ ", r"\s+")
        left = r"(?<![\w])" if cue[0].isalnum() else ""
        right = r"(?![\w])" if cue[-1].isalnum() else ""
        parts.append(left + body + right)
    return re.compile("|".join(parts), re.IGNORECASE)


@dataclass(frozen=True)
class Metric:
    id: str
    cues: tuple[str, ...]
    weak_cues: tuple[str, ...] = ()
    description: str = ""
    units: tuple[str, ...] = ()  # a figure in one of these units counts this metric unless a cue says otherwise
    whole: str | None = None  # the metric of the whole this metric is a part of ("4,000 killed out of 12,000")


@dataclass(frozen=True)
class Subject:
    id: str
    cues: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class Source:
    id: str
    aliases: tuple[str, ...]
    name: str = ""
    kind: str = ""
    includes: tuple[str, ...] = ()  # a group's members: a figure of a member is also the group's


@dataclass(frozen=True)
class Hedge:
    id: str
    interval: str
    tolerance: float = 0.0
    upper_bound: bool = False
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class RulePack:
    metrics: dict[str, Metric]
    derived: dict[str, tuple[str, ...]]
    subjects: dict[str, Subject]
    sources: dict[str, Source]
    hedges: dict[str, Hedge]
    consistency_tolerance: float
    attribution: dict
    severities: dict[str, str]
    text: dict
    origin: tuple[str, ...] = field(default=(), compare=False)

    def with_sources(self, extra: dict[str, Source]) -> "RulePack":
        """A copy with more sources (from a reference set); aliases of a known id are merged."""
        merged = dict(self.sources)
        for sid, src in extra.items():
            if sid in merged:
                old = merged[sid]
                merged[sid] = Source(sid, tuple(dict.fromkeys(old.aliases + src.aliases)), old.name or src.name, old.kind,
                                     tuple(dict.fromkeys(old.includes + src.includes)))
            else:
                merged[sid] = src
        return RulePack(self.metrics, self.derived, self.subjects, merged, self.hedges, self.consistency_tolerance,
                        self.attribution, self.severities, self.text, self.origin)

    # Compiled matchers, built once per pack on first use.
    @cached_property
    def metric_patterns(self) -> dict[str, tuple[re.Pattern | None, re.Pattern | None]]:
        return {m.id: (cue_pattern(m.cues), cue_pattern(m.weak_cues)) for m in self.metrics.values()}

    @cached_property
    def subject_patterns(self) -> dict[str, re.Pattern]:
        return {s.id: cue_pattern(s.cues) for s in self.subjects.values() if s.cues}

    @cached_property
    def alias_index(self) -> dict[str, str]:
        """lower-cased alias -> source id (the id itself is an alias too)."""
        index = {}
        for src in self.sources.values():
            for alias in (src.id, *src.aliases):
                index.setdefault(_fold(alias), src.id)
        return index

    @cached_property
    def alias_pattern(self) -> re.Pattern | None:
        return cue_pattern([a for src in self.sources.values() for a in (src.id, *src.aliases)])

    @cached_property
    def vague_ranges(self) -> dict[str, tuple[float, float] | None]:
        """Folded vague phrase -> (low, high), or None for a phrase that is not a figure ("a few")."""
        table = self.text.get("vague") or {}
        if not isinstance(table, dict):  # an old-style list: phrases that are not figures
            return {_fold(str(p)): None for p in table}
        return {_fold(str(p)): (float(b[0]), float(b[1])) if b else None for p, b in table.items()}

    @cached_property
    def _patterns(self) -> dict:
        return {}

    def memo(self, key: str, build):
        """A value derived from this pack, built once (e.g. attribution's alias tables)."""
        if ("memo", key) not in self._patterns:
            self._patterns[("memo", key)] = build()
        return self._patterns[("memo", key)]

    def pattern(self, *keys: str) -> re.Pattern | None:
        """Compiled cue list from the attribution or text section, e.g. pattern('attribution', 'after_source')."""
        if keys not in self._patterns:
            value = {"attribution": self.attribution, "text": self.text}[keys[0]]
            for key in keys[1:]:
                value = value.get(key, ()) if isinstance(value, dict) else ()
            self._patterns[keys] = cue_pattern(value)
        return self._patterns[keys]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


fold = _fold


# ---------------------------------------------------------------- loading and validation

_SECTIONS = ("metrics", "derived", "subjects", "sources", "hedges", "consistency_tolerance", "attribution", "checks", "text")


def _strings(value, path, mark, what) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise InputError(Problem(path, f"{what} must be a list of strings", *mark))
    if not all(str(v).strip() for v in value):
        raise InputError(Problem(path, f"{what} must not hold an empty string", *mark))
    return tuple(str(v) for v in value)


# The shape of every key in the attribution and text sections: a cue list, a table of cue lists,
# a number, or (text `vague:`) its own check below.
_LIST, _LISTS, _NUMBER = "a list of strings", "a mapping of names to lists of strings", "a number"
_ATTRIBUTION_KEYS = {**{k: _LIST for k in ("before_source", "after_source", "after_source_near", "citer", "back_references",
                                          "retroactive", "retroactive_after", "negations", "anonymous")},
                     "carry_window": _NUMBER, "similarity": _NUMBER}
_TEXT_KEYS = {**{k: _LIST for k in ("abbreviations", "not_people", "designators", "not_figures", "not_hedges", "furniture",
                                    "revisions")},
              "rates": _LISTS, "part_of": _LISTS, "vague": "vague"}


def _check_keys(section, title: str, shapes: dict, path: str) -> None:
    """Every key known, every value of its shape, or InputError at the key's position."""
    for key, value in section.items():
        mark = yamlpos.mark_of(section, key)
        shape = shapes.get(key)
        if shape is None:
            raise InputError(Problem(path, f"{title}: unknown key {key!r} (expected one of: {', '.join(sorted(shapes))})",
                                     *section.key_marks[key]))
        if shape == _LIST:
            _strings(value, path, mark, f"{title} {key}")
        elif shape == _LISTS:
            if not isinstance(value, dict):
                raise InputError(Problem(path, f"{title} {key} must be {_LISTS}", *mark))
            for name, cues in value.items():
                _strings(cues, path, yamlpos.mark_of(value, name), f"{title} {key} {name}")
        elif shape == _NUMBER and (isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0):
            raise InputError(Problem(path, f"{title} {key} must be {_NUMBER} (0 or more)", *mark))


def _table(raw, key, path):
    table = raw.get(key) or {}
    if not isinstance(table, dict):
        raise InputError(Problem(path, f"'{key}' must be a mapping", *yamlpos.mark_of(raw, key)))
    return table


def _parse_file(path: Path, into: dict) -> None:
    name = str(path)
    raw = yamlpos.read(path)
    if raw is None:
        return
    if not isinstance(raw, dict):
        raise InputError(Problem(name, "a rules file must be a mapping of sections", 1, 1))
    for key in raw:
        if key not in _SECTIONS:
            raise InputError(Problem(name, f"unknown section {key!r} (expected one of: {', '.join(_SECTIONS)})",
                                     *raw.key_marks[key]))
    for mid, spec in _table(raw, "metrics", name).items():
        spec = spec or {}
        mark = yamlpos.mark_of(raw["metrics"], mid)
        if not isinstance(spec, dict):
            raise InputError(Problem(name, f"metric {mid}: expected a mapping with 'cues'", *mark))
        into["metrics_at"][str(mid)] = (name, mark)
        into["metrics"][str(mid)] = Metric(str(mid), _strings(spec.get("cues"), name, mark, f"metric {mid} cues"),
                                      _strings(spec.get("weak"), name, mark, f"metric {mid} weak"),
                                      str(spec.get("description", "")),
                                      _strings(spec.get("units"), name, mark, f"metric {mid} units"),
                                      str(spec["whole"]) if spec.get("whole") else None)
    for mid, parts in _table(raw, "derived", name).items():
        mark = yamlpos.mark_of(raw["derived"], mid)
        into["derived"][str(mid)] = _strings(parts, name, mark, f"derived metric {mid}")
        into["derived_at"][str(mid)] = (name, mark)
    for sid, spec in _table(raw, "subjects", name).items():
        spec = spec or {}
        if not isinstance(spec, dict):
            raise InputError(Problem(name, f"subject {sid}: expected a mapping with 'cues'",
                                     *yamlpos.mark_of(raw["subjects"], sid)))
        into["subjects"][str(sid)] = Subject(str(sid), _strings(spec.get("cues"), name, yamlpos.mark_of(raw["subjects"], sid),
                                                           f"subject {sid} cues"), str(spec.get("description", "")))
    for sid, spec in _table(raw, "sources", name).items():
        into["sources"][str(sid)] = parse_source(str(sid), spec, name, yamlpos.mark_of(raw["sources"], sid))
        into["sources_at"][str(sid)] = (name, yamlpos.mark_of(raw["sources"], sid))
    for hid, spec in _table(raw, "hedges", name).items():
        spec = spec or {}
        mark = yamlpos.mark_of(raw["hedges"], hid)
        if not isinstance(spec, dict):
            raise InputError(Problem(name, f"hedge {hid}: expected a mapping with 'interval' and 'cues'", *mark))
        kind = spec.get("interval")
        if kind not in INTERVAL_KINDS:
            raise InputError(Problem(name, f"hedge {hid}: interval must be one of {', '.join(INTERVAL_KINDS)}", *mark))
        cues = spec.get("cues") or {}
        if isinstance(cues, list):
            cues = {"before": cues}
        if not isinstance(cues, dict):
            raise InputError(Problem(name, f"hedge {hid}: cues must be a list or a mapping with before/after", *mark))
        tolerance = spec.get("tolerance", 0.0)
        if not isinstance(tolerance, (int, float)) or not 0 <= tolerance < 1:
            raise InputError(Problem(name, f"hedge {hid}: tolerance must be a number from 0 to 1", *mark))
        into["hedges"][str(hid)] = Hedge(str(hid), kind, float(tolerance), bool(spec.get("upper_bound", False)),
                                    _strings(cues.get("before"), name, mark, f"hedge {hid} cues"),
                                    _strings(cues.get("after"), name, mark, f"hedge {hid} cues"))
    if "consistency_tolerance" in raw:
        value = raw["consistency_tolerance"]
        if not isinstance(value, (int, float)) or not 0 <= value < 1:
            raise InputError(Problem(name, "consistency_tolerance must be a number from 0 to 1",
                                     *yamlpos.mark_of(raw, "consistency_tolerance")))
        into["consistency_tolerance"] = float(value)
    attribution = _table(raw, "attribution", name)
    _check_keys(attribution, "attribution", _ATTRIBUTION_KEYS, name)
    into["attribution"].update(attribution)
    text = _table(raw, "text", name)
    _check_keys(text, "text", _TEXT_KEYS, name)
    vague = text.get("vague") or {}
    if not isinstance(vague, dict):
        raise InputError(Problem(name, "text vague: expected a mapping of phrase to [low, high] or null",
                                 *yamlpos.mark_of(text, "vague")))
    for phrase, bounds in vague.items():
        ok = bounds is None or (isinstance(bounds, list) and len(bounds) == 2 and all(
            isinstance(b, (int, float)) and not isinstance(b, bool) and 0 <= b <= 1e15 for b in bounds)
            and bounds[0] <= bounds[1])
        if not ok:
            raise InputError(Problem(name, f"text vague {phrase!r}: expected [low, high] with 0 <= low <= high, or null",
                                     *yamlpos.mark_of(vague, phrase)))
    into["text"].update(text)
    for check, severity in _table(raw, "checks", name).items():
        if severity is False:  # YAML 1.1 reads a bare `off` as false
            severity = "off"
        if severity not in (*SEVERITIES, "off"):
            raise InputError(Problem(name, f"check {check}: severity must be one of error, warning, info, off",
                                     *yamlpos.mark_of(raw["checks"], check)))
        into["checks"][check] = severity
        into["checks_at"][check] = (name, raw["checks"].key_marks[check])


def parse_source(sid: str, spec, path: str, mark) -> Source:
    spec = spec or {}
    if not isinstance(spec, dict):
        raise InputError(Problem(path, f"source {sid}: expected a mapping with 'aliases'", *mark))
    return Source(sid, _strings(spec.get("aliases"), path, mark, f"source {sid} aliases"),
                  str(spec.get("name", "")), str(spec.get("kind", "")),
                  _strings(spec.get("includes"), path, mark, f"source {sid} includes"))


def load(dirs=()) -> RulePack:
    """The default pack plus any extra pack directories (or single YAML files), in order."""
    into = {"metrics": {}, "derived": {}, "subjects": {}, "sources": {}, "hedges": {}, "attribution": {},
            "text": {}, "checks": {}, "consistency_tolerance": 0.1, "derived_at": {},
            "checks_at": {}, "sources_at": {}, "metrics_at": {}}
    origin = []
    for directory in (DEFAULT_RULES_DIR, *map(Path, dirs)):
        if directory.is_file():
            files = [directory]
        elif directory.is_dir():
            files = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
        else:
            raise InputError(Problem(str(directory), "no such rules directory or file"))
        for path in files:
            _parse_file(path, into)
            origin.append(str(path))
    for mid, metric in into["metrics"].items():
        if metric.whole is not None and metric.whole not in into["metrics"]:
            path, mark = into["metrics_at"][mid]
            raise InputError(Problem(path, f"metric {mid}: 'whole' names unknown metric {metric.whole!r}", *mark))
    for mid, parts in into["derived"].items():
        for part in (mid, *parts):
            if part not in into["metrics"]:
                path, mark = into["derived_at"][mid]
                raise InputError(Problem(path, f"derived metric {mid}: unknown metric {part!r}", *mark))
    for sid, source in into["sources"].items():
        for member in source.includes:
            if member not in into["sources"]:
                path, mark = into["sources_at"][sid]
                raise InputError(Problem(path, f"source {sid}: includes unknown source {member!r}", *mark))
    from checker.checks import REGISTRY  # imported here: checks depends on this module

    for check, (path, mark) in into["checks_at"].items():
        if check not in REGISTRY:
            raise InputError(Problem(path, f"unknown check {check!r} (valid: {', '.join(REGISTRY)})", *mark))
    if "exact" not in into["hedges"]:
        into["hedges"]["exact"] = Hedge("exact", "point")
    return RulePack(into["metrics"], into["derived"], into["subjects"], into["sources"], into["hedges"],
                    into["consistency_tolerance"], into["attribution"], into["checks"], into["text"], tuple(origin))


_DEFAULT: RulePack | None = None


def default() -> RulePack:
    """The shipped pack, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load()
    return _DEFAULT
