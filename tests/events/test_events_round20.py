"""Round 20 of the blind event set, by category: dated clauses the article does not assert (a
consequence under a condition, an open question, a relative clause that says whom it means, a
plan a new date replaced) and a headline that retells the body in other words (fictional
people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, listed_as, listed_has

from generator.extract.events.names import resolve_pronoun
from generator.extract.events.pronoun_limits import in_byline, untyped_speaker

PUBLISHED = dt.date(2026, 3, 4)


CASES = [
    case("a_headline_flying_a_route_retells_its_launch",
         ("Orsk Air to fly to Lowmere from June\n\nOrsk Air will launch its first route to "
          "Lowmere on June 12.\n"),
         PUBLISHED, listed_as("what status value mentions", [
             ("Orsk Air launches its first route to Lowmere", "planned", "2026-06-12", 2),
         ])),
    case("new_dates_in_a_headline_retell_taking_place_and_the_old_plan_makes_no_event",
         ("Brightwater Fair called off as storms hit; new dates set for July\n\nThe "
          "Brightwater Fair, which was due to open on Saturday, will now take place on July 11 "
          "and 12.\n"),
         PUBLISHED, listed_as("what status value mentions", [
             ("The Brightwater Fair takes place", "planned", "2026-07-11", 2),
         ])),
    case("a_consequence_of_a_condition_makes_no_event_but_its_clause_does",
         ("If the Lowmere nurses back a strike, their union must give notice, meaning "
          "walkouts could begin in late April. The ballot closes on March 20."),
         PUBLISHED, listed_as("what value", [("The ballot closes", "2026-03-20")])),
    case("a_purpose_infinitive_shares_the_future_of_the_verb_it_hangs_from",
         ("The Lowmere council will use the census figures to redraw its wards by the end of "
          "2027."),
         PUBLISHED, listed_as("status value", [("planned", "2027")])),
    case("a_date_between_saying_and_the_reported_subject_dates_the_saying",
         ("The Lowmere Nurses' Union said on Monday it would ballot its 900 members on strike "
          "action from March 16 to March 27."),
         PUBLISHED,
         listed_as("status value", [("happened", "2026-03-02"), ("planned", "2026-03-16")])),
    case("the_date_a_happening_is_moved_to_is_arranged",
         ("The Lowmere ferry company said on Monday it had pushed back the opening of its "
          "new route to the second half of 2027."),
         PUBLISHED, listed_has("status value", ("planned", "2027-H2"))),
    case("the_first_flight_at_a_clock_time_that_day_is_the_route_launch",
         ("Orsk Air will launch its first route to Lowmere on June 12. The first flight will "
          "leave Orsk at 9:15 a.m. that day on a leased jet."),
         PUBLISHED, listed_as("what status value mentions", [
             ("Orsk Air launches its first route to Lowmere", "planned", "2026-06-12", 2),
         ])),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round20_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_the_byline_names_no_one_a_pronoun_stands_for(nlp):
    doc = nlp("Lowmere dockers strike\n\nBy Ada Quill, Labour Writer\n\n"
              "The Lowmere port said on Monday that the strike was over. She plays on Thursday.")
    she = next(t for t in doc if t.text == "She")
    byline = next(e for e in doc.ents if e.text == "Ada Quill")
    assert in_byline(byline)
    assert resolve_pronoun(she) != "Ada Quill"


def test_she_after_a_quote_stands_for_its_untyped_speaker(nlp):
    doc = nlp("\u201cEvery match is a gift,\u201d Vidal said. She plays on Thursday.")
    speaker = next(t for t in doc if t.text == "Vidal")
    assert speaker.ent_type_ == ""  # the tagger leaves this surname untyped
    assert untyped_speaker(speaker) == "Vidal"
    assert resolve_pronoun(next(t for t in doc if t.text == "She")) == "Vidal"
