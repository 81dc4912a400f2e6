"""Round 46's leftovers (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, events_of, what, what_starts

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


CASES = [
    case("a_length_with_a_date_of_its_own_keeps_its_event",
         "The Orsk council meeting lasted three hours on Monday.",
         PUBLISHED, dated("2027-03-08")),
    case("a_window_that_opened_is_the_noun_before_of_not_its_object",
         "Enrolment of 300 new pupils, which opened on March 1, has drawn 900 applications.",
         PUBLISHED, what_starts("2027-03-01", "Enrolment")),
    case("a_place_that_opened_stays_the_relative_clause_subject",
         "The owner of the Orsk bakery, which opened in 1990, retired on Monday.",
         PUBLISHED, what("1990", "The Orsk bakery opens")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round46_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_a_dated_happening_said_to_last_a_length_is_no_second_event(nlp):
    events = events_of(nlp, "The Orsk planning inquiry was adjourned on Monday. Monday's "
                            "hearing lasted less than an hour.", PUBLISHED)
    assert [value for value in events] == ["2027-03-08"], events
    assert "adjourn" in events["2027-03-08"][0].lower(), events
