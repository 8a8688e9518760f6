"""YAML files that remember the line of every mapping key and list item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from briefkit.catalog.problems import Problem
from briefkit.messages import message as _message

_YAML_PROBLEMS = {
    "mapping values are not allowed here": "data_yaml_mapping_values",
    "mapping values are not allowed in this context": "data_yaml_mapping_values",
    "could not find expected ':'": "data_yaml_expected_key",
    "found character '\\t' that cannot start any token": "data_yaml_tab",
    "found unexpected end of stream": "data_yaml_unclosed_quote",
}
"""The message code of each common PyYAML problem (a rarer one is shown as PyYAML says it)."""


class LineDict(dict[Any, Any]):
    """A mapping that knows its own line and the line of each key."""

    line: int
    key_lines: dict[Any, int]


class LineList(list[Any]):
    """A list that knows its own line and the line of each item."""

    line: int
    item_lines: list[int]


_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML has it (ten times faster), else the pure-Python one."""


class _Loader(_Base):  # type: ignore[misc,valid-type]
    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping = LineDict(super().construct_mapping(node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {
            self.construct_object(k, deep=True): k.start_mark.line + 1 for k, _ in node.value
        }
        return mapping

    def construct_sequence(self, node: SequenceNode, deep: bool = False) -> list[Any]:
        items = LineList(super().construct_sequence(node, deep=True))
        items.line = node.start_mark.line + 1
        items.item_lines = [n.start_mark.line + 1 for n in node.value]
        return items


def _construct_seq(loader: _Loader, node: Node) -> list[Any]:
    assert isinstance(node, SequenceNode)
    return loader.construct_sequence(node, deep=True)


def _construct_map(loader: _Loader, node: Node) -> dict[Any, Any]:
    assert isinstance(node, MappingNode)
    loader.flatten_mapping(node)
    return loader.construct_mapping(node, deep=True)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
# Keep numbers, dates and booleans as text: pydantic converts them where a field needs it,
# so "2016" in a list of keywords stays text, and errors read the same as for CSV cells.
_AS_TEXT = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in _AS_TEXT]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _first_alias(root: Node) -> int | None:
    """The line where the node graph first reuses a node (an alias), or None.

    Aliases are refused rather than expanded: a kilobyte of nested aliases ("billion laughs")
    expands to gigabytes. Walking the composed graph with a seen-set costs one visit per node.
    """
    seen: set[int] = set()
    stack: list[tuple[Node, int]] = [(root, root.start_mark.line + 1)]
    while stack:
        node, line = stack.pop()
        if id(node) in seen:
            return line
        seen.add(id(node))
        children: list[tuple[Node, int]] = []
        if isinstance(node, MappingNode):
            for key, value in node.value:
                at = key.start_mark.line + 1
                children += [(key, at), (value, at)]
        elif isinstance(node, SequenceNode):
            children = [(item, node.start_mark.line + 1) for item in node.value]
        stack += reversed(children)  # visited in document order: the anchor before its alias
    return None


def _first_duplicate(root: Node) -> tuple[str, int, int] | None:
    """The first key a mapping gives twice, with the lines of both, or None.

    YAML keeps the later value silently, so a block pasted twice would hide an edit made to
    the first copy; a data file may not do that.
    """
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            lines: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    if key.value in lines:
                        return key.value, lines[key.value], key.start_mark.line + 1
                    lines[key.value] = key.start_mark.line + 1
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack += node.value
    return None


def _parse(text: str, shown: str) -> tuple[Any, list[Problem]]:
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, []
        alias_line = _first_alias(root)
        if alias_line is not None:
            return None, [Problem(shown, alias_line, "", _message("data_yaml_alias"))]
        duplicate = _first_duplicate(root)
        if duplicate is not None:
            key, first, again = duplicate
            message = _message("data_yaml_duplicate_key", key=key, first=first)
            return None, [Problem(shown, again, "", message)]
        return loader.construct_document(root), []
    finally:
        loader.dispose()


def load_yaml(text: str, shown: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text; a syntax error becomes a problem with its line; aliases are refused."""
    try:
        return _parse(text, shown)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        what = exc.problem or "is not valid YAML"
        said = _message(_YAML_PROBLEMS[what]) if what in _YAML_PROBLEMS else what
        return None, [Problem(shown, line, "", _message("data_yaml_syntax", what=said))]
    except yaml.reader.ReaderError as exc:  # a control character: name its line
        line = text[: exc.position].count("\n") + 1
        message = _message("data_control_character", character=f"{exc.character:04X}")
        return None, [Problem(shown, line, "", message)]
    except yaml.YAMLError as exc:
        return None, [Problem(shown, 0, "", _message("data_yaml_invalid", error=exc))]


def line_of(tree: Any, loc: Sequence[int | str]) -> tuple[int, str]:
    """The line of the deepest node on ``loc`` found in the tree, and a dotted field path."""
    line = getattr(tree, "line", 0)
    node = tree
    path: list[str] = []
    for step in loc:
        if isinstance(node, LineDict) and step in node:
            line = node.key_lines.get(step, line)
            node = node[step]
            path.append(str(step))
        elif isinstance(node, LineList) and isinstance(step, int) and 0 <= step < len(node):
            line = node.item_lines[step]
            node = node[step]
            path.append(f"[{step}]")
        elif isinstance(node, LineDict):
            path.append(str(step))  # a missing key: report at the mapping's line
            break
        else:
            continue  # pydantic's union tags: not part of the data
    return line, ".".join(path).replace(".[", "[")
