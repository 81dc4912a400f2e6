""""according to" that means "in accordance with": no source, no report.

"The group's quotas, which are set according to each member's capacity, ...", "Aid is
shared according to need", "Everything went according to plan": the phrase follows its verb
with nothing between them, and says how something is done. A source is set off from the
clause it sources ("..., according to two council members"; "According to X, ...";
"where, according to it, ...") or follows a quotation ("“...” according to X"); the word
before it is then punctuation, or the phrase opens its clause (round 77).
"""

from __future__ import annotations

from spacy.tokens import Token


def in_accordance(according: Token) -> bool:
    """Whether "according" (of "according to") follows its verb directly, with no comma,
    dash, bracket or quotation mark before it and no named person or body after it, so it
    tells the manner, not the source."""
    head = according.head
    if according.lower_ != "according" or head.i == according.i or according.i < head.i \
            or according.i == 0:
        return False
    before = according.doc[according.i - 1]
    if before.is_punct or before.is_quote or before.is_space or "\n" in before.whitespace_:
        return False
    # Right after its verb (or the verb's particle: "carried out according to the rules"),
    # never after an adverbial between them: "sank on Tuesday according to the coast guard"
    # is a source with its comma left out.
    if before.i != head.i and not (before.head.i == head.i and before.dep_ == "prt"):
        return False
    return not any(obj.ent_type_ in _NAMED_SOURCES
                   for to in according.children if to.lower_ == "to"
                   for obj in to.children if obj.dep_ == "pobj")


#: Named people and bodies speak: "was held according to the Electoral Commission" is sourced.
_NAMED_SOURCES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
