"""Round 24's categories: a start participle under a present verb looks ahead ("raises ...,
starting in July" said in December is the coming July); a frequency adjective on people
("hourly workers") says how they are paid and is no timex, while one on an amount ("hourly
wages") stays a length; a market that "closes for the year" tells of no date; "today" dating a
participle that describes a kind ("most rockets flying today") is the present, while "companies
reporting today" is the story's day; "the same period last year" after a fiscal quarter is that
fiscal quarter a year back, not a month named further back; the year of a figure compared with
("down from 74,900 in October 2004") lends itself to no season after it.

Each case pins the check behind a fix (``tense._starting_ahead``, ``compared``, ``yearlend``,
``not_pay_basis``, the rule ``rel-the-year``'s look-behind, ``in_generic_relative``) with its
counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check

MON_NOV_2005 = dt.date(2005, 11, 1)
MON_SEP_2008 = dt.date(2008, 9, 29)
MON_DEC_1992 = dt.date(1992, 12, 28)

THU_DEC_2019 = dt.date(2019, 12, 19)

MON_DEC_1992_FY = dt.date(1992, 12, 28)

TUE_NOV_2005 = dt.date(2005, 11, 1)


CASES = [
    case("hourly_workers_are_not_a_timex",
         "The Dunmore plant employs about 3,200 hourly workers.",
         MON_NOV_2005, {"hourly": ABSENT}),
    case("hourly_wages_keep_their_length",
         "Average hourly wages at the Dunmore plant rose 3%.",
         MON_NOV_2005, {"hourly": "PT1H"}),
    case("a_market_closing_for_the_year_tells_of_no_date",
         "The Osaka exchange closes for the year on Wednesday.",
         MON_DEC_1992, {"the year": ABSENT, "Wednesday": "1992-12-30"}),
    case("a_profit_for_the_year_is_still_the_year",
         "Brenmoor lost money in 1991 and expects a profit for the year.",
         MON_DEC_1992, {"the year": "1991"}),
    case("today_on_a_kind_is_the_present",
         "A Kestrel launch costs half the price of most rockets flying today.",
         MON_SEP_2008, {"today": "PRESENT_REF"}),
    case("today_on_particular_companies_is_the_story_day",
         "Companies reporting results today include Arden Mills.",
         MON_SEP_2008, {"today": "2008-09-29"}),
    case("starting_under_a_present_plan_looks_ahead",
         "The bill lifts the county's share of road costs over five years, starting in July.",
         THU_DEC_2019, {"July": "2020-07"}),
    case("starting_under_a_past_verb_looks_back",
         "Orders at Velmont Tools fell sharply, starting in July.",
         THU_DEC_2019, {"July": "2019-07"}),
    case("the_same_period_after_a_fiscal_quarter_is_that_quarter_a_year_back",
         ("Tavona, whose business year ends on March 31, earned 8 billion yen in the six "
          "months to September. It will report results for the third quarter of its business "
          "year in late January. Analysts expect profit in the quarter to double from the same "
          "period last year."),
         MON_DEC_1992_FY, {"the quarter": "FY1993-Q3", "the same period last year": "FY1992-Q3"}),
    case("the_same_period_after_a_calendar_month_keeps_the_month",
         "Tavona's sales rose in November from the same period last year.",
         MON_DEC_1992_FY, {"the same period last year": "1991-11"}),
    case("the_year_of_a_compared_figure_lends_nothing",
         ("Harwell Motors sold 61,200 cars last month, down from 74,900 in October 2004, as "
          "buyers who had rushed in during its discount drive in the summer stayed away."),
         TUE_NOV_2005, {"the summer": "2005-SU"}),
    case("a_year_told_of_still_lends_itself",
         ("Harwell Motors opened a Leeds plant in October 2004 and hired 300 staff in the "
          "summer."),
         TUE_NOV_2005, {"the summer": "2004-SU"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round24_cases(tag, text, published, expected):
    check(tag, text, published, expected)
