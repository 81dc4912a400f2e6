"""Round 34 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def values_of(nlp, text: str) -> list[str]:
    """The date value of every event ``extract_doc`` finds in ``text``."""
    return [e.when.value for e in extract_doc(nlp(text), PUBLISHED).events]


def test_the_replay_held_on_a_day_retells_the_tie_played_again_that_week(nlp):
    text = ("Orsk Rovers will play Tarn City again next week after a 2-2 draw on Tuesday. "
            "The replay will be held at Lowmere Park on Wednesday.")
    values = values_of(nlp, text)
    assert "2026-06-17" not in values and "2026-W25" in values, values


def test_a_replay_held_after_that_week_stays_its_own(nlp):
    text = ("Orsk Rovers will play Tarn City again next week after a 2-2 draw on Tuesday. "
            "The replay will be held at Lowmere Park on June 30.")
    assert "2026-06-30" in values_of(nlp, text)

