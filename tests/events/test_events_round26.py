"""Round 26 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, listed_count, listed_dates, sorted_dates

PUBLISHED = dt.date(2026, 7, 9)


CASES = [
    case("a_start_at_a_clock_time_is_the_clock_of_the_day_before_it",
         "The Orsk race will now be held on Sunday, July 19, and will start at 6 a.m.",
         PUBLISHED, listed_dates("2026-07-19")),
    case("a_start_on_a_day_of_its_own_stays_a_second_happening",
         "The Orsk fair will be held on Sunday, July 19, and will start again on July 26.",
         PUBLISHED, listed_count(2)),
    case("a_shifted_plan_makes_no_event_but_the_saying_stays",
         ("The Orsk gala, which was due to take place on Sunday, has been postponed by a "
          "week, organisers said on Wednesday."),
         PUBLISHED, listed_dates("2026-07-08")),
    case("a_plan_that_failed_makes_no_event_but_the_launch_stays",
         ("The Orsk system was launched in 2019 and was meant to replace the older systems "
          "by 2023."),
         PUBLISHED, listed_dates("2019")),
    case("a_beginning_is_told_again_by_its_first_day_inside_its_date",
         ("An Orsk council committee will begin public hearings next week. The Orsk committee "
          "will hear from officials on Tuesday and from the contractor, Brask Systems, on "
          "July 21."),
         PUBLISHED, sorted_dates("2026-07-21", "2026-W29")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round26_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
