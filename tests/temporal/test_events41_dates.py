"""Dates misses the events blind set found (``/work/score/events_dates_notes.md``, session 14),
fixed in the tagger, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Thursday.
THURSDAY = dt.date(2031, 5, 15)


CASES = [
    case("the_following_day_still_to_come_counts_from_the_latest_coming_day",
         ("The Vell agency has set a new launch for Sunday at 9:14 a.m., and forecasters "
          "expect the winds to ease by Saturday evening. The crew went into quarantine on May "
          "2. Once in orbit, the capsule is due to dock with the station the following day."),
         THURSDAY, {"the following day": "2031-05-19"}),
    case("the_following_day_still_to_come_counts_from_the_latest_coming_day/2",
         "The crew went into quarantine on May 2. They were tested the following day.",
         THURSDAY, {"the following day": "2031-05-03"}),
    case("a_range_s_first_day_takes_the_year_written_after_its_last",
         "Next year's fair is set for July 23-25, 2032.",
         THURSDAY, {"July 23": "2032-07-23"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events41_cases(tag, text, published, expected):
    check(tag, text, published, expected)
