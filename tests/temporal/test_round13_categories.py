"""Round 13's categories: a fiscal year read from the day it began, the period a results story
reports on in that calendar, ...

Each case pins the step behind a fix (``fiscal.py``, ``compared.py``, ``reported.py``, the
rules), with its counter-case where the step must hold back. Every sentence is invented
(fictional companies, people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

JULY_2006 = dt.date(2006, 7, 20)
#: A software maker whose fiscal year begins July 1 (ends June 30), reporting in July.
RESULTS = ("Tarrow Systems said Thursday that profit in its fiscal fourth quarter rose 9 percent, "
           "and it forecast slower growth in fiscal 2007, which began July 1. Net income for "
           "the quarter ended June 30 was $41 million, up from $35 million in the same period "
           "last year. For the fiscal year, revenue rose 6 percent. Tarrow expects revenue of "
           "$200 million in the current quarter.")

# -- a year-less month, season or quarter in its own clause (tense.py, __init__.py) ---------

FEB_2018 = dt.date(2018, 2, 6)

APRIL_1998 = dt.date(1998, 4, 16)

# -- the tense of plans gone by, limits, agendas and forecasts (tense.py) --------------------

WEDNESDAY_NOV_2021 = dt.date(2021, 11, 10)

WEDNESDAY_MAY_2024 = dt.date(2024, 5, 15)

# -- a starting point in the present perfect (__init__.py) -----------------------------------

MONDAY_SEPT_1994 = dt.date(1994, 9, 12)

# -- "today" in a quote of a story about the day before its date (storyday.py) -----------------

GOLF = ("Ona Pell shot a 67 Sunday to win the Corran Open by a stroke. \"Last year I could not "
        "swing a club,\" Pell said after the round. \"Today I felt young again.\"")


CASES = [
    case("a_fiscal_year_that_began_july_1_ends_in_june",
         RESULTS,
         JULY_2006, {"fiscal fourth quarter": "FY2006-Q4", "the current quarter": "FY2007-Q1"}),
    case("the_same_period_last_year_echoes_the_fiscal_quarter_reported",
         RESULTS,
         JULY_2006, {"the quarter": "FY2006-Q4", "the same period last year": "FY2005-Q4"}),
    case("the_same_period_last_year_stays_calendar_without_a_fiscal_year",
         "Sales at Tarrow rose in the second quarter from the same period last year.",
         JULY_2006, {"the same period last year": "2005-Q2"}),
    case("a_past_result_for_the_fiscal_year_is_the_year_just_reported",
         RESULTS,
         JULY_2006, {"the fiscal year": "FY2006"}),
    case("the_fiscal_year_ahead_keeps_the_year_just_begun",
         ("Tarrow said fiscal 2007 began July 1. It expects revenue to grow 5 percent in the "
          "fiscal year."),
         JULY_2006, {"the fiscal year": "FY2007"}),
    case("a_bare_meets_after_and_is_a_timetable_verb",
         "The Varel central bank raised rates twice in 2017 and next meets in March.",
         FEB_2018, {"March": "2018-03"}),
    case("a_month_in_a_past_clause_keeps_the_year_written_before_it",
         "The Varel central bank raised rates in 2017 and cut them again in March.",
         FEB_2018, {"March": "2017-03"}),
    case("bookings_for_the_summer_look_ahead_in_a_past_clause",
         "Ostrel Air said bookings for the summer were running ahead of its forecast.",
         APRIL_1998, {"the summer": "1998-SU"}),
    case("a_summer_told_in_the_past_looks_back",
         "Ostrel Air said its planes were full in the summer.",
         APRIL_1998, {"the summer": "1997-SU"}),
    case("a_pace_ahead_of_last_year_lends_no_year",
         ("Ostrel Air said sales were running ahead of last year's pace, and it expects "
          "second-quarter earnings to set a record."),
         APRIL_1998, {"second-quarter": "1998-Q2"}),
    case("last_year_told_as_a_time_still_lends_its_year",
         "Ostrel Air said last year it lost money in the second quarter.",
         APRIL_1998, {"the second quarter": "1997-Q2"}),
    case("a_launch_that_had_been_due_on_monday_looks_back",
         "The Orvik rocket had been due to lift off at 9 p.m. local time on Monday.",
         WEDNESDAY_NOV_2021, {"Monday": "2021-11-08", "9 p.m.": "2021-11-08T21:00"}),
    case("a_launch_due_on_monday_looks_ahead",
         "The Orvik rocket is due to lift off on Monday.",
         WEDNESDAY_NOV_2021, {"Monday": "2021-11-15"}),
    case("until_midnight_friday_in_the_present_lies_ahead",
         "Tessaly lawmakers have until midnight Friday to agree on a budget.",
         WEDNESDAY_MAY_2024, {"midnight Friday": "2024-05-17T24:00"}),
    case("until_midnight_friday_in_the_past_looks_back",
         "Tessaly lawmakers worked until midnight Friday on the budget.",
         WEDNESDAY_MAY_2024, {"midnight Friday": "2024-05-10T24:00"}),
    case("seats_on_the_ballot_in_november_lie_ahead",
         "All 90 seats in the Tessaly assembly are on the ballot in November.",
         WEDNESDAY_MAY_2024, {"November": "2024-11"}),
    case("seats_that_were_on_the_ballot_look_back",
         "All 90 seats in the Tessaly assembly were on the ballot in November.",
         WEDNESDAY_MAY_2024, {"November": "2023-11"}),
    case("a_deal_predicted_for_june_lies_ahead",
         "Senator Ilse Varga predicted a deal sometime in June.",
         WEDNESDAY_MAY_2024, {"June": "2024-06"}),
    case("a_forecast_made_in_a_past_month_looks_back",
         "In March, Senator Ilse Varga predicted a deal.",
         WEDNESDAY_MAY_2024, {"March": "2024-03"}),
    case("a_launch_that_had_been_due_later_this_week_looks_ahead",
         "The Veltra satellite had been due to lift off at 22:42 GMT on Thursday.",
         dt.date(2014, 9, 23), {"Thursday": "2014-09-25", "22:42 GMT": "2014-09-25T22:42Z"}),
    case("since_a_holiday_in_the_present_perfect_is_the_latest_one",
         ("Ivo Marsh missed four months last year after surgery and has played every week "
          "since the Fourth of July."),
         MONDAY_SEPT_1994, {"the Fourth of July": "1994-07-04"}),
    case("a_holiday_in_a_past_clause_keeps_the_year_named_before_it",
         "Ivo Marsh missed four months last year and played again on the Fourth of July.",
         MONDAY_SEPT_1994, {"the Fourth of July": "1993-07-04"}),
    case("today_in_a_quote_about_yesterday_is_the_day_it_was_said",
         GOLF,
         MONDAY_SEPT_1994, {"Today": "1994-09-11"}),
    case("today_outside_a_quote_is_the_publication_day",
         "Ona Pell shot a 67 Sunday to win the Corran Open. Today she flies home.",
         MONDAY_SEPT_1994, {"Today": "1994-09-12"}),
    case("a_quote_said_today_keeps_the_publication_day",
         'Ona Pell shot a 67 Sunday to win the Corran Open.\n"Today I rest," Pell said today.',
         MONDAY_SEPT_1994, {"Today": "1994-09-12"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round13_cases(tag, text, published, expected):
    check(tag, text, published, expected)
