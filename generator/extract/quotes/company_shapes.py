"""Speakers NER took for persons that are companies "the company" may refer back to.

"Kestrel Water said": a name ending with a company's trade word (speakers.yaml
``company_name_endings``, round 45). "the organisers, Fellside Live, said": a single name
set off after a plural noun for the people who run something is the body they form, not
one person (round 95), so a later "the company said" is that body.
"""

from __future__ import annotations

import re

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.names import fold

#: "the organisers, <name>": the article, a plural noun, a comma, then the name alone.
_PLURAL_SET_OFF = re.compile(r"^(?:the|its|their) [a-z]+s, (?P<name>.+?),?$")


def company_shaped(speaker: Speaker, lex: Lexicon) -> bool:
    """Whether ``speaker``, resolved as a person, is a company by its name or its mention."""
    words = (speaker.name or "").split()
    if speaker.kind != "person" or not words:
        return False
    if len(words) > 1 and fold(words[-1]) in lex.company_name_endings:
        return True
    match = _PLURAL_SET_OFF.match((speaker.mention or "").strip())
    return match is not None and match.group("name") == speaker.name \
        and " and " not in speaker.name
