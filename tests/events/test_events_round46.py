"""Round 46's leftovers (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_a_dated_happening_said_to_last_a_length_is_no_second_event(nlp):
    events = events_of(nlp, "The Orsk planning inquiry was adjourned on Monday. Monday's "
                            "hearing lasted less than an hour.")
    assert [value for value in events] == ["2027-03-08"], events
    assert "adjourn" in events["2027-03-08"][0].lower(), events


def test_a_length_with_a_date_of_its_own_keeps_its_event(nlp):
    events = events_of(nlp, "The Orsk council meeting lasted three hours on Monday.")
    assert "2027-03-08" in events, events


def test_a_window_that_opened_is_the_noun_before_of_not_its_object(nlp):
    events = events_of(nlp, "Enrolment of 300 new pupils, which opened on March 1, has "
                            "drawn 900 applications.")
    assert events["2027-03-01"][0].startswith("Enrolment"), events


def test_a_place_that_opened_stays_the_relative_clause_subject(nlp):
    events = events_of(nlp, "The owner of the Orsk bakery, which opened in 1990, retired on "
                            "Monday.")
    assert events["1990"][0] == "The Orsk bakery opens", events
