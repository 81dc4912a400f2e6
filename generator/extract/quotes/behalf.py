"""A statement read out on someone's behalf speaks for them.

"Outside the court, the family's solicitor, Grace Ofori, read a statement on behalf of the
Haddou family. “Samir was a funny, loving little boy ...,” it said.": "it" is the statement,
and a statement speaks for whoever issued it; the one who read it out only carries it.
The body or group after "on behalf of" in the sentence just before, in the same
paragraph, is the speaker (round 80).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.antecedents import sentence_just_before
from generator.extract.quotes.lexicon import Lexicon


def issuer_on_whose_behalf(token: Token, text: str, lex: Lexicon) -> Token | None:
    """The noun after "on behalf of" in the sentence before ``token``'s (an "it" opening
    a report), when that sentence's verb carries a statement (an issued document); None
    otherwise."""
    before = sentence_just_before(token, text)
    if before is None:
        return None
    for behalf in before:
        if behalf.lower_ != "behalf" or behalf.head.lower_ != "on":
            continue
        carrier = behalf.head.head
        if not any(c.dep_ == "dobj" and c.lemma_.casefold() in lex.issued_documents
                   for c in carrier.children):
            continue
        of = next((c for c in behalf.children if c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return None
