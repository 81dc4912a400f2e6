"""Categories of error the dates round 54 (``blindset/blindset54.txt``) showed at first sight, one
rule per case with its counter-cases, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, every, texts

#: A Wednesday in April.
WEDNESDAY = dt.date(2031, 4, 9)

_CRESTED = ("At Orsk the river crested at 4 p.m. CDT Sunday. At Vell it stood at 48 feet at "
            "7 a.m. CDT (1200 GMT) today.")


CASES = [
    case("the_week_after_next_is_two_weeks_on",
         "The Orsk council will vote the week after next.",
         WEDNESDAY, {"the week after next": "2031-W17"}),
    case("the_week_after_next_is_two_weeks_on/2",
         "The Vell ferry returns the month after next.",
         WEDNESDAY, {"the month after next": "2031-06"}),
    # "next week" alone stays one week on
    case("the_week_after_next_is_two_weeks_on/3",
         "The Orsk council will vote next week.",
         WEDNESDAY, {"next week": "2031-W16"}),
    case("a_country_time_in_words_is_its_zone",
         "The Vell match kicks off at 6.30pm Japanese time.",
         WEDNESDAY, {"6.30pm Japanese time": "2031-04-09T18:30+09:00"}),
    case("a_country_time_in_words_is_its_zone/2",
         "The Orsk market opens at 9am Korean time.",
         WEDNESDAY, {"9am Korean time": "2031-04-09T09:00+09:00"}),
    # a bare clock keeps no zone
    case("a_country_time_in_words_is_its_zone/3",
         "The Vell match kicks off at 6.30pm.",
         WEDNESDAY, {"6.30pm": "2031-04-09T18:30"}),
    case("the_week_of_a_day_written_day_first_is_its_week",
         "Orsk exams set for the week of 14 April were moved.",
         WEDNESDAY, {"the week of 14 April": "2031-W16"}),
    # the month first, as before
    case("the_week_of_a_day_written_day_first_is_its_week/2",
         "Orsk exams set for the week of April 14 were moved.",
         WEDNESDAY, {"the week of April 14": "2031-W16"}),
    case("clocks_of_a_count_of_times_a_day_have_no_day",
         "The Vell ferry sails twice a day, at 6 a.m. and 6 p.m.",
         WEDNESDAY, {"6 a.m.": "XXXX-XX-XXT06:00", "6 p.m.": "XXXX-XX-XXT18:00"}),
    # a day of its own dates them, habit or not
    case("clocks_of_a_count_of_times_a_day_have_no_day/2",
         "The Vell ferry sails twice a day, and on Friday it leaves at 6 a.m.",
         WEDNESDAY, {"6 a.m.": "2031-04-11T06:00"}),
    case("a_quarter_point_is_no_length",
         "Vell economists had expected a quarter-point cut.",
         WEDNESDAY, {"a quarter": ABSENT}),
    case("a_quarter_point_is_no_length/2",
         "Vell economists expect a cut within a quarter.",
         WEDNESDAY, {"a quarter": "P3M"}),
    case("too_soon_judges_a_timing_and_is_no_time",
         "Orsk farmers said the Vell vote came too soon.",
         WEDNESDAY, {"soon": ABSENT}),
    case("too_soon_judges_a_timing_and_is_no_time/2",
         "Orsk farmers said the Vell vote would come soon.",
         WEDNESDAY, {"soon": "FUTURE_REF"}),
    case("a_day_after_a_bracketed_restatement_dates_both_clocks",
         _CRESTED,
         WEDNESDAY, {"7 a.m. CDT": "2031-04-09T07:00-05:00", "1200 GMT": "2031-04-09T12:00Z"}),
    # with no day after the bracket the clocks keep the day their neighbours give
    case("a_day_after_a_bracketed_restatement_dates_both_clocks/2",
         _CRESTED.replace(" today", ""),
         WEDNESDAY, {"7 a.m. CDT": "2031-04-06T07:00-05:00"}),
    case("a_past_progressive_of_coming_is_no_coming_thing",
         "By Sunday night the Vell river was coming over the levee.",
         WEDNESDAY, {"Sunday night": "2031-04-06TNI"}),
    # in the present it still looks ahead
    case("a_past_progressive_of_coming_is_no_coming_thing/2",
         "By Sunday night the Vell river is coming over the levee.",
         WEDNESDAY, {"Sunday night": "2031-04-13TNI"}),
    # the story's own year keeps its year; the two written with their years are theirs
    case("the_year_to_a_month_written_with_its_year_is_that_fiscal_year",
         ("Orsk Motors, whose fiscal year ends March 31, forecast a loss for the year ending "
          "March 31. It expects no recovery in the year ending March 2032. It last lost money "
          "in the year to March 2021."),
         dt.date(2031, 2, 5), {"the year": every("FY2031", "FY2032", "FY2021")}),
    case("a_leap_second_told_in_gmt_is_on_its_june_or_december_end",
         "In Vell, which stays on GMT until March 26, the leap second comes at 23:59:60 GMT.",
         dt.date(2031, 12, 30), {"23:59:60 GMT": "2031-12-31T23:59:60Z"}),
    # a clock at second 59 is an ordinary one, on the day its sentence gives
    case("a_leap_second_told_in_gmt_is_on_its_june_or_december_end/2",
         "Vell's clocks read 23:59:59 GMT.",
         dt.date(2031, 12, 30), {"23:59:59 GMT": "2031-12-30T23:59:59Z"}),
    case("a_weekday_naming_how_a_day_is_run_is_no_date",
         "Vell trams will run a Sunday service on Monday.",
         WEDNESDAY, texts(["Monday"])),
    case("a_weekday_naming_how_a_day_is_run_is_no_date/2",
         "Most Orsk shops will keep Sunday hours on Monday.",
         WEDNESDAY, texts(["Monday"])),
    # a weekday the service runs on is a day
    case("a_weekday_naming_how_a_day_is_run_is_no_date/3",
         "Vell trams will run a service on Sunday.",
         WEDNESDAY, {"Sunday": "2031-04-13"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round54_cases(tag, text, published, expected):
    check(tag, text, published, expected)
