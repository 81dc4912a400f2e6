"""The cue as written in the output: the reporting verb with the words that belong to it
("pointed out", "shot back", "expressed concern", "told a news conference")."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.cues import according_source, phrase_object
from generator.extract.quotes.lexicon import Lexicon


def cue_text(verb: Token, lex: Lexicon) -> str:
    """The cue as read: the verb plus a particle ("pointed out"), a phrase object
    ("expressed concern") or the audience of "tell" ("told a news conference")."""
    if according_source(verb) is not None:
        return "according to"
    doc = verb.doc
    end = verb.i
    extras = [c for c in verb.children if c.i == end + 1 and (
        c.dep_ == "prt" or c.lower_ == lex.particle_cues.get(verb.lemma_.casefold()))]
    obj = phrase_object(verb, lex)
    if obj is not None:
        extras.append(obj)
    extras += [c for c in verb.children
               if c.dep_ in ("dobj", "dative")
               and (c.lower_ in lex.audiences or c.lemma_.casefold() in lex.audiences)]
    for extra in extras:
        if extra.i > end and extra.i - end <= 4:
            end = max(end, extra.i)
    return doc[verb.i : end + 1].text
