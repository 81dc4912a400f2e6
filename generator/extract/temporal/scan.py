"""Find rule matches in raw text and pick the non-overlapping ones (pure Python, no spaCy).

Every rule's regex runs over the whole text; each match becomes a :class:`Candidate` carrying its
:class:`~generator.extract.temporal.readings.Reading`. Context checks that need the parse run
afterwards (``checks.py``); :func:`select` then keeps the longest match at each position, the way
HeidelTime resolves overlapping rules.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from generator.extract.temporal.readings import NotThisRule, Reading, ReadingError, build_reading
from generator.extract.temporal.ruleset import CompiledRule, Ruleset, load_ruleset

log = logging.getLogger("mkdocs.plugins.factcheck.temporal")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One rule match before context checks and overlap resolution."""

    start: int
    end: int
    rule: CompiledRule
    reading: Reading
    groups: dict[str, tuple[int, int]]
    """Character span of every named group that took part, for the context checks."""


def tokens_in(doc, start: int, end: int):
    """The tokens of ``doc`` overlapping a character span (for the context checks)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def group_tokens(doc, cand: Candidate, group: str):
    """The tokens of one named group of a candidate; the whole match when it has no such group."""
    start, end = cand.groups.get(group, (cand.start, cand.end))
    return tokens_in(doc, start, end)


def scan(text: str, ruleset: Ruleset | None = None) -> list[Candidate]:
    """All matches of all rules in ``text`` (overlapping), in text order."""
    ruleset = ruleset or load_ruleset()
    lowered = text.lower()
    found = [cand for compiled in ruleset.rules if _may_match(compiled, lowered)
             for cand in _matches(text, compiled, ruleset)]
    return sorted(found, key=lambda c: (c.start, -c.end))


def _may_match(compiled: CompiledRule, lowered: str) -> bool:
    """False when the text lacks every word the rule ``requires`` (its regex cannot match)."""
    needed = compiled.rule.requires
    return not needed or any(word in lowered for word in needed)


def _matches(text: str, compiled: CompiledRule, ruleset: Ruleset) -> Iterator[Candidate]:
    """Matches of one rule; a match whose words cannot be read is logged and skipped."""
    for match in compiled.regex.finditer(text):
        try:
            reading = build_reading(match.groupdict(), compiled.rule.params, ruleset.lookup)
        except NotThisRule:
            continue
        except ReadingError as err:
            log.warning("temporal rule %s: %s", compiled.rule.id, err)
            continue
        spans = {name: match.span(name) for name, value in match.groupdict().items()
                 if value is not None}
        yield Candidate(match.start(), match.end(), compiled, reading, spans)


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest-leftmost non-overlapping candidates; equal extents go to the higher priority."""
    ranked = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start),
                                               -c.rule.rule.priority))
    chosen: list[Candidate] = []
    for cand in ranked:
        if chosen and cand.start < chosen[-1].end:
            continue
        chosen.append(cand)
    return chosen


def read_text(text: str, ruleset: Ruleset | None = None) -> Reading | None:
    """The reading of a whole expression ("last month"), from the rule that matches all of it.

    Used to re-resolve stored mentions without the parse. Returns None when no rule covers the
    whole text.
    """
    ruleset = ruleset or load_ruleset()
    words = text.strip()
    whole = [c for c in scan(words, ruleset) if c.start == 0 and c.end == len(words)]
    if not whole:
        return None
    return max(whole, key=lambda c: c.rule.rule.priority).reading
