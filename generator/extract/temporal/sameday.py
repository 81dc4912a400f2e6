""""the same day" that repeats the verb of an earlier day: that day (events round 31, ev179).

The rule ``rel-that-unit`` counts "the same day" from the last day the text gave. When its verb
repeats the verb an earlier day was told with, the day is that one's:

    The city's new aquarium will open to the public on Saturday. More than 9,000 tickets have
    been sold, the city said on Wednesday. Its new restaurant opens on the same day.

The restaurant opens on the aquarium's opening day (Saturday), not on the Wednesday of the
saying named in between. Without a verb told again ("Shares fell the same day") the last day
stays. Nothing here imports spaCy: it walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["same_day_as_its_verb"]

_SAME_DAY = cue_pattern("the-same-day")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


def same_day_as_its_verb(timexes: list[Timex], doc) -> list[Timex]:
    """Give "the same day" the day an earlier mention of its verb was told with."""
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if timex.rule != "rel-that-unit" or not _SAME_DAY.search(timex.text):
            continue
        verb = _verb_of(doc, timex)
        if verb is None:
            continue
        match = next((t for t in reversed(fixed[:i]) if _DAY.match(t.value)
                      and (other := _verb_of(doc, t)) is not None
                      and other.lemma_.lower() == verb.lemma_.lower()), None)
        if match is not None and match.value != timex.value:
            fixed[i] = dataclasses.replace(timex, value=match.value,
                                           range=value_range(match.value))
    return fixed


def _verb_of(doc, timex: Timex):
    """The verb a date hangs on, directly or through a preposition, or None."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    if head.dep_ == "prep" and head.i != span.root.i:
        head = head.head
    return head if head.pos_ == "VERB" else None
