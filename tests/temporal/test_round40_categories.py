"""Categories of error the dates round 40 (``blindset/blindset40.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Friday.
FRIDAY = dt.date(2003, 7, 18)


def test_moscow_time_keeps_the_offset_in_force_that_day(tag):
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.", FRIDAY)
    assert found["21:05 Moscow time"] == "2003-07-15T21:05+04:00"
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.",
                           dt.date(2003, 1, 17))
    assert found["21:05 Moscow time"] == "2003-01-14T21:05+03:00"
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.",
                           dt.date(2012, 1, 20))
    assert found["21:05 Moscow time"] == "2012-01-17T21:05+04:00"
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.",
                           dt.date(2019, 7, 19))
    assert found["21:05 Moscow time"] == "2019-07-16T21:05+03:00"


def test_newfoundland_daylight_time(tag):
    found = values_by_text(tag, "The ship reached St. John's at 4:10 p.m. NDT on Monday.", FRIDAY)
    assert found["4:10 p.m. NDT"] == "2003-07-14T16:10-02:30"
