"""Dates the events blind set's round 35 (``tests/events/blindset/201_*.yaml`` .. ``206_*``)
showed wrong, one test per category with its counter-case, on sentences of our own."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

THURSDAY = dt.date(2026, 9, 10)
WEDNESDAY = dt.date(2026, 6, 10)
SATURDAY = dt.date(2027, 3, 13)


def test_a_headlines_after_before_a_described_month_gives_the_month_gone_by(tag):
    # ev201: "to lift" looks ahead, but the wet month is the cause of the news, seen already
    found = values_by_text(tag, "Canal trust to reopen towpaths after dry July\n\nBy A. Writer\n\n"
                           "The trust said the paths would reopen next week.", THURSDAY)
    assert found["July"] == "2026-07"
    assert values_by_text(tag, "Lido to close early after record August\n\nBody text.",
                          THURSDAY)["August"] == "2026-08"


def test_a_headlines_after_that_only_places_the_date_keeps_the_clauses_tense(tag):
    # a bare period or one only placed ("early", "the") bounds a wait, not a cause
    assert values_by_text(tag, "Ferry service to resume after early October\n\nBody text.",
                          THURSDAY)["early October"] == "2026-10"
    # and "after" in the body is the parse's, not the headline's
    found = values_by_text(tag, "Ferry news\n\nThe ferry will resume sailings after a calm "
                           "October, the operator said.", THURSDAY)
    assert found["October"] == "2026-10"


def test_a_base_form_joined_to_a_past_aside_is_the_subjects_present(tag):
    # ev203: the parser joins "resume" to the aside's "halted"; a bare base form cannot go on
    # a simple past, so it is the plural subject's timetable present: the coming Friday
    found = values_by_text(tag, "The night markets by the harbour, halted last year after "
                           "floods, resume on Friday.", WEDNESDAY)
    assert found["Friday"] == "2026-06-12"
    # a past with its own "did" or a plain past keeps the past
    assert values_by_text(tag, "The markets halted in May and reopened on Friday.",
                          WEDNESDAY)["Friday"] == "2026-06-05"


def test_a_gerund_object_of_before_follows_a_clause_ahead(tag):
    # ev203: "before the gala screening (pobj) at 7.30pm on Thursday" after "will walk"
    found = values_by_text(tag, "The choir will rehearse in the hall before the charity "
                           "screening at 8pm on Thursday at the Palace Cinema.", WEDNESDAY)
    assert found["Thursday"] == "2026-06-11"
    assert found["8pm"] == "2026-06-11T20:00"
    # after a past clause the gerund keeps its own reading: the past Thursday
    found = values_by_text(tag, "The choir rehearsed in the hall before the charity "
                           "screening at 8pm on Thursday.", WEDNESDAY)
    assert found["Thursday"] == "2026-06-04"


def test_a_fixtures_kick_off_told_in_the_present_is_ahead(tag):
    # ev205: "Kick-off on Wednesday is at 7.45pm" is a fixture's start, booked
    found = values_by_text(tag, "Kick-off on Tuesday is at 8pm.", SATURDAY)
    assert found["Tuesday"] == "2027-03-16"
    assert found["8pm"] == "2027-03-16T20:00"
    assert values_by_text(tag, "The tip-off on Thursday is at 7pm.", SATURDAY)[
        "Thursday"] == "2027-03-18"
    # told in the past it stays gone by
    assert values_by_text(tag, "Kick-off on Tuesday was at 8pm.", SATURDAY)[
        "Tuesday"] == "2027-03-09"
