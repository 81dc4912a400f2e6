"""Categories of error blind round 37 showed (``blindset/blindset37.txt``), one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values

MARCH_2023 = dt.date(2023, 3, 17)


CASES = [
    case("a_clock_naming_the_time_of_a_noun_takes_the_day_after_that_noun",
         ("The ferry sank near the harbour mouth on Wednesday, hours after its 6 a.m. sailing "
          "on Tuesday was cancelled."),
         MARCH_2023, {"6 a.m.": "2023-03-14T06:00"}),
    case("a_clock_naming_the_time_of_a_noun_takes_the_day_after_that_noun/2",
         ("Crews cleared the line by 9 p.m. Thursday, well before their 8 p.m. PDT deadline on "
          "Friday."),
         MARCH_2023, {"8 p.m. PDT": "2023-03-17T20:00-07:00"}),
    # a verb between the clock and "on" gives the clock no day: it stays where it was
    case("a_clock_naming_the_time_of_a_noun_takes_the_day_after_that_noun/3",
         "The shop closed at 5 p.m. and reopened on Monday.",
         MARCH_2023, {"5 p.m.": "2023-03-17T17:00"}),
    case("a_half_day_counts_in_hours",
         "The plant will stop for two and a half days.",
         MARCH_2023, [("two and a half days", "P2DT12H")]),
    case("a_half_day_counts_in_hours/2",
         "The talks lasted a day and a half.",
         MARCH_2023, [("a day and a half", "P1DT12H")]),
    case("the_new_year_holiday_is_its_first_day",
         "The mill will shut over the New Year holiday.",
         dt.date(2019, 12, 20), [("New Year", "2020-01-01")]),
    # "the new year" alone is still the year
    case("the_new_year_holiday_is_its_first_day/2",
         "The mill will reopen in the new year.",
         dt.date(2019, 12, 20), [("the new year", "2020")]),
    case("a_race_time_with_seconds_is_a_length_wherever_it_stands",
         "The old course record of 2:07:51 fell on Sunday.",
         MARCH_2023, [("2:07:51", "PT2H7M51S"), ("Sunday", "2023-03-12")]),
    case("a_race_time_with_seconds_is_a_length_wherever_it_stands/2",
         "Her best time, 2:24:10, came in Berlin.",
         MARCH_2023, [("2:24:10", "PT2H24M10S")]),
    case("a_participle_the_parser_hung_on_for_takes_the_clause_tense",
         "The state would pay 300 euros a month for each nurse kept on until July.",
         dt.date(2020, 4, 14), {"July": "2020-07"}),
    case("a_participle_the_parser_hung_on_for_takes_the_clause_tense/2",
         "The state will pay a bonus for each nurse kept on until July.",
         dt.date(2020, 4, 14), {"July": "2020-07"}),
    # a past clause of its own still looks back
    case("a_participle_the_parser_hung_on_for_takes_the_clause_tense/3",
         "The state paid 300 euros for each nurse it kept on until July.",
         dt.date(2020, 10, 14), {"July": "2020-07"}),
    case("a_season_described_after_a_as_what_be_says_is_tagged_alone",
         '"It is going to be a hard winter for the hauliers," she said.',
         dt.date(2016, 10, 8), [("winter", "2016-WI")]),
    # "a steep fall" is a drop, a season as a kind no date
    case("a_season_described_after_a_as_what_be_says_is_tagged_alone/2",
         "It was a steep fall for the index.",
         MARCH_2023, []),
    case("a_season_described_after_a_as_what_be_says_is_tagged_alone/3",
         "She wants a summer job.",
         MARCH_2023, []),
    case("every_second_weekday_is_one_set",
         "The club meets every second Thursday.",
         MARCH_2023, [("every second Thursday", "XXXX-WXX-4")]),
    case("every_second_weekday_is_one_set/2",
         "A car is sold every second.",
         MARCH_2023, [("every second", "PT1S")]),
    case("a_small_hours_end_after_a_day_told_before_is_the_next_day",
         ("Crews fixed the pump on Tuesday, and the council approved the repair at a session "
          "that ended just after 2 a.m."),
         dt.date(2023, 3, 15), {"2 a.m.": "2023-03-15T02:00"}),
    # a clock nothing ended at keeps the day
    case("a_small_hours_end_after_a_day_told_before_is_the_next_day/2",
         "The fire started on Tuesday at a warehouse and crews arrived at 2 a.m.",
         dt.date(2023, 3, 15), {"2 a.m.": "2023-03-14T02:00"}),
    case("what_someone_is_pressed_to_do_lies_ahead",
         "Unions have pressed the mills to keep their gates open through the end of February.",
         dt.date(2022, 12, 20), {"the end of February": "2023-02"}),
    # the pressing itself is dated as told
    case("what_someone_is_pressed_to_do_lies_ahead/2",
         "Unions pressed the mills in February to keep their gates open.",
         dt.date(2022, 12, 20), {"February": "2022-02"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round37_cases(tag, text, published, expected):
    check(tag, text, published, expected)


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
