"""Categories of error the dates round 42 (``blindset/blindset42.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, only, values_by_text

#: A Wednesday in February.
WEDNESDAY = dt.date(2034, 2, 8)


CASES = [
    case("a_european_city_s_time_in_words_keeps_the_offset_in_force_that_day",
         "The final ends at 5:00 am Paris time on Friday.",
         WEDNESDAY, {"5:00 am Paris time": "2034-02-10T05:00+01:00"}),
    case("a_european_city_s_time_in_words_keeps_the_offset_in_force_that_day/2",
         "The stage ends at 5:00 pm Rome time on Friday.",
         dt.date(2034, 7, 5), {"5:00 pm Rome time": "2034-07-07T17:00+02:00"}),
    case("a_four_digit_clock_with_its_zone_and_a_weekday_is_one_time",
         "The storm made landfall at 10:15 p.m. EST Tuesday (0315 UTC Wednesday).",
         WEDNESDAY, {"0315 UTC Wednesday": "2034-02-08T03:15Z"}),
    case("the_fortnight_is_a_length",
         "The channel hired 30 extra staff for the fortnight.",
         WEDNESDAY, {"the fortnight": "P2W"}),
    case("a_timetable_told_in_the_present_around_a_past_relative_clause_looks_ahead",
         ("The relay, in which Norway won gold last year, has its first leg at 9:30 am on "
          "Saturday."),
         WEDNESDAY, {"Saturday": "2034-02-11"}),
    case("the_islamic_feasts_are_holidays_of_their_year",
         "Eid al-Fitr will fall on Wednesday, and Eid al-Adha is expected on June 16.",
         dt.date(2024, 4, 8), {"Eid al-Fitr": "2024-04-10", "Eid al-Adha": "2024-06-16"}),
    # "Eid" alone may be a name ("Magnus Eid"): no holiday
    case("the_islamic_feasts_are_holidays_of_their_year/2",
         "Magnus Eid was adjourned on Thursday.",
         WEDNESDAY, {"Eid": ABSENT}),
    case("a_year_less_day_before_in_and_a_written_year_takes_that_year",
         "Easter falls in March this year, against April 11 in 2033.",
         WEDNESDAY, {"April 11": "2033-04-11"}),
    case("a_year_less_day_before_in_and_a_written_year_takes_that_year/2",
         "The fast begins on March 1 next year and in mid-February in 2036.",
         WEDNESDAY, {"mid-February": "2036-02"}),
    case("a_count_of_snow_or_sick_days_is_a_length",
         "The calendar set aside four snow days.",
         WEDNESDAY, {"four snow days": "P4D"}),
    # a kind without a count is no length
    case("a_count_of_snow_or_sick_days_is_a_length/2",
         "Snow days are rare here.",
         WEDNESDAY, only({})),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round42_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_the_first_week_after_a_happening_is_a_length(tag):
    found = values_by_text(tag, "Shelters held 90,000 people in the first week after the flood.",
                           WEDNESDAY)
    assert found["the first week"] == "P1W"
    # "the first week of" a month stays the week
    found = values_by_text(tag, "They met in the first week of June.", WEDNESDAY)
    assert found["the first week of June"].startswith("2033-W")
