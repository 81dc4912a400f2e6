"""Round 9 of the blind event set, by category: the dates of a gapped clause (fictional people,
places and firms)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex as helpers_timex

from generator.extract.events import iter_events
from generator.extract.hits import DateRange, Timex

PUBLISHED = dt.date(2025, 9, 18)


def timex(text: str, phrase: str, value: str, start: dt.date, end: dt.date) -> Timex:
    """A resolved DATE timex for the first ``phrase`` in ``text``."""
    return helpers_timex(text, phrase, value, DateRange(start, end, "day"))


def whats(nlp, text: str, timexes) -> list[tuple[str, str]]:
    return [(e.what, e.when.value) for e in iter_events(nlp(text), timexes, [], PUBLISHED)]


def test_each_date_of_a_gapped_object_is_its_own_happening(nlp):
    text = ("Tessaro Motors will close its engine plant in Lowmere at the end of March and its "
            "assembly plant in Tarn in 2027.")
    dates = [timex(text, "the end of March", "2026-03", dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
             timex(text, "2027", "2027", dt.date(2027, 1, 1), dt.date(2027, 12, 31))]
    assert whats(nlp, text, dates) == [
        ("Tessaro Motors closes its engine plant in Lowmere", "2026-03"),
        ("Tessaro Motors closes its assembly plant in Tarn", "2027")]


def test_a_gapped_place_keeps_the_words_before_the_place_it_replaces(nlp):
    text = "The Veldmark phone goes on sale in Lowmere on March 21 and in Tarn and Orsk in April."
    dates = [timex(text, "March 21", "2026-03-21", dt.date(2026, 3, 21), dt.date(2026, 3, 21)),
             timex(text, "April", "2026-04", dt.date(2026, 4, 1), dt.date(2026, 4, 30))]
    assert whats(nlp, text, dates) == [
        ("The Veldmark phone goes on sale in Lowmere", "2026-03-21"),
        ("The Veldmark phone goes on sale in Tarn and Orsk", "2026-04")]


def test_the_days_of_one_happening_stay_one_event(nlp):
    text = "Ada Quill took samples in Lowmere on Aug. 15 and on Aug. 16."
    dates = [timex(text, "Aug. 15", "2025-08-15", dt.date(2025, 8, 15), dt.date(2025, 8, 15)),
             timex(text, "Aug. 16", "2025-08-16", dt.date(2025, 8, 16), dt.date(2025, 8, 16))]
    assert len(whats(nlp, text, dates)) == 1


def test_a_date_opening_the_sentence_dates_each_coordinated_clause(nlp):
    text = ("On Friday she will open the Tarn bridge with Mayor Pim Adler, and the two towns are "
            "expected to sign a ferry agreement.")
    dates = [timex(text, "Friday", "2025-09-19", dt.date(2025, 9, 19), dt.date(2025, 9, 19))]
    events = iter_events(nlp(text), dates, [], PUBLISHED)
    assert [(e.what, e.status) for e in events] == [
        ("She opens the Tarn bridge with Pim Adler", "planned"),
        ("The two towns sign a ferry agreement", "expected")]


def test_a_date_inside_the_sentence_leaves_the_next_clause_undated(nlp):
    text = ("She will open the Tarn bridge on Friday, and the two towns are expected to sign a "
            "ferry agreement.")
    dates = [timex(text, "Friday", "2025-09-19", dt.date(2025, 9, 19), dt.date(2025, 9, 19))]
    assert len(iter_events(nlp(text), dates, [], PUBLISHED)) == 1


def test_a_dated_subject_with_a_possessive_is_a_real_subject(nlp):
    text = ("Forecasters expect next year's season, which starts on June 1, to be more active "
            "than usual.")
    dates = [timex(text, "next year", "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    events = iter_events(nlp(text), dates, [], PUBLISHED)
    assert [e.what for e in events] == ["Next year's season is active"]
