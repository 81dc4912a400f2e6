"""An event's weekend named by its order: "The opening weekend", "the second weekend".

"The festival opens on Saturday, July 1 ... and runs on weekends until Sunday, July 16. The
opening weekend is given over to the regatta. Music takes the second weekend, and the final
weekend brings the raft race" (round 43, a local paper of June 14, 2017): the weekends are
counted from the event's first day still to come (July 1: 2017-W26-WE, then W27-WE) or back
from its last, the day its run ends "until" (July 16: W28-WE). The rule ``rel-ordinal-weekend``
tags them with no week; a story naming no such day leaves them so. Nothing here imports spaCy.
The order words and the words before a last day are data: ``generator/rules/
temporal_context.yaml`` (``module: eventweekend``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_map, cue_pattern

__all__ = ["weekend_of_an_event"]

_RULE = "rel-ordinal-weekend"
#: Weeks after the first weekend for each order word (None: counted back from the last day).
_ORDER = cue_map("event-weekend-order")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
#: What comes before an event's last day: "runs on weekends until Sunday, July 16".
_UNTIL = cue_pattern("event-last-day")


def weekend_of_an_event(timexes: list[Timex], text: str,
                        published: dt.date | None) -> list[Timex]:
    """Give each ordinal weekend the ISO week of the event's weekend it counts."""
    if published is None:
        return timexes
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if timex.rule != _RULE:
            continue
        order = _ORDER.get(timex.text.split()[1].lower(), 0)
        days = [dt.date.fromisoformat(t.value) for t in timexes[:i]
                if t.type == "DATE" and _DAY.match(t.value)
                and dt.date.fromisoformat(t.value) > published]
        if not days:
            continue
        if order is None:
            ends = [dt.date.fromisoformat(t.value) for t in timexes[:i]
                    if t.type == "DATE" and _DAY.match(t.value)
                    and _UNTIL.search(text, max(0, t.start - 8), t.start)]
            if not ends:
                continue
            day = ends[-1]
        else:
            day = days[0] + dt.timedelta(weeks=order)
        saturday = day + dt.timedelta(days=(6 - day.isoweekday()) % 7 - (7 if day.isoweekday()
                                                                          == 7 else 0))
        year, week, _ = saturday.isocalendar()
        value = f"{year:04d}-W{week:02d}-WE"
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed
