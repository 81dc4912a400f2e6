"""Dates the events blind set (rounds 40-42) found misread, one test per rule with its
counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Friday in October.
FRIDAY = dt.date(2032, 10, 22)


CASES = [
    case("a_date_in_what_a_participle_of_blaming_names_is_gone_by",
         ("Orvex said it would delay the launch until next year, blaming a shortage of parts "
          "after a flood at a supplier's plant in August."),
         FRIDAY, {"August": "2032-08"}),
    # without the blaming, the future clause looks ahead
    case("a_date_in_what_a_participle_of_blaming_names_is_gone_by/2",
         "Orvex said it would open a new plant in August.",
         FRIDAY, {"August": "2033-08"}),
    case("the_date_naming_a_deadline_a_verb_sets_lies_ahead",
         ("The regulator opened a review on Monday, setting a March 1 deadline for its "
          "decision."),
         FRIDAY, {"March 1": "2033-03-01"}),
    # a deadline missed keeps its past
    case("the_date_naming_a_deadline_a_verb_sets_lies_ahead/2",
         "The builder missed a March 1 deadline.",
         FRIDAY, {"March 1": "2032-03-01"}),
    case("a_past_agreement_to_combine_is_dated_when_it_was_agreed",
         ("The two banks agreed to combine in a 4 billion euro deal in September, creating the "
          "largest lender."),
         dt.date(2033, 1, 14), {"September": "2032-09"}),
    case("a_happening_or_target_date_a_present_perfect_sets_lies_ahead",
         ("Crews will swap the valve on Friday, and the agency has set a new attempt for "
          "Sunday at 6:20 a.m."),
         dt.date(2032, 10, 21), {"Sunday": "2032-10-24"}),
    case("a_happening_or_target_date_a_present_perfect_sets_lies_ahead/2",
         "The regulator has set a target date of March 3 for its ruling.",
         FRIDAY, {"March 3": "2033-03-03"}),
    # a record set keeps its past
    case("a_happening_or_target_date_a_present_perfect_sets_lies_ahead/3",
         "She set a record for the course in March.",
         FRIDAY, {"March": "2032-03"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events40_cases(tag, text, published, expected):
    check(tag, text, published, expected)
