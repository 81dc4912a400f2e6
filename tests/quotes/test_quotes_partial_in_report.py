"""A quoted phrase inside the writer's own clause: reported speech and a direct quote.

The seed's gold annotates "said Xi's visit will be “a journey for peace”" as both. When the
tense (an auxiliary) stays outside the marks and the clause goes on after them, the clause
is the writer's report; when the quote runs to the end of the clause ("the board had
“finally woken up,”"), our set's convention keeps only the direct quote.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, clause", [
    ('Hydrologist Mara Quist said the riverbank had been "soaked through like a sponge" after '
     'three weeks of rain.',
     'the riverbank had been "soaked through like a sponge" after three weeks of rain'),
    ('Envoy Piet Lorsch said the union was "watching the talks closely" and was in contact with '
     'both sides.',
     'the union was "watching the talks closely" and was in contact with both sides'),
])
def test_a_phrase_quoted_mid_clause_leaves_the_report(quotes_of, text, clause):
    found = {(q.kind, q.content) for q in quotes_of(text)}
    assert ("indirect", clause) in found
    assert any(kind == "direct" for kind, _ in found)


def test_a_quote_that_ends_the_clause_is_only_direct(quotes_of):
    text = 'Coach Ilse Marr said the squad had "stopped believing in the plan."'
    kinds = [q.kind for q in quotes_of(text)]
    assert kinds == ["direct"]
