"""Hand-built Quote and Timex hits, so these tests do not depend on the other extractors."""

from __future__ import annotations

import datetime as dt

from generator.extract.hits import DateRange, Quote, Timex


def make_timex(text: str, phrase: str, value: str, start: dt.date, end: dt.date,
               granularity: str = "day", occurrence: int = 0) -> Timex:
    """A resolved DATE timex for the ``occurrence``-th ``phrase`` in ``text``."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(phrase, at + 1)
    return Timex(at, at + len(phrase), phrase, "DATE", value,
                 range=DateRange(start, end, granularity), rule="test")


def make_quote(text: str, content: str, kind: str, speaker: str | None,
               cue: str | None = "said") -> Quote:
    """A quote whose content is the first occurrence of ``content`` in ``text``."""
    at = text.index(content)
    return Quote(at, at + len(content), content, kind, speaker, cue=cue,
                 sentence_start=0, sentence_end=0, rule="test")
