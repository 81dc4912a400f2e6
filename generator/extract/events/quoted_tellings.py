"""Happenings told again inside a direct quote ("Nobody at Kennet Vale wanted *Friday's ban*",
"*We will be outside Leinster House on Wednesday*", "Every A-level student will get their
grades *next Thursday*"): the set's gold folds a quote's retelling into the happening the
article tells on the same date (round 60's splits; conventions of rounds 59 and 60). Whether a
date is quoted is read from the quote marks of its paragraph before it, a count over a slice
of the text, never a walk over the doc."""

from __future__ import annotations

__all__ = ["inside_quote", "quote_retells"]

QUOTE_MARKS = ('"', "\u201c", "\u201d")


def inside_quote(text: str, at: int) -> bool:
    """Whether the offset ``at`` falls inside a direct quote: an odd number of quote marks
    between its paragraph's start and it (a quote may run over several sentences)."""
    start = text.rfind("\n", 0, at) + 1
    stretch = text[start:at]
    return sum(stretch.count(mark) for mark in QUOTE_MARKS) % 2 == 1


def quote_retells(kept, candidate) -> bool:
    """Whether ``candidate``, told inside a quote and no saying of its own, retells ``kept``,
    told outside one on the same date value (merge.same_event)."""
    return candidate.quoted and not kept.quoted and not candidate.sayer \
        and kept.event.when.value == candidate.event.when.value
