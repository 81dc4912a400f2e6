"""Round 21 of the blind event set, by category: one span told by an opening verb and a verb
that carries it on (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, listed_as, listed_dates

from generator.extract.events.proverbs import pro_verb_antecedent, restated

PUBLISHED = dt.date(2026, 5, 11)


CASES = [
    case("a_span_opened_and_carried_on_is_one_happening",
         "Postal voting in Tolvin opens on Saturday and runs until May 29 at nine sites.",
         PUBLISHED, listed_as("what value", [("Postal voting in Tolvin opens", "2026-05-16")])),
    case("two_verbs_of_one_sentence_that_carry_on_nothing_stay_two_happenings",
         "The Tolvin museum closes on Saturday and reopens on May 29 after repairs.",
         PUBLISHED, listed_dates("2026-05-16", "2026-05-29")),
    case("polls_open_at_a_clock_time_on_polling_day_retell_it",
         ("Polling day in Tolvin is Tuesday, May 26. Polls will be open from 7 a.m. to 9 p.m., "
          "the town clerk said."),
         PUBLISHED, listed_as("value mentions", [("2026-05-26", 2)])),
    case("a_headline_aiming_at_a_happening_retells_the_body_s",
         ("Tolvin ferry bill passes as ministers aim for law by summer\n\nMinisters want the "
          "Tolvin Ferries Bill to receive royal assent by July 17.\n"),
         PUBLISHED, listed_as("status value mentions", [("expected", "2026-07-17", 2)])),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round21_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_restating_a_pro_verb_keeps_the_person_and_drops_so(nlp):
    doc = nlp("Owners who have not paid must do so by June 1.")
    do = next(t for t in doc if t.lower_ == "do")
    antecedent = pro_verb_antecedent(do)
    assert antecedent is not None and antecedent.lemma_ == "pay"
    assert restated("The owner does so", antecedent) == "The owner pays"
    assert restated("Owners do", antecedent) == "Owners pay"
    assert pro_verb_antecedent(next(t for t in doc if t.lower_ == "paid")) is None
