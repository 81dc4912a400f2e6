"""Round 31 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show, a length the temporal stage leaves without a date (fictional
people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 3, 19)


def events_of(nlp, text: str) -> list[tuple[str, str, str]]:
    """(what, status, value) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value) for e in result.events]


def test_a_length_after_in_on_a_coming_happening_counts_from_the_publication_day(nlp):
    text = ("Judge Ada Quill of Orsk struck down the levy on Thursday. Her ruling takes effect "
            "in 30 days.")
    assert "2026-04-18" in [value for _, _, value in events_of(nlp, text)]


def test_a_length_of_weeks_gives_the_week(nlp):
    text = "The Orsk council will hold its next meeting in six weeks."
    assert "2026-W18" in [value for _, _, value in events_of(nlp, text)]


def test_a_past_length_only_says_how_long_it_took(nlp):
    text = "The Orsk bridge was repaired in 30 days last year."
    assert "2026-04-18" not in [value for _, _, value in events_of(nlp, text)]


def test_years_measure_an_absence(nlp):
    text = "Orsk Rovers will play their first final in 41 years."
    assert all(not value.startswith("20") or value < "2030"
               for _, _, value in events_of(nlp, text))


def test_the_end_of_a_period_nothing_is_done_in_is_the_happening(nlp):
    text = ("The founders of Orsk Telecom have agreed not to sell any shares during a lock-up "
            "period that ends in 180 days.")
    events = events_of(nlp, text)
    assert [value for _, _, value in events] == ["2026-09-15"], events
    assert "ends" in events[0][0], events


def test_the_same_day_sets_a_second_happening_beside_the_first(nlp):
    text = ("The Orsk exhibition will open to the public on Saturday. The museum's new cafe "
            "opens on the same day.")
    whats = [what for what, _, _ in events_of(nlp, text)]
    assert len(whats) == 2 and any("cafe" in what for what in whats), whats
