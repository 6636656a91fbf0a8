"""Bytes on disk -> text: UTF-8 only, with a byte-order mark dropped; every failure is an
InputError."""

from __future__ import annotations

import re
from pathlib import Path

from checker.errors import InputError, Problem

_NUL_SCAN = 8192  # a NUL byte in the first this many bytes marks a binary file


def read_bytes(path) -> bytes:
    """The bytes of a file, or InputError naming what is wrong."""
    name = str(path)
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(Problem(name, "no such file")) from None
    except IsADirectoryError:
        raise InputError(Problem(name, "is a directory, expected a file")) from None
    except PermissionError:
        raise InputError(Problem(name, "permission denied")) from None
    except OSError as exc:
        raise InputError(Problem(name, f"cannot read: {exc.strerror or exc}")) from None


def read_text(path) -> str:
    """UTF-8 text of a file, or InputError naming what is wrong and where."""
    return decode(read_bytes(path), str(path))


def decode(data: bytes, name: str) -> str:
    """UTF-8 text of `data` (read from `name`), BOM dropped; binary or non-UTF-8 is InputError."""
    if b"\x00" in data[:_NUL_SCAN]:
        raise InputError(
            Problem(name, "binary file (contains NUL bytes), expected UTF-8 text")
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position_of_byte(data, exc.start)
        raise InputError(
            Problem(name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", line, column)
        ) from None
    return text.removeprefix("\ufeff")


def _position_of_byte(data: bytes, at: int) -> tuple[int, int]:
    prefix = data[:at].decode("utf-8", errors="replace").removeprefix("\ufeff")
    breaks = list(re.finditer(r"\r\n|\n|\r", prefix))
    return len(breaks) + 1, len(prefix) - (breaks[-1].end() if breaks else 0) + 1
