"""Round 18 of the blind event set, by category: one verdict told at two granularities in other
words is one event, the same verb at two granularities stays two (fictional people, places and
firms)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex

from generator.extract.events import iter_events
from generator.extract.hits import DateRange

PUBLISHED = dt.date(2026, 9, 24)
JULY = DateRange(dt.date(2026, 7, 1), dt.date(2026, 7, 31), "month")
JULY_16 = DateRange(dt.date(2026, 7, 16), dt.date(2026, 7, 16), "day")


def events(nlp, text: str, timexes):
    return iter_events(nlp(text), timexes, [], PUBLISHED)


def test_a_verdict_told_by_month_then_by_day_is_one_event(nlp):
    text = ("The sentencing of Edwin Marsh, who was convicted of theft in July, was moved to "
            "December. Marsh was found guilty on July 16 of taking 40,000 crowns from Orsk "
            "Bank.")
    dates = [timex(text, "July", "2026-07", JULY), timex(text, "July 16", "2026-07-16", JULY_16)]
    found = [e for e in events(nlp, text, dates) if e.when.value.startswith("2026-07")]
    assert len(found) == 1, [e.what for e in found]
    assert len(found[0].mentions) == 2


def test_the_same_verb_by_month_then_by_day_stays_two_events(nlp):
    text = ("Orsk Bank shares rose 4 percent in July. Orsk Bank shares rose 2 percent on "
            "July 16 after the results.")
    dates = [timex(text, "July", "2026-07", JULY), timex(text, "July 16", "2026-07-16", JULY_16)]
    found = events(nlp, text, dates)
    assert len(found) == 2, [e.what for e in found]
