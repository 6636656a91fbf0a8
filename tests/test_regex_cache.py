"""checker/regex_cache.py: a pattern from the table is the very pattern `re.compile` builds, the
table survives the process, and a missing, damaged or unwritable table only costs time."""

import marshal
import os
import re
import struct
import subprocess
import sys
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import regex_cache
from tests.conftest import ROOT, SEEDS

PATTERNS = [
    (r"\d+(?:,\d{3})*", 0),
    (r"(?P<value>\d+)\s+(?P<unit>people|deaths)", re.IGNORECASE),
    (r"(?<![\w])(?:according\s+to|said)(?![\w])", re.IGNORECASE),
    (r"^\s*#.*$", re.MULTILINE),
    (
        r"""(?x) \d+   # digits
         (?:\.\d+)?  # decimals""",
        0,
    ),
    (r"[\u00a0\u2009\u202f]", 0),
    (r"(a)|(b)", 0),
    (r"é+", re.IGNORECASE | re.UNICODE),
    (r"\bword\b", re.ASCII),
]
TEXTS = ["4,000 people died", "About 300 Deaths", "according to the NIS", "# note\nx", "3.5",
         "4\u00a0000", "ab", "ÉÉé", "a word here"]  # fmt: skip


@pytest.fixture
def table(tmp_path, monkeypatch):
    """A fresh, empty table in its own folder."""
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_table", None)
    monkeypatch.setattr(regex_cache, "_built", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    return tmp_path


def _forget(monkeypatch):
    """As a new process would start: nothing in memory."""
    monkeypatch.setattr(regex_cache, "_table", None)
    monkeypatch.setattr(regex_cache, "_built", {})
    monkeypatch.setattr(regex_cache, "_used", set())


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b  # same pattern, flags and compiled code
    assert (a.groups, a.groupindex) == (b.groups, b.groupindex)
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        assert [m.groups() for m in a.finditer(text)] == [m.groups() for m in b.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_built_and_read_back_is_what_re_compile_builds(table, monkeypatch, pattern, flags):
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    regex_cache.save()
    _forget(monkeypatch)
    monkeypatch.setattr(regex_cache, "_program", lambda *a: pytest.fail("built, not read"))
    _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_the_table_is_one_file_named_after_the_interpreter(table):
    regex_cache.compile(r"\d+")
    regex_cache.save()
    (written,) = table.iterdir()
    assert written.name.startswith(f"regex-{sys.implementation.name}-")
    assert not [p for p in table.iterdir() if p.name.endswith(".tmp")]


def test_nothing_new_writes_nothing(table):
    regex_cache.save()
    assert list(table.iterdir()) == []


def test_empty_setting_turns_it_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", "")
    _forget(monkeypatch)
    monkeypatch.chdir(tmp_path)
    _same(regex_cache.compile(r"x+"), re.compile(r"x+"))
    regex_cache.save()
    assert list(tmp_path.iterdir()) == []


def _unpack(data: bytes) -> tuple[int, bytes]:
    _, _, checksum = regex_cache._HEADER.unpack(data[: regex_cache._HEADER.size])
    return checksum, data[regex_cache._HEADER.size :]


def _pack(payload: bytes, checksum=None) -> bytes:
    crc = zlib.crc32(payload) if checksum is None else checksum
    return regex_cache._HEADER.pack(regex_cache._MARK, len(payload), crc) + payload


def _damage(path, how: str) -> None:
    data = path.read_bytes()
    checksum, payload = _unpack(data)
    table = marshal.loads(payload)
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "noise":
        path.write_bytes(os.urandom(len(data)))
    elif how == "checksum":
        path.write_bytes(_pack(payload, checksum ^ 1))
    elif how == "bad code":  # a well-formed table whose programs the engine must refuse
        bad = {k: (v[0], [999_999] * len(v[1]), *v[2:]) for k, v in table.items()}
        path.write_bytes(_pack(marshal.dumps(bad)))
    elif how == "wrong types":
        path.write_bytes(_pack(marshal.dumps({k: ("x",) for k in table})))
    elif how == "not a table":
        path.write_bytes(_pack(marshal.dumps([1, 2, 3])))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "a huge length":  # read before any check, it would have the reader allocate it
        path.write_bytes(b"(" + struct.pack("<i", 2**31 - 1))
    elif how == "the old format":
        path.write_bytes(marshal.dumps((checksum, payload)))
    elif how == "a FIFO":  # opened without blocking, and refused
        path.unlink()
        os.mkfifo(path)


@pytest.mark.parametrize(
    "how",
    ["truncated", "noise", "checksum", "bad code", "wrong types", "not a table", "empty",
     "a huge length", "the old format", "a FIFO"],
)  # fmt: skip
def test_a_damaged_table_costs_a_recompile_never_a_wrong_pattern(table, monkeypatch, how):
    for pattern, flags in PATTERNS:
        regex_cache.compile(pattern, flags)
    regex_cache.save()
    (path,) = table.iterdir()
    _damage(path, how)
    _forget(monkeypatch)
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))
    regex_cache.save()  # and the next save mends it
    _forget(monkeypatch)
    monkeypatch.setattr(regex_cache, "_program", lambda *a: pytest.fail("built, not read"))
    for pattern, flags in PATTERNS:
        _same(regex_cache.compile(pattern, flags), re.compile(pattern, flags))


