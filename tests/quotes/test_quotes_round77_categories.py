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
