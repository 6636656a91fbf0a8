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


def _bomb(levels: int = 9, width: int = 9) -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_once():
    with pytest.raises(InputError, match="alias bomb") as caught:
        yamlpos.load(_bomb(), "bomb.yaml")
    [problem] = caught.value.problems
    assert problem.line is not None


def test_ordinary_aliases_still_work():
    data = yamlpos.load("base: &b {aliases: [x]}\ncopy: *b\n", "a.yaml")
    assert data["copy"] == {"aliases": ["x"]}


def test_nesting_deeper_than_the_limit_is_refused_with_its_position():
    deep = "[" * (yamlpos.MAX_DEPTH + 1) + "]" * (yamlpos.MAX_DEPTH + 1)
    with pytest.raises(InputError, match="nested more than 64 levels") as caught:
        yamlpos.load(deep, "deep.yaml")
    assert (caught.value.problems[0].line, caught.value.problems[0].column) == (1, 65)
    assert yamlpos.load("[" * 10 + "]" * 10, "ok.yaml") == [[[[[[[[[[]]]]]]]]]]


def test_nesting_500_levels_is_one_line_not_a_recursion_error():
    with pytest.raises(InputError, match="nested"):
        yamlpos.load("a:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 500)), "x.yaml")


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(yamlpos, "MAX_YAML_CHARS", 100)
    with pytest.raises(InputError, match="too large"):
        yamlpos.load("a: " + "x" * 200, "big.yaml")


def test_syntax_errors_keep_pyyaml_s_words():
    with pytest.raises(InputError, match="mapping values are not allowed here"):
        yamlpos.load("a: b: c\n", "bad.yaml")
