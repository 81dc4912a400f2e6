"""Claims, round 30 of the blind event set by category: a bare figure in apposition on the
subject is its value, and counts (fictional places; scores given by hand)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.claims import iter_claims

PUBLISHED = dt.date(2026, 7, 20)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The Orsk record, 38.9C, was set at Halbury.", "statistic"),
    ("The Orsk price, $4,200, was paid at Halbury.", "statistic"),
    # an aside that says who acts still does not count
    ("Orsk Rovers, who finished ninth, sacked their coach.", "statement"),
])
def test_a_figure_in_apposition_is_the_subjects_value(nlp, sentence, kind):
    claims = iter_claims(nlp(sentence), [], [], [0.6], [], published=PUBLISHED)
    assert [c.kind for c in claims] == [kind]
