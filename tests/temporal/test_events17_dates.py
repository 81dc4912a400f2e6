"""Event blind set round 17's date categories: a headline's signalled or planned act looks
ahead, and a "that night" told of a dated happening is that happening's night.

Each case pins the step behind a fix, with its counter-case where the step must hold back:
a year-less month between a headline's plan verb and the act's noun ("signals December cut")
is the coming one (``headline.py``, ``headline_plan_verbs``), while a reported act ("posts
weak December sales") and a month in a phrase of its own after a preposition ("signals pause
after December cut") keep the past reading; "that night" after a sentence dating a concert
takes the concert's day, the first written after its noun (``pointed.py``,
``evening_event_nouns``), while a night after a plain day or after a day named later keeps the
last day's. Every sentence is invented (fictional banks, towns and singers).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Thursday in September.
SEPTEMBER_2026 = dt.date(2026, 9, 17)
#: A Thursday in March.
MARCH_2026 = dt.date(2026, 3, 5)


CASES = [
    # -- 1. a headline's signalled or planned act looks ahead --------------------------------------
    case("headline_signalled_cut_is_the_coming_december",
         ("Tolvan central bank holds rates, signals December cut\n\n"
          "The Tolvan Central Bank kept its rate at 3 percent on Thursday."),
         SEPTEMBER_2026, {"December": "2026-12"}),
    case("headline_planned_vote_with_words_between_looks_ahead",
         "Ostrel council eyes possible March vote on tram line\n\nThe council met on Monday.",
         SEPTEMBER_2026, {"March": "2027-03"}),
    case("headline_reported_month_stays_past",
         "Harlow Stores posts weak December sales\n\nSales fell 4 percent.",
         SEPTEMBER_2026, {"December": "2025-12"}),
    case("month_after_a_preposition_in_a_planning_headline_stays_past",
         "Tolvan bank signals pause after December cut\n\nThe bank kept its rate.",
         SEPTEMBER_2026, {"December": "2025-12"}),
    # -- 2. "that night" told of a dated happening -------------------------------------------------
    case("that_night_of_a_postponed_concert_is_its_planned_night",
         ("Liv Ardal's concert in Brenmouth, planned for June 20, has been postponed to Aug. "
          "29. Fans can claim a refund until March 31.\n\n"
          '"I am sorry to everyone who had planned their summer around that night," Ardal '
          "wrote."),
         MARCH_2026, {"that night": "2026-06-20TNI"}),
    case("that_night_after_a_plain_day_keeps_that_day",
         "The rally in Ostrel began on Monday. That night, crowds filled the square.",
         MARCH_2026, {"That night": "2026-03-02TNI"}),
    case("that_night_after_a_later_day_keeps_the_later_day",
         ("The Brenmouth concert was held on Feb. 20. The band reached Oslo on Friday, and "
          "that night they rehearsed."),
         MARCH_2026, {"that night": "2026-02-27TNI"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events17_cases(tag, text, published, expected):
    check(tag, text, published, expected)
