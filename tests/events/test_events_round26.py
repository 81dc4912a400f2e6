"""Round 26 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 7, 9)


def events_of(nlp, text: str) -> list[tuple[str, str, str]]:
    """(what, status, value) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value) for e in result.events]


def test_a_start_at_a_clock_time_is_the_clock_of_the_day_before_it(nlp):
    text = "The Orsk race will now be held on Sunday, July 19, and will start at 6 a.m."
    events = events_of(nlp, text)
    assert [value for _, _, value in events] == ["2026-07-19"], events


def test_a_start_on_a_day_of_its_own_stays_a_second_happening(nlp):
    text = "The Orsk fair will be held on Sunday, July 19, and will start again on July 26."
    events = events_of(nlp, text)
    assert len(events) == 2, events


def test_a_shifted_plan_makes_no_event_but_the_saying_stays(nlp):
    text = ("The Orsk gala, which was due to take place on Sunday, has been postponed by a "
            "week, organisers said on Wednesday.")
    events = events_of(nlp, text)
    assert [value for _, _, value in events] == ["2026-07-08"], events


def test_a_plan_that_failed_makes_no_event_but_the_launch_stays(nlp):
    text = ("The Orsk system was launched in 2019 and was meant to replace the older systems "
            "by 2023.")
    events = events_of(nlp, text)
    assert [value for _, _, value in events] == ["2019"], events


def test_a_beginning_is_told_again_by_its_first_day_inside_its_date(nlp):
    text = ("An Orsk council committee will begin public hearings next week. The Orsk committee "
            "will hear from officials on Tuesday and from the contractor, Brask Systems, on "
            "July 21.")
    events = events_of(nlp, text)
    assert sorted(value for _, _, value in events) == ["2026-07-21", "2026-W29"], events
