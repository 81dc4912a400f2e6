"""Round 25's categories: a part of the day passes over a day that dates a relative clause on
the subject ("The index, which fell yesterday, was down in early afternoon trading" is the
story's day); "the holiday weekend" is the weekend of the holiday named before it; a simple past
in a time clause under "would" ("would do so once supplies became clearer, probably by late
June") looks ahead with the "would"; a quarter reported just before "the year just ended"
gives the fiscal year end (so "the current business year" counts in it); "lost a month of
production" is a length; a coming event's clock ("Post time for the Derby is 5:32 p.m.") takes
the day the story named the event with.

Each case pins the step behind a fix (``dayclause.passes_over_earlier_days`` via
``storyday``, ``holidayweekend``, ``backshift``, ``fiscal_end._end_month_from_year_just_ended``,
the rule ``duration-lost-unit-of``, ``eventday``) with its counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

FRI_MAR_2023 = dt.date(2023, 3, 17)
THU_MAY_2011 = dt.date(2011, 5, 12)
WED_APR_2009 = dt.date(2009, 4, 22)
WED_JUL_1998 = dt.date(1998, 7, 1)


CASES = [
    case("a_part_of_the_day_passes_over_a_day_in_a_relative_clause",
         ("Stocks in Varnel rallied on Friday. The Kessa index, which fell 2% yesterday, was "
          "up 1.1% in early afternoon trading."),
         FRI_MAR_2023, {"yesterday": "2023-03-16", "early afternoon": "2023-03-17TAF"}),
    case("a_part_of_the_day_after_joined_verbs_keeps_their_day",
         ("Stocks in Varnel rallied on Friday. The Kessa index fell 2% yesterday and was down "
          "again in early afternoon trading."),
         FRI_MAR_2023, {"early afternoon": "2023-03-16TAF"}),
    # Labor Day 1998 is Monday, Sept. 7: its weekend is the one before it
    case("the_holiday_weekend_is_the_named_holidays",
         ("Ferry bookings for Labor Day are full. Operators expect 40,000 riders over the "
          "holiday weekend."),
         dt.date(1998, 9, 2), {"the holiday weekend": "1998-W36-WE"}),
    # July 4, 1998 is a Saturday: its own ISO week's weekend
    case("the_holiday_weekend_follows_the_last_holiday_named",
         ("Stores in Danby closed for Memorial Day. Traffic will be heavy on the Fourth of "
          "July, and hotels are full for the holiday weekend."),
         WED_JUL_1998, {"the holiday weekend": "1998-W27-WE"}),
    case("a_past_time_clause_under_would_looks_ahead",
         ("Sakora declined to give a forecast, saying it would do so once the supply of parts "
          "became clearer, probably by late June."),
         THU_MAY_2011, {"late June": "2011-06"}),
    case("a_past_time_clause_under_a_past_verb_looks_back",
         "Sakora closed the Orvel plant once the supply of parts became short in late June.",
         THU_MAY_2011, {"late June": "2010-06"}),
    case("a_past_cause_under_would_looks_back",
         ("The Orvel unions said on Tuesday they would strike on Oct. 23 after talks with the "
          "ministry broke down late on Monday."),
         dt.date(2025, 10, 14), {"Monday": "2025-10-13"}),
    case("a_quarter_before_the_year_just_ended_gives_the_fiscal_year_end",
         ("Tavora Motor said its net profit fell 40 percent in the January-March quarter. For "
          "the year just ended, net profit rose 9 percent. It gave no forecast for the current "
          "business year."),
         THU_MAY_2011,
         {
          "the January-March quarter": "2011-Q1",
          "the year just ended": "FY2011",
          "the current business year": "FY2012",
         }),
    case("a_december_quarter_before_the_year_just_ended_is_the_calendar",
         ("Tavora Motor said its net profit fell 40 percent in the October-December quarter. "
          "For the year just ended, net profit rose 9 percent."),
         dt.date(2011, 2, 10), {"the year just ended": "2010"}),
    case("a_lost_month_of_work_is_a_length",
         '"We lost a month of output at Orvel," the plant manager said.',
         THU_MAY_2011, {"a month": "P1M"}),
    case("a_coming_events_clock_takes_the_events_day",
         ("Trainer Ada Morrow said Quillon would run in the Harwick Cup on May 2. A field of "
          "12 is expected. Post time for the Cup is 4:15 p.m."),
         WED_APR_2009, {"4:15 p.m.": "2009-05-02T16:15"}),
    case("a_clock_of_no_named_event_stays_on_its_day",
         ("Trainer Ada Morrow said Quillon would run in the Harwick Cup on May 2. A field of "
          "12 is expected. The track office opens at 9 a.m."),
         WED_APR_2009, {"9 a.m.": "2009-04-22T09:00"}),
    case("a_past_clock_of_a_named_event_is_not_moved_ahead",
         ("Quillon will run in the Harwick Cup on May 2. The Cup trial ended at 4:15 p.m. "
          "after a long delay."),
         WED_APR_2009, {"4:15 p.m.": "2009-04-22T16:15"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round25_cases(tag, text, published, expected):
    check(tag, text, published, expected)
