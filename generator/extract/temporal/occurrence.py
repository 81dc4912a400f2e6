"""Which occurrence a weekday, month, season, quarter or holiday without a year means.

"Friday" in a past clause is the latest Friday on or before the anchor, in a future clause the
first one on or after it; "March" or "the fourth quarter" likewise, with a grace period for
dates close to the anchor (``year_choice_grace_days``); "last March" said in April is the March
a year back (the month just gone would be "last month"). Pure Python: no spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from generator.extract.temporal import calendar
from generator.extract.temporal.readings import Reading

__all__ = ["pick_weekday", "pick_year", "week_in_month"]


def pick_weekday(base: dt.date, weekday: int, how: str | None) -> dt.date:
    """The ``weekday`` meant relative to ``base``.

    ``how`` is a direction (``before``, ``after``, ``this``) or a tense: past/present/None take
    the latest one on or before ``base`` (news mostly reports what happened), future the first
    one on or after ``base``: "flights planned for Thursday" in Thursday's story are today's,
    as HeidelTime reads a weekday in the future, and "next Thursday" (``after``) a week on.
    """
    today = base.isoweekday()
    if how == "this":
        return base + dt.timedelta(days=weekday - today)
    if how == "future":
        return base + dt.timedelta(days=(weekday - today) % 7)
    if how == "after":
        return base + dt.timedelta(days=(weekday - today) % 7 or 7)
    back = (today - weekday) % 7
    if how == "before" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)


def week_in_month(year: int, month: int, nth: int) -> dt.date:
    """A day in the ``nth`` week of a month (-1 = the last week), for its ISO week."""
    if nth < 0:
        return calendar.add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=4)
    return dt.date(year, month, 1) + dt.timedelta(days=7 * (nth - 1) + 3)


def weekend_in_month(year: int, month: int, nth: int) -> dt.date:
    """The Saturday of the ``nth`` weekend of a month (-1 = the last): "the first weekend of
    August" 2026 begins on Saturday, August 1 (round 53)."""
    if nth < 0:
        last = calendar.add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - 5) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * (nth - 1))


def pick_year(base: dt.date, reading: Reading, how: str | None,
              grace: Mapping[str, int]) -> int:
    """Choose the year of a year-less month/day/period from the anchor and tense/direction."""
    grain = "day" if reading.day is not None or reading.holiday else (
        "month" if reading.month is not None else _period_grain(reading.period or ""))
    slack = dt.timedelta(days=grace.get(grain, 0))
    # two years each way: "last winter" on 1 January is the winter that began 13 months earlier;
    # four for Feb. 29, which only a leap year has ("Feb. 29" told in June 2012 is 2012's, and
    # never 2013-02-29, round 43)
    spans = {y: _span(reading, y) for y in range(base.year - 4, base.year + 5)
             if _has_day(reading, y)}
    if how == "this":
        # "this spring", "this fall": the one we are in, else the one of the anchor's year
        inside = [y for y, (start, end) in spans.items() if start <= base <= end]
        return inside[0] if inside else base.year
    if how == "before":
        limit = _last_month_limit(base) if grain == "month" else base
        return max(y for y, (_, end) in spans.items() if end < limit)
    if how == "after":
        return min(y for y, (start, _) in spans.items() if start > base)
    if how == "past":
        # a season told in the past has been under way a while: "a cool, wet spring left racks
        # full", told on March 12 (round 47), is the spring before, not one days old
        begun = dt.timedelta(days=grace.get(f"{grain}_begun", 0))
        return max(y for y, (start, _) in spans.items() if start <= base + slack - begun)
    if how == "future":
        return min(y for y, (_, end) in spans.items() if end >= base - slack)
    if how is None and grain in ("quarter", "half"):
        # results are reported after a quarter ends: a bare "the third quarter" with no tense
        # to go by ("after reporting a loss for the third quarter", written in October) is
        # the latest one begun by the anchor, as in a past clause
        return max(y for y, (start, _) in spans.items() if start <= base + slack)
    # no tense: the occurrence nearest to the anchor (the one containing it, if any)
    return min(spans, key=lambda y: _distance(base, *spans[y]))


def _has_day(reading: Reading, year: int) -> bool:
    """False only for Feb. 29 in a common year."""
    return not (reading.month == 2 and reading.day == 29 and not _is_leap(year))


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _last_month_limit(base: dt.date) -> dt.date:
    """The first day of the month before ``base``'s: "last <month>" ends before it.

    The month just gone is "last month"; naming it ("last March" said in April 1997) means the
    one a year before (March 1996), as "last January" said in January does.
    """
    return calendar.add_months(base.replace(day=1), -1)


def _distance(day: dt.date, start: dt.date, end: dt.date) -> int:
    """Days from ``day`` to the span (0 when inside)."""
    return max((start - day).days, (day - end).days, 0)


def _period_grain(period: str) -> str:
    return {"Q": "quarter", "H": "half"}.get(period[:1], "season")


def _span(reading: Reading, year: int) -> tuple[dt.date, dt.date]:
    """Calendar span of the reading's month/day/period in ``year``."""
    if reading.holiday is not None:
        day = calendar.holiday_date(year, reading.holiday)
        return day, day
    if reading.month is not None and reading.day is not None:
        try:
            day = dt.date(year, reading.month, reading.day)
        except ValueError:  # 29 February in a common year
            day = dt.date(year, reading.month, 28)
        return day, day
    value = f"{year:04d}-{reading.month:02d}" if reading.month else f"{year:04d}-{reading.period}"
    span = calendar.value_range(value)
    if span is None:
        raise ValueError(f"no calendar span for {value!r}")
    return span.start, span.end
