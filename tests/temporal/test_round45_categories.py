"""Categories of error the dates round 45 (``blindset/blindset45.txt``, held out in session 15)
showed, one test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Wednesday in March.
WEDNESDAY = dt.date(2035, 3, 14)


def test_a_clock_still_to_come_in_a_story_about_a_coming_day_is_that_day_s(tag):
    found = values_by_text(tag, "Port Velmar will grind to a halt on Thursday when dockers "
                                "hold a one-day strike. The walkout was called by the union, "
                                "officials said on Wednesday. Cranes will stop from noon to "
                                "4 p.m., and ferries will run only between 9 a.m. and 5 p.m.",
                           WEDNESDAY)
    assert found["noon"] == "2035-03-15T12:00"
    assert found["4 p.m."] == "2035-03-15T16:00"
    assert found["9 a.m."] == "2035-03-15T09:00"
    # a clock told in the past stays on the story's day
    found = values_by_text(tag, "Port Velmar will grind to a halt on Thursday when dockers "
                                "hold a one-day strike. The union met officials at noon.",
                           WEDNESDAY)
    assert found["noon"] == "2035-03-14T12:00"
    # the text back on the publication day keeps its clocks there
    found = values_by_text(tag, "Port Velmar will grind to a halt on Thursday when dockers "
                                "hold a one-day strike. Today the union will meet officials. "
                                "The talks will start at noon.", WEDNESDAY)
    assert found["noon"] == "2035-03-14T12:00"


def test_bare_ramadan_and_eid_are_the_feast_s_days(tag):
    found = values_by_text(tag, "Imams in Dorrow said Ramadan would begin on Thursday, and the "
                                "hall will host a dinner every Saturday until Eid.",
                           dt.date(2015, 6, 17))
    assert found["Ramadan"] == "2015-06-18"
    assert found["Eid"] == "2015-07-17"
    found = values_by_text(tag, "Eid prayers drew 4,000 people, and bank chief Samir Eid "
                                "spoke.", dt.date(2015, 6, 17))
    assert "Eid" not in found


def test_a_weekday_counted_in_a_month_is_a_rule_of_the_calendar(tag):
    found = values_by_text(tag, "Since 2009 the Vell ferry has run from the second Sunday in "
                                "April to the last Sunday in October.", dt.date(2035, 6, 1))
    assert found == {"2009": "2009"}
    found = values_by_text(tag, "The ferry stopped on the second Sunday, in April.",
                           dt.date(2035, 6, 1))
    assert found["April"] == "2035-04"


def test_a_clock_of_a_daily_habit_in_a_month_has_no_day(tag):
    found = values_by_text(tag, "At Dorrow the fast will end at 9.25pm each evening in June.",
                           dt.date(2035, 5, 20))
    assert found["9.25pm"] == "XXXX-XX-XXT21:25"
    found = values_by_text(tag, "At Dorrow the fast will end at 9.25pm each evening from Monday "
                                "June 4.", dt.date(2035, 5, 20))
    assert found["9.25pm"].startswith("2035-")  # a day named: not a habit's clock


def test_a_year_described_after_it_is_the_year_named_before_and_a_holiday_its_day_s(tag):
    found = values_by_text(tag, "In 2019, the last year under the old timetable, the Vell "
                                "ferry stopped on Oct. 27, and pupils who went out on Monday, "
                                "Halloween, did so in daylight.", dt.date(2022, 11, 4))
    assert "the last year" not in found
    assert found["Oct. 27"] == "2019-10-27"
    assert found["Halloween"] == "2022-10-31"
    found = values_by_text(tag, "Orvel posted a profit for the last year of $2 million.",
                           dt.date(2022, 11, 4))
    assert found["the last year"] == "2021"


def test_the_following_day_of_a_past_day_counts_from_it_not_from_today(tag):
    found = values_by_text(tag, "About 6,000 homes in Orvel were still without power Thursday. "
                                "Crews restored 5,000 on Tuesday, the first day they could reach "
                                "the hills, and 1,000 more the following day.",
                           dt.date(2035, 3, 15))
    assert found["the following day"] == "2035-03-14"
