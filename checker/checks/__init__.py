"""The checks: one module per check, each defining `CHECK` (its id, default severity, description,
a failing and a passing example, and its body). `REGISTRY` finds them all, once, and is frozen.

Adding a check is adding one module here (and its test file): nothing else names it.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import MappingProxyType

from checker.checks.base import Check, ClaimCheck, Context, Issue, ReadingCheck

__all__ = [
    "REGISTRY",
    "Check",
    "ClaimCheck",
    "ReadingCheck",
    "Context",
    "Issue",
    "UnknownCheck",
    "validate_names",
]

_NOT_CHECKS = {"base", "common"}


def _discover() -> dict[str, Check]:
    found: dict[str, Check] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_CHECKS:
            continue
        check = getattr(importlib.import_module(f"{__name__}.{info.name}"), "CHECK", None)
        if isinstance(check, Check):
            found[check.id] = check
    return dict(sorted(found.items()))


REGISTRY: MappingProxyType = MappingProxyType(_discover())


class UnknownCheck(ValueError):
    def __init__(self, name: str):
        super().__init__(f"unknown check {name!r} (valid: {', '.join(REGISTRY)})")


def validate_names(names) -> None:
    for name in names:
        if name not in REGISTRY:
            raise UnknownCheck(name)
