"""Subject phrases the parser headed with something that does not speak, standing in for
the person who does: a place phrase that opens the sentence ("Outside City Hall, Tamika
Rowe, ... said") and a plural that gives one person as its example ("But residents like
Ms Whitlock say ...") and a title the parser tagged a proper noun, with the name in
apposition ("The local MP, Harriet Cole, said").

Split out of :mod:`.appositions`; :mod:`.mentions` and :mod:`.pronouns` read them.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.affiliated_names import name_after_affiliation
from generator.extract.quotes.lexicon import Lexicon

PLACE_ENTITIES = frozenset({"FAC", "GPE", "LOC"})


def person_after_place(head: Token) -> Token | None:
    """"Outside City Hall, Tamika Rowe, who runs ..., said": the parser took the opening
    place phrase for the subject and hung the person on it (in apposition or as a
    conjunct); a place does not speak, the person set off by a comma after it does."""
    if head.ent_type_ not in PLACE_ENTITIES:
        return None
    doc = head.doc
    return next((t for t in head.subtree if t.i > head.i and t.dep_ in ("appos", "conj")
                 and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                 and doc[t.left_edge.i - 1].text == "," and _hung_on_place(t, head)), None)


def person_exemplified(head: Token, lex: Lexicon) -> Token | None:
    """"But residents like Ms Whitlock say ...": the one person a plural subject gives as
    its example, whom a "she says" after it goes back to; None for any other subject."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in lex.group_exemplars:
            names = [c for c in prep.children if c.dep_ == "pobj"
                     and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
            return names[0] if len(names) == 1 and not any(
                c.dep_ == "conj" for c in names[0].children) else None
    return None


def person_after_title(head: Token, lex: Lexicon) -> Token | None:
    """"The local MP, Harriet Cole, said": the person set off after a title that heads the
    subject (round 74; the tagger makes "MP" a proper noun, which a "she added" after it
    must not take for the name); None for any other subject."""
    if head.lower_ not in lex.titles or head.ent_type_ == "PERSON":
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.ent_type_ == "PERSON" and head.doc[c.left_edge.i - 1].text == ","),
                None)


def person_after_affiliation(head: Token, lex: Lexicon) -> Token | None:
    """"The mayor of Psilorema, Anna Triantafyllou, accused the state ...": the parser hung
    the role holder's name on the body or place of the role's "of" phrase; set off by commas
    right before the verb, it names the subject, whom a "she said" after it goes back to
    (round 86; :func:`.affiliated_names.name_after_affiliation` reads it for speakers)."""
    found = name_after_affiliation(head, lex)
    return found[0] if found is not None and found[0].ent_type_ == "PERSON" else None


def _hung_on_place(name: Token, place: Token) -> bool:
    """Whether the parser hung ``name`` on the place phrase itself, not inside a clause
    of it ("Valdria, whose president, Ilse Farrow, ..., said": Valdria speaks)."""
    token = name.head
    while token != place:
        if token.dep_ not in ("pobj", "prep", "appos", "conj", "compound"):
            return False
        token = token.head
    return True
