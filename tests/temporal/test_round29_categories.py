"""Rounds 28 and 29's categories: "at the time" is no comparison, so it takes the date named last
even when that is a year ("warned in 1993, but the FAA did not act on it at the time"), and one
hung on a verb of saying keeps its "that" clause as what was said ("said at the time that it
would ..."); "the quarter, the first of fiscal 2015" is the fiscal quarter its apposition names,
and "the same period a year earlier" after it the fiscal quarter a year back; a quarter only
predicted in an earlier sentence ("predicted it would return to profit in the third quarter") is
not the one "the quarter", "the same period a year earlier", "a year earlier" or a past "the
full year" echoes ("said it would cut jobs this year" neither); a year-less date a past
event came "a month before" is the nearest one ("a month before the June 30 deadline", in May);
the day a moved plan "had been scheduled for" is the one nearest the new day it moved to; a day
in a gerund clause under "after" dates no part of the day of the main clause; a weekday the
parser hangs on the "been" of "had been due to end" is a dropped plan's, the nearest one; a
retailer's "fourth-quarter earnings, for the three months ending Feb 1" gives the fiscal year
end, and a year ending in February is named by the year it starts in (fiscal 1996); a year
counted back ("released two years ago and signed ... in December") lends no year to the step
joined after it; "the final two weeks" is one duration, as "the past two weeks", and "two or
three times a year" one SET.

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

WED_JAN_1997 = dt.date(1997, 1, 15)
FRI_OCT_2014 = dt.date(2014, 10, 24)


def test_at_the_time_takes_a_year_named_last(tag):
    text = ("Investigators are expected to issue a report in the spring. The board issued a "
            "similar warning in 1993, but the agency did not act on it at the time.")
    assert values_by_text(tag, text, WED_JAN_1997)["the time"] == "1993"


def test_the_same_period_last_year_still_passes_over_a_year(tag):
    text = ("Fares fell in 1996. Korvel Air earned $41 million in the third quarter, compared "
            "with a loss in the same period last year.")
    assert values_by_text(tag, text, WED_JAN_1997)["the same period last year"] == "1995-Q3"


def test_said_at_the_time_that_is_tagged(tag):
    text = ("Brightline cut 2,100 jobs in July and said at the time that it would focus on "
            "cloud software.")
    assert values_by_text(tag, text, FRI_OCT_2014)["the time"] == "2014-07"


def test_at_the_time_that_a_clause_defines_is_not_tagged(tag):
    text = "At the time that the plant opened in July, the town had 900 people."
    assert "the time" not in values_by_text(tag, text, FRI_OCT_2014)


_SOFTWARE = ("Net income rose to $1.12 billion in the quarter, the first of fiscal 2015, which "
             "ends June 30. That compared with $982 million in the same period a year earlier.")


def test_the_quarter_the_first_of_fiscal_2015(tag):
    found = values_by_text(tag, _SOFTWARE, FRI_OCT_2014)
    assert found["the quarter"] == "FY2015-Q1"
    assert found["the same period a year earlier"] == "FY2014-Q1"


def test_the_quarter_the_first_of_a_calendar_year_stays(tag):
    text = ("Net income rose to $1.12 billion in the quarter, the first of 2014. That compared "
            "with $982 million in the same period a year earlier.")
    found = values_by_text(tag, text, FRI_OCT_2014)
    assert not found["the quarter"].startswith("FY")
    assert not found["the same period a year earlier"].startswith("FY")


THU_APR_1994 = dt.date(1994, 4, 21)
_AIRLINE = ("Southland Airlines said Thursday it lost $48 million in the first quarter, but "
            "predicted it would return to profit in the third quarter. The loss compared with a "
            "loss of $97 million in the same period a year earlier. Traffic rose 5.3 percent in "
            "the quarter.")


def test_a_quarter_only_predicted_is_not_the_one_echoed(tag):
    found = values_by_text(tag, _AIRLINE, THU_APR_1994)
    assert found["the same period a year earlier"] == "1993-Q1"
    assert found["the quarter"] == "1994-Q1"


def test_a_forecast_quarter_in_the_echo_s_own_sentence_is_echoed(tag):
    text = ("Southland Airlines said Thursday it lost $48 million in the first quarter. It "
            "expects to earn $20 million in the third quarter, up from $5 million in the same "
            "period a year earlier.")
    assert values_by_text(tag, text, THU_APR_1994)["the same period a year earlier"] == "1993-Q3"


WED_MAY_2013 = dt.date(2013, 5, 29)


def test_a_deadline_a_past_event_came_a_month_before_lies_ahead(tag):
    text = ("The House passed a $28.4 billion budget Tuesday night, sending the spending plan to "
            "the Senate a month before the June 30 deadline.")
    assert values_by_text(tag, text, WED_MAY_2013)["June 30"] == "2013-06-30"


def test_a_date_a_past_event_came_before_stays_behind_when_nearest(tag):
    text = "The plant closed a week before the March 3 vote."
    assert values_by_text(tag, text, WED_MAY_2013)["March 3"] == "2013-03-03"


THU_AUG_2007 = dt.date(2007, 8, 30)


def test_the_old_day_of_a_moved_plan_is_next_to_the_new_one(tag):
    text = ("The state's presidential primary will move to Feb. 5 under a bill the governor "
            "signed Wednesday. The primary had been scheduled for March 4.")
    assert values_by_text(tag, text, THU_AUG_2007)["March 4"] == "2008-03-04"


def test_a_plan_gone_by_with_no_new_day_ahead_stays_behind(tag):
    text = ("The governor signed the bill Wednesday. The primary had been scheduled for "
            "March 4.")
    assert values_by_text(tag, text, THU_AUG_2007)["March 4"] == "2007-03-04"


FRI_MAR_2023 = dt.date(2023, 3, 10)


def test_a_part_of_the_day_passes_over_a_day_under_after_ing(tag):
    text = ("Shares of regional banks fell sharply on Friday. The Dow was down 1.1% in the "
            "afternoon, after falling 1.7% on Thursday.")
    assert values_by_text(tag, text, FRI_MAR_2023)["the afternoon"] == "2023-03-10TAF"


def test_a_part_of_the_day_takes_a_day_in_its_own_clause(tag):
    text = "Shares fell on Friday. The Dow was down 1.1% in the afternoon on Thursday."
    assert values_by_text(tag, text, FRI_MAR_2023)["the afternoon"] == "2023-03-09TAF"


WED_FEB_2019 = dt.date(2019, 2, 6)
_CARMAKER = ("Halvorsen Motor Co on Wednesday reported a 22 percent fall in fourth-quarter profit "
             "and said it would cut about 4,000 jobs this year. Net income fell to $1.1 billion "
             "from $1.4 billion a year earlier. For the full year, Halvorsen earned $4.6 "
             "billion.")


def test_a_year_only_predicted_is_not_the_one_echoed(tag):
    found = values_by_text(tag, _CARMAKER, WED_FEB_2019)
    assert found["a year earlier"] == "2017-Q4"
    assert found["the full year"] == "2018"


def test_the_full_year_still_ahead_takes_the_year_predicted(tag):
    text = ("Halvorsen Motor Co on Wednesday reported a fall in fourth-quarter profit and said "
            "it would cut about 4,000 jobs this year. It expects sales to rise for the full "
            "year.")
    assert values_by_text(tag, text, WED_FEB_2019)["the full year"] == "2019"


WED_DEC_2006 = dt.date(2006, 12, 20)


def test_a_day_hung_on_had_been_due_is_the_nearest(tag):
    text = ("A 30-day cooling-off period set by federal mediators had been due to end at "
            "12:01 a.m. CST on Friday.")
    found = values_by_text(tag, text, WED_DEC_2006)
    assert found["Friday"] == "2006-12-22"
    assert found["12:01 a.m. CST"] == "2006-12-22T00:01-06:00"


def test_a_day_hung_on_had_been_without_due_stays_behind(tag):
    assert values_by_text(tag, "The pilots had been angry on Friday.", WED_DEC_2006)[
        "Friday"] == "2006-12-15"


FRI_DEC_1996 = dt.date(1996, 12, 27)
_RETAILER = ("Harwell said it expected fourth-quarter earnings, for the three months ending Feb 1, "
             "to be at the low end of forecasts. It earned 84 cents a share in the same period "
             "last year.")


def test_a_retail_year_ending_in_february_is_named_by_its_start(tag):
    found = values_by_text(tag, _RETAILER, FRI_DEC_1996)
    assert found["fourth-quarter"] == "FY1996-Q4"
    assert found["the same period last year"] == "FY1995-Q4"


def test_a_year_ending_in_late_january_is_named_by_its_end(tag):
    text = ("The chipmaker's fiscal 2024 ends in late January. It expects revenue to rise in "
            "the fourth quarter.")
    assert values_by_text(tag, text, dt.date(2023, 11, 21))["the fourth quarter"] == "FY2024-Q4"


MON_OCT_1991 = dt.date(1991, 10, 28)


def test_a_year_counted_back_lends_no_year_to_the_step_after(tag):
    text = ("Decker was released by the New York Mets two years ago and signed with Portland "
            "in December for $400,000.")
    assert values_by_text(tag, text, MON_OCT_1991)["December"] == "1990-12"


def test_a_written_year_still_lends_to_the_step_after(tag):
    text = "Decker was released by the Mets in 1989 and signed with Portland in December."
    assert values_by_text(tag, text, MON_OCT_1991)["December"] == "1989-12"


def test_the_final_n_weeks_is_one_duration(tag):
    text = "They rested their regulars over the final two weeks of the regular season."
    assert values_by_text(tag, text, dt.date(2004, 10, 5))["the final two weeks"] == "P2W"


def test_the_final_then_years_ago_is_no_duration(tag):
    found = values_by_text(tag, "The Peaks had lost in the final two years ago.",
                           dt.date(1999, 6, 21))
    assert found == {"two years ago": "1997"}


def test_a_frequency_given_as_a_range_is_one_set(tag):
    found = values_by_text(tag, "The company flies two or three times a year.", dt.date(2022, 5, 1))
    assert found == {"two or three times a year": "P1Y"}


def test_a_single_frequency_keeps_its_extent(tag):
    found = values_by_text(tag, "Flights, or three times a week, are planned.", dt.date(2022, 5, 1))
    assert found == {"three times a week": "P1W"}
