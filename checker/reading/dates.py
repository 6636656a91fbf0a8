"""The dateparser adapter: the only module that imports dateparser.

`parse(phrase, base)` reads a month phrase ("January", "Jan. 27", "June 2024") relative to the
draft's date and returns a date, or None. dateparser is imported on first use.
"""

from __future__ import annotations

import datetime as dt
import warnings
from functools import lru_cache


@lru_cache(maxsize=1)
def _dateparser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import dateparser

    return dateparser


@lru_cache(maxsize=4096)
def parse(phrase: str, base: dt.date | None) -> dt.date | None:
    settings = {
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = _dateparser().parse(phrase, languages=["en"], settings=settings)
        except (
            Exception
        ):  # dateparser raises on some odd inputs; an unparsed date is simply unknown
            return None
    return parsed.date() if parsed else None
