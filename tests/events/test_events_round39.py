"""Rounds 39-40's categories (fictional people, places and firms): plain futures that tell of
an arrangement whoever their subject is (``events.arranged``), a court's listing that retells
a happening (``rules.fixing_verbs``) and makes it arranged (``merge.merge_candidates``)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 11, 14)  # a Saturday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_a_thing_put_on_view_is_arranged(nlp):
    events = events_of(nlp, "Two snow leopards arrived at Tarnby Zoo on Friday and will go on "
                            "public view in February, the zoo said.")
    assert events["2027-02"][1] == "planned", events


def test_what_a_body_issues_appears_when_issued(nlp):
    events = events_of(nlp, "First results of the Orsk survey will be published in March. "
                            "Tables for each district will follow in 2028.")
    assert events["2028"] == ("Tables follow", "planned"), events


def test_a_figure_that_moves_stays_a_forecast(nlp):
    events = events_of(nlp, "Orsk's jobless figures will rise in 2028, economists said.")
    assert events["2028"][1] == "expected", events


def test_a_held_happening_as_subject_runs_to_its_timetable(nlp):
    events = events_of(nlp, "The Tarnby road shows will begin on December 2 in Lowmere.")
    assert events["2026-12-02"][1] == "planned", events


def test_the_conjunct_of_a_decided_infinitive_is_decided(nlp):
    events = events_of(nlp, "The Orsk council voted in May to shut the old pool and open a new "
                            "one by 2029.")
    assert events["2029"][1] == "planned", events


def test_a_court_listing_retells_the_hearing_and_arranges_it(nlp):
    events = events_of(nlp, "Judge Ada Quill ordered Orsk Homes not to sell the site until a "
                            "full hearing in February. The hearing is listed for February 9.",
                       dt.date(2026, 12, 1))
    assert set(events) == {"2027-02"}, events
    assert events["2027-02"][1] == "planned", events


def test_a_happening_an_it_sets_for_a_finer_day_is_the_one_before(nlp):
    events = events_of(nlp, "A public meeting on the Orsk bypass will be held in December. It "
                            "is set for December 3 at Tarnby library.")
    assert list(events) == ["2026-12"], events


def test_an_its_noun_set_for_a_finer_day_is_the_one_before(nlp):
    events = events_of(nlp, "The Orsk children's ward will follow in December. Its move is set "
                            "for December 7.")
    assert list(events) == ["2026-12"], events


def test_a_meeting_set_for_a_day_retells_the_vote_it_is_held_for(nlp):
    events = events_of(nlp, "Tarnby Mills shareholders will vote on the offer next month. The "
                            "general meeting has been set for December 9 in Orsk.")
    assert list(events) == ["2026-12"], events
    assert events["2026-12"][1] == "planned", events


def test_choosing_a_host_is_the_vote_set_for_a_day(nlp):
    events = events_of(nlp, "The Orsk federation's board will choose the host in December. The "
                            "vote is set for December 5.")
    assert list(events) == ["2026-12"], events


def test_a_road_closed_to_traffic_is_arranged(nlp):
    events = events_of(nlp, "Harbour Row in Orsk will close to traffic from December 7 while "
                            "the pipes are replaced.")
    assert events["2026-12-07"][1] == "planned", events


def test_a_happening_put_back_to_a_year_is_planned_then(nlp):
    events = events_of(nlp, "The Tarnby bypass had been due to open in 2028 but has been put back "
                            "to 2030 after the budget was cut.")
    assert events == {"2030": (events["2030"][0], "planned")}, events


def test_a_relative_clause_on_a_conditioned_clause_is_no_event(nlp):
    events = events_of(nlp, "If the Tarnby board objects, it can call a second review, which "
                            "could run until the end of March.")
    assert events == {}, events


def test_a_year_in_a_proper_name_names_the_edition(nlp):
    events = events_of(nlp, "Orsk will bid to host the 2031 Tarnby Cycling Games. The Games are "
                            "scheduled for July 2031.")
    assert list(events) == ["2031-07"], events


def test_a_year_on_a_common_noun_keeps_its_date(nlp):
    events = events_of(nlp, "The 2025 championships were held in Orsk.")
    assert "2025" in events, events


def test_a_closing_read_as_an_adverb_ends_the_window_of_polling_day(nlp):
    events = events_of(nlp, "Voters in Orsk will elect a new mayor tomorrow. Polls open at 8am on "
                            "Sunday and close at 9pm.")
    assert list(events) == ["2026-11-15"], events


def test_its_date_told_by_a_be_is_the_happening_before(nlp):
    events = events_of(nlp, "The Orsk regulator is due to rule on the bid in December. Its target "
                            "date is December 14, Tarnby Mills said.")
    assert list(events) == ["2026-12"], events


def test_the_object_of_an_expectation_does_its_infinitive(nlp):
    events = events_of(nlp, "Pim Adler expects this year's Tarnby show to sell out by the end "
                            "of December.")
    assert list(events) == ["2026-12"], events
    assert events["2026-12"][0].startswith("This year's Tarnby show sells out"), events


def test_reaching_the_shops_retells_the_delayed_launch(nlp):
    events = events_of(nlp, "Tarnby Labs said on Thursday it would delay the launch of its Orsk "
                            "speaker until the first quarter of next year. Its chief executive "
                            "said the speaker would now reach shops on February 9.")
    assert "2027-02-09" not in events and "2027-Q1" in events, events


def test_an_it_after_its_speaker_named_by_a_word_is_the_speaker(nlp):
    events = events_of(nlp, "Talks at the Tarnby Arbitration Board broke down on Friday, the "
                            "Orsk Dockers' Union said. The union said it would name new strike "
                            "dates in December.")
    assert "Union" in events["2026-12"][0] and "Board" not in events["2026-12"][0], events


def test_what_comes_before_a_relative_report_is_the_articles_own_claim(nlp):
    text = ("Orsk will elect a new mayor tomorrow in a race that both main parties say is too "
            "close to call.")
    claims = {text[c.start:c.end]: c.kind for c in extract_doc(nlp(text), PUBLISHED).claims}
    assert claims.get("Orsk will elect a new mayor tomorrow in a race") == "prediction", claims
