"""Resolve readings against the publication date, the clause's tense and earlier dates.

Pure Python (no spaCy), so the site build can call :func:`reresolve` when an editor fills in or
corrects an article's publication date in its claim file (the re-reading itself, and what it keeps
from the stored value, lives in :mod:`~generator.extract.temporal.rereading`).

Resolution rules, in short:

* shifts ("last month", "nearly 13 months ago", "two days later") move the anchor by whole
  calendar units and report the unit's period (``2023-02``, ``2023-W12``);
* a weekday is the latest such day on or before the anchor in a past or present clause, and the
  next one after it in a future clause; "last/next/this Friday" override the tense;
* a date without a year ("March 3", "the spring", "the fourth quarter") is the latest one that
  starts by the anchor in a past clause, the next one that ends after it in a future clause (with
  the grace of ``year_choice_grace_days``), and the nearest one when the tense is unknown;
* without a publication date relative values stay unresolved, written with TimeML's ``X``
  placeholders (``XXXX-WXX``, ``XXXX-XX-XX``, ``XXXX-03``); nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.extract.hits import DateRange
from generator.extract.temporal import calendar
from generator.extract.temporal.anchoring import FINENESS, anchor, grain_of_unit
from generator.extract.temporal.occurrence import (
    pick_weekday,
    pick_year,
    week_in_month,
    weekend_in_month,
)
from generator.extract.temporal.readings import Reading

#: Default grace (days) when the tense picks the year of a year-less date; rules may override.
DEFAULT_GRACE = {"day": 30, "month": 0, "quarter": 45, "half": 0, "season": 0}


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved TIMEX3 value with its mod and calendar range (None for non-calendar values)."""

    value: str
    mod: str | None = None
    range: DateRange | None = None


def resolve(reading: Reading, published: dt.date | None, tense: str | None = None,
            mentions: Sequence[str] = (), grace: Mapping[str, int] | None = None) -> Resolution:
    """Resolve one reading.

    Args:
        reading: what the expression means (from the rules).
        published: the article's publication date, or None when unknown.
        tense: ``past``, ``present``, ``future`` or None: tense of the clause around it.
        mentions: values of the DATE/TIME expressions that came before it in the text, oldest
            first; "two days later" counts from the latest one fine enough.
        grace: per-granularity grace days for picking the year of a year-less date.
    """
    if reading.value is not None:
        return finish(reading, reading.value)
    if is_absolute(reading):  # "March 3, 2021", "the first quarter of 2009": no anchor needed
        own_year = dt.date(reading.year or 1, 1, 1)
        return finish(reading, _calendar_value(reading, own_year, None, None, DEFAULT_GRACE))
    base, base_grain = anchor(reading, published, mentions, tense)
    if base is None and reading.fallback is not None:  # "at the time" with no date before it
        return finish(reading, reading.fallback)
    if base is None:
        return Resolution(placeholder(reading), reading.mod, None)
    value = _calendar_value(reading, base, base_grain, tense, {**DEFAULT_GRACE, **(grace or {})})
    return finish(reading, value)


def finish(reading: Reading, value: str) -> Resolution:
    """Attach mod and calendar range; ranges only for DATE/TIME values that name a period."""
    span = calendar.value_range(value, reading.mod) if reading.type in ("DATE", "TIME") else None
    return Resolution(value, reading.mod, span)



