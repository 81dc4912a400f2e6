"""Categories of error the dates round 54 (``blindset/blindset54.txt``) showed at first sight, one
test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

#: A Wednesday in April.
WEDNESDAY = dt.date(2031, 4, 9)


def test_the_week_after_next_is_two_weeks_on(tag):
    found = values_by_text(tag, "The Orsk council will vote the week after next.", WEDNESDAY)
    assert found["the week after next"] == "2031-W17"
    found = values_by_text(tag, "The Vell ferry returns the month after next.", WEDNESDAY)
    assert found["the month after next"] == "2031-06"
    # "next week" alone stays one week on
    found = values_by_text(tag, "The Orsk council will vote next week.", WEDNESDAY)
    assert found["next week"] == "2031-W16"


def test_a_country_time_in_words_is_its_zone(tag):
    found = values_by_text(tag, "The Vell match kicks off at 6.30pm Japanese time.", WEDNESDAY)
    assert found["6.30pm Japanese time"] == "2031-04-09T18:30+09:00"
    found = values_by_text(tag, "The Orsk market opens at 9am Korean time.", WEDNESDAY)
    assert found["9am Korean time"] == "2031-04-09T09:00+09:00"
    # a bare clock keeps no zone
    found = values_by_text(tag, "The Vell match kicks off at 6.30pm.", WEDNESDAY)
    assert found["6.30pm"] == "2031-04-09T18:30"


def test_the_week_of_a_day_written_day_first_is_its_week(tag):
    found = values_by_text(tag, "Orsk exams set for the week of 14 April were moved.", WEDNESDAY)
    assert found["the week of 14 April"] == "2031-W16"
    # the month first, as before
    found = values_by_text(tag, "Orsk exams set for the week of April 14 were moved.", WEDNESDAY)
    assert found["the week of April 14"] == "2031-W16"


def test_clocks_of_a_count_of_times_a_day_have_no_day(tag):
    found = values_by_text(tag, "The Vell ferry sails twice a day, at 6 a.m. and 6 p.m.",
                           WEDNESDAY)
    assert found["6 a.m."] == "XXXX-XX-XXT06:00"
    assert found["6 p.m."] == "XXXX-XX-XXT18:00"
    # a day of its own dates them, habit or not
    found = values_by_text(tag, "The Vell ferry sails twice a day, and on Friday it leaves at "
                           "6 a.m.", WEDNESDAY)
    assert found["6 a.m."] == "2031-04-11T06:00"


def test_a_quarter_point_is_no_length(tag):
    found = values_by_text(tag, "Vell economists had expected a quarter-point cut.", WEDNESDAY)
    assert "a quarter" not in found
    found = values_by_text(tag, "Vell economists expect a cut within a quarter.", WEDNESDAY)
    assert found["a quarter"] == "P3M"


def test_too_soon_judges_a_timing_and_is_no_time(tag):
    found = values_by_text(tag, "Orsk farmers said the Vell vote came too soon.", WEDNESDAY)
    assert "soon" not in found
    found = values_by_text(tag, "Orsk farmers said the Vell vote would come soon.", WEDNESDAY)
    assert found["soon"] == "FUTURE_REF"


def test_a_day_after_a_bracketed_restatement_dates_both_clocks(tag):
    text = ("At Orsk the river crested at 4 p.m. CDT Sunday. At Vell it stood at 48 feet at "
            "7 a.m. CDT (1200 GMT) today.")
    found = values_by_text(tag, text, WEDNESDAY)
    assert found["7 a.m. CDT"] == "2031-04-09T07:00-05:00"
    assert found["1200 GMT"] == "2031-04-09T12:00Z"
    # with no day after the bracket the clocks keep the day their neighbours give
    found = values_by_text(tag, text.replace(" today", ""), WEDNESDAY)
    assert found["7 a.m. CDT"] == "2031-04-06T07:00-05:00"


def test_a_past_progressive_of_coming_is_no_coming_thing(tag):
    found = values_by_text(tag, "By Sunday night the Vell river was coming over the levee.",
                           WEDNESDAY)
    assert found["Sunday night"] == "2031-04-06TNI"
    # in the present it still looks ahead
    found = values_by_text(tag, "By Sunday night the Vell river is coming over the levee.",
                           WEDNESDAY)
    assert found["Sunday night"] == "2031-04-13TNI"


def test_the_year_to_a_month_written_with_its_year_is_that_fiscal_year(tag):
    text = ("Orsk Motors, whose fiscal year ends March 31, forecast a loss for the year ending "
            "March 31. It expects no recovery in the year ending March 2032. It last lost money "
            "in the year to March 2021.")
    found = values(tag, text, dt.date(2031, 2, 5))
    years = [value for words, value in found if words == "the year"]
    # the story's own year keeps its year; the two written with their years are theirs
    assert years == ["FY2031", "FY2032", "FY2021"]


def test_a_leap_second_told_in_gmt_is_on_its_june_or_december_end(tag):
    text = "In Vell, which stays on GMT until March 26, the leap second comes at 23:59:60 GMT."
    found = values_by_text(tag, text, dt.date(2031, 12, 30))
    assert found["23:59:60 GMT"] == "2031-12-31T23:59:60Z"
    # a clock at second 59 is an ordinary one, on the day its sentence gives
    found = values_by_text(tag, "Vell's clocks read 23:59:59 GMT.", dt.date(2031, 12, 30))
    assert found["23:59:59 GMT"] == "2031-12-30T23:59:59Z"


def test_a_weekday_naming_how_a_day_is_run_is_no_date(tag):
    found = values_by_text(tag, "Vell trams will run a Sunday service on Monday.", WEDNESDAY)
    assert list(found) == ["Monday"]
    found = values_by_text(tag, "Most Orsk shops will keep Sunday hours on Monday.", WEDNESDAY)
    assert list(found) == ["Monday"]
    # a weekday the service runs on is a day
    found = values_by_text(tag, "Vell trams will run a service on Sunday.", WEDNESDAY)
    assert found["Sunday"] == "2031-04-13"
