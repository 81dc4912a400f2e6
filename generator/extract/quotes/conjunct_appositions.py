"""A person's name set off after a role that the parser read as a conjunct of the role
(round 102): "The local MP, Fiona Garside, who campaigned for the scheme, said ...": with
a relative clause after the name the parser may hang the name on the role as "conj"
with no "and" or "or" between them. Two commas and no conjunction make it an apposition:
the name is the speaker, the role describes her.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Entity types of a person's name.
_PERSON = frozenset({"PERSON"})


def conjunct_read_as_apposition(role: Token, name: Token) -> bool:
    """Whether ``name``, a conjunct of ``role``, is a person's name set off by commas right
    after the role's phrase, with no coordinating word between them."""
    doc = role.doc
    if name.dep_ != "conj" or name.head.i != role.i or name.ent_type_ not in _PERSON \
            or name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ in ("cc", "preconj") for c in role.children):
        return False  # "the mayor, Ana Reed and ...": a real list
    after = name.right_edge.i + 1
    return after < len(doc) and doc[after].text == ","
