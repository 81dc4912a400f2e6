"""A clock and its bracketed restatement take the day written after the bracket.

"stood at 48.2 feet at 7 a.m. CDT (1200 GMT) today" (round 54): "today" dates the clock
before the bracket as it does "7 a.m. CDT today", and the restatement in another zone is the
same moment, on the day that moment has there. Without this step the two clocks take the day
their neighbours give (the Sunday of the sentence before). A clock told in local time with no
zone ("at 9:40 p.m. local time (1940 GMT) on Saturday", "at 11:15 a.m. (0915 GMT) Sunday",
round 53) is dated the same way: the difference of the two clocks is the local offset, which
says on which day the restatement falls. Only two clocks joined by a bracket, the second zoned,
and a day-granular date right after it count; nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range

__all__ = ["clock_restating_a_zoned_one", "clocks_before_a_bracketed_day"]

#: A zoned clock on a day: "1993-08-02T07:00-05:00", "1993-08-02T12:00Z".
_ZONED = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)$")
#: A clock on a day with no zone: "1990-11-10T21:40".
_BARE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)()$")
#: A day-granular date value.
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
#: What may stand between the first clock and the bracket: "9:40 p.m. local time (".
_OPENING = ("(", "local time (")


def _zone(mark: str) -> dt.timezone:
    if mark == "Z":
        return dt.UTC
    sign = -1 if mark[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(mark[1:3]), minutes=int(mark[4:6])))


def _local_zone(first: re.Match, second: re.Match) -> dt.timezone | None:
    """The offset a zoneless clock has against its zoned restatement: 21:40 against 19:40Z is
    +02:00. None when the two are not a whole quarter-hour apart or further than zones go."""
    there = dt.datetime(2000, 1, 1, int(second.group(2)), int(second.group(3)),
                        tzinfo=_zone(second.group(4))).astimezone(dt.UTC)
    minutes = (int(first.group(2)) * 60 + int(first.group(3))
               - there.hour * 60 - there.minute) % 1440
    minutes = minutes - 1440 if minutes > 14 * 60 else minutes
    if minutes % 15 or minutes < -12 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=minutes))


def clocks_before_a_bracketed_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Put "7 a.m. CDT (1200 GMT) today" on today's date, both clocks."""
    fixed = list(timexes)
    for i in range(len(timexes) - 2):
        clock, restated, day = timexes[i:i + 3]
        first = _ZONED.match(clock.value) or _BARE.match(clock.value)
        second = _ZONED.match(restated.value)
        if (first is None or second is None or not _DAY.match(day.value)
                or text[clock.end:restated.start].strip() not in _OPENING
                or text[restated.end:day.start].strip() not in (")", ") on")
                or int(first.group(2)) > 23):
            continue
        zone = _zone(first.group(4)) if first.group(4) else _local_zone(first, second)
        if zone is None:
            continue
        moment = dt.datetime.combine(dt.date.fromisoformat(day.value),
                                     dt.time(int(first.group(2)), int(first.group(3))), zone)
        there = moment.astimezone(_zone(second.group(4)))
        if there.time() != dt.time(int(second.group(2)), int(second.group(3))):
            continue  # not the same moment: leave both as they were
        for k, value in ((i, day.value + clock.value[10:]),
                         (i + 1, there.date().isoformat() + restated.value[10:])):
            fixed[k] = dataclasses.replace(timexes[k], value=value, range=value_range(value))
    return fixed


#: A zoned clock on a day, its zone given by a city ("midnight Brussels time"): "...+01:00",
#: or "~+01:00" / "%+01:00" while its summer time is still to be settled (zones.py).
_ZONED_ANY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[~%]?[+-]\d\d:\d\d)$")
#: A bare clock on a day: "2019-10-28T23:00".
_BARE_ANY = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d$")


def clock_restating_a_zoned_one(timexes: list[Timex], text: str) -> list[Timex]:
    """Put "11pm" in "due to leave at midnight Brussels time on Thursday, 11pm in London"
    (round 55) on that Thursday: a bare clock set off by a comma after a zoned clock and its
    day tells the same moment in another place, so it is on that day (with no zone: "in
    London" names a place, not a zone). Its neighbours gave it the publication day."""
    fixed = list(timexes)
    for i in range(2, len(timexes)):
        zoned, day, clock = fixed[i - 2], timexes[i - 1], timexes[i]
        if (_ZONED_ANY.match(zoned.value) and _DAY.match(day.value)
                and zoned.value[:10] == day.value and _BARE_ANY.match(clock.value)
                and text[day.end:clock.start] == ", "
                and text[zoned.end:day.start].strip() in ("on", "")
                and clock.value[:10] != day.value):
            value = day.value + clock.value[10:]
            fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value))
    return fixed
