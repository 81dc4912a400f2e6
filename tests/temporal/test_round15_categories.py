"""Round 15's categories: a market report's week, a clock range told before its day, the first
months of a fiscal year, ...

Each case pins the step behind a fix (rules in ``generator/rules/temporal*.yaml``,
``clockrange.py``), with its counter-case where the step must hold back. Every sentence is
invented (fictional companies, people and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

MAY_2011 = dt.date(2011, 5, 13)  # a Friday
JAN_2001 = dt.date(2001, 1, 17)  # a Wednesday


def test_for_the_week_in_a_friday_market_report_is_that_week(tag):
    text = "The Brenmoor index closed down 1%. For the week, it lost 4.1%."
    assert values_by_text(tag, text, MAY_2011)["the week"] == "2011-W19"


def test_the_week_of_a_date_is_not_the_current_week(tag):
    text = "Ferries were booked for the week of June 6."
    assert values_by_text(tag, text, MAY_2011)["the week of June 6"] == "2011-W23"


def test_a_clock_range_before_its_day_is_on_that_day(tag):
    text = ("Officials said they would void trades made between 1:15 p.m. and 1:40 p.m. on "
            "Wednesday at prices far from the day's open.")
    found = values_by_text(tag, text, MAY_2011)
    assert found["1:15 p.m."] == "2011-05-11T13:15"
    assert found["1:40 p.m."] == "2011-05-11T13:40"


def test_a_clock_range_without_a_day_stays_on_the_story_day(tag):
    text = "The Varnholt exchange halted trading between 1:15 p.m. and 1:40 p.m."
    found = values_by_text(tag, text, MAY_2011)
    assert found["1:15 p.m."] == "2011-05-13T13:15"


def test_the_first_months_of_the_fiscal_year_are_one_duration(tag):
    text = "For the first six months of the fiscal year, Quarrow's profit rose 12 percent."
    found = values_by_text(tag, text, JAN_2001)
    assert found == {"the first six months of the fiscal year": "P6M"}
