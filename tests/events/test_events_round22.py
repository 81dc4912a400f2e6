"""Round 22 of the blind event set, by category: what needs a whole article's dates (a span of
clock times told by two verbs, an object and its conjunct each with a date, a month and a day
of one verdict, a list of counted evenings) and one claim kind (fictional people, places and
firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import NO_EVENTS, case, check, claim_kinds_are, listed_as, listed_dates

PUBLISHED = dt.date(2026, 5, 11)


CASES = [
    case("a_reopening_at_a_clock_time_ends_the_closure_before_it",
         "Streets in central Tolvin will close from 7 a.m. on June 7 and reopen by 5 p.m.",
         PUBLISHED, listed_dates("2026-06-07T07:00")),
    case("a_closure_and_a_reopening_on_other_days_stay_two",
         "The Tolvin pool will close on June 1 and reopen on July 6 after repairs.",
         PUBLISHED, listed_dates("2026-06-01", "2026-07-06")),
    case("an_object_and_its_conjunct_with_their_own_dates_are_two_forecasts",
         ("Analysts at Tolvin Bank expect the first rate rise in July and two more by the end "
          "of next year."),
         PUBLISHED, listed_as("what status", [
             ("Analysts at Tolvin Bank expect the first rate rise", "expected"),
             ("Analysts at Tolvin Bank expect two more", "expected"),
         ])),
    case("how_long_a_verdict_took_retells_the_verdict_of_that_month",
         ("Mara Quell was found guilty last month of theft after a two-week trial at Tolvin "
          "Crown Court. The jury took less than three hours to reach its verdict on April 9."),
         PUBLISHED, listed_as("value mentions", [("2026-04", 2)])),
    case("counted_evenings_of_a_list_are_one_event_each",
         "The Tolvin library will hold two reading evenings for parents, on May 20 and June 3.",
         PUBLISHED, listed_dates("2026-05-20", "2026-06-03")),
    case("a_negated_future_makes_no_event_but_its_until_does",
         "The Tolvin fair will not return this year, its organisers said.",
         PUBLISHED, NO_EVENTS),
    case("a_negated_future_makes_no_event_but_its_until_does/2",
         "The Tolvin ferry will not sail until June 2.",
         PUBLISHED, listed_dates("2026-06-02")),
    case("a_length_given_as_a_bound_is_a_statistic",
         "The Tolvin jury took less than a day to reach its verdict.",
         PUBLISHED, claim_kinds_are("statistic")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round22_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
