"""The story's fiscal calendar: "the current quarter" and "a year earlier" in fiscal quarters."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

from generator.extract.temporal.fiscal_quarters import fiscal_occurrence, fiscal_quarter_of

DEC_19 = dt.date(2003, 12, 19)


@pytest.mark.parametrize(("day", "end_month", "value"), [
    (dt.date(2003, 12, 19), 5, "FY2004-Q3"),
    (dt.date(2003, 6, 1), 5, "FY2004-Q1"),
    (dt.date(2004, 5, 31), 5, "FY2004-Q4"),
    (dt.date(2023, 10, 2), 9, "FY2024-Q1"),
    (dt.date(2023, 3, 17), 6, "FY2023-Q3"),
])
def test_fiscal_quarter_of_a_day(day, end_month, value):
    assert fiscal_quarter_of(day, end_month) == value


# Round 8: a chipmaker whose fiscal year ends in late January counts its bare quarters in it.
NOV_21 = dt.date(2023, 11, 21)
CHIPMAKER = ("Tessaly Corp forecast revenue for the fourth quarter above estimates. "
             "Revenue in the third quarter ended Oct. 29 nearly tripled from the same period "
             "a year earlier. It expects revenue of $20 billion in the current quarter, the last "
             "of fiscal 2024, which ends in late January.")


CASES = [
    case("current_quarter_follows_a_fiscal_year_named_with_its_end",
         ("Torvane Soft raised its outlook for fiscal 2004, which ends May 31. "
          "It expects sales of $80 million in the current quarter."),
         DEC_19, {"the current quarter": "FY2004-Q3"}),
    case("current_quarter_follows_a_fiscal_quarter_and_its_closing_day",
         ("Profit for the fiscal second quarter ended Nov. 30 rose 8 percent. "
          "Sales will rise in the current quarter."),
         DEC_19, {"the current quarter": "FY2004-Q3"}),
    case("current_quarter_without_a_fiscal_year_stays_on_the_calendar",
         ("Profit for the quarter ended Sept. 30 rose. "
          "Sales will rise in the current quarter."),
         DEC_19, {"the current quarter": "2003-Q4"}),
    case("a_year_earlier_echoes_the_fiscal_quarter",
         ("Net income for the fiscal second quarter ended Nov. 30 rose to "
          "$12 million from $9 million a year earlier."),
         DEC_19, {"a year earlier": "FY2003-Q2"}),
    case("bare_quarters_follow_a_fiscal_year_ending_in_january",
         CHIPMAKER,
         NOV_21,
         {
          "the fourth quarter": "FY2024-Q4",
          "the third quarter": "FY2024-Q3",
          "the same period a year earlier": "FY2023-Q3",
          "the current quarter": "FY2024-Q4",
          "fiscal 2024": "FY2024",
         }),
    case("the_quarter_after_a_fiscal_quarter_is_that_fiscal_quarter",
         ("Pellam reported a profit for the fiscal fourth quarter, which ended on September "
          "29. It sold 27 million phones in the quarter."),
         dt.date(2012, 10, 26), {"the quarter": "FY2012-Q4"}),
    case("bare_quarters_stay_on_the_calendar_without_a_fiscal_end",
         "Tessaly forecast revenue for the fourth quarter above estimates in fiscal 2024.",
         NOV_21, {"the fourth quarter": "2023-Q4"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_fiscal_calendar_cases(tag, text, published, expected):
    check(tag, text, published, expected)


@pytest.mark.parametrize(("quarter", "tense", "value"), [
    (4, "future", "FY2024-Q4"),   # Nov 2023 - Jan 2024, still running: the one to come
    (1, "future", "FY2025-Q1"),
    (2, "past", "FY2024-Q2"),
    (4, "past", "FY2024-Q4"),     # begun by publication
    (1, None, "FY2024-Q1"),
])
def test_fiscal_occurrence_of_a_bare_quarter(quarter, tense, value):
    assert fiscal_occurrence(quarter, 1, NOV_21, tense) == value
