"""Round 16's categories: a race time in tenths of a second, "the first nine months of 2022",
a US zone named in words, "last March" said in April, a holiday a schedule runs until, the
deictics of a quote spoken on the day of the event, "the new fiscal year".

Each case pins the step behind a fix (rules in ``generator/rules/temporal*.yaml``,
``values.py``, ``readings.py`` ...), with its counter-case where the step must hold back. Every
sentence is invented (fictional people, horses, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

NOV_2022 = dt.date(2022, 11, 10)  # a Thursday, after daylight saving time ended (Nov. 6)
JUL_2022 = dt.date(2022, 7, 14)  # a Thursday, in daylight saving time


def test_a_race_time_in_tenths_of_a_second_is_one_duration(tag):
    text = "Marsh Lantern covered the distance in 1 minute, 58.4 seconds."
    assert values(tag, text, NOV_2022) == [("1 minute, 58.4 seconds", "PT1M58.4S")]


def test_tenths_of_a_minute_are_not_a_race_time(tag):
    text = "The lap took 2.5 minutes, 4 seconds slower than planned."
    assert "PT2.5M4S" not in {value for _, value in values(tag, text, NOV_2022)}


def test_the_first_months_of_a_named_year_are_one_duration(tag):
    text = "Orlow Ltd lost $80 million in the first nine months of 2021."
    assert values(tag, text, NOV_2022) == [("the first nine months of 2021", "P9M")]


def test_a_year_after_the_first_months_without_of_stays_a_date(tag):
    text = "Orlow Ltd lost $80 million in the first nine months, more than in all of 2021."
    assert values(tag, text, NOV_2022) == [("the first nine months", "P9M"), ("2021", "2021")]


def test_a_us_zone_in_words_keeps_the_offset_of_its_day(tag):
    text = "Staff got the memo at 6 a.m. Pacific time on Wednesday."
    assert values_by_text(tag, text, NOV_2022)["6 a.m. Pacific time"] == "2022-11-09T06:00-08:00"
    assert values_by_text(tag, text, JUL_2022)["6 a.m. Pacific time"] == "2022-07-13T06:00-07:00"


def test_an_anniversary_this_day_is_not_the_story_day(tag):
    text = "On this day in 1945, the war in Korvana ended."
    assert values(tag, text, NOV_2022) == [("1945", "1945")]


def test_last_month_named_the_month_after_it_is_a_year_back(tag):
    text = "A strike at the Bellmont plant last March idled 26 plants."
    assert values(tag, text, dt.date(1997, 4, 23)) == [("last March", "1996-03")]
    assert values(tag, text, dt.date(1997, 11, 23)) == [("last March", "1997-03")]


def test_a_quote_spoken_on_race_day_keeps_its_day_words(tag):
    text = ("Dusty Comet won the Tarnwood Cup on Saturday.\n"
            "\"I've waited ten years for this day,\" Orla Finch said. \"We'll celebrate tonight.\"")
    found = values_by_text(tag, text, dt.date(2001, 5, 6))
    assert found["this day"] == "2001-05-05"
    assert found["tonight"] == "2001-05-05TNI"


def test_an_evening_launch_quoted_the_next_day_is_that_night(tag):
    text = ("The Verrin rocket lifted off on Wednesday evening.\n"
            "\"Tonight proves the design works,\" chief executive Ilse Marr told reporters.")
    assert values_by_text(tag, text, dt.date(2023, 2, 9))["Tonight"] == "2023-02-08TNI"


def test_tonight_quoted_in_a_story_of_its_own_day_stays(tag):
    text = ("The Verrin rocket is due to lift off today.\n"
            "\"Tonight we fly,\" chief executive Ilse Marr said.")
    assert values_by_text(tag, text, dt.date(2023, 2, 9))["Tonight"] == "2023-02-09TNI"


def test_the_end_of_a_plan_made_in_the_past_perfect_is_the_nearest(tag):
    text = "Dremmel Motors had scheduled overtime every Saturday until Memorial Day."
    assert values_by_text(tag, text, dt.date(1997, 4, 23))["Memorial Day"] == "1997-05-26"


def test_a_stretch_worked_until_a_holiday_in_the_past_is_the_last_one(tag):
    text = "Dremmel Motors ran overtime shifts until Memorial Day."
    assert values_by_text(tag, text, dt.date(1997, 4, 23))["Memorial Day"] == "1996-05-27"


def test_the_new_fiscal_year_about_to_begin_is_the_next_one(tag):
    text = ("Tarrow's legislature passed its budget days before the new fiscal year begins. "
            "The state will end the current fiscal year, which ends Sunday, in deficit.")
    assert values_by_text(tag, text, dt.date(1991, 6, 28))["the new fiscal year"] == "FY1992"


def test_the_new_fiscal_year_is_the_one_begun_nearest_the_story(tag):
    text = ("Tarrow's agencies cut hiring in the new fiscal year. The state ended the fiscal "
            "year, which ended June 30, in deficit.")
    assert values_by_text(tag, text, dt.date(1991, 8, 20))["the new fiscal year"] == "FY1992"
    # by February the next July is nearer: budget talk turns to the year about to begin
    assert values_by_text(tag, text, dt.date(1992, 2, 20))["the new fiscal year"] == "FY1993"
