""""From Monday" told on a Monday: the coming Monday, when the change it starts is still ahead.

A bare weekday names the latest such day in a past clause and the first on or after the
publication day in a future one, so a future "Monday" in Monday's story is that very day. But a
change said to start "from Monday" on the day it is told would start "from today": round 56
(told on Monday, June 14, 2021: "From Monday, the 30-person limit on weddings is expected to be
lifted", "now we hear the guest limit is going from Monday") means the coming Monday, June 21,
as its author's convention 16 says. A weekday closed by "to Friday" names a span that may well
start today ("the fair runs from Monday to Friday"), and a past clause keeps the day gone by;
both are left alone. Nothing here imports spaCy; the words are data:
``generator/rules/temporal_context.yaml`` (``module: fromweekday``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["weekday_a_change_starts_from"]

#: The word that opens the change's start, right before the weekday: "From ".
_FROM = cue_pattern("weekday-a-change-starts-from")
#: What closes a span after the weekday: " to Friday", " until ".
_SPAN_END = cue_pattern("weekday-a-change-starts-from-span-end")
#: The tenses of a change still ahead.
_AHEAD = frozenset({"present", "future"})


def weekday_a_change_starts_from(timexes: list[Timex], text: str,
                                 published: dt.date | None) -> list[Timex]:
    """Move a bare weekday after "from" that names the publication day on by a week, when its
    clause is not past and no span's end follows it."""
    if published is None:
        return timexes
    fixed: list[Timex] = []
    for timex in timexes:
        if (timex.rule == "rel-weekday" and timex.value == published.isoformat()
                and timex.tense in _AHEAD
                and _FROM.search(text, max(0, timex.start - 6), timex.start)
                and not _SPAN_END.match(text, timex.end)):
            value = (published + dt.timedelta(days=7)).isoformat()
            timex = dataclasses.replace(timex, value=value, range=value_range(value))
        fixed.append(timex)
    return fixed
