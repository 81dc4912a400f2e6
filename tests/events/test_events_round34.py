"""Round 34 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    dated,
    dates_starting,
    listed_as,
    listed_dates,
    no_what_with,
    not_dated,
    what_has,
)

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


CASES = [
    case("the_replay_held_on_a_day_retells_the_tie_played_again_that_week",
         ("Orsk Rovers will play Tarn City again next week after a 2-2 draw on Tuesday. "
          "The replay will be held at Lowmere Park on Wednesday."),
         PUBLISHED, not_dated("2026-06-17"), dated("2026-W25")),
    case("a_replay_held_after_that_week_stays_its_own",
         ("Orsk Rovers will play Tarn City again next week after a 2-2 draw on Tuesday. "
          "The replay will be held at Lowmere Park on June 30."),
         PUBLISHED, dated("2026-06-30")),
    case("a_headline_giving_the_finer_date_a_body_event_folded_in_is_that_event",
         ("Orsk backs tram extension, digging to start July 6\n\n"
          "Work on the Orsk tram extension will start next month, the council said. Crews "
          "are due to begin digging at the station on July 6."),
         PUBLISHED, listed_dates("2026-07"), listed_as("status", ["planned"])),
    case("a_headline_with_a_date_the_body_never_gives_stays_its_own",
         ("Orsk backs tram extension, digging to start July 20\n\n"
          "Work on the Orsk tram extension will start next month, the council said. Crews "
          "are due to begin digging at the station on July 6."),
         PUBLISHED, dated("2026-07-20")),
    case("the_same_day_the_dates_stage_resolves_dates_the_conjunct_itself",
         ("Orsk Foods on Monday called off a party it had planned in Tarn for August 20 "
          "and will instead hold a dinner at its headquarters on the same day."),
         dt.date(2026, 7, 30),
         what_has("2026-08-20", "dinner"),  # not the party, a plan replaced
         no_what_with("2026-07-27", "dinner")),
    case("a_participle_clause_at_a_finer_date_tells_the_same_happening",
         ("The Orsk probe will make its closest pass of the comet next week, flying 300 "
          "kilometres above its surface at 09:15 GMT on Thursday, the agency said on Monday."),
         PUBLISHED, dated("2026-W25"), dates_starting("2026-06-18", 0)),
    case("a_participle_clause_at_another_date_stays_its_own",
         ("The Orsk team will leave for Tarn next week, arriving in Lowmere on June 30, the "
          "club said on Monday."),
         PUBLISHED, dated("2026-06-30")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round34_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
