"""Round 57's misses (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event. One row
checks the names an event lists (``named``), which the other rows' checks do not see."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    NO_EVENTS,
    Check,
    case,
    check,
    dated,
    event,
    not_dated,
    only,
    status,
    what_starts,
)

PUBLISHED = dt.date(2025, 9, 16)  # a Tuesday


def named(value: str, name: str) -> Check:
    """The event dated ``value`` lists ``name`` among its participants (on the events as
    listed, which keep their participants; the other rows' checks see descriptions only)."""
    return Check(f"{name!r} named by the event dated {value!r}",
                 lambda listed: any(e.when.value == value and name in e.participants
                                    for e in listed), part="listed")


CASES = [
    case("a_timetable_verb_read_as_the_object_of_before_with_a_compound_subject",
         ("Pim Adler quit the race on Monday night, leaving two rivals to fight for the votes of "
          "the party's 9,000 members before the ballot closes at noon on Thursday, October 2."),
         PUBLISHED, event("2025-10-02T12:00", "The ballot closes", "planned")),
    case("a_with_absolute_takes_the_plan_of_its_clause",
         ("Outpatient clinics at Orsk General will move in from April 20, with chemotherapy "
          "day care following in May."),
         dt.date(2026, 3, 5), status("2026-04-20", "planned"), status("2026-05", "planned")),
    case("a_second_with_absolute_the_parser_joined_to_the_clause_s_verb",
         ("Closing speeches at Lowmere Crown Court will follow, with the prosecution going "
          "first on Monday, November 25 and the two defence teams taking the rest of that "
          "week."),
         dt.date(2024, 11, 18), status("2024-11-25", "planned"), status("2024-W48", "planned")),
    case("a_plan_s_own_word_under_an_expectation_that_governs_it_is_expected",
         ("Ada Quill, the Orsk champion, is expected to decide by the end of the month. The "
          "Lowmere board could decide on Friday.\n\n"
          "Lawyers hope to seat a jury by Tuesday evening, and opening statements are set for "
          "Wednesday."),
         dt.date(2026, 5, 11), status("2026-05", "expected"), status("2026-05-15", "expected"),
         status("2026-05-13", "planned")),  # a hope in another clause governs no "set"
    case("a_participle_on_its_noun_read_as_the_verb_of_the_reported_clause",
         ("The Orsk Marathon has been put back to Sunday, October 5, after forecasters warned "
          "that the heatwave gripping southern Spain would last well into September, "
          "organisers said on Friday."),
         dt.date(2025, 8, 23), event("2025-09", "The heatwave lasts", "expected")),
    case("a_thing_due_before_the_end_of_the_year_is_planned",
         ("Orsk Mobile will also hold a smaller event in Lowmere on September 22 for its new "
          "earbuds, which are due in stores before the end of the year."),
         dt.date(2026, 9, 4), status("2026", "planned")),
    case("a_relative_clause_on_a_name_names_it",
         "Kestrel Mobile, which was founded in 2011, will close its Orsk plant in 2030.",
         dt.date(2026, 9, 4), dated("2011"), named("2011", "Kestrel Mobile")),
    case("a_day_named_right_after_a_length_counted_from_another_date",
         ("Orsk Mobile moved the launch to October 2 in August. Retailers in Lowmere will start "
          "taking orders a day later, on September 16."),
         dt.date(2026, 9, 4), dated("2026-09-16"), not_dated("2026-10-03")),
    case("a_negated_verb_of_forecasting_or_vouching_dates_nothing",
         ("\"I cannot promise anyone Christmas at home, but that is my aim,\" Judge Ada Quill "
          "told the jury. \"We are not forecasting blackouts this winter,\" said Pim Adler of "
          "the Orsk grid."),
         dt.date(2024, 11, 18), NO_EVENTS),
    case("a_clause_opened_by_than_is_the_point_of_comparison",
         ("But the Tarn 4 will not reach customers until October 9, a week later than Orsk "
          "Mobile told retailers in July."),
         dt.date(2026, 9, 4), dated("2026-10-09"), not_dated("2026-07")),
    case("a_participle_on_the_base_of_a_change_dates_the_base",
         "Inspectors found cracks in 14 tubes on Monday, up from six found in October.",
         dt.date(2027, 1, 13), dated("2027-01-11"), not_dated("2026-10")),
    case("the_infinitive_of_a_first_plan_moved_since_is_no_event",
         ("Orsk Mobile first planned to ship the phone in late September, then moved it to "
          "October 2 in August. Lowmere Mobile plans to ship its phone in late November."),
         dt.date(2026, 9, 4), not_dated("2026-09"), dated("2026-11")),
    case("a_norm_of_a_time_of_year_is_no_happening",
         ("The average high in Orsk in early October is 26C, Ada Quill noted. The average price "
          "of a home in Orsk rose 4 percent in March."),
         dt.date(2025, 8, 23), not_dated("2025-10"), dated("2025-03")),
    case("a_list_of_names_is_no_surname_with_its_full_name_in_apposition",
         ("Adler, Anthony Quill, 58, and Sandra Orsk, 55, deny conspiring to defraud about "
          "3,400 savers of £47 million between 2015 and 2021."),
         dt.date(2024, 11, 18), what_starts("2015", "Adler conspires")),
    case("a_conjunct_joined_to_an_adverbial_clause_its_auxiliary_does_not_agree_with",
         ("Orsk Mobile's shares fell 4 percent on Thursday afternoon after the delay was "
          "announced and have lost a fifth of their value since January."),
         dt.date(2026, 9, 4),
         only({"2026-09-03TAF": ("Orsk Mobile's shares fall 4 percent", "happened"),
               "2026-01": ("Orsk Mobile's shares lose a fifth of their value", "happened")})),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round57_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
