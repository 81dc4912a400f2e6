"""Round 15's categories: a market report's week, a clock range told before its day, the first
months of a fiscal year, "the same period last year" after a year named in passing, dates moved
in reported speech, a timetable "moves", a quarter listed under a plan.

Each case pins the step behind a fix (rules in ``generator/rules/temporal*.yaml``,
``clockrange.py``, ``moved.py``, ``resolve.py``, ``tense.py`` and its word lists), with its
counter-case where the step must hold back. Every sentence is
invented (fictional companies, people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, only

MAY_2011 = dt.date(2011, 5, 13)  # a Friday
JAN_2001 = dt.date(2001, 1, 17)  # a Wednesday

OCT_1995 = dt.date(1995, 10, 19)  # a Thursday

AUG_2020 = dt.date(2020, 8, 5)  # a Wednesday

FEB_2006 = dt.date(2006, 2, 20)  # a Monday, the day after a Sunday race

DEC_2017 = dt.date(2017, 12, 19)  # a Tuesday


CASES = [
    case("for_the_week_in_a_friday_market_report_is_that_week",
         "The Brenmoor index closed down 1%. For the week, it lost 4.1%.",
         MAY_2011, {"the week": "2011-W19"}),
    case("the_week_of_a_date_is_not_the_current_week",
         "Ferries were booked for the week of June 6.",
         MAY_2011, {"the week of June 6": "2011-W23"}),
    case("a_clock_range_before_its_day_is_on_that_day",
         ("Officials said they would void trades made between 1:15 p.m. and 1:40 p.m. on "
          "Wednesday at prices far from the day's open."),
         MAY_2011, {"1:15 p.m.": "2011-05-11T13:15", "1:40 p.m.": "2011-05-11T13:40"}),
    case("a_clock_range_without_a_day_stays_on_the_story_day",
         "The Varnholt exchange halted trading between 1:15 p.m. and 1:40 p.m.",
         MAY_2011, {"1:15 p.m.": "2011-05-13T13:15"}),
    case("the_first_months_of_the_fiscal_year_are_one_duration",
         "For the first six months of the fiscal year, Quarrow's profit rose 12 percent.",
         JAN_2001, only({"the first six months of the fiscal year": "P6M"})),
    case("the_same_period_last_year_echoes_the_quarter_not_a_year_named_after_it",
         ("Harrow Air said Wednesday it earned $12 million in the third quarter, as a fare war "
          "that had cut prices last year faded. It lost $30 million in the same period last "
          "year."),
         OCT_1995, {"the same period last year": "1994-Q3"}),
    case("the_same_period_last_year_with_only_a_year_named_echoes_it",
         "Harrow Air flew more people in 1994 than in the same period last year.",
         OCT_1995, {"the same period last year": "1993"}),
    case("dates_moved_in_reported_speech_are_the_nearest",
         ("Pellworth said it had pushed back the reopening of its plants to November 2 from "
          "September, and would test every worker."),
         AUG_2020, {"November 2": "2020-11-02", "September": "2020-09"}),
    case("a_date_moved_in_a_past_perfect_outside_reported_speech_stays_past",
         "By then the board had pushed the vote back to March.",
         AUG_2020, {"March": "2020-03"}),
    case("a_series_that_moves_on_races_the_coming_sunday",
         ("Mira Osterholt won the Corvane 400 on Sunday. The series moves to Elkford for a "
          "race on Sunday."),
         FEB_2006, [("Sunday", "2006-02-19"), ("Sunday", "2006-02-26")]),
    case("a_day_the_story_told_of_stays_behind",
         "Mira Osterholt won the Corvane 400 on Sunday.",
         FEB_2006, {"Sunday": "2006-02-19"}),
    case("a_quarter_listed_under_a_plan_takes_the_plans_year",
         ("Vantrel plans nine launches in 2018, including its first crewed flight in the third "
          "quarter."),
         DEC_2017, {"the third quarter": "2018-Q3"}),
    case("a_quarter_listed_under_a_past_report_stays_past",
         ("Vantrel made nine launches in 2017, including its first crewed flight in the third "
          "quarter."),
         DEC_2017, {"the third quarter": "2017-Q3"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round15_cases(tag, text, published, expected):
    check(tag, text, published, expected)
