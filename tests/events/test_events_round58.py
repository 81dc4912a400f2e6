"""Round 58's misses (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event, and the
pronouns a story's earlier sentences settle."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    dated,
    not_dated,
    status,
    times_dated,
    what_has,
    what_lacks,
    what_starts,
)

PUBLISHED = dt.date(2025, 2, 22)  # a Saturday

CASES = [
    case("a_council_s_charges_and_centre_change_as_it_decides",
         ("The Orsk budget includes £2.1 million of savings. The Quill Lane day centre will "
          "close in July, and parking charges in the town centre will rise by 40p an hour from "
          "May."),
         PUBLISHED, status("2025-07", "planned"), status("2025-05", "planned")),
    case("a_ship_keeps_its_voyage_s_timetable",
         ("The research ship Tarnvik will leave Lowmere on Wednesday night. The ship will call "
          "at the port of Orsk on March 27 to change part of its crew."),
         PUBLISHED, status("2025-03-27", "planned")),
    case("he_after_his_counterpart_named_is_the_counterpart_s_owner",
         ("Foreign Minister Pablo Arenque left Lowmere on Tuesday night for a tour of the "
          "islands.\n\n"
          "Arenque lands in Velmar on Thursday and is due to sign a fishing pact with his "
          "Orskan counterpart, Mira Talvik, on Friday morning. Officials closed the text in "
          "January. Both countries first agreed to talk in 2021.\n\n"
          "From Velmar he travels to Tarnvik for talks over the weekend."),
         dt.date(2025, 3, 12), what_starts("2025-W11-WE", "Pablo Arenque travels")),
    case("a_person_titled_by_a_post_is_not_what_it_stands_for",
         ("Orsk Air will keep flying while it restructures, but it will cancel all 12 of its "
          "routes to Lowmere from October 1, chief executive Ivo Brand said in a letter to "
          "staff on Tuesday."),
         dt.date(2026, 9, 29), what_lacks("2026-10-01", "Ivo Brand")),
    case("a_number_of_a_workforce_is_told_with_whom_it_counts",
         "About 300 of the firm's 2,100 staff will lose their jobs on October 31.",
         dt.date(2026, 9, 29), what_has("2026-10-31", "staff"), status("2026-10-31", "planned")),
    case("a_past_due_date_the_next_sentence_moves",
         ("The survey ship Orla was due to sail on April 3. The institute postponed the "
          "departure on Thursday, when a northerly wind pushed the ice back."),
         dt.date(2027, 4, 12), not_dated("2027-04-03"), times_dated("2027-04-08", 1)),
    case("a_first_move_moved_again_then",
         ("The institute first put the departure of the Orla back to April 8, then postponed "
          "it again on Thursday, when a northerly wind pushed the ice back."),
         dt.date(2027, 4, 12), times_dated("2027-04-08", 1)),
    case("a_setting_the_parser_hung_on_the_verb_s_object_dates_the_verb",
         "The tribunal is due to rule on a merger at a hearing on November 16.",
         dt.date(2026, 9, 29), what_starts("2026-11-16", "The tribunal rules")),
    case("a_gerund_giving_talks_their_topic_is_no_happening_of_its_own",
         ("Orskan and Velmari negotiators will resume talks on updating their fishing pact on "
          "Thursday, March 20."),
         dt.date(2025, 3, 12), what_has("2025-03-20", "resume talks")),
    case("a_deadline_asked_of_others_is_theirs_and_planned",
         "Insurers have asked policyholders in Orsk to lodge claims by March 31.",
         dt.date(2024, 2, 9), status("2024-03-31", "planned"),
         what_starts("2024-03-31", "Policyholders")),
    case("an_asking_still_to_come_keeps_its_own_date",
         "Verosa plans to ask regulators to approve the drug by the end of September.",
         dt.date(2025, 6, 1), what_starts("2025-09", "Verosa asks")),
    case("a_day_named_before_a_walkout_a_dated_calling_off_drops",
         "The Orsk drivers' union called off the Saturday walkout on Thursday night.",
         dt.date(2026, 11, 7), not_dated("2026-11-07"), dated("2026-11-05TNI")),
    case("a_condition_opened_by_had_the_parser_made_the_head_of_its_clause",
         ("An Orsk Rail spokesman said that had Saturday's walkout gone ahead, it would have hit "
          "thousands of fans."),
         dt.date(2026, 11, 7), not_dated("2026-11-07")),
    case("a_had_with_its_own_subject_is_no_condition",
         "Lowmere Rovers had two offers turned down in June before agreeing the fee.",
         dt.date(2026, 8, 1), dated("2026-06")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round58_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
