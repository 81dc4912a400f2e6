"""The story's fiscal calendar: "the current quarter" and "a year earlier" in fiscal quarters."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import values_by_text

from generator.extract.temporal.fiscal import fiscal_quarter_of

DEC_19 = dt.date(2003, 12, 19)


@pytest.mark.parametrize(("day", "end_month", "value"), [
    (dt.date(2003, 12, 19), 5, "FY2004-Q3"),
    (dt.date(2003, 6, 1), 5, "FY2004-Q1"),
    (dt.date(2004, 5, 31), 5, "FY2004-Q4"),
    (dt.date(2023, 10, 2), 9, "FY2024-Q1"),
    (dt.date(2023, 3, 17), 6, "FY2023-Q3"),
])
def test_fiscal_quarter_of_a_day(day, end_month, value):
    assert fiscal_quarter_of(day, end_month) == value


def test_current_quarter_follows_a_fiscal_year_named_with_its_end(tag):
    text = ("Torvane Soft raised its outlook for fiscal 2004, which ends May 31. "
            "It expects sales of $80 million in the current quarter.")
    found = values_by_text(tag, text, DEC_19)
    assert found["the current quarter"] == "FY2004-Q3"


def test_current_quarter_follows_a_fiscal_quarter_and_its_closing_day(tag):
    text = ("Profit for the fiscal second quarter ended Nov. 30 rose 8 percent. "
            "Sales will rise in the current quarter.")
    found = values_by_text(tag, text, DEC_19)
    assert found["the current quarter"] == "FY2004-Q3"


def test_current_quarter_without_a_fiscal_year_stays_on_the_calendar(tag):
    text = ("Profit for the quarter ended Sept. 30 rose. "
            "Sales will rise in the current quarter.")
    found = values_by_text(tag, text, DEC_19)
    assert found["the current quarter"] == "2003-Q4"


def test_a_year_earlier_echoes_the_fiscal_quarter(tag):
    text = ("Net income for the fiscal second quarter ended Nov. 30 rose to "
            "$12 million from $9 million a year earlier.")
    found = values_by_text(tag, text, DEC_19)
    assert found["a year earlier"] == "FY2003-Q2"
