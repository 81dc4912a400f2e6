"""Rounds 41-42's categories (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, a whole article's worth of sentences."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_a_plan_set_off_after_a_prepositional_phrase_is_called_off(nlp):
    events = events_of(nlp, "A walkout at the Orsk council's waste depot, planned for March 3, "
                            "was called off on February 26 after managers agreed a deal.")
    assert set(events) == {"2027-02-26"}, events
    assert events["2027-02-26"][1] == "happened", events


def test_a_past_when_clause_is_part_of_the_happening_it_dates(nlp):
    events = events_of(nlp, "The Tarnby pool was shut on February 2, when a pipe burst under "
                            "its main hall.")
    assert list(events) == ["2027-02-02"], events
