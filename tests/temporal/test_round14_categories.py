"""Round 14's categories: a month owning a measured pace, a booked event told with "is", a
weekday in a clause joined after a week named before it, ...

Each case pins the step behind a fix (``tense.py`` and its word lists, the week lending in
``__init__``), with its counter-case where the step must hold back. Every sentence is invented
(fictional companies, people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values_by_text

DEC_2016 = dt.date(2016, 12, 2)  # a Friday
JUNE_1999 = dt.date(1999, 6, 21)  # a Monday
APRIL_2005 = dt.date(2005, 4, 6)  # a Wednesday

JAN_2013 = dt.date(2013, 1, 24)

#: A maker whose fiscal first quarter ended in late December, reporting in January.
FISCAL = ("Quillon Devices said on Wednesday that revenue rose in its fiscal first quarter, which "
          "ended on December 29. Net profit was flat compared with the year-earlier quarter. "
          "The quarter had 13 weeks, one fewer than the same quarter a year earlier.")

OCT_2023 = dt.date(2023, 10, 25)  # a Wednesday


CASES = [
    case("a_month_owning_a_pace_looks_back_under_would",
         "At November's pace, Kestrel dealers would sell 90,000 trucks a year.",
         DEC_2016, {"November": "2016-11"}),
    case("a_month_in_a_forecast_without_a_pace_looks_ahead",
         "Kestrel said it would sell 9,000 trucks in March.",
         DEC_2016, {"March": "2017-03"}),
    case("a_booked_event_told_with_is_lies_ahead",
         "The league's draft is Saturday in Port Amsel.",
         JUNE_1999, {"Saturday": "1999-06-26"}),
    case("a_parade_told_with_is_lies_ahead",
         "The parade is Tuesday.",
         JUNE_1999, {"Tuesday": "1999-06-22"}),
    case("a_joined_clause_with_its_own_subject_borrows_no_week",
         ("The Assembly passed the bill last week after a long debate, and the Senate approved "
          "it Monday."),
         APRIL_2005, {"Monday": "2005-04-04"}),
    case("a_weekday_in_the_clause_of_next_week_takes_that_week",
         "Lenders report results next week, with Halden Bank reporting on Tuesday.",
         APRIL_2005, {"Tuesday": "2005-04-12"}),
    case("the_year_earlier_quarter_is_the_fiscal_quarter_before",
         FISCAL,
         JAN_2013, {"the year-earlier quarter": "FY2012-Q1"}),
    case("the_year_earlier_quarter_stays_calendar_without_a_fiscal_year",
         "Profit rose in the third quarter of 2012 from the year-earlier quarter.",
         JAN_2013, {"the year-earlier quarter": "2011-Q3"}),
    case("the_quarter_opening_a_sentence_is_the_quarter_reported",
         FISCAL,
         JAN_2013, {"The quarter": "FY2013-Q1"}),
    case("a_market_ended_the_day_with_its_move_before_the_direction",
         "Stocks rose on Tuesday, and the Ostria index ended the day 0.6% higher.",
         dt.date(2019, 5, 14), {"the day": "2019-05-14"}),
    case("full_year_figures_are_the_current_year_not_a_year_ago",
         ("Profit in the third quarter fell from a year ago. The company now expects full-year "
          "operating profit of $11 billion."),
         OCT_2023, {"full-year": "2023"}),
    case("a_small_hours_clock_after_an_evening_clock_is_the_next_day",
         "The final, which began at 7:08 p.m. Saturday, ended at 12:47 a.m., after overtime.",
         dt.date(1999, 6, 21),
         {"7:08 p.m. Saturday": "1999-06-19T19:08", "12:47 a.m.": "1999-06-20T00:47"}),
    case("a_premarket_clock_is_on_the_publication_day",
         ("Kestrel Motors on Tuesday cut its forecast. Its shares were up 1.2% in premarket "
          "trading at 7:30 a.m. ET."),
         OCT_2023, {"7:30 a.m. ET": "2023-10-25T07:30-04:00"}),
    case("a_clock_of_the_news_day_stays_on_that_day",
         "Kestrel Motors on Tuesday cut its forecast. It announced the cut at 7:30 a.m. ET.",
         OCT_2023, {"7:30 a.m. ET": "2023-10-24T07:30-04:00"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round14_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_the_quarter_of_a_town_is_no_date(tag):
    assert tag("Mara lives in the old town. The quarter was built around a market.",
               JAN_2013) == []


def test_a_full_year_contract_is_no_date(tag):
    assert tag("Okafor signed a full-year contract with the club.", OCT_2023) == []


def test_a_morning_clock_after_an_evening_clock_in_another_sentence_keeps_its_day(tag):
    text = "The final began at 7:08 p.m. Saturday. Fans had queued since 5 a.m., police said."
    found = values_by_text(tag, text, dt.date(1999, 6, 21))
    assert found["5 a.m."][:10] != "1999-06-20"
