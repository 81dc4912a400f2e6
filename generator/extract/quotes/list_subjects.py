"""A reported clause whose subject is a list, which the parser split (round 71).

"The Lyceum in Wrexley ... said rising energy bills, a fall in audiences since the pandemic
and the loss of its council grant had left it with a deficit of £380,000.": with no "that",
the parser took the list's first items for the object of "said", read "since" inside the
list as the conjunction of an adverbial clause, and made the last items that clause's
subject (and may hang that clause on an item of the list instead of on the cue). An object of
the cue that holds a list (an apposition or a conjunct), followed with no break by a finite
adverbial clause of the cue, or holding one, whose subject comes after the object's head, is
the subject of the report; the report runs from the object to the clause's end.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of a finite verb or auxiliary.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def clause_with_list_subject(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report described in the module docstring, or None."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not _holds_list(obj):
        return None
    for clause in [*verb.children, *obj.subtree]:
        if clause.dep_ != "advcl" or clause.i < obj.i or clause.pos_ not in ("VERB", "AUX") \
                or not _finite(clause):
            continue
        # hung on the cue right after the object, or on an item of the list
        beside = clause.head.i == verb.i and clause.left_edge.i == obj.right_edge.i + 1
        inside = clause.head.i != verb.i and clause.head.pos_ in ("NOUN", "PROPN")
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (beside or inside) and subject is not None and subject.i > obj.i \
                and not (inside and subject.i < clause.head.i):
            end = max(obj.right_edge.i, clause.right_edge.i)
            return clause, list(verb.doc[obj.left_edge.i : end + 1])
    return None


def _holds_list(noun: Token) -> bool:
    """A noun with a further item after a comma: an apposition or a conjunct."""
    return any(c.dep_ in ("appos", "conj") and c.i > noun.i
               and noun.doc[c.left_edge.i - 1].text == "," for c in noun.children)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own or a finite auxiliary ("had left")."""
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE
                                       for c in verb.children)
