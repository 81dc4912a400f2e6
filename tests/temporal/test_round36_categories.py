"""Categories of error blind round 36 showed (``blindset/blindset36.txt``), one test per rule
with its counter-case."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

MARCH_2023 = dt.date(2023, 3, 17)


def test_a_half_in_words_counts_in_the_next_smaller_unit(tag):
    assert values(tag, "The repairs will take a year and a half.", MARCH_2023) == [
        ("a year and a half", "P18M")]
    assert values(tag, "The hike took seven and a half hours.", MARCH_2023) == [
        ("seven and a half hours", "PT7H30M")]
    assert values(tag, "The sprint lasted two and a half minutes.", MARCH_2023) == [
        ("two and a half minutes", "PT2M30S")]
    # digits keep their decimal, as "4.2 seconds" does
    assert values(tag, "The test ran for 4.2 seconds.", MARCH_2023) == [("4.2 seconds", "PT4.2S")]


def test_an_abbreviated_weekday_after_a_determiner_is_a_noun(tag):
    found = values(tag, "The Moon covered a third of the Sun. The show ended at 10:05 GMT.",
                   MARCH_2023)
    assert found == [("10:05 GMT", "2023-03-17T10:05Z")]
    assert values_by_text(tag, "The market reopens Sun. after the holiday.",
                          MARCH_2023)["Sun."] == "2023-03-19"


def test_a_bare_count_of_sessions_is_no_length(tag):
    assert values(tag, "The workshop runs ten sessions over three weeks.", MARCH_2023) == [
        ("three weeks", "P3W")]
    assert values(tag, "Stocks fell for five straight sessions.", MARCH_2023) == [
        ("five straight sessions", "P5D")]


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


def test_a_causative_have_keeps_its_own_tense(tag):
    assert values_by_text(tag, "We can have the whole town connected by the summer.",
                          dt.date(2021, 1, 14))["the summer"] == "2021-SU"
    assert values_by_text(tag, "A report released in the summer found leaks.",
                          dt.date(2021, 1, 14))["the summer"] == "2020-SU"


def test_a_clock_on_election_day_is_on_the_election_s_day(tag):
    found = values_by_text(tag, "The board counted the votes of the May 2 mayoral election. It "
                                "had vowed to publish them within a day of the polls closing at "
                                "8 p.m. on election day.", dt.date(2023, 5, 11))
    assert found["8 p.m."] == "2023-05-02T20:00"
    found = values_by_text(tag, "The crew will meet at 9 a.m. on launch day.",
                           dt.date(2023, 5, 11))
    assert found["9 a.m."] == "2023-05-11T09:00"
