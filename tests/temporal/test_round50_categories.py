"""Categories of error the dates round 50 (``blindset/blindset50.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values

#: A Wednesday in July.
WEDNESDAY = dt.date(2026, 7, 15)


CASES = [
    case("holidays_from_tables",
         ("Orsk schools will close on Yom Kippur, on Indigenous Peoples' Day and on Election "
          "Day, and reopen after Rosh Hashanah."),
         WEDNESDAY,
         {
          "Yom Kippur": "2026-09-21",
          "Indigenous Peoples' Day": "2026-10-12",
          "Election Day": "2026-11-03",
          "Rosh Hashanah": "2026-09-12",
         }),
    case("holidays_from_tables/2",
         "The Vell fireworks will be held on the Saturday nearest Bonfire Night.",
         WEDNESDAY, {"Bonfire Night": "2026-11-05"}),
    # Halloween 2023 fell on a Tuesday, Memorial Day is a Monday, Thanksgiving a Thursday
    case("a_tuesday_holidays_weekend_is_the_one_before_it",
         "Most Vell events are on the Halloween weekend.",
         dt.date(2023, 10, 26), {"the Halloween weekend": "2023-W43-WE"}),
    case("a_tuesday_holidays_weekend_is_the_one_before_it/2",
         "Traffic peaked over the Memorial Day weekend and the Thanksgiving weekend.",
         dt.date(2023, 12, 1),
         {"the Memorial Day weekend": "2023-W21-WE", "the Thanksgiving weekend": "2023-W47-WE"}),
    case("days_and_hours_without_and_are_one_length",
         "The countdown clock outside the Orsk town hall read 1 day 10 hours.",
         WEDNESDAY, [("1 day 10 hours", "P1DT10H")]),
    # the splitter runs "by 4 p.m.." on into the quote, and "she said" is past
    case("a_weekday_takes_its_tense_from_its_own_side_of_a_quote",
         ('Sunset in Orsk on Friday is at 7:25 p.m., and Vell plans to eat by 4 p.m.. "The '
          'first feast is Friday night, the second is Saturday night," she said.'),
         dt.date(2026, 4, 2),
         {
          "Friday": "2026-04-03",
          "Friday night": "2026-04-03TNI",
          "Saturday night": "2026-04-04TNI",
         }),
    case("a_weekday_takes_its_tense_from_its_own_side_of_a_quote/2",
         '"The vote was close on Friday," she said.',
         dt.date(2026, 4, 2), {"Friday": "2026-03-27"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round50_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_that_weekday_points_back_to_a_date_on_it(tag):
    text = ("The Orsk bonfire will be on 4 November. The clocks go forward again on 31 March. "
            "The ring road will be closed from 6pm to 10pm that Saturday.")
    found = values(tag, text, dt.date(2023, 10, 26))
    assert found[-3:] == [("6pm", "2023-11-04T18:00"), ("10pm", "2023-11-04T22:00"),
                          ("that Saturday", "2023-11-04")]
    found = values(tag, "Vell officials said that Saturday was the busiest day.",
                   dt.date(2023, 10, 26))
    assert found == [("Saturday", "2023-10-21")]
