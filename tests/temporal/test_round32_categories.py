"""Round 32's categories: a part of a holiday whose date moves ("Thanksgiving night") is that part
of the holiday, sets the story's scene as "Christmas night" does (a later past clock and a quoted
"tonight" fall on it), and a game told of as the subject of a clause has periods, not quarters.

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

FRI_NOV_1996 = dt.date(1996, 11, 29)


def test_movable_holiday_night_is_its_night(tag):
    text = "The Owls beat the Hawks 24-10 on Thanksgiving night."
    assert values_by_text(tag, text, FRI_NOV_1996)["Thanksgiving night"] == "1996-11-28TNI"


def test_clock_and_quoted_tonight_after_a_holiday_night_fall_on_it(tag):
    text = ("The Owls beat the Hawks 24-10 on Thanksgiving night. The Owls will play in the Lake "
            "Bowl on Jan. 1. The game, which kicked off at 7:10 p.m., drew 40,000 fans.\n"
            '"Tonight the kids were great," coach Ada Venn said.')
    values = values_by_text(tag, text, FRI_NOV_1996)
    assert values["7:10 p.m."] == "1996-11-28T19:10"
    assert values["Tonight"] == "1996-11-28TNI"


def test_clock_after_a_holiday_named_in_passing_stays_on_the_story_day(tag):
    text = ("Stores have cut prices ahead of Thanksgiving. The sale, which opened at 9 a.m., "
            "drew crowds.")
    assert values_by_text(tag, text, dt.date(1996, 11, 20))["9 a.m."] == "1996-11-20T09:00"


def test_quarter_of_a_game_told_of_is_no_date(tag):
    text = ("The Owls beat the Hawks 24-10. The game was stopped for an hour in the third quarter "
            "because of lightning.")
    assert "the third quarter" not in values_by_text(tag, text, FRI_NOV_1996)


def test_quarter_of_a_video_game_sold_is_a_date(tag):
    text = "The game sold two million copies in the third quarter, Pixlo said."
    assert values_by_text(tag, text, FRI_NOV_1996)["the third quarter"] == "1996-Q3"
