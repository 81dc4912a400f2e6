"""Categories of error the dates round 44 (``blindset/blindset44.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, only, values_by_text

#: A Thursday in March.
THURSDAY = dt.date(2035, 3, 15)

#: A Monday in October.
OCTOBER_MONDAY = dt.date(2035, 10, 29)


CASES = [
    case("a_modifier_before_a_time_in_several_units_is_the_whole_time_s",
         "Along the Vell line totality lasts up to 4 minutes and 28 seconds.",
         THURSDAY, only({"up to 4 minutes and 28 seconds": "PT4M28S"})),
    case("early_in_the_month_after_a_month_told_of_is_that_month_s_start",
         "Sales at Orvel Homes fell in February, when snow shut stores early in the month.",
         THURSDAY, {"early in the month": "2035-02"}),
    case("census_day_is_a_named_day",
         "Forms should be mailed back by Census Day, April 1.",
         THURSDAY, {"Census Day": "2035-04-01"}),
    case("a_month_as_a_kind_is_no_date",
         ("Voters in Marrow will pick a mayor on Dec. 12, the first election held in December "
          "since 1923."),
         THURSDAY, {"December": ABSENT}),
    case("a_month_as_a_kind_is_no_date/2",
         "Voters in Marrow picked a mayor in December, the first since 1923.",
         THURSDAY, {"December": "2034-12"}),
    case("the_last_day_something_happens_on_is_no_length",
         "The relay on the last day, 1 April, starts at 16:00 local time.",
         THURSDAY, {"the last day": ABSENT}),
    case("the_last_day_something_happens_on_is_no_length/2",
         "Orvel shares rose 4% in the last day.",
         THURSDAY, {"the last day": "P1D"}),
    case("a_retail_year_the_story_names_by_its_start_names_its_quarters_so",
         ("Harlow Home said on Thursday its fourth-quarter profit fell 12 percent. Net income "
          "for the quarter ended Jan. 27 fell to $23.4 million from $26.6 million a year "
          "earlier. For fiscal 2034, profit fell 4 percent."),
         THURSDAY, {"fourth-quarter": "FY2034-Q4", "a year earlier": "FY2033-Q4"}),
    case("a_retail_year_the_story_names_by_its_start_names_its_quarters_so/2",
         ("Corvane said on Thursday its fourth-quarter revenue rose. Revenue for the quarter "
          "ended Jan. 28 rose 9 percent. For fiscal 2035, revenue rose 7 percent."),
         THURSDAY, {"fourth-quarter": "FY2035-Q4"}),
    case("a_local_evening_after_a_zoned_clock_restated_a_day_ahead_keeps_the_local_day",
         ("At 8 p.m. EDT Wednesday (0000 UTC Thursday) the storm was 90 miles south of "
          "Montauk. The 11 p.m. advisory put it 35 miles south of Block Island, and the eye "
          "crossed the coast at 5 a.m."),
         dt.date(2035, 3, 15), {"11 p.m.": "2035-03-14T23:00", "5 a.m.": "2035-03-15T05:00"}),
    case("a_clock_of_a_daily_habit_has_no_day",
         "Finals at the Vell pool are held between 19:00 and 21:00 local time each evening.",
         THURSDAY, {"19:00": "XXXX-XX-XXT19:00", "21:00": "XXXX-XX-XXT21:00"}),
    case("a_clock_of_a_daily_habit_has_no_day/2",
         "The final on Saturday starts at 19:00 local time, and heats run each evening.",
         THURSDAY, {"19:00": "2035-03-17T19:00"}),
    case("a_deadline_told_in_the_present_lies_ahead",
         ("Households that have not mailed their forms have until Monday to do so, the Marrow "
          "bureau said on Thursday."),
         THURSDAY, {"Monday": "2035-03-19"}),
    case("a_deadline_told_in_the_present_lies_ahead/2",
         ("The bureau must deliver the totals, which decide how seats are shared out, to the "
          "governor by Dec. 31."),
         THURSDAY, {"Dec. 31": "2035-12-31"}),
    case("a_deadline_told_in_the_present_lies_ahead/3",
         "The bureau had to deliver the totals by Dec. 31.",
         THURSDAY, {"Dec. 31": "2034-12-31"}),
    case("a_plan_told_as_the_first_of_several_has_its_date_behind_it",
         "The Keld ferry was originally due to sail on March 29, before the strike.",
         OCTOBER_MONDAY, {"March 29": "2035-03-29"}),
    case("a_plan_told_as_the_first_of_several_has_its_date_behind_it/2",
         "The Keld ferry was due to sail on March 29.",
         OCTOBER_MONDAY, {"March 29": "2036-03-29"}),
    case("a_date_first_moved_to_is_behind_the_later_one",
         "The Keld board first moved the vote to April 12, then to Nov. 3.",
         OCTOBER_MONDAY, {"April 12": "2035-04-12"}),
    case("a_date_first_moved_to_is_behind_the_later_one/2",
         "The Keld board moved the vote to April 12.",
         OCTOBER_MONDAY, {"April 12": "2036-04-12"}),
    case("a_clock_range_s_start_takes_the_day_written_on_its_zoned_end",
         "Vell TV will stream the regatta from 1 p.m. to 4 p.m. EDT tomorrow.",
         THURSDAY, {"1 p.m.": "2035-03-16T13:00"}),
    case("a_clock_range_s_start_takes_the_day_written_on_its_zoned_end/2",
         "Vell TV streams the heats at 1 p.m. and the final at 4 p.m. EDT tomorrow.",
         THURSDAY, {"1 p.m.": "2035-03-15T13:00"}),
    # the end's day is written ("yesterday"), not borrowed from its start: no year is added
    case("a_past_clock_range_on_yesterday_stays_in_the_story_s_year",
         "The Vell fair ran from 9 a.m. to 5 p.m. EDT yesterday.",
         THURSDAY,
         {"9 a.m.": "2035-03-14T09:00", "5 p.m. EDT yesterday": "2035-03-14T17:00-04:00"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round44_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_thing_asked_for_in_a_season_is_in_the_nearest_one(tag):
    july = dt.date(2035, 7, 16)
    found = values_by_text(tag, "Parents in Vell had asked for a longer break in the autumn.",
                           july)
    assert found["the autumn"] == "2035-FA"
    found = values_by_text(tag, "Parents in Vell had a longer break in the autumn.", july)
    assert found["the autumn"] == "2034-FA"
