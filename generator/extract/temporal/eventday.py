"""A clock of a named event still to come: the day the story gave that event (blind round 25).

"Harbor Light would run in the Kentucky Derby on May 6. ... Post time for the Derby is 5:32
p.m. EDT": the clock is the race's, told in a timetable's present, and the race day was named
sentences before, beyond the reach of :mod:`storyday` (the sentence before). So a bare clock
still on the publication day, in a present or future clause, moves to a coming day the text
wrote right after a name its own sentence repeats ("Derby" in "the Kentucky Derby on May 6").
A clock whose sentence names no such event ("The shop opens at 9 a.m.") stays on its day.
Nothing here imports spaCy: it reads timexes, the text and the sentence starts of a ``Doc``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.clockday import is_bare_clock, is_day
from generator.extract.temporal.cues import cue_pattern

__all__ = ["clock_of_named_event", "clock_on_event_day"]

#: A capitalised word not opening its sentence: a name the event may go by ("Derby").
_NAME = re.compile(r"(?<=[a-z,]\s)[A-Z][a-z]{2,}\b")
#: How far before its day an event's name may sit: "the Kentucky Derby on May 6".
_NAME_BEFORE_DAY = 40


def clock_of_named_event(timexes: list[Timex], doc, text: str,
                         published: dt.date | None) -> list[Timex]:
    """Put a coming event's clock on the day the story named that event with.

    Args:
        timexes: the resolved expressions of one text, in text order, clocks on their days.
        doc: the parsed spaCy ``Doc`` (only its sentence starts are read).
        text: the text they were found in.
        published: the publication date, or None (then nothing moves).

    Returns:
        The same list with such clocks moved onto their event's day.
    """
    if published is None:
        return timexes
    starts = [sent.start_char for sent in doc.sents]
    today = published.isoformat() + "T"
    fixed = list(timexes)
    for i, clock in enumerate(timexes):
        if (not is_bare_clock(clock) or clock.tense not in ("present", "future")
                or not clock.value.startswith(today)):
            continue
        opening = starts[bisect.bisect_right(starts, clock.start) - 1]
        names = set(_NAME.findall(text[opening:clock.start]))
        day = _day_named_with(timexes[:i], names, text, published)
        if day is not None:
            value = day.value[:10] + clock.value[10:]
            fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value, clock.mod))
    return fixed


def _day_named_with(before: list[Timex], names: set[str], text: str,
                    published: dt.date) -> Timex | None:
    """The last coming day written right after one of ``names`` ("Derby on May 6")."""
    for day in reversed(before):
        if not is_day(day) or dt.date.fromisoformat(day.value[:10]) <= published:
            continue
        lead = text[max(0, day.start - _NAME_BEFORE_DAY):day.start]
        if any(re.search(rf"\b{re.escape(name)}\s+(?:on\s+)?$", lead) for name in names):
            return day
    return None


#: A clock told "on election day" / "on launch day": the day of the happening the noun names.
_ON_EVENT_DAY = cue_pattern("clock-on-event-day")
#: How far after a day the noun it dates may stand: "the March 13 presidential election".
_WORDS_AFTER_DAY = re.compile(r"(?:\s+[a-z-]+){1,3}")


def clock_on_event_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Put a clock told "on election day" on the day the story gave the election (round 36).

    "the results of the March 13 presidential election ... the polls closing at 5 p.m. on
    election day": the clock is on March 13, not the publication day. The noun must follow a
    day before the clock, with at most two words between ("the March 13 presidential
    election"); "at 9 a.m. on launch day" with no launch dated stays as it was.
    """
    fixed = list(timexes)
    for i, clock in enumerate(timexes):
        if not is_bare_clock(clock):
            continue
        told = _ON_EVENT_DAY.match(text, clock.end)
        if told is None:
            continue
        noun = told.group(1).rstrip("s")
        for day in reversed(timexes[:i]):
            found = _WORDS_AFTER_DAY.match(text, day.end)
            if is_day(day) and found and noun in {w.rstrip("s") for w in found.group().split()}:
                value = day.value[:10] + clock.value[10:]
                fixed[i] = dataclasses.replace(clock, value=value,
                                               range=value_range(value, clock.mod))
                break
    return fixed
