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

from temporal_helpers import values_by_text

FRI_MAR_2023 = dt.date(2023, 3, 17)
THU_MAY_2011 = dt.date(2011, 5, 12)
WED_APR_2009 = dt.date(2009, 4, 22)
WED_JUL_1998 = dt.date(1998, 7, 1)


def test_a_part_of_the_day_passes_over_a_day_in_a_relative_clause(tag):
    text = ("Stocks in Varnel rallied on Friday. The Kessa index, which fell 2% yesterday, was "
            "up 1.1% in early afternoon trading.")
    found = values_by_text(tag, text, FRI_MAR_2023)
    assert found["yesterday"] == "2023-03-16"
    assert found["early afternoon"] == "2023-03-17TAF"


def test_a_part_of_the_day_after_joined_verbs_keeps_their_day(tag):
    text = ("Stocks in Varnel rallied on Friday. The Kessa index fell 2% yesterday and was "
            "down again in early afternoon trading.")
    assert values_by_text(tag, text, FRI_MAR_2023)["early afternoon"] == "2023-03-16TAF"


def test_the_holiday_weekend_is_the_named_holidays(tag):
    # Labor Day 1998 is Monday, Sept. 7: its weekend is the one before it
    text = ("Ferry bookings for Labor Day are full. Operators expect 40,000 riders over the "
            "holiday weekend.")
    assert values_by_text(tag, text, dt.date(1998, 9, 2))["the holiday weekend"] == "1998-W36-WE"


def test_the_holiday_weekend_follows_the_last_holiday_named(tag):
    text = ("Stores in Danby closed for Memorial Day. Traffic will be heavy on the Fourth of "
            "July, and hotels are full for the holiday weekend.")
    # July 4, 1998 is a Saturday: its own ISO week's weekend
    assert values_by_text(tag, text, WED_JUL_1998)["the holiday weekend"] == "1998-W27-WE"


def test_a_past_time_clause_under_would_looks_ahead(tag):
    text = ("Sakora declined to give a forecast, saying it would do so once the supply of parts "
            "became clearer, probably by late June.")
    assert values_by_text(tag, text, THU_MAY_2011)["late June"] == "2011-06"


def test_a_past_time_clause_under_a_past_verb_looks_back(tag):
    text = "Sakora closed the Orvel plant once the supply of parts became short in late June."
    assert values_by_text(tag, text, THU_MAY_2011)["late June"] == "2010-06"


def test_a_past_cause_under_would_looks_back(tag):
    text = ("The Orvel unions said on Tuesday they would strike on Oct. 23 after talks with the "
            "ministry broke down late on Monday.")
    assert values_by_text(tag, text, dt.date(2025, 10, 14))["Monday"] == "2025-10-13"


def test_a_quarter_before_the_year_just_ended_gives_the_fiscal_year_end(tag):
    text = ("Tavora Motor said its net profit fell 40 percent in the January-March quarter. For "
            "the year just ended, net profit rose 9 percent. It gave no forecast for the current "
            "business year.")
    found = values_by_text(tag, text, THU_MAY_2011)
    assert found["the January-March quarter"] == "2011-Q1"
    assert found["the year just ended"] == "FY2011"
    assert found["the current business year"] == "FY2012"


def test_a_december_quarter_before_the_year_just_ended_is_the_calendar(tag):
    text = ("Tavora Motor said its net profit fell 40 percent in the October-December quarter. "
            "For the year just ended, net profit rose 9 percent.")
    assert values_by_text(tag, text, dt.date(2011, 2, 10))["the year just ended"] == "2010"


def test_a_lost_month_of_work_is_a_length(tag):
    text = '"We lost a month of output at Orvel," the plant manager said.'
    assert values_by_text(tag, text, THU_MAY_2011)["a month"] == "P1M"


def test_a_coming_events_clock_takes_the_events_day(tag):
    text = ("Trainer Ada Morrow said Quillon would run in the Harwick Cup on May 2. A field of "
            "12 is expected. Post time for the Cup is 4:15 p.m.")
    assert values_by_text(tag, text, WED_APR_2009)["4:15 p.m."] == "2009-05-02T16:15"


def test_a_clock_of_no_named_event_stays_on_its_day(tag):
    text = ("Trainer Ada Morrow said Quillon would run in the Harwick Cup on May 2. A field of "
            "12 is expected. The track office opens at 9 a.m.")
    assert values_by_text(tag, text, WED_APR_2009)["9 a.m."] == "2009-04-22T09:00"


def test_a_past_clock_of_a_named_event_is_not_moved_ahead(tag):
    text = ("Quillon will run in the Harwick Cup on May 2. The Cup trial ended at 4:15 p.m. "
            "after a long delay.")
    assert values_by_text(tag, text, WED_APR_2009)["4:15 p.m."] == "2009-04-22T16:15"
