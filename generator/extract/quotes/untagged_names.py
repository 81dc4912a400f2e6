"""A person's full name set after a role noun that NER left untagged.

"Visiting exhibitor Raj Mistry of the Ellesmere N Gauge Group brought ‘Thornby Junction’.
He said ...": the parser makes "exhibitor" the subject and the name its apposition, and NER
may tag neither word of a name it does not know; a given name and a surname, both
capitalised, right after a lower-case noun for a person's role, are a person all the same,
whom the next "he said" means (round 106).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon

#: Entity types a name so set may carry: none, or a person's.
_PERSON_TAGS = frozenset({"", "PERSON"})


def full_name_after_role(noun: Token, lex: Lexicon) -> Token | None:
    """The surname of a two-word name in apposition right after the role noun ``noun``
    ("exhibitor Raj Mistry"), or None."""
    if noun.pos_ != "NOUN" or not noun.text.islower() or noun.lower_ in lex.org_nouns:
        return None
    name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or name.i != noun.i + 2 or not name.text.istitle() \
            or name.ent_type_ not in _PERSON_TAGS:
        return None
    given = noun.doc[noun.i + 1]
    if given.dep_ != "compound" or given.head.i != name.i or given.pos_ != "PROPN" \
            or not given.text.istitle() or given.ent_type_ not in _PERSON_TAGS:
        return None
    return name
