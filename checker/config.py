"""A project's settings: `.numcheck.yaml`, or `[tool.numcheck]` in `pyproject.toml`, found upward
from the working directory (the nearest wins; `.numcheck.yaml` before `pyproject.toml` in one
folder).

```yaml
refs: [stories/flood/reference.yaml]   # reference sets, relative to this file
packs: [armed-conflict]                # topic packs: shipped names or directories
fail-on: warning                       # error (default), warning, info or never
format: text                           # any --format
date: 2025-02-27                       # the drafts' date, or:
date-from: draft                       # draft (its date line, the default), mtime or today
checks: {unattributed: off, stale: error}
exclude: ["archive/**", "*.report.md"] # globs, relative to this file, when walking folders
per-path:
  - paths: ["opinion/**"]
    checks: {unattributed: off}
baseline: numcheck-baseline.json       # findings accepted before (numcheck check --write-baseline)
```

The command line wins over the file, the file over the defaults. `numcheck config` prints every
setting and where it came from. A bad file is `FILE:LINE:COL: message` and exit 2.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import InputError, Problem
from checker.inputs import yamlpos
from checker.inputs.files import read_text
from checker.model import NEVER, Severity

YAML_NAME, PYPROJECT = ".numcheck.yaml", "pyproject.toml"
DATE_FROM = ("draft", "mtime", "today")
OFF = "off"
DEFAULTS: dict[str, Any] = {
    "refs": [],
    "packs": [],
    "fail-on": "error",
    "format": "text",
    "date": None,
    "date-from": "draft",
    "checks": {},
    "exclude": [],
    "per-path": [],
    "baseline": None,
}


class Bad(str):
    """What is wrong with a setting's value (a validator returns it instead of the value)."""


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]  # globs relative to the config file's folder
    checks: dict[str, str]


@dataclass
class Config:
    path: Path | None = None  # the file the settings came from, if any
    values: dict[str, Any] = field(default_factory=lambda: dict(DEFAULTS))
    origins: dict[str, str] = field(default_factory=dict)  # key -> "FILE:LINE", or absent

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else _cwd()

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def origin(self, key: str) -> str:
        return self.origins.get(key, "default")

    def set(self, key: str, value: Any, origin: str) -> None:
        """A value from the command line (or anywhere else) over the file's."""
        self.values[key] = value
        self.origins[key] = origin

    def resolve(self, path: str) -> str:
        """A path named in the file, relative to the file's folder (a pack name stays a name)."""
        candidate = self.root / path
        return str(candidate) if candidate.exists() or "/" in path else path

    def relative(self, path: str) -> str:
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def excluded(self, path: str) -> bool:
        return any(_glob(self.relative(path), pattern) for pattern in self["exclude"])

    def checks_for(self, path: str) -> dict[str, str]:
        """Severities for one draft: the file's `checks:`, then every `per-path` entry that
        matches it, in order."""
        found = dict(self["checks"])
        for override in self["per-path"]:
            if any(_glob(self.relative(path), p) for p in override.paths):
                found.update(override.checks)
        return found


def _glob(path: str, pattern: str) -> bool:
    """fnmatch, where `**/` may also match nothing ('archive/**' matches 'archive/a.md')."""
    return fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(path, pattern.replace("**/", ""))


def _cwd() -> Path:
    """The working folder; when it has been deleted under us, the root (paths given absolutely
    still work, and no config is found above a folder that is gone)."""
    try:
        return Path.cwd()
    except OSError:
        return Path("/")


def find(start: Path | None = None) -> Path | None:
    """The nearest config file at or above `start` (default: the working directory)."""
    here = (start or _cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / YAML_NAME).exists() and not (folder / YAML_NAME).is_dir():
            return folder / YAML_NAME  # a pipe or a device under that name is read, and refused
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "[tool.numcheck]" in _read(pyproject):
            return pyproject
    return None


def _read(path: Path) -> str:
    try:
        return read_text(path)
    except InputError:
        return ""


def load(path: Path | None, checks: tuple[str, ...] = (), formats: tuple[str, ...] = ()) -> Config:
    """The settings in `path` (None: the defaults), validated; every problem raised together.
    `checks` are the valid check names, `formats` the output formats (both discovered by their
    own packages, which are downstream of the settings)."""
    config = Config(path)
    if path is None:
        return config
    raw, marks = _raw(path)
    problems: list[Problem] = []
    for key, value in raw.items():
        mark = marks(key)
        if key not in DEFAULTS:
            problems.append(
                Problem(
                    str(path), f"unknown setting {key!r} (expected: {', '.join(DEFAULTS)})", *mark
                )
            )
            continue
        checked = _CHECKERS[key](value, checks)
        if key == "format" and formats and not isinstance(checked, Bad):
            checked = _choice((*formats, "auto"))(value, checks)
        if isinstance(checked, Bad):
            problems.append(Problem(str(path), f"{key}: {checked}", *mark))
            continue
        config.set(key, checked, f"{path.name}:{mark[0]}" if mark[0] else path.name)
    if problems:
        raise InputError(problems)
    return config


