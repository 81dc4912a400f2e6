"""Round 31's categories: a date a "since" phrase measures from lies behind, even under a present
verb ("is below $80 for the first time since January", told in September: that January gone by),
where a causal "since" clause keeps its own tense. "later that evening" after a clock settled on
the day its scene was told on ("returned on Saturday ... landed at 5:48 p.m.", told on Monday) is
that day's evening; after a clock on the story's own day it stays there.

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check

FRI_SEP_2022 = dt.date(2022, 9, 23)

MON_JAN_2024 = dt.date(2024, 1, 8)

WED_JAN_1995 = dt.date(1995, 1, 4)

THU_OCT_2012 = dt.date(2012, 10, 25)

WED_OCT_2016 = dt.date(2016, 10, 26)

_FISCAL_STORY = ("Revenue at Pelham Devices for the fiscal year fell 8%. In the fiscal fourth "
                 "quarter, which ended on September 24, revenue fell 9%. The company sold 4.5 "
                 "million tablets in the quarter, compared with 4.8 million in the previous "
                 "year's fourth quarter.")


CASES = [
    case("month_since_which_a_level_is_measured_lies_behind",
         "Brent crude from the Ostel field is below $70 for the first time since January.",
         FRI_SEP_2022, {"January": "2022-01"}),
    case("causal_since_clause_keeps_its_future",
         "Prices at Marrow Foods will stay high since its Dunley plant will close in May.",
         FRI_SEP_2022, {"May": "2023-05"}),
    case("that_evening_follows_a_clock_settled_on_an_earlier_day",
         ("A Vesper Air jet returned to Harlow on Saturday after a bird strike. It landed at "
          "6:10 p.m. Passengers flew on to Tarn later that evening."),
         MON_JAN_2024, {"that evening": "2024-01-06TEV"}),
    case("that_evening_after_a_clock_on_the_story_day_stays",
         ("A Vesper Air jet returned to Harlow on Monday after a bird strike. It landed at "
          "6:10 p.m. Passengers flew on to Tarn later that evening."),
         MON_JAN_2024, {"that evening": "2024-01-08TEV"}),
    case("previous_year_passes_over_the_day_of_a_saying",
         ("Shoppers bought 2.1 million Pellman bicycles in 1994, the makers said Tuesday. "
          "Sales rose 6 percent from the previous year."),
         WED_JAN_1995, {"the previous year": "1993"}),
    case("following_year_counts_from_the_day_of_a_happening",
         ("The Harl bicycle plant opened on March 3, 1991. The following year, it doubled "
          "output."),
         WED_JAN_1995, {"The following year": "1992"}),
    case("same_period_passes_over_a_yardstick_quarter",
         ("Orvane Chips earned $210 million in the July-September period. Revenue was slightly "
          "below the previous quarter. Margin was 41 percent, against 44 percent in the same "
          "period a year earlier."),
         THU_OCT_2012, {"the same period a year earlier": "2011-Q3"}),
    case("previous_quarter_told_of_is_still_echoed",
         ("Orvane Chips earned $210 million in the July-September period. In the previous "
          "quarter, it lost $12 million, against a profit in the same period a year earlier."),
         THU_OCT_2012, {"the same period a year earlier": "2011-Q2"}),
    case("previous_years_quarter_tags_the_fiscal_year_only",
         _FISCAL_STORY,
         WED_OCT_2016, {"the previous year": "FY2015", "fourth quarter": ABSENT}),
    case("previous_year_after_a_calendar_quarter_stays_calendar",
         ("Pelham Devices sold 4.5 million tablets in the third quarter, compared with 4.8 "
          "million in the previous year."),
         WED_OCT_2016, {"the previous year": "2015"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round31_cases(tag, text, published, expected):
    check(tag, text, published, expected)
