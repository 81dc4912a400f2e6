"""Event blind set round 29's date categories, each with a counter-case where the step holds back.

1. A day counted from a clock ("set for Saturday at 4:12 a.m. ... to dock two days later") moves
   with the clock when the clock is settled on the day told with it
   (``pointed.counted_from_a_moved_clock``, as round 31's "that evening"); counted from the
   story's own day it stays.

2. A plan told in the simple past with a "but" clause undoing it ("was due to start in June but
   was postponed", told in November) takes the nearest June, the one gone by
   (``plans.plan_undone_by_but``); a plan nothing undoes ("was due to start in June") still
   looks ahead.

Every sentence is invented (fictional agencies, places and craft).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

WED_MAY_2026 = dt.date(2026, 5, 13)

FRI_NOV_2026 = dt.date(2026, 11, 13)


CASES = [
    case("days_later_counted_from_a_clock_on_a_coming_day",
         ("The Norvan launch is now set for Saturday at 5:40 a.m. local time from Tessin, and "
          "the Kestrel capsule is scheduled to reach the outpost two days later."),
         WED_MAY_2026, {"two days later": "2026-05-18"}),
    case("days_later_counted_from_a_clock_today_stays",
         ("The Norvan rocket lifted off at 5:40 a.m. today from Tessin, and the Kestrel "
          "capsule is scheduled to reach the outpost two days later."),
         WED_MAY_2026, {"two days later": "2026-05-15"}),
    case("plan_undone_by_but_takes_the_nearest_month",
         ("The trial of Marten Holt was due to start in June but was postponed after his "
          "lawyers asked for more time."),
         FRI_NOV_2026, {"June": "2026-06"}),
    case("plan_nothing_undoes_still_looks_ahead",
         "The trial of Marten Holt was due to start in June, his lawyers said.",
         FRI_NOV_2026, {"June": "2027-06"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events29_cases(tag, text, published, expected):
    check(tag, text, published, expected)
