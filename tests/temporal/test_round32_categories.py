"""Round 32's categories: a date a thing is bought "for" delivery or travel at lies ahead
("crude for June delivery", "fares for travel before Easter"); a year only counted back ("four
years ago") lends none to a quarter in a verb joined after it. A part of a holiday whose date
moves ("Thanksgiving night") is that part of the holiday, sets the story's scene as "Christmas
night" does (a later past clock and a quoted "tonight" fall on it), and a game told of as the
subject of a clause has periods, not quarters. "the new fiscal year on July 1" is the year that
day begins, named by the year it ends in. A cause closing a past sentence after ", following" lies
behind; a month a year back measured against ("up 4% from this time last year") gives "the year"
no year; "from $44 million, or 37 cents, a year ago" echoes the quarter reported.

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check

FRI_NOV_1996 = dt.date(1996, 11, 29)

MON_MAY_2004 = dt.date(2004, 5, 10)

THU_OCT_2023 = dt.date(2023, 10, 26)

THU_JUN_2002 = dt.date(2002, 6, 27)

WED_JAN_1995 = dt.date(1995, 1, 18)


CASES = [
    case("movable_holiday_night_is_its_night",
         "The Owls beat the Hawks 24-10 on Thanksgiving night.",
         FRI_NOV_1996, {"Thanksgiving night": "1996-11-28TNI"}),
    case("clock_and_quoted_tonight_after_a_holiday_night_fall_on_it",
         ("The Owls beat the Hawks 24-10 on Thanksgiving night. The Owls will play in the Lake "
          "Bowl on Jan. 1. The game, which kicked off at 7:10 p.m., drew 40,000 fans.\n"
          '"Tonight the kids were great," coach Ada Venn said.'),
         FRI_NOV_1996, {"7:10 p.m.": "1996-11-28T19:10", "Tonight": "1996-11-28TNI"}),
    case("clock_after_a_holiday_named_in_passing_stays_on_the_story_day",
         ("Stores have cut prices ahead of Thanksgiving. The sale, which opened at 9 a.m., "
          "drew crowds."),
         dt.date(1996, 11, 20), {"9 a.m.": "1996-11-20T09:00"}),
    case("quarter_of_a_game_told_of_is_no_date",
         ("The Owls beat the Hawks 24-10. The game was stopped for an hour in the third "
          "quarter because of lightning."),
         FRI_NOV_1996, {"the third quarter": ABSENT}),
    case("quarter_of_a_video_game_sold_is_a_date",
         "The game sold two million copies in the third quarter, Pixlo said.",
         FRI_NOV_1996, {"the third quarter": "1996-Q3"}),
    case("month_of_a_delivery_bought_for_lies_ahead",
         "Crude for June delivery rose to $40 a barrel in Tarnby last week.",
         MON_MAY_2004, {"June": "2004-06"}),
    case("holiday_of_travel_fares_are_for_lies_ahead",
         "Orla Air and other carriers have cut fares for travel before Easter.",
         dt.date(1992, 3, 12), {"Easter": "1992-04-19"}),
    case("month_of_travel_told_without_for_keeps_its_past",
         "Air travel in June fell 5 percent, the Vell Airports group said.",
         MON_MAY_2004, {"June": "2003-06"}),
    case("year_counted_back_lends_nothing_to_a_quarter_joined_after",
         ("Varn Motors last reported a quarterly loss four years ago and will report "
          "fourth-quarter results in late January."),
         THU_OCT_2023, {"fourth-quarter": "2023-Q4"}),
    case("year_written_still_lends_to_a_quarter_joined_after",
         "Varn Motors posted a loss in 2019 and returned to profit in the fourth quarter.",
         THU_OCT_2023, {"the fourth quarter": "2019-Q4"}),
    case("new_fiscal_year_starting_on_a_dated_day_is_named_by_its_end",
         ("Lawmakers in Dunmore passed a state budget late Wednesday, five days before the "
          "start of the new fiscal year on July 1."),
         THU_JUN_2002, {"the new fiscal year": "FY2003"}),
    case("new_fiscal_year_with_only_a_month_keeps_its_reading",
         ("Lawmakers in Dunmore passed a state budget late Wednesday, days before the start of "
          "the new fiscal year in July."),
         THU_JUN_2002, {"the new fiscal year": "FY2002"}),
    case("day_of_a_cause_following_a_past_clause_lies_behind",
         ("Shares in Tarnby fell sharply on Monday on fears that the Dunmore central bank will "
          "raise rates, following Friday's strong jobs report."),
         MON_MAY_2004, {"Friday": "2004-05-07"}),
    case("day_following_without_a_comma_takes_its_verbs_future",
         "Analysts in Tarnby said the Dunmore central bank will act following Friday's report.",
         MON_MAY_2004, {"Friday": "2004-05-14"}),
    case("year_after_a_yardstick_a_year_back_is_the_story_year",
         ("The Tarnby index is still up 4% from this time last year, but it has given back all "
          "of its gains for the year."),
         MON_MAY_2004, {"the year": "2004"}),
    case("year_after_a_scene_a_year_back_is_that_year",
         "This time last year, the Tarnby index fell 10%, its worst showing for the year.",
         MON_MAY_2004, {"the year": "2003"}),
    case("year_ago_after_a_per_share_figure_echoes_the_fiscal_quarter",
         ("Norvale Systems said on Wednesday its profit for the fiscal first quarter ended "
          "Dec. 31 rose 41 percent.\n"
          "Net income rose to $62 million, or 51 cents a share, from $44 million, or 37 cents, "
          "a year ago."),
         WED_JAN_1995, {"a year ago": "FY1994-Q1"}),
    case("year_ago_after_a_per_share_figure_with_no_quarter_is_the_year",
         ("Norvale Systems said its staff grew to 4,000.\n"
          "Net income rose to $62 million, or 51 cents a share, from $44 million, or 37 cents, "
          "a year ago."),
         WED_JAN_1995, {"a year ago": "1994"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round32_cases(tag, text, published, expected):
    check(tag, text, published, expected)
