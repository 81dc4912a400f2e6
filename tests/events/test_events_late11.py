"""Session 11's late fixes, by category (fictional people, places and firms): a clock time
told by a common noun on the day of the one event told before is that event's hour
(``merge.clock_retelling``)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    dated,
    dates_starting,
    no_date_with,
    no_status,
    status,
    times_dated,
    what_has,
    what_lacks,
    what_starts,
)

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


CASES = [
    case("a_start_noun_giving_the_hour_retells_the_fixture_of_that_evening",
         ("The Orsk derby against Lowmere has been postponed and will now be played on "
          "Friday evening. Officials inspected the pitch on Tuesday morning. Kick-off on "
          "Friday is at 7.45pm."),
         PUBLISHED, dates_starting("2026-06-12T19", 0), dates_starting("2026-06-12", 1)),
    case("a_definite_noun_at_a_clock_time_retells_the_one_happening_of_that_day",
         ("The Lowmere Book Fair opens in Tarnby tomorrow with a reading by Ada Quill. "
          "Quill will sign copies before the gala reading at 7pm on Thursday at the Corn "
          "Exchange."),
         PUBLISHED, times_dated("2026-06-11", 1), no_date_with("T19")),
    case("someone_who_acts_at_a_clock_time_does_another_thing",
         ("The fire started on the afternoon of June 5 near a campsite north of Tarnby. "
          "Police ordered the evacuation of Tarnby at 9 p.m. on June 5."),
         PUBLISHED, dated("2026-06-05T21:00")),
    case("a_day_of_several_clock_times_is_a_timetable_of_happenings",
         ("The Orsk marathon is held on Sunday. The race starts at 8am on Sunday. "
          "The roads reopen at 2pm on Sunday."),
         PUBLISHED, dated("2026-06-14T08:00"), dated("2026-06-14T14:00")),
    case("a_clock_time_with_two_happenings_on_its_day_before_stays_apart",
         ("Orsk Council votes on the budget on Friday. The Lowmere library reopens on Friday "
          "after repairs. The doors open at 10am on Friday."),
         PUBLISHED, dated("2026-06-12T10:00")),
    case("a_name_beside_a_work_noun_is_a_title_and_she_is_its_owner",
         ("Ada Quill has cancelled two shows in Tarnby. Quill's third album, Salt Lanterns, "
          "came out in March. She toured Lowmere in 2024."),
         PUBLISHED, what_starts("2024", "Ada Quill tours")),
    case("a_work_noun_with_no_owner_is_passed_over",
         ("Ada Quill will play in Tarnby next week. The film, Salt Lanterns, opened in March. "
          "She toured Lowmere in 2024."),
         PUBLISHED, what_lacks("2024", "Salt Lanterns")),
    case("a_person_named_beside_a_role_noun_is_still_the_subject",
         ("His deputy, Pim Adler, met the Orsk council on Monday. He left for Lowmere on "
          "Tuesday."),
         PUBLISHED, what_starts("2026-06-09", "Pim Adler")),
    # the parser takes this "Reilly" for an adverb ("really"), with the age its apposition
    case("a_surname_with_an_age_the_parser_left_roleless_is_what_he_stands_for",
         ("Jury selection began on Monday in the trial of former Orsk Ferries director Colm "
          "Reilly.\n\nJudge Ada Quill told Lowmere Crown Court that she expected a verdict "
          "soon.\n\nReilly, 52, has denied fraud. He was charged in October 2025."),
         PUBLISHED, what_has("2025-10", "Reilly"), what_lacks("2025-10", "Quill")),
    case("a_base_form_the_parser_joined_to_a_simple_past_is_a_timetable_present",
         "The night markets on the Orsk quay, dropped last year after floods, return on Friday.",
         PUBLISHED, status("2026-06-12", "planned")),
    case("a_past_joined_to_a_past_is_still_a_past",
         "The Orsk quay markets closed last year and reopened on Friday.",
         PUBLISHED, no_status("planned")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_late11_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
