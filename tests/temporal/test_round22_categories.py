"""Round 22's categories: a results comparison echoes the period reported, not a forecast
period that has not begun ("could run short of cash in the first half of next year. The loss
compared with a profit in the same period a year earlier" is the quarter reported a year back,
and "during the quarter" that quarter, a half being no quarter).

Each case pins the step behind a fix (``resolve.py``, ``context.py``) with its counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

FRI_NOV_2008 = dt.date(2008, 11, 7)

FORECAST_THEN_COMPARISON = (
    "Brennig Motors posted a $1.2 billion loss for the third quarter on Friday and warned that "
    "it could run short of cash in the first half of next year. The loss compared with a profit "
    "of $90 million in the same period a year earlier. Brennig spent $2 billion in cash during "
    "the quarter.")


def test_the_same_period_passes_over_a_forecast_period(tag):
    found = values_by_text(tag, FORECAST_THEN_COMPARISON, FRI_NOV_2008)
    assert found["the same period a year earlier"] == "2007-Q3"


def test_the_quarter_passes_over_a_half(tag):
    found = values_by_text(tag, FORECAST_THEN_COMPARISON, FRI_NOV_2008)
    assert found["the quarter"] == "2008-Q3"


def test_the_same_period_still_echoes_a_half_reported(tag):
    text = ("Brennig earned $40 million in the first half of the year, up from $31 million in "
            "the same period a year earlier.")
    assert values_by_text(tag, text, FRI_NOV_2008)["the same period a year earlier"] == "2007-H1"