def test_an_unwritable_folder_is_skipped_without_a_word(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(blocked / "cache"))
    _forget(monkeypatch)
    _same(regex_cache.compile(r"y+"), re.compile(r"y+"))
    regex_cache.save()
    assert blocked.read_text() == "not a folder"


def test_a_bad_pattern_fails_as_re_compile_does(table):
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")
    with pytest.raises(ValueError):
        regex_cache.compile(r"x", re.ASCII | re.LOCALE)


def test_past_its_size_a_save_keeps_only_what_this_run_used(table, monkeypatch):
    monkeypatch.setattr(regex_cache, "_KEEP", 3)
    for i in range(5):
        regex_cache.compile(f"old{i}")
    regex_cache.save()
    _forget(monkeypatch)
    regex_cache.compile("old0")
    regex_cache.compile("new")
    regex_cache.save()
    (path,) = table.iterdir()
    kept = marshal.loads(_unpack(path.read_bytes())[1])
    assert sorted(pattern for pattern, _ in kept) == ["new", "old0"]


def test_bytes_patterns_and_debug_go_the_ordinary_way(table):
    assert regex_cache.compile(rb"\d+") == re.compile(rb"\d+")
    regex_cache.save()
    assert list(table.iterdir()) == []


_PIECES = st.sampled_from(
    [r"\d", r"\w+", "a", "b", r"\s", "(?:x|y)", "[a-c]", r"\b", "(?P<n>z)", ".", "é"]
)


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(_PIECES, min_size=1, max_size=6), repeat=st.sampled_from(["", "*", "+"]),
       flags=st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL]))  # fmt: skip
def test_any_pattern_read_back_matches_as_re_compile(parts, repeat, flags):
    body = "".join(parts).replace("(?P<n>z)", "(?:z)").replace("(?:z)", "(?P<n>z)", 1)
    pattern = f"(?:{body}){repeat}"
    regex_cache._table, regex_cache._built, regex_cache._used = {}, {}, set()
    built = regex_cache.compile(pattern, flags)
    read = regex_cache.compile(pattern, flags)  # from the table built just now
    _same(built, re.compile(pattern, flags))
    _same(read, re.compile(pattern, flags))
    regex_cache._table, regex_cache._built, regex_cache._used = None, {}, set()


def test_a_check_writes_the_table_and_the_next_check_reads_it(tmp_path):
    env = {**os.environ, "NUMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "checker", "check", str(SEEDS / "003_7c06984ad44548c2.txt"),
               "--refs", str(SEEDS / "reference.yaml"), "--date", "2025-03-01"]  # fmt: skip
    first = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    (written,) = (tmp_path / "cache").iterdir()
    stamp = written.stat().st_mtime_ns
    second = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert first.returncode in (0, 1) and "figures checked" in first.stdout
    assert written.stat().st_mtime_ns == stamp  # everything it needed was there: nothing rewritten


