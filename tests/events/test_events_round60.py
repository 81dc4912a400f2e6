"""Round 60's misses (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, event, not_dated, status

CASES = [
    case("a_past_move_with_a_date_of_its_own_after_the_target_is_dated_by_it",
         ("The Orsk bid deadline was pushed back to March 14 on February 19, when only 38 "
          "percent of shares had been tendered."),
         dt.date(2025, 3, 10), not_dated("2025-03-14"),
         event("2025-02-19", "The Orsk bid deadline is pushed back", "happened")),
    case("a_date_before_the_target_is_the_old_one_and_the_target_stays",
         ("The two Lowmere nights, on September 15 and 16, have been moved to November 23 and "
          "24."),
         dt.date(2026, 6, 1), dated("2026-11-23")),
    case("a_coming_move_with_its_day_keeps_the_target",
         "The Orsk council will move the vote to October 2 on Monday.",
         dt.date(2025, 9, 10), dated("2025-10-02")),
    case("a_possessive_year_on_a_plan_called_off_with_its_own_day_is_no_event",
         ("This year's Orsk regatta, which was to be held on Saturday, August 30, has been "
          "cancelled."),
         dt.date(2025, 8, 22), not_dated("2025"), dated("2025-08-30")),
    case("a_possessive_year_on_a_noun_with_a_day_and_a_verb_of_its_own_stays",
         ("Forecasters in Lowmere expect next year's season, which starts on June 1, to be more "
          "active than average."),
         dt.date(2025, 8, 22), dated("2026"), dated("2026-06-01")),
    case("an_inverted_condition_after_that_in_reported_speech_is_no_event",
         ("Officials in Orsk said that had the weather been bad on Tuesday morning, the welcome "
          "would have moved indoors."),
         dt.date(2024, 10, 16), not_dated("2024-10-15TMO")),
    case("a_past_perfect_after_that_with_its_subject_first_stays",
         "Officials in Orsk said that the weather had been bad on Tuesday morning.",
         dt.date(2024, 10, 16), dated("2024-10-15TMO")),
    case("a_day_as_the_whole_subject_of_a_verb_with_no_object_is_no_event",
         "\"Monday looks good,\" said Lena Ostrova, the Orsk mission commander, on Friday.",
         dt.date(2026, 2, 21), not_dated("2026-02-23"), dated("2026-02-20")),
    case("a_day_as_subject_with_an_object_keeps_its_happening",
         "Tuesday saw the first snow in Orsk.",
         dt.date(2026, 2, 20), dated("2026-02-17")),
    case("the_day_a_happening_is_moved_from_by_a_length_is_no_event",
         ("The Orsk union had pushed the first walkout back by six days from Tuesday, January "
          "19, to give talks a chance."),
         dt.date(2027, 1, 15), not_dated("2027-01-19")),
    case("a_from_date_on_a_verb_that_moves_nothing_stays",
         "Orsk Rovers have been unbeaten by anyone from January 19.",
         dt.date(2027, 3, 15), dated("2027-01-19")),
    case("a_first_due_read_as_a_preposition_with_a_move_in_the_next_sentence_is_replaced",
         ("The Orsk offer was first due to close on February 21. It was pushed back to March 14 "
          "on February 19."),
         dt.date(2025, 3, 12), not_dated("2025-02-21"), dated("2025-02-19")),
    case("a_first_due_with_nothing_against_it_stays_a_plan",
         "The Orsk offer was first due to close on March 21.",
         dt.date(2025, 3, 12), dated("2025-03-21")),
    case("an_exam_board_s_series_and_its_entries_are_arranged",
         ("The Orsk board's November resit series will run from Monday, November 1, to Friday, "
          "November 12, with entries closing on October 4."),
         dt.date(2027, 8, 20), status("2027-11-01", "planned"), status("2027-10-04", "planned")),
    case("a_first_plan_pencilled_in_and_since_put_back_is_no_event",
         "The visit by Ama Sefa was first pencilled in for May, but was put back in February.",
         dt.date(2024, 10, 10), not_dated("2024-05"), dated("2024-02")),
    case("a_ranking_in_apposition_counts_from_the_noun_after_since",
         ("The ban, the firm's first since the drought of 2022, stops customers in Orsk from "
          "filling paddling pools."),
         dt.date(2025, 8, 22), not_dated("2022")),
    case("a_ranking_in_apposition_hung_on_its_noun_by_the_parser",
         ("The ban, the company's first since the drought of 2022, stops customers using a "
          "hosepipe to water gardens, wash cars or fill paddling pools."),
         dt.date(2025, 8, 22), not_dated("2022")),
    case("an_ordinal_after_since_without_apposition_keeps_its_happening",
         "The visit was her second to the coast since floods in October.",
         dt.date(2024, 5, 10), dated("2023-10")),
    case("a_relative_clause_s_state_since_a_point_is_no_happening",
         ("The two Lowmere pilots, who have been in orbit since September, will hand over the "
          "station on Monday."),
         dt.date(2026, 2, 20), not_dated("2025-09"), dated("2026-02-23")),
    case("a_main_clause_s_state_since_a_point_stays_dated",
         "The Orsk library has been in its current building since 1962.",
         dt.date(2024, 5, 10), dated("1962")),
    case("a_year_on_the_pronoun_one_ranked_by_last_bounds_the_ranking",
         "\"This is a fair offer, and the last one this year,\" Mara Velt said on Friday.",
         dt.date(2027, 1, 16), not_dated("2027"), dated("2027-01-15")),
    case("the_pronoun_one_with_a_day_of_its_own_keeps_it",
         "Ada Quill will sing the last one on Friday.",
         dt.date(2027, 1, 12), dated("2027-01-15")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round60_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
