"""What the head word of a speaker mention says about a body (split from :mod:`.mentions`):
a common noun that ends an organisation's name ("Save the Children"), a plural of unnamed
sources NER took for an organisation ("Farmers warn ..."), the country of "the government
of Kessoura"."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_shapes import ORG_ENTITIES


def in_organization_name(token: Token) -> bool:
    """"the aid group Save the Children": an apposed common noun that ends a name NER
    tagged as an organisation, Title Case ("Children"), is the name (round 66)."""
    return token.ent_type_ == "ORG" and token.text.istitle() and token.ent_iob_ != "B"


def lone_group_noun(head: Token, lex: Lexicon) -> bool:
    """"Farmers warn crops will fail ...": a plural noun of unnamed sources that NER tagged
    an organisation on its own (a capital opening a headline) is that group, which "the
    company" never refers back to (round 48)."""
    return head.tag_ == "NNS" and head.lower_ in lex.group_nouns and not any(
        t.i != head.i and t.ent_type_ in ORG_ENTITIES for t in head.subtree)


def country_of_body(head: Token, lex: Lexicon) -> Token | None:
    """The country of "the government of Kessoura" (speakers.yaml ``country_bodies``): a
    lower-case body noun after "the" whose "of" names a place or body by a proper noun
    alone; None otherwise."""
    if head.text != head.lower_ or head.lower_ not in lex.country_bodies \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return None
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is not None and place.pos_ == "PROPN" and place.ent_type_ in (
                "GPE", "ORG", "LOC") and place.right_edge.i == place.i:
            return place
    return None
