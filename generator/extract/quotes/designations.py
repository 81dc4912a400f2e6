"""A person the article knows only by a designation: "one claimant, identified only as
Witness K, said ..." (round 98). Court and crime copy names protected witnesses, victims
and anonymous sources by a pseudonym or label given with a participle of naming ("identified
as", "known as", "named as", "referred to as"), hung on the noun for the person or on a
relative clause ("a nurse who asked to be identified only as Maria"); the designation is
the speaker's name as written, not the noun before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Verbs that give a person a designation "as" a name ("identified only as Witness K").
NAMING_VERBS = frozenset({"identify", "know", "name", "refer", "describe", "give"})
#: How the participle or relative clause hangs on the noun for the person.
_CLAUSES = frozenset({"acl", "relcl"})


def designated_name(head: Token) -> Span | None:
    """The name after "as" in a participle or relative clause of naming on ``head``, a
    common noun for a person ("claimant", "nurse", "one"), or None."""
    if head.pos_ not in ("NOUN", "NUM", "PRON") or head.ent_type_ == "PERSON":
        return None
    for clause in (c for c in head.rights if c.dep_ in _CLAUSES):
        for verb in clause.subtree:
            if verb.lemma_.casefold() not in NAMING_VERBS or verb.pos_ != "VERB":
                continue
            for as_ in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                name = next((c for c in as_.children if c.dep_ == "pobj"
                             and c.pos_ == "PROPN"), None)
                # "The theatre, known locally as “the Barn”,": a thing's name, led by "the"
                # or set in marks, is none of a person's (round 62)
                if name is not None and not any(c.dep_ == "det" or c.is_quote
                                                for c in name.subtree):
                    first = min([name.i, *(c.i for c in name.lefts
                                           if c.dep_ == "compound" and c.pos_ == "PROPN")])
                    return head.doc[first : name.i + 1]
    return None
