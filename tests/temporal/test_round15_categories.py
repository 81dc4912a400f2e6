"""Round 15's categories: a market report's week, a clock range told before its day, the first
months of a fiscal year, "the same period last year" after a year named in passing, dates moved
in reported speech, a timetable "moves", a quarter listed under a plan.

Each case pins the step behind a fix (rules in ``generator/rules/temporal*.yaml``,
``clockrange.py``, ``moved.py``, ``resolve.py``, ``tense.py`` and its word lists), with its
counter-case where the step must hold back. Every sentence is
invented (fictional companies, people and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

MAY_2011 = dt.date(2011, 5, 13)  # a Friday
JAN_2001 = dt.date(2001, 1, 17)  # a Wednesday


def test_for_the_week_in_a_friday_market_report_is_that_week(tag):
    text = "The Brenmoor index closed down 1%. For the week, it lost 4.1%."
    assert values_by_text(tag, text, MAY_2011)["the week"] == "2011-W19"


def test_the_week_of_a_date_is_not_the_current_week(tag):
    text = "Ferries were booked for the week of June 6."
    assert values_by_text(tag, text, MAY_2011)["the week of June 6"] == "2011-W23"


def test_a_clock_range_before_its_day_is_on_that_day(tag):
    text = ("Officials said they would void trades made between 1:15 p.m. and 1:40 p.m. on "
            "Wednesday at prices far from the day's open.")
    found = values_by_text(tag, text, MAY_2011)
    assert found["1:15 p.m."] == "2011-05-11T13:15"
    assert found["1:40 p.m."] == "2011-05-11T13:40"


def test_a_clock_range_without_a_day_stays_on_the_story_day(tag):
    text = "The Varnholt exchange halted trading between 1:15 p.m. and 1:40 p.m."
    found = values_by_text(tag, text, MAY_2011)
    assert found["1:15 p.m."] == "2011-05-13T13:15"


def test_the_first_months_of_the_fiscal_year_are_one_duration(tag):
    text = "For the first six months of the fiscal year, Quarrow's profit rose 12 percent."
    found = values_by_text(tag, text, JAN_2001)
    assert found == {"the first six months of the fiscal year": "P6M"}


OCT_1995 = dt.date(1995, 10, 19)  # a Thursday
AUG_2020 = dt.date(2020, 8, 5)  # a Wednesday


def test_the_same_period_last_year_echoes_the_quarter_not_a_year_named_after_it(tag):
    text = ("Harrow Air said Wednesday it earned $12 million in the third quarter, as a fare "
            "war that had cut prices last year faded. It lost $30 million in the same period "
            "last year.")
    assert values_by_text(tag, text, OCT_1995)["the same period last year"] == "1994-Q3"


def test_the_same_period_last_year_with_only_a_year_named_echoes_it(tag):
    text = "Harrow Air flew more people in 1994 than in the same period last year."
    assert values_by_text(tag, text, OCT_1995)["the same period last year"] == "1993"


def test_dates_moved_in_reported_speech_are_the_nearest(tag):
    text = ("Pellworth said it had pushed back the reopening of its plants to November 2 from "
            "September, and would test every worker.")
    found = values_by_text(tag, text, AUG_2020)
    assert found["November 2"] == "2020-11-02"
    assert found["September"] == "2020-09"


def test_a_date_moved_in_a_past_perfect_outside_reported_speech_stays_past(tag):
    text = "By then the board had pushed the vote back to March."
    assert values_by_text(tag, text, AUG_2020)["March"] == "2020-03"


FEB_2006 = dt.date(2006, 2, 20)  # a Monday, the day after a Sunday race
DEC_2017 = dt.date(2017, 12, 19)  # a Tuesday


def test_a_series_that_moves_on_races_the_coming_sunday(tag):
    text = ("Mira Osterholt won the Corvane 400 on Sunday. The series moves to Elkford for a "
            "race on Sunday.")
    assert values(tag, text, FEB_2006) == [("Sunday", "2006-02-19"), ("Sunday", "2006-02-26")]


def test_a_day_the_story_told_of_stays_behind(tag):
    text = "Mira Osterholt won the Corvane 400 on Sunday."
    assert values_by_text(tag, text, FEB_2006)["Sunday"] == "2006-02-19"


def test_a_quarter_listed_under_a_plan_takes_the_plans_year(tag):
    text = ("Vantrel plans nine launches in 2018, including its first crewed flight in the "
            "third quarter.")
    assert values_by_text(tag, text, DEC_2017)["the third quarter"] == "2018-Q3"


def test_a_quarter_listed_under_a_past_report_stays_past(tag):
    text = ("Vantrel made nine launches in 2017, including its first crewed flight in the "
            "third quarter.")
    assert values_by_text(tag, text, DEC_2017)["the third quarter"] == "2017-Q3"
