"""Categories of error the dates round 54 (``blindset/blindset54.txt``) showed at first sight, one
test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Wednesday in April.
WEDNESDAY = dt.date(2031, 4, 9)


def test_the_week_after_next_is_two_weeks_on(tag):
    found = values_by_text(tag, "The Orsk council will vote the week after next.", WEDNESDAY)
    assert found["the week after next"] == "2031-W17"
    found = values_by_text(tag, "The Vell ferry returns the month after next.", WEDNESDAY)
    assert found["the month after next"] == "2031-06"
    # "next week" alone stays one week on
    found = values_by_text(tag, "The Orsk council will vote next week.", WEDNESDAY)
    assert found["next week"] == "2031-W16"
