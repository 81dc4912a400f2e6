"""A company the lede describes by its role and the next paragraph names as a speaker.

Wire copy opens "..., killing at least five people, the pit's operator said." and names
the operator as the subject of the next paragraph's cue: "Kestrel Mining SA, a family-run
producer ..., said in a statement that ...". A headline's bare "company
says" is that company too. The lede rule of :mod:`.organizations` (the company the lede
names first as a subject) is extended by one paragraph when the lede names none (round
93).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lede import lede_paragraph, paragraph_index
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import Name


def subject_after_lede(doc_of: Token, subjects: list[Name]) -> str | None:
    """The first organisation named as a cue's subject in the paragraph after the lede,
    when the lede names none as a subject."""
    doc = doc_of.doc
    lede = lede_paragraph(doc)
    where = [(paragraph_index(doc, o.start), o.text) for o in subjects]
    if any(at == lede for at, _ in where):
        return None
    return next((text for at, text in where if at == lede + 1), None)


def role_named_after_lede(head: Token, subjects: list[Name], lex: Lexicon) -> str | None:
    """"the pit's operator said" closing the lede: a company noun owned by a common noun,
    in the lede or above it, is the organisation the next paragraph names as a speaker."""
    doc = head.doc
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.lemma_.casefold() not in lex.company_nouns or owner is None \
            or owner.pos_ != "NOUN" or paragraph_index(doc, head.idx) > lede_paragraph(doc):
        return None
    return subject_after_lede(head, subjects)


#: Nouns for the business that runs something for a customer ("his expedition organiser",
#: "her tour operator"): closing a lede, the company the next paragraph's speaker works for.
_SERVICE_ROLES = frozenset({"organiser", "organizer", "operator", "outfitter"})


def employer_named_after_lede(head: Token, lex: Lexicon) -> str | None:
    """"..., his expedition organiser said Friday." closing the lede, then "..., said Dawa
    Tenzing Sherpa of Himal Peak Expeditions.": the organisation the next paragraph's
    speaker is "of" (round 95); None unless the lede's subject is such a role noun owned
    by a pronoun."""
    doc = head.doc
    lede = lede_paragraph(doc)
    if head.lemma_.casefold() not in _SERVICE_ROLES or head.dep_ != "nsubj" \
            or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) \
            or paragraph_index(doc, head.idx) != lede:
        return None
    for token in doc[head.i + 1 :]:
        at = paragraph_index(doc, token.idx)
        if at > lede + 1:
            return None
        if at < lede + 1 or token.dep_ != "nsubj" or token.ent_type_ != "PERSON" \
                or token.head.lemma_.casefold() not in lex.reporting_lemmas:
            continue
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        body = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"),
                    None) if of is not None else None
        # a company NER tagged, or a name of several words it left untagged ("Orsk
        # Trails"); never a place ("Ivo Karsk of Orsk" is where he is from)
        if body is not None and (body.ent_type_ == "ORG" or not body.ent_type_
                                 and body.left_edge.i < body.i):
            return doc[body.left_edge.i : body.i + 1].text
    return None
