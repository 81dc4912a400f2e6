"""Find repeated claims: the same speaker saying near-identical words in several articles.

A claim repeated across articles gets one page that lists every appearance, so the review is
written once. Two claims repeat each other when they have the same speaker key, their word
sequences are near-identical (punctuation, case and curly quotes ignored) and they contain the
same numbers: "40 percent" and "45 percent" are two claims to check, however similar the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from difflib import SequenceMatcher
from typing import TypeVar

T = TypeVar("T")

#: Word-sequence similarity (0..1) from which two claims count as the same claim.
SIMILARITY_THRESHOLD = 0.9

_WORD = re.compile(r"\w+", re.UNICODE)


def claim_words(text: str) -> tuple[str, ...]:
    """Return the lower-cased words of ``text`` (what repetition compares)."""
    return tuple(w.lower() for w in _WORD.findall(text))


def same_claim(a: Sequence[str], b: Sequence[str], threshold: float = SIMILARITY_THRESHOLD) -> bool:
    """True when two word sequences state the same claim (same numbers, near-identical words)."""
    if _numbers(a) != _numbers(b):
        return False
    return similarity(a, b) >= threshold


def _numbers(words: Sequence[str]) -> list[str]:
    return [w for w in words if any(ch.isdigit() for ch in w)]


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """Return the ``difflib`` ratio of two word sequences (1.0 = identical)."""
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def group_repeats(
    items: Sequence[T],
    speaker_of: Callable[[T], Hashable | None],
    text_of: Callable[[T], str],
    threshold: float = SIMILARITY_THRESHOLD,
) -> list[list[T]]:
    """Group items that repeat one another, keeping the input order inside and across groups.

    Items without a speaker (the publication's own statements) are never grouped: two outlets
    writing the same sentence is not one speaker repeating a claim.

    Args:
        items: Claims in reading order (first appearance first).
        speaker_of: Returns the speaker key of an item, or None.
        text_of: Returns the words of an item.
        threshold: Minimum ``similarity`` for two items to be the same claim.

    Returns:
        Groups in the order of their first item; every item is in exactly one group.
    """
    groups: list[list[T]] = []
    # Per speaker, (words of the group's first item, group): compare with the first appearance
    # only, so a chain of small edits cannot drift into merging different claims.
    by_speaker: dict[Hashable, list[tuple[tuple[str, ...], list[T]]]] = {}
    for item in items:
        speaker = speaker_of(item)
        words = claim_words(text_of(item))
        group = _find_group(by_speaker.get(speaker, []), words, threshold) if speaker else None
        if group is None:
            group = [item]
            groups.append(group)
            if speaker is not None:
                by_speaker.setdefault(speaker, []).append((words, group))
        else:
            group.append(item)
    return groups


def _find_group(
    candidates: list[tuple[tuple[str, ...], list[T]]], words: tuple[str, ...], threshold: float
) -> list[T] | None:
    """Return the first candidate group whose first item is similar enough to ``words``."""
    for first_words, group in candidates:
        if same_claim(first_words, words, threshold):
            return group
    return None
