"""Rounds 37-38's categories (fictional people, places and firms): a gapped clause whose noun
the parser hung on the verb itself is a happening of its own (``secondary.verbless_conjunct``);
a happening counted after another is no finer retelling of one told before
(``counts.later_count``, ``merge.retold_finer``)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 9, 16)  # a Wednesday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_a_gapped_clause_hung_on_the_verb_is_its_own_happening(nlp):
    events = events_of(nlp, "A second group of 9 Orsk shops will close in November, and the "
                            "last 6 in December.")
    assert events["2026-12"] == ("The last 6 close", "planned"), events
    assert events["2026-11"][1] == "planned", events


def test_a_second_strike_is_no_finer_retelling_of_the_month(nlp):
    events = events_of(nlp, "Nurses in Tarnby will walk out next month, the union said. The "
                            "first walkout will be held on Wednesday, October 7, and a second, "
                            "two-day strike on October 20 and 21.")
    assert events["2026-10-20"] == ("A second, two-day strike is held", "planned"), events
    assert "2026-10" in events and "2026-10-07" not in events, events  # the first: one event


def test_the_first_of_several_still_retells_the_month(nlp):
    events = events_of(nlp, "Tarnby's bus drivers will strike next month. The first strike "
                            "will be held on October 7.")
    assert len(events) == 1, events


def test_a_first_plan_set_for_a_date_and_its_then_move_are_stages_replaced(nlp):
    events = events_of(nlp, "The Orsk ferry's first sailing has been delayed again and is now "
                            "planned for November 24. It was first set for September 20 and then "
                            "moved to November 10.", dt.date(2026, 11, 5))
    assert set(events) == {"2026-11-24"}, events


def test_a_move_in_the_perfect_after_a_first_plan_gives_the_date_that_stands(nlp):
    events = events_of(nlp, "A town hall at which Ada Quill is to answer questions, first set "
                            "for April 15, has been moved to April 29.", dt.date(2027, 4, 8))
    assert set(events) == {"2027-04-29"}, events


def test_a_set_up_first_is_no_plan(nlp):
    events = events_of(nlp, "The Orsk choir was first set up in 1990.", dt.date(2027, 4, 8))
    assert set(events) == {"1990"}, events


def test_a_bare_conjunct_shares_the_must_of_its_verb(nlp):
    events = events_of(nlp, "The Tarnby clerk has ten days to check the names and must approve "
                            "or reject the petition by May 6.", dt.date(2027, 4, 22))
    assert events["2027-05-06"][1] == "planned", events


def test_probably_makes_a_passive_future_a_forecast(nlp):
    events = events_of(nlp, "Ada Quill said that a vote would probably be held in early August.",
                       dt.date(2027, 4, 22))
    assert events["2027-08"][1] == "expected", events


def test_a_bare_infinitive_has_the_tense_of_the_verb_it_completes(nlp):
    events = events_of(nlp, "Orsk Air expects to take delivery of two jets in the autumn, and "
                            "its pilots begin pay talks with management on February 16.",
                       dt.date(2027, 2, 9))
    assert events["2027-02-16"][1] == "planned", events


def test_a_conference_and_a_review_keep_their_timetable(nlp):
    events = events_of(nlp, "The union's national conference will vote next spring on a "
                            "ballot. A review of bus fares will report in the summer.")
    assert events["2027-SP"][1] == "planned", events
    assert events["2027-SU"][1] == "planned", events


def test_a_clock_time_beats_its_day_on_one_predicate(nlp):
    events = events_of(nlp, "On race day, Sunday, April 18, the elite women in Orsk start at "
                            "8.30am.", dt.date(2027, 4, 6))
    assert set(events) == {"2027-04-18T08:30"}, events


def test_a_headline_day_retells_the_bodys_clock_time(nlp):
    text = ("Quill to be sworn in on June 1\n\nAda Quill will be sworn in on June 1 at noon in "
            "front of the Orsk parliament.")
    events = events_of(nlp, text, dt.date(2026, 5, 12))
    assert set(events) == {"2026-06-01T12:00"}, events


def test_a_plan_joined_to_an_aside_and_called_off_on_a_bare_date_is_none(nlp):
    events = events_of(nlp, "The Orsk route, announced in November and due to launch on April "
                            "12, was cancelled last week.", dt.date(2027, 2, 9))
    assert "2027-04-12" not in events and "2026-04-12" not in events, events
    assert events["2027-W05"][1] == "happened", events


def test_the_choice_a_preference_is_weighed_against_is_no_event(nlp):
    events = events_of(nlp, "\"We would rather pull a route now than let customers down at the "
                            "gate in April,\" Ada Quill said.", dt.date(2027, 2, 9))
    assert not events, events


def test_a_date_pencilled_in_and_brought_forward_is_a_plan_replaced(nlp):
    events = events_of(nlp, "The Orsk hosepipe ban takes effect on Monday, August 24. It had "
                            "been pencilled in for September 1 but was brought forward.",
                       dt.date(2026, 8, 21))
    assert "2026-09-01" not in events, events


def test_a_level_the_subject_is_set_against_is_no_event(nlp):
    events = events_of(nlp, "Starting pay in Orsk is 9 percent below its level in 2019. The "
                            "Orsk river was above its banks in March.")
    assert set(events) == {"2026-03"}, events


def test_a_negated_amount_since_a_date_counts_none(nlp):
    events = events_of(nlp, "Orsk Rovers have not spent more than £10 million on a player since "
                            "2023. Pim Adler has not played since February.", dt.date(2027, 1, 31))
    assert set(events) == {"2026-02"}, events


def test_a_report_between_its_condition_and_its_clause_is_conditional(nlp):
    events = events_of(nlp, "If no deal is reached by the end of October, the Orsk union says, "
                            "it will ballot members again through the winter.")
    assert not events, events


def test_a_condition_inside_what_someone_warns_of_leaves_a_forecast(nlp):
    events = events_of(nlp, "Ada Quill warned that if the autumn turned dry, a new ban in Orsk "
                            "could be needed as early as next spring.")
    assert events["2027-SP"][1] == "expected", events


def test_a_wave_counted_alike_retells_the_group_at_a_finer_date(nlp):
    events = events_of(nlp, "A second group of 9 Orsk shops will close in November. Shops in the "
                            "second wave, among them the Tarnby branch, will close their doors on "
                            "November 28.")
    assert len(events) == 1, events
