"""A cue set off by commas before a noun phrase that sums up the report ("The team measured
memory in several ways but highlighted only one, he says, a practice critics call “outcome
switching”"): the parser read the cue as an aside on the verb of the contact relative
inside the noun phrase ("critics call"), which it joined to the sentence's verb. The noun
phrase after the cue is the writer's label for what was said; the clause before the cue
is the report (round 91)."""

from __future__ import annotations

from spacy.tokens import Token

#: Indefinite articles opening the summing-up noun phrase ("a practice", "an approach").
_INDEFINITE = frozenset({"a", "an"})


def clause_before_summing_phrase(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, words) of the clause before ``verb`` in the shape above: the cue is an aside
    (parataxis) between commas, hung on a verb after it that the parser joined (conj) to a
    verb before it, and an indefinite noun phrase opens right after the second comma.
    None for any other shape ("The plan will fail, he says, and the council knows it")."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "parataxis" or head.i < verb.i or head.dep_ != "conj" \
            or head.head.i > verb.i:
        return None
    first = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), verb)
    comma = verb.right_edge.i  # the parser may hang the closing comma on the cue
    comma += doc[comma].text != ","
    if first.left_edge.i < 1 or doc[first.left_edge.i - 1].text != "," \
            or comma + 1 >= len(doc) or doc[comma].text != "," \
            or doc[comma + 1].lower_ not in _INDEFINITE:
        return None
    first = first.left_edge
    main = head.head
    words = [t for t in main.subtree if t.i < first.i - 1 and not t.is_space]
    return (main, words) if words else None
