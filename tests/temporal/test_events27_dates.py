"""Event blind set round 27's date categories, each with a counter-case where the step holds back.

1. The gerund a proposal puts forward ("has proposed raising council tax by 4.9 percent from
   April") is a measure not yet in force, so its date lies ahead (``ahead.proposed_gerund``);
   a gerund under another verb ("began raising fares in April") keeps that verb's past.

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
