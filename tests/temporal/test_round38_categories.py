"""Categories of error the held-out dates round 38 (``blindset/blindset38.txt``) and the events
rounds 37-38 (``tests/events/blindset/215*, 220*, 224*``) showed, one test per rule with its
counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, values_by_text

#: A Thursday.
THURSDAY = dt.date(2031, 11, 13)


CASES = [
    case("a_zone_the_parser_takes_for_a_new_sentence_keeps_its_clock_on_the_scene_day",
         ("A probe landed in the desert on Tuesday. The probe came down at 9:14 a.m. ACDT "
          "(22:44 UTC), near a dry lake."),
         THURSDAY, {"9:14 a.m. ACDT": "2031-11-11T09:14+10:30"}),
    case("a_zone_the_parser_takes_for_a_new_sentence_keeps_its_clock_on_the_scene_day/2",
         "The relay reached Perth at 6 p.m. AWST on Monday.",
         THURSDAY, {"6 p.m. AWST": "2031-11-10T18:00+08:00"}),
    case("a_happening_set_for_a_date_lies_ahead",
         "Pyke admitted fraud in October. Judge Amis set his sentencing for June 4.",
         THURSDAY, {"June 4": "2032-06-04"}),
    case("a_happening_set_for_a_date_lies_ahead/2",
         "The coroner set a date for June 4.",
         THURSDAY, {"June 4": "2032-06-04"}),
    # an object of its own that is no happening: the date tells when it was done
    case("a_happening_set_for_a_date_lies_ahead/3",
         "The mill set a record for June 4.",
         THURSDAY, {"June 4": "2031-06-04"}),
    case("a_day_between_the_report_and_its_speaker_dates_the_report",
         ('The Orrin Gallery will open its winter show, "Ice and Iron", on Saturday, the '
          "gallery said on Tuesday."),
         THURSDAY, {"Saturday": "2031-11-15", "Tuesday": "2031-11-11"}),
    # a past report keeps its past
    case("a_day_between_the_report_and_its_speaker_dates_the_report/2",
         "The Orrin Gallery opened its winter show, on Saturday, the gallery said.",
         THURSDAY, {"Saturday": "2031-11-08"}),
    case("a_date_a_plan_is_put_back_to_follows_its_old_date",
         "Dredging that had been due to begin this month has been put back to the spring.",
         THURSDAY, {"the spring": "2032-SP"}),
    case("a_date_a_plan_is_put_back_to_follows_its_old_date/2",
         ("The port was first meant to reopen on March 2. The reopening was pushed back to "
          "April 20 and then to June."),
         dt.date(2031, 10, 3), {"April 20": "2031-04-20"}),
    # nothing told before it: the nearest, as round 5 settled
    case("a_date_a_plan_is_put_back_to_follows_its_old_date/3",
         "The vote has been pushed back to March 18.",
         THURSDAY, {"March 18": "2032-03-18"}),
    case("a_weekday_written_with_a_year_less_date_picks_its_year",
         "Pupils return after the holiday on Tuesday, January 6.",
         dt.date(2031, 7, 18), {"Tuesday, January 6": "2032-01-06"}),
    # the year the tense picks stays when the weekday fits it
    case("a_weekday_written_with_a_year_less_date_picks_its_year/2",
         "The store reopened on Monday, January 6.",
         dt.date(2031, 7, 18), {"Monday, January 6": "2031-01-06"}),
    case("going_back_is_a_return_unless_it_goes_back_to_a_date",
         "Pupils go back after Christmas.",
         dt.date(2031, 7, 18), {"Christmas": "2031-12-25"}),
    case("going_back_is_a_return_unless_it_goes_back_to_a_date/2",
         "The feud goes back to March.",
         dt.date(2031, 7, 18), {"March": "2031-03"}),
    case("a_timetable_break_and_a_start_with_with_look_ahead",
         ("Schools then break up for two weeks from Easter Monday, with the summer term "
          "starting on April 28."),
         dt.date(2031, 7, 18), {"Easter Monday": "2032-03-29", "April 28": "2032-04-28"}),
    # under a past clause the start keeps its past
    case("a_timetable_break_and_a_start_with_with_look_ahead/2",
         "Sales fell in the spring, with the slump starting in April.",
         dt.date(2031, 7, 18), {"April": "2031-04"}),
    case("a_march_company_six_months_to_its_half_close_are_the_half_reported",
         ("Dunmore Ferries said on Thursday its first-half profit rose, but warned that fuel "
          "costs could hurt second-half results. Profit for the six months to September 30 "
          "rose to 40 million pounds from 31 million a year earlier, and the line carried a "
          "record 2 million passengers in the half. It kept its forecast for the full year to "
          "March 31."),
         THURSDAY,
         {
          "first-half": "FY2032-H1",
          "second-half": "FY2032-H2",
          "a year earlier": "FY2031-H1",
          "the half": "FY2032-H1",
         }),
    # with no fiscal calendar: figures a modal verb of harm acts on are ahead, reported ones back
    case("a_march_company_six_months_to_its_half_close_are_the_half_reported/2",
         "Fuel costs could hurt second-half results.",
         dt.date(2032, 3, 18), {"second-half": "2032-H2"}),
    case("a_march_company_six_months_to_its_half_close_are_the_half_reported/3",
         "Dunmore will report second-half results on Monday.",
         dt.date(2032, 3, 18), {"second-half": "2031-H2"}),
    case("a_month_closing_a_length_that_figures_are_for_looks_back",
         ("Output fell in the second quarter, and figures for the three months to September "
          "are due on Nov. 20."),
         THURSDAY, {"September": "2031-09"}),
    case("a_written_year_stands_against_its_weekday",
         "It was Friday, March 17, 2022.",
         THURSDAY, {"Friday, March 17, 2022": "2022-03-17"}),
    case("a_flight_in_the_present_is_a_timetable",
         "The torch then flies to Lima for a relay on Wednesday.",
         dt.date(2031, 11, 15), {"Wednesday": "2031-11-19"}),
    case("a_flight_in_the_present_is_a_timetable/2",
         "The torch flew to Lima for a relay on Wednesday.",
         dt.date(2031, 11, 15), {"Wednesday": "2031-11-12"}),
    case("a_year_with_an_apostrophe_after_in_or_since",
         '"It has not been this bad since \'88," he said.',
         THURSDAY, {"'88": "1988"}),
    case("a_year_with_an_apostrophe_after_in_or_since/2",
         "Music of the '90s filled the hall.",
         THURSDAY, {"'90s": ABSENT}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round38_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_the_year_of_an_asteroid_designation_is_no_date(tag):
    found = values_by_text(tag, "Dust from the asteroid 2011 QF48 landed. The asteroid, found in "
                                "2011, is small.", THURSDAY)
    assert list(found) == ["2011"]
