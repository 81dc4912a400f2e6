"""Calendar arithmetic and TIMEX3 value strings (pure Python, no spaCy).

Two jobs live here: shifting a date by calendar units ("13 months ago", "next week") and turning a
TIMEX3 value back into the calendar range it covers (``2023-W12`` -> Monday 20 .. Sunday 26 March).
The site build calls :func:`value_range` when an editor corrects a value by hand, so this module
must stay importable without the NLP stack.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re

from generator.extract.hits import DateRange

#: Season code -> (first month, number of months); meteorological seasons, northern hemisphere.
SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}
#: Part-of-day codes TimeML uses after ``T``.
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")

_VALUE_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)T.+$"), "time"),
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)$"), "day"),
    (re.compile(r"^(\d{4})-W(\d\d)(?:-WE)?$"), "week"),
    (re.compile(r"^(\d{4})-(\d\d)$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
]


def day_of(value: str) -> dt.date | None:
    """The calendar day a value starts with ("2026-11-05", "2026-11-05T21:00"), or None for
    a value that names no day ("2026-W45", "PRESENT_REF")."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day (31 Jan + 1 month -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """Move ``day`` by ``amount`` calendar ``unit``s (day, week, month, quarter, half, year, ...).

    Raises:
        ValueError: for a unit that has no fixed calendar step.
    """
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("hour", "minute", "second"):
        # a date has no time of day: "two hours ago" stays on the day (or the day before,
        # for 24 hours and more)
        whole_days = int(dt.timedelta(**{f"{unit}s": amount}).total_seconds() / 86400)
        return day + dt.timedelta(days=whole_days)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120,
              "century": 1200}.get(unit)
    if months is None:
        raise ValueError(f"cannot shift by unit {unit!r}")
    return add_months(day, months * amount)


def format_value(day: dt.date, granularity: str) -> str:
    """The TIMEX3 value of the ``granularity``-sized period containing ``day``."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "weekend":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}-WE"
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if granularity == "season":
        return season_value(day)
    if granularity == "year":
        return str(day.year)
    if granularity == "decade":
        return str(day.year // 10)
    if granularity == "century":
        return str(day.year // 100)
    raise ValueError(f"unknown granularity {granularity!r}")


def season_value(day: dt.date) -> str:
    """``2023-SP`` style value of the season containing ``day``.

    Winter belongs to the year of its December: 15 January 2023 is in ``2022-WI``.
    """
    if day.month in (1, 2):
        return f"{day.year - 1}-WI"
    code = next(code for code, (first, _) in SEASONS.items() if first <= day.month < first + 3)
    return f"{day.year}-{code}"


def season_start(year: int, code: str) -> dt.date:
    """First day of season ``code`` of ``year``."""
    return dt.date(year, SEASONS[code][0], 1)


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar; anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own letters)
    m = (a + 11 * h + 19 * l) // 433
    month, day = divmod(h + l - 7 * m + 90, 25)
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def holiday_weekend(day: dt.date) -> dt.date:
    """A day of the weekend a holiday gives its name to ("the Memorial Day weekend").

    A Monday holiday closes a long weekend, so its weekend is the Saturday and Sunday before
    it, in the previous ISO week (Memorial Day 1997, 26 May, names 1997-W21-WE); so is a
    Tuesday's, whose own week's weekend lies four days after it ("the Halloween weekend" of
    2023, Halloween on a Tuesday, is Oct. 28-29, round 50); any other holiday's weekend is the
    one of its own ISO week (Easter Sunday, Thanksgiving Thursday).
    """
    return day - dt.timedelta(days=day.isoweekday()) if day.isoweekday() <= 2 else day


#: Years after which a lunisolar date comes back to within a day or two (the Metonic cycle).
_METONIC_YEARS = 19


def _from_table(year: int, days: list[str]) -> dt.date:
    """The day a table of ISO dates gives for ``year``; outside the table, the month and day of
    a year a whole number of Metonic cycles away, which the moon keeps within about a day."""
    by_year = {int(day[:4]): day[5:] for day in days}
    first, last = min(by_year), max(by_year)
    near = year
    while near < first:
        near += _METONIC_YEARS
    while near > last:
        near -= _METONIC_YEARS
    if near not in by_year:
        raise ValueError(f"the holiday table has a gap at {near}")
    return dt.date.fromisoformat(f"{year:04d}-{by_year[near]}")


#: Mean length of a year of the Islamic (purely lunar) calendar, in days.
_HIJRI_YEAR_DAYS = 354.367


def _from_lunar_table(year: int, days: list[str]) -> dt.date:
    """The day a table of an Islamic feast gives for ``year`` (Eid al-Fitr, round 42); outside
    the table, its nearest entry moved by whole lunar years, the first such day in ``year``."""
    table = sorted(dt.date.fromisoformat(day) for day in days)
    for day in table:
        if day.year == year:
            return day
    anchor = table[0] if year < table[0].year else table[-1]
    steps = round((dt.date(year, 1, 1) - anchor).days / _HIJRI_YEAR_DAYS)
    for step in (steps - 1, steps, steps + 1):
        day = anchor + dt.timedelta(days=round(step * _HIJRI_YEAR_DAYS))
        if day.year == year:
            return day
    raise ValueError(f"no lunar feast day found in {year}")


def holiday_date(year: int, formula: str) -> dt.date:
    """Date of a movable holiday: ``easter+1`` (Easter Monday), ``nth:11:4:4`` (4th Thursday
    of November; ``-1`` for the last one; ``nth:11:4:4+4`` the Monday after it) or
    ``dates:2016-02-08 2017-01-28 ...`` (a table, for the Lunar New Year), ``hijri:`` and
    such a table for a feast of the Islamic calendar, or ``before:12-25:7:4`` (the 4th Sunday
    before Christmas Day: Advent Sunday, which can fall in November or December).

    Raises:
        ValueError: for a formula in none of these forms.
    """
    if formula.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(formula[6:] or 0))
    if formula.startswith("dates:"):
        return _from_table(year, formula[6:].split())
    if formula.startswith("hijri:"):
        return _from_lunar_table(year, formula[6:].split())
    if formula.startswith("before:"):
        return _weekday_before(year, formula[7:])
    kind, month, weekday, counted = formula.split(":")
    if kind != "nth":
        raise ValueError(f"unknown holiday formula {formula!r}")
    nth, _, after = counted.partition("+")
    return _nth_weekday(year, int(month), int(weekday), int(nth)) + dt.timedelta(
        days=int(after or 0))


