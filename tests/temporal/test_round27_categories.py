"""Round 27's categories: a new date a verb with a particle moves a thing to ("has been pushed
back to the fourth quarter") lies ahead, though the parser hangs "to" on "back"; "the quarter,
which ended ..." after "the current quarter" names the fiscal quarter reported before, not the
one under way, when the story's fiscal year end is read from it; a year gone by lends itself
to no date told in the future ("will honor their 1966 team ... on Nov. 10"); a date still to
come named near a past clock sets no bar to the story's day ("goes on sale before Christmas. ...
an event that began at 10 a.m." is the story's Wednesday).

Each case pins the step behind a fix (``promised._verb_of_particle``,
``fiscal_end._fiscal_value_meant``, ``lending.past_year_ahead``,
``sceneclock.clock_on_nearby_day``) with its counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

THU_MAR_2021 = dt.date(2021, 3, 11)
THU_NOV_2009 = dt.date(2009, 11, 19)
MON_OCT_1996 = dt.date(1996, 10, 21)

#: A chipmaker whose fiscal year ends Oct. 31: a forecast for the quarter under way, then the
#: quarter just reported, joined to its closing day.
_CHIPMAKER = ("Lindqvist Micro Inc reported a loss for its fiscal fourth quarter on Wednesday and "
              "forecast higher sales for the current quarter. The loss for the quarter, which "
              "ended Oct 31, narrowed from a year earlier. It expects revenue to rise in the first "
              "quarter, which ends in January.")

THU_SEP_2005 = dt.date(2005, 9, 8)


CASES = [
    case("a_date_pushed_back_to_lies_ahead",
         ("Orvella said on Tuesday that the first flight of its Kestrel rocket has been pushed "
          "back to the fourth quarter."),
         THU_MAR_2021, {"the fourth quarter": "2021-Q4"}),
    case("a_quarter_a_thing_happened_in_stays_behind",
         ("Orvella said on Tuesday that its Kestrel rocket flew back to base in the fourth "
          "quarter."),
         THU_MAR_2021, {"the fourth quarter": "2020-Q4"}),
    case("the_quarter_that_ended_is_not_the_current_one",
         _CHIPMAKER,
         THU_NOV_2009,
         {
          "the current quarter": "FY2010-Q1",
          "the quarter": "FY2009-Q4",
          "a year earlier": "FY2008-Q4",
          "the first quarter": "FY2010-Q1",
         }),
    case("the_quarter_after_a_fiscal_quarter_still_takes_it",
         ("Lindqvist Micro Inc said its fiscal fourth-quarter profit fell. Net income for the "
          "quarter, which ended June 30, was $4 million."),
         dt.date(2009, 8, 5), {"the quarter": "FY2009-Q4"}),
    case("a_past_year_lends_nothing_to_a_coming_date",
         ("The Harbor City Gulls will honor their 1966 team at the home game against Easton on "
          "Nov. 10, and play at Marlow on Thanksgiving Day."),
         MON_OCT_1996, {"Nov. 10": "1996-11-10", "Thanksgiving Day": "1996-11-28"}),
    case("a_past_year_still_lends_itself_to_a_past_date",
         ("The Harbor City Gulls won their first title in 1966 and lost in the final on Nov. "
          "10."),
         MON_OCT_1996, {"Nov. 10": "1966-11-10"}),
    case("a_coming_year_still_lends_itself_to_a_coming_date",
         "The Gulls will move to a new stadium in 1998, with a first game on Nov. 10.",
         MON_OCT_1996, {"Nov. 10": "1998-11-10"}),
    case("a_past_clock_passes_over_a_coming_holiday_to_the_storys_day",
         ("Pellworth Computer on Wednesday unveiled a thinner music player. The player goes on "
          "sale in Europe before Christmas. Its chief executive showed it at an event that "
          "began at 10 a.m."),
         THU_SEP_2005, {"10 a.m.": "2005-09-07T10:00"}),
    case("a_past_clock_with_no_scene_stays_on_the_publication_day",
         ("The player goes on sale in Europe before Christmas. Its chief executive showed it "
          "at an event that began at 10 a.m."),
         THU_SEP_2005, {"10 a.m.": "2005-09-08T10:00"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round27_cases(tag, text, published, expected):
    check(tag, text, published, expected)
