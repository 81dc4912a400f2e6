""""since Monday" in the past perfect counts back from the day told before it.

"The agreement was reached ... on Good Friday, more than 17 hours after the talks' midnight
deadline on Thursday had passed. Negotiators had been at Stormont almost without a break since
Monday" (round 52, told on Tuesday, April 14, 1998): the past perfect sets the stay before the
days just told, so "Monday" is the Monday before that Thursday (April 6), not the latest Monday
before the story (April 13). Only a bare weekday right after "since", in a clause in the past
perfect, moves, and only when the latest day told before it in its sentence or the one before
lies before the weekday's reading; it then takes the latest such weekday on or before that
day. Nothing here imports spaCy: it walks the token attributes of the ``Doc`` it is given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.perfect import in_past_perfect

__all__ = ["weekday_since_in_past_perfect"]

#: "since" right before the weekday.
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: A full stop that ends a sentence.
_SENTENCE_END = re.compile(r"[.!?]\s")


def weekday_since_in_past_perfect(timexes: list[Timex], doc, text: str) -> list[Timex]:
    """Count "since Monday" in the past perfect back from the day told before it."""
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.rule != "rel-weekday" or " " in timex.text or timex.range is None
                or not _SINCE.search(text, max(0, timex.start - 7), timex.start)
                or not in_past_perfect(doc, timex.start, timex.end)):
            continue
        told = next((t for t in reversed(fixed[:i]) if t.type == "DATE" and t.range is not None
                     and t.range.granularity == "day"), None)
        if (told is None or told.range.start >= timex.range.start
                or len(_SENTENCE_END.findall(text, told.end, timex.start)) > 1):
            continue
        back = (told.range.start.isoweekday() - timex.range.start.isoweekday()) % 7
        value = (told.range.start - dt.timedelta(days=back)).isoformat()
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed
