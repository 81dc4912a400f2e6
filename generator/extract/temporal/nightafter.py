""""overnight" told after a past day named in an earlier sentence: that day's night (event blind
set round 24).

``time-overnight-past`` reads a past "overnight" as the night before the date the text last
told of, right for "Lines formed overnight outside the store" on the story's own day. After a
narrative step dated in an earlier sentence ("The main broke early on Tuesday. ... Crews worked
overnight to replace the pipe, and it was back in service on Wednesday", told on Thursday) the
night follows the day told, or the day of a part of it ("issued the notice on Tuesday
afternoon"): the night of Tuesday into Wednesday. A day named in the overnight's
own sentence keeps the night before ("Stocks fell on Tuesday after overnight losses in Asia"),
and so does the story's own day.

Nothing here imports spaCy: it only reads sentence offsets of a ``Doc`` it is given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range

__all__ = ["night_after_a_day_told_before"]

_RULE = "time-overnight-past"
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_NIGHT = re.compile(r"(\d{4}-\d\d-\d\d)TNI")


def night_after_a_day_told_before(found: list[Timex], doc, published: dt.date | None
                                  ) -> list[Timex]:
    """Move a past "overnight" after a day of an earlier sentence onto that day's night.

    Args:
        found: the resolved timexes, in text order.
        doc: the parsed spaCy ``Doc``.
        published: the publication date; None changes nothing.
    """
    if published is None:
        return found
    settled = list(found)
    for i, timex in enumerate(found):
        night = _NIGHT.fullmatch(timex.value)
        if timex.rule != _RULE or night is None or i == 0:
            continue
        before = found[i - 1]
        day = _DAY.match(before.value)  # a day, or a part of it: "on Tuesday afternoon"
        if (before.type not in ("DATE", "TIME") or day is None
                or _sentence_start(doc, before.start) >= _sentence_start(doc, timex.start)):
            continue
        told = dt.date(*map(int, day.groups()))
        if told < published and night.group(1) == (told - dt.timedelta(days=1)).isoformat():
            value = f"{day.group(0)}TNI"
            settled[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return settled


def _sentence_start(doc, char: int) -> int:
    """Start offset of the sentence holding character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else -1
