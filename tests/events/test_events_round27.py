"""Round 27 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    dated,
    listed_count,
    listed_dates,
    sorted_dates,
    times_dated_any,
)

PUBLISHED = dt.date(2025, 10, 8)


CASES = [
    case("a_takeover_retells_the_appointment_at_a_finer_date",
         ("Ivo Brask was appointed Orsk coach in the summer. Brask took over in July after "
          "Pim Adler resigned in June."),
         PUBLISHED, times_dated_any(("2025-SU", "2025-07"), 1)),
    case("a_takeover_on_its_own_date_stays_a_second_happening",
         ("Ivo Brask was appointed Orsk coach in the summer of 2024. Brask took over the "
          "Tolvin club in July."),
         PUBLISHED, listed_count(2)),
    case("a_year_after_a_day_it_holds_is_the_same_date",
         "Brask was released on bail on Tuesday, and a judge set his trial for March 8 next year.",
         PUBLISHED, sorted_dates("2025-10-07", "2026-03-08")),
    case("a_year_after_a_comma_stays_a_date_of_its_own",
         "The Orsk plant closed on March 8, and a new one opens next year.",
         PUBLISHED, sorted_dates("2025-03-08", "2026")),
    case("a_saying_at_the_time_is_told_with_the_happening_it_points_back_to",
         ("Tolvin first warned customers about the fault in June, when it told them to unplug "
          "the heaters, but it said at the time that the heaters were safe to use."),
         PUBLISHED, listed_dates("2025-06")),
    case("a_second_clock_time_of_a_second_verb_is_its_own_happening",
         ("Tolvin Air will launch a daily service to Orsk on Nov. 12, the airline said on "
          "Tuesday. The first flight will leave Lowmere at 9:15am and is expected to land in "
          "Orsk at 11:40am."),
         PUBLISHED, dated("2025-11-12T11:40")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round27_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
