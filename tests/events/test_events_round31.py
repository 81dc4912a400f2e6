"""Round 31 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show, a length the temporal stage leaves without a date (fictional
people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    any_what_has,
    case,
    check,
    dated,
    listed_count,
    listed_dates,
    not_dated,
    what_has,
)

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 3, 19)


CASES = [
    case("a_length_after_in_on_a_coming_happening_counts_from_the_publication_day",
         ("Judge Ada Quill of Orsk struck down the levy on Thursday. Her ruling takes effect "
          "in 30 days."),
         PUBLISHED, dated("2026-04-18")),
    case("a_length_of_weeks_gives_the_week",
         "The Orsk council will hold its next meeting in six weeks.",
         PUBLISHED, dated("2026-W18")),
    case("a_past_length_only_says_how_long_it_took",
         "The Orsk bridge was repaired in 30 days last year.",
         PUBLISHED, not_dated("2026-04-18")),
    case("the_end_of_a_period_nothing_is_done_in_is_the_happening",
         ("The founders of Orsk Telecom have agreed not to sell any shares during a lock-up "
          "period that ends in 180 days."),
         PUBLISHED, listed_dates("2026-09-15"), what_has("2026-09-15", "ends")),
    case("the_same_day_sets_a_second_happening_beside_the_first",
         ("The Orsk exhibition will open to the public on Saturday. The museum's new cafe "
          "opens on the same day."),
         PUBLISHED, listed_count(2), any_what_has("cafe")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round31_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_years_measure_an_absence(nlp):
    text = "Orsk Rovers will play their first final in 41 years."
    assert all(not value.startswith("20") or value < "2030"
               for value in (e.when.value for e in extract_doc(nlp(text), PUBLISHED).events))
