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


#: Where ``doc_token_starts`` keeps the offsets in ``Doc.user_data``.
TOKEN_STARTS_KEY = "factcheck.token_starts"


def doc_token_starts(doc: Doc) -> list[int]:
    """The character offset of every token (``Token.idx``), in order, built once per doc:
    ``bisect`` on it finds the tokens of a stretch of text without walking the whole
    article. Keyed by the doc's length, like ``doc_entities``."""
    cached = doc.user_data.get(TOKEN_STARTS_KEY)
    if cached is None or cached[0] != len(doc):
        from spacy.attrs import IDX

        starts = doc.to_array(IDX).tolist() if len(doc) else []
        cached = doc.user_data[TOKEN_STARTS_KEY] = (len(doc), starts)
    return cached[1]


#: Where ``doc_token_positions`` keeps its index in ``Doc.user_data``.
TOKEN_POSITIONS_KEY = "factcheck.token_positions"


def doc_token_positions(doc: Doc) -> dict[str, list[int]]:
    """The indices of the tokens of each token text (``Token.text``), in order, built once
    per doc: "is this word written elsewhere in the article" without walking every token.
    Only read, never changed; keyed by the doc's length, like ``doc_entities``."""
    cached = doc.user_data.get(TOKEN_POSITIONS_KEY)
    if cached is None or cached[0] != len(doc):
        from spacy.attrs import ORTH

        positions: dict[str, list[int]] = {}
        strings = doc.vocab.strings
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        for i, orth in enumerate(orths):
            positions.setdefault(strings[orth], []).append(i)
        cached = doc.user_data[TOKEN_POSITIONS_KEY] = (len(doc), positions)
    return cached[1]


#: Where ``doc_entity_starts`` keeps the offsets in ``Doc.user_data``.
ENTITY_STARTS_KEY = "factcheck.entity_starts"


def doc_entity_starts(doc: Doc) -> list[int]:
    """The first token index of each of ``doc_entities`` (in order, as spaCy keeps them),
    for ``bisect``; keyed by the doc's length, like ``doc_entities``."""
    cached = doc.user_data.get(ENTITY_STARTS_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), [ent.start for ent in doc_entities(doc)])
        doc.user_data[ENTITY_STARTS_KEY] = cached
    return cached[1]
