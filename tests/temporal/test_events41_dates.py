"""Dates misses the events blind set found (``/work/score/events_dates_notes.md``, session 14),
fixed in the tagger, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday.
THURSDAY = dt.date(2031, 5, 15)


def test_the_following_day_still_to_come_counts_from_the_latest_coming_day(tag):
    text = ("The Vell agency has set a new launch for Sunday at 9:14 a.m., and forecasters "
            "expect the winds to ease by Saturday evening. The crew went into quarantine on "
            "May 2. Once in orbit, the capsule is due to dock with the station the following "
            "day.")
    assert values_by_text(tag, text, THURSDAY)["the following day"] == "2031-05-19"
    text = ("The crew went into quarantine on May 2. They were tested the following day.")
    assert values_by_text(tag, text, THURSDAY)["the following day"] == "2031-05-03"


def test_a_range_s_first_day_takes_the_year_written_after_its_last(tag):
    found = values_by_text(tag, "Next year's fair is set for July 23-25, 2032.", THURSDAY)
    assert found["July 23"] == "2032-07-23"
