"""Event blind set round 7's date categories: fixtures told in the present, a deadline for a
plan's year, and parts of a named day.

Each case pins the step behind a fix (``tense.py`` for the tense of a schedule, ``__init__.py``
for the year a deadline borrows, ``temporal_times.yaml`` for the parts of a day), with its
counter-case where the step must hold back. Every sentence is invented (fictional teams,
councils, companies and towns).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Saturday in December: last June is as near as the coming one.
DEC_2025 = dt.date(2025, 12, 6)
#: A Wednesday.
SEPT_2025 = dt.date(2025, 9, 10)
MARCH_2026 = dt.date(2026, 3, 12)
AUG_2025 = dt.date(2025, 8, 14)


CASES = [
    # -- a timetable verb the parser misread (tense._misread_timetable_verb) ----------------------
    # the small model tags this "runs" NNS and leaves the sentence without a verb
    case("timetable_verb_read_as_a_plural_noun_looks_ahead",
         "The 12-team league runs from June 12 to July 12 in four towns.",
         DEC_2025, [("June 12", "2026-06-12"), ("July 12", "2026-07-12")]),
    case("timetable_verb_read_as_an_adjective_looks_ahead",
         "Bookings open on Friday.",
         SEPT_2025, [("Friday", "2025-09-12")]),
    case("timetable_verb_read_as_an_adjective_looks_ahead/2",
         "Pre-orders open on Friday, the company said.",
         SEPT_2025, {"Friday": "2025-09-12"}),
    case("open_after_a_copula_keeps_the_tense_of_its_verb",
         "The shop was open on Friday.",
         SEPT_2025, [("Friday", "2025-09-05")]),
    case("open_after_a_copula_keeps_the_tense_of_its_verb/2",
         "The run on June 12 ended early.",
         DEC_2025, [("June 12", "2025-06-12")]),
    # -- a fixture told with "to be" (tense._booked_subject) ---------------------------------------
    case("booked_event_in_a_present_copula_looks_ahead",
         "The match is against Corvel in Brisa on June 17.",
         DEC_2025, [("June 17", "2026-06-17")]),
    case("booked_event_in_a_present_copula_looks_ahead/2",
         "The final is on July 12.",
         DEC_2025, [("July 12", "2026-07-12")]),
    case("other_subjects_of_a_present_copula_take_the_nearest_date",
         "The figures are from June 17.",
         DEC_2025, [("June 17", "2025-06-17")]),
    # -- a date hung on a participle after "against" (tense._tense_above_preposition) -------------
    case("date_after_defending_champions_takes_the_main_verb",
         "Tolvik United will open the season against defending champions Marsa on June 12.",
         DEC_2025, [("June 12", "2026-06-12")]),
    case("gerund_after_after_keeps_its_own_time",
         "Varga will miss the final against Marsa after injuring his knee on Monday.",
         DEC_2025, {"Monday": "2025-12-01"}),
    # -- a deadline for the year a plan covers (yearlend.deadline_for_scope) ----------------------
    case("deadline_for_a_plans_year_borrows_no_year",
         "The council must present its housing plan for 2027 by Sept. 30.",
         MARCH_2026, {"Sept. 30": "2026-09-30"}),
    case("year_of_the_clause_still_lends_to_a_deadline",
         "In 2027 the council must present its plan by Sept. 30.",
         MARCH_2026, {"Sept. 30": "2027-09-30"}),
    case("plans_year_still_lends_to_what_is_not_a_deadline",
         "The council expects revenue for 2027 to rise in the first half.",
         MARCH_2026, {"the first half": "2027-H1"}),
    # -- parts of a named day (rules time-part-of-date, time-that-part) ----------------------------
    case("part_of_a_named_day_and_the_evening_pointing_back",
         ("The blaze started on the afternoon of Aug. 5 near Elm Lake, and winds pushed it to "
          "the first farms by that evening."),
         AUG_2025,
         [("the afternoon of Aug. 5", "2025-08-05TAF"), ("that evening", "2025-08-05TEV")]),
    case("that_before_a_noun_of_the_day_is_no_time",
         "Staff said that evening classes in Brisa would resume.",
         AUG_2025, []),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_event_round7_cases(tag, text, published, expected):
    check(tag, text, published, expected)
