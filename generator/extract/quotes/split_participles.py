"""A participle's report the parser split between the participle and its subject's "verb".

"..., with the British Medical Association accusing ministers of “going backwards” and the
government insisting its offer was fair": the parser read "the government" as the subject
of "was", hung "insisting" on it as a modifier and took "its offer" for the participle's
object. A reporting participle on a subject noun, its "object" right after it and the
noun's verb right after that object, reports the object and that verb's predicate; the
noun is the speaker (round 78).
"""

from __future__ import annotations

from spacy.tokens import Token


def _split(verb: Token) -> tuple[Token, Token] | None:
    """(the object, the noun's verb) of a participle so split, or None."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "nsubj" \
            or noun.i != verb.i - 1 and verb.doc[verb.i - 1].is_punct:
        return None
    predicate = noun.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or predicate.i <= obj.right_edge.i \
            or any(not (t.dep_ in ("aux", "auxpass", "neg") or t.i == predicate.i)
                   for t in verb.doc[obj.right_edge.i + 1 : predicate.i + 1]):
        return None
    return obj, predicate


def report_split_by_participle(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report of a reporting participle the parser split (see the
    module): the object and the predicate of the noun's verb; None otherwise."""
    found = _split(verb)
    if found is None:
        return None
    obj, predicate = found
    doc = verb.doc
    end = predicate.right_edge.i
    while end > predicate.i and doc[end].is_punct:
        end -= 1
    return predicate, list(doc[obj.left_edge.i : end + 1])


def subject_of_split_participle(verb: Token) -> Token | None:
    """The noun a split reporting participle hangs on: its speaker (see the module)."""
    return verb.head if _split(verb) is not None else None
