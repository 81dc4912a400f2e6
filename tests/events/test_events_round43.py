"""Rounds 43-44's categories (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, a whole article's worth of sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    dated,
    dates_in_order,
    events_of,
    not_dated,
    status,
    what_has,
)

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


CASES = [
    case("a_definite_noun_right_after_gives_the_day_of_a_coming_week",
         ("Bus drivers in Tarnby will walk out for 48 hours next week, the Orsk Transport "
          "Union said. The stoppage starts at 5am on Tuesday."),
         PUBLISHED, not_dated("2027-03-16T05:00"), dated("2027-W11")),
    case("a_first_noun_right_after_gives_the_day_of_a_coming_month",
         ("Tarnby Quarries will reopen its Orsk pit next month, the company said. Manager Ada "
          "Quill said the first shift would go down on April 12."),
         PUBLISHED, not_dated("2027-04-12"), dated("2027-04")),
    case("a_plain_future_whose_day_is_held_later_is_arranged",
         ("The Tarnby half marathon will return next May. Organiser Pim Adler said on Monday "
          "that the race would be held on May 9."),
         PUBLISHED, not_dated("2027-05-09"), status("2027-05", "planned")),
    case("a_moved_first_fixture_is_its_own_news",
         ("Tarnby Rovers will host Orsk next week. The first derby has been moved to Sunday, "
          "March 21, because of a concert."),
         PUBLISHED, dated("2027-03-21")),
    case("him_before_an_infinitive_is_someone_named_before_not_the_subject",
         ("Pim Adler said he would run the Tarnby Marathon in April. His coach, Ada Quill, "
          "expects him to attempt the course record next year."),
         PUBLISHED, what_has("2028", "Adler attempts")),
    case("refunds_a_body_grants_are_arranged",
         ("The Tarnby fair was called off on Tuesday. All ticket holders will get full refunds "
          "from Monday, the organisers said."),
         PUBLISHED, status("2027-03-15", "planned")),
    case("what_someone_is_told_to_do_by_a_time_is_set",
         "Campers at the Orsk fair were told to leave the site by noon on Sunday.",
         dt.date(2027, 3, 13), status("2027-03-14T12:00", "planned")),
    case("a_second_present_verb_has_its_own_cue",
         ("Tarnby Rockets plans a second flight in the first half of 2028 and hopes to launch "
          "every month by 2029."),
         PUBLISHED, status("2029", "expected")),
    case("a_hyphenated_noun_is_kept_whole",
         "A work-to-rule at the Orsk depot was called off on Monday.",
         PUBLISHED, what_has("2027-03-08", "work-to-rule")),
    case("polling_stations_opening_on_election_day_is_polling_day",
         ("Voters in Orsk will choose a new council on March 18. Polling stations open at 7am "
          "on election day."),
         PUBLISHED, dates_in_order("2027-03-18")),
    case("what_someone_can_do_on_a_day_is_arranged",
         ("The new Orsk school opens next month. Parents can tour the new building on Sunday "
          "afternoon."),
         PUBLISHED, status("2027-03-14TAF", "planned")),
    case("a_trial_first_listed_for_another_date_is_a_plan_replaced",
         ("The Orsk fraud trial opened on March 1 after two delays. It had first been listed "
          "for October last year."),
         PUBLISHED, not_dated("2026-10")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round43_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_another_verb_in_the_span_is_another_happening(nlp):
    events = events_of(nlp, "The Orsk inquest will resume next month. The families will unveil "
                            "a plaque on the quay on April 20.", PUBLISHED)
    assert {"2027-04", "2027-04-20"} <= set(events), events
