"""Round 49's misses and round 50's (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 2, 13)  # a Saturday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_it_in_what_a_named_firm_says_it_plans_is_the_firm(nlp):
    events = events_of(nlp, "TARNBY, Norway, Feb. 13 \u2014 The Orsk mine reopened on Friday, "
                            "the regional office said.\n\nBrask Mining said it planned to restart "
                            "the second shaft on March 1.")
    assert events["2027-03-01"] == ("Brask Mining restarts the second shaft", "planned"), events


def test_it_in_what_a_company_says_is_the_company_never_the_datelines_place(nlp):
    events = events_of(nlp, "VELMAR, Scotland, Feb. 13 \u2014 The launch of the Orsk-2 probe "
                            "was scrubbed on Friday, operator Ada Launch said.\n\nThe company "
                            "said it would try again in the middle of next week.")
    assert events["2027-W07"] == ("The company tries", "planned"), events


def test_it_in_what_a_person_says_is_no_body(nlp):
    events = events_of(nlp, "Ada Quill said it would reopen on July 18.")
    assert events["2027-07-18"][0] == "It reopens", events
