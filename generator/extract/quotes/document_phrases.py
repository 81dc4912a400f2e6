"""Words in marks that a document's noun phrase owns (round 92).

"ruling that the council had broken the city constitution's guarantee of "fair and open"
hearings": the quoted phrase sits in a noun phrase whose head a document owns ("the constitution's
promise", "the charter's guarantee of"), or whose own head a document owns outside the
marks ("the state constitution's "right to a remedy"", round 102), so the marks quote the
document's wording, not the speaker whose report holds the sentence; a document is no
speaker (attribution.yaml ``non_speakers``), and its wording is no quote, as "Report
describes ‘culture of denial’" is none (round 70). An issued statement or letter speaks
for its issuer and stays speech.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.quotes.lexicon import Lexicon

#: How a phrase in marks hangs inside the noun phrase, up to the owned noun.
_INSIDE_NOUN_PHRASE = frozenset({"amod", "compound", "pobj", "prep", "nmod"})
#: Steps up the noun phrase that are enough ("guarantee | of | hearings | fair").
_MAX_STEPS = 4


def owned_by_document(quote: Span, lex: Lexicon) -> bool:
    """Whether the quote hangs, inside a noun phrase, on a noun owned by a document."""
    words = [t for t in quote if not t.is_punct]
    outer = [t for t in words if not quote.start <= t.head.i < quote.end]
    if len(outer) != 1:
        return False
    child, head = outer[0], outer[0].head
    owner = next((c for c in child.children if c.dep_ == "poss" and c.i < quote.start), None)
    if owner is not None and child.pos_ == "NOUN":  # "the constitution's "right to a remedy""
        return owner.lower_ in lex.non_speakers and owner.lower_ not in lex.issued_documents
    for _ in range(_MAX_STEPS):
        if child.dep_ not in _INSIDE_NOUN_PHRASE:
            return False
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and head.pos_ == "NOUN":
            word = owner.lower_
            return word in lex.non_speakers and word not in lex.issued_documents
        child, head = head, head.head
    return False