def _weekday_before(year: int, spec: str) -> dt.date:
    """``MM-DD:weekday:n``: the ``n``th ISO ``weekday`` counted back from the day before MM-DD
    of ``year``."""
    day, weekday, nth = spec.split(":")
    month, mday = (int(part) for part in day.split("-"))
    before = dt.date(year, month, mday) - dt.timedelta(days=1)
    last = before - dt.timedelta(days=(before.isoweekday() - int(weekday)) % 7)
    return last - dt.timedelta(days=7 * (int(nth) - 1))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ISO ``weekday`` of ``month`` (-1: the last one)."""
    first = dt.date(year, month, 1)
    if nth < 0:
        last = add_months(first, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (nth - 1))


def value_range(value: str, mod: str | None = None) -> DateRange | None:
    """The calendar range a TIMEX3 DATE/TIME value covers, or None when it names no period.

    ``*_REF`` values, durations, sets and values with ``X`` placeholders give None. The mods
    START/MID/END narrow the range to its first/middle/last third and mark it approximate.

    Examples:
        >>> span = value_range("2023-W12")
        >>> span.start, span.end, span.granularity
        (datetime.date(2023, 3, 20), datetime.date(2023, 3, 26), 'week')
    """
    for pattern, granularity in _VALUE_PATTERNS:
        found = pattern.match(value)
        if found:
            try:
                start, end = _period(found.groups(), granularity)
            except ValueError:  # e.g. 2023-02-30 typed by hand
                return None
            if value.endswith("-WE"):
                start = start + dt.timedelta(days=5)
            # GRANULARITIES has no half-year: a half is reported at quarter precision.
            shown = "quarter" if granularity == "half" else granularity
            return _apply_mod(DateRange(start, end, shown), mod)
    return None


def _period(groups: tuple[str, ...], granularity: str) -> tuple[dt.date, dt.date]:
    """First and last day of the period a matched value names."""
    first = int(groups[0])
    if granularity in ("day", "time"):
        day = dt.date(first, int(groups[1]), int(groups[2]))
        return day, day
    if granularity == "week":
        monday = dt.date.fromisocalendar(first, int(groups[1]), 1)
        return monday, monday + dt.timedelta(days=6)
    if granularity == "month":
        month = int(groups[1])
        return dt.date(first, month, 1), dt.date(first, month, _cal.monthrange(first, month)[1])
    if granularity in ("quarter", "half", "season"):
        if granularity == "season":
            begin = season_start(first, groups[1])
            months = 3
        else:
            months = 3 if granularity == "quarter" else 6
            begin = dt.date(first, (int(groups[1]) - 1) * months + 1, 1)
        return begin, add_months(begin, months) - dt.timedelta(days=1)
    if granularity == "year":
        return dt.date(first, 1, 1), dt.date(first, 12, 31)
    if granularity == "decade":
        return dt.date(first * 10, 1, 1), dt.date(first * 10 + 9, 12, 31)
    return dt.date(max(first * 100, 1), 1, 1), dt.date(first * 100 + 99, 12, 31)


def _apply_mod(span: DateRange, mod: str | None) -> DateRange:
    """Narrow a range for START/MID/END and flag fuzzy mods as approximate."""
    if mod in ("START", "MID", "END"):
        days = (span.end - span.start).days + 1
        third = max(days // 3, 1)
        offset = {"START": 0, "MID": third, "END": days - third}[mod]
        start = span.start + dt.timedelta(days=offset)
        return DateRange(start, start + dt.timedelta(days=third - 1), span.granularity, True)
    if mod in ("APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"):
        return DateRange(span.start, span.end, span.granularity, True)
    return span
