"""Round 33's categories: a date whose preposition follows a past relative clause word for word
is that clause's ("reverse the rate rise it made in December"); a small-hours clock in the
sentence after a night ("beat the Pilots 5-3 Monday night. ... ended at 12:41 a.m.") falls the
day after it, lengths between passed over; a team's name the parser runs over a score ("the
Atlanta Pilots 5-3 Monday night") is no name of the night (rule examples in temporal_times.yaml);
"2019 levels" a year (temporal_dates.yaml); a bare "year-end discounts" a kind, "a year-end
deadline" a date, and "a rough start to the year" the story's year (temporal_relative.yaml).

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

THU_FEB_2016 = dt.date(2016, 2, 11)
TUE_OCT_2003 = dt.date(2003, 10, 14)

WED_MAR_2022 = dt.date(2022, 3, 9)

WED_OCT_1994 = dt.date(1994, 10, 5)

TUE_DEC_1997 = dt.date(1997, 12, 23)


CASES = [
    case("date_after_a_past_relative_clause_is_that_clause_s",
         ("Governor Ilse Marr said the bank was not planning to reverse the rate cut it made "
          "in December, but that weak markets could slow further moves."),
         THU_FEB_2016, {"December": "2015-12"}),
    case("date_of_a_planned_reversal_still_looks_ahead",
         ("Governor Ilse Marr said the bank plans to reverse the rate cut in December, but "
          "that weak markets could slow further moves."),
         THU_FEB_2016, {"December": "2016-12"}),
    case("small_hours_clock_in_the_sentence_after_a_night_is_the_next_day",
         ("The Harbor Gulls beat the Lake Owls 6-4 Monday night to level the series.\n"
          "The game, which lasted 4 hours, 2 minutes, ended at 12:35 a.m."),
         TUE_OCT_2003, {"Monday night": "2003-10-13TNI", "12:35 a.m.": "2003-10-14T00:35"}),
    case("small_hours_clock_two_sentences_after_a_night_keeps_its_day",
         ("The Harbor Gulls beat the Lake Owls 6-4 Monday night.\n"
          "The fans went home happy.\n"
          "Crews cleared the stands by 1 a.m."),
         TUE_OCT_2003, {"1 a.m.": "2003-10-13T01:00"}),
    case("seats_up_for_election_look_ahead",
         "All 60 seats on the Varden council are up for election in November.",
         WED_MAR_2022, {"November": "2022-11"}),
    case("seats_that_were_up_for_election_stay_behind",
         "All 60 seats on the Varden council were up for election in November.",
         WED_MAR_2022, {"November": "2021-11"}),
    case("a_share_a_year_ago_in_a_monthly_sales_story_is_the_month",
         ("Sales of new cars rose 6 percent in September, automakers said Tuesday.\n"
          "Korvan Motors' share of the market fell to 12.4 percent from 13.1 percent a year "
          "ago."),
         WED_OCT_1994, {"a year ago": "1993-09"}),
    case("a_share_a_year_ago_without_the_month_reported_is_the_year",
         ("Korvan Motors said its factories were busy.\n"
          "Korvan Motors' share of the market fell to 12.4 percent from 13.1 percent a year "
          "ago."),
         WED_OCT_1994, {"a year ago": "1993"}),
    case("daytime_clock_after_overnight_is_the_day_after_the_night",
         ("Crews worked overnight to clear the runways at Dunmere airport, but 300 flights had "
          "been canceled by 3 p.m."),
         TUE_DEC_1997, {"overnight": "1997-12-22TNI", "3 p.m.": "1997-12-23T15:00"}),
    case("clock_in_the_sentence_after_overnight_is_the_story_day",
         "Crews worked overnight to clear the runways.\nDunmere airport reopened at 3 p.m.",
         TUE_DEC_1997, {"3 p.m.": "1997-12-23T15:00"}),
    case("a_trip_people_are_booked_to_make_lies_ahead",
         ("Dunmere Air said it would waive change fees for passengers booked to fly through "
          "Friday."),
         TUE_DEC_1997, {"Friday": "1997-12-26"}),
    case("a_booking_made_on_a_past_day_stays_behind",
         "Dunmere Air said hundreds of passengers were booked on other flights on Friday.",
         TUE_DEC_1997, {"Friday": "1997-12-19"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round33_cases(tag, text, published, expected):
    check(tag, text, published, expected)
