"""Round 30 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, sorted_dates

PUBLISHED = dt.date(2026, 6, 3)


CASES = [
    case("listed_days_of_walkouts_retell_the_strike_told_by_its_month",
         ("Bus drivers at Orsk Transit will strike on three days next month, their union said "
          "on Tuesday. The walkouts will take place on July 9, July 11 and July 14."),
         PUBLISHED, sorted_dates("2026-06-02", "2026-07")),
    case("walkouts_on_days_outside_the_month_stay_their_own",
         ("Bus drivers at Orsk Transit will strike on three days next month, their union said "
          "on Tuesday. The walkouts will take place on Aug. 9."),
         PUBLISHED, dated("2026-08-09")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round30_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