def _calendar_value(reading: Reading, base: dt.date, base_grain: str | None, tense: str | None,
                    grace: Mapping[str, int]) -> str:
    """Compute the value of a reading that needs an anchor date."""
    clock = reading.clock or ""
    if reading.unit is not None and reading.shift is not None:
        return _shifted(reading, base, base_grain) + clock
    if reading.weekday is not None and reading.month is None:
        day = pick_weekday(base, reading.weekday, reading.direction or tense)
        if reading.grain == "weekend":
            return calendar.format_value(day, "weekend")
        return day.isoformat() + clock
    year = _weekday_year(reading, _year(reading, base, tense, grace), tense)
    if reading.holiday is not None:
        day = calendar.holiday_date(year, reading.holiday)
        if reading.grain == "weekend":  # "the Easter weekend", "the Memorial Day weekend"
            return calendar.format_value(calendar.holiday_weekend(day), "weekend")
        return day.isoformat() + clock  # "Thanksgiving night": 1996-11-28TNI
    if reading.week_of_month is not None and reading.month is not None:
        if reading.grain == "weekend":  # "the first weekend of August"
            return calendar.format_value(
                weekend_in_month(year, reading.month, reading.week_of_month), "weekend")
        return calendar.format_value(week_in_month(year, reading.month, reading.week_of_month),
                                     "week")
    dated = _dated_value(f"{year:04d}", reading, clock)
    if dated is not None and reading.grain == "week" and reading.day is not None:
        return calendar.format_value(dt.date.fromisoformat(dated[:10]), "week")  # "the week of"
    if dated is not None and reading.grain == "weekend" and reading.day is not None:
        # "the Fourth of July weekend": a fixed holiday's weekend, as a movable one's above
        weekend = calendar.holiday_weekend(dt.date.fromisoformat(dated[:10]))
        return calendar.format_value(weekend, "weekend")
    if dated is not None:
        return dated
    if reading.clock:  # a bare clock time is on the anchor day
        return base.isoformat() + clock
    return f"{year:04d}"


def _weekday_year(reading: Reading, year: int, tense: str | None) -> int:
    """The year nearest ``year`` whose month and day fall on the weekday written with them:
    "Pupils go back after Christmas on Thursday, January 4" (round 38, told in July 2017) is
    2018-01-04, a Thursday, whatever the tense picked; a date no near year fits keeps ``year``."""
    if (reading.weekday is None or reading.month is None or reading.day is None
            or reading.year is not None):  # a written year stands
        return year
    ahead = 1 if tense == "future" else -1
    for step in range(_WEEKDAY_YEARS + 1):
        for candidate in dict.fromkeys((year + ahead * step, year - ahead * step)):
            try:
                if dt.date(candidate, reading.month, reading.day).isoweekday() == reading.weekday:
                    return candidate
            except ValueError:
                continue
    return year


#: How many years either way a weekday may move a year-less date.
_WEEKDAY_YEARS = 6


def _dated_value(year: str, reading: Reading, clock: str) -> str | None:
    """``YEAR-MM-DD[clock]``, ``YEAR-MM`` or ``YEAR-<period>`` when the reading names a day,
    a month or a period of the year; ``year`` is four digits or the placeholder ``XXXX``."""
    if reading.month is not None and reading.day is not None:
        return f"{year}-{reading.month:02d}-{reading.day:02d}{clock}"
    if reading.month is not None:
        return f"{year}-{reading.month:02d}"
    if reading.period is not None:
        return f"{year}-{reading.period}"
    return None


def _shifted(reading: Reading, base: dt.date, base_grain: str | None) -> str:
    """Value of "last month", "13 months ago", "the same period last year" ..."""
    unit, amount = reading.unit or "day", reading.shift or 0
    if isinstance(amount, float):  # "a year and a half ago": go through months
        unit, amount = "month", round(amount * {"year": 12, "quarter": 3}.get(unit, 1))
    if unit == "season":
        return calendar.season_value(calendar.shift(base, "month", 3 * int(amount)))
    if unit == "weekend" and base_grain is not None and amount:
        # "the following weekend" after a Monday is the one five days on, in the same ISO week
        saturday = pick_weekday(base, 6, "after" if amount > 0 else "before")
        moved = saturday + dt.timedelta(weeks=int(amount) - (1 if amount > 0 else -1))
        return calendar.format_value(moved, "weekend")
    moved = calendar.shift(base, unit, int(amount))
    grain = reading.grain or unit
    if grain == "same":
        grain = base_grain or "day"
    elif grain == "echo":
        grain = echo_grain(unit, base_grain)
    if _coarser(base_grain, unit) and reading.grain != "same":
        grain = base_grain  # "two weeks later" after "November": no finer than November
    if grain == "fiscal" or (base_grain == "fiscal" and grain == "year"):
        return f"FY{moved.year}"  # "last fiscal year": TimeML writes fiscal years FY2022
    if grain == "turn":  # "the turn of the century": the round year nearest the anchor
        return f"{(moved.year + 50) // 100 * 100:04d}"
    elif grain in ("new-year", "new-fiscal-year"):  # "the new fiscal year" (fiscal_years.py)
        return ("FY" if grain == "new-fiscal-year" else "") + f"{new_year(moved):04d}"
    if grain in ("time", "hour", "minute", "second"):
        grain = "day"
    return calendar.format_value(moved, grain)


