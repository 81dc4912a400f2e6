"""Categories of error the dates round 40 (``blindset/blindset40.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Friday.
FRIDAY = dt.date(2003, 7, 18)


def test_moscow_time_keeps_the_offset_in_force_that_day(tag):
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.", FRIDAY)
    assert found["21:05 Moscow time"] == "2003-07-15T21:05+04:00"
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.",
                           dt.date(2003, 1, 17))
    assert found["21:05 Moscow time"] == "2003-01-14T21:05+03:00"
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.",
                           dt.date(2012, 1, 20))
    assert found["21:05 Moscow time"] == "2012-01-17T21:05+04:00"
    found = values_by_text(tag, "The ferry docked at 21:05 Moscow time on Tuesday.",
                           dt.date(2019, 7, 19))
    assert found["21:05 Moscow time"] == "2019-07-16T21:05+03:00"


def test_newfoundland_daylight_time(tag):
    found = values_by_text(tag, "The ship reached St. John's at 4:10 p.m. NDT on Monday.", FRIDAY)
    assert found["4:10 p.m. NDT"] == "2003-07-14T16:10-02:30"


def test_a_ranked_noun_s_passive_infinitive_under_a_modal_looks_ahead(tag):
    found = values_by_text(tag, "Tenants must register by March 20 for the first refund to be "
                                "paid on April 15.", dt.date(2033, 3, 4))
    assert found["April 15"] == "2033-04-15"
    # a record keeps its past
    found = values_by_text(tag, "She was the first mayor to be elected in May.", FRIDAY)
    assert found["May"] == "2003-05"


def test_a_day_of_every_month_is_one_set(tag):
    found = values_by_text(tag, "Rents are collected on the 28th of every month.", FRIDAY)
    assert found["the 28th of every month"] == "XXXX-XX-28"


def test_minutes_and_seconds_without_and_are_one_duration(tag):
    found = values_by_text(tag, "Totality in Oldham lasts 3 minutes 51 seconds.", FRIDAY)
    assert found["3 minutes 51 seconds"] == "PT3M51S"


def test_the_financial_year_starting_a_date_tags_only_the_date(tag):
    found = values_by_text(tag, "Bills for the financial year starting April 1 go out soon.",
                           dt.date(2004, 3, 5))
    assert "the financial year" not in found
    assert found["April 1"] == "2004-04-01"


def test_a_weekday_abbreviation_with_a_determiner_is_no_day(tag):
    found = values_by_text(tag, "Never stare at a partly covered Sun.", FRIDAY)
    assert "Sun." not in found
    found = values_by_text(tag, "Hours: Sat. 10-2, closed Sun.", FRIDAY)
    assert "Sun." in found


def test_the_old_date_of_a_plan_brought_forward_lies_after_the_new_one(tag):
    found = values_by_text(tag, "The bank brought its next rate review forward to August 20 from "
                                "September 3.", FRIDAY)
    assert found["September 3"] == "2003-09-03"
    # a plan put back: its old date is told as the tense reads it
    found = values_by_text(tag, "The review was moved to September 3 from July 9.", FRIDAY)
    assert found["July 9"] == "2003-07-09"


def test_a_stretch_a_last_event_caps_is_its_length(tag):
    found = values_by_text(tag, "Fog shut the port again on Monday, capping a week of closures.",
                           FRIDAY)
    assert found["a week"] == "P1W"
    # a day named by what it is for stays untagged
    assert "a day" not in values_by_text(tag, "Mourners marked a day of grief.", FRIDAY)


def test_a_weekday_apposed_to_the_day_it_falls_on_is_that_day(tag):
    found = values_by_text(tag, "The parade reaches the square on Bastille Day, Monday.", FRIDAY)
    assert found["Monday"] == "2003-07-14"
    # a weekday the day does not fall on keeps its own reading
    found = values_by_text(tag, "The parade reached the square on July 9, Friday.", FRIDAY)
    assert found["Friday"] == "2003-07-18"


def test_a_clock_restated_in_brackets_before_its_day_takes_that_day(tag):
    text = ("The rally starts Saturday in Lyon and ends in Nice on Sunday, July 20. The first car "
            "leaves the ramp at 9:30 am (0730 GMT) on Saturday.")
    found = values_by_text(tag, text, dt.date(2003, 7, 10))
    assert found["9:30 am"] == "2003-07-12T09:30"
    assert found["0730 GMT"] == "2003-07-12T07:30Z"
