"""Clock times in merging: a clock time that retells a happening told before at its day or
part of a day (split out of :mod:`.merge`, which asks these)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.extract.events.merge import Candidate

__all__ = ["DAY_PARTS", "clock_in_part", "clock_on_day", "clock_retelling", "gives_clock_time"]


def clock_on_day(a: Candidate, b: Candidate) -> bool:
    """Whether one date is the other's day with a clock time ("will be sworn in on June 1 *at
    noon*" and "the day after the inauguration" on June 1, round 37's clock beating its day on
    one predicate): told of as one value when names or verb say it is one happening."""
    first, second = sorted((a.event.when.value, b.event.when.value), key=len)
    return second.startswith(f"{first}T") and ":" in second


#: The hours (from, to) of a TIMEX3 part of the day.
DAY_PARTS = {"MO": (5, 12), "MI": (11, 13), "AF": (12, 18), "EV": (17, 23), "NI": (19, 24)}


def clock_in_part(first: str, second: str) -> bool:
    """Whether one value is a part of a day and the other a clock time of that day inside it
    ("2027-05-02TEV", "2027-05-02T20:00": "on Sunday evening" ... "starts at 8pm", round 33),
    the one finer than the other though both are times."""
    part, clock = sorted((first, second), key=lambda v: ":" in v)
    day, _, hours = clock.partition("T")
    span = DAY_PARTS.get(part.removeprefix(f"{day}T"))
    return span is not None and hours[:2].isdigit() and span[0] <= int(hours[:2]) <= span[1]


def gives_clock_time(day: Candidate, time: Candidate) -> bool:
    """Whether ``time`` gives the clock time of the event ``day`` tells of: a TIME on the day
    of that DATE, told by an "it" in the sentence just after ("The derby has been moved to
    Sunday, Aug. 24. It kicks off at 4 p.m.") or by a definite noun that retells it in a later
    one ("cut its rate on Thursday. ... The decision, announced at 1 p.m., ...")."""
    date, clock = day.event.when, time.event.when
    if date.type != "DATE" or clock.type != "TIME" or not clock.value.startswith(f"{date.value}T"):
        return False
    if time.told_by_noun:
        return day.sentence < time.sentence
    return time.previous_sentence == day.sentence


def clock_retelling(merged: Sequence[Candidate], time: Candidate,
                    clocks: Counter[str]) -> Candidate | None:
    """The one event told in an earlier sentence on the day of ``time``'s clock time (its
    date, or a part of that day holding the clock), when ``time`` is told by a common noun
    and gives only the hour: "will now be played on Wednesday evening. ... *Kick-off* on
    Wednesday is at 7.45pm"; "opens in Portcullen tomorrow ... before *the gala* screening
    at 7.30pm on Thursday" (round 35). With two events told on that day before, which one
    it is is unknown, and a day with several clock times is a timetable of happenings
    ("The race starts at 8am ... The river bridges reopen at 2pm"): none; nor a saying."""
    clock = time.event.when
    day = clock.value.partition("T")[0]
    if not time.told_by_thing or clock.type != "TIME" or ":" not in clock.value \
            or clocks[day] != 1:
        return None
    earlier = [m for m in merged if m.sentence < time.sentence and not m.headline
               and not m.sayer  # round 55: "said on Saturday morning" ... "Shelters ...
               # opened at noon on Saturday": a saying is no happening a clock retells
               and (m.event.when.value == day and m.event.when.type == "DATE"
                    or m.event.when.value.startswith(f"{day}T")
                    and clock_in_part(m.event.when.value, clock.value))]
    return earlier[0] if len(earlier) == 1 else None
