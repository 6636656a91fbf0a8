import datetime as dt

import pytest

from checker.errors import InputError
from checker.inputs import Document, expand_paths, read
from checker.reading.time import draft_date


def test_positions_are_one_based_lines_and_columns():
    doc = Document.from_text("ab\ncd\r\nef")
    assert doc.position(0) == (1, 1)
    assert doc.position(4) == (2, 2)
    assert doc.position(7) == (3, 1)
    assert doc.line_text(2) == "cd"


@pytest.mark.parametrize(
    "text, date",
    [
        (" date 2025-02-27 North Korea has...", dt.date(2025, 2, 27)),
        ("---\ndate: 2024-11-03\n---\nBody", dt.date(2024, 11, 3)),
        ("Date: 2025-13-01\n", None),
        ("No date here", None),
    ],
)
def test_draft_date(lexicon, text, date):
    assert draft_date(text, lexicon) == date


def test_read_bom_and_override_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffdate 2025-01-01\nAbout 300 died.".encode())
    doc = read(path, dt.date(2024, 5, 5))
    assert doc.text.startswith("date") and doc.date == dt.date(2024, 5, 5)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"abc\x00def", "binary file"),
        (b"ok\nbad \xff byte", "not valid UTF-8"),
    ],
)
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read(path)
    assert message in str(info.value)


def test_non_utf8_position(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"line one\nab\xffc")
    with pytest.raises(InputError) as info:
        read(path)
    problem = info.value.problems[0]
    assert (problem.line, problem.column) == (2, 3)


def test_expand_paths_walks_directories(tmp_path):
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.yaml").write_text("x")
    files, problems = expand_paths([str(tmp_path)])
    assert [f.rsplit("/", 1)[1] for f in files] == ["a.txt", "b.md"] and problems == []
    empty = tmp_path / "empty"
    empty.mkdir()
    assert expand_paths([str(empty)])[1]
