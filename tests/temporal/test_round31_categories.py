"""Round 31's categories: a date a "since" phrase measures from lies behind, even under a present
verb ("is below $80 for the first time since January", told in September: that January gone by),
where a causal "since" clause keeps its own tense.

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

FRI_SEP_2022 = dt.date(2022, 9, 23)


def test_month_since_which_a_level_is_measured_lies_behind(tag):
    text = "Brent crude from the Ostel field is below $70 for the first time since January."
    assert values_by_text(tag, text, FRI_SEP_2022)["January"] == "2022-01"


def test_causal_since_clause_keeps_its_future(tag):
    text = "Prices at Marrow Foods will stay high since its Dunley plant will close in May."
    assert values_by_text(tag, text, FRI_SEP_2022)["May"] == "2023-05"
