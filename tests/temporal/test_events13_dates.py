"""Event blind set round 13's date categories: a date a verb sets, what "went on to" tell
followed, a timetable verb joined to a past clause, and a headline's infinitive.

Each case pins the step behind a fix (``coming.py`` for a date arranged, a sequel and a
headline's infinitive, ``tense._misread_timetable_verb`` for the joined timetable verb), with
its counter-case where the step must hold back. Every sentence is invented (fictional courts,
festivals, towns and people).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Tuesday in March: last October is as near as the coming one.
MARCH_2026 = dt.date(2026, 3, 17)
#: A Wednesday in July.
JULY_2026 = dt.date(2026, 7, 8)
#: A Friday.
APRIL_2026 = dt.date(2026, 4, 17)
#: A Monday.
MONDAY_APRIL_2026 = dt.date(2026, 4, 13)


CASES = [
    # -- 1. a date a verb sets lies ahead (coming.date_arranged) -----------------------------------
    case("date_a_judge_set_as_a_start_lies_ahead",
         "A judge on Tuesday set Oct. 5 as the start of the fraud trial of Ada Pell.",
         MARCH_2026, [("Tuesday", "2026-03-17"), ("Oct. 5", "2026-10-05")]),
    case("date_a_judge_set_as_a_start_lies_ahead/2",
         "The council fixed Nov. 3 as the date of the vote.",
         MARCH_2026, [("Nov. 3", "2026-11-03")]),
    case("headline_set_for_a_month_lies_ahead",
         "Hearing in Tolvane land dispute set for October",
         MARCH_2026, [("October", "2026-10")]),
    case("set_with_an_object_of_its_own_tells_when_it_was_done",
         "Varga set a course record Sept. 20.",
         MARCH_2026, [("Sept. 20", "2025-09-20")]),
    case("set_with_an_object_of_its_own_tells_when_it_was_done/2",
         "The relay team set a club record on Sept. 20.",
         MARCH_2026, [("Sept. 20", "2025-09-20")]),
    case("date_first_set_and_since_moved_keeps_the_past",
         "The trial was originally set for October but was moved.",
         MARCH_2026, [("October", "2025-10")]),
    # -- 2. "went on to" tells what followed (coming.carried_on, coming.in_sequel) ----------------
    case("went_on_to_is_past_and_borrows_no_earlier_year",
         ('Last year\'s prize went to the film "Salt Harbour", which went on to win an award '
          "in January."),
         JULY_2026, {"January": "2026-01"}),
    case("went_on_to_is_past_and_borrows_no_earlier_year/2",
         "The band went on to play in Brisa in January.",
         JULY_2026, [("January", "2026-01")]),
    case("plain_past_after_a_year_still_borrows_it",
         'Last year\'s prize went to the film "Salt Harbour", which won an award in January.',
         JULY_2026, {"January": "2025-01"}),
    case("going_to_still_looks_ahead",
         "The band is going to play in Brisa in January.",
         JULY_2026, [("January", "2027-01")]),
    # -- 3. a timetable verb joined to a past clause (tense._misread_timetable_verb) ---------------
    case("opening_joined_to_a_past_report_looks_ahead",
         ("Pell said 12,000 seats were sold last season and that bookings for the new season "
          "open on Monday."),
         JULY_2026, [("Monday", "2026-07-13")]),
    case("open_after_a_past_copula_in_the_joined_clause_looks_back",
         ("Pell said 12,000 seats were sold last season and that the box office was open on "
          "Monday."),
         JULY_2026, [("Monday", "2026-07-06")]),
    # -- 4. a headline's infinitive looks ahead (coming.headline_infinitive) -----------------------
    case("headline_infinitive_on_its_noun_looks_ahead",
         "Orsk bridge to close from Saturday night for repairs",
         APRIL_2026, [("Saturday night", "2026-04-18TNI")]),
    case("headline_infinitive_at_its_root_looks_ahead",
         "Mayor of Tolvane to resign on Friday",
         MONDAY_APRIL_2026, [("Friday", "2026-04-17")]),
    # the small model tags "angered" an adjective and makes "decision" the root
    case("infinitive_in_a_sentence_of_the_body_keeps_its_verbs_tense",
         "The decision to close the bridge on Saturday angered residents.",
         APRIL_2026, [("Saturday", "2026-04-11")]),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events13_cases(tag, text, published, expected):
    check(tag, text, published, expected)
