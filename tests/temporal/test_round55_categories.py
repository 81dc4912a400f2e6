"""Categories of error the dates round 55 (``blindset/blindset55.txt``) showed at first sight, one
test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday in late February, after a retailer's fiscal year closed in January.
THURSDAY = dt.date(2031, 2, 27)


def test_a_retailers_holiday_quarter_is_its_fourth(tag):
    text = ("Orsk Stores said fourth-quarter profit rose 9 percent. Net income in the holiday "
            "quarter, which ended Jan. 30, rose to $68 million. For fiscal 2031, net income rose "
            "11 percent. Orsk expects first-quarter profit of 88 cents.")
    found = values_by_text(tag, text, THURSDAY)
    assert found["the holiday quarter"] == "FY2031-Q4"
    assert found["fourth-quarter"] == "FY2031-Q4"
    assert found["first-quarter"] == "FY2032-Q1"
    # a chipmaker's "holiday-quarter revenue" (its fiscal first) is no quarter of its own
    found = values_by_text(tag, "Vell Devices reported its first drop in holiday-quarter "
                           "revenue.", THURSDAY)
    assert not any("quarter" in text for text in found)
