"""Categories of error the dates round 56 (``blindset/blindset56.txt``, held out in session 20)
showed, one case per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Monday in June.
MONDAY = dt.date(2031, 6, 16)


CASES = [
    # a change still ahead that starts "from Monday", told on a Monday, starts the coming one
    case("a_change_from_the_weekday_told_on_is_a_week_on",
         "From Monday, the Orsk curfew is expected to be lifted, the council said.",
         MONDAY, {"Monday": "2031-06-23"}),
    case("a_change_from_the_weekday_told_on_is_a_week_on/2",
         "Now we hear the Vell guest limit is going from Monday, said a bride.",
         MONDAY, {"Monday": "2031-06-23"}),
    # in the past, or opening a span to another day, it is the day told on
    case("a_change_from_the_weekday_told_on_is_a_week_on/3",
         "Orsk cases have risen sharply from Monday.",
         MONDAY, {"Monday": "2031-06-16"}),
    case("a_change_from_the_weekday_told_on_is_a_week_on/4",
         "The Vell fair runs from Monday to Friday.",
         MONDAY, {"Monday": "2031-06-16", "Friday": "2031-06-20"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round56_category(tag, text, published, expected):
    check(tag, text, published, expected)
