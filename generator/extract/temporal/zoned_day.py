"""A clock in another zone that restates a moment told just before: the date it has there.

"passing the Earth at 14:20 UTC. That was 10:20 a.m. EDT on the US East Coast and 1:20 a.m.
AEDT on Sunday in Sydney" (blind round 35, Saturday's story): the Sydney clock is the same
moment eleven hours ahead, so it falls on Sunday, Oct. 13, and the "Sunday" beside it is that
day, not the Sunday gone by the past tense would give. A clock restates an earlier one when,
converted to its offset, the earlier moment shows the same hour and minute; a midnight ending its
day restates the next day's 00:00 ("0500 GMT Thursday, which was 8 a.m. Baghdad time and
midnight Washington time", round 52: Wednesday's T24:00-05:00). Runs before
:mod:`context`, so that a clock joined to its weekday and a later one follow it. Nothing here
imports spaCy. The words joining a clock to its weekday and naming a city are data:
``generator/rules/temporal_context.yaml`` (``module: zoned_day``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = [
    "clock_before_its_restatement",
    "clock_in_a_named_city",
    "clock_restated_in_another_zone",
    "evening_before_a_restated_day",
]

#: A clock value with its offset: "2024-10-12T14:20Z", "2024-10-12T01:20+11:00".
_ZONED = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)$")
#: How far back (characters) the moment restated may be told.
_REACH = 250
#: What joins a clock to the weekday it falls on: "1:20 a.m. AEDT on Sunday".
_ON = cue_pattern("zoned-clock-to-weekday")
_WEEKDAY_RULES = ("rel-weekday",)
#: A clock written with its day ("0030 GMT Sunday") says its date itself: a restated moment
#: told before it on the story's day, whose own day a later step gives, must not move it
#: ("5:30 p.m. PDT [Saturday], which is 0030 GMT Sunday", round 51).
_OWN_DAY_RULES = ("time-clock-day",)


def clock_restated_in_another_zone(timexes: list[Timex], text: str) -> list[Timex]:
    """Put a zoned clock that restates an earlier zoned moment on that moment's local date,
    and the bare weekday right after it on the same date when it names that day."""
    fixed = list(timexes)
    moments = [_moment(t.value) if "T" in t.value else None for t in timexes]
    moved = list(moments)
    for i, clock in enumerate(timexes):
        here = moments[i] or _midnight_moment(clock.value)
        if here is None or clock.rule in _OWN_DAY_RULES:
            continue
        # a midnight counts from the moments as already moved ("8 a.m. Baghdad time and
        # midnight Washington time" after "0500 GMT Thursday"); other clocks, as first told
        local = _restated_moment(here, clock, timexes[:i],
                                 (moved if moments[i] is None else moments)[:i])
        if local is None or local.date() == here.date():
            continue
        day = local.date() - dt.timedelta(days=1) if moments[i] is None else local.date()
        value = day.isoformat() + clock.value[10:]
        fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value))
        if moments[i] is not None:
            moved[i] = _moment(value)
        after = timexes[i + 1] if i + 1 < len(timexes) else None
        if (after is not None and after.rule in _WEEKDAY_RULES and after.range is not None
                and after.range.start.isoweekday() == local.isoweekday()
                and _ON.fullmatch(text[clock.end:after.start])):
            day = local.date().isoformat()
            fixed[i + 1] = dataclasses.replace(after, value=day, range=value_range(day))
    return fixed


def _restated_moment(here: dt.datetime, clock: Timex, before: list[Timex],
                     moments: list[dt.datetime | None]) -> dt.datetime | None:
    """The latest zoned moment told shortly before ``clock`` in another offset that, seen in
    ``clock``'s offset, shows the same hour and minute: that moment in ``clock``'s zone."""
    for timex, moment in zip(reversed(before), reversed(moments)):
        if (moment is None or clock.start - timex.end > _REACH
                or moment.utcoffset() == here.utcoffset()):
            continue
        local = moment.astimezone(here.tzinfo)
        if local.time() == here.time():
            return local
    return None


def _moment(value: str) -> dt.datetime | None:
    """The moment a zoned clock value names, or None for any other value."""
    found = _ZONED.match(value)
    if found is None:
        return None
    day, hour, minute, zone = found.groups()
    if int(hour) > 23:  # "midnight UTC Saturday", T24:00Z: the day's end, left as told
        return None
    offset = dt.timedelta(0)
    if zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        offset = sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(int(hour), int(minute)),
                               dt.timezone(offset))


def _midnight_moment(value: str) -> dt.datetime | None:
    """The moment a zoned midnight ending its day names, the next day's 00:00: "midnight
    Washington time" restating "0500 GMT Thursday" (round 52) ends Wednesday, T24:00-05:00."""
    # a zone named in words is still marked for its summer rule here ("~-05:00", zones.py)
    found = _ZONED.match(re.sub(r"(?<=\d)[~%^](?=[+-])", "", value))
    if found is None or found.group(2) != "24" or found.group(3) != "00":
        return None
    moment = _moment(f"{found.group(1)}T00:00{found.group(4)}")
    return None if moment is None else moment + dt.timedelta(days=1)


