"""Round 10 of the blind event set, by category: a gapped clause whose date has no
preposition, and more (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex as helpers_timex

from generator.extract.events import iter_events
from generator.extract.hits import DateRange, Timex

PUBLISHED = dt.date(2025, 9, 18)


def timex(text: str, phrase: str, value: str, start: dt.date, end: dt.date) -> Timex:
    """A resolved DATE timex for the first ``phrase`` in ``text``."""
    return helpers_timex(text, phrase, value, DateRange(start, end, "day"))


def events(nlp, text: str, timexes) -> list[tuple[str, str, str]]:
    return [(e.what, e.when.value, e.status)
            for e in iter_events(nlp(text), timexes, [], PUBLISHED)]


def test_a_gapped_date_with_no_preposition_is_its_own_happening(nlp):
    text = ("The Orsk agency will launch a cargo ship to the station in November and a third "
            "crew next year.")
    dates = [timex(text, "November", "2025-11", dt.date(2025, 11, 1), dt.date(2025, 11, 30)),
             timex(text, "next year", "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    assert events(nlp, text, dates) == [
        ("The Orsk agency launches a cargo ship", "2025-11", "planned"),
        ("The Orsk agency launches a third crew", "2026", "planned")]


def test_a_bare_date_with_no_gapped_object_stays_one_happening(nlp):
    text = "Tessaro Motors will open a plant in Tarn next year."
    dates = [timex(text, "next year", "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    assert events(nlp, text, dates) == [
        ("Tessaro Motors opens a plant", "2026", "planned")]


def test_a_date_that_is_the_complement_of_be_beats_a_bare_date_beside_it(nlp):
    text = "The last day of lessons this year is Dec. 19, the Orsk board said."
    dates = [timex(text, "this year", "2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
             timex(text, "Dec. 19", "2025-12-19", dt.date(2025, 12, 19), dt.date(2025, 12, 19))]
    assert events(nlp, text, dates) == [("The last day is Dec. 19", "2025-12-19", "planned")]


def test_a_headline_auction_retells_the_sale_at_an_auction_in_the_body(nlp):
    from generator.extract import extract_doc

    text = ("Veldmark Stores files for bankruptcy, plans auction in December\n\n"
            "The Orsk chain, which was founded in 1961, plans to sell itself at an auction "
            "on Dec. 15.\n")
    found = extract_doc(nlp(text), PUBLISHED).events
    sale = [(e.what, len(e.mentions)) for e in found if e.when.value.startswith("2025-12")]
    assert sale == [("The Orsk chain sells itself", 2)]


def test_an_ampersand_inside_a_firm_name_makes_one_subject(nlp):
    text = "Furniture chain Brill & Sato filed for bankruptcy on Wednesday in Orsk."
    dates = [timex(text, "Wednesday", "2025-09-17", dt.date(2025, 9, 17), dt.date(2025, 9, 17))]
    assert events(nlp, text, dates) == [
        ("Brill & Sato files for bankruptcy in Orsk", "2025-09-17", "happened")]


def test_a_possessive_pronoun_resolved_to_a_name_ending_in_s_takes_an_apostrophe_only(nlp):
    from generator.extract import extract_doc

    text = "The Orsk Dock Workers said its members will vote on Friday on a strike.\n"
    found = extract_doc(nlp(text), PUBLISHED).events
    assert [e.what for e in found] == ["Orsk Dock Workers' members vote on a strike"]
