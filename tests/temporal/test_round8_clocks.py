"""Round 8's clock times and nights: the story's own day over a day told in passing.

Every sentence here is invented (fictional teams, indexes and people).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

TUESDAY = dt.date(2015, 8, 25)
BOXING_DAY = dt.date(2005, 12, 26)

GAME = ("Ollie Brand scored 38 points, and the Harbor Rays beat the Dune Peaks 101-99 on "
        "Christmas night. It was their seventh straight win since 1998. \"It's Christmas, and "
        "you want to give the fans something,\" coach Tam Reid said. The game, which tipped off "
        "at 8:30 p.m., drew a sellout crowd. The Peaks, which had won the previous night in "
        "Corbin, played without their center. The Rays host Lakeport tomorrow night.")


CASES = [
    case("clock_after_the_story_day_and_a_day_in_passing_is_on_the_story_day",
         ("Stock markets in Asia recovered on Tuesday, after the Varn index fell 8.5% on "
          "Monday, its biggest drop since February 2007.\n"
          "The Kessel 300 closed 1.1% higher at 3 p.m. local time."),
         TUESDAY, {"3 p.m.": "2015-08-25T15:00"}),
    case("clock_after_a_day_in_passing_alone_keeps_that_day",
         "The Varn index fell 8.5% on Monday. It touched its low at 3 p.m. local time.",
         TUESDAY, {"3 p.m.": "2015-08-24T15:00"}),
    case("game_clock_is_on_the_holiday_night_the_story_opens_with",
         GAME,
         BOXING_DAY, {"8:30 p.m.": "2005-12-25T20:30"}),
    case("previous_night_moves_with_the_game_day",
         GAME,
         BOXING_DAY, {"the previous night": "2005-12-24TNI", "tomorrow night": "2005-12-27TNI"}),
    case("clock_after_a_reported_day_keeps_the_day_reported",
         ("Police said on Tuesday that the ferry sank on Monday. It lost contact with the "
          "harbour at 3 p.m. local time."),
         TUESDAY, {"3 p.m.": "2015-08-24T15:00"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round8_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_holiday_night_is_a_time_of_the_holiday(tag):
    found = {t.text: t for t in tag(GAME, BOXING_DAY)}
    assert (found["Christmas night"].type, found["Christmas night"].value) == (
        "TIME", "2005-12-25TNI")
