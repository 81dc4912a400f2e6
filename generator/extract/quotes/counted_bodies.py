"""Bodies counted by a plural noun and then named (round 67).

"..., the two organizations, Onondaga Valley Health and Mohawk Lakes Medical Center, said
in a joint statement": the parser joins the names to the plural noun as conjuncts or as
one apposition; the speakers are the named bodies together, as "Norrbank and Fjell Capital
said" is.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Counting words before the plural ("the two organizations", "both companies").
_COUNTS = {"two": 2, "three": 3, "both": 2}


def names_after_counted_plural(head: Token) -> tuple[str, list[str]] | None:
    """(mention text, names) of "the two organizations, A and B,": a counted plural noun, a
    comma, then as many proper names joined by "and" as the count says (the parser's
    conjunct or apposition of the noun); None for any other shape."""
    if head.tag_ != "NNS":
        return None
    count = next((_COUNTS[c.lower_] for c in head.children
                  if c.dep_ in ("nummod", "det", "predet") and c.lower_ in _COUNTS), None)
    doc = head.doc
    if count is None or head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    named = next((c for c in head.children if c.dep_ in ("conj", "appos")
                  and c.left_edge.i == head.i + 2), None)
    if named is None:
        return None
    end = max([named.right_edge.i, *(t.right_edge.i for t in named.children
                                     if t.dep_ == "conj")])
    words = doc[head.i + 2 : end + 1]
    if not all(t.pos_ == "PROPN" or t.lower_ in ("and", ",") for t in words):
        return None  # only names, commas and "and" ("A and B", "A, B and C")
    names, current = [], []
    for token in [*words, None]:  # None closes the last name
        if token is None or token.lower_ in ("and", ","):
            if current:
                names.append(" ".join(current))
            current = []
        else:
            current.append(token.text)
    if len(names) != count:
        return None
    return doc[head.left_edge.i : end + 1].text, names