def test_a_remembered_source_is_built_once_and_read_back_by_the_next_run(table, monkeypatch):
    built = []

    def build():
        built.append(1)
        return r"(?:kill(?:ed|s))"

    assert regex_cache.remember(("alternation", "killed", "kills"), build) == r"(?:kill(?:ed|s))"
    assert regex_cache.remember(("alternation", "killed", "kills"), build) == r"(?:kill(?:ed|s))"
    regex_cache.save()
    _forget(monkeypatch)
    assert regex_cache.remember(("alternation", "killed", "kills"), build) == r"(?:kill(?:ed|s))"
    assert built == [1]
    # other cues, or the same cues for another use, are another entry
    regex_cache.remember(("alternation", "killed"), build)
    regex_cache.remember(("inflecting", "killed", "kills"), build)
    assert built == [1, 1, 1]


def test_a_remembered_entry_is_never_taken_for_a_program(table, monkeypatch):
    """A pattern that looks like an entry's key still compiles as itself; an entry that is not a
    string (a damaged table) is built again."""
    regex_cache.remember(("alternation", "a"), lambda: "a")
    regex_cache.save()
    _forget(monkeypatch)
    _same(regex_cache.compile("\0alternation", 0), re.compile("\0alternation"))
    key = next(k for k in regex_cache._load() if k[0].startswith("\0alternation"))
    regex_cache._load()[key] = (0, [1, 2], 0, {}, ())
    assert regex_cache.remember(("alternation", "a"), lambda: "rebuilt") == "rebuilt"


def test_cue_sources_come_from_the_table_in_a_later_run(table, monkeypatch):
    from checker.lexicon import cues

    first = cues.alternation(["killed", "kills", "wounded"])
    inflecting = cues.inflecting_pattern(["raise"], {"e": ["es", "ed", "ing"]}, 3)
    regex_cache.save()
    _forget(monkeypatch)
    monkeypatch.setattr(cues, "_bounded", lambda *a: pytest.fail("built again"))
    assert cues.alternation(["wounded", "kills", "killed"]) == first
    assert cues.inflecting_pattern(["raise"], {"e": ["es", "ed", "ing"]}, 3) == inflecting


def test_another_builder_never_reads_this_one_s_sources(table, monkeypatch):
    """A source is the work of the code that built it: after an upgrade of that code (another
    fingerprint) it is built again, never read back."""
    regex_cache.remember(("alternation", "a"), lambda: "old", "v1")
    regex_cache.save()
    _forget(monkeypatch)
    assert regex_cache.remember(("alternation", "a"), lambda: "new", "v2") == "new"
    assert regex_cache.remember(("alternation", "a"), lambda: "other", "v1") == "old"


def test_an_empty_source_is_remembered_and_writes_nothing_the_next_time(table, monkeypatch):
    assert regex_cache.remember(("alternation",), lambda: "") == ""
    regex_cache.save()
    _forget(monkeypatch)
    assert regex_cache.remember(("alternation",), lambda: pytest.fail("built again")) == ""
    assert not regex_cache._built  # nothing new: the table is not written again


def test_the_cue_builder_is_named_by_its_module_s_fingerprint(tmp_path):
    from checker.lexicon import cues

    module = tmp_path / "m.py"
    module.write_text("a = 1\n")
    first = regex_cache.fingerprint(str(module))
    module.write_text("a = 2\n")
    assert first and regex_cache.fingerprint(str(module)) != first
    assert regex_cache.fingerprint(str(tmp_path / "missing.py")) == ""
    assert cues._builder() == regex_cache.fingerprint(cues.__file__)


def test_inflecting_sources_of_the_same_cues_differ_by_their_settings(table):
    from checker.lexicon import cues

    some = cues.inflecting_pattern(["raise"], {"e": ["es", "ed"]}, 3)
    other = cues.inflecting_pattern(["raise"], {"e": ["ing"]}, 3)
    assert other.search("raising") and not some.search("raising")
    assert cues.inflecting_pattern(["raise"], {"e": ["ing"]}, 9).search("raising") is None
    assert (
        cues.inflecting_pattern(["raise"], {"e": ["ing"]}, 3, literal=["raise"]).search("raising")
        is None
    )
