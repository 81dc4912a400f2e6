"""A headline's "warns of 'severe' storm surge": the marked word is the subject's own.

Round 51 gives a headline partial modifying the noun after it ("Teachers' unions reject
'insulting' 3.5% pay offer") to the body quote that holds the word: the headline's verb
reports nothing of it. A verb of speech whose preposition opens the object ("Observatory
warns of 'severe' storm surge", "speaks of 'unbearable' pressure") gives the matter the
subject speaks of, in the subject's words (round 106, as round 95's "cite ‘loss of
confidence’").
"""

from __future__ import annotations

from generator.extract.quotes.cues import RawQuote

#: Verbs of speech and the preposition that opens what they speak of.
SPOKEN_OF = {"warn": "of", "speak": "of", "complain": "of", "talk": "of"}


def spoken_of(raw: RawQuote) -> bool:
    """Whether the headline quote ``raw`` sits in the object of its cue's "warns of"."""
    subject = raw.subject
    if subject is None or not raw.cue:
        return False
    verb, doc = subject.head, subject.doc
    prep = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return prep is not None and SPOKEN_OF.get(verb.lemma_.casefold()) == prep.lower_ \
        and verb.idx < raw.start and prep.idx < raw.start \
        and raw.cue.split()[0] == verb.text
