"""Event blind set round 27's date categories, each with a counter-case where the step holds back.

1. The gerund a proposal puts forward ("has proposed raising council tax by 4.9 percent from
   April") is a measure not yet in force, so its date lies ahead (``ahead.proposed_gerund``);
   a gerund under another verb ("began raising fares in April") keeps that verb's past.

2. The last (first) three months of a written year are its fourth (first) quarter, a dated
   period ("the last three months of 2025": 2025-Q4; ``date-quarter-as-three-months-*`` in
   ``temporal_dates.yaml``, event round 24); any other count, or no year, stays a length.

3. A past "overnight" after a day told in an earlier sentence ("broke early on Tuesday. Crews
   worked overnight") is that day's night (``nightafter.night_after_a_day_told_before``, event
   round 24); on the story's own day it stays the night before.

Every sentence is invented (fictional towns, councils and schools).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

TUE_FEB_2026 = dt.date(2026, 2, 10)

TUE_FEB_24_2026 = dt.date(2026, 2, 24)

THU_JAN_2026 = dt.date(2026, 1, 15)


CASES = [
    case("proposed_gerund_lies_ahead",
         "Harwick Council has proposed raising council tax by 4.9 percent from April.",
         TUE_FEB_2026, {"April": "2026-04"}),
    case("suggested_gerund_in_the_past_lies_ahead",
         "The Harwick mayor suggested closing the Elm Street library in June.",
         TUE_FEB_2026, {"June": "2026-06"}),
    case("gerund_under_another_verb_keeps_its_past",
         "The Harwick railway began raising fares in April.",
         TUE_FEB_2026, {"April": "2025-04"}),
    case("last_three_months_of_a_year_are_its_fourth_quarter",
         "The Tarvel economy grew 0.3 percent in the last three months of 2025.",
         TUE_FEB_24_2026, {"the last three months of 2025": "2025-Q4"}),
    case("other_stretches_of_a_year_stay_lengths",
         ("Tarvel sales rose in the last four months of 2025 and in the first nine months of "
          "2024, and fell in the last three months."),
         TUE_FEB_24_2026,
         {
          "the last four months of 2025": "P4M",
          "the first nine months of 2024": "P9M",
          "the last three months": "P3M",
         }),
    case("overnight_after_a_day_told_before_is_that_days_night",
         ("A Kelso water main broke early on Tuesday. Crews worked overnight to replace the "
          "pipe, and it was back in service on Wednesday."),
         THU_JAN_2026, {"overnight": "2026-01-13TNI"}),
    case("overnight_on_the_story_day_stays_the_night_before",
         "Lines formed overnight outside the Kelso store.",
         THU_JAN_2026, {"overnight": "2026-01-14TNI"}),
    case("overnight_after_a_part_of_a_day_told_before",
         ("The Kelso council issued a boil-water notice on Tuesday afternoon. Crews worked "
          "overnight to replace the pipe."),
         THU_JAN_2026, {"overnight": "2026-01-13TNI"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events27_cases(tag, text, published, expected):
    check(tag, text, published, expected)
