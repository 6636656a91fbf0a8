"""Inputs: files on disk -> `Document`s (text, 1-based positions, the date given on the command
line).

`read(path, date)` reads one draft; `expand_paths(paths)` turns the command line's files and
directories into the drafts to check. Every input-file failure mode (missing, unreadable, binary,
non-UTF-8, empty) becomes an `InputError` naming the file and, where it makes sense, the position.
"""

from checker.inputs.document import Document, read
from checker.inputs.files import read_text
from checker.inputs.paths import DRAFT_SUFFIXES, expand_paths

__all__ = ["Document", "read", "read_text", "expand_paths", "DRAFT_SUFFIXES"]
