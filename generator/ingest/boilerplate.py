"""Find boilerplate lines (photo credits, copyright notices, share prompts ...) in raw text.

The patterns are data in ``generator/rules/boilerplate.yaml``; this module only splits text into
lines and asks the rules about each one. It works on any text, not just files read by ingest,
because ``factcheck annotate`` calls it on documents that arrive on stdin.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.ingest.rules import (
    BoilerplateRule,
    RuleFileError,
    compile_rule,
    load_boilerplate_rules,
)

Span = tuple[int, int]

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class CompiledLineRule:
    """A boilerplate rule with its regex compiled and its length limit resolved."""

    rule: BoilerplateRule
    regex: re.Pattern[str]
    max_chars: int

    def matches(self, line: str) -> bool:
        """True when ``line`` (already stripped) is boilerplate by this rule."""
        if len(line) > self.max_chars:
            return False
        if self.rule.full_line:
            return self.regex.fullmatch(line) is not None
        return self.regex.match(line) is not None


@functools.lru_cache(maxsize=1)
def compiled_boilerplate_rules() -> tuple[CompiledLineRule, ...]:
    """Every rule of ``boilerplate.yaml``, compiled once per process.

    Raises:
        RuleFileError: A pattern does not compile; the message names the rule.
    """
    rules = load_boilerplate_rules()
    compiled = []
    for rule in rules.rules:
        try:
            regex = compile_rule(rule, rules.fragments)
        except ValueError as err:
            raise RuleFileError(f"generator/rules/boilerplate.yaml: {err}") from None
        limit = min(rule.max_chars or rules.max_line_chars, rules.max_line_chars)
        compiled.append(CompiledLineRule(rule, regex, limit))
    return tuple(compiled)


def iter_line_spans(text: str) -> Iterator[Span]:
    """Yield ``(start, end)`` of every non-blank line, without surrounding whitespace.

    Lines end at ``\\n``; a ``\\r`` before it counts as trailing whitespace, so CRLF text
    works too.
    """
    for match in _LINE.finditer(text):
        start, end = match.span()
        line = match.group()
        stripped_left = len(line) - len(line.lstrip())
        stripped_right = len(line) - len(line.rstrip())
        if stripped_left < len(line):
            yield start + stripped_left, end - stripped_right


def boilerplate_rule_for(line: str) -> str | None:
    """The id of the first rule that calls ``line`` boilerplate, or None.

    Args:
        line: One line of text; surrounding whitespace is ignored.
    """
    line = line.strip()
    for compiled in compiled_boilerplate_rules():
        if compiled.matches(line):
            return compiled.rule.id
    return None


def find_boilerplate(text: str) -> list[Span]:
    """Spans of the lines of ``text`` that are boilerplate, in text order.

    Each span covers one whole line without its surrounding whitespace, so
    ``text[start:end]`` is the credit or notice itself.

    Args:
        text: Article text, or any raw text (``factcheck annotate`` input).

    Returns:
        ``(start, end)`` character offsets into ``text``.

    Example:
        >>> text = "Port Ellis votes\\n\\nMaren Kolstad/Associated Press\\n"
        >>> [text[s:e] for s, e in find_boilerplate(text)]
        ['Maren Kolstad/Associated Press']
    """
    rules = compiled_boilerplate_rules()
    spans = []
    for start, end in iter_line_spans(text):
        line = text[start:end]
        if any(rule.matches(line) for rule in rules):
            spans.append((start, end))
    return spans
