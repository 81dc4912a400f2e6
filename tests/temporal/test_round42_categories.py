"""Categories of error the dates round 42 (``blindset/blindset42.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Wednesday in February.
WEDNESDAY = dt.date(2034, 2, 8)


def test_a_european_city_s_time_in_words_keeps_the_offset_in_force_that_day(tag):
    found = values_by_text(tag, "The final ends at 5:00 am Paris time on Friday.", WEDNESDAY)
    assert found["5:00 am Paris time"] == "2034-02-10T05:00+01:00"
    found = values_by_text(tag, "The stage ends at 5:00 pm Rome time on Friday.",
                           dt.date(2034, 7, 5))
    assert found["5:00 pm Rome time"] == "2034-07-07T17:00+02:00"


def test_a_four_digit_clock_with_its_zone_and_a_weekday_is_one_time(tag):
    found = values_by_text(tag, "The storm made landfall at 10:15 p.m. EST Tuesday (0315 UTC "
                                "Wednesday).", WEDNESDAY)
    assert found["0315 UTC Wednesday"] == "2034-02-08T03:15Z"


def test_the_fortnight_is_a_length(tag):
    found = values_by_text(tag, "The channel hired 30 extra staff for the fortnight.", WEDNESDAY)
    assert found["the fortnight"] == "P2W"


def test_a_timetable_told_in_the_present_around_a_past_relative_clause_looks_ahead(tag):
    found = values_by_text(tag, "The relay, in which Norway won gold last year, has its first "
                                "leg at 9:30 am on Saturday.", WEDNESDAY)
    assert found["Saturday"] == "2034-02-11"


def test_the_islamic_feasts_are_holidays_of_their_year(tag):
    found = values_by_text(tag, "Eid al-Fitr will fall on Wednesday, and Eid al-Adha is expected "
                                "on June 16.", dt.date(2024, 4, 8))
    assert found["Eid al-Fitr"] == "2024-04-10"
    assert found["Eid al-Adha"] == "2024-06-16"
    # "Eid" alone may be a name ("Magnus Eid"): no holiday
    assert "Eid" not in values_by_text(tag, "Magnus Eid was adjourned on Thursday.", WEDNESDAY)


def test_a_year_less_day_before_in_and_a_written_year_takes_that_year(tag):
    found = values_by_text(tag, "Easter falls in March this year, against April 11 in 2033.",
                           WEDNESDAY)
    assert found["April 11"] == "2033-04-11"
    found = values_by_text(tag, "The fast begins on March 1 next year and in mid-February in "
                                "2036.", WEDNESDAY)
    assert found["mid-February"] == "2036-02"


def test_the_first_week_after_a_happening_is_a_length(tag):
    found = values_by_text(tag, "Shelters held 90,000 people in the first week after the flood.",
                           WEDNESDAY)
    assert found["the first week"] == "P1W"
    # "the first week of" a month stays the week
    found = values_by_text(tag, "They met in the first week of June.", WEDNESDAY)
    assert found["the first week of June"].startswith("2033-W")


def test_a_count_of_snow_or_sick_days_is_a_length(tag):
    found = values_by_text(tag, "The calendar set aside four snow days.", WEDNESDAY)
    assert found["four snow days"] == "P4D"
    # a kind without a count is no length
    assert values_by_text(tag, "Snow days are rare here.", WEDNESDAY) == {}
