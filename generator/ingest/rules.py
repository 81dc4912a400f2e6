"""Load the line rules that ingest uses (``generator/rules/boilerplate.yaml``, ``metadata.yaml``).

Both files share one shape (HeidelTime style): named regex ``fragments`` that patterns reuse as
``{name}``, and a list of ``rules``, each with a stable ``id``, a ``pattern``, and executable
``examples`` / ``not`` lines that ``tests/ingest/test_rule_examples.py`` runs. The files are
package data, read once and validated by pydantic (through ``generator.rulefiles``, shared by
every stage) so a typo fails loudly with the file, rule and field.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from generator.rulefiles import RULES_DIR, RuleFileError, load_rule_file, validate_rule_file  # noqa: F401 (RULES_DIR, RuleFileError, validate_rule_file: re-exported)

MetadataField = Literal["published", "author", "publisher", "dateline", "dateline_date"]

#: ``{name}`` placeholders; regex counted repetition such as ``{1,4}`` never matches this.
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class LineRule(_Strict):
    """A regex tried against one line of text (leading/trailing whitespace removed)."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    """Stable lower-kebab id, reported in errors and tests."""
    description: str
    pattern: str
    """Regex; ``{fragment}`` placeholders are expanded before compiling."""
    full_line: bool = True
    """True: the pattern must match the whole line. False: it must match at the line start."""
    ignore_case: bool = False
    max_chars: int | None = None
    """Longer lines are never matched: real paragraphs are long, credits and labels short."""
    not_: list[str] = Field(default_factory=list, alias="not")
    """Lines this rule must NOT match (counterexamples, run by a test)."""


class BoilerplateRule(LineRule):
    examples: list[str] = Field(min_length=1)
    """Lines this rule must match."""


class MetadataExample(_Strict):
    text: str
    expect: dict[MetadataField, str]
    """Field values the rule must produce; ``published`` as ``YYYY-MM-DD``."""


class MetadataRule(LineRule):
    field: MetadataField
    """The main field the rule fills; named groups may fill others (``publisher``)."""
    scope: Literal["head", "lead", "anywhere"] = "head"
    """``head``: only the first lines of the article (see ``head_lines``); ``lead``: only the
    first paragraph of the body (the first head line that no ``head`` rule reads and that is
    not boilerplate); ``anywhere``: every line."""
    examples: list[MetadataExample] = Field(min_length=1)


class TitleSettings(_Strict):
    max_chars: int = 160
    max_words: int = 25
    end_chars: str = ".,;:"
    """A first line ending with one of these is a sentence, not a headline."""


class _RuleFile(_Strict):
    fragments: dict[str, str] = Field(default_factory=dict)

    @field_validator("fragments")
    @classmethod
    def _fragments_compile(cls, fragments: dict[str, str]) -> dict[str, str]:
        for name, regex in fragments.items():
            try:
                re.compile(expand(regex, fragments))
            except re.error as err:
                raise ValueError(f"fragment {name!r} is not a valid regex: {err}") from None
        return fragments


class BoilerplateRules(_RuleFile):
    max_line_chars: int = 600
    rules: list[BoilerplateRule]


class MetadataRules(_RuleFile):
    head_lines: int = 8
    """How many non-empty lines count as the top of the article."""
    months: dict[str, int]
    """First three letters of a month name (lower case) -> month number."""
    legal_suffixes: list[str] = Field(default_factory=list)
    """Company-form suffixes dropped from publisher names ("Inc.", "Ltd")."""
    title: TitleSettings = TitleSettings()
    rules: list[MetadataRule]


def expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    """Replace ``{name}`` placeholders by ``(?:fragment)``, recursively.

    Args:
        pattern: Regex text with placeholders.
        fragments: Named regex pieces; they may use placeholders themselves.
        depth: Recursion guard against fragments that include each other.

    Raises:
        ValueError: An unknown placeholder, or fragments nested more than 5 deep.
    """
    if depth > 5:
        raise ValueError("fragments nest more than 5 levels (a cycle?)")

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}}; known: {', '.join(sorted(fragments))}")
        return "(?:" + expand(fragments[name], fragments, depth + 1) + ")"

    return _PLACEHOLDER.sub(substitute, pattern)


def compile_rule(rule: LineRule, fragments: dict[str, str]) -> re.Pattern[str]:
    """Compile a rule's pattern with its fragments expanded.

    Raises:
        ValueError: The pattern is not a valid regex or uses an unknown fragment.
    """
    flags = re.IGNORECASE if rule.ignore_case else 0
    try:
        return re.compile(expand(rule.pattern, fragments), flags)
    except re.error as err:
        raise ValueError(f"rule {rule.id!r}: pattern: not a valid regex: {err}") from None


@functools.lru_cache(maxsize=1)
def load_boilerplate_rules() -> BoilerplateRules:
    """The validated contents of ``generator/rules/boilerplate.yaml`` (read once)."""
    return load_rule_file("boilerplate.yaml", BoilerplateRules)


@functools.lru_cache(maxsize=1)
def load_metadata_rules() -> MetadataRules:
    """The validated contents of ``generator/rules/metadata.yaml`` (read once)."""
    return load_rule_file("metadata.yaml", MetadataRules)
