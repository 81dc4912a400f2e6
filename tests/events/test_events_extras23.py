"""Extras and splits across rounds 40-60 (session 23, by category of writing; fictional people,
places and firms): dates the set's rules make no event, each category with a row that failed
on the code before it and a row for what the rule leaves alone."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import NO_EVENTS, case, check, dated, not_dated, times_dated

CASES = [
    # a subject that names nobody does nothing that happens (nobody.nobody_does)
    case("an_object_s_possessive_day_under_nobody_is_no_event",
         ("\"Nobody at Orsk Water wanted Friday's ban, but the rain has not come,\" said Lena "
          "Marsh."),
         dt.date(2025, 8, 23), NO_EVENTS),
    case("a_relative_clause_on_nothing_is_no_event",
         "\"Nothing that happens in July will bring Tomas back,\" said Anna Rybek of Orsk.",
         dt.date(2026, 6, 10), not_dated("2026-07")),
    case("no_one_as_subject_is_no_event",
         "\"No one should be on the Orsk coast road after dark on Sunday,\" the mayor said.",
         dt.date(2025, 8, 29), not_dated("2025-08-31")),
    case("a_possessive_day_on_a_phrase_under_nobody_still_dates_its_happening",
         "Nobody was hurt in Tuesday's fire at the Orsk depot.",
         dt.date(2026, 8, 26), dated("2026-08-25")),
    # a daily window of clock times is no date (daily_windows.daily_window)
    case("the_clock_times_of_a_daily_window_are_no_date_and_its_day_dates_it",
         "Households in Orsk will have their taps turned off between 11pm and 6am from Thursday.",
         dt.date(2027, 7, 18), not_dated("2027-07-18T23:00"), not_dated("2027-07-18T06:00")),
    case("a_daily_window_with_a_length_of_days_makes_no_event",
         "Orsk airport will be allowed 2,900 flights between 11.30pm and 6am each year.",
         dt.date(2025, 9, 16), NO_EVENTS),
    case("overnight_beside_a_daily_window_is_no_date",
         "The runway at Orsk will close overnight from June 7 to June 20, between 11pm and 6am.",
         dt.date(2027, 6, 1), not_dated("2027-06-01TNI"), dated("2027-06-07")),
    case("a_clock_time_on_a_day_stays",
         "Roads in Orsk will close at 6am on Sunday.",
         dt.date(2026, 10, 1), dated("2026-10-04T06:00")),
    # a plan's day a dated calling-off or move drops (dropped_days.dropped_plan_day)
    case("a_plan_s_day_not_set_off_that_a_dated_calling_off_drops_is_no_event",
         "A community fun day in Orsk due on Saturday was called off on Monday.",
         dt.date(2027, 8, 24), not_dated("2027-08-21"), dated("2027-08-23")),
    case("a_planned_participle_s_week_that_a_dated_move_drops_is_no_event",
         ("A trip by Orsk pupils to a farm in Brittany, planned for the week of May 20, has "
          "been put back to the autumn."),
         dt.date(2024, 5, 10), not_dated("2024-W21"), dated("2024-FA")),
    case("a_calling_off_with_no_date_of_its_own_is_dated_by_the_plan",
         "A community fun day in Orsk due on Saturday was called off because of rain.",
         dt.date(2027, 8, 24), dated("2027-08-21")),
    case("a_date_deep_in_the_calling_off_s_phrase_is_not_its_own",
         ("A visit to Orsk planned for 2019 was called off after a dispute over fishing rights, "
          "which the two sides settled in a treaty last year."),
         dt.date(2026, 5, 1), dated("2019")),
    # a plan in the simple past whose date has gone by (lapsed.lapsed_plan)
    case("a_simple_past_due_whose_date_has_gone_by_is_no_event",
         "The Orsk museum, with four galleries, was due to open in the spring of 2025.",
         dt.date(2026, 3, 1), NO_EVENTS),
    case("a_simple_past_pencilled_in_whose_date_has_gone_by_is_no_event",
         "A full closure of the Orsk bridge was pencilled in for last summer.",
         dt.date(2026, 3, 1), NO_EVENTS),
    case("a_coming_due_stays_a_plan",
         "The Orsk museum is due to open in the spring of 2027.",
         dt.date(2026, 3, 1), dated("2027-SP")),
    case("a_lapsed_plan_with_a_verb_joined_after_it_stays",
         "The Orsk ferry was due to sail on May 6 and left the harbour that morning.",
         dt.date(2024, 5, 10), dated("2024-05-06")),
    case("a_lapsed_plan_on_the_subject_of_a_past_verb_stays",
         "The Orsk payment that was due on Monday was made on Tuesday.",
         dt.date(2026, 12, 2), dated("2026-11-30"), dated("2026-12-01")),
    case("a_lapsed_plan_on_an_object_is_no_event",
         "The rocket carries two small satellites for Orsk University that were due in orbit by "
         "September.",
         dt.date(2026, 11, 14), not_dated("2026-09")),
    case("a_lapsed_plan_a_calling_off_drops_dates_it",
         "The Orsk Folk Festival, which was due to open last Friday, was cancelled after a storm.",
         dt.date(2025, 7, 8), dated("2025-07-04")),
    # a move "from" one day "to" another the parser hangs on "from" (changes.moved_from,
    # changes.target_on_from)
    case("the_from_day_of_a_move_whose_to_hangs_on_from_is_no_event_and_the_to_day_dates_it",
         "The Orsk deadline moves from September 2 to September 9.",
         dt.date(2027, 8, 20), not_dated("2027-09-02"), dated("2027-09-09")),
    case("a_range_on_a_verb_that_moves_nothing_keeps_its_start",
         "The Orsk fair runs from September 2 to September 9.",
         dt.date(2027, 8, 20), dated("2027-09-02")),
    # a quote's retelling of a happening told on the same date outside the quote
    # (quoted_tellings.quote_retells)
    case("a_quote_retelling_a_happening_on_its_date_is_that_happening",
         ("The Orsk bridge will reopen to cars and buses on September 1. \"We will have buses "
          "crossing on September 1, and lorries later,\" said Ada Quill."),
         dt.date(2025, 6, 2), times_dated("2025-09-01", 1)),
    case("a_quote_s_happening_on_a_day_of_its_own_stays",
         ("The Orsk bridge will reopen to cars and buses on September 1. \"We will have lorries "
          "crossing on October 6,\" said Ada Quill."),
         dt.date(2025, 6, 2), dated("2025-09-01"), dated("2025-10-06")),
    # a possessive date on the subject of a ranking across time (ranked_owners.ranked_owner)
    case("a_possessive_day_on_a_subject_ranked_since_a_year_is_no_event",
         "Last weekend's outage at Orsk Bank was the longest at a British bank since 2018.",
         dt.date(2026, 6, 10), NO_EVENTS),
    case("a_possessive_day_on_a_subject_that_does_something_stays",
         "Last weekend's outage at Orsk Bank hit 2 million customers.",
         dt.date(2026, 6, 10), dated("2026-W23-WE")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_extras23_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
