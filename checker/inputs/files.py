"""Bytes on disk -> text: regular files only, of bounded size, UTF-8 only, with a byte-order mark
dropped; every failure is an InputError."""

from __future__ import annotations

import os
import re
import stat
import sys

from checker.errors import InputError, Problem

MAX_FILE_BYTES = 32 * 1024 * 1024  # a draft or a reference set larger than this is refused
_READ: set[str] = set()  # every file this process has read: no report is ever written over one


def was_read(path) -> bool:
    """Has this process read the file `path` names (a draft, a reference set, a pack, a config, a
    baseline, a gold file), under any name?"""
    try:
        return os.path.realpath(path) in _READ
    except (OSError, ValueError):
        return False


def read_bytes(path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (MAX_FILE_BYTES), or InputError naming
    what is wrong. A FIFO, a device or a directory is refused before it is opened, so nothing
    blocks and nothing endless is read."""
    name, limit = str(path), limit or MAX_FILE_BYTES
    if name == STDIN:
        return _stdin(limit)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise InputError(Problem(name, f"not a regular file ({_kind(info.st_mode)})"))
        if info.st_size > limit:
            raise InputError(
                Problem(name, f"{info.st_size:,} bytes, over the {limit:,}-byte limit")
            )
        with open(path, "rb") as handle:
            _READ.add(os.path.realpath(path))
            data = handle.read(limit + 1)
        if len(data) > limit:  # grew while we read it
            raise InputError(Problem(name, f"over the {limit:,}-byte limit"))
        return data
    except FileNotFoundError:
        raise InputError(Problem(name, "no such file")) from None
    except IsADirectoryError:
        raise InputError(Problem(name, "is a directory, expected a file")) from None
    except PermissionError:
        raise InputError(Problem(name, "permission denied")) from None
    except OSError as exc:
        raise InputError(Problem(name, f"cannot read: {exc.strerror or exc}")) from None


STDIN = "-"  # a draft named "-" is read from standard input, as ruff and Vale do


def _stdin(limit: int) -> bytes:
    """A draft piped in (an editor's buffer), at most `limit` bytes."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError(Problem(STDIN, "standard input is closed"))
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(Problem(STDIN, f"over the {limit:,}-byte limit"))
    return data


def _kind(mode: int) -> str:
    kinds = [(stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "not a file")


def read_text(path) -> str:
    """UTF-8 text of a file, or InputError naming what is wrong and where."""
    return decode(read_bytes(path), str(path))


def decode(data: bytes, name: str) -> str:
    """UTF-8 text of `data` (read from `name`), BOM dropped; UTF-16 with its byte-order mark (as
    Windows editors save "Unicode" text) is read too; binary or anything else is InputError."""
    if data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        try:
            return data.decode("utf-32").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise InputError(Problem(name, f"not valid UTF-32 (at byte {exc.start})")) from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise InputError(Problem(name, f"not valid UTF-16 (at byte {exc.start})")) from None
    if b"\x00" in data:  # anywhere: a NUL is never in text (memchr, fast on any size)
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
