"""Claims, round 15 of the blind event set by category: a later date that a past act arranged,
through infinitives and participles, leaves the sentence about the act (fictional places and
firms; scores given by hand)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_hits import make_timex

from generator.extract.claims import iter_claims

PUBLISHED = dt.date(2024, 5, 10)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Orsk City Council voted on Tuesday to close the Brask library, clearing the way for "
     "demolition to begin in September.", "statement"),
    ("The board of Brask Foods agreed on Monday to open the Orsk plant in September.",
     "statement"),
    # a modal of its own: the sentence says what will happen
    ("Orsk City Council said on Tuesday that demolition will begin in September.",
     "prediction"),
    ("Orsk City Council plans to close the Brask library, clearing the way for demolition "
     "to begin in September.", "prediction"),
])
def test_a_later_date_a_past_act_arranged_is_about_the_act(nlp, sentence, kind):
    september = make_timex(sentence, "September", "2024-09", dt.date(2024, 9, 1),
                           dt.date(2024, 9, 30), "month")
    claims = iter_claims(nlp(sentence), [], [september], [0.6], [], published=PUBLISHED)
    assert [c.kind for c in claims] == [kind]
