"""Dates the events blind set (rounds 40-42) found misread, one test per rule with its
counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Friday in October.
FRIDAY = dt.date(2032, 10, 22)


def test_a_date_in_what_a_participle_of_blaming_names_is_gone_by(tag):
    found = values_by_text(tag, "Orvex said it would delay the launch until next year, blaming "
                                "a shortage of parts after a flood at a supplier's plant in "
                                "August.", FRIDAY)
    assert found["August"] == "2032-08"
    # without the blaming, the future clause looks ahead
    found = values_by_text(tag, "Orvex said it would open a new plant in August.", FRIDAY)
    assert found["August"] == "2033-08"


def test_the_date_naming_a_deadline_a_verb_sets_lies_ahead(tag):
    found = values_by_text(tag, "The regulator opened a review on Monday, setting a March 1 "
                                "deadline for its decision.", FRIDAY)
    assert found["March 1"] == "2033-03-01"
    # a deadline missed keeps its past
    found = values_by_text(tag, "The builder missed a March 1 deadline.", FRIDAY)
    assert found["March 1"] == "2032-03-01"


def test_a_past_agreement_to_combine_is_dated_when_it_was_agreed(tag):
    found = values_by_text(tag, "The two banks agreed to combine in a 4 billion euro deal in "
                                "September, creating the largest lender.", dt.date(2033, 1, 14))
    assert found["September"] == "2032-09"


def test_a_happening_or_target_date_a_present_perfect_sets_lies_ahead(tag):
    found = values_by_text(tag, "Crews will swap the valve on Friday, and the agency has set a "
                                "new attempt for Sunday at 6:20 a.m.", dt.date(2032, 10, 21))
    assert found["Sunday"] == "2032-10-24"
    found = values_by_text(tag, "The regulator has set a target date of March 3 for its ruling.",
                           FRIDAY)
    assert found["March 3"] == "2033-03-03"
    # a record set keeps its past
    found = values_by_text(tag, "She set a record for the course in March.", FRIDAY)
    assert found["March"] == "2032-03"
