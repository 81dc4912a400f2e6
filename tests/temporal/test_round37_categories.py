"""Categories of error blind round 37 showed (``blindset/blindset37.txt``), one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

MARCH_2023 = dt.date(2023, 3, 17)


def test_a_clock_naming_the_time_of_a_noun_takes_the_day_after_that_noun(tag):
    found = values_by_text(tag, "The ferry sank near the harbour mouth on Wednesday, hours after "
                                "its 6 a.m. sailing on Tuesday was cancelled.", MARCH_2023)
    assert found["6 a.m."] == "2023-03-14T06:00"
    found = values_by_text(tag, "Crews cleared the line by 9 p.m. Thursday, well before their "
                                "8 p.m. PDT deadline on Friday.", MARCH_2023)
    assert found["8 p.m. PDT"] == "2023-03-17T20:00-07:00"
    # a verb between the clock and "on" gives the clock no day: it stays where it was
    found = values_by_text(tag, "The shop closed at 5 p.m. and reopened on Monday.", MARCH_2023)
    assert found["5 p.m."] == "2023-03-17T17:00"


def test_a_half_day_counts_in_hours(tag):
    assert values(tag, "The plant will stop for two and a half days.", MARCH_2023) == [
        ("two and a half days", "P2DT12H")]
    assert values(tag, "The talks lasted a day and a half.", MARCH_2023) == [
        ("a day and a half", "P1DT12H")]


def test_the_new_year_holiday_is_its_first_day(tag):
    assert values(tag, "The mill will shut over the New Year holiday.", dt.date(2019, 12, 20)) == [
        ("New Year", "2020-01-01")]
    # "the new year" alone is still the year
    assert values(tag, "The mill will reopen in the new year.", dt.date(2019, 12, 20)) == [
        ("the new year", "2020")]


def test_a_race_time_with_seconds_is_a_length_wherever_it_stands(tag):
    assert values(tag, "The old course record of 2:07:51 fell on Sunday.", MARCH_2023) == [
        ("2:07:51", "PT2H7M51S"), ("Sunday", "2023-03-12")]
    assert values(tag, "Her best time, 2:24:10, came in Berlin.", MARCH_2023) == [
        ("2:24:10", "PT2H24M10S")]


def test_a_year_before_1600_or_after_2099_needs_its_signal(tag):
    assert values(tag, "The bridge, built in 1387, still carries carts.", MARCH_2023) == [
        ("1387", "1387")]
    assert values(tag, "The tunnel should carry trains until 2150.", MARCH_2023) == [
        ("2150", "2150")]
    # in a list beside a year of the usual span, in the same role
    assert values(tag, "2020 brought floods, 2021 brought drought, and 2150 may bring worse.",
                  MARCH_2023)[-1] == ("2150", "2150")
    # a bare count stays a count, with or without "in"
    assert values(tag, "The bank cut 2500 jobs in 1200 branches.", MARCH_2023) == []
    assert values(tag, "The plant employs 2400 and the mill 1500.", MARCH_2023) == []


def test_a_participle_the_parser_hung_on_for_takes_the_clause_tense(tag):
    found = values_by_text(tag, "The state would pay 300 euros a month for each nurse kept on "
                                "until July.", dt.date(2020, 4, 14))
    assert found["July"] == "2020-07"
    found = values_by_text(tag, "The state will pay a bonus for each nurse kept on until July.",
                           dt.date(2020, 4, 14))
    assert found["July"] == "2020-07"
    # a past clause of its own still looks back
    found = values_by_text(tag, "The state paid 300 euros for each nurse it kept on until July.",
                           dt.date(2020, 10, 14))
    assert found["July"] == "2020-07"


def test_a_season_described_after_a_as_what_be_says_is_tagged_alone(tag):
    assert values(tag, "\"It is going to be a hard winter for the hauliers,\" she said.",
                  dt.date(2016, 10, 8)) == [("winter", "2016-WI")]
    # "a steep fall" is a drop, a season as a kind no date
    assert values(tag, "It was a steep fall for the index.", MARCH_2023) == []
    assert values(tag, "She wants a summer job.", MARCH_2023) == []


def test_every_second_weekday_is_one_set(tag):
    assert values(tag, "The club meets every second Thursday.", MARCH_2023) == [
        ("every second Thursday", "XXXX-WXX-4")]
    assert values(tag, "A car is sold every second.", MARCH_2023) == [("every second", "PT1S")]


def test_a_small_hours_end_after_a_day_told_before_is_the_next_day(tag):
    found = values_by_text(tag, "Crews fixed the pump on Tuesday, and the council approved the "
                                "repair at a session that ended just after 2 a.m.",
                           dt.date(2023, 3, 15))
    assert found["2 a.m."] == "2023-03-15T02:00"
    # a clock nothing ended at keeps the day
    found = values_by_text(tag, "The fire started on Tuesday at a warehouse and crews arrived "
                                "at 2 a.m.", dt.date(2023, 3, 15))
    assert found["2 a.m."] == "2023-03-14T02:00"


def test_what_someone_is_pressed_to_do_lies_ahead(tag):
    found = values_by_text(tag, "Unions have pressed the mills to keep their gates open through "
                                "the end of February.", dt.date(2022, 12, 20))
    assert found["the end of February"] == "2023-02"
    # the pressing itself is dated as told
    found = values_by_text(tag, "Unions pressed the mills in February to keep their gates open.",
                           dt.date(2022, 12, 20))
    assert found["February"] == "2022-02"
