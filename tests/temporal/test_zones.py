"""Daylight saving time for generic US zones ("ET", "PT"), settled once a clock has its day."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import values_by_text

from generator.extract.temporal.zones import settle_daylight, us_daylight_time


@pytest.mark.parametrize(("day", "daylight"), [
    (dt.date(2023, 3, 11), False),   # the Saturday before the second Sunday in March
    (dt.date(2023, 3, 12), True),
    (dt.date(2023, 11, 4), True),
    (dt.date(2023, 11, 5), False),   # the first Sunday in November
    (dt.date(1996, 4, 6), False),    # before 2007: from the first Sunday in April
    (dt.date(1996, 4, 7), True),
    (dt.date(1996, 10, 26), True),
    (dt.date(1996, 10, 27), False),  # ... to the last Sunday in October
])
def test_us_daylight_time(day, daylight):
    assert us_daylight_time(day) is daylight


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-09-14T08:30~-05:00", "2022-09-14T08:30-04:00"),
    ("2023-01-10T08:30~-05:00", "2023-01-10T08:30-05:00"),
    ("2022-07-01T21:00~-08:00", "2022-07-01T21:00-07:00"),
    ("XXXX-XX-XXT09:00~-05:00", "XXXX-XX-XXT09:00-05:00"),  # no day: the standard offset
    ("2022-09-14T08:00-05:00", "2022-09-14T08:00-05:00"),   # "EST" says which time it is
])
def test_settle_daylight(value, expected):
    assert settle_daylight(value) == expected


def test_generic_zone_takes_the_offset_of_the_day_its_clock_moved_to(tag):
    text = "The results came at 4:20 p.m. ET on Nov. 21, 2023."
    assert values_by_text(tag, text, dt.date(2023, 11, 1))["4:20 p.m. ET"] == (
        "2023-11-21T16:20-05:00")
    text = "Retail sales data are released at 8:30 a.m. ET."
    assert values_by_text(tag, text, dt.date(2022, 9, 14))["8:30 a.m. ET"] == (
        "2022-09-14T08:30-04:00")


def test_summer_eastern_standard_time_is_taken_at_its_word(tag):
    text = "The vote closed at 8 p.m. EST."
    assert values_by_text(tag, text, dt.date(2022, 9, 14))["8 p.m. EST"] == (
        "2022-09-14T20:00-05:00")
