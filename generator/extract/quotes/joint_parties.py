"""The parties of a deal that speak together as "the companies" (round 69).

"Parallax Media agreed to buy Lumen Streaming in an all-stock deal ..., the companies said
Monday": the plural speaks for the two names its report sets as subject and object, whatever
NER made of them (it may tag neither as an organisation).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Words before the plural that make it the parties of the story ("the", "both", "two").
_DETERMINERS = frozenset({"the", "both", "two"})


def parties_of_report(head: Token) -> list[str] | None:
    """[subject, object] names of the report "the companies" (``head``) is the subject
    of: its clause's proper-noun subject and the proper-noun object of that clause's verb or
    of its infinitive ("agreed to buy Y", "will merge with Y"), or the subject's "and"
    partner ("X and Y agreed to merge"); None for any other shape."""
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or not any(
            c.dep_ in ("det", "nummod", "predet") and c.lower_ in _DETERMINERS
            for c in head.children):
        return None
    cue = head.head
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < head.i), None)
    if clause is None and cue.dep_ == "parataxis" and cue.head.i < head.i:
        clause = cue.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
        if clause is not None else None
    if subject is None or subject.pos_ != "PROPN":
        return None
    partner = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"),
                   None)
    if partner is None:
        partner = _object_of(clause)
    if partner is None or partner.pos_ != "PROPN":
        return None
    return [_name_ending(subject), _name_ending(partner)]


def _object_of(clause: Token) -> Token | None:
    """The direct object of ``clause`` or of its infinitive, else the noun after its "with"."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    found = next((c for v in verbs for c in v.children if c.dep_ == "dobj"), None)
    if found is None:
        found = next((g for v in verbs for c in v.children if c.dep_ == "prep"
                      and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
    return found


def _name_ending(token: Token) -> str:
    """The run of capitalised words hung inside the name that ends with ``token``
    ("Parallax Media", whatever the tagger made of "Parallax")."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
            and start <= doc[start - 1].head.i <= token.i:
        start -= 1
    return doc[start : token.i + 1].text
