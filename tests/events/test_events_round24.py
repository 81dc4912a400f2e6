"""Round 24 of the blind event set, by category: what needs more than one sentence (a
headline's verb for the decision the body reaches) (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, listed_as

PUBLISHED = dt.date(2026, 4, 22)


def _a_decision(what: str) -> bool:
    return "decision" in what or "rule" in what.lower()


CASES = [
    case("a_headline_ruling_retells_the_decision_the_body_reaches",
         ("Orsk Ferries merger cleared by shareholders; regulator to rule by July\n\n"
          "The merger still needs the approval of the Lowmere competition authority, which "
          "must reach a decision by July 17."),
         PUBLISHED, listed_as("value mentions", [("2026-07-17", 2)], where=_a_decision)),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round24_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
