"""Output formats: one module per format, each defining `FORMAT`; `FORMATS` finds them all.

Adding a format is adding one module here (and its test file). `scores` and `listing` render
`numcheck eval` and `numcheck checks`/`lexicon`, and `discrepancies` gathers the content the `html`
and `markdown` formats share; they are not formats.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import MappingProxyType

from checker.output.base import Format, Report, plural

__all__ = ["FORMATS", "CHECK_FORMATS", "EXTRACT_FORMATS", "Format", "Report", "plural"]


def _discover() -> dict[str, Format]:
    found = {}
    for info in pkgutil.iter_modules(__path__):
        fmt = getattr(importlib.import_module(f"{__name__}.{info.name}"), "FORMAT", None)
        if isinstance(fmt, Format):
            found[fmt.name] = fmt
    order = ["text", "json", "line", "github"]
    return dict(
        sorted(
            found.items(),
            key=lambda item: (order.index(item[0]) if item[0] in order else len(order), item[0]),
        )
    )


FORMATS: MappingProxyType = MappingProxyType(_discover())
CHECK_FORMATS = tuple(FORMATS)
EXTRACT_FORMATS = tuple(name for name, fmt in FORMATS.items() if fmt.extract is not None)
