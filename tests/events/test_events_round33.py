"""Round 33 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, listed_as, listed_dates, not_dated

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


CASES = [
    case("the_closure_beginning_at_a_time_retells_the_closing_told_by_its_month",
         ("Orsk Harbour will close its main quay next month for repairs, the port said on "
          "Tuesday. The closure will begin at 6am on July 3."),
         PUBLISHED, not_dated("2026-07-03T06:00"), dated("2026-07")),
    case("a_closure_beginning_outside_the_month_stays_its_own",
         ("Orsk Harbour will close its main quay next month for repairs, the port said on "
          "Tuesday. The closure will begin at 6am on Aug. 3."),
         PUBLISHED, dated("2026-08-03T06:00")),
    case("the_debate_starting_at_a_clock_time_retells_the_evening_it_is_set_in",
         ("Mayor Ilse Varga and her rival Pim Adler will face each other in the first of "
          "three debates on Sunday evening. The debate, hosted by Orsk Radio, starts at "
          "7pm and will focus on housing."),
         PUBLISHED, not_dated("2026-06-14T19:00"), dated("2026-06-14TEV")),
    case("a_clock_time_outside_the_part_of_the_day_stays_its_own",
         ("Mayor Ilse Varga and her rival Pim Adler will face each other in the first of "
          "three debates on Sunday morning. The debate, hosted by Orsk Radio, starts at "
          "7pm and will focus on housing."),
         PUBLISHED, dated("2026-06-14T19:00")),
    case("a_window_that_opens_and_closes_is_one_span",
         "Postal voting in Orsk opens on June 15 and closes on June 26.",
         PUBLISHED, listed_dates("2026-06-15"), listed_as("mentions", [1])),
    case("a_tour_that_opens_and_ends_tells_two_shows",
         "The Orsk tour opens in Tarn on June 15 and ends in Lowmere on July 26.",
         PUBLISHED, dated("2026-06-15"), dated("2026-07-26")),
    case("findings_due_on_a_day_retell_the_report_told_by_its_season",
         ("The Orsk health board opened a review of the clinic on Monday and will report in "
          "the autumn. Its findings are due on Oct. 28, the board said."),
         PUBLISHED, not_dated("2026-10-28"), dated("2026-FA")),
    case("findings_due_outside_the_season_stay_their_own",
         ("The Orsk health board opened a review of the clinic on Monday and will report in "
          "the autumn. Its findings are due on Jan. 28 next year, the board said."),
         PUBLISHED, dated("2027-01-28")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round33_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
