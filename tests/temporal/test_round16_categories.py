"""Round 16's categories: a race time in tenths of a second, "the first nine months of 2022",
a US zone named in words, "last March" said in April, a holiday a schedule runs until, the
deictics of a quote spoken on the day of the event, "the new fiscal year".

Each case pins the step behind a fix (rules in ``generator/rules/temporal*.yaml``,
``values.py``, ``readings.py`` ...), with its counter-case where the step must hold back. Every
sentence is invented (fictional people, horses, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values

NOV_2022 = dt.date(2022, 11, 10)  # a Thursday, after daylight saving time ended (Nov. 6)
JUL_2022 = dt.date(2022, 7, 14)  # a Thursday, in daylight saving time


CASES = [
    case("a_race_time_in_tenths_of_a_second_is_one_duration",
         "Marsh Lantern covered the distance in 1 minute, 58.4 seconds.",
         NOV_2022, [("1 minute, 58.4 seconds", "PT1M58.4S")]),
    case("the_first_months_of_a_named_year_are_one_duration",
         "Orlow Ltd lost $80 million in the first nine months of 2021.",
         NOV_2022, [("the first nine months of 2021", "P9M")]),
    case("a_year_after_the_first_months_without_of_stays_a_date",
         "Orlow Ltd lost $80 million in the first nine months, more than in all of 2021.",
         NOV_2022, [("the first nine months", "P9M"), ("2021", "2021")]),
    case("a_us_zone_in_words_keeps_the_offset_of_its_day",
         "Staff got the memo at 6 a.m. Pacific time on Wednesday.",
         NOV_2022, {"6 a.m. Pacific time": "2022-11-09T06:00-08:00"}),
    case("a_us_zone_in_words_keeps_the_offset_of_its_day/2",
         "Staff got the memo at 6 a.m. Pacific time on Wednesday.",
         JUL_2022, {"6 a.m. Pacific time": "2022-07-13T06:00-07:00"}),
    case("an_anniversary_this_day_is_not_the_story_day",
         "On this day in 1945, the war in Korvana ended.",
         NOV_2022, [("1945", "1945")]),
    case("last_month_named_the_month_after_it_is_a_year_back",
         "A strike at the Bellmont plant last March idled 26 plants.",
         dt.date(1997, 4, 23), [("last March", "1996-03")]),
    case("last_month_named_the_month_after_it_is_a_year_back/2",
         "A strike at the Bellmont plant last March idled 26 plants.",
         dt.date(1997, 11, 23), [("last March", "1997-03")]),
    case("a_quote_spoken_on_race_day_keeps_its_day_words",
         ("Dusty Comet won the Tarnwood Cup on Saturday.\n"
          '"I\'ve waited ten years for this day," Orla Finch said. "We\'ll celebrate tonight."'),
         dt.date(2001, 5, 6), {"this day": "2001-05-05", "tonight": "2001-05-05TNI"}),
    case("an_evening_launch_quoted_the_next_day_is_that_night",
         ("The Verrin rocket lifted off on Wednesday evening.\n"
          '"Tonight proves the design works," chief executive Ilse Marr told reporters.'),
         dt.date(2023, 2, 9), {"Tonight": "2023-02-08TNI"}),
    case("tonight_quoted_in_a_story_of_its_own_day_stays",
         ("The Verrin rocket is due to lift off today.\n"
          '"Tonight we fly," chief executive Ilse Marr said.'),
         dt.date(2023, 2, 9), {"Tonight": "2023-02-09TNI"}),
    case("the_end_of_a_plan_made_in_the_past_perfect_is_the_nearest",
         "Dremmel Motors had scheduled overtime every Saturday until Memorial Day.",
         dt.date(1997, 4, 23), {"Memorial Day": "1997-05-26"}),
    case("a_stretch_worked_until_a_holiday_in_the_past_is_the_last_one",
         "Dremmel Motors ran overtime shifts until Memorial Day.",
         dt.date(1997, 4, 23), {"Memorial Day": "1996-05-27"}),
    case("the_new_fiscal_year_about_to_begin_is_the_next_one",
         ("Tarrow's legislature passed its budget days before the new fiscal year begins. The "
          "state will end the current fiscal year, which ends Sunday, in deficit."),
         dt.date(1991, 6, 28), {"the new fiscal year": "FY1992"}),
    case("the_new_fiscal_year_is_the_one_begun_nearest_the_story",
         ("Tarrow's agencies cut hiring in the new fiscal year. The state ended the fiscal "
          "year, which ended June 30, in deficit."),
         dt.date(1991, 8, 20), {"the new fiscal year": "FY1992"}),
    # by February the next July is nearer: budget talk turns to the year about to begin
    case("the_new_fiscal_year_is_the_one_begun_nearest_the_story/2",
         ("Tarrow's agencies cut hiring in the new fiscal year. The state ended the fiscal "
          "year, which ended June 30, in deficit."),
         dt.date(1992, 2, 20), {"the new fiscal year": "FY1993"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round16_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_tenths_of_a_minute_are_not_a_race_time(tag):
    text = "The lap took 2.5 minutes, 4 seconds slower than planned."
    assert "PT2.5M4S" not in {value for _, value in values(tag, text, NOV_2022)}
