"""An office that NER took for a person's name, with its holder set off after it.

British church and civic copy introduces a holder as "The Dean of Kelby, the Very Rev Ada
Holt," or "The Provost of Arn, Ivo Renn,": NER tags "The Dean of Kelby" a person, so the
office became the speaker (round 108). A title or post noun after "the" with an "of"
phrase, and a name in apposition after it, is an office: its apposition names the holder
(:func:`.appositions.appositive_name`), and it is no person of its own
(:func:`.names.collect_names`).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon


def office_read_as_name(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is "Dean" of "The Dean of Kelby, the Very Rev Ada Holt,"."""
    return (head.lower_ in lex.titles or head.lower_ in lex.role_heads) \
        and any(c.lower_ == "the" for c in head.lefts) \
        and any(c.lower_ == "of" for c in head.rights) \
        and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.rights)


def holder_of_office(token: Token, lex: Lexicon) -> Token | None:
    """"Holt" of "The Dean of Kelby, the Very Rev Ada Holt,", when ``token`` is its office
    (a subject a later "she said" refers back to); None otherwise."""
    if token.ent_type_ != "PERSON" or not office_read_as_name(token, lex):
        return None
    return next(c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN")
