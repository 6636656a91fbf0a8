import datetime as dt

import pytest

from checker.errors import InputError
from checker.inputs import yamlpos


def test_positions_of_keys_values_and_items():
    data = yamlpos.load("a: 1\nb:\n  - x: 2\n  - z\nc: 2025-01-02\n", "f.yaml")
    assert data == {"a": 1, "b": [{"x": 2}, "z"], "c": dt.date(2025, 1, 2)}
    assert data.key_marks["b"] == (2, 1)
    assert data["b"].item_marks == [(3, 5), (4, 5)]
    assert yamlpos.mark_of(data["b"][0], "x") == (3, 8)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a: 1\na: 2\n", "f.yaml:2:1: duplicate key 'a'"),
        ("a: [1\n", "f.yaml:2:1: invalid YAML"),
        ("a: b: c\n", "f.yaml:1:5: invalid YAML"),
    ],
)
def test_errors_have_positions(text, expected):
    with pytest.raises(InputError) as info:
        yamlpos.load(text, "f.yaml")
    assert str(info.value).startswith(expected)


def test_empty_document_is_none():
    assert yamlpos.load("# nothing\n", "f.yaml") is None
