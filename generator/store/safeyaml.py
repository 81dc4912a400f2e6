"""Fast, strict, safe reading of claim files with PyYAML's C parser.

The site build reads every claim file on every build, so reading must be fast: libyaml parses,
a small pure-Python constructor builds plain values. It is also the guard against hostile or
broken files:

- only plain YAML (mappings, lists, strings, numbers, booleans, null): ``!!python/object``
  and every other tag are refused with the line they are on;
- aliases (``*anchor``) are refused, which defeats "billion laughs" alias bombs before any
  expansion; libyaml itself refuses nesting deeper than 1000 levels; oversized files are
  refused before parsing;
- duplicate keys are reported (PyYAML would silently keep the last one);
- scalars resolve as YAML 1.2 core, the schema ruamel.yaml writes with: ``no``, ``on`` and
  ``yes`` stay strings (a speaker called "No" is not ``False``), and dates stay strings so that
  pydantic reports an impossible date (``2023-02-30``) as a field error with its line.

Line numbers cost nothing until needed: the composed node tree is kept and walked only to
locate a problem (``locate``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from generator.textfiles import (
    block_path,
    merge_conflict,
    missing_colon_hint,
    quoting_hint,
    syntax_error_mark,
    tab_hint,
)

__all__ = ["MAX_BYTES", "Parsed", "TEXT_FIELDS", "YamlProblem", "cut_by_comments", "locate",
           "parse"]

#: Largest claim file accepted (a long article with hundreds of claims is well under 1 MB).
MAX_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class YamlProblem:
    """A problem found while reading YAML: 1-based line and column, field path, message."""

    line: int
    column: int
    field: str
    message: str


@dataclass(slots=True)
class Parsed:
    """Result of ``parse``: plain data (None if unreadable), the node tree, the problems."""

    data: Any
    root: Node | None
    problems: list[YamlProblem] = field(default_factory=list)


class _Resolver(BaseResolver):
    """YAML 1.2 core schema resolution, the same as ruamel.yaml's (no timestamps, no yes/no)."""


_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"),
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+0123456789."),
)
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


class _Constructor(SafeConstructor):
    """SafeConstructor that refuses aliases and records duplicate keys instead of hiding them."""

    def __init__(self) -> None:
        super().__init__()
        self.duplicates: list[tuple[Node, Node]] = []  # (mapping node, repeated key node)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        # PyYAML hands an alias back as the very node it already built; refusing that here
        # stops alias bombs before a single copy is expanded.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise ConstructorError(
                None, None, "this value (&anchor) is reused by an alias (*name): aliases are not "
                "allowed in claim files; write the value out",
                node.start_mark,
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else id(key_node)
            if key in seen:
                self.duplicates.append((node, key_node))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


try:  # libyaml, as the lock installs it; the pure-Python parser is the same, only slower
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    class _Parser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser,  # type: ignore
                  yaml.composer.Composer):
        def __init__(self, stream: str) -> None:
            yaml.reader.Reader.__init__(self, stream)
            yaml.scanner.Scanner.__init__(self)
            yaml.parser.Parser.__init__(self)
            yaml.composer.Composer.__init__(self)


class _Loader(_Parser, _Constructor, _Resolver):  # type: ignore[misc]
    """libyaml parser + the strict constructor + YAML 1.2 resolution."""

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _Constructor.__init__(self)
        _Resolver.__init__(self)


def parse(text: str) -> Parsed:
    """Parse one claim file's text.

    Args:
        text: The file contents.

    Returns:
        ``Parsed`` with the data and node tree, or ``data=None`` and the problem that stopped
        reading (syntax error, refused tag, alias, size). Duplicate keys are reported but do
        not stop reading.
    """
    if len(text) > MAX_BYTES:
        return Parsed(None, None, [YamlProblem(0, 0, "(file)", f"file larger than "
                                               f"{MAX_BYTES // 1024 // 1024} MB; refused")])
    conflict = merge_conflict(text)
    if conflict:
        return Parsed(None, None, [YamlProblem(conflict[0], 1, "(file)", conflict[1])])
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        return Parsed(None, None, [_yaml_error(error, text)])
    except RecursionError:
        return Parsed(None, None, [YamlProblem(0, 0, "(file)", "nested too deeply; refused")])
    finally:
        loader.dispose()
    problems = [_duplicate(root, mapping, key) for mapping, key in loader.duplicates]
    return Parsed(data, root, problems)


