"""Categories of error the dates round 46 (``blindset/blindset46.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, only, values_by_text

#: A Thursday in March.
THURSDAY = dt.date(2016, 3, 17)


CASES = [
    case("passover_purim_and_super_tuesday_are_named_days",
         ("The Orrin Street congregation will hold a fair on Purim and a Seder on the first "
          "night of Passover."),
         THURSDAY, {"Purim": "2016-03-24", "Passover": "2016-04-23"}),
    case("passover_purim_and_super_tuesday_are_named_days/2",
         "Calder County votes two weeks before Super Tuesday.",
         dt.date(2012, 2, 10), {"Super Tuesday": "2012-03-06"}),
    case("passover_purim_and_super_tuesday_are_named_days/3",
         "The Vell Rotary Club's Easter egg hunt was a success.",
         THURSDAY, only({})),
    case("the_hours_of_a_curfew_are_a_nightly_habit",
         "From Monday the curfew in Orvel will run from 10 p.m. rather than 9 p.m. to 5 a.m.",
         THURSDAY, {"10 p.m.": "XXXX-XX-XXT22:00", "5 a.m.": "XXXX-XX-XXT05:00"}),
    case("the_hours_of_a_curfew_are_a_nightly_habit/2",
         "Police in Orvel imposed a curfew from 10 p.m. on Saturday.",
         THURSDAY, {"10 p.m.": "2016-03-12T22:00"}),
    case("a_bare_weekday_after_the_same_weekday_with_its_date_is_that_date",
         ("Thursday 24 March is also the fair, and the Vell choir will sing on Wednesday "
          "evening and again on Thursday morning."),
         THURSDAY, {"Thursday morning": "2016-03-24TMO"}),
    case("a_bare_weekday_after_the_same_weekday_with_its_date_is_that_date/2",
         "Thursday 24 March is also the fair.\nThe Vell choir sang on Thursday morning.",
         THURSDAY, {"Thursday morning": "2016-03-17TMO"}),
    case("a_statement_about_the_calendar_sets_no_scene_for_a_clock_to_come",
         ("Voters in Calder go to the polls Tuesday in the last primary before Super Tuesday: "
          "2012 is a leap year, and Wednesday is Feb. 29. Polls close at 8 p.m. Arizona closes "
          "its polls at 7 p.m."),
         dt.date(2012, 2, 28), {"8 p.m.": "2012-02-28T20:00", "7 p.m.": "2012-02-28T19:00"}),
    case("a_statement_about_the_calendar_sets_no_scene_for_a_clock_to_come/2",
         "The Calder vote is on Wednesday. Polls close at 8 p.m.",
         dt.date(2012, 2, 28), {"8 p.m.": "2012-02-29T20:00"}),
    case("a_quarter_final_and_school_years_are_no_timexes",
         "Pupils in years 11 and 12 will watch the first quarter-final in the hall.",
         THURSDAY, only({})),
    case("a_quarter_final_and_school_years_are_no_timexes/2",
         "Profit rose in the first quarter, after falling in years of decline.",
         THURSDAY, {"the first quarter": "2016-Q1"}),
    case("that_day_after_its_own_clock_points_back_to_the_day_before_them",
         ("The Orvel curbs had been due to end on Sept. 13. Under the first step, from 11:59 "
          "p.m. that day, parks reopen."),
         dt.date(2020, 9, 6), {"that day": "2020-09-13", "11:59 p.m.": "2020-09-13T23:59"}),
    case("hours_a_day_are_a_length_and_a_set_except_round_the_clock",
         "Residents of Orvel may exercise outdoors for two hours a day.",
         THURSDAY, only({"two hours": "PT2H", "a day": "P1D"})),
    case("hours_a_day_are_a_length_and_a_set_except_round_the_clock/2",
         "The Orvel hotline is open 24 hours a day.",
         THURSDAY, only({"24 hours a day": "P1D"})),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round46_cases(tag, text, published, expected):
    check(tag, text, published, expected)


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
