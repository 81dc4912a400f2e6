"""Fiscal quarters as calendar arithmetic: which quarter holds a day, which year a bare quarter
means, and moving a quarter by a count.

A fiscal year is labelled by the calendar year it ends in (FY2004 ends May 31, 2004), the
companies' own usage; ``end_month`` is the month it ends in (12 for the calendar year). A year
ending in February, a retailer's 52-week year ending on the Saturday nearest Jan. 31 (Feb. 1,
1997), is labelled by the year it starts in instead, the retailers' usage (fiscal 1996; rounds
3, 20 and 29 of the blind set).
:mod:`generator.extract.temporal.fiscal` reads the year end from the story and uses these.
"""

from __future__ import annotations

import datetime as dt

from generator.extract.hits import DateRange
from generator.extract.temporal.calendar import add_months

__all__ = ["fiscal_occurrence", "fiscal_quarter_of", "fiscal_quarter_range",
           "shift_fiscal_quarter", "start_named"]


def fiscal_quarter_of(day: dt.date, end_month: int) -> str:
    """The fiscal quarter value holding ``day`` for a year ending in ``end_month``.

    A fiscal year is labelled by the calendar year it ends in (FY2004 ends May 31, 2004).
    """
    year = (day.year + 1 if day.month > end_month else day.year) - start_named(end_month)
    first_month = end_month % 12 + 1
    quarter = (day.month - first_month) % 12 // 3 + 1
    return f"FY{year:04d}-Q{quarter}"


def fiscal_quarter_range(value: str, end_month: int) -> DateRange:
    """The calendar days of fiscal quarter ``value`` ("FY2026-Q4") for a year ending in
    ``end_month``: Nov. 1, 2025 to Jan. 31, 2026 for a year ending in January. The value alone
    cannot say (``calendar.value_range`` gives None), so events could not date by it."""
    year, quarter = int(value[2:6]), int(value[-1])
    return DateRange(_fiscal_quarter_start(year, quarter, end_month),
                     _fiscal_quarter_end(year, quarter, end_month), "quarter")


def shift_fiscal_quarter(value: str, quarters: int) -> str:
    """``FY2020-Q1`` moved by ``quarters`` (-1 gives ``FY2019-Q4``)."""
    count = int(value[2:6]) * 4 + int(value[-1]) - 1 + quarters
    return f"FY{count // 4:04d}-Q{count % 4 + 1}"


def fiscal_occurrence(quarter: int, end_month: int, published: dt.date,
                      tense: str | None) -> str:
    """Which fiscal year's ``quarter`` a quarter without a year means.

    Told of what is to come, the first one that has not ended by publication; otherwise the
    latest one that has begun by then (the rule :mod:`occurrence` applies to calendar quarters).
    """
    this_year = int(fiscal_quarter_of(published, end_month)[2:6])
    years = (this_year - 1, this_year, this_year + 1)
    if tense == "future":
        year = next(y for y in years if _fiscal_quarter_end(y, quarter, end_month) > published)
    else:
        year = [y for y in years if _fiscal_quarter_start(y, quarter, end_month) <= published][-1]
    return f"FY{year:04d}-Q{quarter}"


def _fiscal_quarter_start(year: int, quarter: int, end_month: int) -> dt.date:
    """First day of fiscal ``year``'s ``quarter`` when the year ends in ``end_month``."""
    year += start_named(end_month)
    year_start = dt.date(year - 1 if end_month < 12 else year, end_month % 12 + 1, 1)
    return add_months(year_start, 3 * (quarter - 1))


def _fiscal_quarter_end(year: int, quarter: int, end_month: int) -> dt.date:
    """Last day of fiscal ``year``'s ``quarter``."""
    return add_months(_fiscal_quarter_start(year, quarter, end_month), 3) - dt.timedelta(days=1)


def start_named(end_month: int) -> int:
    """1 for a year named by the calendar year it starts in (a retail year ending in early
    February), else 0 (and for one closing in late February: ``fiscal_end.LateFebruaryEnd``)."""
    if getattr(end_month, "end_named", False):
        return 0
    return 1 if end_month == 2 or getattr(end_month, "start_named", False) else 0
