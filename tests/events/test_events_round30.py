"""Round 30 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 6, 3)


def events_of(nlp, text: str) -> list[tuple[str, str, str]]:
    """(what, status, value) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value) for e in result.events]


def test_listed_days_of_walkouts_retell_the_strike_told_by_its_month(nlp):
    text = ("Bus drivers at Orsk Transit will strike on three days next month, their union said "
            "on Tuesday. The walkouts will take place on July 9, July 11 and July 14.")
    events = events_of(nlp, text)
    values = [value for _, _, value in events]
    assert sorted(values) == ["2026-06-02", "2026-07"], events


def test_walkouts_on_days_outside_the_month_stay_their_own(nlp):
    text = ("Bus drivers at Orsk Transit will strike on three days next month, their union said "
            "on Tuesday. The walkouts will take place on Aug. 9.")
    events = events_of(nlp, text)
    assert "2026-08-09" in [value for _, _, value in events], events
