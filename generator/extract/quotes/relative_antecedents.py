"""The body a relative clause speaks for when it hangs on the description set off after the
body's name (round 102).

"The strike was called by the Union syndicale des pilotes (USP), the largest pilots' union,
which says ...": the parser hangs "which says" on "union", the apposition that describes
the body, not on the name; the relative pronoun stands for the named body, so its name is
the speaker, as :func:`.speaker_misparses.person_before_affiliation` gives the person of
"X, 34, a nursing assistant ..., who said".
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.romance_names import ends_romance_name

#: Entity types of a name no institution noun describes as a speaking body.
_NO_BODIES = frozenset({"GPE", "LOC", "DATE", "TIME", "NORP", "FAC"})


def described_body(antecedent: Token) -> Token | None:
    """The name's head word when ``antecedent`` is an institution noun ("union",
    "company", "charity") apposed after a proper name between commas; None otherwise."""
    name = antecedent.head
    if antecedent.dep_ != "appos" or antecedent.pos_ != "NOUN" or name.i >= antecedent.i \
            or not _proper(name) or name.ent_type_ in _NO_BODIES | {"PERSON"} \
            or antecedent.lemma_.casefold() not in load_lexicon().org_nouns:
        return None
    return name if antecedent.doc[antecedent.left_edge.i - 1].text == "," else None


def _proper(name: Token) -> bool:
    """A proper name, or one written the French way whose last word the tagger took for a
    common noun ("Union syndicale des contrôleurs aériens")."""
    return name.pos_ == "PROPN" or ends_romance_name(name)
