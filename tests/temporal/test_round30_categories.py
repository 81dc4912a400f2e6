"""Round 30's categories: "the new fiscal year" in apposition to the dated day it starts on
("take effect July 1, the start of the new fiscal year", May 1999) is the year beginning that day,
named by the year it ends in (FY2000); one that began on Jan. 1 ends in the same year.

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

WED_MAY_1999 = dt.date(1999, 5, 12)


def test_new_fiscal_year_after_the_day_it_starts_on(tag):
    text = ("If the Tarvel Senate agrees, the increase would take effect July 1, the start of "
            "the new fiscal year.")
    assert values_by_text(tag, text, WED_MAY_1999)["the new fiscal year"] == "FY2000"


def test_new_fiscal_year_begun_on_new_years_day_ends_that_year(tag):
    text = "The Tarvel levy took effect Jan. 1, the start of the new fiscal year."
    assert values_by_text(tag, text, WED_MAY_1999)["the new fiscal year"] == "FY1999"
