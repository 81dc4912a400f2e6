"""Round 13 of the blind event set, by category: a plan since replaced makes no event, a
festival keeps its programme, a present the tagger read as a base form (fictional people,
places and firms)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex as helpers_timex

from generator.extract.events import iter_events
from generator.extract.events.filters import restates_date
from generator.extract.hits import DateRange, Timex

PUBLISHED = dt.date(2025, 3, 5)


def timex(text: str, phrase: str, value: str, first: dt.date, last: dt.date | None = None,
          granularity: str = "day", kind: str = "DATE") -> Timex:
    """A resolved timex for the first ``phrase`` in ``text``."""
    return helpers_timex(text, phrase, value, DateRange(first, last or first, granularity), kind)


def events(nlp, text: str, timexes) -> list[tuple[str, str]]:
    return [(e.what, e.status) for e in iter_events(nlp(text), timexes, [], PUBLISHED)]


def test_a_replaced_plan_makes_no_event_but_the_new_date_does(nlp):
    text = ("Tarn Mills will begin producing paper in the first quarter of 2026. It had "
            "originally planned to start output in the third quarter of this year.")
    dates = [timex(text, "the first quarter of 2026", "2026-Q1", dt.date(2026, 1, 1),
                   dt.date(2026, 3, 31), "quarter"),
             timex(text, "the third quarter of this year", "2025-Q3", dt.date(2025, 7, 1),
                   dt.date(2025, 9, 30), "quarter")]
    found = events(nlp, text, dates)
    assert [what for what, _ in found] == ["Tarn Mills begin producing paper"], found


def test_a_request_that_was_refused_makes_no_event(nlp):
    text = ("Ada Quill had asked for the hearing to start in June to give her more time, but "
            "the judge refused.")
    dates = [timex(text, "June", "2025-06", dt.date(2025, 6, 1), dt.date(2025, 6, 30),
                   "month")]
    assert events(nlp, text, dates) == []


def test_a_festival_and_its_jury_keep_their_programme(nlp):
    text = ("The Orsk Film Festival will open on July 15. The jury, led by Ada Quill, will "
            "meet for the first time on July 14.")
    dates = [timex(text, "July 15", "2025-07-15", dt.date(2025, 7, 15)),
             timex(text, "July 14", "2025-07-14", dt.date(2025, 7, 14))]
    found = events(nlp, text, dates)
    assert [status for _, status in found] == ["planned", "planned"], found


def test_a_date_restated_in_apposition_makes_no_event_of_its_own(nlp):
    text = ("The Silver Gull will be presented at an awards night on July 25, the last "
            "evening of the Orsk festival.")
    dates = [timex(text, "July 25", "2025-07-25", dt.date(2025, 7, 25)),
             timex(text, "last evening", "2025-07-25TEV", dt.date(2025, 7, 25))]
    assert len(events(nlp, text, dates)) == 1


def test_a_list_of_dates_restates_none_of_them():
    text = "The Orsk council will meet on April 14, April 23 and May 4."
    dates = [timex(text, day, f"2025-{m:02d}-{d:02d}", dt.date(2025, m, d))
             for day, m, d in (("April 14", 4, 14), ("April 23", 4, 23), ("May 4", 5, 4))]
    assert not any(restates_date(text, date, dates) for date in dates)


def test_a_participle_aside_on_an_event_noun_tells_its_own_happening(nlp):
    text = "The music festival, first held in 1984 near the lake, draws 9,000 visitors."
    dates = [timex(text, "1984", "1984", dt.date(1984, 1, 1), dt.date(1984, 12, 31), "year")]
    assert events(nlp, text, dates) == [("The music festival is held", "happened")]


def test_a_headline_start_retells_the_body_begin(nlp):
    text = ("Brask Foods to start output at Orsk plant next year\n\n"
            "Brask Foods said its new plant in Orsk will begin producing flour in the first "
            "quarter of 2026.")
    dates = [timex(text, "next year", "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                   "year"),
             timex(text, "the first quarter of 2026", "2026-Q1", dt.date(2026, 1, 1),
                   dt.date(2026, 3, 31), "quarter")]
    found = events(nlp, text, dates)
    assert len(found) == 1 and "begin" in found[0][0], found


def test_he_stands_for_a_person_whose_surname_the_tagger_typed_otherwise(nlp):
    text = ("A judge set a date for the trial of former Orsk mayor Victor Lanz. Judge Amelia "
            "Roth said it would last six weeks. Lanz, 61, who resigned after his arrest, has "
            "pleaded not guilty. He was released on bail in December 2024.")
    dates = [timex(text, "December 2024", "2024-12", dt.date(2024, 12, 1),
                   dt.date(2024, 12, 31), "month")]
    found = events(nlp, text, dates)
    assert found and found[-1][0].startswith("Victor Lanz"), found
