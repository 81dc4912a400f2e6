"""Round 15 of the blind event set, by category: a headline that moves a happening to a date
retells the body's happening at that date, performers come back to play, and they keep an
organiser's programme (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex

from generator.extract.events import iter_events
from generator.extract.hits import DateRange

PUBLISHED = dt.date(2026, 10, 21)
YEAR = DateRange(dt.date(2028, 1, 1), dt.date(2028, 12, 31), "year")
HALF = DateRange(dt.date(2028, 7, 1), dt.date(2028, 12, 31), "half")

HEADLINE = "Brask delays output at Orsk glass plant to 2028\n\n"
BODY = "Brask Glass will start production at its new plant near Orsk in the second half of 2028."


def events(nlp, text: str, timexes, published: dt.date = PUBLISHED):
    return iter_events(nlp(text), timexes, [], published)


def test_a_headline_that_delays_a_happening_to_a_year_retells_the_body(nlp):
    text = HEADLINE + BODY
    dates = [timex(text, "2028", "2028", YEAR),
             timex(text, "the second half of 2028", "2028-H2", HALF)]
    found = events(nlp, text, dates)
    assert len(found) == 1, [e.what for e in found]
    assert found[0].status == "planned"


def test_a_headline_that_delays_another_year_stays_its_own_event(nlp):
    text = HEADLINE + BODY.replace("2028", "2029")
    later = DateRange(dt.date(2029, 7, 1), dt.date(2029, 12, 31), "half")
    dates = [timex(text, "2028", "2028", YEAR),
             timex(text, "the second half of 2029", "2029-H2", later)]
    assert len(events(nlp, text, dates)) == 2


def test_a_headline_return_retells_the_acts_playing_that_month(nlp):
    text = ("Storm forces Orsk Sounds to cancel final day; headliners to return in August\n\n"
            "Both acts will now play at the Orsk festival on Aug. 22.")
    month = DateRange(dt.date(2026, 8, 1), dt.date(2026, 8, 31), "month")
    day = DateRange(dt.date(2026, 8, 22), dt.date(2026, 8, 22), "day")
    dates = [timex(text, "August", "2026-08", month), timex(text, "Aug. 22", "2026-08-22", day)]
    found = events(nlp, text, dates, dt.date(2026, 7, 13))
    assert [(e.what, e.status) for e in found] == [
        ("Both acts play at the Orsk festival", "planned")]
