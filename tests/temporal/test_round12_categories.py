"""Round 12's categories: forecasts told with "was likely", threats of what is to come, the
first day of a booked event, a share of an amount "by a quarter", "for the coming weeks".

Each case pins the step behind a fix (``tense.py``, ``amount_checks.py``, the rules), with its
counter-case where the step must hold back. Every sentence is invented (fictional companies,
people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

THURSDAY_NOV_1995 = dt.date(1995, 11, 16)
MAY_2012 = dt.date(2012, 5, 3)

AUG_2017 = dt.date(2017, 8, 10)

FISCAL_JUNE = ("Karrow Software said on Thursday its net profit for the 12 months to June 30 rose "
               "to A$40 million from A$31.5 million a year earlier. Revenue in the fiscal fourth "
               "quarter grew 20 percent. It expects revenue to grow in fiscal 2018, and analysts "
               "said the current quarter would show whether a price rise had cost it customers.")


CASES = [
    case("a_likely_vote_told_in_the_past_looks_ahead",
         "The Orlan speaker said a final vote was more likely in mid-December.",
         THURSDAY_NOV_1995, {"mid-December": "1995-12"}),
    case("a_vote_held_in_the_past_looks_back",
         "The Orlan assembly held a final vote in mid-October.",
         THURSDAY_NOV_1995, {"mid-October": "1995-10"}),
    case("a_threatened_strike_lies_ahead",
         "The Kessel pilots' union has threatened strikes over the summer.",
         MAY_2012, {"the summer": "2012-SU"}),
    case("the_first_day_of_a_booked_session_lies_ahead",
         ("Gov. Ada Marn called lawmakers back to the statehouse for a special session "
          "beginning Monday to rewrite the tax code."),
         THURSDAY_NOV_1995, {"Monday": "1995-11-20"}),
    case("a_session_that_ended_on_a_weekday_looks_back",
         "Gov. Ada Marn said the special session ended Monday.",
         THURSDAY_NOV_1995, {"Monday": "1995-11-13"}),
    case("a_share_of_an_amount_by_a_quarter_is_no_timex",
         "Selvik Oil said it would cut its spending for 2020 by a quarter.",
         dt.date(2020, 3, 10), [("2020", "2020")]),
    case("the_coming_weeks_after_for_is_the_vague_future",
         "Prices at Tollan pumps will stay high for the coming weeks.",
         MAY_2012, [("the coming weeks", "FUTURE_REF")]),
    case("twelve_months_to_a_day_then_a_fiscal_quarter_give_the_year_end",
         FISCAL_JUNE,
         AUG_2017, {"the fiscal fourth quarter": "FY2017-Q4", "the current quarter": "FY2018-Q1"}),
    case("a_year_earlier_after_the_twelve_months_is_the_fiscal_year_before",
         FISCAL_JUNE,
         AUG_2017, {"a year earlier": "FY2016"}),
    case("twelve_months_to_a_day_alone_keep_the_calendar",
         ("Consumer prices in Halvar rose 3 percent in the 12 months to June 30. Profit in the "
          "second quarter fell."),
         AUG_2017, {"the second quarter": "2017-Q2"}),
    case("the_same_period_after_a_month_inside_the_quarter_is_the_quarter",
         ("Brannock Air posted a wider first-quarter loss on Thursday as a strike in March hit "
          "its business. The loss widened from 90 million euros in the same period a year "
          "earlier."),
         MAY_2012, {"the same period a year earlier": "2011-Q1"}),
    case("the_same_period_in_a_monthly_story_stays_the_month",
         ("Sales of Ostra cars rose 4 percent in April. They rose from the same period a year "
          "earlier."),
         MAY_2012, {"the same period a year earlier": "2011-04"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round12_cases(tag, text, published, expected):
    check(tag, text, published, expected)
