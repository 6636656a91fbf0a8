"""Schema-driven validation of YAML read with positions (`yamlpos`).

A schema is a tree of small specs (`Text`, `Number`, `CueList`, `Table`, `Record`...). A `Validator`
walks a yamlpos tree with one and returns plain Python values; every problem is recorded with its
FILE:LINE:COL, so one run reports them all, and an unusable value comes back as `INVALID`.
Each spec also knows how a later pack's value combines with an earlier one (`merge`): lists
extend, tables merge per key, scalars override, and `{replace: ...}` replaces. Packs, reference
sets and gold files are all validated this way.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any, Callable

from checker.errors import InputError, Problem
from checker.inputs import yamlpos
from checker.lexicon.cues import Cues


class _Invalid:
    def __repr__(self) -> str:
        return "INVALID"

    def __bool__(self) -> bool:
        return False


INVALID: Any = _Invalid()


@dataclass(frozen=True)
class Replace:
    """A pack value given as `{replace: ...}`: it replaces the earlier value instead of extending
    it."""

    value: Any


class Validator:
    """Collects problems for one file while specs check its values."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def report(self, message: str, mark) -> None:
        self.problems.append(Problem(self.path, message, *(mark or (None, None))))

    def check(self, value, spec: "Spec", mark, what: str = ""):
        return spec.validate(value, mark, what, self)

    def raise_problems(self) -> None:
        if self.problems:
            raise InputError(self.problems)


class Spec:
    """What a value must be. Subclasses override `validate` (and `merge` when combining differs)."""

    def validate(self, value, mark, what: str, v: Validator):
        raise NotImplementedError

    def merge(self, old, new):
        return new.value if isinstance(new, Replace) else new


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Text(Spec):
    """A string (numbers are read as their text); `nonempty` rejects blank strings."""

    def __init__(self, nonempty: bool = False, message: str = "{what} must be text"):
        self.nonempty, self.message = nonempty, message

    def validate(self, value, mark, what, v):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            v.report(self.message.format(what=what, value=value), mark)
            return INVALID
        text = str(value)
        if self.nonempty and not text.strip():
            v.report(f"{what} must not be empty", mark)
            return INVALID
        return text


class Flag(Spec):
    def validate(self, value, mark, what, v):
        if not isinstance(value, bool):
            v.report(f"{what} must be true or false", mark)
            return INVALID
        return value


class Number(Spec):
    """A finite number within [low, high] (`high_open`: strictly below high); `integer` wants a
    whole one."""

    def __init__(
        self,
        low: float | None = None,
        high: float | None = None,
        high_open: bool = False,
        integer: bool = False,
        message: str | None = None,
    ):
        self.low, self.high, self.high_open, self.integer, self.message = (
            low,
            high,
            high_open,
            integer,
            message,
        )

    def ok(self, value) -> bool:
        try:
            if (
                not _is_number(value)
                or not math.isfinite(value)
                or (self.integer and not float(value).is_integer())
            ):
                return False
        except OverflowError:  # an integer of 400 digits
            return False
        if self.low is not None and value < self.low:
            return False
        return self.high is None or (value < self.high if self.high_open else value <= self.high)

    def validate(self, value, mark, what, v):
        if not self.ok(value):
            v.report(
                (self.message or "{what} must be {shape}").format(
                    what=what, value=value, shape=self.shape
                ),
                mark,
            )
            return INVALID
        return int(value) if self.integer else value

    @property
    def shape(self) -> str:
        kind = "a whole number" if self.integer else "a number"
        if self.low is not None and self.high is not None:
            return f"{kind} from {self.low:g} to {self.high:g}"
        if self.low is not None:
            return f"{kind} ({self.low:g} or more)"
        return kind


class Choice(Spec):
    def __init__(self, options, message: str = "{what} must be one of {options}"):
        self.options, self.message = tuple(options), message

    def validate(self, value, mark, what, v):
        if value not in self.options:
            v.report(
                self.message.format(
                    what=what, value=value, options=", ".join(map(str, self.options))
                ),
                mark,
            )
            return INVALID
        return value


class CueList(Spec):
    """A list of non-empty phrases (a bare value is not a list). A later pack's list extends the
    earlier one."""

    def validate(self, value, mark, what, v):
        if isinstance(value, dict) and set(value) == {"replace"}:
            inner = self.validate(value["replace"], yamlpos.mark_of(value, "replace"), what, v)
            return INVALID if inner is INVALID else Replace(inner)
        if value is None:
            return Cues()
        items = value if isinstance(value, list) else []
        truth = next((i for i, x in enumerate(items) if isinstance(x, bool)), None)
        if truth is not None:
            v.report(
                f"{what} holds {str(value[truth]).lower()} where a word was meant: YAML reads a "
                'bare on, off, yes or no as true or false; write the word in quotes ("on")',
                yamlpos.mark_of(value, truth),
            )
            return INVALID
        if not isinstance(value, list) or not all(
            _is_number(x) or isinstance(x, str) for x in value
        ):
            v.report(f"{what} must be a list of strings", mark)
            return INVALID
        if not all(str(x).strip() for x in value):
            v.report(f"{what} must not hold an empty string", mark)
            return INVALID
        return Cues(str(x) for x in value)

    def merge(self, old, new):
        if isinstance(new, Replace):
            return new.value
        return Cues(dict.fromkeys((*(old or ()), *new)))


