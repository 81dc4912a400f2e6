"""A title NER split off the name it precedes (round 107).

"Professor Kanemoto Yuki of Tohoku University, who studies ..., told NHK": NER may tag the
name alone and leave "Professor" a one-word proper noun the resolver then counted as a
person, so "She says" after it went to "Professor". A one-word "person" that is a listed
title written right before another capitalised proper noun is that name's title, no one.
A surname that is also a title ("Bishop said", "Ms. Canon") is not followed by one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import Name


def is_split_title(name: Name, doc: Doc, lex: Lexicon) -> bool:
    """Whether ``name`` is a lone title word before a proper noun (see the module)."""
    if len(name.words) != 1 or name.words[0] not in lex.titles:  # the cheap test first
        return False
    span = doc.char_span(name.start, name.start + len(name.text))
    if span is None or len(span) != 1 or span[0].i + 1 >= len(doc):
        return False
    after = doc[span[0].i + 1]
    return after.pos_ == "PROPN" and after.text[:1].isupper()