#: A bare local clock value on a known day: "1991-08-22T23:00", "1991-08-22T24:00".
_LOCAL = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):\d\d$")
#: The first hour of a local evening that a restatement a day ahead cannot reach.
_EVENING_FROM = 18


def evening_before_a_restated_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Put a bare evening clock back on the local day of a zoned clock restated a day ahead.

    "At 8 p.m. EDT Wednesday (0000 UTC Thursday) the center was 90 miles south of Montauk. The
    11 p.m. advisory put it 35 miles south of Block Island, and a gust ... shortly after
    midnight" (round 44): the bare clocks took Thursday from the bracketed UTC restatement, but
    a local evening is still Wednesday's (23:00 and 24:00 of Aug. 21); a small-hours clock
    ("5 a.m.") keeps the later day. Any other day told in between ends the reach.
    """
    fixed = list(timexes)
    local_day = utc_day = None
    for i, timex in enumerate(timexes):
        if i and _restates_a_day_ahead(timexes[i - 1], timex, text):
            local_day, utc_day = timexes[i - 1].value[:10], timex.value[:10]
            continue
        if local_day is None:
            continue
        found = _LOCAL.match(timex.value)
        if timex.rule not in ("time-clock", "time-noon") or found is None:
            if timex.type == "DATE" or (timex.type == "TIME" and found is None
                                        and "T" in timex.value):
                local_day = None
            continue
        if found.group(1) == utc_day and int(found.group(2)) >= _EVENING_FROM:
            value = local_day + timex.value[10:]
            fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


def _restates_a_day_ahead(local: Timex, restated: Timex, text: str) -> bool:
    """True for "8 p.m. EDT Wednesday (0000 UTC Thursday)": a zoned clock and, in brackets
    right after it, its restatement on the next day."""
    if not (text[local.end:restated.start].strip() == "(" and _ZONED.match(local.value)
            and _ZONED.match(restated.value)):
        return False
    day, later = (dt.date.fromisoformat(t.value[:10]) for t in (local, restated))
    return later - day == dt.timedelta(days=1)


#: A zoned clock value, midnight's T24:00 too: "1991-02-28T24:00-05:00".
_ZONED_ANY = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)$")


def clock_before_its_restatement(timexes: list[Timex], text: str) -> list[Timex]:
    """Put a zoned clock on the day its bracketed restatement in another zone gives.

    "halted their offensive at midnight EST (0500 GMT Thursday)" (round 47, Thursday's story):
    Thursday 05:00 GMT is midnight EST ending Wednesday, 1991-02-27T24:00-05:00, not the
    midnight ending the story's day. Only a restatement with its own day counts.
    """
    fixed = list(timexes)
    for i, (clock, restated) in enumerate(zip(timexes, timexes[1:])):
        found = _ZONED_ANY.match(clock.value)
        there = _moment(restated.value)
        if (found is None or there is None or restated.rule != "time-clock-day"
                or text[clock.end:restated.start].strip() != "("):
            continue
        here = _moment(f"{found.group(1)}T00:00{found.group(4)}")
        local = there.astimezone(here.tzinfo)
        hour, minute = int(found.group(2)), int(found.group(3))
        day = local.date()
        if hour == 24 and local.time() == dt.time(0, 0):
            day -= dt.timedelta(days=1)
        elif local.time() != dt.time(hour % 24, minute):
            continue
        value = day.isoformat() + clock.value[10:]
        if value != clock.value:
            fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value))
    return fixed


#: "In Baghdad, where it was 8 a.m. when ...": the city whose clock the sentence tells.
_IN_CITY = cue_pattern("in-named-city")


def clock_in_a_named_city(timexes: list[Timex], text: str, zones: dict[str, str]) -> list[Timex]:
    """Put a bare clock told as a city's ("In Baghdad, where it was 8 a.m. when the shooting
    stopped", round 47) on the date that city had at the latest zoned moment told before it
    whose hour there agrees ("0500 GMT Thursday": 8 a.m. Thursday in Baghdad), when the
    city's time is a zone of the word list ("Baghdad time"). The clock keeps no offset."""
    fixed = list(timexes)
    for i, clock in enumerate(timexes):
        found = _LOCAL.match(clock.value)
        city = _IN_CITY.search(text, max(0, clock.start - 40), clock.start)
        offset = zones.get(f"{city.group(1)} time") if city is not None else None
        if found is None or offset is None or not _ZONED.match(f"2000-01-01T00:00{offset}"):
            continue
        zone = _moment(f"2000-01-01T00:00{offset}").tzinfo
        for before in reversed(timexes[:i]):
            moment = _moment(before.value)
            if moment is None or clock.start - before.end > _REACH:
                continue
            local = moment.astimezone(zone)
            if local.strftime("%H:%M") == clock.value[11:16]:
                value = local.date().isoformat() + clock.value[10:]
                fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value))
                break
    return fixed

