"""A day set in apposition to the season it falls in takes that season's year.

"The record, 38.9C, was set at Halbury last summer, on Aug. 12" (told in July 2026, events
round 30, ev175): "on Aug. 12" says which day of last summer, so it is 2025-08-12, not the
latest Aug. 12 the day alone would be. Only a day right after the season, set off by a comma,
and inside that season's months moves: "last summer, on Oct. 3" keeps its own reading. Winter,
which spans two years, is left alone. A bare weekday in apposition to a day it falls on is
that day: "reaches Toulouse on Bastille Day, Friday" (round 40, told on Thursday, June 29, 2006)
is July 14, not the Friday gone by; so is a weekday a day is said to fall on: "Christmas Day
falls on Sunday this year" (round 41, told on Wednesday, Dec. 14, 2016) is Dec. 25, not the
Sunday gone by. A year counted back and set off before a day written with its year is that
day's: "launched three years ago, on January 1, 1999" (round 51, told in December 2001) is
1999, not 1998; the count is a round figure, the written year says which. Nothing here imports
spaCy. The words that set a day off are data: ``generator/rules/temporal_context.yaml``
(``module: apposed``).
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["day_in_its_season", "weekday_of_its_date", "year_of_its_apposed_day"]

#: A season of a known year, as TimeML writes it.
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA)$")
#: The months of each season a day may name.
_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11)}
#: What sets the day off after its season: ", on", ",".
_APPOSED = cue_pattern("day-apposed-to-season")
#: A full day value.
_DAY = re.compile(r"(\d{4})(-(\d\d)-\d\d)$")


def day_in_its_season(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a day in apposition to a season of a known year that year (see the module)."""
    fixed = list(timexes)
    for i, (season, day) in enumerate(zip(timexes, timexes[1:])):
        named, dated = _SEASON.match(season.value), _DAY.match(day.value)
        if (named is None or dated is None or not _APPOSED.fullmatch(text[season.end:day.start])
                or int(dated.group(3)) not in _MONTHS[named.group(2)]
                or named.group(1) == dated.group(1)):
            continue
        value = named.group(1) + dated.group(2)
        fixed[i + 1] = dataclasses.replace(day, value=value, range=value_range(value))
    return fixed


#: Weekday names, Monday first, as the ISO weekday counts them.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: What sets a weekday off after its day: a comma alone, or the day falling on it.
_COMMA = cue_pattern("weekday-apposed-to-day")


def weekday_of_its_date(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a bare weekday set off by a comma after a day that falls on it, or that the day is
    said to fall on, that day."""
    fixed = list(timexes)
    for i, (day, weekday) in enumerate(zip(timexes, timexes[1:])):
        if (weekday.text.lower() not in _WEEKDAYS or day.range is None
                or day.range.granularity != "day" or day.range.start != day.range.end
                or not _COMMA.fullmatch(text[day.end:weekday.start])
                or day.range.start.isoweekday() != _WEEKDAYS.index(weekday.text.lower()) + 1
                or weekday.value[:10] == day.value[:10]):
            continue
        value = day.value[:10]
        fixed[i + 1] = dataclasses.replace(weekday, value=value, range=value_range(value))
    return fixed


#: A day written with its four-digit year ("January 1, 1999", "1 January 1999").
_WRITTEN_YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")


def year_of_its_apposed_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a year counted back ("three years ago") set off by a comma before a day written
    with a year one off it that day's year (see the module)."""
    fixed = list(timexes)
    for i, (year, day) in enumerate(zip(timexes, timexes[1:])):
        dated = _DAY.match(day.value)
        if (year.rule != "rel-ago" or not year.value.isdigit() or dated is None
                or dated.group(1) not in _WRITTEN_YEAR.findall(day.text)
                or abs(int(dated.group(1)) - int(year.value)) != 1
                or not _APPOSED.fullmatch(text[year.end:day.start])):
            continue
        fixed[i] = dataclasses.replace(year, value=dated.group(1),
                                       range=value_range(dated.group(1)))
    return fixed
