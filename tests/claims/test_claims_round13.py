"""Claims, round 13 of the blind event set by category: a plan since replaced or a request
turned down asserts no future (fictional places and firms; scores given by hand)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_hits import make_timex

from generator.extract.claims import iter_claims

PUBLISHED = dt.date(2024, 5, 10)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Brask Foods had originally aimed to open the Orsk plant in the third quarter.",
     "statement"),
    ("Her lawyer had asked for the trial to start in the third quarter, but the judge "
     "refused.", "statement"),
    # the aim still stands: a plan for the future
    ("Brask Foods aims to open the Orsk plant in the third quarter.", "prediction"),
])
def test_a_replaced_plan_is_a_statement(nlp, sentence, kind):
    quarter = make_timex(sentence, "the third quarter", "2024-Q3", dt.date(2024, 7, 1),
                         dt.date(2024, 9, 30), "quarter")
    claims = iter_claims(nlp(sentence), [], [quarter], [0.6], [], published=PUBLISHED)
    assert [c.kind for c in claims] == [kind]
