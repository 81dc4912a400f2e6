"""Round 32 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 6, 10)


def values_of(nlp, text: str) -> list[str]:
    """The date value of every event ``extract_doc`` finds in ``text``."""
    return [e.when.value for e in extract_doc(nlp(text), PUBLISHED).events]


def test_the_meeting_held_in_a_city_retells_the_meeting_told_by_its_month(nlp):
    text = ("Shareholders in Orsk Foods will vote on the takeover at a special meeting next "
            "month, the company said on Tuesday. The meeting will be held in London on July 16.")
    values = values_of(nlp, text)
    assert "2026-07-16" not in values and "2026-07" in values, values


def test_a_meeting_held_outside_the_month_stays_its_own(nlp):
    text = ("Shareholders in Orsk Foods will vote on the takeover at a special meeting next "
            "month, the company said on Tuesday. The meeting will be held in London on Aug. 3.")
    assert "2026-08-03" in values_of(nlp, text)


def test_the_first_tram_retells_the_first_passengers_of_the_day(nlp):
    text = ("Orsk's new tram line will carry its first passengers on Sunday, officials said. "
            "A ceremony will be held at the station at 10am on Sunday, and the first public "
            "tram will leave at noon.")
    values = values_of(nlp, text)
    assert "2026-06-14T12:00" not in values and "2026-06-14" in values, values


def test_a_later_tram_without_first_stays_its_own(nlp):
    text = ("Orsk's new tram line will carry its first passengers on Sunday, officials said. "
            "A second tram will leave at noon on Sunday.")
    assert "2026-06-14T12:00" in values_of(nlp, text)
