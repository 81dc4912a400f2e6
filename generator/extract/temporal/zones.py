"""Daylight saving time for the generic US zones ("ET", "PT"), once the day is known.

"8:30 a.m. ET" is Eastern Daylight Time in September (-04:00) and Eastern Standard Time in
January (-05:00): the abbreviation names the zone, not the offset. The word list gives such
zones their standard offset behind :data:`DAYLIGHT_MARK` (``ET: "~-05:00"``), and once every
clock sits on its day (after the neighbour and story-day steps) :func:`settle_daylight` turns it
into the offset in force that day: an hour ahead from the second Sunday in March to the first
Sunday in November (the US rule since 2007; from the first Sunday in April to the last Sunday in
October before that). Zones that say which time they mean ("EST", "EDT") are not marked.
"Moscow time" is marked with :data:`MOSCOW_MARK` (``"^+03:00"``): summer time, an hour ahead,
from the last Sunday in March to the last Sunday in October until 2011 (+04:00 in August 2001,
round 40), +04:00 all year from March 27, 2011 to October 26, 2014, +03:00 since. A European
city's time named in words ("5:00 am Paris time", round 42) is marked with :data:`EUROPE_MARK`
(``"%+01:00"``): an hour ahead from the last Sunday in March to the last Sunday in October (the
EU rule since 1996), and so is "London time" (``"%+00:00"``, round 61: British summer time ran on
those Sundays before 1996 too), written ``Z`` in winter as GMT is. Pure Python: no spaCy.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DAYLIGHT_MARK", "EUROPE_MARK", "MOSCOW_MARK", "settle_daylight", "us_daylight_time"]

#: Put before the standard offset of a zone whose clocks move in summer.
DAYLIGHT_MARK = "~"
#: Put before the standard offset of Moscow time, whose rules changed in 2011 and 2014.
MOSCOW_MARK = "^"
#: Put before the standard offset of a European city's time named in words ("Paris time").
EUROPE_MARK = "%"
_MARKED = re.compile(r"([~^%])([+-])(\d\d):(\d\d)$")
#: Moscow kept summer time all year from this day, and went back to +03:00 on the second.
_MOSCOW_ALL_YEAR = (dt.date(2011, 3, 27), dt.date(2014, 10, 26))


def settle_daylight(value: str) -> str:
    """``value`` with a marked offset replaced by the offset in force on its day.

    A value without a full date (``XXXX-XX-XXT08:30~-05:00``) keeps the standard offset.
    """
    marked = _MARKED.search(value)
    if marked is None:
        return value
    sign = -1 if marked.group(2) == "-" else 1
    minutes = sign * (int(marked.group(3)) * 60 + int(marked.group(4)))
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        day = None
    summer = {DAYLIGHT_MARK: us_daylight_time, EUROPE_MARK: _european_summer_time}.get(
        marked.group(1), _moscow_summer_time)
    if day is not None and summer(day):
        minutes += 60
    if minutes == 0:  # London in winter: Greenwich time, written as GMT is
        return f"{value[:marked.start()]}Z"
    sign_text = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{value[:marked.start()]}{sign_text}{hours:02d}:{rest:02d}"


def us_daylight_time(day: dt.date) -> bool:
    """True when US clocks keep daylight saving time on ``day``."""
    if day.year >= 2007:
        start, end = _sunday(day.year, 3, 2), _sunday(day.year, 11, 1)
    else:
        start, end = _sunday(day.year, 4, 1), _sunday(day.year, 10, -1)
    return start <= day < end


def _moscow_summer_time(day: dt.date) -> bool:
    """True when Moscow's clocks stand an hour ahead of +03:00 on ``day``."""
    if day >= _MOSCOW_ALL_YEAR[1]:
        return False
    if day >= _MOSCOW_ALL_YEAR[0]:
        return True
    return _sunday(day.year, 3, -1) <= day < _sunday(day.year, 10, -1)


def _european_summer_time(day: dt.date) -> bool:
    """True when EU clocks stand an hour ahead on ``day``."""
    return _sunday(day.year, 3, -1) <= day < _sunday(day.year, 10, -1)


def _sunday(year: int, month: int, nth: int) -> dt.date:
    """The ``nth`` Sunday of a month (-1 = the last one)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)
