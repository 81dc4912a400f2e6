"""A role noun whose apposition names the body that holds it with "called" or "named".

"Its owner, a Wichita company called Prairie Print Holdings that bought the paper in 2019,
announced the closure in a memo": feature copy introduces a body by what it is and then its
name. The owner that announced (and the memo it issued) speaks as that body, not as "owner"
(round 104).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.phrases import mention_span

#: Participles that give a thing's name.
_NAMING = frozenset({"called", "named"})


def body_called_in_apposition(head: Token, lex: Lexicon) -> str | None:
    """The name of the company or body in apposition to ``head``, given after "called" or
    "named" ("its owner, a Wichita company called Prairie Print Holdings"); None otherwise."""
    nouns = lex.company_nouns | lex.org_nouns
    for appos in head.rights:
        if appos.dep_ != "appos" or appos.lemma_.casefold() not in nouns:
            continue
        for participle in appos.rights:
            if participle.dep_ != "acl" or participle.lower_ not in _NAMING:
                continue
            name = next((c for c in participle.rights if c.dep_ in ("oprd", "dobj", "attr")
                         and c.pos_ == "PROPN"), None)
            if name is not None:
                return mention_span(name).text
    return None
