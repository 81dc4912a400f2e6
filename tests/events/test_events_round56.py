"""Round 56's misses (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import NO_EVENTS, case, check, dated, dates, event, not_dated, what_starts

PUBLISHED = dt.date(2025, 10, 16)  # a Thursday


CASES = [
    # dates counted from another dated happening (rounds 53, 55 and 56: counted_from.py)
    case("a_past_clause_n_days_after_a_dated_main_clause_is_that_many_days_before",
         ("The Orsk dockers' union called off the walkout on Wednesday evening, two days after "
          "negotiators met in Lowmere."),
         PUBLISHED, dated("2025-10-15TEV"), event("2025-10-13", "Negotiators meet in Lowmere",
                                                  "happened")),
    case("a_past_clause_n_months_after_a_dated_month_is_that_many_months_before",
         ("Ada Quill was charged in October 2025, nine months after Orsk Freight collapsed into "
          "administration."),
         dt.date(2027, 3, 10), event("2025-01", "Orsk Freight collapses into administration",
                                     "happened")),
    case("a_count_from_a_main_clause_still_to_come_only_says_how_long_ago",
         "The Orsk pool will reopen on Saturday, nine days after a fire forced its closure.",
         PUBLISHED, dates("2025-10-18")),
    case("a_counted_clause_whose_subject_the_parser_took_for_the_object_of_after",
         ("The faults were found during an Orsk Aviation Authority inspection on September 4, "
          "two days after the contractor, Lowmere Civil, handed the runway over."),
         dt.date(2025, 9, 17), dated("2025-09-04"), dated("2025-09-02")),
    case("a_counted_clause_with_a_date_of_its_own_keeps_it",
         "The recall comes a day after Brask released an update for the speakers on Tuesday.",
         PUBLISHED, dates("2025-10-14")),
    case("a_counted_day_the_article_tells_at_its_own_time_is_that_happening_again",
         ("Residents of Pell were allowed home on Friday, nine days after an eruption forced "
          "them out.\n\nThe eruption began on the morning of October 1."),
         PUBLISHED, not_dated("2025-10-01")),
    case("a_length_of_weeks_after_a_clause_only_says_how_long_ago",
         "The Orsk park will reopen on Saturday, three weeks after a wildfire forced its closure.",
         PUBLISHED, dates("2025-10-18")),
    case("minutes_after_a_bare_noun_take_the_day_of_the_happening_it_names",
         ("Lowmere Aerospace will make a second attempt to launch its Osprey rocket at 9.10pm "
          "on Tuesday.\n\nThe probe is due to separate from the rocket about 40 minutes after "
          "lift-off."),
         PUBLISHED, dated("2025-10-21T21:10"),
         event("2025-10-21", "The probe separates from the rocket", "planned")),
    case("within_hours_of_a_bare_noun_take_the_day_of_the_happening_it_names",
         ("Lowmere Aerospace will make a second attempt to launch its Osprey rocket at 9.10pm "
          "on Tuesday.\n\nLowmere expects to confirm contact with the probe within two hours "
          "of launch."),
         PUBLISHED, dated("2025-10-21T21:10"),
         what_starts("2025-10-21", "Lowmere Aerospace confirms contact")),
    case("a_verb_with_its_own_date_keeps_it_whatever_length_it_gives",
         ("Lowmere Aerospace will launch its Osprey rocket on Tuesday.\n\nThe first attempt, "
          "on Wednesday evening, was scrubbed 42 seconds before lift-off."),
         PUBLISHED, dated("2025-10-15TEV"), dated("2025-10-21")),
    # conjuncts that share a verb
    case("a_date_after_and_again_is_the_verb_before_done_again",
         ("Dockers in Orsk walked out on September 23 and again on October 2, closing the "
          "port for a day each time."),
         PUBLISHED, event("2025-10-02", "Dockers in Orsk walk out again", "happened")),
    # several happenings counted by a number
    case("a_number_of_happenings_in_a_year_is_no_one_of_them_told_finer",
         ("Flight controllers in Orsk hope to release the probe's first images in early "
          "November.\n\nLowmere Aerospace, founded in 2017, plans four launches this year."),
         PUBLISHED, dated("2025-11"),
         event("2025", "Lowmere Aerospace plans four launches", "planned")),
    # plans replaced, and courses not taken: no event
    case("a_past_perfect_passive_expectation_with_its_own_date_is_a_plan_replaced",
         "The judge, whose ruling had been expected in November, gave it on December 9.",
         dt.date(2027, 2, 16), dates("2026-12-09")),
    case("a_past_perfect_first_suggestion_is_a_plan_replaced",
         ("The Orsk board had first suggested November for the resits, but it brought the date "
          "forward on Sunday."),
         dt.date(2024, 8, 20), not_dated("2023-11"), not_dated("2024-11")),
    case("an_active_past_perfect_request_with_its_own_date_is_the_asking",
         "Ada Quill had asked in June for a delay.",
         dt.date(2027, 2, 16), event("2026-06", "Ada Quill asks for a delay", "happened")),
    case("a_gerund_after_instead_of_is_the_course_not_taken",
         ("Students can resit the paper in Orsk on October 8 instead of waiting for the regular "
          "exams next summer."),
         dt.date(2024, 8, 20), dates("2024-10-08")),
    case("a_date_on_what_is_waited_for_dates_no_waiting",
         ("The Bank of Orsk signalled that it would wait for second-quarter inflation figures "
          "before moving again. The figures are due on July 17."),
         dt.date(2026, 5, 27), dates("2026-07-17")),
    case("a_day_s_possessive_on_what_is_waited_for_dates_no_asking",
         ("\u201cWe have asked every admissions office to wait for Wednesday's grades,\u201d "
          "Ada Quill said."),
         dt.date(2024, 8, 19), NO_EVENTS),
    # conjuncts that share a date, or have one each
    case("a_timetable_verb_read_as_an_adjective_after_its_subject_s_phrase",
         ("Entries for the Orsk autumn session close on September 13, and results will follow "
          "in the week of December 9."),
         dt.date(2024, 8, 20), event("2024-09-13", "Entries for the Orsk autumn session close",
                                     "planned"), dated("2024-W50")),
    case("a_second_figure_s_change_after_a_dated_one_is_of_the_same_date",
         ("The Orsk crown rose 0.6 percent against the euro on Wednesday afternoon, and "
          "government bond yields fell to their lowest level in three years."),
         dt.date(2026, 5, 28), what_starts("2026-05-27TAF", "Government bond yields fall")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round56_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
