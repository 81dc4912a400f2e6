"""Pydantic's validation errors as located problems an editor can act on.

Each error of ``ClaimFile.model_validate`` becomes a :class:`~generator.store.problems.Problem`
at the line of the offending key or value, saying what is allowed: the key a misspelt one
meant and the level a misplaced one belongs to, a bare yes/no read as a boolean, a date with
a hint, a list written without its dashes. Split out of :mod:`generator.store.validate`
(which reads the files and runs the checks) to keep it under 400 lines.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.models import ClaimFile
from generator.store.datehint import date_hint
from generator.store.problems import Problem
from generator.store.safeyaml import format_loc, locate
from generator.textfiles import unknown_key

__all__ = ["from_pydantic"]


def from_pydantic(path: Path, root: Any, error: dict) -> Problem:
    """A pydantic error as a located problem that says what is allowed."""
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        line, column = locate(root, loc, key=True)
        return Problem(path, line, column, format_loc(loc), _unknown_key(loc))
    if kind == "missing":
        line, column = locate(root, loc[:-1])
        return Problem(path, line, column, format_loc(loc), f"required key '{loc[-1]}' is missing")
    line, column = locate(root, loc)
    if kind == "string_type" and isinstance(error.get("input"), bool):  # verdict: false
        word = str(error["input"]).lower()
        return Problem(path, line, column, format_loc(loc), (
            f"YAML reads a bare {word} as a yes/no value, not as text; "
            f"write it in quotes: '{word}'"))
    if kind.startswith(("date_from_datetime", "date_parsing", "date_type")):
        return Problem(path, line, column, format_loc(loc),
                       f"not a date: {_short(error.get('input'))}; {date_hint(error.get('input'))}")
    message = error["msg"].replace("Input should be", "expected")
    if kind == "value_error":  # a model's own rule (a source with neither title nor url)
        message = message.removeprefix("Value error, ")
    got = _short(error.get("input"))
    if kind == "list_type":  # sources: with its items written without their dashes
        got += "; write each item on a line of its own starting with '- ' (- url: https://...)"
    return Problem(path, line, column, format_loc(loc), f"{message}; got {got}")


def _unknown_key(loc: tuple) -> str:
    """"unknown key 'verdcit' (did you mean 'verdict'?); allowed: ...", and where a key of
    another level belongs ('notes' typed under ``review:``, 'summary' beside it)."""
    model = _model_at(loc[:-1])
    name = str(loc[-1])
    message = unknown_key(name, list(model.model_fields))
    keys = [at for at, step in enumerate(loc[:-1]) if not isinstance(step, int)]
    if keys and name in _model_at(loc[:keys[-1]]).model_fields:
        return f"{message}; '{name}' belongs one level up, beside '{loc[keys[-1]]}:'"
    for key, field in model.model_fields.items():
        inner = _model_in(field.annotation)
        if inner is not None and name in inner.model_fields:
            return f"{message}; '{name}' belongs under '{key}:'"
    return message


def _model_at(loc: tuple) -> type[BaseModel]:
    """The pydantic model that validates the mapping at ``loc``."""
    model: type[BaseModel] = ClaimFile
    for step in loc:
        if isinstance(step, int):
            continue
        field = model.model_fields.get(str(step))
        found = _model_in(field.annotation) if field else None
        if found is None:
            return model
        model = found
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """First pydantic model inside an annotation such as ``list[Claim]`` or ``Machine | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _short(value: Any) -> str:
    """A value for a message: repr, cut to 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
