"""Categories of error blind round 36 showed (``blindset/blindset36.txt``), one test per rule
with its counter-case."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values, values_by_text

MARCH_2023 = dt.date(2023, 3, 17)


CASES = [
    case("a_half_in_words_counts_in_the_next_smaller_unit",
         "The repairs will take a year and a half.",
         MARCH_2023, [("a year and a half", "P18M")]),
    case("a_half_in_words_counts_in_the_next_smaller_unit/2",
         "The hike took seven and a half hours.",
         MARCH_2023, [("seven and a half hours", "PT7H30M")]),
    case("a_half_in_words_counts_in_the_next_smaller_unit/3",
         "The sprint lasted two and a half minutes.",
         MARCH_2023, [("two and a half minutes", "PT2M30S")]),
    # digits keep their decimal, as "4.2 seconds" does
    case("a_half_in_words_counts_in_the_next_smaller_unit/4",
         "The test ran for 4.2 seconds.",
         MARCH_2023, [("4.2 seconds", "PT4.2S")]),
    case("an_abbreviated_weekday_after_a_determiner_is_a_noun",
         "The Moon covered a third of the Sun. The show ended at 10:05 GMT.",
         MARCH_2023, [("10:05 GMT", "2023-03-17T10:05Z")]),
    case("an_abbreviated_weekday_after_a_determiner_is_a_noun/2",
         "The market reopens Sun. after the holiday.",
         MARCH_2023, {"Sun.": "2023-03-19"}),
    case("a_bare_count_of_sessions_is_no_length",
         "The workshop runs ten sessions over three weeks.",
         MARCH_2023, [("three weeks", "P3W")]),
    case("a_bare_count_of_sessions_is_no_length/2",
         "Stocks fell for five straight sessions.",
         MARCH_2023, [("five straight sessions", "P5D")]),
    case("a_causative_have_keeps_its_own_tense",
         "We can have the whole town connected by the summer.",
         dt.date(2021, 1, 14), {"the summer": "2021-SU"}),
    case("a_causative_have_keeps_its_own_tense/2",
         "A report released in the summer found leaks.",
         dt.date(2021, 1, 14), {"the summer": "2020-SU"}),
    case("a_clock_on_election_day_is_on_the_election_s_day",
         ("The board counted the votes of the May 2 mayoral election. It had vowed to publish "
          "them within a day of the polls closing at 8 p.m. on election day."),
         dt.date(2023, 5, 11), {"8 p.m.": "2023-05-02T20:00"}),
    case("a_clock_on_election_day_is_on_the_election_s_day/2",
         "The crew will meet at 9 a.m. on launch day.",
         dt.date(2023, 5, 11), {"9 a.m.": "2023-05-11T09:00"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round36_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_the_full_year_to_its_closing_day_gives_the_fiscal_calendar(tag):
    found = values(tag, "Norvane Rail said its first-quarter profit rose and it kept its forecast "
                        "for the full year to March 31. Profit for the three months to June 30 "
                        "rose to 20 million pounds from 18 million a year earlier. It carried "
                        "more freight in the quarter. It will report first-half results on "
                        "Nov. 14.", dt.date(2024, 7, 25))
    by_text = dict(found)
    assert by_text["first-quarter"] == "FY2025-Q1"
    assert by_text["the full year"] == "FY2025"
    assert by_text["a year earlier"] == "FY2024-Q1"
    assert by_text["the quarter"] == "FY2025-Q1"
    assert by_text["first-half"] == "FY2025-H1"
    # a calendar company keeps its calendar quarters
    found = values_by_text(tag, "Profit for the three months to June 30 rose from a year "
                                "earlier.", dt.date(2024, 7, 25))
    assert found["a year earlier"] == "2023-Q2"
