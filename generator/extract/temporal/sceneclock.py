"""Which nearby day a bare clock the story tells without its day belongs to.

"The jet crashed on Saturday. It touched down at 11:28 a.m.": a clock told in the past is the
day of the scene named just before it; one still to come ("Rovers host Calder on Saturday. The
match kicks off at 3 p.m.") the coming day named before it. Split out of
:mod:`~generator.extract.temporal.storyday` (near 350 lines), which calls
:func:`clock_on_nearby_day` for a bare clock still on the publication day. Nothing here
imports spaCy: it reads timexes and the text.
"""

from __future__ import annotations

import datetime as dt

from generator.extract.hits import Timex
from generator.extract.temporal.clockday import LAST_DAY_RULES, clock_on, possessive_after
from generator.extract.temporal.cues import cue_pattern

__all__ = ["SCENE_REACH_DAYS", "clock_on_nearby_day", "same_day"]


def clock_on_nearby_day(clock: Timex, scene: Timex | None, text: str,
                         near: list[Timex]) -> Timex:
    """The day of a bare clock still on the publication day, from the days around it.

    Told in the past, it is the last day of the past week named before it in its sentence
    or the one before, as a scene ("The jet crashed on Saturday. It touched down at 11:28
    a.m."), unless that day comes in an "after" clause hung on the story's own day: "Stocks
    recovered on Tuesday, after the index fell on Monday. The Nikkei closed at 3 p.m." is
    Tuesday's close, Monday being background ("Police said on Tuesday the jet crashed on
    Monday" keeps Monday). With no other day nearby than the story's, the story's day. A
    holiday or a date named nearby sets no scene, and the clock stays put, unless it is still
    to come: a past clock cannot lie on it ("goes on sale ... before Christmas. ... an event
    that began at 10 a.m." is the story's Wednesday, blind round 27).
    Told of what is to come, it is the coming day named before it ("Rovers host Calder on
    Saturday. The match kicks off at 3 p.m."): a day already gone cannot hold it.
    """
    if clock.tense == "past":  # "after Thursday's loss": another game's day, no scene
        near = [t for t in near if not possessive_after(text, t.end) and not _ahead(t, clock)]
    before = [t for t in near if t.start < clock.start]
    if clock.tense == "past":
        gone = [t for t in before if t.rule in _SCENE_RULES
                and _days_back(clock, t) in range(0, SCENE_REACH_DAYS + 1)]
        if gone:
            return clock_on(clock, _scene_before_background(gone, scene, text) or gone[-1])
        if scene is not None and all(same_day(t, scene) for t in near):
            return clock_on(clock, scene)  # "on Christmas night ... 'It's Christmas' ..."
        return clock
    # the day named last, if not gone by, decides: "vote tonight, and will sign the bill by
    # midnight" after "the new fiscal year on Thursday" is tonight's midnight
    open_days = [t for t in before if t.value[:10] >= clock.value[:10]]
    last = open_days[-1] if open_days else None
    return clock_on(clock, last) if last is not None and last.value[:10] > clock.value[:10] \
        else clock


#: Rules whose day sets a scene a later clock can belong to: weekdays, "yesterday", a weekday
#: with its part or clock. A calendar day ("the last day for delivery, 23 December") or a
#: holiday is as often named in passing, and a clock after it is the story's own.
_SCENE_RULES = LAST_DAY_RULES + ("time-clock-day", "rel-day-before-yesterday")
#: How many days before publication a story's scene may lie (a Wikinews report filed days
#: after the event, a Monday paper telling of Saturday).
SCENE_REACH_DAYS = 7


#: "after" opening a clause of background: "rose on Tuesday, after falling 8% on Monday".
_AFTER = cue_pattern("background-after")


def _scene_before_background(days: list[Timex], scene: Timex | None, text: str) -> Timex | None:
    """The story's own day among ``days`` when the last of them is background to it.

    Returns the mention of the story's day when an "after" stands between it and the last day
    named ("recovered on Tuesday, after the index fell on Monday"), else None.
    """
    if scene is None:
        return None
    last = days[-1]
    own = next((t for t in days[:-1] if same_day(t, scene)), None)
    if own is None or same_day(own, last) or not _AFTER.search(text, own.end, last.start):
        return None
    return own


def _ahead(day: Timex, clock: Timex) -> bool:
    """True for a day after the clock's (publication) day: still to come."""
    return day.value[:10] > clock.value[:10]


def same_day(one: Timex, other: Timex) -> bool:
    """True when the two timexes fall on the same calendar day."""
    return one.value[:10] == other.value[:10]


def _days_back(clock: Timex, day: Timex) -> int:
    """Days from ``day`` to the clock's (publication) day."""
    return (dt.date.fromisoformat(clock.value[:10]) - dt.date.fromisoformat(day.value[:10])).days
