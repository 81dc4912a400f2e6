"""Which tokens of a doc may pass a word test, read off the doc's arrays.

Many passes of the quote stage walk every token of the article to find the few whose
word is in a list (titles, family nouns, quotation marks) or whose dependency is a subject.
Building each spaCy ``Token`` costs more than the test, so these helpers test each distinct
string once and return the indices of the tokens that pass, in text order; the passes then
visit only those (every other token would have failed the same test).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.tokens import Doc


def indices_where(doc: Doc, attr: int, test: Callable[[str], object]) -> list[int]:
    """Indices of the tokens whose ``attr`` string (``ORTH``: the text, ``LOWER``, ``DEP``
    ...) passes ``test``, in order; ``test`` runs once per distinct string."""
    if not len(doc):
        return []
    keys = doc.to_array(attr)
    strings = doc.vocab.strings
    passing = [key for key in set(keys.tolist()) if test(strings[key])]
    return numpy.flatnonzero(numpy.isin(keys, numpy.asarray(passing, dtype="uint64"))).tolist()


def proper_nouns(doc: Doc) -> list[int]:
    """Indices of the tokens tagged ``PROPN``, in order."""
    from spacy.attrs import POS
    from spacy.symbols import PROPN

    return numpy.flatnonzero(doc.to_array(POS) == PROPN).tolist() if len(doc) else []


def token_starts(doc: Doc) -> numpy.ndarray:
    """The character offset of every token (``Token.idx``)."""
    from spacy.attrs import IDX

    return doc.to_array(IDX).astype("int64") if len(doc) else numpy.zeros(0, dtype="int64")


#: Where ``indices_by_text`` keeps its index in ``Doc.user_data``.
_BY_TEXT_KEY = "factcheck.quotes.indices_by_text"


def indices_by_text(doc: Doc) -> dict[str, list[int]]:
    """The indices of the tokens of each text (``Token.text``), in order, built once per doc
    (keyed by its length, like ``doctext.doc_entities``): a pass that looks back over the
    whole article for a few words per mention visits only the tokens holding them."""
    cached = doc.user_data.get(_BY_TEXT_KEY)
    if cached is None or cached[0] != len(doc):
        from spacy.attrs import ORTH

        found: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        for i, key in enumerate(doc.to_array(ORTH).tolist() if len(doc) else []):
            found.setdefault(strings[key], []).append(i)
        cached = doc.user_data[_BY_TEXT_KEY] = (len(doc), found)
    return cached[1]
