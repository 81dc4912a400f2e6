"""Load and compile the temporal rules in ``generator/rules/temporal*.yaml``.

``temporal.yaml`` holds the shared word lists, regex fragments and settings; every other
``temporal_*.yaml`` file holds rules, except ``temporal_context.yaml``, the cue words of the
context steps (``cues.py``). Files are validated with pydantic, so a typo in a rule file
fails with the file name, the rule id and the field. Pure Python: no spaCy.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# a scanner rule's example reads like a context cue's (a sentence, the timex, its value)
from generator.extract.temporal.cues import CUE_FILE
from generator.extract.temporal.cues import CueExample as Example
from generator.extract.temporal.readings import PARAM_FIELDS
from generator.rulefiles import RULES_DIR, RuleFileError, load_rule_file

LEXICON_FILE = "temporal.yaml"
RULE_FILES = "temporal_*.yaml"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([a-z_0-9]+))?\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Rule(_Strict):
    """One pattern with the fixed reading fields it contributes and its executable examples."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    description: str
    pattern: str
    params: dict[str, Any] = Field(default_factory=dict)
    checks: list[str] = Field(default_factory=list)
    """Names of context checks (``generator.extract.temporal.checks``) a match must pass."""
    priority: int = 0
    """Breaks ties between matches of the same extent: higher wins."""
    requires: list[str] = Field(default_factory=list)
    """Words (lower case, no spaces) one of which every match contains: a text holding none of
    them skips the rule's regex, which saves the scan most of its time on rare rules."""
    examples: list[Example] = Field(default_factory=list)
    not_: list[str] = Field(default_factory=list, alias="not")
    """Sentences in which this rule must not produce a timex."""


class RuleFile(_Strict):
    rules: list[Rule]


class WordTable(_Strict):
    map: dict[str, Any]
    case_sensitive: bool = False
    extra: str | None = None
    """Extra regex alternative (digits for numbers) read by the group's reader."""


class Lexicon(_Strict):
    settings: dict[str, Any]
    words: dict[str, WordTable]
    fragments: dict[str, str]


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern[str]
    source: str
    """File the rule comes from (for error messages and the example tests)."""


@dataclass(frozen=True, slots=True)
class Ruleset:
    lexicon: Lexicon
    rules: tuple[CompiledRule, ...]
    tables: dict[str, dict[str, Any]]

    def lookup(self, table: str, words: str) -> Any:
        """Read ``words`` through word list ``table`` (KeyError when absent)."""
        key = " ".join(words.replace("\u2019", "'").split())
        entries = self.tables[table]
        if key in entries:
            return entries[key]
        return entries[key.lower()]


def rules_dir() -> Path:
    """The packaged ``generator/rules`` directory (package data next to the code)."""
    return RULES_DIR


@functools.lru_cache(maxsize=4)
def load_ruleset(directory: str | None = None) -> Ruleset:
    """Load, validate and compile the lexicon and every rule file (cached per directory).

    Raises:
        RuleFileError: naming the file, rule id and field of the first problem.
    """
    folder = Path(directory) if directory else rules_dir()
    lexicon = load_rule_file(folder / LEXICON_FILE, Lexicon)
    compiled: list[CompiledRule] = []
    seen: set[str] = set()
    for path in sorted(folder.glob(RULE_FILES)):
        if path.name == CUE_FILE:  # the context steps' cue words, no scanner rules
            continue
        for rule in load_rule_file(path, RuleFile).rules:
            if rule.id in seen:
                raise RuleFileError(f"{path}: rule id {rule.id!r} is used twice")
            seen.add(rule.id)
            _check_params(rule, path)
            compiled.append(CompiledRule(rule, compile_pattern(rule, lexicon, path), path.name))
    tables = {name: _table_index(table) for name, table in lexicon.words.items()}
    return Ruleset(lexicon, tuple(compiled), tables)


@functools.cache
def setting_words(key: str) -> frozenset[str]:
    """A word list of the packaged lexicon's ``settings`` (``chance_nouns``,
    ``same_past_verbs`` ...) as a set, read once."""
    return frozenset(load_ruleset().lexicon.settings.get(key, ()))


def _check_params(rule: Rule, path: Path) -> None:
    """``params`` may only set fields a reading has (a typo would otherwise be ignored)."""
    unknown = sorted(set(rule.params) - PARAM_FIELDS)
    if unknown:
        raise RuleFileError(f"{path}: rule {rule.id!r} field params: unknown {', '.join(unknown)} "
                            f"(known: {', '.join(sorted(PARAM_FIELDS))})")


def _table_index(table: WordTable) -> dict[str, Any]:
    """Lookup index: exact keys, plus lower-cased keys for case-insensitive tables."""
    index = {" ".join(key.split()): value for key, value in table.map.items()}
    if not table.case_sensitive:
        index.update({key.lower(): value for key, value in index.items()})
    return index


def compile_pattern(rule: Rule, lexicon: Lexicon, path: Path) -> re.Pattern[str]:
    """Expand ``{fragment}`` placeholders, make spaces flexible and add word boundaries."""
    def expand(found: re.Match[str]) -> str:
        name, alias = found.group(1), found.group(2) or found.group(1)
        return f"(?P<{alias}>{fragment_regex(name, lexicon, path, rule.id)})"

    body = _PLACEHOLDER.sub(expand, _flexible_spaces(rule.pattern))
    try:
        return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
    except re.error as err:
        raise RuleFileError(f"{path}: rule {rule.id!r} field pattern: {err}") from err


def fragment_regex(name: str, lexicon: Lexicon, path: Path, rule_id: str) -> str:
    """Regex for one placeholder: a word list's keys (longest first) or a named fragment."""
    if name in lexicon.fragments:
        return lexicon.fragments[name]
    table = lexicon.words.get(name)
    if table is None:
        known = ", ".join(sorted({**lexicon.words, **lexicon.fragments}))
        raise RuleFileError(f"{path}: rule {rule_id!r} field pattern: unknown placeholder "
                            f"{{{name}}} (known: {known})")
    keys = sorted(table.map, key=len, reverse=True)
    # typographic apostrophes are as common as straight ones in news text
    words = "|".join(_flexible_spaces(re.escape(key)).replace("'", "['\u2019]") for key in keys)
    if table.case_sensitive:
        words = f"(?-i:{words})"
    return f"{table.extra}|{words}" if table.extra else words


def _flexible_spaces(pattern: str) -> str:
    r"""Replace literal (or escaped) spaces outside character classes by ``[ \t\u00a0]+``.

    News text has double spaces and no-break spaces where a rule writer types one space.
    """
    out, in_class, i = [], False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            pair = pattern[i:i + 2]
            out.append(_SPACES if pair == "\\ " and not in_class else pair)
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        out.append(_SPACES if char == " " and not in_class else char)
        i += 1
    return "".join(out)


_SPACES = "(?:[ \\t\\u00a0]+)"  # grouped, so a following ? or * applies to all of it
