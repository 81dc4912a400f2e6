"""Round 61's categories (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    claim_with,
    count,
    dated,
    event,
    not_dated,
    status,
    what,
    what_starts,
)

CASES = [
    # extras: dates the set's rules make no event
    case("a_bound_with_not_on_its_own_preposition_is_no_date",
         ("Judge Mira Tallis said she would accept a majority verdict if the jurors could not "
          "all agree, but not before next Thursday."),
         dt.date(2025, 3, 7), not_dated("2025-03-13")),
    case("a_lower_bound_on_a_bare_participle_names_which_things",
         ("Customers who paid deposits on sofas ordered before August 29 have been told to claim "
          "through their banks."),
         dt.date(2024, 9, 11), not_dated("2024-08-29")),
    case("an_unreal_past_with_no_condition_told_is_no_event",
         ("\"A strike in May would have cost us more than the whole pay offer,\" said Lena "
          "Ostrova, the Orsk union's leader, on Friday."),
         dt.date(2025, 3, 7), not_dated("2024-05"), dated("2025-03-07")),
    case("an_unreal_past_in_a_relative_clause_keeps_the_plan_called_off",
         ("An open day that would have let residents walk the Orsk runway on Saturday, "
          "September 27, has been cancelled."),
         dt.date(2025, 9, 20), dated("2025-09-27")),
    case("a_bare_date_a_verb_of_remembering_takes_is_no_event",
         "\"Nobody in Orsk has forgotten last year,\" said the race director, Pim Adler.",
         dt.date(2026, 7, 30), not_dated("2025")),
    # splits
    case("a_past_when_clause_hung_on_an_infinitive_is_past_and_folded",
         ("The Orsk dispute ended on November 14, when members of the Dockers' Union voted to "
          "accept 4 percent."),
         dt.date(2026, 5, 19), count(1), what("2025-11-14", "The Orsk dispute ends")),
    case("a_first_counted_stage_retells_a_happening_done_in_waves",
         ("Lowmere Homes will close 24 of its 70 shops in three waves from next week, its "
          "administrators said on Tuesday.\n\nThe first eight stores, including the flagship on "
          "Quay Street in Tarnby, will close on Saturday, September 21."),
         dt.date(2024, 9, 11), not_dated("2024-09-21"),
         what("2024-W38", "The first eight stores close")),
    case("a_stage_done_first_retells_a_happening_done_in_stages",
         ("The new Orsk wing will open to patients in three stages from next month, the trust "
          "said on Friday.\n\nThe outpatient floor opens first, on Monday, March 8."),
         dt.date(2027, 2, 1), not_dated("2027-03-08"),
         what("2027-03", "The outpatient floor opens first")),
    case("a_reopening_with_a_day_of_its_own_is_no_end_of_the_shutdown",
         ("The Tarnby line will shut after the last train on Friday night and reopen at 6am on "
          "Tuesday, May 26."),
         dt.date(2026, 5, 19), dated("2026-05-22TNI"), dated("2026-05-26T06:00"),
         not_dated("2026-05-26")),
    case("a_day_joined_to_a_clock_by_on_is_the_clock_s_day",
         ("A public consultation on moving the Orsk maternity unit into the new wing closes at "
          "midnight on February 14."),
         dt.date(2027, 2, 1), count(1),
         event("2027-02-14T24:00", "A public consultation closes", "planned")),
    # subjects
    case("a_name_split_off_the_subject_s_phrase_is_no_second_subject",
         ("The jury in the fraud trial of the property developer Simon Hurst was sent out on "
          "Thursday afternoon to consider its verdict."),
         dt.date(2025, 3, 7), what_starts("2025-03-06TAF", "The jury")),
    case("a_name_after_the_subject_s_phrase_with_no_comma_is_no_apposition",
         ("The jury in the fraud trial of the property developer Simon Pryor was sent out on "
          "Thursday afternoon to consider its verdict."),
         dt.date(2025, 3, 7), what_starts("2025-03-06TAF", "The jury")),
    case("an_agent_s_name_split_off_a_reduced_relative_is_no_subject",
         ("A hardship fund run by the housing charity Orskhome has paid 40 families so far and "
          "will close on June 30."),
         dt.date(2025, 3, 7), what_starts("2025-06-30", "A hardship fund")),
    case("he_never_stands_for_a_plural_speaker",
         ("Martin Keel, 52, the founder of Tarn Homes, denies six counts of fraud. Prosecutors "
          "say he took £2 million from buyers in 2022."),
         dt.date(2025, 3, 7), what_starts("2022", "Martin Keel")),
    case("an_opening_it_after_a_sentence_about_a_thing_is_that_thing",
         ("The Orsk trial began on January 13. It had been due to start last October but was "
          "postponed in September."),
         dt.date(2025, 3, 7), what("2024-09", "The Orsk trial is postponed")),
    case("they_in_what_a_judge_told_the_jurors_is_the_jurors_and_a_direction",
         ("Judge Mira Tallis told the jurors on Thursday that they would not sit on Friday and "
          "should return to court at 10am on Monday."),
         dt.date(2025, 3, 7),
         event("2025-03-10T10:00", "The jurors return to court", "planned")),
    case("those_with_a_relative_clause_heads_the_sentence_the_parser_left_rootless",
         ("Those who cannot make the new date can transfer their entry to next year's Orsk race "
          "until Monday."),
         dt.date(2026, 7, 30), what_starts("2026-08-03", "Those transfer")),
    case("a_share_keeps_whom_it_counts",
         "In December, 41 percent of patients at Orsk General waited more than four hours.",
         dt.date(2027, 2, 1), what_starts("2026-12", "41 percent of patients")),
    case("a_number_ranked_last_takes_the_noun_counted_before",
         ("The first 12 Lowmere stores will close on Saturday, September 21. A second wave of "
          "14 will follow on October 5, and the last 12 will shut by the end of October."),
         dt.date(2024, 9, 11), what("2024-10", "The last 12 stores shut")),
    case("a_subjectless_conjunct_after_a_when_clause_is_the_main_clause_s",
         ("Work on the Orsk bridge stopped in 2023, when the builder, Tarn Civil, collapsed, and "
          "resumed in March 2024."),
         dt.date(2025, 3, 7), what("2024-03", "Work resumes")),
    # statuses
    case("a_plan_s_new_end_after_which_had_been_due_is_planned",
         ("Driver training, which had been due to finish next month, will continue on the Orsk "
          "line until the end of the year."),
         dt.date(2026, 5, 19), status("2026", "planned")),
    case("a_council_s_collections_cost_as_it_decides",
         "Garden waste collections in Orsk will cost £52 a year from June 1.",
         dt.date(2027, 2, 13), status("2027-06-01", "planned")),
    # claim kinds
    case("a_margin_given_roughly_is_a_statistic",
         ("The Orsk jury was sent out on Thursday afternoon, almost eight weeks after the trial "
          "opened."),
         dt.date(2025, 3, 7), claim_with("almost eight weeks after", "statistic")),
    case("a_lateness_counted_is_a_statistic",
         ("Work on the Orsk bridge was put back in March, when the steel arrived five weeks "
          "late."),
         dt.date(2026, 5, 19), claim_with("arrived five weeks late", "statistic")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round61_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
