"""Round 32 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, not_dated

PUBLISHED = dt.date(2026, 6, 10)


CASES = [
    case("the_meeting_held_in_a_city_retells_the_meeting_told_by_its_month",
         ("Shareholders in Orsk Foods will vote on the takeover at a special meeting next "
          "month, the company said on Tuesday. The meeting will be held in London on July 16."),
         PUBLISHED, not_dated("2026-07-16"), dated("2026-07")),
    case("a_meeting_held_outside_the_month_stays_its_own",
         ("Shareholders in Orsk Foods will vote on the takeover at a special meeting next "
          "month, the company said on Tuesday. The meeting will be held in London on Aug. 3."),
         PUBLISHED, dated("2026-08-03")),
    case("the_first_tram_retells_the_first_passengers_of_the_day",
         ("Orsk's new tram line will carry its first passengers on Sunday, officials said. "
          "A ceremony will be held at the station at 10am on Sunday, and the first public "
          "tram will leave at noon."),
         PUBLISHED, not_dated("2026-06-14T12:00"), dated("2026-06-14")),
    case("a_later_tram_without_first_stays_its_own",
         ("Orsk's new tram line will carry its first passengers on Sunday, officials said. "
          "A second tram will leave at noon on Sunday."),
         PUBLISHED, dated("2026-06-14T12:00")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round32_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
