"""Round 23 of the blind event set, by category: what needs more than one sentence (an age
epithet and a pronoun after a player named with the club he comes from, a resignation told by
its verb and by its noun) (fictional people, places and clubs)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, last_what_starts, listed_as

PUBLISHED = dt.date(2026, 8, 6)


CASES = [
    case("an_age_epithet_is_the_player_not_the_club_he_comes_from",
         ("Westbury Rovers completed the signing of winger Jonas Brell from Marisco Velha on "
          "Wednesday. The 22-year-old passed a medical on Monday. He is expected to make his "
          "debut against Orsk on Aug. 15."),
         PUBLISHED,
         listed_as("what", ["Jonas Brell passes a medical",
                            "Jonas Brell makes his debut against Orsk"], start=1)),
    case("a_resignation_told_by_its_verb_and_its_noun_is_one_event",
         ("Voters in Orsk will elect a new councillor on Dec. 3 after Ada Quill resigned last "
          "month to run a charity. Quill, who was first elected in 2018, announced her "
          "resignation on July 14."),
         PUBLISHED,
         listed_as("value mentions", [("2026-07", 2)], where=lambda what: "resign" in what)),
    case("who_had_offers_turned_down_is_who_agrees_the_fee_after",
         "Westbury Rovers had two bids turned down in March before agreeing a fee last Friday.",
         PUBLISHED, listed_as("what value", [
             ("Westbury Rovers has two bids turned down", "2026-03"),
             ("Westbury Rovers agrees a fee", "2026-07-31"),
         ])),
    case("a_firm_named_by_its_first_word_is_the_firm_named_in_full_before",
         ("Residents, the council and the developer, Ashgate Construction, gave evidence at "
          "the inquiry. Ashgate appealed in February 2025. Ashgate said it expected to start "
          "building early next year."),
         PUBLISHED,
         listed_as("what", ["Ashgate Construction appeals",
                            "Ashgate Construction starts building"])),
    case("it_after_a_noun_with_a_quoted_title_is_that_title",
         ("The Tolvin Film Festival opens on Thursday night. The festival's closing film, the "
          "comedy \"Blue Harbour\", will have its premiere on Saturday. It was pulled from the "
          "programme in August 2025 after a flood at the studio."),
         PUBLISHED, last_what_starts("Blue Harbour is pulled")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round23_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
