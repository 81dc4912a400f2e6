"""Round 45's categories (fictional people, places and firms): what ``events.yaml``'s examples
cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    case,
    check,
    dated,
    dates_in_order,
    event,
    not_dated,
    status,
    what,
    what_has,
    what_starts,
)

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


CASES = [
    case("a_plan_set_off_before_a_move_gives_way_to_the_new_date",
         "The Orsk rowing club's annual dinner, due on Friday, has been put back to June 4.",
         PUBLISHED, not_dated("2027-03-12"), status("2027-06-04", "planned")),
    case("a_first_due_date_moved_since_makes_no_event",
         ("The Orsk census was first due in 2026 but was pushed back a year in March 2024 "
          "after the council cut its budget."),
         PUBLISHED, not_dated("2026"), dated("2024-03")),
    case("held_sessions_are_planned_but_a_storm_is_a_forecast",
         "Training sessions will begin on April 12. The storm will begin on Friday.",
         PUBLISHED, status("2027-04-12", "planned"), status("2027-03-12", "expected")),
    case("a_permission_is_planned_but_a_possible_ability_is_not",
         ("Orsk parents will be able to tour the school on Saturday. The Tarnby storm may be "
          "able to reach the coast on Friday."),
         PUBLISHED, status("2027-03-13", "planned"), status("2027-03-12", "expected")),
    case("a_day_hung_on_a_noun_after_a_happening_object_is_that_happenings",
         ("Orsk teachers have called a rally outside the town hall over pay for March 24. The "
          "union raised its demand over pay for next year."),
         PUBLISHED,
         event("2027-03-24", "Orsk teachers call a rally", "planned"),
         not_dated("2028")),
    case("a_gerund_after_a_preposition_is_done_by_its_verbs_subject",
         ("Ada Quill spoke on Monday. The Orsk ministry expects the economy to grow 2 percent "
          "next year after shrinking in 2026."),
         PUBLISHED, what("2026", "The economy shrinks")),
    case("it_inside_a_relative_clause_stands_for_the_relatives_name",
         ("Pim Adler denies fraud over the collapse of Tarnby Capital, which lost £4 million "
          "before it was wound up in 2025."),
         PUBLISHED, what("2025", "Tarnby Capital is wound up")),
    case("a_rootless_opening_noun_is_the_subject_of_the_modal_clause_hung_under_it",
         ("Ticket holders who cannot make the new dates can claim refunds from Friday until "
          "March 31."),
         PUBLISHED, what("2027-03-12", "Ticket holders claim refunds")),
    case("a_day_inside_a_season_on_one_predicate_says_when",
         ("All Orsk pupils will be taught on one site from the start of the autumn term on "
          "September 3."),
         dt.date(2026, 6, 18), dates_in_order("2026-09-03")),
    case("a_capitalised_adverb_after_a_name_ends_the_name",
         "Campaign group Villagers First plans a march outside the Orsk town hall on April 20.",
         PUBLISHED, what_has("2027-04-20", "Villagers First")),
    case("an_ordinal_subject_keeps_what_it_counts",
         ("Work on the Orsk bypass has reached its halfway point, with the first of three "
          "construction stages finished last month, the council said on Monday."),
         PUBLISHED, what_starts("2027-02", "The first of three construction stages")),
    case("as_does_stands_for_the_verb_it_hangs_on",
         ("Her four nights in Orsk, from March 20, go ahead as planned, as does the tour's "
          "final show in Tarnby on March 28."),
         PUBLISHED, what("2027-03-28", "The tour's final show in Tarnby goes")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round45_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_a_while_clause_after_an_opening_date_is_a_second_happening_that_day(nlp):
    text = ("On April 21 the duke will open a hospital wing in Lowmere, while the duchess "
            "visits a veterans' charity in Orsk.")
    found = [(e.when.value, e.what, e.status)
             for e in extract_doc(nlp(text), PUBLISHED).events]
    assert ("2027-04-21", "The duchess visits a veterans' charity in Orsk", "planned") in found
    assert any(what.startswith("The duke opens") and status == "planned"
               for _, what, status in found), found


def test_a_while_clause_with_a_date_of_its_own_is_left_to_that_date(nlp):
    found = [(e.when.value, e.what) for e in extract_doc(nlp(
        "On April 21 the duke will open a hospital wing in Lowmere, while the duchess visits "
        "Orsk on April 23."), PUBLISHED).events]
    assert not any(value == "2027-04-21" and "duchess" in what for value, what in found), found


def test_dates_set_off_before_a_move_are_the_plan_it_replaced(nlp):
    found = [(e.when.value, e.what) for e in extract_doc(nlp(
        "The two Orsk nights, on April 15 and 16, have been moved to May 23 and 24."),
        PUBLISHED).events]
    assert [value for value, _ in found] == ["2027-05-23"], found


def test_a_first_due_date_with_a_dated_move_after_it_makes_no_event(nlp):
    found = [e.when.value for e in extract_doc(nlp(
        "The Orsk trial was first due to begin on October 5 but was adjourned on March 1 "
        "after new evidence came to light."), PUBLISHED).events]
    assert found == ["2027-03-01"], found


def test_a_date_on_a_figure_subject_is_no_plan(nlp):
    found = [e.when.value for e in extract_doc(nlp(
        "Net profit for 2026 dropped to 85 million euros from 162 million euros a year "
        "earlier."), PUBLISHED).events]
    assert "2026" in found, found


def test_a_plan_set_off_and_called_off_since_predicts_nothing(nlp):
    kinds = {c.text.split(",")[0]: c.kind for c in extract_doc(nlp(
        "The Orsk regatta, due to be held on the reservoir on March 29, was cancelled on "
        "Monday because of low water. The Tarnby fair, due to be held on March 29, will now "
        "take place in May."), PUBLISHED).claims}
    assert kinds["The Orsk regatta"] == "statement", kinds
    assert kinds["The Tarnby fair"] == "prediction", kinds


def test_without_is_a_counterfactual_only_with_would_have(nlp):
    found = [e.when.value for e in extract_doc(nlp(
        "Without a deal, the Orsk union will strike in June. Without the bypass, Orsk would "
        "have run out of road space by 2030, the mayor said."), PUBLISHED).events]
    assert found == ["2027-06"], found


def test_a_happening_noun_set_off_after_its_verb_at_a_finer_date_is_that_happening(nlp):
    found = [(e.when.value, e.what) for e in extract_doc(nlp(
        "The Orsk probe will fly past Venus next year, in a manoeuvre now set for August 22, "
        "2028."), PUBLISHED).events]
    assert len(found) == 1 and found[0][0] == "2028", found


def test_a_setting_noun_at_a_date_outside_the_verbs_stays_apart(nlp):
    found = [e.when.value for e in extract_doc(nlp(
        "The Orsk probe will fly past Venus next year, in a manoeuvre now set for August 22, "
        "2029."), PUBLISHED).events]
    assert found == ["2028", "2029-08-22"], found
