"""A participle the parser hung on the noun of a time phrase ("at one point telling her").

"Sen. X privately coached a lobbyist ..., at one point telling her which senators to “go
around”": the parser reads "telling" as a modifier of "point", the object of "at", so the
participle seems to have no subject; the time phrase only says when the sentence's verb
acted, and the participle is that verb's subject's (round 106).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of a phrase that only says when ("at one point", "at times", "at one stage").
TIME_NOUNS = frozenset({"point", "time", "times", "stage", "moment"})


def verb_of_time_phrase(noun: Token) -> Token | None:
    """The verb whose time phrase ``noun`` heads ("coached" of "..., at one point telling
    her"), or None when ``noun`` is no such phrase's object."""
    if noun.dep_ != "pobj" or noun.lower_ not in TIME_NOUNS:
        return None
    prep = noun.head
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "in") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb
