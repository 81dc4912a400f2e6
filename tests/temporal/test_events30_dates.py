"""Dates the events blind set's round 30 found wrong, each in an invented text with its
counter-case: a meeting called "for Thursday evening" lies ahead as one called "for Thursday"
does (ev174), a headline's "set to peak on Wednesday" drops the "are" of a plan (ev175), and
"last summer, on Aug. 12" is a day of last summer (ev175).
What the tagger already gives right: "in August next year" (November 2026) is 2027-08, and "ends
in 180 days" is the length P180D ("in two weeks" is a duration, docs/accuracy.md), which the
events layer counts from the publication day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

WED_NOV_2026 = dt.date(2026, 11, 18)
MON_JUL_2026 = dt.date(2026, 7, 20)


CASES = [
    case("meeting_called_for_a_day_part_lies_ahead",
         "Fans of Brackley Rovers have called a meeting for Thursday evening.",
         WED_NOV_2026, {"Thursday evening": "2026-11-19TEV"}),
    case("meeting_held_on_a_day_part_lies_behind",
         "Fans of Brackley Rovers held a meeting on Thursday evening.",
         WED_NOV_2026, {"Thursday evening": "2026-11-12TEV"}),
    case("headline_set_to_a_day_looks_ahead",
         ("Flood alert issued as river levels set to peak on Wednesday\n"
          "The River Tarn is expected to peak on Wednesday, the Dunmore council said."),
         MON_JUL_2026, {"Wednesday": "2026-07-22"}),
    case("headline_told_in_the_present_of_the_past_keeps_its_day",
         ("River Tarn burst its banks on Wednesday\n"
          "Homes in Dunmore were flooded, the council said."),
         MON_JUL_2026, {"Wednesday": "2026-07-15"}),
    case("month_next_year_of_a_plan_is_next_years",
         "The Dunmore arena was due to open in August next year.",
         WED_NOV_2026, {"August": "2027-08"}),
    case("ends_in_days_is_a_length",
         "Its founders agreed not to sell shares during a lock-up that ends in 180 days.",
         dt.date(2026, 5, 13), {"180 days": "P180D"}),
    case("day_in_apposition_to_last_summer_is_last_summers",
         "The Tarn record, 38.9C, was set at Halbury last summer, on Aug. 12.",
         MON_JUL_2026, {"Aug. 12": "2025-08-12"}),
    case("day_joined_after_a_season_keeps_its_own_year",
         "Temperatures in Tarnby rose last summer and will peak on Aug. 12.",
         MON_JUL_2026, {"Aug. 12": "2026-08-12"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events30_cases(tag, text, published, expected):
    check(tag, text, published, expected)
