"""Categories of error the dates round 43 (``blindset/blindset43.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Friday in June of a leap year.
FRIDAY = dt.date(2036, 6, 27)
#: A Sunday.
SUNDAY = dt.date(2036, 6, 29)


def test_a_clock_keeps_its_seconds_up_to_a_leap_second(tag):
    found = values_by_text(tag, "On the coast that happens at 7:59:60 p.m. EDT Monday.", SUNDAY)
    assert found["7:59:60 p.m. EDT Monday"] == "2036-06-30T19:59:60-04:00"
    found = values_by_text(tag, "The pump tripped at 4:15:30 a.m. on the ward.", FRIDAY)
    assert found["4:15:30 a.m."] == "2036-06-27T04:15:30"


def test_a_leap_second_is_utc_at_the_end_of_june_or_december(tag):
    found = values_by_text(tag, "The lab's clocks will read 23:59:60 before ticking over to "
                                "July 1.", FRIDAY)
    assert found["23:59:60"] == "2036-06-30T23:59:60Z"


def test_midnight_keeps_its_zone(tag):
    found = values_by_text(tag, "The vault will lock at midnight UTC Saturday.", FRIDAY)
    assert found["midnight UTC Saturday"] == "2036-06-28T24:00Z"
    found = values_by_text(tag, "The vault will lock at midnight Saturday.", FRIDAY)
    assert found["midnight Saturday"] == "2036-06-28T24:00"


def test_an_east_asian_city_s_time_in_words_keeps_its_offset(tag):
    found = values_by_text(tag, "Trading in Orsk Bank resumes at 9:00 am Tokyo time on Monday.",
                           SUNDAY)
    assert found["9:00 am Tokyo time"] == "2036-06-30T09:00+09:00"


def test_a_clock_going_on_after_a_small_hours_one_moved_to_the_next_day_follows_it(tag):
    found = values_by_text(tag, "Talks began at 10:00 am on Saturday, broke up shortly after "
                                "2:00 am without a deal and resumed at 11:00 am (0900 GMT).",
                           SUNDAY)
    assert found["2:00 am"] == "2036-06-29T02:00"
    assert found["11:00 am"] == "2036-06-29T11:00"
    assert found["0900 GMT"] == "2036-06-29T09:00Z"
    found = values_by_text(tag, "Talks began at 10:00 am on Saturday and broke up at 11:00 pm.",
                           SUNDAY)
    assert found["11:00 pm"] == "2036-06-28T23:00"


def test_a_length_in_calendar_units_and_a_smaller_one_is_one_duration(tag):
    found = values_by_text(tag, "That makes 2036 a year of 366 days and one second.", FRIDAY)
    assert found == {"2036": "2036", "366 days and one second": "P366DT1S"}
    found = values_by_text(tag, "Eclipses of the Vell series return every 18 years and 11 days.",
                           FRIDAY)
    assert found["every 18 years and 11 days"] == "P18Y11D"


def test_a_weekday_set_keeps_its_part_of_the_day(tag):
    found = values_by_text(tag, "A night market runs on the quay every Friday evening.", FRIDAY)
    assert found["every Friday evening"] == "XXXX-WXX-5TEV"


def test_a_speed_or_a_flow_is_no_time(tag):
    assert values_by_text(tag, "The probe's signal travels 186,000 miles per second.",
                          FRIDAY) == {}
    found = values_by_text(tag, "The Tarvel plant makes 300 pumps an hour.", FRIDAY)
    assert found["an hour"] == "PT1H"


def test_feb_29_is_a_leap_year_s(tag):
    found = values_by_text(tag, "Four months after Feb. 29 added a day to the calendar, the "
                                "timekeepers will add a second on Monday.", FRIDAY)
    assert found["Feb. 29"] == "2036-02-29"
    found = values_by_text(tag, "The next leap day will be Feb. 29.", dt.date(2037, 6, 1))
    assert found["Feb. 29"] == "2040-02-29"


def test_a_weekday_in_a_before_clause_not_told_in_the_past_is_still_to_come(tag):
    found = values_by_text(tag, "Ministers met on Sunday to agree a rescue before markets open "
                                "on Monday.", SUNDAY)
    assert found["Monday"] == "2036-06-30"
    found = values_by_text(tag, "Ministers met on Saturday before markets opened on Monday.",
                           SUNDAY)
    assert found["Monday"] == "2036-06-23"


def test_a_weekday_s_possessive_a_figure_is_measured_against_is_gone_by(tag):
    found = values_by_text(tag, "The Orne will crest at 12 feet on Saturday, a foot higher than "
                                "Wednesday's forecast.", dt.date(2036, 6, 26))
    assert found["Wednesday"] == "2036-06-25"
    found = values_by_text(tag, "The Orne will crest at 12 feet by Wednesday's high tide.",
                           dt.date(2036, 6, 26))
    assert found["Wednesday"] == "2036-07-02"


def test_an_end_due_on_a_weekday_and_put_off_to_a_coming_date_is_the_coming_one(tag):
    found = values_by_text(tag, "The curfew, which had been due to expire on Tuesday, will stay "
                                "in place until July 18.", FRIDAY)
    assert found["Tuesday"] == "2036-07-01"
    found = values_by_text(tag, "The launch had been due to lift off on Tuesday.", FRIDAY)
    assert found["Tuesday"] == "2036-06-24"


def test_a_clock_unit_of_something_is_its_length(tag):
    found = values_by_text(tag, "We got about a minute of it through a gap in the fog.", FRIDAY)
    assert found["about a minute"] == "PT1M"
    assert values_by_text(tag, "It was a day of mourning in Tarvel.", FRIDAY) == {}


def test_the_may_bank_holiday_weekend_is_the_weekend_before_the_first_monday_of_may(tag):
    found = values_by_text(tag, "Police will man checkpoints over the May bank holiday weekend.",
                           dt.date(2036, 4, 25))
    assert found["the May bank holiday weekend"] == "2036-W18-WE"


def test_an_event_s_weekend_named_by_its_order_counts_from_its_first_or_last_day(tag):
    text = ("The Vell fair opens on Saturday, July 5, and runs on weekends until Sunday, July "
            "20. The opening weekend is given over to the regatta. Music takes the second "
            "weekend, and the final weekend brings the raft race.")
    found = values_by_text(tag, text, dt.date(2036, 6, 18))
    assert found["The opening weekend"] == "2036-W27-WE"
    assert found["the second weekend"] == "2036-W28-WE"
    assert found["the final weekend"] == "2036-W29-WE"
    found = values_by_text(tag, "Sales rose on the first weekend of June.", FRIDAY)
    assert "the first weekend" not in found
