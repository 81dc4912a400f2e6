"""Round 49's misses and round 50's (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    NO_EVENTS,
    case,
    check,
    count,
    dated,
    dates,
    event,
    not_dated,
    only,
    status,
    what,
)

PUBLISHED = dt.date(2027, 2, 13)  # a Saturday


CASES = [
    case("it_in_what_a_named_firm_says_it_plans_is_the_firm",
         ("TARNBY, Norway, Feb. 13 — The Orsk mine reopened on Friday, the regional office "
          "said.\n\n"
          "Brask Mining said it planned to restart the second shaft on March 1."),
         PUBLISHED, event("2027-03-01", "Brask Mining restarts the second shaft", "planned")),
    case("it_in_what_a_company_says_is_the_company_never_the_datelines_place",
         ("VELMAR, Scotland, Feb. 13 — The launch of the Orsk-2 probe was scrubbed on Friday, "
          "operator Ada Launch said.\n\n"
          "The company said it would try again in the middle of next week."),
         PUBLISHED, event("2027-W07", "The company tries", "planned")),
    case("it_in_what_a_person_says_is_no_body",
         "Ada Quill said it would reopen on July 18.",
         PUBLISHED, what("2027-07-18", "It reopens")),
    case("an_act_fixing_the_day_in_a_later_clause_retells_the_happening",
         ("The Orsk assembly will take up the Senate's version next week, and Speaker Ada "
          "Quill has scheduled the vote for March 24."),
         dt.date(2027, 3, 18),
         only({"2027-W12": ("The Orsk assembly takes up the Senate's version", "planned")})),
    case("an_act_fixing_the_day_in_the_next_sentence_keeps_the_forecast",
         ("The third stage could start next month if no rain falls. Its director, Pim Adler, "
          "later put the likeliest date at August 16."),
         dt.date(2027, 7, 19), only({"2027-08": ("The third stage starts", "expected")})),
    case("a_day_set_for_the_start_of_a_happening_told_before_is_that_happening",
         ("Jury selection in the Orsk fraud trial will begin next week. Judge Ada Quill has "
          "set Monday, January 18, for the start of selection."),
         dt.date(2027, 1, 14), dates("2027-W03")),
    case("an_acts_own_date_and_a_phrasal_set_off_stay_apart",
         ("The company said it would try again next week, and on Saturday set Wednesday as the "
          "new target."),
         dt.date(2027, 2, 14), dated("2027-02-13")),
    case("an_acts_own_date_and_a_phrasal_set_off_stay_apart/2",
         "The Orsk race starts next week. The elite women will set off at 8:40 a.m. on Sunday.",
         dt.date(2027, 4, 14), count(2)),
    case("a_pronoun_retelling_a_coming_happening_at_its_day_is_that_happening",
         ("The Orsk gallery's top floor will open next month. Director Ada Quill confirmed on "
          "Monday that it would open on July 18."),
         dt.date(2026, 6, 9),
         event("2026-07", "The Orsk gallery's top floor opens", "planned"),
         not_dated("2026-07-18")),
    case("may_letting_people_go_back_is_a_permission",
         "Residents of Orsk may go back from 8am on October 20. Snow may return on October 22.",
         dt.date(2026, 10, 18),
         status("2026-10-20T08:00", "planned"),
         status("2026-10-22", "expected")),
    case("now_against_a_replaced_date_or_a_plan_told_before_is_the_new_arrangement",
         ("Brask said on Friday that the first bikes would now reach customers in September "
          "rather than June."),
         dt.date(2027, 4, 12), status("2027-09", "planned")),
    case("now_against_a_replaced_date_or_a_plan_told_before_is_the_new_arrangement/2",
         ("Counting had been due to start at Orsk Leisure Centre but was moved on Thursday "
          "afternoon. Counting will now begin at 9am on Saturday."),
         dt.date(2027, 5, 21), event("2027-05-22T09:00", "Counting begins", "planned")),
    case("a_conjunct_sharing_the_conditioned_modal_is_conditional",
         ("If inspectors find breaches, the Orsk firm could be fined and the plant shut until "
          "2028. The council will vote on the plan in May and publish the results in June."),
         dt.date(2027, 3, 1), dates("2027-05", "2027-06")),
    case("a_condition_held_by_a_saying_verb_set_off_as_a_clause_covers_the_report",
         ("If Orsk votes to leave, the government has said, a new town council would be "
          "elected in May 2028."),
         dt.date(2027, 5, 21), NO_EVENTS),
    case("a_year_dating_a_figure_set_against_another_makes_no_event",
         "The Orsk museum expects 400,000 visits next year, against 310,000 in 2022.",
         dt.date(2026, 6, 9), not_dated("2022")),
    case("a_relative_due_date_on_the_subject_of_a_move_is_a_plan_replaced",
         "A fare rise in Orsk that was due on January 1 has been put back to March 1.",
         dt.date(2026, 12, 2), dates("2027-03-01")),
    case("a_relative_due_date_on_the_subject_of_a_move_is_a_plan_replaced/2",
         "A payment that was due on Monday was made on Tuesday.",
         dt.date(2026, 12, 2), dates("2026-11-30", "2026-12-01")),
    case("a_since_date_on_the_gerund_a_bar_keeps_from_dates_the_bar",
         "Orsk farmers have been barred from drawing river water since June 1.",
         dt.date(2027, 7, 19), only({"2027-06-01": ("Orsk farmers are barred", "happened")})),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round49_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
