"""Rounds 39-40's categories (fictional people, places and firms): plain futures that tell of
an arrangement whoever their subject is (``events.arranged``), a court's listing that retells
a happening (``rules.fixing_verbs``) and makes it arranged (``merge.merge_candidates``)."""

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
    what_starts,
)

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 11, 14)  # a Saturday


CASES = [
    case("a_thing_put_on_view_is_arranged",
         ("Two snow leopards arrived at Tarnby Zoo on Friday and will go on public view in "
          "February, the zoo said."),
         PUBLISHED, status("2027-02", "planned")),
    case("what_a_body_issues_appears_when_issued",
         ("First results of the Orsk survey will be published in March. Tables for each "
          "district will follow in 2028."),
         PUBLISHED, event("2028", "Tables follow", "planned")),
    case("a_figure_that_moves_stays_a_forecast",
         "Orsk's jobless figures will rise in 2028, economists said.",
         PUBLISHED, status("2028", "expected")),
    case("a_held_happening_as_subject_runs_to_its_timetable",
         "The Tarnby road shows will begin on December 2 in Lowmere.",
         PUBLISHED, status("2026-12-02", "planned")),
    case("the_conjunct_of_a_decided_infinitive_is_decided",
         "The Orsk council voted in May to shut the old pool and open a new one by 2029.",
         PUBLISHED, status("2029", "planned")),
    case("a_court_listing_retells_the_hearing_and_arranges_it",
         ("Judge Ada Quill ordered Orsk Homes not to sell the site until a full hearing in "
          "February. The hearing is listed for February 9."),
         dt.date(2026, 12, 1), dates("2027-02"), status("2027-02", "planned")),
    case("a_happening_an_it_sets_for_a_finer_day_is_the_one_before",
         ("A public meeting on the Orsk bypass will be held in December. It is set for "
          "December 3 at Tarnby library."),
         PUBLISHED, dates_in_order("2026-12")),
    case("an_its_noun_set_for_a_finer_day_is_the_one_before",
         "The Orsk children's ward will follow in December. Its move is set for December 7.",
         PUBLISHED, dates_in_order("2026-12")),
    case("a_meeting_set_for_a_day_retells_the_vote_it_is_held_for",
         ("Tarnby Mills shareholders will vote on the offer next month. The general meeting "
          "has been set for December 9 in Orsk."),
         PUBLISHED, dates_in_order("2026-12"), status("2026-12", "planned")),
    case("choosing_a_host_is_the_vote_set_for_a_day",
         ("The Orsk federation's board will choose the host in December. The vote is set for "
          "December 5."),
         PUBLISHED, dates_in_order("2026-12")),
    case("a_road_closed_to_traffic_is_arranged",
         ("Harbour Row in Orsk will close to traffic from December 7 while the pipes are "
          "replaced."),
         PUBLISHED, status("2026-12-07", "planned")),
    case("a_relative_clause_on_a_conditioned_clause_is_no_event",
         ("If the Tarnby board objects, it can call a second review, which could run until the "
          "end of March."),
         PUBLISHED, NO_EVENTS),
    case("a_year_in_a_proper_name_names_the_edition",
         ("Orsk will bid to host the 2031 Tarnby Cycling Games. The Games are scheduled for "
          "July 2031."),
         PUBLISHED, dates_in_order("2031-07")),
    case("a_year_on_a_common_noun_keeps_its_date",
         "The 2025 championships were held in Orsk.",
         PUBLISHED, dated("2025")),
    case("a_closing_read_as_an_adverb_ends_the_window_of_polling_day",
         ("Voters in Orsk will elect a new mayor tomorrow. Polls open at 8am on Sunday and "
          "close at 9pm."),
         PUBLISHED, dates_in_order("2026-11-15")),
    case("its_date_told_by_a_be_is_the_happening_before",
         ("The Orsk regulator is due to rule on the bid in December. Its target date is "
          "December 14, Tarnby Mills said."),
         PUBLISHED, dates_in_order("2026-12")),
    case("the_object_of_an_expectation_does_its_infinitive",
         "Pim Adler expects this year's Tarnby show to sell out by the end of December.",
         PUBLISHED,
         dates_in_order("2026-12"),
         what_starts("2026-12", "This year's Tarnby show sells out")),
    case("reaching_the_shops_retells_the_delayed_launch",
         ("Tarnby Labs said on Thursday it would delay the launch of its Orsk speaker until "
          "the first quarter of next year. Its chief executive said the speaker would now "
          "reach shops on February 9."),
         PUBLISHED, not_dated("2027-02-09"), dated("2027-Q1")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round39_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_a_happening_put_back_to_a_year_is_planned_then(nlp):
    events = events_of(nlp, "The Tarnby bypass had been due to open in 2028 but has been put back "
                            "to 2030 after the budget was cut.", PUBLISHED)
    assert events == {"2030": (events["2030"][0], "planned")}, events


def test_an_it_after_its_speaker_named_by_a_word_is_the_speaker(nlp):
    events = events_of(nlp, "Talks at the Tarnby Arbitration Board broke down on Friday, the "
                            "Orsk Dockers' Union said. The union said it would name new strike "
                            "dates in December.", PUBLISHED)
    assert "Union" in events["2026-12"][0] and "Board" not in events["2026-12"][0], events


def test_what_comes_before_a_relative_report_is_the_articles_own_claim(nlp):
    text = ("Orsk will elect a new mayor tomorrow in a race that both main parties say is too "
            "close to call.")
    claims = {text[c.start:c.end]: c.kind for c in extract_doc(nlp(text), PUBLISHED).claims}
    assert claims.get("Orsk will elect a new mayor tomorrow in a race") == "prediction", claims
