"""Round 52's misses (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    NO_EVENTS,
    case,
    check,
    dated,
    event,
    events_of,
    not_dated,
    status,
    what,
    what_starts,
)

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 2, 13)  # a Saturday


CASES = [
    case("things_of_the_sky_plan_nothing_named_or_tagged_a_body",
         ("Comet 12P/Orsk-Adler will make its closest approach to Earth on Thursday, January "
          "28, astronomers said. Moonlight will wash out the fainter parts of the tail until "
          "about January 26."),
         dt.date(2027, 1, 18), status("2027-01-28", "expected"), status("2027-01-26", "expected")),
    case("a_participle_that_only_names_its_noun_is_no_happening",
         ("The tablets were found to contain traces of a chemical known as ORX-4 during "
          "routine testing in January."),
         PUBLISHED, what_starts("2027-01", "The tablets")),
    case("a_participle_that_only_names_its_noun_is_no_happening/2",
         "Dockers will walk out on Monday in a strike called for the whole port.",
         dt.date(2027, 2, 10), dated("2027-02-15")),
    case("a_happening_set_for_a_time_after_with_retells_the_one_told_before",
         ("The Orsk Alliance tabled a motion on Friday, setting up a vote in the assembly next "
          "week.\n\n"
          "Speaker Ada Quill said on Sunday that the motion would be debated over two days "
          "starting Tuesday, February 16, with the vote set for 6:30pm on Wednesday, February "
          "17."),
         dt.date(2027, 2, 9), not_dated("2027-02-17T18:30"), dated("2027-W07")),
    case("the_same_noun_as_a_date_only_compares_with_it",
         "“We asked for the same rate as last year, nothing more,” said Ada Quill.",
         PUBLISHED, NO_EVENTS),
    case("the_same_noun_as_a_date_only_compares_with_it/2",
         "The union asked for a higher rate last year.",
         PUBLISHED, dated("2026")),
    case("a_happening_called_off_is_told_by_the_calling_off",
         ("Ada Quill has cancelled a trip to Orsk planned for February 11 and 12 so she can "
          "stay in Tarby for the debate."),
         dt.date(2025, 2, 3), event("2025-02-11", "Ada Quill cancels a trip to Orsk", "happened")),
    case("a_number_standing_alone_counts_the_noun_counted_before",
         ("Clearance sales will start in the first wave of 23 stores this weekend. The other "
          "17 will close in the second week of January."),
         dt.date(2024, 8, 15), status("2025-W02", "planned")),
    case("a_number_standing_alone_counts_the_noun_counted_before/2",
         ("Snow fell on 23 hills this weekend. The other 17 will follow in the second week of "
          "January."),
         dt.date(2024, 8, 15), status("2025-W02", "expected")),
    case("a_past_verb_read_for_a_participle_lends_its_subject_to_the_modal_verb_after",
         ("Orsk Rail said a 400-tonne crane needed to lift a new span onto the Tarby viaduct "
          "would now arrive on December 29, because its owner had moved it."),
         dt.date(2025, 12, 10), what("2025-12-29", "A 400-tonne crane arrives")),
    case("now_with_how_far_the_date_moved_is_the_new_arrangement",
         "The cranes would now arrive on December 29, five days late.",
         dt.date(2025, 12, 10), status("2025-12-29", "planned")),
    case("now_with_how_far_the_date_moved_is_the_new_arrangement/2",
         "The cranes would arrive on December 29.",
         dt.date(2025, 12, 10), status("2025-12-29", "expected")),
    case("a_conjunct_joined_to_a_how_clause_belongs_to_the_verb_above_it",
         ("The Orsk agency has opened a review of how the tablet is made and expects to "
          "publish its findings in the second quarter."),
         PUBLISHED, what_starts("2027-Q2", "The Orsk agency")),
    case("it_in_a_when_clause_after_an_infinitive_is_the_thing_the_clause_above_is_about",
         ("The comet is expected to be at its brightest around February 9, when it rounds the "
          "Sun."),
         dt.date(2027, 1, 18), what_starts("2027-02-09", "The comet")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round52_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_a_later_conjunct_with_would_shares_the_fronted_condition(nlp):
    events = events_of(nlp, "If the Orsk motion passes, Ada Quill is expected to ask for a "
                            "dissolution, and an election would most likely be held in late "
                            "March.", PUBLISHED)
    assert not any(v.startswith("2027-03") for v in events), events
    events = events_of(nlp, "Ada Quill is expected to ask for a dissolution, and an election "
                            "would most likely be held in late March.", PUBLISHED)
    assert any(v.startswith("2027-03") for v in events), events


def test_a_hearing_pencilled_in_is_the_hearing_told_later(nlp):
    events = extract_doc(nlp("Any deal will need the approval of the Orsk court, which has "
                             "pencilled in a sanction hearing for October 2.\n\n\u201cWe want a "
                             "buyer before the hearing on October 2,\u201d said Ada Quill."),
                         dt.date(2026, 8, 15)).events
    assert [e.when.value for e in events] == ["2026-10-02"], events


def test_a_span_of_days_set_off_after_a_period_spells_it_out(nlp):
    events = events_of(nlp, "The Orsk line is due to close again over the Easter weekend, from "
                            "April 3 to April 6.", dt.date(2025, 12, 10))
    assert "2026-04-03" in events and not any("W" in v for v in events), events
    events = events_of(nlp, "The Orsk line is due to close again over the Easter weekend.",
                       dt.date(2025, 12, 10))
    assert any("W" in v for v in events), events


def test_two_things_doing_two_things_between_the_same_places_are_two_happenings(nlp):
    events = extract_doc(nlp("The main line between Orsk and Tarby will shut from December 24 "
                             "for engineering work.\n\nReplacement buses will run every 20 "
                             "minutes between Orsk and Tarby from December 24."),
                         dt.date(2025, 12, 10)).events
    assert len(events) == 2, events


def test_he_never_stands_for_a_name_told_only_after_the_or_as_a_place(nlp):
    from generator.extract.events.name_kinds import known_non_person

    doc = nlp("The stage to the Puerto de Valmora, first planned for August 28, has been moved "
              "to September 11. Team Orsk said its leader, Pim Adler, would not ride. Talks "
              "resumed under a mediator, Gunnar Tolvik.")
    assert known_non_person("Puerto de Valmora", doc)
    assert not known_non_person("Pim Adler", doc)
    assert not known_non_person("Gunnar Tolvik", doc)