def _coarser(base_grain: str | None, unit: str) -> bool:
    """True when the anchor is a coarser period than the unit counted (a month for weeks)."""
    if base_grain not in FINENESS:
        return False
    return FINENESS.index(base_grain) > FINENESS.index(grain_of_unit(unit))


def new_year(day: dt.date) -> int:
    """The year "the new year" means on ``day``: from September on the coming one (shops and
    forecasters look ahead to it), before that the one just begun."""
    return day.year + (day.month >= 9)


def echo_grain(unit: str, base_grain: str | None) -> str:
    """Granularity of "a year earlier" / "two years later" counted from a mentioned period.

    Counting whole years back from a month, quarter, half or season names that same period in
    the earlier year ("third-quarter profit fell from a year earlier" -> the third quarter of
    last year); from the publication date the unit itself is meant ("a week earlier" -> that
    week), and so from a day, but for weeks, which count a day on ("on August 19 ... a week
    later" -> August 26, rounds 50 and 52). Decades are the exception: "a decade ago" names the
    year ten years back, as "ten years ago" does (our blind rounds' convention), not the decade
    before this one.
    """
    coarse_parts = ("month", "quarter", "half", "season")
    if unit == "week" and base_grain == "day":
        return "day"  # "on August 19 ... a week later": August 26
    if unit in ("year", "decade") and base_grain in coarse_parts:
        return base_grain
    return "year" if unit == "decade" else unit


def _year(reading: Reading, base: dt.date, tense: str | None, grace: Mapping[str, int]) -> int:
    """Year of a date whose year the text may not give."""
    if reading.year is not None:
        return reading.year
    if reading.year_shift is not None:
        return base.year + reading.year_shift
    if reading.month is None and reading.period is None and reading.holiday is None:
        return base.year
    return pick_year(base, reading, reading.direction or tense, grace)


def placeholder(reading: Reading) -> str:
    """TimeML value with ``X`` digits for a relative expression that has no anchor."""
    clock = reading.clock or ""
    if reading.unit is not None and reading.shift is not None:
        grain = reading.grain if reading.grain not in (None, "same", "echo") else reading.unit
        if grain in ("fiscal", "new-fiscal-year"):
            return "FYXXXX"
        if grain == "turn":
            return "XX00"
        if grain == "new-year":
            return "XXXX"
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
                "season": "XXXX-XX", "year": "XXXX", "decade": "XXX",
                "century": "XX"}.get(grain, "XXXX-XX-XX") + (clock if grain == "day" else "")
    if reading.weekday is not None and reading.month is None:
        if reading.grain == "weekend":
            return "XXXX-WXX-WE"
        return f"XXXX-WXX-{reading.weekday}{clock}"
    if reading.week_of_month is not None:
        return "XXXX-WXX-WE" if reading.grain == "weekend" else "XXXX-WXX"
    if reading.holiday is not None:
        return f"{reading.year:04d}-XX-XX" if reading.year else "XXXX-XX-XX"
    year = f"{reading.year:04d}" if reading.year is not None else "XXXX"
    dated = _dated_value(year, reading, clock)
    if dated is not None:
        return dated
    return "XXXX-XX-XX" + clock if reading.clock else year


def reresolve(text: str, type: str, value: str, tense: str | None, published: dt.date,
              mentions: Sequence[str] = (), anchor: dt.date | None = None) -> Resolution:
    """Resolve a stored date mention again against a (new) publication date.

    The site build and the store call it by this name; the work is done in
    :func:`generator.extract.temporal.rereading.reresolve`, which documents the arguments.
    """
    from generator.extract.temporal.rereading import reresolve as read_again  # imports us

    return read_again(text, type, value, tense, published, mentions, anchor)



def is_absolute(reading: Reading) -> bool:
    """True when the reading names its year itself ("March 3, 2021", "2009-Q1")."""
    return reading.year is not None and reading.shift is None and reading.year_shift is None
