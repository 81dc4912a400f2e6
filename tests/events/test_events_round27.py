"""Round 27 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2025, 10, 8)


def events_of(nlp, text: str) -> list[tuple[str, str, str]]:
    """(what, status, value) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value) for e in result.events]


def test_a_takeover_retells_the_appointment_at_a_finer_date(nlp):
    text = ("Ivo Brask was appointed Orsk coach in the summer. Brask took over in July after "
            "Pim Adler resigned in June.")
    events = events_of(nlp, text)
    values = sorted(value for _, _, value in events)
    assert values.count("2025-SU") + values.count("2025-07") == 1, events


def test_a_takeover_on_its_own_date_stays_a_second_happening(nlp):
    text = ("Ivo Brask was appointed Orsk coach in the summer of 2024. Brask took over the "
            "Tolvin club in July.")
    events = events_of(nlp, text)
    assert len(events) == 2, events


def test_a_year_after_a_day_it_holds_is_the_same_date(nlp):
    text = "Brask was released on bail on Tuesday, and a judge set his trial for March 8 next year."
    events = events_of(nlp, text)
    assert sorted(value for _, _, value in events) == ["2025-10-07", "2026-03-08"], events


def test_a_year_after_a_comma_stays_a_date_of_its_own(nlp):
    text = "The Orsk plant closed on March 8, and a new one opens next year."
    events = events_of(nlp, text)
    assert sorted(value for _, _, value in events) == ["2025-03-08", "2026"], events


def test_a_saying_at_the_time_is_told_with_the_happening_it_points_back_to(nlp):
    text = ("Tolvin first warned customers about the fault in June, when it told them to unplug "
            "the heaters, but it said at the time that the heaters were safe to use.")
    events = events_of(nlp, text)
    assert [value for _, _, value in events] == ["2025-06"], events


def test_a_second_clock_time_of_a_second_verb_is_its_own_happening(nlp):
    text = ("Tolvin Air will launch a daily service to Orsk on Nov. 12, the airline said on "
            "Tuesday. The first flight will leave Lowmere at 9:15am and is expected to land in "
            "Orsk at 11:40am.")
    events = events_of(nlp, text)
    assert "2025-11-12T11:40" in [value for _, _, value in events], events
