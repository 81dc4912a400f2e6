"""Rounds 37-38's categories (fictional people, places and firms): a gapped clause whose noun
the parser hung on the verb itself is a happening of its own (``secondary.verbless_conjunct``);
a happening counted after another is no finer retelling of one told before
(``counts.later_count``, ``merge.retold_finer``)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import NO_EVENTS, case, check, count, dated, dates, event, not_dated, status

PUBLISHED = dt.date(2026, 9, 16)  # a Wednesday


CASES = [
    case("a_gapped_clause_hung_on_the_verb_is_its_own_happening",
         "A second group of 9 Orsk shops will close in November, and the last 6 in December.",
         PUBLISHED, event("2026-12", "The last 6 close", "planned"), status("2026-11", "planned")),
    # the first: one event
    case("a_second_strike_is_no_finer_retelling_of_the_month",
         ("Nurses in Tarnby will walk out next month, the union said. The first walkout will "
          "be held on Wednesday, October 7, and a second, two-day strike on October 20 and 21."),
         PUBLISHED,
         event("2026-10-20", "A second, two-day strike is held", "planned"),
         dated("2026-10"),
         not_dated("2026-10-07")),
    case("the_first_of_several_still_retells_the_month",
         ("Tarnby's bus drivers will strike next month. The first strike will be held on "
          "October 7."),
         PUBLISHED, count(1)),
    case("a_first_plan_set_for_a_date_and_its_then_move_are_stages_replaced",
         ("The Orsk ferry's first sailing has been delayed again and is now planned for "
          "November 24. It was first set for September 20 and then moved to November 10."),
         dt.date(2026, 11, 5), dates("2026-11-24")),
    case("a_move_in_the_perfect_after_a_first_plan_gives_the_date_that_stands",
         ("A town hall at which Ada Quill is to answer questions, first set for April 15, has "
          "been moved to April 29."),
         dt.date(2027, 4, 8), dates("2027-04-29")),
    case("a_set_up_first_is_no_plan",
         "The Orsk choir was first set up in 1990.",
         dt.date(2027, 4, 8), dates("1990")),
    case("a_bare_conjunct_shares_the_must_of_its_verb",
         ("The Tarnby clerk has ten days to check the names and must approve or reject the "
          "petition by May 6."),
         dt.date(2027, 4, 22), status("2027-05-06", "planned")),
    case("probably_makes_a_passive_future_a_forecast",
         "Ada Quill said that a vote would probably be held in early August.",
         dt.date(2027, 4, 22), status("2027-08", "expected")),
    case("a_bare_infinitive_has_the_tense_of_the_verb_it_completes",
         ("Orsk Air expects to take delivery of two jets in the autumn, and its pilots begin "
          "pay talks with management on February 16."),
         dt.date(2027, 2, 9), status("2027-02-16", "planned")),
    case("a_conference_and_a_review_keep_their_timetable",
         ("The union's national conference will vote next spring on a ballot. A review of bus "
          "fares will report in the summer."),
         PUBLISHED, status("2027-SP", "planned"), status("2027-SU", "planned")),
    case("a_clock_time_beats_its_day_on_one_predicate",
         "On race day, Sunday, April 18, the elite women in Orsk start at 8.30am.",
         dt.date(2027, 4, 6), dates("2027-04-18T08:30")),
    case("a_headline_day_retells_the_bodys_clock_time",
         ("Quill to be sworn in on June 1\n\nAda Quill will be sworn in on June 1 at noon in "
          "front of the Orsk parliament."),
         dt.date(2026, 5, 12), dates("2026-06-01T12:00")),
    case("a_plan_joined_to_an_aside_and_called_off_on_a_bare_date_is_none",
         ("The Orsk route, announced in November and due to launch on April 12, was cancelled "
          "last week."),
         dt.date(2027, 2, 9),
         not_dated("2027-04-12"),
         not_dated("2026-04-12"),
         status("2027-W05", "happened")),
    case("the_choice_a_preference_is_weighed_against_is_no_event",
         ('"We would rather pull a route now than let customers down at the gate in April," '
          "Ada Quill said."),
         dt.date(2027, 2, 9), NO_EVENTS),
    case("a_date_pencilled_in_and_brought_forward_is_a_plan_replaced",
         ("The Orsk hosepipe ban takes effect on Monday, August 24. It had been pencilled in "
          "for September 1 but was brought forward."),
         dt.date(2026, 8, 21), not_dated("2026-09-01")),
    case("a_level_the_subject_is_set_against_is_no_event",
         ("Starting pay in Orsk is 9 percent below its level in 2019. The Orsk river was above "
          "its banks in March."),
         PUBLISHED, dates("2026-03")),
    case("a_negated_amount_since_a_date_counts_none",
         ("Orsk Rovers have not spent more than £10 million on a player since 2023. Pim Adler "
          "has not played since February."),
         dt.date(2027, 1, 31), dates("2026-02")),
    case("a_report_between_its_condition_and_its_clause_is_conditional",
         ("If no deal is reached by the end of October, the Orsk union says, it will ballot "
          "members again through the winter."),
         PUBLISHED, NO_EVENTS),
    case("a_condition_inside_what_someone_warns_of_leaves_a_forecast",
         ("Ada Quill warned that if the autumn turned dry, a new ban in Orsk could be needed "
          "as early as next spring."),
         PUBLISHED, status("2027-SP", "expected")),
    case("a_wave_counted_alike_retells_the_group_at_a_finer_date",
         ("A second group of 9 Orsk shops will close in November. Shops in the second wave, "
          "among them the Tarnby branch, will close their doors on November 28."),
         PUBLISHED, count(1)),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round37_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
