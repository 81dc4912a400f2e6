"""A stretch ahead that dates a chance: "the chance of another aftershock of magnitude 5 or
larger in the next week had fallen to about 1 in 10" (round 41): the chance is of what may
come in the week ahead, so "the next week" is a length (DURATION P1W) even in a past clause.
The nouns live in ``temporal.yaml`` (``chance_nouns``). Nothing here imports spaCy.
"""

from __future__ import annotations

from generator.extract.temporal.governor import date_preposition
from generator.extract.temporal.ruleset import setting_words

__all__ = ["dates_a_chance"]


def dates_a_chance(doc, start: int, end: int) -> bool:
    """True when the preposition before the match hangs on a chance noun, directly or through
    what the chance is of (temporal.yaml ``chance_nouns``)."""
    prep = date_preposition(doc, start, end)
    if prep is None:
        return False
    token = prep.head
    for _ in range(5):
        if token.lemma_.lower() in setting_words("chance_nouns"):
            return True
        if token.dep_ not in ("pobj", "prep", "amod") or token.head is token:
            return False
        token = token.head
    return False