class Pair(Spec):
    """[low, high] of numbers with low <= high (within `bounds`)."""

    def __init__(
        self,
        low: float = 0,
        high: float | None = None,
        message: str = "{what} must be [low, high]",
        integer: bool = False,
        nullable: bool = False,
        ordered: bool = True,
    ):
        self.item = Number(low, high, integer=integer)
        self.message, self.nullable, self.ordered = message, nullable, ordered

    def validate(self, value, mark, what, v):
        if value is None and self.nullable:
            return None
        if (
            isinstance(value, list)
            and len(value) == 2
            and all(self.item.ok(x) for x in value)
            and (value[0] <= value[1] or not self.ordered)
        ):
            return tuple(value)
        v.report(self.message.format(what=what, value=value), mark)
        return INVALID


class Table(Spec):
    """A mapping of names to values of one spec. A later pack's table adds and overrides entries."""

    def __init__(
        self,
        value: Spec,
        message: str = "{what} must be a mapping",
        item_what: str = "{what} {name}",
    ):
        self.value, self.message, self.item_what = value, message, item_what

    def validate(self, raw, mark, what, v):
        if isinstance(raw, dict) and set(raw) == {"replace"}:
            inner = self.validate(raw["replace"], yamlpos.mark_of(raw, "replace"), what, v)
            return INVALID if inner is INVALID else Replace(inner)
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            v.report(self.message.format(what=what), mark)
            return INVALID
        out = Marked()
        out.mark = mark
        for name, item in raw.items():
            item_mark = yamlpos.mark_of(raw, name)
            if (
                isinstance(name, bool)
                or not isinstance(name, (str, int, float))
                or not str(name).strip()
            ):
                key_mark = getattr(raw, "key_marks", {}).get(name, item_mark)
                v.report(
                    f"{what}: a name must be a word, not {str(name)!r}"
                    + (" (quote it if you mean it)" if str(name).strip() else ""),
                    key_mark,
                )
                continue
            checked = self.value.validate(
                item, item_mark, self.item_what.format(what=what, name=name), v
            )
            if checked is not INVALID:
                out[str(name)] = checked
                out.marks[str(name)] = item_mark
                out.key_marks[str(name)] = getattr(raw, "key_marks", {}).get(name, item_mark)
        return out

    def merge(self, old, new):
        if isinstance(new, Replace):
            return new.value
        merged = Marked(old or {})
        merged.marks = {**getattr(old, "marks", {}), **getattr(new, "marks", {})}
        for name, value in new.items():
            merged[name] = (
                self.value.merge(merged.get(name), value) if name in merged else _unwrap(value)
            )
        return merged


def _unwrap(value):
    return value.value if isinstance(value, Replace) else value


class Marked(dict):
    """A validated mapping that remembers where each entry was written."""

    mark = (1, 1)

    def __init__(self, *args):
        super().__init__(*args)
        self.marks: dict = {}  # name -> where its value was written
        self.key_marks: dict = {}  # name -> where its name was written


@dataclass(frozen=True)
class Field:
    spec: Spec
    required: str | None = None  # the message when the key is missing


class Record(Spec):
    """A mapping with known keys, each of its own spec. `replace: true` in a pack entry replaces
    the earlier one."""

    def __init__(
        self,
        fields: dict[str, Spec | Field],
        message: str = "{what} must be a mapping",
        unknown: str = "{what}: unknown key {key!r} (expected one of: {expected})",
        replaceable: bool = False,
    ):
        self.fields = {k: f if isinstance(f, Field) else Field(f) for k, f in fields.items()}
        self.message, self.unknown, self.replaceable = message, unknown, replaceable

    def validate(self, raw, mark, what, v):
        if raw is None:
            raw = yamlpos.Mapping()
            raw.mark, raw.key_marks, raw.value_marks = mark, {}, {}
        if not isinstance(raw, dict):
            v.report(self.message.format(what=what), mark)
            return INVALID
        out = Marked()
        out.mark = mark
        replace = False
        for key, value in raw.items():
            if self.replaceable and key == "replace":
                replace = (
                    Flag().validate(value, yamlpos.mark_of(raw, key), f"{what} replace", v) is True
                )
                continue
            field = self.fields.get(key)
            if field is None:
                expected = ", ".join(sorted(self.fields))
                v.report(
                    self.unknown.format(what=what, key=key, expected=expected),
                    raw.key_marks.get(key, mark),
                )
                continue
            value_mark = yamlpos.mark_of(raw, key)
            checked = field.spec.validate(value, value_mark, f"{what} {key}".strip(), v)
            if checked is not INVALID:
                out[key] = checked
                out.marks[key] = value_mark
        for key, field in self.fields.items():
            if field.required and key not in raw:
                v.report(field.required.format(what=what, key=key), mark)
        return Replace(out) if replace else out

    def merge(self, old, new):
        if isinstance(new, Replace) or old is None:
            return _unwrap(new)
        merged = Marked(old)
        merged.mark = getattr(old, "mark", (1, 1))
        merged.marks = {**getattr(old, "marks", {}), **getattr(new, "marks", {})}
        for key, value in new.items():
            spec = self.fields[key].spec
            merged[key] = spec.merge(merged[key], value) if key in merged else _unwrap(value)
        return merged


class Custom(Spec):
    """A value checked by a function: `check(value, mark, what, validator)` returns it or
    INVALID."""

    def __init__(self, check: Callable):
        self.check = check

    def validate(self, value, mark, what, v):
        return self.check(value, mark, what, v)


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


def name_of(value) -> str | None:
    """A vocabulary name (metric, subject, hedge, source, id) must be a plain scalar."""
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def date_value(value) -> dt.date | None:
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None
