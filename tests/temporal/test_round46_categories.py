"""Categories of error the dates round 46 (``blindset/blindset46.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday in March.
THURSDAY = dt.date(2016, 3, 17)


def test_passover_purim_and_super_tuesday_are_named_days(tag):
    found = values_by_text(tag, "The Orrin Street congregation will hold a fair on Purim and a "
                                "Seder on the first night of Passover.", THURSDAY)
    assert found["Purim"] == "2016-03-24"
    assert found["Passover"] == "2016-04-23"
    found = values_by_text(tag, "Calder County votes two weeks before Super Tuesday.",
                           dt.date(2012, 2, 10))
    assert found["Super Tuesday"] == "2012-03-06"
    found = values_by_text(tag, "The Vell Rotary Club's Easter egg hunt was a success.", THURSDAY)
    assert found == {}


def test_the_hours_of_a_curfew_are_a_nightly_habit(tag):
    found = values_by_text(tag, "From Monday the curfew in Orvel will run from 10 p.m. rather "
                                "than 9 p.m. to 5 a.m.", THURSDAY)
    assert found["10 p.m."] == "XXXX-XX-XXT22:00"
    assert found["5 a.m."] == "XXXX-XX-XXT05:00"
    found = values_by_text(tag, "Police in Orvel imposed a curfew from 10 p.m. on Saturday.",
                           THURSDAY)
    assert found["10 p.m."] == "2016-03-12T22:00"


def test_a_bare_weekday_after_the_same_weekday_with_its_date_is_that_date(tag):
    found = values_by_text(tag, "Thursday 24 March is also the fair, and the Vell choir will "
                                "sing on Wednesday evening and again on Thursday morning.",
                           THURSDAY)
    assert found["Thursday morning"] == "2016-03-24TMO"
    found = values_by_text(tag, "Thursday 24 March is also the fair.\nThe Vell choir sang on "
                                "Thursday morning.", THURSDAY)
    assert found["Thursday morning"] == "2016-03-17TMO"


def test_a_statement_about_the_calendar_sets_no_scene_for_a_clock_to_come(tag):
    found = values_by_text(tag, "Voters in Calder go to the polls Tuesday in the last primary "
                                "before Super Tuesday: 2012 is a leap year, and Wednesday is "
                                "Feb. 29. Polls close at 8 p.m. Arizona closes its polls at "
                                "7 p.m.", dt.date(2012, 2, 28))
    assert found["8 p.m."] == "2012-02-28T20:00"
    assert found["7 p.m."] == "2012-02-28T19:00"
    found = values_by_text(tag, "The Calder vote is on Wednesday. Polls close at 8 p.m.",
                           dt.date(2012, 2, 28))
    assert found["8 p.m."] == "2012-02-29T20:00"


def test_a_quarter_final_and_school_years_are_no_timexes(tag):
    found = values_by_text(tag, "Pupils in years 11 and 12 will watch the first quarter-final "
                                "in the hall.", THURSDAY)
    assert found == {}
    found = values_by_text(tag, "Profit rose in the first quarter, after falling in years of "
                                "decline.", THURSDAY)
    assert found["the first quarter"] == "2016-Q1"


def test_that_day_after_its_own_clock_points_back_to_the_day_before_them(tag):
    found = values_by_text(tag, "The Orvel curbs had been due to end on Sept. 13. Under the "
                                "first step, from 11:59 p.m. that day, parks reopen.",
                           dt.date(2020, 9, 6))
    assert found["that day"] == "2020-09-13"
    assert found["11:59 p.m."] == "2020-09-13T23:59"


def test_hours_a_day_are_a_length_and_a_set_except_round_the_clock(tag):
    found = values_by_text(tag, "Residents of Orvel may exercise outdoors for two hours a day.",
                           THURSDAY)
    assert found == {"two hours": "PT2H", "a day": "P1D"}
    found = values_by_text(tag, "The Orvel hotline is open 24 hours a day.", THURSDAY)
    assert found == {"24 hours a day": "P1D"}


def test_a_vague_amount_in_a_two_unit_length_is_tagged_in_parts_without_a_warning(tag, caplog):
    # duration-mixed-units takes "some" as a number word and its reading refuses it; that is
    # ordinary text, not a gap in a word list, so nothing is logged (it was a warning per match)
    with caplog.at_level("WARNING"):
        found = values_by_text(tag, "The Orvel inquiry took two years and some days.", THURSDAY)
    assert found == {"two years": "P2Y", "some days": "PXD"}
    assert not [r for r in caplog.records if "temporal rule" in r.getMessage()]


def test_a_year_beyond_the_calendar_is_skipped_without_a_warning(tag, caplog):
    # "about 9,000 years ago" reaches a year before 1, which datetime cannot hold: ordinary text
    # (a bench corpus article), so the timex is skipped quietly, not logged as a warning
    with caplog.at_level("WARNING"):
        found = values_by_text(tag, "Settlers reached the Orvel valley about 9,000 years ago, "
                                    "and the dig began last year.", THURSDAY)
    assert "about 9,000 years ago" not in found
    assert found["last year"] == "2015"
    assert not [r for r in caplog.records if "temporal rule" in r.getMessage()]
