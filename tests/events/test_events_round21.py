"""Round 21 of the blind event set, by category: one span told by an opening verb and a verb
that carries it on (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc
from generator.extract.events.proverbs import pro_verb_antecedent, restated

PUBLISHED = dt.date(2026, 5, 11)


def events_of(nlp, text: str) -> list[tuple[str, str, str, int]]:
    """(what, status, value, mentions) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value, len(e.mentions)) for e in result.events]


def test_a_span_opened_and_carried_on_is_one_happening(nlp):
    text = "Postal voting in Tolvin opens on Saturday and runs until May 29 at nine sites."
    assert [(what, value) for what, _, value, _ in events_of(nlp, text)] == [
        ("Postal voting in Tolvin opens", "2026-05-16")]


def test_two_verbs_of_one_sentence_that_carry_on_nothing_stay_two_happenings(nlp):
    text = "The Tolvin museum closes on Saturday and reopens on May 29 after repairs."
    assert [value for _, _, value, _ in events_of(nlp, text)] == ["2026-05-16", "2026-05-29"]


def test_polls_open_at_a_clock_time_on_polling_day_retell_it(nlp):
    text = ("Polling day in Tolvin is Tuesday, May 26. Polls will be open from 7 a.m. to 9 p.m., "
            "the town clerk said.")
    assert [(value, mentions) for _, _, value, mentions in events_of(nlp, text)] == [
        ("2026-05-26", 2)]


def test_a_headline_aiming_at_a_happening_retells_the_body_s(nlp):
    text = ("Tolvin ferry bill passes as ministers aim for law by summer\n\nMinisters want the "
            "Tolvin Ferries Bill to receive royal assent by July 17.\n")
    assert [event[1:] for event in events_of(nlp, text)] == [("expected", "2026-07-17", 2)]


def test_restating_a_pro_verb_keeps_the_person_and_drops_so(nlp):
    doc = nlp("Owners who have not paid must do so by June 1.")
    do = next(t for t in doc if t.lower_ == "do")
    antecedent = pro_verb_antecedent(do)
    assert antecedent is not None and antecedent.lemma_ == "pay"
    assert restated("The owner does so", antecedent) == "The owner pays"
    assert restated("Owners do", antecedent) == "Owners pay"
    assert pro_verb_antecedent(next(t for t in doc if t.lower_ == "paid")) is None
