"""A clock still to come in a story about a coming day: that day (round 45).

A preview opens on the day it is about ("Greece will come to a near standstill on Thursday
when the unions hold a general strike", told on Wednesday) and tells that day's timetable by
the clock alone, sentences later: "Air traffic controllers will stop work from noon to 4:00
pm", "buses will run only between 9:00 am and 5:00 pm". Those clocks are Thursday's, not the
publication day's, even after a sentence dated by its saying ("union officials said on
Wednesday"): the day of a saying is not the scene. A clock told in the past, a day named
nearby that is not a saying's, or a later mention of the publication day itself (a "today",
a clock written with it) keeps the clock where it is. Called by
:mod:`~generator.extract.temporal.storyday` for a bare clock still on the publication day;
never imports spaCy (it reads the parse through :mod:`saying`).
"""

from __future__ import annotations

import datetime as dt

from generator.extract.doctext import doc_text
from generator.extract.hits import Timex
from generator.extract.temporal.clockday import clock_on, is_bare_clock, names_day
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.datedweekday import WEEKDAY_RULES
from generator.extract.temporal.saying import dates_a_saying

__all__ = ["clock_on_coming_scene", "sets_no_scene"]

#: How many days ahead the coming scene may lie.
_REACH = 6


def clock_on_coming_scene(timexes: list[Timex], i: int, near: list[Timex], doc,
                          published: dt.date) -> Timex:
    """Clock ``i`` (bare, on the publication day, still to come) on the story's coming day.

    Args:
        timexes: the story's resolved expressions, in text order.
        i: the index of the clock.
        near: the days named in the clock's sentence and the one before.
        doc: the parsed ``Doc``.
        published: the publication date.
    """
    clock = timexes[i]
    if clock.tense != "future":
        return clock
    today = published.isoformat()
    if any(not (t.value[:10] == today and dates_a_saying(doc, t.start, t.end)) for t in near):
        return clock
    scene = None
    text = doc_text(doc)
    for k, timex in enumerate(timexes[:i]):
        if not names_day(timex) or (is_bare_clock(timex) and timex.rule != "time-clock-day"):
            continue  # a clock without its day sets no scene
        if timex.value[:10] == today and not dates_a_saying(doc, timex.start, timex.end):
            scene = None  # the text came back to the publication day
        elif (timex.rule in WEEKDAY_RULES and timex.tense == "future"
              and not sets_no_scene(timexes, k, text, published)
              and 0 < (dt.date.fromisoformat(timex.value[:10]) - published).days <= _REACH):
            scene = timex
        elif scene is not None and timex.value[:10] not in (today, scene.value[:10]):
            scene = None  # another day named since: the scene is no longer sure
    return clock if scene is None else clock_on(clock, scene)


#: A copula between two dates: "Wednesday is Feb. 29".
_IDENTITY = cue_pattern("scene-calendar-identity")
#: A preposition placing something before or after a date: "the last primaries before".
_BEFORE_AFTER = cue_pattern("scene-before-after")


def sets_no_scene(timexes: list[Timex], j: int, text: str, published: dt.date) -> bool:
    """True for a day a clock still to come cannot belong to: one side of a statement about
    the calendar ("2012 is a leap year, and Wednesday is Feb. 29", round 46), or a day ahead
    other things come before or after ("the last primaries before Super Tuesday"); "after
    Friday's rest day" on that Friday still is the story's day."""
    day = timexes[j]
    if (_BEFORE_AFTER.search(text, max(0, day.start - 12), day.start)
            and day.value[:10] > published.isoformat()):
        return True
    after = timexes[j + 1] if j + 1 < len(timexes) else None
    before = timexes[j - 1] if j > 0 else None
    return ((after is not None and _IDENTITY.fullmatch(text[day.end:after.start]) is not None)
            or (before is not None and _IDENTITY.fullmatch(text[before.end:day.start]) is not None))
