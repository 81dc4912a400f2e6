"""Dates the events blind set's round 35 (``tests/events/blindset/201_*.yaml`` .. ``206_*``)
showed wrong, one test per category with its counter-case, on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

THURSDAY = dt.date(2026, 9, 10)
WEDNESDAY = dt.date(2026, 6, 10)
SATURDAY = dt.date(2027, 3, 13)


CASES = [
    # ev201: "to lift" looks ahead, but the wet month is the cause of the news, seen already
    case("a_headlines_after_before_a_described_month_gives_the_month_gone_by",
         ("Canal trust to reopen towpaths after dry July\n\n"
          "By A. Writer\n\n"
          "The trust said the paths would reopen next week."),
         THURSDAY, {"July": "2026-07"}),
    case("a_headlines_after_before_a_described_month_gives_the_month_gone_by/2",
         "Lido to close early after record August\n\nBody text.",
         THURSDAY, {"August": "2026-08"}),
    # a bare period or one only placed ("early", "the") bounds a wait, not a cause
    case("a_headlines_after_that_only_places_the_date_keeps_the_clauses_tense",
         "Ferry service to resume after early October\n\nBody text.",
         THURSDAY, {"early October": "2026-10"}),
    # and "after" in the body is the parse's, not the headline's
    case("a_headlines_after_that_only_places_the_date_keeps_the_clauses_tense/2",
         ("Ferry news\n\n"
          "The ferry will resume sailings after a calm October, the operator said."),
         THURSDAY, {"October": "2026-10"}),
    # ev203: the parser joins "resume" to the aside's "halted"; a bare base form cannot go on
    # a simple past, so it is the plural subject's timetable present: the coming Friday
    case("a_base_form_joined_to_a_past_aside_is_the_subjects_present",
         "The night markets by the harbour, halted last year after floods, resume on Friday.",
         WEDNESDAY, {"Friday": "2026-06-12"}),
    # a past with its own "did" or a plain past keeps the past
    case("a_base_form_joined_to_a_past_aside_is_the_subjects_present/2",
         "The markets halted in May and reopened on Friday.",
         WEDNESDAY, {"Friday": "2026-06-05"}),
    # ev203: "before the gala screening (pobj) at 7.30pm on Thursday" after "will walk"
    case("a_gerund_object_of_before_follows_a_clause_ahead",
         ("The choir will rehearse in the hall before the charity screening at 8pm on Thursday "
          "at the Palace Cinema."),
         WEDNESDAY, {"Thursday": "2026-06-11", "8pm": "2026-06-11T20:00"}),
    # after a past clause the gerund keeps its own reading: the past Thursday
    case("a_gerund_object_of_before_follows_a_clause_ahead/2",
         "The choir rehearsed in the hall before the charity screening at 8pm on Thursday.",
         WEDNESDAY, {"Thursday": "2026-06-04"}),
    # ev205: "Kick-off on Wednesday is at 7.45pm" is a fixture's start, booked
    case("a_fixtures_kick_off_told_in_the_present_is_ahead",
         "Kick-off on Tuesday is at 8pm.",
         SATURDAY, {"Tuesday": "2027-03-16", "8pm": "2027-03-16T20:00"}),
    case("a_fixtures_kick_off_told_in_the_present_is_ahead/2",
         "The tip-off on Thursday is at 7pm.",
         SATURDAY, {"Thursday": "2027-03-18"}),
    # told in the past it stays gone by
    case("a_fixtures_kick_off_told_in_the_present_is_ahead/3",
         "Kick-off on Tuesday was at 8pm.",
         SATURDAY, {"Tuesday": "2027-03-09"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events35_cases(tag, text, published, expected):
    check(tag, text, published, expected)