def _raw(path: Path) -> tuple[dict, Any]:
    """The settings as a mapping, and where each key is (line, column)."""
    text = _read(path)
    if path.name == PYPROJECT:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(Problem(str(path), f"not valid TOML: {exc}")) from None
        section = data.get("tool", {}).get("numcheck", {})
        if not isinstance(section, dict):
            raise InputError(Problem(str(path), "[tool.numcheck] must be a table"))
        return section, lambda key: (_toml_line(text, key), 1)
    raw = yamlpos.read(str(path))
    if raw is None:
        return {}, lambda key: (None, None)
    if not isinstance(raw, dict):
        raise InputError(
            Problem(str(path), "expected a mapping of settings", *yamlpos.mark_of(raw, None))
        )
    return raw, lambda key: yamlpos.mark_of(raw, key) or (None, None)


def _toml_line(text: str, key: str) -> int | None:
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == "[tool.numcheck]" or stripped.startswith("[tool.numcheck.")
        elif inside and re.match(rf"['\"]?{re.escape(key)}['\"]?\s*=", stripped):
            return number
    return None


# ------------------------------------------------------------------ one validator per setting


def _strings(value, _checks):
    value = [value] if isinstance(value, str) else value
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        return Bad("expected a list of strings")
    return [str(v) for v in value]


def _choice(options):
    def check(value, _checks):
        if str(value) not in options:
            return Bad(f"expected one of {', '.join(options)}, not {value!r}")
        return str(value)

    return check


def _date(value, _checks):
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return Bad(f"expected a date in YYYY-MM-DD form, not {value!r}")


def _level(value) -> str:
    """A severity or 'off' as written; YAML reads a bare `off` as false."""
    return OFF if value is False else str(value).lower()


def _checks(value, checks):
    if not isinstance(value, dict):
        return Bad("expected a mapping of check to severity or off")
    levels = (*Severity.names(), OFF)
    for name, level in value.items():
        if checks and name not in checks:
            return Bad(f"unknown check {name!r} (valid: {', '.join(checks)})")
        if _level(level) not in levels:
            return Bad(f"{name}: expected one of {', '.join(levels)}, not {level!r}")
    return {str(k): _level(v) for k, v in value.items()}


DRAFT_SETTINGS = ("checks",)  # what a draft's front matter may set under `numcheck:`


def draft_checks(settings, path: str, checks: tuple[str, ...]) -> dict[str, str]:
    """The severities a draft's front matter sets (`numcheck: {checks: {stale: off}}`), validated
    like the config's; a problem is InputError at its place in the draft."""
    if not settings:
        return {}
    for key in settings:
        if key not in DRAFT_SETTINGS:
            raise InputError(
                Problem(
                    path,
                    f"front matter: numcheck: unknown setting {key!r} "
                    f"(expected: {', '.join(DRAFT_SETTINGS)})",
                    *yamlpos.mark_of(settings, key),
                )
            )
    found = _checks(settings.get("checks", {}), checks)
    if isinstance(found, Bad):
        mark = yamlpos.mark_of(settings, "checks")
        raise InputError(Problem(path, f"front matter: numcheck: checks: {found}", *mark))
    return found


def _per_path(value, checks):
    if not isinstance(value, list):
        return Bad("expected a list of {paths: [...], checks: {...}}")
    out = []
    for entry in value:
        if not isinstance(entry, dict) or set(entry) - {"paths", "checks"} or "paths" not in entry:
            return Bad("each entry needs 'paths' (globs) and may have 'checks'")
        paths = _strings(entry["paths"], checks)
        found = _checks(entry.get("checks", {}), checks)
        if isinstance(paths, Bad) or isinstance(found, Bad):
            return paths if isinstance(paths, Bad) else found
        out.append(Override(tuple(paths), found))
    return out


def _path(value, _checks):
    if not isinstance(value, str) or not value:
        return Bad("expected a file name")
    return value


def _format(value, _checks):
    """Any name here; `load` checks it against the output formats it is given."""
    if not isinstance(value, str) or not value:
        return Bad("expected the name of an output format")
    return value


_CHECKERS = {
    "refs": _strings,
    "packs": _strings,
    "fail-on": _choice((*reversed(Severity.names()), NEVER)),
    "format": _format,
    "date": _date,
    "date-from": _choice(DATE_FROM),
    "checks": _checks,
    "exclude": _strings,
    "per-path": _per_path,
    "baseline": _path,
}
