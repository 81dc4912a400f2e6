"""Categories of error the dates round 45 (``blindset/blindset45.txt``, held out in session 15)
showed, one test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, only, values_by_text

#: A Wednesday in March.
WEDNESDAY = dt.date(2035, 3, 14)


CASES = [
    case("a_clock_still_to_come_in_a_story_about_a_coming_day_is_that_day_s",
         ("Port Velmar will grind to a halt on Thursday when dockers hold a one-day strike. "
          "The walkout was called by the union, officials said on Wednesday. Cranes will stop "
          "from noon to 4 p.m., and ferries will run only between 9 a.m. and 5 p.m."),
         WEDNESDAY,
         {"noon": "2035-03-15T12:00", "4 p.m.": "2035-03-15T16:00", "9 a.m.": "2035-03-15T09:00"}),
    # a clock told in the past stays on the story's day
    case("a_clock_still_to_come_in_a_story_about_a_coming_day_is_that_day_s/2",
         ("Port Velmar will grind to a halt on Thursday when dockers hold a one-day strike. "
          "The union met officials at noon."),
         WEDNESDAY, {"noon": "2035-03-14T12:00"}),
    # the text back on the publication day keeps its clocks there
    case("a_clock_still_to_come_in_a_story_about_a_coming_day_is_that_day_s/3",
         ("Port Velmar will grind to a halt on Thursday when dockers hold a one-day strike. "
          "Today the union will meet officials. The talks will start at noon."),
         WEDNESDAY, {"noon": "2035-03-14T12:00"}),
    case("bare_ramadan_and_eid_are_the_feast_s_days",
         ("Imams in Dorrow said Ramadan would begin on Thursday, and the hall will host a "
          "dinner every Saturday until Eid."),
         dt.date(2015, 6, 17), {"Ramadan": "2015-06-18", "Eid": "2015-07-17"}),
    case("bare_ramadan_and_eid_are_the_feast_s_days/2",
         "Eid prayers drew 4,000 people, and bank chief Samir Eid spoke.",
         dt.date(2015, 6, 17), {"Eid": ABSENT}),
    case("a_weekday_counted_in_a_month_is_a_rule_of_the_calendar",
         ("Since 2009 the Vell ferry has run from the second Sunday in April to the last "
          "Sunday in October."),
         dt.date(2035, 6, 1), only({"2009": "2009"})),
    case("a_weekday_counted_in_a_month_is_a_rule_of_the_calendar/2",
         "The ferry stopped on the second Sunday, in April.",
         dt.date(2035, 6, 1), {"April": "2035-04"}),
    case("a_year_described_after_it_is_the_year_named_before_and_a_holiday_its_day_s",
         ("In 2019, the last year under the old timetable, the Vell ferry stopped on Oct. 27, "
          "and pupils who went out on Monday, Halloween, did so in daylight."),
         dt.date(2022, 11, 4),
         {"the last year": ABSENT, "Oct. 27": "2019-10-27", "Halloween": "2022-10-31"}),
    case("a_year_described_after_it_is_the_year_named_before_and_a_holiday_its_day_s/2",
         "Orvel posted a profit for the last year of $2 million.",
         dt.date(2022, 11, 4), {"the last year": "2021"}),
    case("the_following_day_of_a_past_day_counts_from_it_not_from_today",
         ("About 6,000 homes in Orvel were still without power Thursday. Crews restored 5,000 "
          "on Tuesday, the first day they could reach the hills, and 1,000 more the following "
          "day."),
         dt.date(2035, 3, 15), {"the following day": "2035-03-14"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round45_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_clock_of_a_daily_habit_in_a_month_has_no_day(tag):
    found = values_by_text(tag, "At Dorrow the fast will end at 9.25pm each evening in June.",
                           dt.date(2035, 5, 20))
    assert found["9.25pm"] == "XXXX-XX-XXT21:25"
    # a day the habit starts "from" bounds its span and dates no clock (round 58: "after 3pm
    # every Saturday from 5 December", round 59's convention 19), but a day of the clock's own
    # does: not a habit's clock
    found = values_by_text(tag, "At Dorrow the fast will end at 9.25pm on Monday June 4 and each "
                                "evening after.", dt.date(2035, 5, 20))
    assert found["9.25pm"].startswith("2035-")
