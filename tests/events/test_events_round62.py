"""Round 62's misses (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, event, not_dated, what

CASES = [
    case("a_bound_on_a_verb_that_a_negated_expect_governs_is_no_event",
         ("The Orsk grid operator said it did not expect to call on its reserve service before "
          "Christmas."),
         dt.date(2025, 11, 20), not_dated("2025-12-25")),
    case("the_same_bound_under_an_expect_not_negated_stays_a_forecast",
         ("The Orsk grid operator said it expected to call on its reserve service before "
          "Christmas."),
         dt.date(2025, 11, 20), dated("2025-12-25")),
    case("a_month_on_a_day_that_any_picks_out_of_a_kind_is_no_event",
         "Rainfall in Lowmere on Saturday was the heaviest for any July day since 1998.",
         dt.date(2025, 11, 20), not_dated("2025-07"),
         event("2025-11-15", "Rainfall in Lowmere is the heaviest", "happened")),
    case("a_month_on_a_day_with_no_any_stays_dated",
         "The Orsk fair drew its biggest crowd of the year on a wet July day.",
         dt.date(2025, 11, 20), dated("2025-07")),
    case("and_again_on_a_day_hung_on_the_first_date_repeats_its_verb",
         ("Lowmere postal workers will strike on Monday, December 1, and again on Friday, "
          "December 5, after talks at the Orsk conciliation service broke up on Wednesday "
          "without agreement."),
         dt.date(2025, 11, 20),
         event("2025-12-05", "Lowmere postal workers strike", "planned"),
         event("2025-11-19", "Talks at the Orsk conciliation service break up without agreement",
               "happened")),
    case("and_again_hung_on_the_verb_itself_still_repeats_it",
         "Orsk dockers walked out on September 23 and again on October 2.",
         dt.date(2025, 11, 20), dated("2025-09-23"), dated("2025-10-02")),
    case("a_past_plan_at_a_stage_of_a_story_of_moves_is_replaced",
         "The Orsk unit was then due back on December 8.",
         dt.date(2025, 11, 19), not_dated("2025-12-08")),
    case("a_past_plan_with_no_stage_adverb_stays_dated",
         "The Orsk unit was due back on December 8.",
         dt.date(2025, 11, 19), dated("2025-12-08")),
    case("fined_is_read_as_fine_not_fin",
         "Orsk Radio fined the company £5.6 million in October for missing its targets.",
         dt.date(2025, 11, 20), what("2025-10", "Orsk Radio fines the company £5.6 million")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round62_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
