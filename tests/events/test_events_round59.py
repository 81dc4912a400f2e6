"""Round 59's misses (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    claim_of_all,
    dated,
    event,
    not_dated,
    status,
    times_dated,
    what_starts,
)

PUBLISHED = dt.date(2026, 10, 5)  # a Monday

CASES = [
    case("a_thing_a_body_sends_out_follows_as_arranged",
         ("Reminder letters for the Orsk clinics went out on Thursday, and text messages will "
          "follow next week."),
         PUBLISHED, status("2026-10-01", "happened"), status("2026-W42", "planned")),
    case("a_thing_sent_out_starting_to_go_out_is_arranged_too",
         ("Booster invitations for Lowmere residents will start going out in November, the "
          "Orsk health board said."),
         PUBLISHED, status("2026-11", "planned")),
    case("a_participle_on_a_thing_a_body_grants_is_arranged",
         ("The Orsk Cricket Board said on Saturday that fans holding tickets for the lost days "
          "would get full refunds, paid by January 31."),
         dt.date(2024, 12, 15), status("2025-01-31", "planned")),
    case("a_passive_fixed_for_a_coming_day_is_a_plan",
         ("The inquest into the death of an Orsk cyclist was opened and adjourned on "
          "Wednesday, and the full hearing has been fixed for September 20."),
         dt.date(2027, 3, 11), status("2027-03-10", "happened"), status("2027-09-20", "planned"),
         claim_of_all("prediction")),
    case("a_repair_fixed_on_a_past_day_happened",
         "The fault on the Lowmere line was fixed on Monday.",
         dt.date(2027, 3, 11), status("2027-03-08", "happened")),
    case("an_active_fixing_verb_for_a_day_dates_its_object_and_the_when_clause",
         ("Coroner Ada Quill set a pre-inquest review for Tuesday, June 8, when she will decide "
          "whether a jury is needed."),
         dt.date(2027, 3, 11), times_dated("2027-06-08", 2), status("2027-06-08", "planned")),
    case("an_active_fixing_verb_for_a_year_says_what_its_object_covers",
         "The Orsk council set its budget for 2027 on Monday.",
         dt.date(2026, 11, 4), dated("2026-11-02"), not_dated("2027")),
    case("a_future_of_holding_negated_calls_the_plan_off",
         ("A confidence vote that had been set for next Tuesday will no longer take place, "
          "Pim Adler said."),
         dt.date(2025, 9, 17), status("2025-09-23", "happened"),
         what_starts("2025-09-23", "A confidence vote")),
    case("the_object_of_a_request_by_a_date_does_what_is_asked",
         ("Coroner Ada Quill asked the van's owner, Lowmere Freight, to hand over its "
          "tracking data by April 30."),
         dt.date(2027, 3, 11),
         event("2027-04-30", "Lowmere Freight hands over its tracking data", "planned")),
    case("a_request_still_to_be_made_is_dated_itself",
         ("Kestrel Pharma plans to ask regulators in Orsk to approve the drug by the end of "
          "September."),
         dt.date(2027, 2, 20), what_starts("2027-09", "Kestrel Pharma asks")),
    case("a_showing_a_body_holds_for_guests_is_arranged",
         ("Friends and pupils from Lowmere schools will get a preview on the evening of "
          "Thursday, April 15."),
         dt.date(2027, 2, 20), status("2027-04-15TEV", "planned")),
    case("a_place_kept_closed_to_traffic_is_kept_so_by_whoever_runs_it",
         ("The Orsk swing bridge will stay closed to traffic until September, the Lowmere "
          "council said on Monday. Prices in Orsk will stay high until March."),
         dt.date(2025, 6, 10), status("2025-09", "planned"), status("2026-03", "expected")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round59_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
