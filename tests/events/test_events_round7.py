"""Round 7 of the blind event set, by category: "when" clauses after a coming date, several
days of counted happenings, a quote's "today", which date of several says when, and what
merging takes for one happening (fictional people and places)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import iter_events
from generator.extract.hits import Claim, DateRange, Timex

PUBLISHED = dt.date(2024, 5, 10)


def timex(text: str, phrase: str, value: str, start: dt.date, end: dt.date | None = None,
          occurrence: int = 0) -> Timex:
    """A resolved DATE timex for the ``occurrence``-th ``phrase`` in ``text``."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(phrase, at + 1)
    return Timex(at, at + len(phrase), phrase, "DATE", value,
                 range=DateRange(start, end or start, "day"), rule="test")


def day(text: str, phrase: str, when: dt.date, occurrence: int = 0) -> Timex:
    return timex(text, phrase, when.isoformat(), when, occurrence=occurrence)


def month(text: str, phrase: str, year: int, number: int) -> Timex:
    first = dt.date(year, number, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return timex(text, phrase, f"{year}-{number:02d}", first, last)


def events_of(nlp, text: str, timexes, claims=()):
    return iter_events(nlp(text), timexes, list(claims), PUBLISHED)


@pytest.mark.parametrize(("text", "whats"), [
    # a coming "when" clause tells of a happening of its own ...
    ("Child benefit in Orsk will rise by 8 percent in September, when the school year begins.",
     ["Child benefit in Orsk rises by 8 percent", "The school year begins"]),
    # ... whatever the parser hangs it on
    ("Residents of Tarnby can return from September, when power is due to be restored, the "
     "county said.", ["Residents of Tarnby return", "Power is restored"]),
    # one verb twice in one sentence is two happenings; the clause has no "will" of its own
    ("The Orsk festival opens in September, when the new bridge is due to open.",
     ["The Orsk festival opens", "The new bridge opens"]),
    ("The Orsk ferry will resume service in September, when the harbour reopens.",
     ["The Orsk ferry resumes service", "The harbour reopens"]),
    # not when it only says what may happen then
    ("The Lowmere campaign officially begins in September, when candidates may put up posters.",
     ["The Lowmere campaign begins"]),
])
def test_a_when_clause_after_a_coming_date_is_an_event_of_its_own(nlp, text, whats):
    events = events_of(nlp, text, [month(text, "September", 2024, 9)])
    assert [e.what for e in events] == whats
    assert {e.status for e in events} == {"planned"}


def test_a_when_clause_after_a_past_date_tells_how_it_came_about(nlp):
    text = "Talks on the Orsk dam almost collapsed in 2021, when Tarnby walked out."
    year = timex(text, "2021", "2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    event, = events_of(nlp, text, [year])
    assert event.what == "Talks collapse"


def test_several_days_of_counted_happenings_are_several_events(nlp):
    text = ("Lowmere's other group games are against Belsund in Tarnby on June 17 and against "
            "Orsk on June 22.")
    events = events_of(nlp, text, [day(text, "June 17", dt.date(2024, 6, 17)),
                                   day(text, "June 22", dt.date(2024, 6, 22))])
    assert [e.when.value for e in events] == ["2024-06-17", "2024-06-22"]
    assert [e.what for e in events] == [
        "Lowmere's other group games are against Belsund in Tarnby",
        "Lowmere's other group games are against Orsk"]
    assert {e.status for e in events} == {"planned"}


def test_a_quotes_today_is_the_day_it_was_spoken(nlp):
    text = "\u201cToday we have ended years of quarrels,\u201d Ada Quill said at the signing."
    words = "Today we have ended years of quarrels,"
    start = text.index(words)
    quote = Claim(start=start, end=start + len(words), text=words, kind="quote",
                  speaker="Ada Quill", sentence_start=0, sentence_end=len(text),
                  checkworthiness=0.7)
    today = day(text, "Today", PUBLISHED)
    assert events_of(nlp, text, [today], [quote]) == []
    assert len(events_of(nlp, text, [today])) == 1  # outside a quote, the publication day


def test_a_date_on_the_object_beats_one_that_only_qualifies_it(nlp):
    text = "Brask Motors will report third-quarter results on Oct. 29."
    quarter = timex(text, "third-quarter", "2024-Q3", dt.date(2024, 7, 1), dt.date(2024, 9, 30))
    event, = events_of(nlp, text, [quarter, day(text, "Oct. 29", dt.date(2024, 10, 29))])
    assert event.when.value == "2024-10-29"


def test_a_hearing_set_and_heard_on_one_day_is_one_event(nlp):
    text = ("The Orsk court on Monday granted Ada Quill leave to appeal and set a hearing for "
            "June 3. The court will hear both sides on June 3 and 4.")
    events = events_of(nlp, text, [day(text, "Monday", dt.date(2024, 5, 6)),
                                   day(text, "June 3", dt.date(2024, 6, 3)),
                                   day(text, "June 3", dt.date(2024, 6, 3), occurrence=1)])
    assert [e.when.value for e in events] == ["2024-05-06", "2024-06-03"]
    assert len(events[1].mentions) == 2


def test_stopping_a_sale_is_not_the_sale(nlp):
    text = ("Brask Motors expects to sell more cars this year and said it would stop selling "
            "its old Brask 7 at the end of the year.")
    year = ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    events = events_of(nlp, text, [timex(text, "this year", *year),
                                   timex(text, "the end of the year", *year)])
    assert len(events) == 2
    assert "stops selling" in events[1].what


def test_one_firm_named_twice_is_one_shared_name(nlp):
    text = ("Brask Electronics unveiled three phones in Lowmere on Tuesday. "
            "Brask shares rose 2 percent on Tuesday.")
    tuesday = dt.date(2024, 5, 7)
    events = events_of(nlp, text, [day(text, "Tuesday", tuesday),
                                   day(text, "Tuesday", tuesday, occurrence=1)])
    assert len(events) == 2


def test_they_after_two_names_is_both(nlp):
    text = "Sarne and Tolvia have said they will need until 2027."
    year = timex(text, "2027", "2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    event, = events_of(nlp, text, [year])
    assert (event.what, event.status) == ("Sarne and Tolvia need", "expected")


def test_a_dated_announcement_and_the_happening_it_arranges_are_two_events(nlp):
    text = "The Orsk court on Monday set a hearing for June 3."
    events = events_of(nlp, text, [day(text, "Monday", dt.date(2024, 5, 6)),
                                   day(text, "June 3", dt.date(2024, 6, 3))])
    assert [(e.what, e.status) for e in events] == [
        ("The Orsk court sets a hearing", "happened"),
        ("The Orsk court holds a hearing", "planned")]


def test_an_undated_announcement_is_dated_by_what_it_arranges(nlp):
    text = "Dock workers in Orsk called a strike for June 3."
    event, = events_of(nlp, text, [day(text, "June 3", dt.date(2024, 6, 3))])
    assert (event.what, event.status) == ("Dock workers in Orsk call a strike", "planned")


def test_a_coordinated_clause_with_its_own_subject_takes_no_part(nlp):
    text = ("Police ordered the evacuation of Pinecrest on Monday, and a further 1,200 people "
            "in the village of Ashby were moved out.")
    event, = events_of(nlp, text, [day(text, "Monday", dt.date(2024, 5, 6))])
    assert "Ashby" not in event.participants


@pytest.mark.parametrize(("text", "status"), [
    ("Lowmere will need until June 3 to finish the bridge.", "expected"),
    # "need" before the dated verb is no forecast of it
    ("Residents of Lowmere who need help can return from June 3.", "planned"),
])
def test_only_the_dated_verb_need_makes_a_forecast(nlp, text, status):
    event, = events_of(nlp, text, [day(text, "June 3", dt.date(2024, 6, 3))])
    assert event.status == status
