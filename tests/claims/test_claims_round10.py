"""Claims, round 10 of the blind event set by category: a reporting verb in an adverbial
clause hands over to reported speech (fictional places; scores given by hand)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from claim_hits import make_quote, make_timex

from generator.extract.claims import iter_claims

PUBLISHED = dt.date(2024, 5, 10)


@pytest.mark.parametrize(("opener", "own"), [
    ("after", "The Orsk ferry timetable was changed after residents of Lowmere complained "
              "last year"),
    ("because", "The Orsk ferry timetable was changed because residents of Lowmere "
                "complained last year"),
    # no adverbial clause: the sentence is the residents' report, nothing of the article's
    ("and", None),
])
def test_a_reporting_verb_in_an_adverbial_clause_leaves_the_main_clause_a_claim(
        nlp, opener, own):
    text = (f"The Orsk ferry timetable was changed {opener} residents of Lowmere complained "
            "last year that they could not reach the market.")
    quote = replace(make_quote(text, "they could not reach the market", "indirect",
                               "residents of Lowmere", cue="complained"),
                    speaker_mention="residents of Lowmere")
    last_year = make_timex(text, "last year", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    claims = iter_claims(nlp(text), [quote], [last_year], [0.6], [], published=PUBLISHED)
    mine = [c.text for c in claims if c.kind != "reported"]
    assert mine == ([own] if own else [])
