"""Round 11's categories: the period figures are "for", bookings for coordinated months, a
quarter named by its months with "period", a bare season naming a kind, "weeks after" in an
appositive.

Each case pins the step behind a fix (``tense.py``, ``checks.py``, the rules), with its
counter-case where the step must hold back. Every sentence is invented (fictional companies,
people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, values_by_text

JULY_1997 = dt.date(1997, 7, 24)
MAY_2019 = dt.date(2019, 5, 14)

ORCHARD = ("Shares in Pellby Computer fell after it forecast weak revenue for the current "
           "quarter, despite record results for the three months to December 29. Pellby said "
           "net income rose in its fiscal first quarter. It sold 2 million laptops in the quarter.")


CASES = [
    case("figures_for_a_month_name_a_past_month_in_a_future_clause",
         ("The Brenford statistics office will publish retail sales figures for April on "
          "Friday."),
         MAY_2019, {"April": "2019-04"}),
    case("a_meeting_for_a_month_still_looks_ahead",
         "The Brenford council called a hearing for April.",
         MAY_2019, {"April": "2020-04"}),
    case("bookings_for_coordinated_months_all_look_ahead",
         ("Tarrow Air said bookings for August and September were running 5 percent ahead of "
          "last year."),
         JULY_1997, {"August": "1997-08", "September": "1997-09"}),
    case("a_month_range_period_is_its_quarter",
         "Vessmark delivered 900 vans in the October-December period.",
         dt.date(2022, 2, 10), {"the October-December period": "2021-Q4"}),
    case("weeks_after_in_an_appositive_is_a_duration",
         "Pellow Mills closed in March, weeks after the floods.",
         MAY_2019, {"weeks": "PXW"}),
    case("weeks_after_in_an_appositive_is_a_duration/2",
         "The weeks after the floods were hard.",
         MAY_2019, {"weeks": ABSENT}),
    case("the_quarter_after_a_year_earlier_is_the_quarter_reported",
         ("Brisco Motors posted a drop in third-quarter profit. Net income fell from $74 "
          "million a year earlier. Its truck unit lost $11 million in the quarter."),
         dt.date(2004, 10, 20), {"a year earlier": "2003-Q3", "the quarter": "2004-Q3"}),
    case("three_months_to_a_day_and_a_fiscal_first_quarter_give_the_year_end",
         ORCHARD,
         dt.date(2008, 1, 23), {"the current quarter": "FY2008-Q2", "the quarter": "FY2008-Q1"}),
    case("a_when_clause_after_since_a_year_takes_that_year",
         ("Brenford has not had a shutdown since 1991, when state offices closed for two weeks "
          "in July."),
         dt.date(2015, 6, 25), {"July": "1991-07"}),
    case("since_a_year_alone_lends_no_year",
         "It is the first strike since 1991, and talks resume in July.",
         dt.date(2015, 6, 25), {"July": "2015-07"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round11_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_bare_season_before_a_noun_is_no_timex(tag):
    text = "Tarrow Air said demand for summer travel was strong."
    assert [t.text for t in tag(text, JULY_1997)] == []
    assert values_by_text(tag, "Tarrow Air expects strong demand this summer.",
                          JULY_1997)["this summer"] == "1997-SU"


def test_three_months_to_a_day_alone_keep_the_calendar(tag):
    text = ORCHARD.replace("its fiscal first quarter", "the period")
    assert values_by_text(tag, text, dt.date(2008, 1, 23))["the current quarter"] == "2008-Q1"
