"""Round 51's misses (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 2, 13)  # a Saturday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_a_runoff_set_for_a_day_retells_the_runoff_told_before(nlp):
    events = events_of(nlp, "Ada Quill and Pim Adler will face each other in a runoff next "
                            "month. Quill won 44 percent of the vote.\n\nThe runoff is set for "
                            "Saturday, March 13. Early voting will run at 9 sites.")
    assert "2027-03" in events and "2027-03-13" not in events, events


def test_what_goes_on_sale_is_released_at_a_finer_day(nlp):
    events = events_of(nlp, "The first phase opens on Tuesday, and a last batch of day tickets "
                            "goes on sale in May. Organisers said the day tickets would be "
                            "released on Thursday, May 6.")
    assert "2027-05" in events and "2027-05-06" not in events, events


def test_tickets_on_sale_are_not_a_programme_unveiled(nlp):
    events = events_of(nlp, "The Orsk film festival said its programme would be unveiled next "
                            "month. It will be published online on July 6, and tickets go on "
                            "sale four days later.", dt.date(2027, 6, 9))
    assert "2027-07-10" in events, events


def test_a_verb_done_there_retells_the_happening_of_the_place_told_just_before(nlp):
    events = events_of(nlp, "Upper Brackwood, where 40 poles snapped, should be back on the "
                            "grid early next week; director Ada Quill said crews hoped to finish "
                            "there on Tuesday afternoon.",
                       dt.date(2026, 11, 29))
    assert list(events) == ["2026-W49"], events
