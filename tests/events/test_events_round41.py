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


def test_an_it_before_its_saying_verb_is_the_thing_told_before(nlp):
    events = events_of(nlp, "The second phase, the rebuilding of the Orsk pier, is due to start "
                            "in May. It should be finished by the end of August, the council "
                            "said.")
    assert events["2027-08"][0] == "The second phase is finished", events


def test_an_it_a_person_reports_is_the_thing_the_sentence_before_was_about(nlp):
    events = events_of(nlp, "A ban on fireworks in Tarnby, in force since January, will be lifted "
                            "next month, the county said. Parks chief Ada Quill said later that "
                            "it would end on April 6.")
    assert list(events) == ["2027-04"], events


def test_and_it_after_a_person_acts_on_a_thing_is_that_thing(nlp):
    events = events_of(nlp, "Governor Pim Adler is due to sign the budget into law in June, and "
                            "it takes effect on July 1.")
    assert events["2027-07-01"][0] == "The budget takes effect", events


def test_a_firm_that_says_it_will_is_it(nlp):
    events = events_of(nlp, "A public meeting on the Orsk works will be held on Thursday. Bus "
                            "operator Tarnlink said it would add extra services from April 2.")
    assert "Tarnlink" in events["2027-04-02"][0], events


def test_a_was_to_plan_on_the_subject_of_a_dated_withdrawal_is_replaced(nlp):
    events = events_of(nlp, "A ticket sale for Orsk Rovers fans, which was to open on Monday, was "
                            "withdrawn on Tuesday.", dt.date(2026, 12, 2))
    assert list(events) == ["2026-12-01"], events


def test_the_conjunct_of_a_replaced_plan_is_replaced_too(nlp):
    events = events_of(nlp, "The Orsk council had been due to publish its plan on Thursday and "
                            "begin hearings on December 8. It now aims to publish in the spring.",
                       dt.date(2026, 12, 2))
    assert "2026-12-08" not in events and "2026-12-03" not in events, events


def test_the_same_as_in_a_year_makes_no_event(nlp):
    events = events_of(nlp, "The new licence caps the Tarnby fair's crowd at 9,000, the same as "
                            "in 2025.")
    assert "2025" not in events, events
