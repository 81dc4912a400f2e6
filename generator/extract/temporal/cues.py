"""The cue words of the context steps, as data: ``generator/rules/temporal_context.yaml``.

The scanner's rules (``temporal_*.yaml``) find an expression; the context steps (``kinds.py``,
``dailyclock.py``, ``eventweekend.py`` ...) then read the words around it: the verbs of a plan,
the words of a daily habit, what comes before a span's last day. Those words live in the cue
file, one entry per cue, each with a description and examples that run as tests
(``tests/temporal/test_temporal_context.py``): a sentence, the expression the tagger must find
in it and the value it must get, or under ``not:`` an expression it must not find (or a value
it must not give).

An entry holds one of:

* ``pattern``: a regular expression (case-insensitive unless ``case_sensitive``), in which
  ``{name}`` stands for the entry's word list ``name`` (``words:``), or the file's shared one,
  written as a group of its words in the order listed (escaped: a space is one space);
* ``words`` alone: word lists the module reads as sets;
* ``map``: words and what each means (``eventweekend``: an order word and its week).

Patterns are compiled once, when the file is first read. A context step reads its cues at
import (``cue_pattern("daily-habit-words")``); an entry no module reads is a test failure.
Pure Python: no spaCy.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from generator.rulefiles import RULES_DIR, RuleFileError, load_rule_file, rule_label

CUE_FILE = "temporal_context.yaml"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

__all__ = ["CUE_FILE", "Cue", "cue_map", "cue_pattern", "cue_words", "load_cues"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class CueExample(_Strict):
    """A sentence in which the tagger must find ``timex`` with ``value`` (and ``mod``); the
    scanner's rules in ``ruleset`` take their examples in this shape too."""

    text: str
    timex: str
    value: str
    type: str | None = None
    mod: str | None = None
    published: dt.date | Literal["none"] | None = None
    """Publication date; ``none`` = unknown; omitted = the lexicon's ``example_published``."""


class CueCounter(_Strict):
    """A sentence in which the tagger must not find ``timex`` (or, with ``value``, must not
    give it that value)."""

    text: str
    timex: str
    value: str | None = None
    published: dt.date | Literal["none"] | None = None


class Cue(_Strict):
    """One cue: its words or pattern, the module that reads it, and its examples."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    module: str = Field(pattern=r"^[a-z_]+$")
    """The module of ``generator/extract/temporal`` that reads the cue."""
    description: str
    words: dict[str, list[str]] = Field(default_factory=dict)
    pattern: str | None = None
    case_sensitive: bool = False
    map: dict[str, Any] | None = None
    examples: list[CueExample] = Field(min_length=1)
    not_: list[CueCounter] = Field(default_factory=list, alias="not")

    @model_validator(mode="after")
    def _has_content(self) -> Cue:
        if self.pattern is None and not self.words and self.map is None:
            raise ValueError("a cue needs a pattern, words or a map")
        return self


class CueFile(_Strict):
    words: dict[str, list[str]] = Field(default_factory=dict)
    """Word lists any cue's pattern may name (``{weekday_names}``)."""
    cues: list[Cue]


@dataclass(frozen=True, slots=True)
class Cues:
    """The loaded cue file: entries by id and their compiled patterns."""

    entries: dict[str, Cue]
    patterns: dict[str, re.Pattern[str]]
    source: str


@functools.lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> Cues:
    """Load, validate and compile the cue file (cached per path).

    Raises:
        RuleFileError: naming the file, the cue id and the field of the first problem.
    """
    file = Path(path) if path else RULES_DIR / CUE_FILE
    label = rule_label(file)
    entries: dict[str, Cue] = {}
    loaded = load_rule_file(file, CueFile)
    for cue in loaded.cues:
        if cue.id in entries:
            raise RuleFileError(f"{label}: cue id {cue.id!r} is used twice")
        entries[cue.id] = cue
    patterns = {cue.id: _compile(cue, loaded.words, label) for cue in entries.values()
                if cue.pattern is not None}
    return Cues(entries, patterns, file.name)


def _compile(cue: Cue, shared: dict[str, list[str]], label: str) -> re.Pattern[str]:
    words = {**shared, **cue.words}

    def expand(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in words:
            raise RuleFileError(f"{label}: cue {cue.id!r} field pattern: unknown placeholder "
                                f"{{{name}}} (known: {', '.join(sorted(words)) or 'none'})")
        return "(?:" + "|".join(re.escape(word) for word in words[name]) + ")"

    body = _PLACEHOLDER.sub(expand, cue.pattern or "")
    try:
        return re.compile(body, 0 if cue.case_sensitive else re.IGNORECASE)
    except re.error as err:
        raise RuleFileError(f"{label}: cue {cue.id!r} field pattern: {err}") from err




def _entry(cue_id: str) -> Cue:
    try:
        return load_cues().entries[cue_id]
    except KeyError:
        raise RuleFileError(f"{rule_label(RULES_DIR / CUE_FILE)}: no cue {cue_id!r}") from None


def cue_pattern(cue_id: str) -> re.Pattern[str]:
    """The compiled pattern of cue ``cue_id``."""
    _entry(cue_id)
    try:
        return load_cues().patterns[cue_id]
    except KeyError:
        raise RuleFileError(f"{rule_label(RULES_DIR / CUE_FILE)}: cue {cue_id!r} has no "
                            "pattern") from None


def cue_words(cue_id: str, name: str) -> tuple[str, ...]:
    """Word list ``name`` of cue ``cue_id``, in the order written."""
    words = _entry(cue_id).words
    if name not in words:
        raise RuleFileError(f"{rule_label(RULES_DIR / CUE_FILE)}: cue {cue_id!r} has no word "
                            f"list {name!r}")
    return tuple(words[name])


def cue_map(cue_id: str) -> dict[str, Any]:
    """The map of cue ``cue_id`` (a copy)."""
    found = _entry(cue_id).map
    if found is None:
        raise RuleFileError(f"{rule_label(RULES_DIR / CUE_FILE)}: cue {cue_id!r} has no map")
    return dict(found)
