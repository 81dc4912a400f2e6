"""A name the speaker gave, read by the parser as the cue's subject.

"One survivor, a 19-year-old from Guinea who gave his name only as Ibrahima, said, speaking
in French, that ...": the parser may hang "who gave his name" on a noun of the apposition,
take "as" for a conjunction and "Ibrahima" (which NER may tag an organisation) for the
subject of "said". The name after "gave his name (only) as" or "identified herself as" is
a person's, and the pronoun of the clause is theirs (round 77). The unnamed subject's own
relative clause is read by :func:`.names.name_given_in_relative`.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of a clause in which a person gives their own name ("gave his name as X").
_NAMING_LEMMAS = frozenset({"give", "identify", "introduce"})
#: The pronouns of that clause and the subject pronoun they stand for.
_OWN_PRONOUNS = {"his": "he", "her": "she", "himself": "he", "herself": "she"}
#: Words between the naming words and "as" ("gave her name only as").
_HEDGES = frozenset({"only", "simply", "just", "merely"})


def name_given_as(token: Token | None) -> tuple[Token, str | None] | None:
    """(name, pronoun) when ``token`` is the last word of a name right after "gave his name
    (only) as" or "identified herself as"; the pronoun is "he" or "she", or None when the
    clause gives none. None for any other token."""
    if token is None or token.pos_ != "PROPN" or token.i < 3:
        return None
    doc, k = token.doc, token.i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
        k -= 1  # "as Ama Owusu": the name's first word
    if k < 3 or doc[k - 1].lower_ != "as":
        return None
    k -= 2
    while k > 0 and doc[k].lower_ in _HEDGES:
        k -= 1
    named = doc[k]  # "name" of "gave his name", or "himself"
    verb = named.head if named.lemma_.casefold() == "name" else named.head \
        if named.lower_ in _OWN_PRONOUNS else None
    if verb is None or verb.lemma_.casefold() not in _NAMING_LEMMAS:
        return None
    owner = next((c.lower_ for c in named.children if c.lower_ in _OWN_PRONOUNS), None)
    return token, _OWN_PRONOUNS.get(owner or named.lower_)
