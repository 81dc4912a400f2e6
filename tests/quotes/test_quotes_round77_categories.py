"""Round 77's categories (blind set 593-600), each on a fictional text of its own: "according
to" right after its verb with no comma before it means "in accordance with" and sources
nothing ("quotas, which are set according to each member's capacity")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


@pytest.mark.parametrize("text", [
    "The league's budgets, which are set according to each club's turnover, have caused rows.",
    "Grants are divided according to a formula agreed in 2019.",
    "Prices at the spa vary according to the size of the room.",
])
def test_according_to_as_in_accordance_with_sources_nothing(quotes_of, text):
    assert quotes_of(text) == []


def test_according_to_set_off_still_sources_a_clause(quotes_of):
    quotes = quotes_of("Rents at the estate will rise by a fifth, according to two tenants. "
                       "According to the landlord, the rise is fair.")
    assert _found(quotes, "indirect") == [
        ("Rents at the estate will rise by a fifth", "tenants"),
        ("the rise is fair", "landlord"),
    ]


def test_a_headline_noun_phrase_with_its_predicate_quoted_is_no_report(quotes_of):
    text = ("Hosepipe ban 'a necessary step', says water firm\n\n"
            "Tolworth Water said on Monday that customers may not use hosepipes from Friday."
            "\n\n\"It is a necessary step, and we do not take it lightly,\" its chief "
            "executive, Iris Calder, said.")
    quotes = quotes_of(text)
    assert _found(quotes, "indirect") == [
        ("customers may not use hosepipes from Friday", "Tolworth Water")]
    assert _found(quotes, "direct")[0] == ("a necessary step", "Tolworth Water")


def test_a_fronted_headline_report_with_no_quote_stays_a_report(quotes_of):
    quotes = quotes_of("Harbour ferry to stop for a week, operator says\n\n"
                       "Sailings resume on 3 June.")
    assert _found(quotes, "indirect") == [("Harbour ferry to stop for a week", "operator")]
