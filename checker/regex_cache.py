"""Compiled regular expressions kept between runs.

Python compiles every pattern anew in each process, and numcheck's cue alternations are large: a
third of a cold check went on compiling them. `compile` looks a pattern up in a table of compiled
programs read once from the user's cache directory and builds only what the table lacks; `save`
writes the table back (atomically) when this run built something new. `remember` keeps the regex
sources built from a pack's cues in the same table, keyed by the cues and by a fingerprint of the
code that builds them, so that a run whose packs (and numcheck) have not changed builds neither the
source nor its program.

The table is named after the interpreter's version and the regex engine's magic number, so another
Python never reads it; it carries a checksum, and the engine validates every program it is given,
so a damaged table costs a recompile, never a wrong match or a crash. Like Python's own
`__pycache__`, it trusts what the user's cache folder holds: it is no defence against someone who
can write there. Where it lives:
`$NUMCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/numcheck`, else `~/.cache/numcheck`;
`NUMCHECK_CACHE_DIR=` (empty) turns it off. A cache that cannot be read or written is skipped
without a word: it only ever saves time.
"""

from __future__ import annotations

import marshal
import os
import re
import stat
import struct
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Callable

try:  # CPython's engine; elsewhere every pattern is compiled the ordinary way
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

_MARK = b"NCRX"  # the file's first bytes, then the payload's length and CRC32 (`_HEADER`)
_HEADER = struct.Struct("<4sQI")
_MAX_BYTES = 64 << 20  # a table larger than this is not read
_KEEP = 2_000  # past this many programs (about 4 MB), a save keeps only those this run used

_table: dict | None = None
_built: dict = {}  # (pattern, flags) -> program, built by this run
_used: set = set()


def _path() -> Path | None:
    configured = os.environ.get("NUMCHECK_CACHE_DIR")
    if configured is not None:
        folder = Path(configured) if configured else None
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "numcheck"
    if folder is None or _sre is None:
        return None
    version = ".".join(map(str, sys.version_info[:3]))
    return folder / f"regex-{sys.implementation.name}-{version}-{_sre.MAGIC}.marshal"


def _read(path: Path | None) -> dict:
    """The table at `path`: a fixed header (a mark, the payload's length and CRC32) checked against
    the file before anything is unmarshalled, so no damage can make the reader allocate or block;
    anything else than a regular file of the right size and checksum is an empty table."""
    if path is None:
        return {}
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_BYTES:
                return {}
            mark, length, checksum = _HEADER.unpack(handle.read(_HEADER.size))
            payload = handle.read(_MAX_BYTES)
        if mark != _MARK or length != len(payload) or zlib.crc32(payload) != checksum:
            return {}
        table = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError, OverflowError, MemoryError, struct.error):
        return {}
    return table if isinstance(table, dict) else {}


def _load() -> dict:
    global _table
    if _table is None:
        _table = _read(_path())
    return _table


def _program(pattern: str, flags: int) -> tuple:
    """What `re.compile` builds for a pattern, as plain data: flags, code, groups and names."""
    parsed = _parser.parse(pattern, flags)
    names = dict(parsed.state.groupdict)
    index = [None] * parsed.state.groups
    for name, i in names.items():
        index[i] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(index))


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (re.compile's name)
    """`re.compile(pattern, flags)`, from the table when it has the pattern."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    program = _load().get(key) or _built.get(key)
    if program is not None:
        try:
            compiled = _sre.compile(pattern, *program)
            _used.add(key)
            return compiled
        except (TypeError, ValueError, RuntimeError):  # a program the engine refuses
            pass
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except re.error:
        raise
    except Exception:  # anything else the private compiler does differently: the public one
        return re.compile(pattern, flags)
    _built[key] = program
    _used.add(key)
    return compiled


def remember(key: tuple[str, ...], build: Callable[[], str], builder: str = "") -> str:
    """`build()`, the regex source `key` names (the cues and settings it is built from), from the
    table when it has it. `builder` names the code that builds it (a fingerprint of its module), so
    that another version of that code never reads this one's sources. The entry's key is a pair of
    strings, never a pattern's (pattern, flags)."""
    if _sre is None:
        return build()
    entry = (f"\0{key[0]}\0{builder}", "\0".join(key[1:]))
    source = _load().get(entry)
    if not isinstance(source, str):
        source = _built.get(entry)
    if not isinstance(source, str):  # an empty source is a source too ("" for no cues)
        source = _built[entry] = build()
    _used.add(entry)
    return source


def fingerprint(path: str) -> str:
    """The CRC32 of a module's file (its `__file__`), for `remember`; "" when it cannot be read."""
    try:
        return format(zlib.crc32(Path(path).read_bytes()), "08x")
    except OSError:
        return ""


def save() -> None:
    """Write the table back when this run built programs it lacked."""
    global _table
    path = _path()
    if not _built or path is None:
        return
    table = {**_load(), **_built}
    if len(table) > _KEEP:
        table = {key: table[key] for key in _used if key in table}
    tmp = None
    try:
        payload = marshal.dumps(table)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(_HEADER.pack(_MARK, len(payload), zlib.crc32(payload)) + payload)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    _table = table
    _built.clear()
