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


# The event builder (libyaml's events straight to positioned values) against the node path
# (compose, then convert): the same values and positions, for every YAML file the project ships
# and for any data.

from pathlib import Path  # noqa: E402

import yaml  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ROOT = Path(__file__).parent.parent.parent


def _node_path(text: str, path: str):
    node = yamlpos._compose(text, path)
    return None if node is None else yamlpos._convert(node, path, yamlpos._Budget(text))


def _same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, yamlpos.Mapping):
        return (
            list(a) == list(b)
            and (a.mark, a.key_marks, a.value_marks) == (b.mark, b.key_marks, b.value_marks)
            and all(_same(a[k], b[k]) for k in a)
        )
    if isinstance(a, yamlpos.Sequence):
        return (a.mark, a.item_marks) == (b.mark, b.item_marks) and all(
            _same(x, y) for x, y in zip(a, b, strict=True)
        )
    return a == b


builds = pytest.mark.skipif(
    not hasattr(yaml, "CSafeLoader"), reason="the event builder needs libyaml"
)


@builds
@pytest.mark.parametrize(
    "path",
    sorted(
        str(p.relative_to(ROOT))
        for folder in ("rules", "seeds", "tests")
        for p in (ROOT / folder).rglob("*.yaml")
    ),
)
def test_the_builder_reads_every_shipped_file_as_the_node_path_does(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    assert _same(yamlpos._Builder(text, path).build(), _node_path(text, path))


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.dates(),
)
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=25,
)


@builds
@settings(max_examples=200, deadline=None)
@given(documents, st.booleans())
def test_the_builder_reads_any_data_as_the_node_path_does(data, flow):
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True)
    assert _same(yamlpos._Builder(text, "f.yaml").build(), _node_path(text, "f.yaml"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n", {"x": 1, "y": 3}),
        ("b: &b {x: 1}\nd: &d {z: 2}\nc:\n  <<: [*b, *d]\n  x: 9\n", {"x": 9, "z": 2}),
    ],
)
def test_merge_keys_put_the_mapping_s_own_keys_first(text, expected):
    data = yamlpos.load(text, "m.yaml")
    assert data["c"] == expected and list(data["c"])[0] in ("y", "x")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a: &x [1, *x]\n", "m.yaml:1:1: a YAML alias refers to itself"),
        ("a: *nope\n", "m.yaml:1:4: invalid YAML: found undefined alias 'nope'"),
        ("--- 1\n--- 2\n", "m.yaml:2:1: invalid YAML"),
        ("a: =\n", "m.yaml:1:4: invalid YAML value: could not determine a constructor"),
        ("c:\n  <<: 5\n", "m.yaml:2:7: a merge key (<<) takes a mapping"),
        ("a: !!python/name:os.system x\n", "m.yaml:1:4: unsupported YAML tag"),
    ],
)
def test_unusual_documents_are_one_clear_problem(text, expected):
    with pytest.raises(InputError) as caught:
        yamlpos.load(text, "m.yaml")
    assert str(caught.value).startswith(expected)
