"""Claims, round 8 of the blind event set by category: an ordinal on the object of a
relative clause says which one (fictional places; scores given by hand)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_hits import make_timex

from generator.extract.claims import iter_claims

PUBLISHED = dt.date(2024, 5, 10)
WEDNESDAY = dt.date(2024, 5, 8)


@pytest.mark.parametrize(("text", "kind"), [
    # the relative clause only describes the landslide: "the only road" says which road
    ("Aid reached Lowmere on Wednesday, after engineers cleared a landslide that had blocked "
     "the only road into the valley.", "statement"),
    # asserted by the sentence itself, "the only road" ranks
    ("The Orsk pass was the only road into the valley on Wednesday.", "statistic"),
])
def test_an_ordinal_in_a_relative_clause_object_ranks_nothing(nlp, text, kind):
    wednesday = make_timex(text, "Wednesday", WEDNESDAY.isoformat(), WEDNESDAY, WEDNESDAY)
    claim, = iter_claims(nlp(text), [], [wednesday], [0.6], [], published=PUBLISHED)
    assert claim.kind == kind
