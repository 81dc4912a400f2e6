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

__all__ = ["night_a_morning_ends", "night_after_a_day_told_before"]

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


#: A morning clock told as the end of a span: "until 6 a.m. Wednesday" (from 4 a.m.: a clock of
#: the small hours, "until 12.30am", is often dated by the evening before, round 56).
_MORNING = re.compile(r"(\d{4}-\d\d-\d\d)T(0[4-9]|1[01]):\d\d")
_UNTIL = re.compile(r"\b(?:until|till|to)\s+$")


def night_a_morning_ends(found: list[Timex], text: str) -> list[Timex]:
    """Put "through the night" after "until 6 a.m. Wednesday" on the night that morning ends.

    ``time-the-part`` dates "the night" by the last day told, right for "worked on Tuesday and
    through the night"; but a span closed by a morning clock ("streets would be closed from 6
    p.m. until 6 a.m. Wednesday, and trains will run every 10 minutes through the night", round
    58, told on Tuesday) runs through the night before that morning: Tuesday's, as TimeML dates
    a night by the evening it starts on.
    """
    settled = list(found)
    for i, timex in enumerate(found):
        night = _NIGHT.fullmatch(timex.value)
        if timex.rule != "time-the-part" or night is None:
            continue
        before = next((t for t in reversed(found[:i]) if t.type != "SET"), None)
        morning = before is not None and _MORNING.match(before.value)
        if (not morning or morning.group(1) != night.group(1)
                or not _UNTIL.search(text, max(0, before.start - 8), before.start)):
            continue
        day = dt.date.fromisoformat(night.group(1)) - dt.timedelta(days=1)
        value = f"{day.isoformat()}TNI"
        settled[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return settled


def _sentence_start(doc, char: int) -> int:
    """Start offset of the sentence holding character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else -1
