"""Round 17's categories: a rate after a partitive count ("three of the jets a month"), a past
"forced ... to" as a deed done, "the full year" after a comparison with the same quarter a
year earlier, a clock with its own day after it ("at midday on Friday"), a date in a "since"
phrase setting no scene for the game's clock times.

Each case pins the step behind a fix (rules in ``generator/rules/temporal*.yaml``,
``amount_checks.py``, ``tense.py``, ``clockday.py``, ``storyday.py`` ...), with its
counter-case where the step must hold back. Every sentence is invented (fictional people,
companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

FEB_1998 = dt.date(1998, 2, 11)  # a Wednesday
JAN_2017 = dt.date(2017, 1, 27)  # a Friday
APR_1996 = dt.date(1996, 4, 2)  # a Tuesday

_GAME = ("Orrin College won the title Monday night, beating Teague 70-61. Teague had won 20 "
         "straight games since losing to Benholt on Jan. 6. The game, which started at "
         "9:10 p.m. EST, ended shortly before midnight.")

DEC_2026 = dt.date(2026, 12, 9)  # a Wednesday

NOV_2022 = dt.date(2022, 11, 10)


CASES = [
    case("a_simple_past_force_to_tells_a_deed_done",
         "Floods forced the mill to shut its kilns in October.",
         FEB_1998, {"October": "1997-10"}),
    case("a_present_perfect_force_to_still_looks_ahead",
         "The strike has forced the mill to shut its kilns in October.",
         FEB_1998, {"October": "1998-10"}),
    case("an_order_in_the_simple_past_still_looks_ahead",
         "The judge ordered the mill to shut its kilns in October.",
         FEB_1998, {"October": "1998-10"}),
    case("the_full_year_after_the_same_quarter_a_year_earlier_is_the_year_reported",
         ("Net income for the quarter, which ended December 31, was $2 billion, compared with "
          "$1 billion in the same quarter a year earlier. For the full year, Palloway earned "
          "$7 billion."),
         JAN_2017, {"the full year": "2016"}),
    case("the_full_year_after_a_plain_year_later_still_counts_from_it",
         "The ferry sank on 3 May 2014. A year later, the whole year was spent on repairs.",
         JAN_2017, {"the whole year": "2015"}),
    case("a_clock_with_its_day_after_it_keeps_that_day",
         "Palloway shares fell on Thursday and were up 1% at midday on Friday.",
         JAN_2017, {"midday": "2017-01-27T12:00"}),
    case("a_past_clock_without_a_day_after_it_takes_the_day_before",
         "Palloway shares fell on Thursday and were down 1% at midday.",
         JAN_2017, {"midday": "2017-01-26T12:00"}),
    case("a_date_in_a_since_phrase_sets_no_scene_for_the_games_clocks",
         _GAME,
         APR_1996, {"9:10 p.m. EST": "1996-04-01T21:10-05:00", "midnight": "1996-04-01T24:00"}),
    case("a_date_set_as_a_scene_still_holds_a_clock_after_it",
         ("Orrin College won the title Monday night. The team flew home on Saturday. The plane "
          "landed at 9:10 p.m."),
         APR_1996, {"9:10 p.m.": "1996-03-30T21:10"}),
    case("a_day_pointing_back_gives_a_clock_range_no_day_of_its_own",
         ("Runners will race on Sunday, and the bridge will be closed from 6 a.m. to 2 p.m. "
          "that day, the council said on Wednesday."),
         dt.date(2024, 10, 3), {"6 a.m.": "2024-10-06T06:00", "2 p.m.": "2024-10-06T14:00"}),
    case("a_measure_proposed_at_a_date_was_tabled_then",
         "Mayor Ilse Varga proposed the budget in October after a deficit in 2025.",
         DEC_2026, {"October": "2026-10"}),
    case("a_proposed_event_still_lies_ahead",
         "Mayor Ilse Varga proposed a vote in January.",
         DEC_2026, {"January": "2027-01"}),
    case("a_year_a_plan_covers_lends_no_year_to_a_coming_day",
         "The board will set water rates for 2027 at its next meeting, on Dec. 16.",
         DEC_2026, {"Dec. 16": "2026-12-16"}),
    case("a_year_a_plan_covers_still_lends_to_a_present_date",
         "The budget for 2027 includes a parking fee from Jan. 5.",
         DEC_2026, {"Jan. 5": "2027-01-05"}),
    case("a_year_less_range_start_takes_its_ends_year",
         "The mill at Brennock was shut from March to June of 2021.",
         NOV_2022, {"March": "2021-03"}),
    case("a_range_start_after_its_end_lies_in_the_year_before",
         "The mill at Brennock was shut from November to February 2021.",
         NOV_2022, {"November": "2020-11"}),
    case("a_year_less_range_keeps_its_own_reading",
         "The mill at Brennock was shut from March to June.",
         NOV_2022, {"March": "2022-03"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round17_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_rate_after_a_partitive_count_is_a_set(tag):
    text = "The yard will build two of the ferries a month from April."
    found = tag(text, FEB_1998)
    assert [(t.text, t.type, t.value) for t in found][0] == ("a month", "SET", "P1M")


def test_a_length_after_a_partitive_without_a_number_stays_a_duration(tag):
    text = "The yard closed some of the docks for a month."
    found = tag(text, FEB_1998)
    assert [(t.text, t.type, t.value) for t in found] == [("a month", "DURATION", "P1M")]
