"""Reading the rule files in ``generator/rules/``: one loader and one error for every stage.

Each stage (ingest, temporal, quotes, claims, events) describes its rule files with its own
pydantic models; this module only reads the YAML safely and turns validation failures into a
message that names the file, the rule (by index and ``id``) and the field, so an error in any
rule file reads the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

#: The packaged rule files (plain files next to the code, found without importlib.resources
#: so that every kind of install reads the same place).
RULES_DIR = Path(__file__).resolve().parent / "rules"

ModelT = TypeVar("ModelT", bound=BaseModel)

__all__ = ["RULES_DIR", "RuleFileError", "describe_loc", "load_rule_file", "read_rule_file",
           "rule_label", "validate_rule_file"]


class RuleFileError(ValueError):
    """A rule file cannot be used; the message names the file, the rule, the field and why."""


def rule_label(path: Path) -> str:
    """``generator/rules/NAME`` for a packaged file, the path itself for any other."""
    return f"generator/rules/{path.name}" if path.parent == RULES_DIR else str(path)


def read_rule_file(path: Path) -> Any:
    """Parse one rule file with PyYAML's safe loader (no validation).

    Raises:
        RuleFileError: the file is not valid YAML.
    """
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise RuleFileError(f"{rule_label(path)}: not valid YAML: {err}") from None


def describe_loc(data: Any, loc: tuple[Any, ...]) -> str:
    """Render a pydantic error location for people.

    ``("rules", 3, "pattern")`` becomes ``rules[3] (id 'date-month') field pattern`` when the
    fourth rule has an id, so the reader can find the rule by its id rather than counting.
    """
    node, where = data, []
    for depth, part in enumerate(loc):
        if isinstance(part, int) and isinstance(node, list) and 0 <= part < len(node):
            node = node[part]
            rule_id = node.get("id") if isinstance(node, dict) else None
            label = f"{where.pop() if where else ''}[{part}]"
            if rule_id is not None:
                rest = ".".join(str(p) for p in loc[depth + 1:]) or "(rule)"
                return f"{'.'.join([*where, label])} (id {rule_id!r}) field {rest}"
            where.append(label)
            continue
        where.append(str(part))
        node = node.get(part) if isinstance(node, dict) else None
    return "field " + (".".join(where) or "(top)")


def validate_rule_file(label: str, model: type[ModelT], data: Any) -> ModelT:
    """Validate parsed YAML against ``model``.

    Raises:
        RuleFileError: every problem, each as ``<where>: <message>``, after the file label.
    """
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems = "; ".join(f"{describe_loc(data, e['loc'])}: {e['msg']}" for e in err.errors())
        raise RuleFileError(f"{label}: {problems}") from None


def load_rule_file(path: Path | str, model: type[ModelT]) -> ModelT:
    """Read and validate one rule file; a bare name means a file in ``generator/rules/``."""
    path = RULES_DIR / path if isinstance(path, str) else path
    return validate_rule_file(rule_label(path), model, read_rule_file(path))
