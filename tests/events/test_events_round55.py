"""Round 55's misses (fictional people, places and firms), one test per category of writing:
what ``events.yaml``'s and ``claim_cues.yaml``'s examples cannot show on their own, whole
articles' sentences with their claims, more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 2, 16)  # a Tuesday


def extraction(nlp, text: str, published: dt.date = PUBLISHED):
    return extract_doc(nlp(text), published)


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extraction(nlp, text, published).events}


def claim_kinds(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    """The kind of every claim ``extract_doc`` finds, by its text."""
    return {c.text: c.kind for c in extraction(nlp, text, published).claims}


def test_a_timetable_verb_read_as_an_adverb_after_a_conjoined_noun_phrase(nlp):
    # the parser reads "close" as an adverb on "applications", a conjunct of "hand"
    events = events_of(nlp, "Candidates in Orsk have until Friday, March 5, to hand in their "
                            "papers, and applications for postal votes close on March 11.")
    assert events.get("2027-03-11") == ("Applications for postal votes close", "planned"), events


def test_a_clock_written_right_before_its_day_dates_a_deadline(nlp):
    events = events_of(nlp, "Candidates in Orsk have until noon on Friday, March 5, to hand in "
                            "their papers.")
    assert events.get("2027-03-05T12:00", ("", ""))[1] == "planned", events
    assert "2027-03-05" not in events, events


def test_a_bare_ordinal_subject_takes_the_noun_counted_before(nlp):
    events = events_of(nlp, "The two Orsk broadcasters have agreed to hold three televised "
                            "debates. The first, on the channel Orsk One, is on Tuesday, March "
                            "9, and the second follows on March 16.\n\n"
                            "The first of about 600 evacuated residents returned on Friday.")
    assert events["2027-03-09"][0] == "The first debate is", events
    assert events["2027-03-16"][0] == "The second debate follows", events
    assert "debate" not in events["2027-02-12"][0], events  # "The first of ..." names its own


def test_a_plan_told_in_a_relative_clause_on_what_was_called_off(nlp):
    text = ("A fun run that would have let families run the Orsk bypass on Saturday, March 20, "
            "has been cancelled.")
    events = events_of(nlp, text)
    assert events.get("2027-03-20") == ("A fun run is cancelled", "happened"), events
    assert claim_kinds(nlp, text).get(text) == "statement"  # the plan predicts nothing now


def test_the_same_verb_told_again_with_now_at_a_finer_day_is_the_plan_s_new_day(nlp):
    events = events_of(nlp, "The Orsk Maritime Museum will reopen to the public next month, "
                            "its director said on Friday.\n\nThe museum closed in April 2025 and "
                            "had been due to reopen last autumn. It will now reopen on Saturday, "
                            "May 16, with free entry.\n\n"
                            "Lowmere's new pier will not open until next spring. The pier had "
                            "been due to open on October 1. It will now open on Monday, March "
                            "29.", dt.date(2026, 4, 5))
    assert "2026-05" in events and "2026-05-16" not in events, events
    assert "2027-SP" in events and "2027-03-29" not in events, events


def test_a_thing_s_clock_time_retells_no_saying_of_its_day(nlp):
    events = events_of(nlp, "Storm Orla will reach Lowmere late on Monday night, the Orsk "
                            "weather service said on Saturday morning.\n\nShelters at three "
                            "inland schools opened at noon on Saturday.", dt.date(2025, 8, 30))
    assert events.get("2025-08-30T12:00", ("", ""))[0] == "Shelters open", events


def test_a_holiday_naming_a_happening_and_its_plan_s_day_are_one_date(nlp):
    events = extraction(nlp, "The Orsk Labor Day parade, planned for Monday, has been "
                             "cancelled.", dt.date(2025, 8, 30)).events
    assert [(e.when.value, e.status) for e in events] == [("2025-09-01", "happened")], events


def test_a_meeting_first_called_for_a_day_and_moved_since_is_the_plan_replaced(nlp):
    events = events_of(nlp, "Orsk Mills' shareholders will vote on the deal at a general meeting "
                            "on December 15. The meeting, first called for December 1, was "
                            "pushed back by two weeks.", dt.date(2026, 11, 23))
    assert "2026-12-15" in events and "2026-12-01" not in events, events


def test_an_expectation_in_the_past_perfect_replaced_by_a_new_one_is_no_event(nlp):
    events = events_of(nlp, "Orsk Mills had first expected the deal to complete in the first "
                            "quarter of 2027 and now expects completion in the third quarter.",
                       dt.date(2026, 11, 23))
    assert "2027-Q1" not in events, events


def test_a_coming_date_on_a_report_s_topic_dates_the_report(nlp):
    events = events_of(nlp, "Dr Ada Quill said the Orsk health board would publish a full "
                            "report on the outbreak in July.", dt.date(2024, 5, 10))
    assert events["2024-07"] == ("The Orsk health board publishes a full report on the outbreak",
                                 "planned"), events
