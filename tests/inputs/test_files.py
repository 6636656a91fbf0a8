"""Reading files: only regular files, of bounded size, as UTF-8 text; folders walked without
recursion; each failure one Problem naming the file."""

import os

import pytest

from checker.errors import InputError
from checker.inputs import expand_paths, files


def problem_of(path, **kw):
    with pytest.raises(InputError) as caught:
        files.read_text(path, **kw) if kw else files.read_text(path)
    [problem] = caught.value.problems
    return problem


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert problem_of(fifo).message == "not a regular file (a FIFO)"


def test_a_device_is_refused_without_reading_it():
    assert problem_of("/dev/zero").message == "not a regular file (a character device)"


def test_a_file_over_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("x" * 1001)
    assert "over the 1,000-byte limit" in problem_of(big).message
    big.write_text("x" * 1000)
    assert files.read_text(big) == "x" * 1000


def test_a_nul_anywhere_is_binary(tmp_path):
    late = tmp_path / "late.txt"
    late.write_bytes(b"About 300 died.\n" * 1000 + b"\x00")
    assert "binary file" in problem_of(late).message


def test_a_folder_a_thousand_deep_is_walked(tmp_path):
    chain = [tmp_path]
    for _ in range(1000):  # made (and removed) one by one: os.makedirs and rmtree recurse
        chain.append(chain[-1] / "d")
        chain[-1].mkdir()
    (chain[-1] / "x.md").write_text("About 300 died.\n")
    try:
        found, problems = expand_paths([str(tmp_path)])
    finally:
        (chain[-1] / "x.md").unlink()
        for folder in reversed(chain[1:]):
            folder.rmdir()
    assert [os.path.basename(f) for f in found] == ["x.md"] and not problems


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_an_unreadable_folder_is_named_not_skipped(tmp_path):
    (tmp_path / "a.md").write_text("About 300 died.\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.md").write_text("About 300 died.\n")
    locked.chmod(0)
    try:
        found, problems = expand_paths([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert [p.path for p in problems] == [str(locked)]
    assert "cannot read this folder" in problems[0].message and len(found) == 1


def test_a_symlink_loop_is_not_followed(tmp_path):
    (tmp_path / "a.md").write_text("About 300 died.\n")
    (tmp_path / "loop").symlink_to(tmp_path)
    found, problems = expand_paths([str(tmp_path)])
    assert len(found) == 1 and not problems


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_its_mark_is_read(tmp_path, encoding):
    path = tmp_path / "win.txt"
    mark = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path.write_bytes(mark + "About 4,000 died.\r\nMore.".encode(encoding))
    assert files.read_text(path) == "About 4,000 died.\r\nMore."


def test_broken_utf16_is_one_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00\xd8")  # a lone surrogate
    assert "not valid UTF-16" in problem_of(path).message