def _yaml_error(error: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    """A syntax or constructor error as a problem at its line."""
    mark = syntax_error_mark(error)
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    problem = str(error.problem or "")
    field = "(file)"
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split("for the tag", 1)[1].strip(" '").replace("tag:yaml.org,2002:", "!!")
        message = (f"tag {tag} is not allowed: claim files hold only plain mappings, lists, "
                   "strings, numbers, booleans and null")
    elif isinstance(error, ConstructorError):
        message = problem
    else:
        context = f" ({error.context})" if error.context else ""
        stopped_at = text.split("\n")[line - 1] if 0 < line <= text.count("\n") + 1 else ""
        hint = quoting_hint(problem, stopped_at) or \
            f"{tab_hint(problem, stopped_at)}{missing_colon_hint(problem, stopped_at)}"
        message = f"not valid YAML: {problem}{context}{hint}"
        field = format_loc(block_path(text, line))
    return YamlProblem(line, column, field, message)


#: Fields whose text is published: a " #" inside one typed without quotes starts a comment.
TEXT_FIELDS = frozenset({"title", "text", "sentence", "summary", "note", "reviewer", "speaker",
                         "speaker_role", "what"})


#: What follows a value cut short: one space and a '#' glued to a word ("Harbour #1 tunnel",
#: "the #MeToo campaign"); a comment an editor means is set off ("  # checked twice").
_CUT = re.compile(r"^ #\S")


def cut_by_comments(root: Node | None, text: str) -> list[tuple[tuple, str]]:
    """``(loc, value)`` of each one-line text field typed without quotes that a " #" glued to a
    word cut short: YAML read the rest of the line as a comment ("Harbour #1 tunnel" is
    "Harbour")."""
    lines = text.split("\n")
    found: list[tuple[tuple, str]] = []

    def walk(node: Node | None, path: tuple) -> None:
        if isinstance(node, MappingNode):
            for key, value in node.value:
                name = getattr(key, "value", None)
                if isinstance(value, ScalarNode) and name in TEXT_FIELDS and not value.style \
                        and value.value and value.start_mark.line == value.end_mark.line:
                    rest = lines[value.end_mark.line][value.end_mark.column:]
                    if _CUT.match(rest):
                        found.append(((*path, name), value.value))
                else:
                    walk(value, (*path, name))
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))

    walk(root, ())
    return found


def _duplicate(root: Node | None, mapping: MappingNode, key: Node) -> YamlProblem:
    """A duplicate-key problem, naming the field path of the mapping."""
    path = _path_to(root, mapping) if root is not None else ()
    name = key.value if isinstance(key, ScalarNode) else "?"
    where = format_loc([*path, name])
    first = next(k for k, _ in mapping.value if getattr(k, "value", None) == name)
    return YamlProblem(key.start_mark.line + 1, key.start_mark.column + 1, where,
                       f"duplicate key '{name}' (first at line {first.start_mark.line + 1}); "
                       "YAML keeps only the last one: remove or merge one of them")


def _path_to(node: Node, target: Node, path: tuple = ()) -> tuple | None:
    """Field path from ``node`` down to ``target`` (depth-first; only used for errors)."""
    if node is target:
        return path
    if isinstance(node, MappingNode):
        children = [(getattr(k, "value", "?"), v) for k, v in node.value]
    elif isinstance(node, SequenceNode):
        children = list(enumerate(node.value))
    else:
        return None
    for step, child in children:
        found = _path_to(child, target, (*path, step))
        if found is not None:
            return found
    return None


def locate(root: Node | None, loc: Sequence[str | int], key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the value at ``loc`` (or of its key with ``key=True``).

    Follows the path as far as it exists; a missing field is reported at its parent mapping.
    """
    node, key_node = root, None
    for step in loc:
        child = _child(node, step)
        if child is None:
            break
        key_node, node = child
    target = key_node if key and key_node is not None else node
    if target is None:
        return (1, 1)
    return (target.start_mark.line + 1, target.start_mark.column + 1)


def _child(node: Node | None, step: str | int) -> tuple[Node | None, Node] | None:
    """(key node, value node) of one step into a mapping or sequence."""
    if isinstance(node, MappingNode):
        # The last of duplicate keys is the one YAML keeps, so errors point there.
        for key_node, value_node in reversed(node.value):
            if getattr(key_node, "value", None) == step:
                return key_node, value_node
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return None, node.value[step]
    return None


def format_loc(loc: Sequence[str | int]) -> str:
    """``('claims', 3, 'review', 'verdict')`` -> ``claims[3].review.verdict``."""
    text = ""
    for step in loc:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text or "(file)"
