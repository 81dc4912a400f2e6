"""Round 19 of the blind event set, by category: a strike retold later by a sentence naming no
one is one event, a strike set "for" a day is planned on that day, a present perfect that sets a
fixture and a length's figure in the claim kinds (fictional people, places and unions)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex as helpers_timex

from generator.extract import extract_doc
from generator.extract.events import iter_events
from generator.extract.hits import DateRange, Timex

PUBLISHED = dt.date(2026, 3, 4)
TUESDAY = DateRange(dt.date(2026, 3, 3), dt.date(2026, 3, 3), "day")


def timex(text: str, phrase: str, value: str, date_range: DateRange) -> Timex:
    """A resolved timex for the last ``phrase`` in ``text``."""
    return helpers_timex(text, phrase, value, date_range, last=True)


def test_a_strike_retold_by_a_later_sentence_naming_no_one_is_one_event(nlp):
    text = ("Thousands of dockers walked off the job across Orsk on Tuesday in a one-day "
            "strike. Tuesday's strike was the longest stoppage at the port.")
    dates = [Timex(text.index("Tuesday"), text.index("Tuesday") + 7, "Tuesday", "DATE",
                   "2026-03-03", range=TUESDAY, rule="test"),
             timex(text, "Tuesday", "2026-03-03", TUESDAY)]
    found = iter_events(nlp(text), dates, [], PUBLISHED)
    assert len(found) == 1, [e.what for e in found]
    assert len(found[0].mentions) == 2


def test_a_strike_set_for_a_day_is_planned_on_that_day_and_a_length_is_a_figure(nlp):
    result = extract_doc(nlp("The Orsk unions have called a second, 48-hour strike for "
                             "March 19 and 20."), PUBLISHED)
    assert [(e.what, e.status, e.when.value) for e in result.events] == [
        ("The Orsk unions stage a second, 48-hour strike", "planned", "2026-03-19")]
    # a past act that sets a fixture asserts the act; its figure is the length
    assert [c.kind for c in result.claims] == ["statistic"]


def test_a_fixture_set_in_the_present_perfect_is_no_prediction(nlp):
    result = extract_doc(nlp("The Lowmere council has called a public meeting for March 12 "
                             "on the ferry timetable."), PUBLISHED)
    assert [c.kind for c in result.claims] == ["statement"]
    assert [e.status for e in result.events] == ["planned"]
