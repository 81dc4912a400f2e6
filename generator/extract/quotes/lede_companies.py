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
