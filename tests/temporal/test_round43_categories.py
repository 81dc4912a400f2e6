"""Categories of error the dates round 43 (``blindset/blindset43.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, only

#: A Friday in June of a leap year.
FRIDAY = dt.date(2036, 6, 27)
#: A Sunday.
SUNDAY = dt.date(2036, 6, 29)


CASES = [
    case("a_clock_keeps_its_seconds_up_to_a_leap_second",
         "On the coast that happens at 7:59:60 p.m. EDT Monday.",
         SUNDAY, {"7:59:60 p.m. EDT Monday": "2036-06-30T19:59:60-04:00"}),
    case("a_clock_keeps_its_seconds_up_to_a_leap_second/2",
         "The pump tripped at 4:15:30 a.m. on the ward.",
         FRIDAY, {"4:15:30 a.m.": "2036-06-27T04:15:30"}),
    case("a_leap_second_is_utc_at_the_end_of_june_or_december",
         "The lab's clocks will read 23:59:60 before ticking over to July 1.",
         FRIDAY, {"23:59:60": "2036-06-30T23:59:60Z"}),
    case("midnight_keeps_its_zone",
         "The vault will lock at midnight UTC Saturday.",
         FRIDAY, {"midnight UTC Saturday": "2036-06-28T24:00Z"}),
    case("midnight_keeps_its_zone/2",
         "The vault will lock at midnight Saturday.",
         FRIDAY, {"midnight Saturday": "2036-06-28T24:00"}),
    case("an_east_asian_city_s_time_in_words_keeps_its_offset",
         "Trading in Orsk Bank resumes at 9:00 am Tokyo time on Monday.",
         SUNDAY, {"9:00 am Tokyo time": "2036-06-30T09:00+09:00"}),
    case("a_clock_going_on_after_a_small_hours_one_moved_to_the_next_day_follows_it",
         ("Talks began at 10:00 am on Saturday, broke up shortly after 2:00 am without a deal "
          "and resumed at 11:00 am (0900 GMT)."),
         SUNDAY,
         {
          "2:00 am": "2036-06-29T02:00",
          "11:00 am": "2036-06-29T11:00",
          "0900 GMT": "2036-06-29T09:00Z",
         }),
    case("a_clock_going_on_after_a_small_hours_one_moved_to_the_next_day_follows_it/2",
         "Talks began at 10:00 am on Saturday and broke up at 11:00 pm.",
         SUNDAY, {"11:00 pm": "2036-06-28T23:00"}),
    case("a_length_in_calendar_units_and_a_smaller_one_is_one_duration",
         "That makes 2036 a year of 366 days and one second.",
         FRIDAY, only({"2036": "2036", "366 days and one second": "P366DT1S"})),
    case("a_length_in_calendar_units_and_a_smaller_one_is_one_duration/2",
         "Eclipses of the Vell series return every 18 years and 11 days.",
         FRIDAY, {"every 18 years and 11 days": "P18Y11D"}),
    case("a_weekday_set_keeps_its_part_of_the_day",
         "A night market runs on the quay every Friday evening.",
         FRIDAY, {"every Friday evening": "XXXX-WXX-5TEV"}),
    case("a_speed_or_a_flow_is_no_time",
         "The probe's signal travels 186,000 miles per second.",
         FRIDAY, only({})),
    case("a_speed_or_a_flow_is_no_time/2",
         "The Tarvel plant makes 300 pumps an hour.",
         FRIDAY, {"an hour": "PT1H"}),
    case("feb_29_is_a_leap_year_s",
         ("Four months after Feb. 29 added a day to the calendar, the timekeepers will add a "
          "second on Monday."),
         FRIDAY, {"Feb. 29": "2036-02-29"}),
    case("feb_29_is_a_leap_year_s/2",
         "The next leap day will be Feb. 29.",
         dt.date(2037, 6, 1), {"Feb. 29": "2040-02-29"}),
    case("a_weekday_in_a_before_clause_not_told_in_the_past_is_still_to_come",
         "Ministers met on Sunday to agree a rescue before markets open on Monday.",
         SUNDAY, {"Monday": "2036-06-30"}),
    case("a_weekday_in_a_before_clause_not_told_in_the_past_is_still_to_come/2",
         "Ministers met on Saturday before markets opened on Monday.",
         SUNDAY, {"Monday": "2036-06-23"}),
    case("a_weekday_s_possessive_a_figure_is_measured_against_is_gone_by",
         "The Orne will crest at 12 feet on Saturday, a foot higher than Wednesday's forecast.",
         dt.date(2036, 6, 26), {"Wednesday": "2036-06-25"}),
    case("a_weekday_s_possessive_a_figure_is_measured_against_is_gone_by/2",
         "The Orne will crest at 12 feet by Wednesday's high tide.",
         dt.date(2036, 6, 26), {"Wednesday": "2036-07-02"}),
    case("an_end_due_on_a_weekday_and_put_off_to_a_coming_date_is_the_coming_one",
         ("The curfew, which had been due to expire on Tuesday, will stay in place until July "
          "18."),
         FRIDAY, {"Tuesday": "2036-07-01"}),
    case("an_end_due_on_a_weekday_and_put_off_to_a_coming_date_is_the_coming_one/2",
         "The launch had been due to lift off on Tuesday.",
         FRIDAY, {"Tuesday": "2036-06-24"}),
    case("a_clock_unit_of_something_is_its_length",
         "We got about a minute of it through a gap in the fog.",
         FRIDAY, {"about a minute": "PT1M"}),
    case("a_clock_unit_of_something_is_its_length/2",
         "It was a day of mourning in Tarvel.",
         FRIDAY, only({})),
    case("the_may_bank_holiday_weekend_is_the_weekend_before_the_first_monday_of_may",
         "Police will man checkpoints over the May bank holiday weekend.",
         dt.date(2036, 4, 25), {"the May bank holiday weekend": "2036-W18-WE"}),
    case("an_event_s_weekend_named_by_its_order_counts_from_its_first_or_last_day",
         ("The Vell fair opens on Saturday, July 5, and runs on weekends until Sunday, July "
          "20. The opening weekend is given over to the regatta. Music takes the second "
          "weekend, and the final weekend brings the raft race."),
         dt.date(2036, 6, 18),
         {
          "The opening weekend": "2036-W27-WE",
          "the second weekend": "2036-W28-WE",
          "the final weekend": "2036-W29-WE",
         }),
    case("an_event_s_weekend_named_by_its_order_counts_from_its_first_or_last_day/2",
         "Sales rose on the first weekend of June.",
         FRIDAY, {"the first weekend": ABSENT}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round43_cases(tag, text, published, expected):
    check(tag, text, published, expected)
