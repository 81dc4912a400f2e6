"""Categories of error the dates round 40 (``blindset/blindset40.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, TAGGED, case, check

#: A Friday.
FRIDAY = dt.date(2003, 7, 18)


CASES = [
    case("moscow_time_keeps_the_offset_in_force_that_day",
         "The ferry docked at 21:05 Moscow time on Tuesday.",
         FRIDAY, {"21:05 Moscow time": "2003-07-15T21:05+04:00"}),
    case("moscow_time_keeps_the_offset_in_force_that_day/2",
         "The ferry docked at 21:05 Moscow time on Tuesday.",
         dt.date(2003, 1, 17), {"21:05 Moscow time": "2003-01-14T21:05+03:00"}),
    case("moscow_time_keeps_the_offset_in_force_that_day/3",
         "The ferry docked at 21:05 Moscow time on Tuesday.",
         dt.date(2012, 1, 20), {"21:05 Moscow time": "2012-01-17T21:05+04:00"}),
    case("moscow_time_keeps_the_offset_in_force_that_day/4",
         "The ferry docked at 21:05 Moscow time on Tuesday.",
         dt.date(2019, 7, 19), {"21:05 Moscow time": "2019-07-16T21:05+03:00"}),
    case("newfoundland_daylight_time",
         "The ship reached St. John's at 4:10 p.m. NDT on Monday.",
         FRIDAY, {"4:10 p.m. NDT": "2003-07-14T16:10-02:30"}),
    case("a_ranked_noun_s_passive_infinitive_under_a_modal_looks_ahead",
         "Tenants must register by March 20 for the first refund to be paid on April 15.",
         dt.date(2033, 3, 4), {"April 15": "2033-04-15"}),
    # a record keeps its past
    case("a_ranked_noun_s_passive_infinitive_under_a_modal_looks_ahead/2",
         "She was the first mayor to be elected in May.",
         FRIDAY, {"May": "2003-05"}),
    case("a_day_of_every_month_is_one_set",
         "Rents are collected on the 28th of every month.",
         FRIDAY, {"the 28th of every month": "XXXX-XX-28"}),
    case("minutes_and_seconds_without_and_are_one_duration",
         "Totality in Oldham lasts 3 minutes 51 seconds.",
         FRIDAY, {"3 minutes 51 seconds": "PT3M51S"}),
    case("the_financial_year_starting_a_date_tags_only_the_date",
         "Bills for the financial year starting April 1 go out soon.",
         dt.date(2004, 3, 5), {"the financial year": ABSENT, "April 1": "2004-04-01"}),
    case("a_weekday_abbreviation_with_a_determiner_is_no_day",
         "Never stare at a partly covered Sun.",
         FRIDAY, {"Sun.": ABSENT}),
    case("a_weekday_abbreviation_with_a_determiner_is_no_day/2",
         "Hours: Sat. 10-2, closed Sun.",
         FRIDAY, {"Sun.": TAGGED}),
    case("the_old_date_of_a_plan_brought_forward_lies_after_the_new_one",
         "The bank brought its next rate review forward to August 20 from September 3.",
         FRIDAY, {"September 3": "2003-09-03"}),
    # a plan put back: its old date is told as the tense reads it
    case("the_old_date_of_a_plan_brought_forward_lies_after_the_new_one/2",
         "The review was moved to September 3 from July 9.",
         FRIDAY, {"July 9": "2003-07-09"}),
    case("a_stretch_a_last_event_caps_is_its_length",
         "Fog shut the port again on Monday, capping a week of closures.",
         FRIDAY, {"a week": "P1W"}),
    # a day named by what it is for stays untagged
    case("a_stretch_a_last_event_caps_is_its_length/2",
         "Mourners marked a day of grief.",
         FRIDAY, {"a day": ABSENT}),
    case("a_weekday_apposed_to_the_day_it_falls_on_is_that_day",
         "The parade reaches the square on Bastille Day, Monday.",
         FRIDAY, {"Monday": "2003-07-14"}),
    # a weekday the day does not fall on keeps its own reading
    case("a_weekday_apposed_to_the_day_it_falls_on_is_that_day/2",
         "The parade reached the square on July 9, Friday.",
         FRIDAY, {"Friday": "2003-07-18"}),
    case("a_clock_restated_in_brackets_before_its_day_takes_that_day",
         ("The rally starts Saturday in Lyon and ends in Nice on Sunday, July 20. The first "
          "car leaves the ramp at 9:30 am (0730 GMT) on Saturday."),
         dt.date(2003, 7, 10), {"9:30 am": "2003-07-12T09:30", "0730 GMT": "2003-07-12T07:30Z"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round40_cases(tag, text, published, expected):
    check(tag, text, published, expected)
