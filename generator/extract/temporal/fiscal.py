"""A company's fiscal calendar, read from the story, for quarters the story counts in it.

Earnings copy about a company whose fiscal year does not follow the calendar says where it ends
("fiscal 2004, which ends May 31", "the fiscal second quarter ended Nov. 30"). Once that is
known, "the current quarter" is the fiscal quarter holding the publication date (December 2003
falls in FY2004-Q3 when the year ends May 31), as the annotation guidelines ask for a quarter
"in a company's fiscal calendar". Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range

__all__ = ["current_quarter_in_fiscal_year", "fiscal_part_from_its_end", "fiscal_year_end_month"]

#: A fiscal year or fiscal quarter value: "FY2004", "FY2004-Q2".
_FISCAL = re.compile(r"FY(\d{4}|XXXX)(?:-Q([1-4]))?$")
#: What joins a fiscal period to the day that closes it: "fiscal 2004, which ends May 31",
#: "the fiscal second quarter ended Nov. 30".
_TO_ITS_END = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ending|ends|end)\s+(?:on\s+)?")
#: Rules that tag "the current quarter" / "this quarter" with a calendar quarter.
_CURRENT_QUARTER = re.compile(r"(?:the\s+)?(?:current|this|present)\s+quarter$", re.IGNORECASE)


def fiscal_year_end_month(timexes: list[Timex], text: str) -> int | None:
    """The month the story's fiscal year ends in, from a fiscal period and its closing day.

    Returns None when the story does not say, or says the calendar (December).
    """
    for period, day in zip(timexes, timexes[1:]):
        match = _FISCAL.match(period.value)
        if (match is None or day.range is None or day.range.granularity != "day"
                or not _TO_ITS_END.fullmatch(text[period.end:day.start])):
            continue
        quarter = int(match.group(2) or 4)
        # the year ends (4 - quarter) quarters after the month that closes this period
        month = (day.range.start.month - 1 + 3 * (4 - quarter)) % 12 + 1
        return None if month == 12 else month
    return None


def fiscal_quarter_of(day: dt.date, end_month: int) -> str:
    """The fiscal quarter value holding ``day`` for a year ending in ``end_month``.

    A fiscal year is labelled by the calendar year it ends in (FY2004 ends May 31, 2004).
    """
    year = day.year + 1 if day.month > end_month else day.year
    first_month = end_month % 12 + 1
    quarter = (day.month - first_month) % 12 // 3 + 1
    return f"FY{year:04d}-Q{quarter}"


def fiscal_part_from_its_end(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a year-less fiscal quarter the fiscal year of the day that closes it.

    "the fiscal second quarter ended Nov. 30" in a year ending May 31 is FY2004-Q2 when that
    day is Nov. 30, 2003: the closing day says which fiscal year, better than the publication
    year the quarter would otherwise take.
    """
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None:
        return timexes
    fixed = list(timexes)
    for i, (period, day) in enumerate(zip(timexes, timexes[1:])):
        if (period.value.startswith("FYXXXX-Q") and day.range is not None
                and day.range.granularity == "day"
                and _TO_ITS_END.fullmatch(text[period.end:day.start])):
            year = fiscal_quarter_of(day.range.start, end_month)[2:6]
            fixed[i] = dataclasses.replace(period, value=period.value.replace("XXXX", year, 1))
    return fixed


def current_quarter_in_fiscal_year(timexes: list[Timex], text: str,
                                   published: dt.date | None) -> list[Timex]:
    """Re-label "the current quarter" as a fiscal quarter when the story keeps a fiscal year."""
    if published is None:
        return timexes
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None:
        return timexes
    value = fiscal_quarter_of(published, end_month)
    return [dataclasses.replace(t, value=value, range=value_range(value))
            if _CURRENT_QUARTER.fullmatch(t.text) else t for t in timexes]
