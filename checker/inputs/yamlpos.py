"""Load YAML keeping line and column of every mapping key and value.

`load(text, path)` returns plain dicts/lists/scalars wrapped so positions survive:
mappings are `Mapping` (a dict with `.mark` and `.key_marks`), sequences `Sequence`
(a list with `.mark` and `.item_marks`). Duplicate keys and YAML syntax errors become
`InputError` with `FILE:LINE:COL`.
"""

from __future__ import annotations

import yaml

from checker.errors import InputError, Problem
from checker.inputs.files import read_text

Mark = tuple[int, int]  # 1-based line, column


class Mapping(dict):
    mark: Mark = (1, 1)
    key_marks: dict
    value_marks: dict


class Sequence(list):
    mark: Mark = (1, 1)
    item_marks: list


def _mark(node: yaml.Node) -> Mark:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Budget:
    """How many values a document may expand to: aliases can make a small file huge."""

    def __init__(self, text: str):
        self.left = len(text) * EXPANSION + 10_000

    def spend(self, path: str, mark: Mark, amount: int = 1) -> None:
        self.left -= amount
        if self.left < 0:
            raise InputError(
                Problem(
                    path,
                    "YAML aliases expand this file beyond any reasonable size (an alias bomb?)",
                    *mark,
                )
            )


def _check_tag(tag: str, path: str, mark: Mark) -> None:
    """Only YAML's own types: no Python objects, no application tags."""
    if not tag.startswith("tag:yaml.org,2002:") and tag != "!" or "python/" in tag:
        raise InputError(Problem(path, f"unsupported YAML tag {tag!r}", *mark))


def _construct(node: yaml.ScalarNode, path: str):
    """A scalar that is not a string (an int, a date, a boolean), as PyYAML's safe loader builds
    it, without its cache of every node; a value it cannot build (2025-13-01) is kept as written,
    so the schema reports it at its place together with every other problem of the file."""
    constructor = yaml.SafeLoader.yaml_constructors.get(node.tag)
    if constructor is None:
        raise InputError(
            Problem(
                path,
                f"invalid YAML value: could not determine a constructor for the tag {node.tag!r}",
                *_mark(node),
            )
        )
    try:
        return constructor(_SCALARS, node)
    except (ValueError, TypeError, OverflowError):
        return node.value
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", exc)
        raise InputError(Problem(path, f"invalid YAML value: {problem}", *_mark(node))) from None


_PLAIN_TAGS = ("tag:yaml.org,2002:", "!")  # YAML's own types; "!" is a plain non-specific tag


def _merged(node: yaml.MappingNode, path: str) -> list:
    """A mapping's pairs with YAML merge keys (`<<: *base`) expanded: the mapping's own keys
    first, then the merged ones it does not set itself."""
    own = [(k, v) for k, v in node.value if k.tag != "tag:yaml.org,2002:merge"]
    merges = [v for k, v in node.value if k.tag == "tag:yaml.org,2002:merge"]
    if not merges:
        return node.value
    names = {k.value for k, _ in own if isinstance(k, yaml.ScalarNode)}
    out = list(own)
    for source in merges:
        parts = source.value if isinstance(source, yaml.SequenceNode) else [source]
        for part in parts:
            if not isinstance(part, yaml.MappingNode):
                raise InputError(Problem(path, "a merge key (<<) takes a mapping", *_mark(part)))
            for k, v in part.value:
                if isinstance(k, yaml.ScalarNode) and k.value not in names:
                    names.add(k.value)
                    out.append((k, v))
    return out


def _convert(node: yaml.Node, path: str, budget: _Budget):
    budget.spend(path, _mark(node))
    _check_tag(node.tag, path, _mark(node))
    if isinstance(node, yaml.MappingNode):
        out = Mapping()
        out.mark, out.key_marks, out.value_marks = _mark(node), {}, {}
        for key_node, value_node in _merged(node, path):
            key = _convert(key_node, path, budget)
            if isinstance(key, (dict, list)):
                line, col = _mark(key_node)
                raise InputError(Problem(path, "a mapping key must be a plain value", line, col))
            if key in out:
                line, col = _mark(key_node)
                raise InputError(Problem(path, f"duplicate key {key!r}", line, col))
            out[key] = _convert(value_node, path, budget)
            out.key_marks[key] = _mark(key_node)
            out.value_marks[key] = _mark(value_node)
        return out
    if isinstance(node, yaml.SequenceNode):
        out = Sequence(_convert(item, path, budget) for item in node.value)
        out.mark, out.item_marks = _mark(node), [_mark(item) for item in node.value]
        return out
    if node.tag == "tag:yaml.org,2002:str":
        return node.value
    return _construct(node, path)


_SCALARS = yaml.SafeLoader("")  # used only to construct scalars (ints, dates, booleans) from nodes
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same nodes, faster
MAX_DEPTH = 64  # no pack, reference set or config nests deeper than a handful of levels
MAX_YAML_CHARS = 64 * 1024 * 1024  # a 100,000-fact reference set is about 15 MB
EXPANSION = 2  # values a document may hold per character of its text (aliases included)


def _shape(text: str, path: str) -> None:
    """Refuse, before building anything, a document nested deeper than MAX_DEPTH (the event
    stream is read iteratively, so depth costs no recursion here)."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(
                    Problem(
                        path,
                        f"YAML nested more than {MAX_DEPTH} levels deep",
                        event.start_mark.line + 1,
                        event.start_mark.column + 1,
                    )
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _compose(text: str, path: str) -> yaml.Node | None:
    """The document's node graph, by libyaml when present; a broken document is parsed again by
    PyYAML's own parser, whose messages ('mapping values are not allowed here') are the ones we
    show."""
    try:
        _shape(text, path)
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        if _LOADER is yaml.SafeLoader:
            raise
    return yaml.compose(text, Loader=yaml.SafeLoader)


def load(text: str, path: str):
    """Parse one YAML document with positions; an empty document is None. Bounded: at most
    MAX_YAML_CHARS of text, MAX_DEPTH levels of nesting, and aliases expanding to at most
    EXPANSION values per character."""
    if len(text) > MAX_YAML_CHARS:
        raise InputError(
            Problem(path, f"YAML file over {MAX_YAML_CHARS:,} characters, too large to load")
        )
    try:
        if _LOADER is not yaml.SafeLoader:
            try:
                return _Builder(text, path).build()
            except (yaml.YAMLError, _Unusual):
                pass  # PyYAML's own parser says what is wrong, or handles the unusual document
        node = _compose(text, path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        if mark is not None:
            raise InputError(
                Problem(path, f"invalid YAML: {reason}", mark.line + 1, mark.column + 1)
            ) from None
        raise InputError(Problem(path, f"invalid YAML: {reason}")) from None
    if node is None:
        return None
    try:
        return _convert(node, path, _Budget(text))
    except RecursionError:
        raise InputError(Problem(path, "a YAML alias refers to itself", 1, 1)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise InputError(
            Problem(path, f"invalid YAML value: {getattr(exc, 'problem', exc)}", line, col)
        ) from None


class _Unusual(Exception):
    """A document the event builder leaves to the node path: several documents, an undefined or
    self-referring alias."""


_MERGE = "tag:yaml.org,2002:merge"
_MERGE_KEY = object()  # the key of a merge (<<) while its value is read
_STR = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()


class _Frame:
    __slots__ = ("value", "mark", "anchor", "size", "key", "key_mark", "merges", "has_key")

    def __init__(self, value, mark: Mark, anchor: str | None):
        self.value, self.mark, self.anchor, self.size = value, mark, anchor, 1
        self.key, self.key_mark, self.merges, self.has_key = None, None, [], False


class _Builder:
    """The document built straight from libyaml's event stream, with the same values, positions
    and limits as composing nodes and converting them (`_convert`), in a fraction of the time and
    memory: no node graph is built. Aliases share the value their anchor built."""

    def __init__(self, text: str, path: str):
        self._text, self.path, self.budget = text, path, _Budget(text)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[object, int] | None] = {}
        self.root, self.documents = None, 0

    def build(self):
        for event in yaml.parse(self._text, Loader=_LOADER):
            self.on(event)
        return self.root

    def on(self, event) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self.scalar(event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self.start(event, Mapping() if kind is yaml.MappingStartEvent else Sequence())
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            self.end()
        elif kind is yaml.AliasEvent:
            self.alias(event)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                raise _Unusual()

    def _problem(self, message: str, mark: Mark) -> InputError:
        return InputError(Problem(self.path, message, *mark))

    def scalar(self, event) -> None:
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        self.budget.spend(self.path, mark)
        tag = event.tag
        if tag is None or tag == "!":
            tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        _check_tag(tag, self.path, mark)
        value = (
            event.value
            if tag == _STR or tag == _MERGE
            else _construct(
                yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style),
                self.path,
            )
        )
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self.add(value, mark, 1, merge=tag == _MERGE)

    def start(self, event, value) -> None:
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        if len(self.stack) >= MAX_DEPTH:
            raise self._problem(f"YAML nested more than {MAX_DEPTH} levels deep", mark)
        self.budget.spend(self.path, mark)
        if event.tag is not None and event.tag != "!":
            _check_tag(event.tag, self.path, mark)
        value.mark = mark
        if isinstance(value, Mapping):
            value.key_marks, value.value_marks = {}, {}
        else:
            value.item_marks = []
        if event.anchor is not None:
            self.anchors[event.anchor] = None  # being built: an alias to it refers to itself
        self.stack.append(_Frame(value, mark, event.anchor))

    def end(self) -> None:
        frame = self.stack.pop()
        if frame.merges:
            self.merge(frame)
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (frame.value, frame.size)
        self.add(frame.value, frame.mark, frame.size)

    def alias(self, event) -> None:
        mark = (event.start_mark.line + 1, event.start_mark.column + 1)
        found = self.anchors.get(event.anchor)
        if found is None:
            raise _Unusual()  # undefined, or it refers to itself: the node path says which
        value, size = found
        self.budget.spend(self.path, mark, size)
        self.add(value, mark, size)

    def add(self, value, mark: Mark, size: int, merge: bool = False) -> None:
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        frame.size += size
        container = frame.value
        if isinstance(container, Sequence):
            container.append(value)
            container.item_marks.append(mark)
        elif not frame.has_key:
            if isinstance(value, (dict, list)):
                raise self._problem("a mapping key must be a plain value", mark)
            frame.key, frame.key_mark, frame.has_key = (_MERGE_KEY if merge else value), mark, True
        else:
            frame.has_key = False
            if frame.key is _MERGE_KEY:
                self.merging(frame, value, mark)
                return
            if frame.key in container:
                raise self._problem(f"duplicate key {frame.key!r}", frame.key_mark)
            container[frame.key] = value
            container.key_marks[frame.key] = frame.key_mark
            container.value_marks[frame.key] = mark

    def merging(self, frame: _Frame, value, mark: Mark) -> None:
        parts = value if isinstance(value, Sequence) else [value]
        marks = value.item_marks if isinstance(value, Sequence) else [mark]
        for part, part_mark in zip(parts, marks, strict=True):
            if not isinstance(part, Mapping):
                raise self._problem("a merge key (<<) takes a mapping", part_mark)
            frame.merges.append(part)

    def merge(self, frame: _Frame) -> None:
        """YAML merge keys: the mapping's own keys first, then the merged ones it does not set."""
        out = frame.value
        for part in frame.merges:
            for key, value in part.items():
                if key not in out:
                    out[key] = value
                    out.key_marks[key] = part.key_marks[key]
                    out.value_marks[key] = part.value_marks[key]


def read(path) -> object:
    """Read and parse a YAML file; unreadable or non-UTF-8 files are InputError."""
    return load(read_text(path), str(path))


def mark_of(container, key) -> Mark:
    """Position of `key`'s value in a Mapping, or of item `key` in a Sequence, else the
    container's."""
    if isinstance(container, Mapping) and key in container.value_marks:
        return container.value_marks[key]
    if isinstance(container, Sequence) and isinstance(key, int) and key < len(container.item_marks):
        return container.item_marks[key]
    return getattr(container, "mark", (1, 1))
