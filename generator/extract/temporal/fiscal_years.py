"""Whole years counted in a company's fiscal calendar once the story gives its year end.

"the current financial year", "the current year" and "the year just ended" told by a company
whose year ends March 31 are its fiscal years (FY2019, FY2018 in May 2018), not the
calendar's; "the new fiscal year" is the one begun or beginning nearest the story; and a bare
"the year" of a results story is the fiscal year it reported in full before it. The quarter
rules and the year end itself stay in :mod:`generator.extract.temporal.fiscal` and
:mod:`generator.extract.temporal.fiscal_end`; split out of :mod:`fiscal` to keep it under 400
lines. Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.fiscal_end import fiscal_year_end_month, is_full_year
from generator.extract.temporal.fiscal_quarters import fiscal_quarter_of

__all__ = ["FISCAL_YEAR_VALUE", "year_of_a_full_year_reported", "years_in_fiscal_year"]


#: Rules naming a year relative to the publication date that a fiscal calendar re-counts: "the
#: current financial year" (FY + the publication year until the story gives its year end), "the
#: year just ended" (a calendar year until then).
_RELATIVE_YEAR_RULES = ("rel-fiscal-year", "rel-year-just-ended")


def years_in_fiscal_year(timexes: list[Timex], text: str,
                         published: dt.date | None) -> list[Timex]:
    """Count "the current financial year", "the current year" and "the year just ended" in the
    story's fiscal calendar.

    A carmaker whose business year ends March 31 forecasts profit "for the current financial
    year" in May 2018: that is the year ending March 31, 2019 (FY2019), and "the year just ended"
    FY2018. Without a year end in the story they keep the publication year's label.
    """
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None or published is None:
        return timexes
    this_year = int(fiscal_quarter_of(published, end_month)[2:6])
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        digits = timex.value.removeprefix("FY")
        if timex.rule == _NEW_FISCAL_YEAR_RULE and digits.isdigit():
            value = f"FY{_new_fiscal_year(published, end_month, this_year):04d}"
        elif _CURRENT_YEAR.fullmatch(timex.text) and digits == str(published.year):
            value = f"FY{this_year:04d}"  # "expects growth in the current year" (round 39)
        elif timex.rule not in _RELATIVE_YEAR_RULES or not digits.isdigit():
            continue
        else:
            value = f"FY{this_year + int(digits) - published.year:04d}"
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


#: The rule of a bare "the year" after "for"/"of" (rel-the-year).
_THE_YEAR_RULE = "rel-the-year"


def year_of_a_full_year_reported(timexes: list[Timex]) -> list[Timex]:
    """Give a bare "the year" the fiscal year the story reported in full before it: in a
    results story ("full-year profit rose ... bringing the total for the year to 13.1 pence",
    "net profit for the year to June 30 ... the total for the year", rounds 49, 56-57) that
    is the company's year, FY2010, not the calendar one. Runs once the full year is named as
    a fiscal one (after :func:`~generator.extract.temporal.fiscal_halves.halves_in_fiscal_year`).
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if timex.rule != _THE_YEAR_RULE or not timex.value.isdigit():
            continue
        reported = next((t.value for t in reversed(fixed[:i])
                         if is_full_year(t) and FISCAL_YEAR_VALUE.fullmatch(t.value)), None)
        if reported is not None:
            fixed[i] = dataclasses.replace(timex, value=reported, range=value_range(reported))
    return fixed


#: A whole fiscal year's value: "FY2010".
FISCAL_YEAR_VALUE = re.compile(r"FY\d{4}")


#: A company's year under way told without "fiscal": "the current year" (round 39).
_CURRENT_YEAR = cue_pattern("company-current-year")
#: "the new fiscal year": the one begun or about to begin nearest the story.
_NEW_FISCAL_YEAR_RULE = "rel-new-fiscal-year"


def _new_fiscal_year(published: dt.date, end_month: int, this_year: int) -> int:
    """The fiscal year that begins nearest ``published``: a state budget passed on June 28,
    1991 "before the new fiscal year begins" (years ending June 30) is FY1992."""
    def start(year: int) -> dt.date:  # FY``year`` begins the month after the last one's end
        return dt.date(year - 1 + end_month // 12, end_month % 12 + 1, 1)
    return min((this_year, this_year + 1), key=lambda year: abs((start(year) - published).days))
