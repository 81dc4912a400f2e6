"""A document's text, built once.

spaCy's ``Doc.text`` is not stored: every read joins the text of every token again. The
extractors read it hundreds of times per article (paragraph breaks, windows before a
mention, regular expressions over the whole text), which made those joins about a third of
extraction time. ``doc_text`` keeps the string in ``Doc.user_data`` on first use; a
document's text never changes after it is made (retokenizing keeps it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the site build and the date resolver import extract without spaCy
    from spacy.tokens import Doc

#: Where ``doc_text`` keeps the text in ``Doc.user_data``.
TEXT_KEY = "factcheck.text"
#: Where ``doc_entities`` keeps the entities in ``Doc.user_data``.
ENTITIES_KEY = "factcheck.events.entities"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens on the first call only."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = _joined(doc)
    return text


def _joined(doc: Doc) -> str:
    """What ``doc.text`` returns (each token's text and its one trailing space, if any),
    joined from the doc's arrays rather than from a ``Token`` built per token."""
    from spacy.attrs import ORTH, SPACY

    if not len(doc):
        return doc.text
    strings = doc.vocab.strings
    return "".join(strings[orth] + " " if space else strings[orth]
                   for orth, space in doc.to_array([ORTH, SPACY]).tolist())


def doc_entities(doc: Doc) -> tuple:
    """``doc.ents``, built once per doc: spaCy builds the spans anew on every access, and
    the quote, claim and event stages read them many times per article. The spans are
    only read, never changed; the cache is keyed by the doc's length, as merging tokens
    would move them."""
    cached = doc.user_data.get(ENTITIES_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), tuple(doc.ents))
        doc.user_data[ENTITIES_KEY] = cached
    return cached[1]
