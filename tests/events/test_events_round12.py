"""Round 12 of the blind event set, by category: "it" standing for a firm the tagger did not
type, and more (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex as helpers_timex

from generator.extract.events import iter_events
from generator.extract.hits import DateRange, Timex

PUBLISHED = dt.date(2025, 3, 5)


def timex(text: str, phrase: str, value: str, first: dt.date, last: dt.date | None = None,
          granularity: str = "day") -> Timex:
    """A resolved DATE timex for the first ``phrase`` in ``text``."""
    return helpers_timex(text, phrase, value, DateRange(first, last or first, granularity))


def whats(nlp, text: str, timexes) -> list[str]:
    return [e.what for e in iter_events(nlp(text), timexes, [], PUBLISHED)]


def test_it_skips_a_person_named_by_title_for_the_firm_before(nlp):
    text = ("Brannock Tools first learned of the fault in November. \"We are sorry,\" chief "
            "executive Ada Quill said. The firm will also close its plant in Orsk, a decision "
            "it announced last year.")
    dates = [timex(text, "last year", "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31),
                   "year")]
    found = whats(nlp, text, dates)
    assert len(found) == 1 and found[0].startswith("Brannock"), found


def test_it_after_a_name_owning_the_complement_of_be_stands_for_that_name(nlp):
    text = ("The recall is Vessmark's second this year. In January it called back 9,000 "
            "bikes over a faulty brake.")
    dates = [timex(text, "January", "2025-01", dt.date(2025, 1, 1), dt.date(2025, 1, 31),
                   "month")]
    found = whats(nlp, text, dates)
    assert found and found[-1].startswith("Vessmark calls back"), found


def test_an_age_epithet_stands_for_the_person_named_before(nlp):
    text = ("Orsk Rovers have signed striker Pim Adler from Tarnby, the club said on Tuesday. "
            "The 24-year-old passed a medical on Monday.")
    dates = [timex(text, "Tuesday", "2025-03-04", dt.date(2025, 3, 4)),
             timex(text, "Monday", "2025-03-03", dt.date(2025, 3, 3))]
    found = whats(nlp, text, dates)
    assert "Pim Adler passes a medical" in found, found


def test_a_conjunct_dated_by_the_same_date_is_its_own_happening(nlp):
    text = ("Tarn Air said it would drop its Orsk-Lowmere route from June 1 and add daily "
            "flights to Lowmere from the same date.")
    dates = [timex(text, "June 1", "2025-06-01", dt.date(2025, 6, 1))]
    assert whats(nlp, text, dates) == ["Tarn Air drops its Orsk-Lowmere route",
                                       "Tarn Air adds daily flights to Lowmere"]


def week(text: str, phrase: str, value: str, monday: dt.date) -> Timex:
    """A resolved ISO week timex for the first ``phrase`` in ``text``."""
    return timex(text, phrase, value, monday, monday + dt.timedelta(days=6), "week")


def test_a_headline_retells_the_body_with_another_word_for_the_happening(nlp):
    text = ("Strike to ground half of Tarn Air flights next week\n\n"
            "Tarn Air will cancel about half of its flights on March 12, the airline said.")
    dates = [week(text, "next week", "2025-W11", dt.date(2025, 3, 10)),
             timex(text, "March 12", "2025-03-12", dt.date(2025, 3, 12))]
    found = iter_events(nlp(text), dates, [], PUBLISHED)
    assert [(e.when.value, len(e.mentions)) for e in found] == [("2025-03-12", 2)], found


def test_a_headline_noun_due_on_a_date_retells_the_body_verb(nlp):
    text = ("Orsk pill trims hospital stays; regulator decision due in April\n\n"
            "The Orsk Medicines Board is due to decide by April 20.")
    dates = [timex(text, "April", "2025-04", dt.date(2025, 4, 1), dt.date(2025, 4, 30),
                   "month"),
             timex(text, "April 20", "2025-04-20", dt.date(2025, 4, 20))]
    found = iter_events(nlp(text), dates, [], PUBLISHED)
    assert [e.when.value for e in found] == ["2025-04-20"], [e.what for e in found]


def test_it_never_stands_for_a_person_with_a_capitalised_title(nlp):
    text = ("The Bank of Orsk held its rate on Tuesday. \"We will wait,\" Governor Ilse Varga "
            "told reporters in Orsk. It will publish new forecasts on May 8.")
    dates = [timex(text, "Tuesday", "2025-03-04", dt.date(2025, 3, 4)),
             timex(text, "May 8", "2025-05-08", dt.date(2025, 5, 8))]
    found = whats(nlp, text, dates)
    assert not any("Varga" in what for what in found), found
