"""A sentence the tokenizer glued on at a one-letter grade or plan ("keep an A. Restaurant
owners say ...").

The tokenizer keeps "A." whole, as it keeps an initial, so no sentence ends there: "Restaurant
owners" becomes the object of the sentence before and "say" loses its subject (the speaker
came out "restaurants"). A capital letter with its full stop, after a lower-case word and
before a capitalised one, in the noun phrase right before a cue with no subject of its own,
ends that sentence: the words after it are the cue's subject (round 80). "John F. Kennedy"
is a name (a capitalised word before the initial), and stays whole.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

_LETTER_STOP = re.compile(r"[A-Z]\.")


def glued_stop(token: Token) -> bool:
    """Whether ``token`` is such a letter and stop ending the sentence before."""
    doc = token.doc
    return _LETTER_STOP.fullmatch(token.text) is not None and 0 < token.i < len(doc) - 1 \
        and doc[token.i - 1].is_lower and doc[token.i + 1].text[:1].isupper()


def subject_after_glued_stop(verb: Token) -> Token | None:
    """The common noun right before ``verb`` whose phrase holds a glued letter stop, when
    the verb has no subject after that stop (the parser may give it one from the sentence
    before: "for restaurants to keep an A. Restaurant owners say"); None otherwise."""
    if verb.i == 0 or verb.doc[verb.i - 1].pos_ != "NOUN":
        return None
    noun = verb.doc[verb.i - 1]
    stop = next((t for t in verb.doc[noun.left_edge.i : noun.i] if glued_stop(t)), None)
    if stop is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i > stop.i
                           for c in verb.children):
        return None
    return noun
