"""Round 11 of the blind event set, by category: a clock time given to an event told before,
an ordinal standing for the subject again, and more (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract.events import iter_events
from generator.extract.hits import DateRange, Timex

PUBLISHED = dt.date(2025, 2, 6)


def timex(text: str, phrase: str, value: str, day: dt.date, kind: str = "DATE") -> Timex:
    """A resolved one-day timex for the first ``phrase`` in ``text``."""
    at = text.index(phrase)
    granularity = "time" if kind == "TIME" else "day"
    return Timex(at, at + len(phrase), phrase, kind, value,
                 range=DateRange(day, day, granularity), rule="test")


def events(nlp, text: str, timexes) -> list[tuple[str, str, str]]:
    return [(e.what, e.when.value, e.status)
            for e in iter_events(nlp(text), timexes, [], PUBLISHED)]


def test_a_definite_noun_given_a_clock_time_retells_the_event_of_that_day(nlp):
    text = ("The Bank of Tarnby cut its main rate to 3 percent on Thursday. It said more cuts "
            "could follow. The decision, announced at 1 p.m., was backed by five members.")
    day = dt.date(2025, 2, 6)
    dates = [timex(text, "Thursday", "2025-02-06", day),
             timex(text, "1 p.m.", "2025-02-06T13:00", day, "TIME")]
    found = iter_events(nlp(text), dates, [], PUBLISHED)
    assert [(e.when.value, len(e.mentions)) for e in found] == [("2025-02-06", 2)]


def test_a_clock_time_on_another_noun_stays_its_own_event(nlp):
    text = ("The Bank of Tarnby cut its main rate to 3 percent on Thursday. A rally, which "
            "began at 1 p.m., drew 2,000 people.")
    day = dt.date(2025, 2, 6)
    dates = [timex(text, "Thursday", "2025-02-06", day),
             timex(text, "1 p.m.", "2025-02-06T13:00", day, "TIME")]
    assert len(iter_events(nlp(text), dates, [], PUBLISHED)) == 2


def test_each_ordinal_standing_for_the_subject_is_a_fixture_of_its_own(nlp):
    text = ("The first race is in Orsk on March 8, the second in Tarnby on March 15 and the "
            "third in Lowmere on March 22.")
    dates = [timex(text, f"March {d}", f"2025-03-{d:02d}", dt.date(2025, 3, d))
             for d in (8, 15, 22)]
    assert events(nlp, text, dates) == [
        ("The first race is in Orsk", "2025-03-08", "planned"),
        ("The second race is in Tarnby", "2025-03-15", "planned"),
        ("The third race is in Lowmere", "2025-03-22", "planned")]


def test_a_coordinated_verb_of_a_passive_programme_is_planned_too(nlp):
    text = ("The mayor's coffin will be carried through Orsk on Monday morning and will lie in "
            "state in the town hall from Monday afternoon.")
    day = dt.date(2025, 2, 10)
    dates = [timex(text, "Monday morning", "2025-02-10TMO", day, "TIME"),
             timex(text, "Monday afternoon", "2025-02-10TAF", day, "TIME")]
    assert [status for _, _, status in events(nlp, text, dates)] == ["planned", "planned"]


def test_it_stands_for_a_one_word_firm_the_tagger_calls_a_person(nlp):
    text = ("Dalby, which led the market for two years, shipped 40 million phones in the "
            "quarter, down 10 percent. It releases its results on April 30.")
    dates = [timex(text, "April 30", "2025-04-30", dt.date(2025, 4, 30))]
    found = events(nlp, text, dates)
    assert len(found) == 1 and found[0][0].startswith("Dalby releases"), found


def test_a_periods_possessive_dates_the_happening_for_introduces(nlp):
    text = "Coach Ada Quill named her squad on Monday for next month's tour of Tarnby."
    at = text.index("next month")
    month = Timex(at, at + 10, "next month", "DATE", "2025-03",
                  range=DateRange(dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"),
                  rule="test")
    found = events(nlp, text, [timex(text, "Monday", "2025-02-03", dt.date(2025, 2, 3)), month])
    assert ("Ada Quill makes the tour of Tarnby", "2025-03", "planned") in found, found
