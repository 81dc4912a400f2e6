"""Claims, round 31 of the blind event set by category: a length after "in" on a coming
happening makes its sentence a prediction (fictional places; scores given by hand)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.claims import iter_claims
from generator.extract.hits import Timex

PUBLISHED = dt.date(2026, 3, 19)


def length(text: str, words: str, value: str) -> Timex:
    """The DURATION the temporal stage gives ``words`` (no calendar range)."""
    at = text.index(words)
    return Timex(at, at + len(words), words, "DURATION", value, rule="test")


@pytest.mark.parametrize(("sentence", "words", "value", "kind"), [
    ("The Orsk levy ruling takes effect in 30 days.", "30 days", "P30D", "prediction"),
    # a past length says how long it took
    ("The Orsk bridge was repaired in 30 days.", "30 days", "P30D", "statement"),
])
def test_a_length_after_in_dates_a_coming_happening(nlp, sentence, words, value, kind):
    claims = iter_claims(nlp(sentence), [], [length(sentence, words, value)], [0.6], [],
                         published=PUBLISHED)
    assert [c.kind for c in claims] == [kind]
