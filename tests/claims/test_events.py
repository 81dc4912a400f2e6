"""Events: merging of repeated mentions, status, participants and links to claims."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from claim_hits import make_timex

from generator.extract.events import iter_events, third_person
from generator.extract.hits import Claim, Timex

PUBLISHED = dt.date(2024, 5, 10)
NEXT_WEEK = ("2024-W20", dt.date(2024, 5, 13), dt.date(2024, 5, 19), "week")


def next_week(text: str, occurrence: int = 0) -> Timex:
    value, start, end, granularity = NEXT_WEEK
    return make_timex(text, "next week", value, start, end, granularity, occurrence)


def test_same_event_told_twice_is_one_event(nlp):
    text = ("Ada Quill will meet Pim Adler in Lowmere next week. "
            "The mayor and the governor will meet there next week to sign the treaty.")
    events = iter_events(nlp(text), [next_week(text), next_week(text, 1)], [], PUBLISHED)
    assert len(events) == 1
    assert events[0].what == "Ada Quill meets Pim Adler in Lowmere"
    assert len(events[0].mentions) == 2
    assert set(events[0].participants) >= {"Ada Quill", "Pim Adler", "Lowmere"}


def test_one_shared_name_is_not_the_same_event(nlp):
    text = ("Ada Quill will meet Pim Adler in Lowmere next week. "
            "Ada Quill is also expected to hold talks with Lina Brand next week.")
    events = iter_events(nlp(text), [next_week(text), next_week(text, 1)], [], PUBLISHED)
    assert [e.status for e in events] == ["planned", "expected"]
    assert "Lina Brand" in events[1].what


def test_different_dates_are_different_events(nlp):
    text = "Ada Quill met Pim Adler on Monday. Ada Quill met Pim Adler again on Thursday."
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    thursday = make_timex(text, "Thursday", "2024-05-09", dt.date(2024, 5, 9), dt.date(2024, 5, 9))
    events = iter_events(nlp(text), [monday, thursday], [], PUBLISHED)
    assert [e.when.value for e in events] == ["2024-05-06", "2024-05-09"]
    assert all(e.status == "happened" for e in events)


def test_unresolved_dates_and_durations_make_no_event(nlp):
    text = "The strike in Lowmere lasted six months and ends next week."
    duration = Timex(text.index("six"), text.index("six") + 10, "six months", "DURATION", "P6M")
    unresolved = Timex(text.index("next"), text.index("next") + 9, "next week", "DATE", "XXXX-WXX")
    assert iter_events(nlp(text), [duration, unresolved], [], None) == []


@pytest.mark.parametrize(("text", "status"), [
    ("Ada Quill opened the Lowmere bridge next week.", "happened"),
    # "will": a plan when someone who can plan does it, a forecast otherwise
    ("Ada Quill will open the Lowmere bridge next week.", "planned"),
    ("The Lowmere council will vote on the levy next week.", "planned"),
    ("The Lowmere bridge will open next week.", "expected"),
    ("Prices in Lowmere will rise next week.", "expected"),
    ("Ada Quill may open the Lowmere bridge next week.", "expected"),
    ("Ada Quill is scheduled to open the Lowmere bridge next week.", "planned"),
])
def test_status_without_publication_date_follows_cues_and_tense(nlp, text, status):
    events = iter_events(nlp(text), [next_week(text)], [], None)
    assert [e.status for e in events] == [status]


def test_date_before_publication_has_happened_whatever_the_cue(nlp):
    # "was due to open ... last week" alone is a lapsed plan, no event (events/lapsed.py)
    text = "Ada Quill was expected to open the Lowmere bridge last week."
    last_week = make_timex(text, "last week", "2024-W18", dt.date(2024, 4, 29), dt.date(2024, 5, 5))
    assert iter_events(nlp(text), [last_week], [], PUBLISHED)[0].status == "happened"


def test_events_link_the_claims_of_their_sentence(nlp):
    text = "Prices rose 9 percent in Lowmere. Ada Quill will meet Pim Adler next week."
    second = text.index("Ada")
    claim = Claim(second, len(text), text[second:], "prediction", None, second, len(text), 0.8)
    event, = iter_events(nlp(text), [next_week(text)], [claim], PUBLISHED)
    assert event.claim_starts == (second,)
    assert event.mentions == ((second, len(text)),)


def test_pronoun_subject_takes_the_speaker_of_the_claim(nlp):
    text = "Ada Quill said she met the Lowmere council on Thursday."
    thursday = make_timex(text, "Thursday", "2024-05-09", dt.date(2024, 5, 9), dt.date(2024, 5, 9))
    start = text.index("she")
    claim = Claim(start, len(text) - 1, text[start:-1], "reported", "Ada Quill", 0, len(text), 0.4)
    event, = iter_events(nlp(text), [thursday], [claim], PUBLISHED)
    assert event.what.startswith("Ada Quill meets")


@pytest.mark.parametrize(("lemma", "form"), [
    ("meet", "meets"), ("launch", "launches"), ("try", "tries"), ("say", "says"),
    ("be", "is"), ("have", "has"), ("go", "goes"), ("fix", "fixes"),
])
def test_third_person(lemma, form):
    assert third_person(lemma) == form


def test_it_stands_for_the_last_organisation(nlp):
    text = "Brask Motors builds ferries. It cut 300 jobs in March."
    march = make_timex(text, "March", "2024-03", dt.date(2024, 3, 1), dt.date(2024, 3, 31), "month")
    event, = iter_events(nlp(text), [march], [], PUBLISHED)
    assert event.what == "Brask Motors cuts 300 jobs"


def test_relative_clause_subject_is_the_noun_it_describes(nlp):
    text = "Lowmere has a new mayor, Ada Quill, who opened the harbour on Monday."
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    event, = iter_events(nlp(text), [monday], [], PUBLISHED)
    assert event.what == "Ada Quill opens the harbour"


def test_a_failing_event_is_logged_and_skipped(nlp, monkeypatch, caplog):
    from generator.extract import events

    text = "Ada Quill will meet Pim Adler next week."

    def broken(*args):
        raise IndexError("odd parse")

    monkeypatch.setattr(events, "make_candidate", broken)
    assert iter_events(nlp(text), [next_week(text)], [], PUBLISHED) == []
    assert "odd parse" in caplog.text and "next week" in caplog.text


def test_first_person_in_a_direct_quote_is_its_speaker(nlp):
    text = '"We will meet the union on Monday," Ada Quill said.'
    monday = make_timex(text, "Monday", "2024-05-13", dt.date(2024, 5, 13), dt.date(2024, 5, 13))
    start = 1
    end = text.index(',"')
    claim = Claim(start, end, text[start:end], "quote", "Ada Quill", 0, len(text), 0.6)
    event, = iter_events(nlp(text), [monday], [claim], PUBLISHED)
    assert (event.what, event.status) == ("Ada Quill meets the union", "planned")
    assert event.participants == ("Ada Quill",)


def test_a_figure_the_verb_takes_as_an_adverb_is_kept(nlp):
    text = "Sales in Lowmere fell 6 percent to 2 million crowns last week."
    last_week = make_timex(text, "last week", "2024-W18", dt.date(2024, 4, 29), dt.date(2024, 5, 5))
    event, = iter_events(nlp(text), [last_week], [], PUBLISHED)
    assert event.what == "Sales in Lowmere fall 6 percent to 2 million crowns"


@pytest.mark.parametrize(("text", "first", "second", "winner"), [
    # a bound ("until") loses to the date the span starts
    ("Clinics in Lowmere will stay open until 9 p.m. from Monday.", "9 p.m.", "Monday",
     "Monday"),
    # what the figures cover ("for the first quarter") loses to when they come out
    ("The Lowmere statistics office will publish its figures for March on Monday.", "March",
     "Monday", "Monday"),
])
def test_of_two_dates_on_one_verb_the_one_that_says_when_wins(nlp, text, first, second,
                                                              winner):
    dates = [make_timex(text, first, "2024-05-10T21:00", dt.date(2024, 5, 10),
                        dt.date(2024, 5, 10)),
             make_timex(text, second, "2024-05-13", dt.date(2024, 5, 13), dt.date(2024, 5, 13))]
    event, = iter_events(nlp(text), dates, [], PUBLISHED)
    assert event.when.text == winner


def test_they_stands_for_the_team_named_just_before(nlp):
    text = "Orsk Rovers lost again on Saturday. They face Lowmere United on Monday."
    monday = make_timex(text, "Monday", "2024-05-13", dt.date(2024, 5, 13), dt.date(2024, 5, 13))
    event, = iter_events(nlp(text), [monday], [], PUBLISHED)
    assert event.what == "Orsk Rovers faces Lowmere United"
    assert event.status == "planned"  # the present tense with a future date: a fixture


def test_they_stays_when_the_subject_before_is_no_name(nlp):
    text = "Officials met in Lowmere. They will meet again on Monday."
    monday = make_timex(text, "Monday", "2024-05-13", dt.date(2024, 5, 13), dt.date(2024, 5, 13))
    event, = iter_events(nlp(text), [monday], [], PUBLISHED)
    assert event.what == "They meet"


def test_they_in_what_a_plural_noun_said_is_that_noun(nlp):
    # round 6: "two carmakers have warned they may halt production lines next week"
    text = "Officials in Lowmere said they would meet on Monday."
    monday = make_timex(text, "Monday", "2024-05-13", dt.date(2024, 5, 13), dt.date(2024, 5, 13))
    event, = iter_events(nlp(text), [monday], [], PUBLISHED)
    assert event.what == "Officials meet"


def test_a_possessive_pronoun_on_an_event_noun_gives_its_actor(nlp):
    text = "Ada Quill met Pim Adler. Her visit to Orsk on Monday was short."
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    event, = iter_events(nlp(text), [monday], [], PUBLISHED)
    assert event.what == "Ada Quill makes a visit to Orsk"
    assert event.participants == ("Ada Quill", "Orsk")


def test_one_shared_name_on_the_same_day_is_two_events(nlp):
    text = ("Brask Motors said on Monday it was recalling 2,000 ferries. "
            "Shares in Brask Motors fell 14 percent on Monday.")
    monday = dt.date(2024, 5, 6)
    dates = [make_timex(text, "Monday", "2024-05-06", monday, monday, occurrence=k)
             for k in (0, 1)]
    events = iter_events(nlp(text), dates, [], PUBLISHED)
    assert len(events) == 2


def test_another_word_for_the_same_happening_merges(nlp):
    text = ("Ada Quill will meet Pim Adler in Lowmere next week. "
            "Lowmere announced the summit with Ada Quill next week.")
    events = iter_events(nlp(text), [next_week(text), next_week(text, 1)], [], PUBLISHED)
    assert len(events) == 1
    assert events[0].what == "Ada Quill meets Pim Adler in Lowmere"


def derby(text: str) -> list[Timex]:
    """The derby's day and its kick-off time in ``text``."""
    day = make_timex(text, "Sunday", "2024-05-12", dt.date(2024, 5, 12), dt.date(2024, 5, 12))
    clock = replace(make_timex(text, "4 p.m.", "2024-05-12T16:00", dt.date(2024, 5, 12),
                               dt.date(2024, 5, 12)), type="TIME")
    return [day, clock]


def test_an_it_sentence_gives_the_clock_time_of_the_event_before(nlp):
    text = ("The Lowmere derby against Orsk Rovers has been moved to Sunday. "
            "It kicks off at 4 p.m.")
    events = iter_events(nlp(text), derby(text), [], PUBLISHED)
    assert [e.when.value for e in events] == ["2024-05-12"]
    assert len(events[0].mentions) == 2


def test_a_clock_time_two_sentences_later_is_its_own_event(nlp):
    text = ("The Lowmere derby against Orsk Rovers has been moved to Sunday. "
            "Fans were angry. It kicks off at 4 p.m.")
    events = iter_events(nlp(text), derby(text), [], PUBLISHED)
    assert [e.when.value for e in events] == ["2024-05-12", "2024-05-12T16:00"]
