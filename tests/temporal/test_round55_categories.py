"""Categories of error the dates round 55 (``blindset/blindset55.txt``) showed at first sight, one
rule per case with its counter-cases, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, no_text_with, not_valued, only

#: A Thursday in late February, after a retailer's fiscal year closed in January.
THURSDAY = dt.date(2031, 2, 27)
#: The dates most cases below resolve against.
MONDAY_FEB = dt.date(2031, 2, 10)
WEDNESDAY_FEB = dt.date(2031, 2, 12)
MONDAY_OCT = dt.date(2031, 10, 27)
MONDAY_NOV = dt.date(2031, 11, 17)
FRIDAY_NOV = dt.date(2031, 11, 21)


CASES = [
    case("a_retailers_holiday_quarter_is_its_fourth",
         ("Orsk Stores said fourth-quarter profit rose 9 percent. Net income in the holiday "
          "quarter, which ended Jan. 30, rose to $68 million. For fiscal 2031, net income rose "
          "11 percent. Orsk expects first-quarter profit of 88 cents."),
         THURSDAY,
         {"the holiday quarter": "FY2031-Q4", "fourth-quarter": "FY2031-Q4",
          "first-quarter": "FY2032-Q1"}),
    # a chipmaker's "holiday-quarter revenue" (its fiscal first) is no quarter of its own
    case("a_retailers_holiday_quarter_is_its_fourth/2",
         "Vell Devices reported its first drop in holiday-quarter revenue.",
         THURSDAY, no_text_with("quarter")),
    case("a_morning_clock_told_after_a_midnight_is_the_next_days",
         ("Snow began on Tuesday. The Vell gauge read 4 inches by 7 p.m., 11 inches by "
          "midnight and 19 inches at 6 a.m."),
         dt.date(2031, 11, 19), {"midnight": "2031-11-18T24:00", "6 a.m.": "2031-11-19T06:00"}),
    # a morning clock before the midnight stays on its day
    case("a_morning_clock_told_after_a_midnight_is_the_next_days/2",
         "On Tuesday the Orsk council met at 9 a.m. and the mayor spoke at midnight.",
         dt.date(2031, 11, 19), {"9 a.m.": "2031-11-18T09:00"}),
    case("holidays_named_in_other_ways",
         "Orsk has had three weeks of ice since New Year's, said a driver.",
         WEDNESDAY_FEB, {"New Year's": "2031-01-01"}),
    case("holidays_named_in_other_ways/2",
         "Vell markets are closed on Monday for Labour Thanksgiving Day.",
         FRIDAY_NOV, {"Labour Thanksgiving Day": "2031-11-23"}),
    case("holidays_named_in_other_ways/3",
         ("Orsk station was packed before the Spring Festival, and Vell shuts until the "
          "Lantern Festival."),
         dt.date(2031, 1, 15),
         {"the Spring Festival": "2031-01-23", "the Lantern Festival": "2031-02-06"}),
    # "New Year's" qualifying a noun, and a town's own spring festival, are no such days
    case("holidays_named_in_other_ways/4",
         "Orsk families keep their New Year's resolutions at the Vell Spring Festival.",
         WEDNESDAY_FEB, only({})),
    case("a_weekday_ending_a_span_or_a_pair_comes_after_its_start",
         "A storm shut down Orsk on Wednesday, closing schools through Thursday.",
         WEDNESDAY_FEB, {"Thursday": "2031-02-13"}),
    case("a_weekday_ending_a_span_or_a_pair_comes_after_its_start/2",
         "Vell schools, closed Wednesday and Thursday, have now lost seven days.",
         WEDNESDAY_FEB, {"Thursday": "2031-02-13"}),
    case("a_weekday_ending_a_span_or_a_pair_comes_after_its_start/3",
         "Vell Air said its flights were now 96 percent full until Monday.",
         WEDNESDAY_FEB, {"Monday": "2031-02-17"}),
    # a night worked through is the one gone by; a weekday in a sentence of its own keeps its
    # tense's reading
    case("a_weekday_ending_a_span_or_a_pair_comes_after_its_start/4",
         "The Orsk deal came at 4 p.m. on Wednesday after talks ran through Monday night.",
         WEDNESDAY_FEB, {"Monday night": "2031-02-10TNI"}),
    case("a_weekday_ending_a_span_or_a_pair_comes_after_its_start/5",
         "Vell schools closed on Monday.",
         WEDNESDAY_FEB, {"Monday": "2031-02-10"}),
    case("a_weekday_after_holiday_on_is_the_holidays_day",
         "Orsk florists said they were worried about deliveries for Valentine's Day on Friday.",
         WEDNESDAY_FEB, {"Friday": "2031-02-14"}),
    # a weekday the holiday does not fall on keeps its own reading
    case("a_weekday_after_holiday_on_is_the_holidays_day/2",
         "Orsk florists said they were worried about deliveries for Valentine's Day on Monday.",
         WEDNESDAY_FEB, {"Monday": "2031-02-10"}),
    case("an_evening_clock_before_tonight_without_am_or_pm",
         "My Vell train leaves at 11:40 tonight.",
         MONDAY_FEB, {"11:40 tonight": "2031-02-10T23:40"}),
    # written with its a.m., or in the small hours, it stays as written
    case("an_evening_clock_before_tonight_without_am_or_pm/2",
         "My Vell train leaves at 11:40 a.m. today.",
         MONDAY_FEB, {"11:40 a.m. today": "2031-02-10T11:40"}),
    case("an_evening_clock_before_tonight_without_am_or_pm/3",
         "The Orsk ferry leaves at 2:30 tonight.",
         MONDAY_FEB, {"2:30 tonight": "2031-02-10T02:30"}),
    case("a_morning_clock_still_worked_at_after_an_evening_is_the_next_days",
         "Vell Tarno started his shift at 6 p.m. Tuesday and was still working at 10 a.m.",
         WEDNESDAY_FEB, {"10 a.m.": "2031-02-12T10:00"}),
    # without "still" the morning is not reached from the evening
    case("a_morning_clock_still_worked_at_after_an_evening_is_the_next_days/2",
         "Vell Tarno started his shift at 6 p.m. Tuesday and had eaten at 10 a.m.",
         WEDNESDAY_FEB, {"10 a.m.": "2031-02-11T10:00"}),
    case("the_year_to_its_closing_month_after_before_or_ending_in",
         "Orsk Bank sees no profit before the year to March 2033.",
         FRIDAY_NOV, {"the year": "FY2033"}),
    case("the_year_to_its_closing_month_after_before_or_ending_in/2",
         ("Vell Stores said fourth-quarter profit rose. For fiscal 2031, net income rose. It "
          "expects earnings of $4 a share for the year ending in January 2032."),
         THURSDAY, {"the year": "FY2032"}),
    # "the year" with no closing day after it is no fiscal year of its own
    case("the_year_to_its_closing_month_after_before_or_ending_in/3",
         "Orsk Bank sees no profit before the year is out.",
         FRIDAY_NOV, {"the year": not_valued("FY2033")}),
    case("every_weekday_morning_keeps_its_part_of_the_day",
         "Orsk crossing patrols work every weekday morning.",
         THURSDAY, {"every weekday morning": "XXXX-XX-XXTMO"}),
    # "weekday" alone names no part of the day
    case("every_weekday_morning_keeps_its_part_of_the_day/2",
         "Orsk crossing patrols work every weekday.",
         THURSDAY, {"every weekday morning": ABSENT}),
    case("a_future_perfect_looks_ahead",
         "Most Orsk banks will have reported by Wednesday.",
         FRIDAY_NOV, {"Wednesday": "2031-11-26"}),
    case("a_future_perfect_looks_ahead/2",
         "Vell students will have left town by mid-December.",
         FRIDAY_NOV, {"mid-December": "2031-12"}),
    # a modal of what might have been still looks back
    case("a_future_perfect_looks_ahead/3",
         "Most Orsk banks could have reported by Wednesday.",
         FRIDAY_NOV, {"Wednesday": "2031-11-19"}),
    case("a_day_a_thing_is_held_booked_for_lies_ahead",
         '"I\'ve got lorries booked for Friday," said Vell Tarno.',
         MONDAY_NOV, {"Friday": "2031-11-21"}),
    # crews that were booked, in the past, keep the Friday gone by
    case("a_day_a_thing_is_held_booked_for_lies_ahead/2",
         "The Orsk crews were booked for Friday's game.",
         MONDAY_NOV, {"Friday": "2031-11-14"}),
    case("a_bare_clock_after_a_zoned_clock_and_its_day_restates_it",
         "Orsk was due to leave at midnight Brussels time on Thursday, 11pm in London.",
         MONDAY_OCT, {"11pm": "2031-10-30T23:00"}),
    # after a day with no zoned clock before it, the clock is not set off as a restatement
    case("a_bare_clock_after_a_zoned_clock_and_its_day_restates_it/2",
         "Orsk was due to leave on Thursday, and at 11pm the Vell ferry sails.",
         MONDAY_OCT, {"11pm": "2031-10-27T23:00"}),
    case("a_day_of_the_sentence_before_in_the_past_perfect_sets_no_scene",
         ("Crowds packed Orsk station on Monday. The Vell ministry said 3.9 million people had "
          "travelled on Sunday, and that numbers would rise until Friday. Police closed the "
          "square for two hours from 6:00 am."),
         MONDAY_FEB, {"6:00 am": "2031-02-10T06:00"}),
    # a day of the sentence before in the simple past still dates the clock
    case("a_day_of_the_sentence_before_in_the_past_perfect_sets_no_scene/2",
         ("Crowds packed Orsk station on Monday. The Vell ministry said 3.9 million people "
          "travelled on Sunday, and that numbers would rise until Friday. Police closed the "
          "square for two hours from 6:00 am."),
         MONDAY_FEB, {"6:00 am": "2031-02-09T06:00"}),
    case("a_did_of_an_elided_verb_looks_back",
         "Vell is expected to abstain, as it did in September.",
         MONDAY_OCT, {"September": "2031-09"}),
    # with no "did", the expecting looks ahead
    case("a_did_of_an_elided_verb_looks_back/2",
         "Vell is expected to abstain in September.",
         MONDAY_OCT, {"September": "2032-09"}),
    case("a_year_after_than_lends_nothing",
         ("Orsk stores opened an hour earlier than in 2029, and sales over the Thanksgiving "
          "weekend were a record."),
         THURSDAY, {"the Thanksgiving weekend": "2030-W48-WE"}),
    # a year the sentence tells of still lends itself
    case("a_year_after_than_lends_nothing/2",
         ("Orsk stores opened an hour earlier in 2029, and sales over the Thanksgiving weekend "
          "were a record."),
         THURSDAY, {"the Thanksgiving weekend": "2029-W47-WE"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round55_cases(tag, text, published, expected):
    check(tag, text, published, expected)
