"""Categories of error the dates round 44 (``blindset/blindset44.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday in March.
THURSDAY = dt.date(2035, 3, 15)


def test_a_modifier_before_a_time_in_several_units_is_the_whole_time_s(tag):
    found = values_by_text(tag, "Along the Vell line totality lasts up to 4 minutes and 28 "
                                "seconds.", THURSDAY)
    assert found == {"up to 4 minutes and 28 seconds": "PT4M28S"}


def test_early_in_the_month_after_a_month_told_of_is_that_month_s_start(tag):
    found = values_by_text(tag, "Sales at Orvel Homes fell in February, when snow shut stores "
                                "early in the month.", THURSDAY)
    assert found["early in the month"] == "2035-02"


def test_census_day_is_a_named_day(tag):
    found = values_by_text(tag, "Forms should be mailed back by Census Day, April 1.", THURSDAY)
    assert found["Census Day"] == "2035-04-01"


def test_a_month_as_a_kind_is_no_date(tag):
    found = values_by_text(tag, "Voters in Marrow will pick a mayor on Dec. 12, the first "
                                "election held in December since 1923.", THURSDAY)
    assert "December" not in found
    found = values_by_text(tag, "Voters in Marrow picked a mayor in December, the first since "
                                "1923.", THURSDAY)
    assert found["December"] == "2034-12"


def test_the_last_day_something_happens_on_is_no_length(tag):
    found = values_by_text(tag, "The relay on the last day, 1 April, starts at 16:00 local time.",
                           THURSDAY)
    assert "the last day" not in found
    found = values_by_text(tag, "Orvel shares rose 4% in the last day.", THURSDAY)
    assert found["the last day"] == "P1D"


def test_a_retail_year_the_story_names_by_its_start_names_its_quarters_so(tag):
    text = ("Harlow Home said on Thursday its fourth-quarter profit fell 12 percent. Net income "
            "for the quarter ended Jan. 27 fell to $23.4 million from $26.6 million a year "
            "earlier. For fiscal 2034, profit fell 4 percent.")
    found = values_by_text(tag, text, THURSDAY)
    assert found["fourth-quarter"] == "FY2034-Q4"
    assert found["a year earlier"] == "FY2033-Q4"
    text = ("Corvane said on Thursday its fourth-quarter revenue rose. Revenue for the quarter "
            "ended Jan. 28 rose 9 percent. For fiscal 2035, revenue rose 7 percent.")
    assert values_by_text(tag, text, THURSDAY)["fourth-quarter"] == "FY2035-Q4"


def test_a_local_evening_after_a_zoned_clock_restated_a_day_ahead_keeps_the_local_day(tag):
    text = ("At 8 p.m. EDT Wednesday (0000 UTC Thursday) the storm was 90 miles south of "
            "Montauk. The 11 p.m. advisory put it 35 miles south of Block Island, and the eye "
            "crossed the coast at 5 a.m.")
    found = values_by_text(tag, text, dt.date(2035, 3, 15))
    assert found["11 p.m."] == "2035-03-14T23:00"
    assert found["5 a.m."] == "2035-03-15T05:00"


def test_a_clock_of_a_daily_habit_has_no_day(tag):
    found = values_by_text(tag, "Finals at the Vell pool are held between 19:00 and 21:00 local "
                                "time each evening.", THURSDAY)
    assert found["19:00"] == "XXXX-XX-XXT19:00"
    assert found["21:00"] == "XXXX-XX-XXT21:00"
    found = values_by_text(tag, "The final on Saturday starts at 19:00 local time, and heats "
                                "run each evening.", THURSDAY)
    assert found["19:00"] == "2035-03-17T19:00"


def test_a_deadline_told_in_the_present_lies_ahead(tag):
    found = values_by_text(tag, "Households that have not mailed their forms have until Monday "
                                "to do so, the Marrow bureau said on Thursday.", THURSDAY)
    assert found["Monday"] == "2035-03-19"
    found = values_by_text(tag, "The bureau must deliver the totals, which decide how seats are "
                                "shared out, to the governor by Dec. 31.", THURSDAY)
    assert found["Dec. 31"] == "2035-12-31"
    found = values_by_text(tag, "The bureau had to deliver the totals by Dec. 31.", THURSDAY)
    assert found["Dec. 31"] == "2034-12-31"


#: A Monday in October.
OCTOBER_MONDAY = dt.date(2035, 10, 29)


def test_a_plan_told_as_the_first_of_several_has_its_date_behind_it(tag):
    found = values_by_text(tag, "The Keld ferry was originally due to sail on March 29, before "
                                "the strike.", OCTOBER_MONDAY)
    assert found["March 29"] == "2035-03-29"
    found = values_by_text(tag, "The Keld ferry was due to sail on March 29.", OCTOBER_MONDAY)
    assert found["March 29"] == "2036-03-29"


def test_a_date_first_moved_to_is_behind_the_later_one(tag):
    found = values_by_text(tag, "The Keld board first moved the vote to April 12, then to "
                                "Nov. 3.", OCTOBER_MONDAY)
    assert found["April 12"] == "2035-04-12"
    found = values_by_text(tag, "The Keld board moved the vote to April 12.", OCTOBER_MONDAY)
    assert found["April 12"] == "2036-04-12"


def test_a_clock_range_s_start_takes_the_day_written_on_its_zoned_end(tag):
    found = values_by_text(tag, "Vell TV will stream the regatta from 1 p.m. to 4 p.m. EDT "
                                "tomorrow.", THURSDAY)
    assert found["1 p.m."] == "2035-03-16T13:00"
    found = values_by_text(tag, "Vell TV streams the heats at 1 p.m. and the final at 4 p.m. "
                                "EDT tomorrow.", THURSDAY)
    assert found["1 p.m."] == "2035-03-15T13:00"


def test_a_thing_asked_for_in_a_season_is_in_the_nearest_one(tag):
    july = dt.date(2035, 7, 16)
    found = values_by_text(tag, "Parents in Vell had asked for a longer break in the autumn.",
                           july)
    assert found["the autumn"] == "2035-FA"
    found = values_by_text(tag, "Parents in Vell had a longer break in the autumn.", july)
    assert found["the autumn"] == "2034-FA"


def test_a_past_clock_range_on_yesterday_stays_in_the_story_s_year(tag):
    # the end's day is written ("yesterday"), not borrowed from its start: no year is added
    found = values_by_text(tag, "The Vell fair ran from 9 a.m. to 5 p.m. EDT yesterday.",
                           THURSDAY)
    assert found["9 a.m."] == "2035-03-14T09:00"
    assert found["5 p.m. EDT yesterday"] == "2035-03-14T17:00-04:00"
