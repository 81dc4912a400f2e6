"""Lengths that date a coming happening: "Her ruling *takes effect in 30 days*" said on the day
of the ruling is the day thirty days on (round 31), as "a lock-up period that ends in 180
days" (round 30) and "its next meeting in six weeks" (round 29) count from the publication
day. The temporal stage tags such a length as a DURATION with no calendar range; this module
gives the events stage the date it points at, for a present or future verb the length hangs
from by "in" (a past "finished in 30 days" only says how long it took), and the claims stage
the coming date that makes its sentence a prediction. It lives here, below the events
package, which imports the claims package.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.extract.hits import DateRange, Timex
from generator.extract.temporal.calendar import format_value, shift, value_range
from generator.extract.temporal.values import read_length

__all__ = ["counted_date"]

#: Days, weeks and months; "in 41 years" nearly always measures an absence ("its first league
#: title in 41 years", "the first state visit in 14 years"), no coming date.
UNITS = ("day", "week", "month")
PAST_TAGS = ("VBD", "VBN")


def counted_date(doc, timex: Timex, published: dt.date | None) -> Timex | None:
    """The DATE a length after "in" points at, counted from ``published`` ("takes effect *in 30
    days*": the day; "in six weeks": the week; "in three months": the month), else None."""
    length = read_length(timex.value)
    if timex.type != "DURATION" or published is None or length is None \
            or length[1] not in UNITS or timex.mod:
        return None
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    before = doc[span.start - 1]
    verb = before.head
    if before.lower_ != "in" or before.dep_ != "prep" or span.root.head.i != before.i \
            or verb.pos_ not in ("VERB", "AUX") or verb.tag_ in PAST_TAGS \
            or any(c.tag_ in PAST_TAGS for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return None
    value, date_range = point(published, *length)
    return dataclasses.replace(timex, type="DATE", value=value, range=date_range,
                               rule="events.counted_date")


def point(published: dt.date, count: int, unit: str) -> tuple[str, DateRange]:
    """The TIMEX3 value and range ``count`` units ("day", "week", "month") after
    ``published``, at the unit's granularity (the temporal stage's own calendar
    arithmetic)."""
    value = format_value(shift(published, unit, count), unit)
    return value, value_range(value)
