"""YAML front matter at the top of a Markdown draft (`---` lines around it), as static-site
generators write it: the draft's `date`, its `slug`, and numcheck's own per-draft settings under
`numcheck:`. Positions in problems are the draft's own lines.

The body is not touched: reading blanks the front matter out, so offsets still match the file.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker import regex_cache
from checker.errors import InputError, Problem
from checker.inputs import yamlpos

PATTERN = regex_cache.compile(
    r"\A---[ \t]*\r?\n(?P<body>.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
SETTINGS_KEY = "numcheck"


@dataclass(frozen=True)
class FrontMatter:
    date: dt.date | None = None
    slug: str | None = None
    settings: yamlpos.Mapping | None = None  # the `numcheck:` mapping, with positions


def parse(text: str, path: str) -> FrontMatter:
    """The front matter of `text`, or an empty one when the draft has none."""
    match = PATTERN.match(text)
    if match is None:
        return FrontMatter()
    data = yamlpos.load("\n" + (match.group("body") or ""), path)  # line 1 is the opening ---
    if data is None:
        return FrontMatter()
    if not isinstance(data, dict):
        raise InputError(Problem(path, "front matter: expected a mapping of keys to values", 2, 1))
    return FrontMatter(_date(data, path), _slug(data, path), _settings(data, path))


def _where(data, key) -> tuple[int, int]:
    return yamlpos.mark_of(data, key)


def _date(data, path: str) -> dt.date | None:
    value = data.get("date")
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            pass
    message = f"front matter: date: expected YYYY-MM-DD, not {value!r}"
    raise InputError(Problem(path, message, *_where(data, "date")))


def _slug(data, path: str) -> str | None:
    value = data.get("slug")
    if value is None or isinstance(value, (str, int)):
        return None if value is None else str(value)
    raise InputError(Problem(path, "front matter: slug: expected text", *_where(data, "slug")))


def _settings(data, path: str) -> yamlpos.Mapping | None:
    value = data.get(SETTINGS_KEY)
    if value is None or isinstance(value, dict):
        return value
    raise InputError(
        Problem(
            path,
            f"front matter: {SETTINGS_KEY}: expected a mapping such as {{checks: {{stale: off}}}}",
            *_where(data, SETTINGS_KEY),
        )
    )
