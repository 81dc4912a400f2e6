"""A date that only says when something was the same: "caps the festival's capacity at
25,000, *the same as in 2025*" (round 42) compares with that year, as "the first since
1984" ranks against one; the year makes no event (``filters.is_reference_point``)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules

__all__ = ["same_as_then"]


def same_as_then(span, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) is the object of "as" (or of a preposition after it)
    that a word of ``rules.likeness_words`` governs ("the *same as in* 2025", "*unchanged
    from* 2024" is ``reference_points.bases``' already)."""
    token = span.root
    for _ in range(3):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ == "as" and token.dep_ == "prep":
            return token.head.lemma_.lower() in rules.likeness_words
    return False
