"""Categories of error the held-out dates round 58 (``blindset/blindset58.txt``) showed, one case
per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check

#: A Thursday in November, ten days before Advent Sunday.
NOVEMBER = dt.date(2026, 11, 19)
#: A Sunday in April, two days after Vaisakhi.
APRIL = dt.date(2023, 4, 16)


CASES = [
    # "the century" a superlative or a last picks something out of is the century told in
    case("the_century_of_a_superlative_is_the_century_told_in",
         "Crowds in Orsk watched the longest eclipse of the century on Wednesday.",
         dt.date(2031, 7, 22), {"the century": "20"}),
    case("the_century_of_a_superlative_is_the_century_told_in/2",
         "The Vell comet was the brightest of the year and the last of the century.",
         dt.date(1999, 8, 11), {"the century": "19"}),
    # "the storm of the century" is an idiom for a kind of storm
    case("the_century_of_a_superlative_is_the_century_told_in/3",
         "\"It was the storm of the century,\" said the Orsk harbour master.",
         dt.date(1994, 2, 9), {"the century": ABSENT}),
    # Advent Sunday, the fourth Sunday before Christmas Day, named alone
    case("advent_sunday_is_the_fourth_sunday_before_christmas",
         "Orsk will light its tree at 5pm on Advent Sunday.",
         NOVEMBER, {"Advent Sunday": "2026-11-29", "5pm": "2026-11-29T17:00"}),
    # in a year where it falls in December
    case("advent_sunday_is_the_fourth_sunday_before_christmas/2",
         "Orsk will light its tree on Advent Sunday.",
         dt.date(2024, 11, 19), {"Advent Sunday": "2024-12-01"}),
    # Vaisakhi and Twelfth Night are named days
    case("vaisakhi_and_twelfth_night_are_named_days",
         "Orsk Sikhs marked Vaisakhi with a procession to the park.",
         APRIL, {"Vaisakhi": "2023-04-14"}),
    case("vaisakhi_and_twelfth_night_are_named_days/2",
         "The lights on Vell High Street will stay up until Twelfth Night.",
         NOVEMBER, {"Twelfth Night": "2027-01-05"}),
    # Twelfth Night without a preposition of time is the play (round 52)
    case("vaisakhi_and_twelfth_night_are_named_days/3",
         "The Vell players staged Twelfth Night.",
         NOVEMBER, {"Twelfth Night": ABSENT}),
    # Father Christmas is a figure, no day; Christmas after him still is
    case("father_christmas_is_no_day",
         "Father Christmas will visit his Orsk grotto every weekend until Christmas.",
         NOVEMBER, {"Father Christmas": ABSENT, "Christmas": "2026-12-25"}),
    # nights counted are a length in days
    case("nights_counted_are_a_length_in_days",
         "\"I've slept two nights on this pavement,\" said an Orsk pensioner.",
         dt.date(2018, 6, 16), {"two nights": "P2D"}),
    case("nights_counted_are_a_length_in_days/2",
         "Vell mosques are busiest in the last 10 nights of the fast.",
         APRIL, {"the last 10 nights": "P10D"}),
    # a rate of nights is a set, not a length
    case("nights_counted_are_a_length_in_days/3",
         "Orsk crews are working five nights a week.",
         APRIL, {"five nights a week": "P1W", "five nights": ABSENT}),
    # a vague length done ahead is a duration
    case("a_vague_length_done_ahead_is_a_duration",
         "Rooms with a view of the Vell river were booked months ahead.",
         APRIL, {"months": "PXM"}),
    # a counted one keeps its count
    case("a_vague_length_done_ahead_is_a_duration/2",
         "Rooms in Orsk were booked three months ahead.",
         APRIL, {"three months": "P3M"}),
    # a habit's clock joined to a new thing with a day of its own keeps no day
    case("a_day_of_a_new_thing_after_a_habit_dates_none_of_its_clocks",
         ("The Orsk market returns next week, with a late opening every Thursday until 9pm and a "
          "carol service on Advent Sunday."),
         NOVEMBER, {"9pm": "XXXX-XX-XXT21:00"}),
    # the habit's own day still dates it
    case("a_day_of_a_new_thing_after_a_habit_dates_none_of_its_clocks/2",
         "The Vell tip will open at 8am on Friday, and every day after that.",
         NOVEMBER, {"8am": "2026-11-20T08:00"}),
    # a plural weekday right after a clock is the clock's own weekly habit
    case("a_clock_on_plural_weekdays_has_no_day",
         "Orsk shops will stay open until 8pm on Thursdays to match the market.",
         NOVEMBER, {"8pm": "XXXX-XX-XXT20:00", "Thursdays": "XXXX-WXX-4"}),
    # a plural weekday in another clause dates nothing
    case("a_clock_on_plural_weekdays_has_no_day/2",
         "Orsk shops will stay open until 8pm, and the museum is closed on Thursdays.",
         NOVEMBER, {"8pm": "2026-11-19T20:00"}),
    # the day a habit was told of, before "that", and the day its span starts from, are not
    # the days of its clocks
    case("the_day_a_habit_was_told_or_starts_dates_none_of_its_clocks",
         ("Orsk traders were told on Tuesday that parking will be free after 3pm every Saturday "
          "from 5 December."),
         NOVEMBER, {"3pm": "XXXX-XX-XXT15:00", "Tuesday": "2026-11-17",
                    "5 December": "2026-12-05"}),
    # a day in the clock's own clause still dates it
    case("the_day_a_habit_was_told_or_starts_dates_none_of_its_clocks/2",
         "Orsk traders were told on Tuesday to park after 3pm every Saturday.",
         NOVEMBER, {"3pm": "2026-11-17T15:00"}),
    # "falls on a weekend" is a kind of day, no length
    case("a_day_falling_on_a_weekend_is_no_length",
         "Because Boxing Day falls on a weekend, the Vell bank holiday moves to Monday.",
         NOVEMBER, {"a weekend": ABSENT, "Boxing Day": "2026-12-26"}),
    # a weekend counted is
    case("a_day_falling_on_a_weekend_is_no_length/2",
         "The Orsk market closed for a weekend in March.",
         NOVEMBER, {"a weekend": "P1WE"}),
    # the holiday quarter of a company whose year ends in September is its first
    case("the_holiday_quarter_is_the_fiscal_quarter_holding_december",
         "Orsk Devices forecast sales for the holiday quarter. Its fiscal year ends in September.",
         dt.date(2012, 10, 25), {"the holiday quarter": "FY2013-Q1"}),
    # a retailer's, whose year ends in January, stays its fourth
    case("the_holiday_quarter_is_the_fiscal_quarter_holding_december/2",
         ("Net income at Vell Stores in the holiday quarter, which ended Jan. 29, rose to $684 "
          "million."),
         dt.date(2011, 2, 24), {"the holiday quarter": "FY2011-Q4"}),
    # a half "of calendar 2013" beside a fiscal year is one calendar half
    case("a_half_of_a_calendar_year_is_one_calendar_half",
         ("Orsk Devices, whose fiscal year ends in September, expects a loss in the first half of "
          "fiscal 2013 and plans three models for the first half of calendar 2013."),
         dt.date(2012, 10, 25), {"the first half of calendar 2013": "2013-H1",
                                 "the first half of fiscal 2013": "FY2013-H1",
                                 "the first half": ABSENT}),
    # "expected on Friday" in a "with" absolute looks ahead, whatever the governing verb's tense
    case("expected_in_a_with_absolute_looks_ahead",
         ("Orsk mosques are preparing as the fast goes on, with Eid expected on Friday or Saturday "
          "depending on the moon."),
         APRIL, {"Friday": "2023-04-21", "Saturday": "2023-04-22"}),
    # a participle of a thing done in such an absolute keeps the governing verb's tense
    case("expected_in_a_with_absolute_looks_ahead/2",
         "Orsk mosques are busy, with the hall closed on Friday for repairs.",
         APRIL, {"Friday": "2023-04-14"}),
    # "through the night" after a span closed by a morning clock is the night that morning ends
    case("the_night_a_morning_clock_ends_is_the_night_before",
         ("Police said streets around the Orsk gate would be closed from 6 p.m. until 6 a.m. "
          "Wednesday, and trains will run every 10 minutes through the night."),
         dt.date(1990, 10, 2), {"the night": "1990-10-02TNI"}),
    # a day told before keeps its own night
    case("the_night_a_morning_clock_ends_is_the_night_before/2",
         "Vell crews worked on Monday and through the night to reach the miners.",
         dt.date(1990, 10, 2), {"the night": "1990-10-01TNI"}),
    # a counted night set off after a dated night is that night
    case("a_counted_night_after_a_dated_night_is_that_night",
         "The Orsk mosque expects 5,000 people on Monday night, the 27th night, for prayers.",
         APRIL, {"the 27th night": "2023-04-17TNI"}),
    # a count of nights in a row is no night of the calendar
    case("a_counted_night_after_a_dated_night_is_that_night/2",
         "Orsk runners camped out for the 3rd night in a row.",
         APRIL, {"the 3rd night": ABSENT}),
    # a day a span runs "since" sets no scene for the past clocks after it
    case("a_day_a_span_runs_since_is_no_scene",
         ("Crowds in Orsk watched the eclipse on Wednesday, some after waiting on the steps since "
          "Tuesday night. In Vell, where totality began at 9:36 am, crowds cheered."),
         dt.date(2009, 7, 22), {"9:36 am": "2009-07-22T09:36"}),
    # a day told as the scene still is
    case("a_day_a_span_runs_since_is_no_scene/2",
         "Orsk customers could not pay yesterday. The problem began at 6:10 a.m.",
         dt.date(2009, 7, 22), {"6:10 a.m.": "2009-07-21T06:10"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round58_category(tag, text, published, expected):
    check(tag, text, published, expected)
