"""A Title Case headline's description NER takes for a company's name (round 101).

"A Tenant Screening Company Knew Its Reports Were Wrong": in a headline every word is
capitalised, so "Tenant Screening Company" looks like a name; the indefinite article before
it and its last word, a company's or body's kind noun, show a description ("a tenant
screening company"). Such an entity must not stand for "the company" below, which is the
company the body names (RentSure Analytics).
"""

from __future__ import annotations

import re

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import Name

#: An indefinite article right before an entity ("A ", "An ").
_INDEFINITE = re.compile(r"\b(?:A|An|a|an)\s+$")


def indefinite_kind_noun(text: str, name: Name, lex: Lexicon) -> bool:
    """Whether ``name`` (an entity of the headline ``text`` opens with) follows "A"/"An"
    and ends in a company noun or body noun ("A Tenant Screening Company", "An Orsk
    Hospital Group")."""
    if not name.words or name.words[-1] not in lex.company_nouns | lex.org_nouns:
        return False
    return bool(_INDEFINITE.search(text, max(0, name.start - 4), name.start))
