"""The pipeline keeps a hyphenated name in one token, and leaves other hyphens alone."""

from __future__ import annotations

import pytest

from generator.nlp import load_pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("text, name", [
    ("Dr. Amaka Obi-Ilesanmi, the health commissioner, said the wards were full.", "Obi-Ilesanmi"),
    ("Yusuf Al-Karimi, the mediator, said the talks were over.", "Al-Karimi"),
    ("Councillor Ines Vard-Holm-Berg said the budget was late.", "Vard-Holm-Berg"),
])
def test_a_double_barrelled_surname_is_one_token(nlp, text, name):
    doc = nlp(text)
    assert name in [token.text for token in doc]
    assert doc.text == text  # offsets unchanged


@pytest.mark.parametrize("text, pieces", [
    ("Sales fell in mid-March, the well-known grocer said.", ["mid", "-", "March"]),
    ("The Franco - Belgian border stayed open.", ["Franco", "-", "Belgian"]),
])
def test_other_hyphens_keep_their_tokens(nlp, text, pieces):
    tokens = [token.text for token in nlp(text)]
    start = tokens.index(pieces[0])
    assert tokens[start:start + 3] == pieces
