"""The fiscal year a results story reports on, when its rule took the year named last.

"Corvane said its fiscal fourth quarter profit rose, and forecast slower growth in fiscal 2007,
which began July 1. ... For the fiscal year, revenue rose 11 percent": the rule
``rel-the-fiscal-year`` gives "the fiscal year" the fiscal year the text named last (FY2007),
but a whole year's result told in the past cannot belong to a year whose first quarter is still
running; it is the year just closed (FY2006), the one the fourth quarter ended. Run with the
other neighbour steps of :mod:`context` once the story's fiscal year end is known. Nothing here
imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.fiscal import fiscal_year_end_month
from generator.extract.temporal.fiscal_quarters import fiscal_quarter_of

__all__ = ["fiscal_year_just_reported"]


def fiscal_year_just_reported(timexes: list[Timex], text: str,
                              published: dt.date | None) -> list[Timex]:
    """Move a past-tense "the fiscal year" off a fiscal year that began this quarter.

    Only the plain expression moves (no "the start of the fiscal year"), only in the past
    tense, and only while the publication date lies in the first quarter of the fiscal year it
    was given: then the year's figures cannot be in yet, and the year before is reported.
    """
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None or published is None:
        return timexes
    current = fiscal_quarter_of(published, end_month)
    if not current.endswith("-Q1"):
        return timexes
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.rule == "rel-the-fiscal-year" and timex.mod is None and timex.tense == "past"
                and timex.value == current[:6]):
            value = f"FY{int(current[2:6]) - 1:04d}"
            fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed
