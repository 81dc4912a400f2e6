"""Event blind set round 14's date categories: the month a budget for next year is set in, a
weekend a forecast is for, and "the weekend of" a date.

Each case pins the step behind a fix, with its counter-case where the step must hold back:
the month a budget "for next year" is set in lies before that year (``yearlend.py``); a weather
forecast "for the weekend" looks ahead (``tense_words.py``); "the weekend of Oct. 18" is one
weekend (rule ``date-weekend-of-day``). Every sentence is invented (fictional agencies, towns,
banks and people).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values

#: A Wednesday in June.
JUNE_2027 = dt.date(2027, 6, 9)
#: A Wednesday in February.
FEBRUARY_2027 = dt.date(2027, 2, 10)
#: A Sunday in January.
JANUARY_2027 = dt.date(2027, 1, 10)
#: A Wednesday in January.
JANUARY_2026 = dt.date(2026, 1, 28)
#: A Thursday in June.
JUNE_2025 = dt.date(2025, 6, 19)


CASES = [
    # -- 1. a budget for next year is set before that year begins ----------------------------------
    case("month_a_budget_for_next_year_is_set_in_lies_before_that_year",
         "The institute's budget for next year will be set by the assembly in October.",
         JUNE_2027, [("next year", "2028"), ("October", "2027-10")]),
    case("month_a_budget_for_a_year_was_approved_in_lies_before_that_year",
         "The town's budget for 2027 was approved by the council in December.",
         FEBRUARY_2027, [("2027", "2027"), ("December", "2026-12")]),
    case("month_of_what_a_budget_does_stays_in_its_year",
         "The budget for next year will cut bus fares in March.",
         JANUARY_2027, [("next year", "2028"), ("March", "2028-03")]),
    case("month_next_year_names_for_a_launch_stays_in_that_year",
         "The probe will launch next year, probably in October.",
         JUNE_2027, [("next year", "2028"), ("October", "2028-10")]),
    # -- 3. "the weekend of" a date is one weekend -------------------------------------------------
    case("weekend_of_a_date_is_that_weekend",
         "Customers of Lindqvist Bank will move to new systems over the weekend of Oct. 18.",
         JUNE_2025, [("the weekend of Oct. 18", "2025-W42-WE")]),
    case("weekend_of_a_monday_is_the_one_before_it",
         "The Ostrava fair will be held over the weekend of Oct. 20.",
         JUNE_2025, [("the weekend of Oct. 20", "2025-W42-WE")]),
    case("weekend_then_a_date_apart_stays_two_dates",
         "The shop closed over the weekend and reopens on Oct. 18.",
         JUNE_2025, [("the weekend", "2025-W24-WE"), ("Oct. 18", "2025-10-18")]),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events14_cases(tag, text, published, expected):
    check(tag, text, published, expected)


# -- 2. a forecast for the weekend looks ahead -------------------------------------------------

def test_weekend_snow_is_forecast_for_is_the_coming_one(tag):
    text = "Buses run on Thursday. More snow is forecast for the weekend."
    assert values(tag, text, JANUARY_2026)[-1] == ("the weekend", "2026-W05-WE")


def test_weekend_snow_fell_over_is_the_one_just_past(tag):
    text = "Buses run on Thursday. More snow fell over the weekend."
    assert values(tag, text, JANUARY_2026)[-1] == ("the weekend", "2026-W04-WE")
