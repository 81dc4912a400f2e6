"""Categories of error the dates round 55 (``blindset/blindset55.txt``) showed at first sight, one
test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday in late February, after a retailer's fiscal year closed in January.
THURSDAY = dt.date(2031, 2, 27)


def test_a_retailers_holiday_quarter_is_its_fourth(tag):
    text = ("Orsk Stores said fourth-quarter profit rose 9 percent. Net income in the holiday "
            "quarter, which ended Jan. 30, rose to $68 million. For fiscal 2031, net income rose "
            "11 percent. Orsk expects first-quarter profit of 88 cents.")
    found = values_by_text(tag, text, THURSDAY)
    assert found["the holiday quarter"] == "FY2031-Q4"
    assert found["fourth-quarter"] == "FY2031-Q4"
    assert found["first-quarter"] == "FY2032-Q1"
    # a chipmaker's "holiday-quarter revenue" (its fiscal first) is no quarter of its own
    found = values_by_text(tag, "Vell Devices reported its first drop in holiday-quarter "
                           "revenue.", THURSDAY)
    assert not any("quarter" in text for text in found)


def test_a_morning_clock_told_after_a_midnight_is_the_next_days(tag):
    wednesday = dt.date(2031, 11, 19)
    text = ("Snow began on Tuesday. The Vell gauge read 4 inches by 7 p.m., 11 inches by "
            "midnight and 19 inches at 6 a.m.")
    found = values_by_text(tag, text, wednesday)
    assert found["midnight"] == "2031-11-18T24:00"
    assert found["6 a.m."] == "2031-11-19T06:00"
    # a morning clock before the midnight stays on its day
    text = "On Tuesday the Orsk council met at 9 a.m. and the mayor spoke at midnight."
    found = values_by_text(tag, text, wednesday)
    assert found["9 a.m."] == "2031-11-18T09:00"


def test_holidays_named_in_other_ways(tag):
    found = values_by_text(tag, "Orsk has had three weeks of ice since New Year's, said a "
                           "driver.", dt.date(2031, 2, 12))
    assert found["New Year's"] == "2031-01-01"
    found = values_by_text(tag, "Vell markets are closed on Monday for Labour Thanksgiving Day.",
                           dt.date(2031, 11, 21))
    assert found["Labour Thanksgiving Day"] == "2031-11-23"
    text = "Orsk station was packed before the Spring Festival, and Vell shuts until the Lantern " \
           "Festival."
    found = values_by_text(tag, text, dt.date(2031, 1, 15))
    assert found["the Spring Festival"] == "2031-01-23"
    assert found["the Lantern Festival"] == "2031-02-06"
    # "New Year's" qualifying a noun, and a town's own spring festival, are no such days
    found = values_by_text(tag, "Orsk families keep their New Year's resolutions at the Vell "
                           "Spring Festival.", dt.date(2031, 2, 12))
    assert found == {}


def test_a_weekday_ending_a_span_or_a_pair_comes_after_its_start(tag):
    wednesday = dt.date(2031, 2, 12)
    text = "A storm shut down Orsk on Wednesday, closing schools through Thursday."
    found = values_by_text(tag, text, wednesday)
    assert found["Thursday"] == "2031-02-13"
    text = "Vell schools, closed Wednesday and Thursday, have now lost seven days."
    found = values_by_text(tag, text, wednesday)
    assert found["Thursday"] == "2031-02-13"
    text = "Vell Air said its flights were now 96 percent full until Monday."
    found = values_by_text(tag, text, wednesday)
    assert found["Monday"] == "2031-02-17"
    # a night worked through is the one gone by; a weekday in a sentence of its own keeps its
    # tense's reading
    text = "The Orsk deal came at 4 p.m. on Wednesday after talks ran through Monday night."
    found = values_by_text(tag, text, wednesday)
    assert found["Monday night"] == "2031-02-10TNI"
    found = values_by_text(tag, "Vell schools closed on Monday.", wednesday)
    assert found["Monday"] == "2031-02-10"


def test_a_weekday_after_holiday_on_is_the_holidays_day(tag):
    wednesday = dt.date(2031, 2, 12)
    text = "Orsk florists said they were worried about deliveries for Valentine's Day on Friday."
    found = values_by_text(tag, text, wednesday)
    assert found["Friday"] == "2031-02-14"
    # a weekday the holiday does not fall on keeps its own reading
    text = "Orsk florists said they were worried about deliveries for Valentine's Day on Monday."
    found = values_by_text(tag, text, wednesday)
    assert found["Monday"] == "2031-02-10"


def test_an_evening_clock_before_tonight_without_am_or_pm(tag):
    monday = dt.date(2031, 2, 10)
    found = values_by_text(tag, "My Vell train leaves at 11:40 tonight.", monday)
    assert found["11:40 tonight"] == "2031-02-10T23:40"
    # written with its a.m., or in the small hours, it stays as written
    found = values_by_text(tag, "My Vell train leaves at 11:40 a.m. today.", monday)
    assert found["11:40 a.m. today"] == "2031-02-10T11:40"
    found = values_by_text(tag, "The Orsk ferry leaves at 2:30 tonight.", monday)
    assert found["2:30 tonight"] == "2031-02-10T02:30"


def test_a_morning_clock_still_worked_at_after_an_evening_is_the_next_days(tag):
    wednesday = dt.date(2031, 2, 12)
    text = "Vell Tarno started his shift at 6 p.m. Tuesday and was still working at 10 a.m."
    found = values_by_text(tag, text, wednesday)
    assert found["10 a.m."] == "2031-02-12T10:00"
    # without "still" the morning is not reached from the evening
    text = "Vell Tarno started his shift at 6 p.m. Tuesday and had eaten at 10 a.m."
    found = values_by_text(tag, text, wednesday)
    assert found["10 a.m."] == "2031-02-11T10:00"


def test_the_year_to_its_closing_month_after_before_or_ending_in(tag):
    text = "Orsk Bank sees no profit before the year to March 2033."
    found = values_by_text(tag, text, dt.date(2031, 11, 21))
    assert found["the year"] == "FY2033"
    text = ("Vell Stores said fourth-quarter profit rose. For fiscal 2031, net income rose. It "
            "expects earnings of $4 a share for the year ending in January 2032.")
    found = values_by_text(tag, text, THURSDAY)
    assert found["the year"] == "FY2032"
    # "the year" with no closing day after it is no fiscal year of its own
    found = values_by_text(tag, "Orsk Bank sees no profit before the year is out.",
                           dt.date(2031, 11, 21))
    assert found.get("the year") != "FY2033"


def test_every_weekday_morning_keeps_its_part_of_the_day(tag):
    found = values_by_text(tag, "Orsk crossing patrols work every weekday morning.", THURSDAY)
    assert found["every weekday morning"] == "XXXX-XX-XXTMO"
    # "weekday" alone names no part of the day
    found = values_by_text(tag, "Orsk crossing patrols work every weekday.", THURSDAY)
    assert "every weekday morning" not in found


def test_a_future_perfect_looks_ahead(tag):
    friday = dt.date(2031, 11, 21)
    found = values_by_text(tag, "Most Orsk banks will have reported by Wednesday.", friday)
    assert found["Wednesday"] == "2031-11-26"
    found = values_by_text(tag, "Vell students will have left town by mid-December.", friday)
    assert found["mid-December"] == "2031-12"
    # a modal of what might have been still looks back
    found = values_by_text(tag, "Most Orsk banks could have reported by Wednesday.", friday)
    assert found["Wednesday"] == "2031-11-19"


def test_a_day_a_thing_is_held_booked_for_lies_ahead(tag):
    monday = dt.date(2031, 11, 17)
    found = values_by_text(tag, '"I\'ve got lorries booked for Friday," said Vell Tarno.', monday)
    assert found["Friday"] == "2031-11-21"
    # crews that were booked, in the past, keep the Friday gone by
    found = values_by_text(tag, "The Orsk crews were booked for Friday's game.", monday)
    assert found["Friday"] == "2031-11-14"


def test_a_bare_clock_after_a_zoned_clock_and_its_day_restates_it(tag):
    monday = dt.date(2031, 10, 27)
    text = "Orsk was due to leave at midnight Brussels time on Thursday, 11pm in London."
    found = values_by_text(tag, text, monday)
    assert found["11pm"] == "2031-10-30T23:00"
    # after a day with no zoned clock before it, the clock is not set off as a restatement
    text = "Orsk was due to leave on Thursday, and at 11pm the Vell ferry sails."
    found = values_by_text(tag, text, monday)
    assert found["11pm"] == "2031-10-27T23:00"


def test_a_day_of_the_sentence_before_in_the_past_perfect_sets_no_scene(tag):
    monday = dt.date(2031, 2, 10)
    text = ("Crowds packed Orsk station on Monday. The Vell ministry said 3.9 million people had "
            "travelled on Sunday, and that numbers would rise until Friday. Police closed the "
            "square for two hours from 6:00 am.")
    found = values_by_text(tag, text, monday)
    assert found["6:00 am"] == "2031-02-10T06:00"
    # a day of the sentence before in the simple past still dates the clock
    text = ("Crowds packed Orsk station on Monday. The Vell ministry said 3.9 million people "
            "travelled on Sunday, and that numbers would rise until Friday. Police closed the "
            "square for two hours from 6:00 am.")
    found = values_by_text(tag, text, monday)
    assert found["6:00 am"] == "2031-02-09T06:00"


def test_a_did_of_an_elided_verb_looks_back(tag):
    monday = dt.date(2031, 10, 27)
    found = values_by_text(tag, "Vell is expected to abstain, as it did in September.", monday)
    assert found["September"] == "2031-09"
    # with no "did", the expecting looks ahead
    found = values_by_text(tag, "Vell is expected to abstain in September.", monday)
    assert found["September"] == "2032-09"


def test_a_year_after_than_lends_nothing(tag):
    text = ("Orsk stores opened an hour earlier than in 2029, and sales over the Thanksgiving "
            "weekend were a record.")
    found = values_by_text(tag, text, THURSDAY)
    assert found["the Thanksgiving weekend"] == "2030-W48-WE"
    # a year the sentence tells of still lends itself
    text = ("Orsk stores opened an hour earlier in 2029, and sales over the Thanksgiving weekend "
            "were a record.")
    found = values_by_text(tag, text, THURSDAY)
    assert found["the Thanksgiving weekend"] == "2029-W47-WE"
