"""Round 24 of the blind event set, by category: what needs more than one sentence (a
headline's verb for the decision the body reaches) (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 4, 22)


def events_of(nlp, text: str) -> list[tuple[str, str, str, int]]:
    """(what, status, value, mentions) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value, len(e.mentions)) for e in result.events]


def test_a_headline_ruling_retells_the_decision_the_body_reaches(nlp):
    text = ("Orsk Ferries merger cleared by shareholders; regulator to rule by July\n\n"
            "The merger still needs the approval of the Lowmere competition authority, which "
            "must reach a decision by July 17.")
    decisions = [(value, mentions) for what, _, value, mentions in events_of(nlp, text)
                 if "decision" in what or "rule" in what.lower()]
    assert decisions == [("2026-07-17", 2)], events_of(nlp, text)
