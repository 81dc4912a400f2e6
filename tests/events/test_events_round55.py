"""Round 55's misses (fictional people, places and firms), one case per category of writing:
what ``events.yaml``'s and ``claim_cues.yaml``'s examples cannot show on their own, whole
articles' sentences with their claims, more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    claim_of_all,
    dated,
    event,
    listed,
    not_dated,
    status,
    what,
    what_lacks,
)

PUBLISHED = dt.date(2027, 2, 16)  # a Tuesday


CASES = [
    # the parser reads "close" as an adverb on "applications", a conjunct of "hand"
    case("a_timetable_verb_read_as_an_adverb_after_a_conjoined_noun_phrase",
         ("Candidates in Orsk have until Friday, March 5, to hand in their papers, and "
          "applications for postal votes close on March 11."),
         PUBLISHED, event("2027-03-11", "Applications for postal votes close", "planned")),
    case("a_clock_written_right_before_its_day_dates_a_deadline",
         "Candidates in Orsk have until noon on Friday, March 5, to hand in their papers.",
         PUBLISHED, status("2027-03-05T12:00", "planned"), not_dated("2027-03-05")),
    case("a_bare_ordinal_subject_takes_the_noun_counted_before",
         ("The two Orsk broadcasters have agreed to hold three televised debates. The first, on "
          "the channel Orsk One, is on Tuesday, March 9, and the second follows on March 16.\n\n"
          "The first of about 600 evacuated residents returned on Friday."),
         PUBLISHED,
         what("2027-03-09", "The first debate is"),
         what("2027-03-16", "The second debate follows"),
         what_lacks("2027-02-12", "debate")),  # "The first of ..." names its own
    case("a_plan_told_in_a_relative_clause_on_what_was_called_off",
         ("A fun run that would have let families run the Orsk bypass on Saturday, March 20, "
          "has been cancelled."),
         PUBLISHED,
         event("2027-03-20", "A fun run is cancelled", "happened"),
         claim_of_all("statement")),  # the plan predicts nothing now
    case("the_same_verb_told_again_with_now_at_a_finer_day_is_the_plan_s_new_day",
         ("The Orsk Maritime Museum will reopen to the public next month, its director said on "
          "Friday.\n\nThe museum closed in April 2025 and had been due to reopen last autumn. It "
          "will now reopen on Saturday, May 16, with free entry.\n\n"
          "Lowmere's new pier will not open until next spring. The pier had been due to open on "
          "October 1. It will now open on Monday, March 29."),
         dt.date(2026, 4, 5),
         dated("2026-05"), not_dated("2026-05-16"), dated("2027-SP"), not_dated("2027-03-29")),
    case("a_thing_s_clock_time_retells_no_saying_of_its_day",
         ("Storm Orla will reach Lowmere late on Monday night, the Orsk weather service said on "
          "Saturday morning.\n\nShelters at three inland schools opened at noon on Saturday."),
         dt.date(2025, 8, 30), what("2025-08-30T12:00", "Shelters open")),
    case("a_holiday_naming_a_happening_and_its_plan_s_day_are_one_date",
         "The Orsk Labor Day parade, planned for Monday, has been cancelled.",
         dt.date(2025, 8, 30), listed([("2025-09-01", "happened")])),
    case("a_meeting_first_called_for_a_day_and_moved_since_is_the_plan_replaced",
         ("Orsk Mills' shareholders will vote on the deal at a general meeting on December 15. "
          "The meeting, first called for December 1, was pushed back by two weeks."),
         dt.date(2026, 11, 23), dated("2026-12-15"), not_dated("2026-12-01")),
    case("an_expectation_in_the_past_perfect_replaced_by_a_new_one_is_no_event",
         ("Orsk Mills had first expected the deal to complete in the first quarter of 2027 and "
          "now expects completion in the third quarter."),
         dt.date(2026, 11, 23), not_dated("2027-Q1")),
    case("a_coming_date_on_a_report_s_topic_dates_the_report",
         ("Dr Ada Quill said the Orsk health board would publish a full report on the outbreak "
          "in July."),
         dt.date(2024, 5, 10),
         event("2024-07", "The Orsk health board publishes a full report on the outbreak",
               "planned")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round55_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
