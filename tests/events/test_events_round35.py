"""Round 35 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    NO_EVENTS,
    SOME_EVENTS,
    case,
    check,
    dated,
    listed_dates,
    listed_statuses,
    listed_whats,
    not_dated,
)

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


CASES = [
    case("a_due_plan_called_off_on_a_date_of_its_own_makes_no_event",
         ("A planned extension of the Orsk curfew to the old town, due to start on June 1, "
          "was called off on May 28."),
         PUBLISHED, listed_dates("2026-05-28")),
    case("a_due_plan_called_off_with_no_date_is_dated_by_the_plan",
         ("A visit to Lowmere planned for 2019 was called off after a dispute over fishing "
          "rights, which the two sides settled in a treaty last year."),
         PUBLISHED, dated("2019")),
    case("a_due_fixture_postponed_and_now_played_later_keeps_only_the_new_date",
         ("The Orsk derby, due to be played at Lowmere Park today, has been postponed "
          "because of snow and will now be played on Friday evening."),
         PUBLISHED, listed_dates("2026-06-12TEV")),
    case("an_inverted_condition_and_what_it_leads_to_make_no_event",
         ("Should Friday's derby also fall victim to the snow, the tie would be played at a "
          "neutral ground the following weekend, according to league rules."),
         PUBLISHED, NO_EVENTS),
    case("a_plain_should_still_dates_its_happening",
         "The Orsk board should decide on Friday.",
         PUBLISHED, SOME_EVENTS),
    case("what_someone_would_rather_do_is_no_happening",
         ('"It is frustrating, but we would rather play on Friday than risk injuries on a '
          'pitch like that," Orsk coach Dan Reed said.'),
         PUBLISHED, NO_EVENTS),
    case("a_hearing_set_for_a_day_retells_the_hearing_agreed_for_that_month",
         ("The Orsk appeals court has agreed to hear the case next month. A hearing is set "
          "for July 9 in Lowmere."),
         PUBLISHED, listed_dates("2026-07")),
    case("a_ban_ending_on_a_day_retells_its_lifting_that_week",
         ("Orsk Water will lift the hosepipe ban next week, the company said. The ban, which "
          "came into force on May 3, will end at 8am on Tuesday, June 16."),
         PUBLISHED, not_dated("2026-06-16T08:00"), dated("2026-W25")),
    case("since_after_a_gerund_of_means_dates_the_gerund",
         ("Judge Ann Orr found that the Orsk tenants had broken their leases by withholding "
          "rent since May last year in protest at repairs."),
         PUBLISHED, listed_whats([("2025-05", "The Orsk tenants withhold rent")])),
    case("a_date_before_the_gerund_of_means_dates_the_verb",
         "The Orsk tenants broke their leases in May by withholding rent.",
         PUBLISHED, listed_whats([("2026-05", "The Orsk tenants break their leases")])),
    case("the_present_with_a_clock_time_today_is_a_timetable",
         "The other semi-final goes ahead at Lowmere Park at 3pm today.",
         PUBLISHED, listed_statuses("planned")),
    case("the_past_with_a_clock_time_today_happened",
         "Orsk shares fell 3 percent at 11am today.",
         PUBLISHED, listed_statuses("happened")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round35_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
