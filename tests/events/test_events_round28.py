"""Round 28 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 4, 6)


def whats_of(nlp, text: str) -> list[str]:
    """The ``what`` of every event ``extract_doc`` finds in ``text``."""
    return [e.what for e in extract_doc(nlp(text), PUBLISHED).events]


def test_an_age_epithet_with_a_noun_stands_for_the_untyped_name_before(nlp):
    text = ("By Tom Reid, Tennis Correspondent\n\n"
            "Former world No. 2 Elena Varga will make her comeback at the Barcelona Open next "
            "week.\n\nThe 29-year-old Hungarian has not played on the tour since she retired "
            "hurt at Wimbledon last year. She had surgery in London in June.")
    whats = whats_of(nlp, text)
    surgery = [w for w in whats if "surgery" in w]
    assert surgery and all("Varga" in w for w in surgery), whats
    assert not any("Tom Reid" in w for w in whats), whats


def test_a_bare_pronoun_with_no_person_before_keeps_its_pronoun(nlp):
    text = ("Vantor Motors will open a plant next week. The 29-year-old company has not "
            "hired since she left in June.")
    whats = whats_of(nlp, text)
    assert not any("Vantor Motors left" in w or "Vantor Motors leaves" in w for w in whats), whats
