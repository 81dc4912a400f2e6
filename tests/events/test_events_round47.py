"""Round 47's misses and round 48's (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    dates,
    event,
    events_of,
    only,
    status,
    what,
    what_has,
    what_starts,
)

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 2, 16)  # a Tuesday


def kinds_of(nlp, text: str, published: dt.date = PUBLISHED) -> list[str]:
    """The kind of every claim ``extract_doc`` finds."""
    return [c.kind for c in extract_doc(nlp(text), published).claims]


CASES = [
    case("a_due_date_that_a_but_clause_overtook_is_no_event",
         ("Work on the Orsk lido began in December and was due to finish in January, but "
          "divers found a cracked pipe on January 8."),
         PUBLISHED, dates("2026-12", "2027-01-08")),
    case("a_counterfactual_if_clause_with_a_participle_makes_no_event",
         ("The Orsk library reopened on Monday. If the library had stayed closed until June, "
          "the council would have lost its grant, the mayor added."),
         PUBLISHED, dates("2027-02-15")),
    case("a_rejected_proposal_keeps_only_the_rejection",
         ("Two hustings are planned. A third, proposed for June 8, was rejected by the Orsk "
          "council on Friday."),
         dt.date(2027, 4, 24), dates("2027-04-23"), status("2027-04-23", "happened")),
    case("a_plan_cancelled_without_a_date_is_dated_by_the_plan_and_happened",
         ("A reading at Orsk library, planned for March 20, has been cancelled because the "
          "author is ill."),
         PUBLISHED, status("2027-03-20", "happened")),
    case("each_gapped_place_with_its_date_is_a_happening",
         ("Bus drivers in Orsk will walk out on March 1, in Tarn on March 8 and in Lowmere on "
          "March 15."),
         PUBLISHED,
         only({
             "2027-03-01": ("Bus drivers in Orsk walk out", "planned"),
             "2027-03-08": ("Bus drivers in Tarn walk out", "planned"),
             "2027-03-15": ("Bus drivers in Lowmere walk out", "planned"),
         })),
    case("a_body_named_in_an_aside_plans_what_it_says_it_would_do",
         ("The biggest union, Unite Orsk, said it would challenge the ruling in court next "
          "month."),
         PUBLISHED, event("2027-03", "Unite Orsk challenges the ruling", "planned")),
    case("a_body_led_by_a_person_stays_the_body",
         ("The opposition Orsk Party, led by Vera Lind, said it would publish its manifesto "
          "next week."),
         PUBLISHED, event("2027-W08", "Orsk Party publishes its manifesto", "planned")),
    case("a_dropped_plan_keeps_only_the_dropping",
         ("A plan to close the Orsk lido from January was dropped on Thursday after swimmers "
          "protested."),
         dt.date(2026, 9, 12), dates("2026-09-10")),
    case("a_plan_pushed_back_keeps_only_the_new_date",
         "The Orsk regatta, scheduled to start in mid-March, has been pushed back to April 9.",
         dt.date(2027, 1, 18), dates("2027-04-09")),
    case("a_plan_replaced_by_now_is_planned_and_its_old_date_no_event",
         ("The Orsk league season, originally due to end on March 14, will now finish on April "
          "4."),
         dt.date(2027, 1, 18),
         only({"2027-04-04": ("The Orsk league season finishes", "planned")})),
    case("going_ahead_as_planned_beside_a_cancellation_is_planned",
         ("A concert in Orsk, scheduled for April 25, has been cancelled, but a street parade "
          "will go ahead on May 9 as planned."),
         dt.date(2026, 3, 18), status("2026-05-09", "planned")),
    case("a_date_on_a_describing_participle_dates_the_clause",
         ("Orsk will start screening people aged 50 and over for bowel cancer later this "
          "month, the health board said on Friday."),
         dt.date(2026, 9, 12), event("2026-09", "Orsk starts screening people", "planned")),
    case("a_kind_of_days_is_no_date",
         ("The Orsk league will play its last games in April, with most of the postponed "
          "matches slotted into midweek dates."),
         dt.date(2027, 1, 18), dates("2027-04")),
    case("a_relative_clause_after_a_dated_noun_is_the_dated_happening",
         ("The Orsk union said on Friday that the closure was avoidable, pointing to a survey "
          "in 2023 that found damp in most classrooms."),
         PUBLISHED, what_starts("2023", "A survey finds")),
    case("a_past_date_on_what_is_asked_for_dates_the_asking",
         "The Orsk club asked the council for permission to extend its stand in June.",
         dt.date(2026, 10, 9), only({"2026-06": ("The Orsk club asks the council", "happened")})),
    case("a_coming_date_on_what_is_asked_for_stays_its_own",
         "The Orsk club sought approval to build a stand in 2028.",
         dt.date(2026, 10, 9), what_has("2028", "builds")),
    case("it_after_a_plural_subject_stands_for_the_object",
         "Engineers inspected the Orsk bridge in May, and it reopened in June.",
         PUBLISHED, what("2026-06", "The Orsk bridge reopens")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round47_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_a_plan_postponed_to_a_new_date_stays_planned(nlp):
    events = events_of(nlp, "A reading at Orsk library, planned for March 6, has been "
                            "postponed to March 20.", PUBLISHED)
    assert events.get("2027-03-20", ("", "planned"))[1] == "planned", events


def test_an_ordinal_before_a_count_is_a_figure(nlp):
    assert kinds_of(nlp, "The first 40,000 doses of the Orsk flu vaccine were delivered on "
                         "Tuesday.") == \
        ["statistic"]


def test_an_ordinal_that_only_says_which_one_stays_a_statement(nlp):
    assert kinds_of(nlp, "The first patient was admitted to the Orsk clinic on Tuesday.") == \
        ["statement"]


def test_a_dated_hearing_keeps_its_date_before_its_relative_clause(nlp):
    events = events_of(nlp, "Parents were divided at a public hearing on Feb. 9 that drew more "
                            "than 300 people.", PUBLISHED)
    assert "hearing" not in events["2027-02-09"][0].split()[:3], events
