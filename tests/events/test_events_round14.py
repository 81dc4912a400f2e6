"""Round 14 of the blind event set, by category: two figures that moved in one year are two
happenings, a date a happening moves from makes no event (fictional people, places and
firms)."""

from __future__ import annotations

import datetime as dt

from events_helpers import timex

from generator.extract.events import iter_events
from generator.extract.hits import DateRange

PUBLISHED = dt.date(2026, 2, 5)
YEAR = DateRange(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")


def whats(nlp, text: str, timexes) -> list[str]:
    return [e.what for e in iter_events(nlp(text), timexes, [], PUBLISHED)]


def test_two_figures_that_rose_in_one_year_are_two_happenings(nlp):
    text = ("Revenue for 2025 rose 12 percent to 4 billion crowns. Brask shares fell 3 percent "
            "on Thursday after rising 20 percent last year.")
    dates = [timex(text, "2025", "2025", YEAR), timex(text, "last year", "2025", YEAR)]
    found = whats(nlp, text, dates)
    assert len(found) == 2, found


def test_one_figure_told_twice_in_one_year_stays_one_happening(nlp):
    text = "Brask revenue rose 12 percent in 2025. Its revenue rose in every market last year."
    dates = [timex(text, "2025", "2025", YEAR), timex(text, "last year", "2025", YEAR)]
    assert len(whats(nlp, text, dates)) == 1


def test_the_date_a_happening_moves_from_makes_no_event(nlp):
    text = "The Orsk fair will move from June 11 to June 15."
    day = DateRange(dt.date(2026, 6, 11), dt.date(2026, 6, 11), "day")
    new = DateRange(dt.date(2026, 6, 15), dt.date(2026, 6, 15), "day")
    dates = [timex(text, "June 11", "2026-06-11", day), timex(text, "June 15", "2026-06-15", new)]
    found = iter_events(nlp(text), dates, [], PUBLISHED)
    assert [e.when.value for e in found] == ["2026-06-15"], found


def test_a_verbless_conjunct_with_its_own_date_is_its_own_happening(nlp):
    text = "The women's final is scheduled for Sept. 12 and the men's final for the following day."
    first = DateRange(dt.date(2026, 9, 12), dt.date(2026, 9, 12), "day")
    second = DateRange(dt.date(2026, 9, 13), dt.date(2026, 9, 13), "day")
    dates = [timex(text, "Sept. 12", "2026-09-12", first),
             timex(text, "the following day", "2026-09-13", second)]
    found = iter_events(nlp(text), dates, [], PUBLISHED)
    assert [(e.what, e.when.value) for e in found] == [
        ("The women's final is scheduled", "2026-09-12"),
        ("The men's final is scheduled", "2026-09-13")], found
