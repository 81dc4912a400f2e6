"""Rounds 43-44's categories (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, a whole article's worth of sentences."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_a_definite_noun_right_after_gives_the_day_of_a_coming_week(nlp):
    events = events_of(nlp, "Bus drivers in Tarnby will walk out for 48 hours next week, the Orsk "
                            "Transport Union said. The stoppage starts at 5am on Tuesday.")
    assert "2027-03-16T05:00" not in events, events
    assert "2027-W11" in events, events


def test_a_first_noun_right_after_gives_the_day_of_a_coming_month(nlp):
    events = events_of(nlp, "Tarnby Quarries will reopen its Orsk pit next month, the company "
                            "said. Manager Ada Quill said the first shift would go down on April "
                            "12.")
    assert "2027-04-12" not in events, events
    assert "2027-04" in events, events


def test_a_plain_future_whose_day_is_held_later_is_arranged(nlp):
    events = events_of(nlp, "The Tarnby half marathon will return next May. Organiser Pim Adler "
                            "said on Monday that the race would be held on May 9.")
    assert "2027-05-09" not in events, events
    assert events["2027-05"][1] == "planned", events


def test_another_verb_in_the_span_is_another_happening(nlp):
    events = events_of(nlp, "The Orsk inquest will resume next month. The families will unveil "
                            "a plaque on the quay on April 20.")
    assert {"2027-04", "2027-04-20"} <= set(events), events


def test_a_moved_first_fixture_is_its_own_news(nlp):
    events = events_of(nlp, "Tarnby Rovers will host Orsk next week. The first derby has been "
                            "moved to Sunday, March 21, because of a concert.")
    assert "2027-03-21" in events, events


def test_him_before_an_infinitive_is_someone_named_before_not_the_subject(nlp):
    events = events_of(nlp, "Pim Adler said he would run the Tarnby Marathon in April. His coach, "
                            "Ada Quill, expects him to attempt the course record next year.")
    assert "Adler attempts" in events["2028"][0], events


def test_refunds_a_body_grants_are_arranged(nlp):
    events = events_of(nlp, "The Tarnby fair was called off on Tuesday. All ticket holders will "
                            "get full refunds from Monday, the organisers said.")
    assert events["2027-03-15"][1] == "planned", events


def test_what_someone_is_told_to_do_by_a_time_is_set(nlp):
    events = events_of(nlp, "Campers at the Orsk fair were told to leave the site by noon on "
                            "Sunday.", dt.date(2027, 3, 13))
    assert events["2027-03-14T12:00"][1] == "planned", events


def test_a_second_present_verb_has_its_own_cue(nlp):
    events = events_of(nlp, "Tarnby Rockets plans a second flight in the first half of 2028 and "
                            "hopes to launch every month by 2029.")
    assert events["2029"][1] == "expected", events


def test_a_hyphenated_noun_is_kept_whole(nlp):
    events = events_of(nlp, "A work-to-rule at the Orsk depot was called off on Monday.")
    assert "work-to-rule" in events["2027-03-08"][0], events


def test_polling_stations_opening_on_election_day_is_polling_day(nlp):
    events = events_of(nlp, "Voters in Orsk will choose a new council on March 18. Polling "
                            "stations open at 7am on election day.")
    assert list(events) == ["2027-03-18"], events


def test_what_someone_can_do_on_a_day_is_arranged(nlp):
    events = events_of(nlp, "The new Orsk school opens next month. Parents can tour the new "
                            "building on Sunday afternoon.")
    assert events["2027-03-14TAF"][1] == "planned", events


def test_a_trial_first_listed_for_another_date_is_a_plan_replaced(nlp):
    events = events_of(nlp, "The Orsk fraud trial opened on March 1 after two delays. It had "
                            "first been listed for October last year.")
    assert "2026-10" not in events, events
