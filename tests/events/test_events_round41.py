"""Rounds 41-42's categories (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, a whole article's worth of sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    NO_EVENTS,
    case,
    check,
    dated,
    dates,
    dates_in_order,
    event,
    events_of,
    not_dated,
    status,
    what,
    what_has,
    what_starts,
)

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


CASES = [
    case("a_plan_set_off_after_a_prepositional_phrase_is_called_off",
         ("A walkout at the Orsk council's waste depot, planned for March 3, was called off on "
          "February 26 after managers agreed a deal."),
         PUBLISHED, dates("2027-02-26"), status("2027-02-26", "happened")),
    case("a_past_when_clause_is_part_of_the_happening_it_dates",
         "The Tarnby pool was shut on February 2, when a pipe burst under its main hall.",
         PUBLISHED, dates_in_order("2027-02-02")),
    case("an_it_before_its_saying_verb_is_the_thing_told_before",
         ("The second phase, the rebuilding of the Orsk pier, is due to start in May. It "
          "should be finished by the end of August, the council said."),
         PUBLISHED, what("2027-08", "The second phase is finished")),
    case("an_it_a_person_reports_is_the_thing_the_sentence_before_was_about",
         ("A ban on fireworks in Tarnby, in force since January, will be lifted next month, "
          "the county said. Parks chief Ada Quill said later that it would end on April 6."),
         PUBLISHED, dates_in_order("2027-04")),
    case("and_it_after_a_person_acts_on_a_thing_is_that_thing",
         ("Governor Pim Adler is due to sign the budget into law in June, and it takes effect "
          "on July 1."),
         PUBLISHED, what("2027-07-01", "The budget takes effect")),
    case("a_firm_that_says_it_will_is_it",
         ("A public meeting on the Orsk works will be held on Thursday. Bus operator Tarnlink "
          "said it would add extra services from April 2."),
         PUBLISHED, what_has("2027-04-02", "Tarnlink")),
    case("a_was_to_plan_on_the_subject_of_a_dated_withdrawal_is_replaced",
         ("A ticket sale for Orsk Rovers fans, which was to open on Monday, was withdrawn on "
          "Tuesday."),
         dt.date(2026, 12, 2), dates_in_order("2026-12-01")),
    case("the_conjunct_of_a_replaced_plan_is_replaced_too",
         ("The Orsk council had been due to publish its plan on Thursday and begin hearings on "
          "December 8. It now aims to publish in the spring."),
         dt.date(2026, 12, 2), not_dated("2026-12-08"), not_dated("2026-12-03")),
    case("the_same_as_in_a_year_makes_no_event",
         "The new licence caps the Tarnby fair's crowd at 9,000, the same as in 2025.",
         PUBLISHED, not_dated("2025")),
    case("what_will_be_available_is_arranged",
         ("The Tarnby vaccine will be available at pharmacies from July 1, the health board "
          "said."),
         PUBLISHED, status("2027-07-01", "planned")),
    case("an_announcement_set_off_on_what_was_dropped_was_made",
         "A cut in Orsk's fuel tax, announced in July, was dropped from the bill last week.",
         dt.date(2026, 10, 13), event("2026-07", "A cut is announced", "happened")),
    case("a_happening_its_noun_says_comes_on_a_finer_day_is_the_one_before",
         ("The rest of the Tarnby line-up will be announced next month. Festival director Ada "
          "Quill said the announcement would come on April 14, at a launch party in the town."),
         PUBLISHED, dates_in_order("2027-04")),
    case("an_it_that_officials_say_will_be_held_is_the_happening_before",
         ("The final vote on the Orsk budget is scheduled for late November. Officials in the "
          "speaker's office said it would be held on November 27."),
         dt.date(2026, 10, 13), dates_in_order("2026-11")),
    case("a_match_set_for_a_day_is_the_play_told_for_its_month",
         ("Orsk Rovers will not play at their new Tarnby Road ground until October. The first "
          "match at Tarnby Road is now scheduled for Saturday, October 2."),
         dt.date(2027, 8, 10), dates_in_order("2027-10")),
    case("a_thing_declared_contained_is_told_as_declared",
         "The Tarnby fire burned 300 hectares before it was declared contained on July 9.",
         dt.date(2026, 7, 21),
         event("2026-07-09", "The Tarnby fire is declared contained", "happened")),
    case("a_dateline_with_a_country_and_date_is_no_subject",
         ("Orsk launch scrubbed\n\n"
          "TARNBY, Veldmark, March 10 — The launch of the Orsk-3 probe was scrubbed on Tuesday "
          "when a valve failed, the agency said."),
         PUBLISHED, what_starts("2027-03-09", "The launch")),
    case("a_complement_of_a_conditioned_verb_makes_no_event",
         ("If the permit is refused, Tarnby United would have to ask the league to let them "
          "play at Orsk Park until May."),
         PUBLISHED, NO_EVENTS),
    case("a_day_inside_a_year_on_one_verb_says_when",
         ("Governor Pim Adler will sign the Orsk budget in December. Last year he signed it on "
          "December 22."),
         dt.date(2026, 10, 13), dated("2025-12-22"), not_dated("2025")),
    case("a_day_on_the_subject_and_a_clock_on_its_verb_are_one_kick_off",
         ("The home game with Tarnby on September 12 will now kick off at 12:30 p.m. for "
          "television."),
         dt.date(2026, 8, 10), dates_in_order("2026-09-12T12:30")),
    case("a_participle_aside_read_as_a_clause_keeps_the_subject",
         ("Shops on Tarnby Street, closed to cars since the works began, will receive a second "
          "round of grants in December, the council said."),
         dt.date(2026, 10, 31),
         event("2026-12", "Shops receive a second round of grants", "planned")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round41_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_the_last_of_a_plural_ranks_nothing(nlp):
    claims = extract_doc(nlp("Crews in Orsk put out the last hotspots on Saturday."),
                         PUBLISHED).claims
    assert [c.kind for c in claims] == ["statement"], claims


def test_a_fronted_date_dates_a_second_finite_predicate(nlp):
    events = extract_doc(nlp("On Tuesday the two mayors will hold talks in Orsk and are expected "
                             "to sign a water agreement."), PUBLISHED).events
    assert sorted(e.status for e in events) == ["expected", "planned"], events


def test_a_repeat_of_a_year_is_told_by_its_when_clause(nlp):
    events = events_of(nlp, "Shopkeepers in Orsk fear a repeat of 2019, when a two-week closure "
                            "cut their sales by a third.", dt.date(2026, 8, 10))
    assert list(events) == ["2019"] and "closure" in events["2019"][0].lower(), events


def test_a_standing_postponement_to_a_date_predicts(nlp):
    claims = extract_doc(nlp("Tarnby Foods has postponed its stock market listing until the "
                             "first half of next year, blaming weak markets."), PUBLISHED).claims
    assert [c.kind for c in claims] == ["prediction"], claims
