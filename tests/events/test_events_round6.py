"""Round 6 of the blind event set, by category: dates in a list of counted happenings
(fictional people and places)."""

from __future__ import annotations

import datetime as dt

from generator.extract.events import iter_events
from generator.extract.hits import DateRange, Timex

PUBLISHED = dt.date(2024, 5, 10)


def day_timex(text: str, phrase: str, day: dt.date) -> Timex:
    """A resolved one-day DATE timex for ``phrase`` in ``text``."""
    at = text.index(phrase)
    return Timex(at, at + len(phrase), phrase, "DATE", day.isoformat(),
                 range=DateRange(day, day, "day"), rule="test")


def events_of(nlp, text: str, dates: dict[str, dt.date]):
    timexes = [day_timex(text, phrase, day) for phrase, day in dates.items()]
    return iter_events(nlp(text), timexes, [], PUBLISHED)


def test_each_date_in_a_list_of_counted_happenings_is_an_event(nlp):
    text = "Three public hearings are planned in Lowmere, on June 3, June 10 and June 24."
    days = {"June 3": dt.date(2024, 6, 3), "June 10": dt.date(2024, 6, 10),
            "June 24": dt.date(2024, 6, 24)}
    events = events_of(nlp, text, days)
    assert [e.when.value for e in events] == ["2024-06-03", "2024-06-10", "2024-06-24"]
    assert {e.status for e in events} == {"planned"}


def test_two_dates_of_one_happening_stay_one_event(nlp):
    text = "Divers in Lowmere searched the harbour on June 3 and June 4."
    days = {"June 3": dt.date(2024, 6, 3), "June 4": dt.date(2024, 6, 4)}
    assert len(events_of(nlp, text, days)) == 1


def test_a_pronoun_speaker_given_by_role_is_the_name_in_apposition(nlp):
    from generator.extract.hits import Claim

    text = ("Her main rival, the Conservative councillor Piet Varn, said he would publish "
            "a plan to cut council tax next week.")
    week = Timex(text.index("next week"), text.index("next week") + 9, "next week", "DATE",
                 "2024-W20", range=DateRange(dt.date(2024, 5, 13), dt.date(2024, 5, 19), "week"),
                 rule="test")
    said = text.index("he would")
    claim = Claim(start=said, end=len(text) - 1, text=text[said:-1], kind="reported",
                  speaker="main rival", sentence_start=0, sentence_end=len(text),
                  checkworthiness=0.6)
    event, = iter_events(nlp(text), [week], [claim], PUBLISHED)
    assert event.what == "Piet Varn publishes a plan to cut council tax"
