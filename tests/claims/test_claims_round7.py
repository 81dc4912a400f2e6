"""Claims, round 7 of the blind event set by category: a later date a past verb set, a
hand-over to reported speech with its own speaker, verbs the tagger misread (fictional people
and places; scores given by hand)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from claim_hits import make_quote, make_timex

from generator.extract.claims import is_statement, iter_claims
from generator.extract.hits import Sentence

PUBLISHED = dt.date(2024, 5, 10)
MONDAY = dt.date(2024, 5, 13)


@pytest.mark.parametrize(("text", "kind"), [
    # the sentence asserts the arrangement made, a past act
    ("Unions in Lowmere called a meeting with the harbour board for Monday.", "statement"),
    ("The Orsk court granted Ada Quill permission to appeal against her conviction, and set "
     "a hearing for Monday.", "statement"),
    # what will happen then is a prediction
    ("Unions in Lowmere will meet the harbour board on Monday.", "prediction"),
    ("Unions in Lowmere are due to meet the harbour board on Monday.", "prediction"),
])
def test_a_later_date_set_by_a_past_verb_makes_no_prediction(nlp, text, kind):
    monday = make_timex(text, "Monday", MONDAY.isoformat(), MONDAY, MONDAY)
    claim, = iter_claims(nlp(text), [], [monday], [0.6], [], published=PUBLISHED)
    assert claim.kind == kind


@pytest.mark.parametrize(("joint", "claimed"), [(", but officials", True),
                                                (", and officials", True),
                                                ("; officials", False)])
def test_the_part_before_a_speaker_who_reports_is_the_articles_claim(nlp, joint, claimed):
    text = ("Some 4,000 residents of Lowmere were allowed home on Wednesday"
            f"{joint} warned that about 60 houses had been destroyed.")
    quote = replace(make_quote(text, "about 60 houses had been destroyed", "indirect",
                               "officials", cue="warned"), speaker_mention="officials")
    claims = iter_claims(nlp(text), [quote], [], [0.7], [])
    own = [c.text for c in claims if c.kind != "reported"]
    assert own == (["Some 4,000 residents of Lowmere were allowed home on Wednesday"]
                   if claimed else [])


@pytest.mark.parametrize(("text", "expected"), [
    ("Pre-orders open on Saturday.", True),                  # "open" read as an adjective
    ("The 24-team tournament runs from June 12.", True),      # "runs" read as a plural noun
    ("Additional reporting by Ada Quill.", False),
    ("Floods in Lowmere.", False),
])
def test_a_verb_the_tagger_misread_still_makes_a_statement(nlp, text, expected):
    assert is_statement(nlp(text), Sentence(0, len(text), 0.9)) is expected
