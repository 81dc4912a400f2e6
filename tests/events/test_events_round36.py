"""Round 36's categories (fictional people, places and firms): a bare present participle
goes on in the tense of the verb it hangs from (``tenses.present_participle_aside``); a
base-form auxiliary shares the modal of the verb before it (``status.cue_lemmas``); a fixture
in the plain future is planned (``status.fixture_subject``); "the reopening" set for a day
retells the reopening told before (``happening_verbs``, ``merge.retold_finer``)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import NO_EVENTS, case, check, event, events_of, status, what_starts

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 11, 14)  # a Saturday


CASES = [
    case("a_participle_after_a_timetable_present_is_planned",
         ("The Tarnby winter market opens on Friday and runs for a month, ending on December "
          "20."),
         PUBLISHED, status("2026-12-20", "planned")),
    case("a_passive_conjunct_with_a_bare_be_shares_the_will",
         "The Lowmere pool will shut on Friday and be rebuilt in the spring.",
         PUBLISHED, event("2027-SP", "The Lowmere pool is rebuilt", "planned")),
    case("a_conjunct_with_a_modal_of_its_own_keeps_it",
         "The Lowmere pool will shut on Friday, and it may be rebuilt in the spring.",
         PUBLISHED, status("2027-SP", "expected")),
    case("a_fixture_in_the_plain_future_is_planned",
         ("Storms closed two roads on Friday. The derby will still go ahead at Orsk Park on "
          "Sunday."),
         PUBLISHED, status("2026-11-15", "planned")),
    case("a_comet_in_the_plain_future_is_still_expected",
         "The comet will pass close to Earth on Sunday.",
         PUBLISHED, status("2026-11-15", "expected")),
    case("two_street_names_joined_by_and_stay_the_subject",
         "Mill Street and Quay Row will close to traffic from 6pm on Friday, the council said.",
         PUBLISHED, what_starts("2026-11-20T18:00", "Mill Street and Quay Row close")),
    case("a_time_a_be_describes_is_no_happening",
         "It will be a long summer for the Orsk ferry crews.",
         PUBLISHED, NO_EVENTS),
    case("an_infinitive_on_a_noun_under_an_expectation_is_expected",
         ("Judge Ada Quill told Orsk Crown Court that she expected a jury of 12 to be sworn in "
          "by Wednesday and opening statements to be heard on Thursday."),
         PUBLISHED, status("2026-11-19", "expected")),
    case("an_infinitive_on_a_noun_alone_is_still_a_plan",
         "The council announced a plan to close the Orsk pool next month.",
         PUBLISHED, status("2026-12", "planned")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round36_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_a_participle_after_a_past_verb_happened(nlp):
    events = events_of(nlp, "The fair ran for five nights in 2025, closing on a Sunday.", PUBLISHED)
    assert all(status == "happened" for _, status in events.values()), events


def test_a_reopening_set_for_a_day_retells_the_reopening_told_before(nlp):
    text = ("Tarnby Leisure will reopen the Orsk pool in the first quarter, its manager said. "
            "The pool was shut in March 2024 after a roof collapse. The reopening is now set "
            "for February 10.")
    events = extract_doc(nlp(text), PUBLISHED).events
    reopenings = [e for e in events if e.when.value in ("2027-Q1", "2027-02-10")]
    assert len(reopenings) == 1, [(e.when.value, e.what) for e in events]
