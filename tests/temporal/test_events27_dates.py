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

from temporal_helpers import values_by_text

TUE_FEB_2026 = dt.date(2026, 2, 10)


def test_proposed_gerund_lies_ahead(tag):
    text = "Harwick Council has proposed raising council tax by 4.9 percent from April."
    assert values_by_text(tag, text, TUE_FEB_2026)["April"] == "2026-04"


def test_suggested_gerund_in_the_past_lies_ahead(tag):
    text = "The Harwick mayor suggested closing the Elm Street library in June."
    assert values_by_text(tag, text, TUE_FEB_2026)["June"] == "2026-06"


def test_gerund_under_another_verb_keeps_its_past(tag):
    text = "The Harwick railway began raising fares in April."
    assert values_by_text(tag, text, TUE_FEB_2026)["April"] == "2025-04"


TUE_FEB_24_2026 = dt.date(2026, 2, 24)


def test_last_three_months_of_a_year_are_its_fourth_quarter(tag):
    text = "The Tarvel economy grew 0.3 percent in the last three months of 2025."
    found = values_by_text(tag, text, TUE_FEB_24_2026)
    assert found["the last three months of 2025"] == "2025-Q4"


def test_other_stretches_of_a_year_stay_lengths(tag):
    text = ("Tarvel sales rose in the last four months of 2025 and in the first nine months of "
            "2024, and fell in the last three months.")
    found = values_by_text(tag, text, TUE_FEB_24_2026)
    assert found["the last four months of 2025"] == "P4M"
    assert found["the first nine months of 2024"] == "P9M"
    assert found["the last three months"] == "P3M"


THU_JAN_2026 = dt.date(2026, 1, 15)


def test_overnight_after_a_day_told_before_is_that_days_night(tag):
    text = ("A Kelso water main broke early on Tuesday. Crews worked overnight to replace the "
            "pipe, and it was back in service on Wednesday.")
    assert values_by_text(tag, text, THU_JAN_2026)["overnight"] == "2026-01-13TNI"


def test_overnight_on_the_story_day_stays_the_night_before(tag):
    text = "Lines formed overnight outside the Kelso store."
    assert values_by_text(tag, text, THU_JAN_2026)["overnight"] == "2026-01-14TNI"


def test_overnight_after_a_part_of_a_day_told_before(tag):
    text = ("The Kelso council issued a boil-water notice on Tuesday afternoon. Crews worked "
            "overnight to replace the pipe.")
    assert values_by_text(tag, text, THU_JAN_2026)["overnight"] == "2026-01-13TNI"
