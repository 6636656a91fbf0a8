"""Packs on disk: finding them, validating each file, and merging them in order.

A pack is a directory of YAML files (or one file) with any of these sections: `metrics`,
`derived`, `subjects`, `sources`, `hedges` (entries), `numbers`, `time`, `attribution`, `text`,
`limits` (the language), and `checks` (severity overrides). The language pack
`rules/language/en/` always comes first; topic packs (`rules/topics/NAME/`, or a directory named
by path) are added by reference sets (`packs:`) and `--pack`. A later pack **extends** the lists
it names and overrides scalars; `{replace: [...]}` (or `replace: true` in an entry) replaces.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError, Problem
from checker.inputs import yamlpos
from checker.lexicon.schema import INVALID, CueList, Custom, Record, Table, Validator
from checker.lexicon.sections import ENTRY_SPECS, ENTRY_TITLES, LANGUAGE_SECTIONS, section_spec
from checker.model import Severity

# rules/ beside checker/ in a checkout; checker/rules inside an installed wheel
_CHECKOUT = Path(__file__).resolve().parent.parent.parent / "rules"
RULES_DIR = _CHECKOUT if _CHECKOUT.is_dir() else Path(__file__).resolve().parent.parent / "rules"
LANGUAGE_DIR = RULES_DIR / "language" / "en"
TOPICS_DIR = RULES_DIR / "topics"
OFF = "off"


class _Parts(CueList):
    """A derived metric's parts: a later pack's list replaces the earlier one."""

    def merge(self, old, new):
        return getattr(new, "value", new)


def _severity(value, mark, what, v):
    if value is False:  # YAML 1.1 reads a bare `off` as false
        value = OFF
    if value not in (*Severity.names(), OFF):
        v.report(
            f"check {what.split()[-1]}: severity must be one of error, warning, info, off", mark
        )
        return INVALID
    return value


SECTIONS = {
    **{
        kind: Table(
            spec, message=f"'{kind}' must be a mapping", item_what=f"{ENTRY_TITLES[kind]} {{name}}"
        )
        for kind, spec in ENTRY_SPECS.items()
    },
    "derived": Table(
        _Parts(), message="'derived' must be a mapping", item_what="derived metric {name}"
    ),
    **{name: section_spec(cls, name) for name, cls in LANGUAGE_SECTIONS.items()},
    "checks": Table(
        Custom(_severity), message="'checks' must be a mapping", item_what="checks {name}"
    ),
}
PACK_FILE = Record(
    SECTIONS,
    message="a pack file must be a mapping of sections",
    unknown="unknown section {key!r} (expected one of: {expected})",
)


@dataclass
class Merged:
    """Sections merged over all pack files so far, and where each named entry was last defined."""

    sections: dict = field(default_factory=dict)
    where: dict = field(default_factory=dict)  # (section, name) -> (path, mark)
    files: list[str] = field(default_factory=list)


def files_of(pack: Path) -> list[Path]:
    """A pack's YAML files: itself, or the .yaml files of its folder. Anything else that exists (a
    pipe, a device) is returned as the file it is, so reading it says what is wrong with it."""
    if not pack.is_dir():
        return [pack]
    return sorted(pack.glob("*.yaml")) + sorted(pack.glob("*.yml"))


def resolve(name: str, relative_to: Path | None = None) -> Path:
    """A pack named in a reference set or on the command line: a shipped topic (`armed-conflict`),
    else a path (relative to the reference set that names it)."""
    shipped = TOPICS_DIR / name
    if "/" not in name and "\\" not in name and shipped.is_dir():
        return shipped
    path = Path(name)
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    return path


def topics() -> list[str]:
    return sorted(p.name for p in TOPICS_DIR.iterdir() if p.is_dir()) if TOPICS_DIR.is_dir() else []


def add_pack(merged: Merged, pack: Path, shown: str | None = None) -> None:
    """Validate and merge every file of one pack; InputError lists every problem."""
    if not pack.exists():
        known = ", ".join(topics())
        raise InputError(
            Problem(shown or str(pack), f"no such pack directory or file (shipped topics: {known})")
        )
    problems = []
    for path in files_of(pack):
        try:
            add_file(merged, path)
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)


def add_file(merged: Merged, path: Path) -> None:
    name = str(path)
    raw = yamlpos.read(path)
    if raw is None:
        return
    v = Validator(name)
    values = PACK_FILE.validate(raw, getattr(raw, "mark", (1, 1)), "", v)
    v.raise_problems()
    for section, value in values.items():
        spec = SECTIONS[section]
        merged.sections[section] = (
            spec.merge(merged.sections.get(section), value)
            if section in merged.sections
            else getattr(value, "value", value)
        )
        marks = getattr(value, "key_marks" if section == "checks" else "marks", {})
        for entry, mark in marks.items():
            if section in ENTRY_SPECS or section in ("derived", "checks"):
                merged.where[(section, entry)] = (name, mark)
    merged.files.append(name)


def cross_check(merged: Merged) -> None:
    """Names that point at other entries must exist: a metric's whole, a derived metric's parts,
    a group source's members."""
    problems = []
    metrics = merged.sections.get("metrics", {})
    sources = merged.sections.get("sources", {})

    def problem(section, name, message):
        path, mark = merged.where.get((section, name), ("", (None, None)))
        problems.append(Problem(path, message, *mark))

    for mid, spec in metrics.items():
        whole = spec.get("whole")
        if whole is not None and whole not in metrics:
            problem("metrics", mid, f"metric {mid}: 'whole' names unknown metric {whole!r}")
    for mid, parts in merged.sections.get("derived", {}).items():
        if mid not in metrics:  # its figures are read from the draft by its own cues
            problem(
                "derived",
                mid,
                f"derived metric {mid}: add {mid!r} under 'metrics:' too, "
                "with the cues that name it",
            )
        for part in parts:
            if part not in metrics:
                problem("derived", mid, f"derived metric {mid}: unknown metric {part!r}")
                break
    for sid, spec in sources.items():
        for member in spec.get("includes", ()):
            if member not in sources:
                problem("sources", sid, f"source {sid}: includes unknown source {member!r}")
    if problems:
        raise InputError(problems)
